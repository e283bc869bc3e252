#include "widgets/moduledescription.h"

#include "platform/platformdatabase.h"
#include "restore/restoreplan.h"
#include "serial/moduleinspection.h"

namespace dr::ui {

QString ModuleDescription::of(ModuleFunction function, int index)
{
    switch (function) {
    case ModuleFunction::Bootloader:
        // rtl872x (P2, M SoM): the bootloader proper is index 0; the KM0 prebootloader is two modules.
        switch (index) {
        case 0:
            return tr("Bootloader");
        case 1:
            return tr("Prebootloader (MBR)");
        case 2:
            return tr("Prebootloader part 1");
        default:
            return tr("Bootloader part %1").arg(index);
        }
    case ModuleFunction::SystemPart:
        return tr("System part %1").arg(index);
    case ModuleFunction::UserPart:
        return tr("User firmware");
    case ModuleFunction::RadioStack:
        return tr("SoftDevice (radio stack)");
    case ModuleFunction::NcpFirmware:
        return tr("NCP firmware (network co-processor)");
    case ModuleFunction::MonoFirmware:
        return tr("Monolithic firmware");
    case ModuleFunction::Resource:
        return tr("Resource %1").arg(index);
    case ModuleFunction::Settings:
        return tr("Settings");
    case ModuleFunction::Asset:
        return tr("Asset %1").arg(index);
    case ModuleFunction::None:
        break;
    }
    return tr("Module (function %1, index %2)").arg(int(function)).arg(index);
}

QString ModuleDescription::of(const InstalledModule &module)
{
    if (module.isEmpty())
        return tr("(empty slot)");
    if (const auto f = module.function())
        return of(*f, module.index);
    return tr("Module (function %1, index %2)").arg(*module.functionCode).arg(module.index);
}

QString ModuleDescription::of(const PlanStep &step)
{
    return of(step.function, step.index);
}

namespace {

QString technicalText(const QString &slotName, const QString &function, int index)
{
    const QString raw = QStringLiteral("%1 %2").arg(function).arg(index);
    return slotName.isEmpty() ? raw : QStringLiteral("%1: %2").arg(slotName, raw);
}

} // namespace

QString ModuleDescription::technical(const PlanStep &step)
{
    return technicalText(step.part, moduleFunctionName(step.function), step.index);
}

QString ModuleDescription::technical(int platformId, const InstalledModule &module)
{
    if (module.isEmpty())
        return {};
    const auto f = module.function();
    if (!f)
        return QStringLiteral("function %1 %2").arg(*module.functionCode).arg(module.index);
    const Platform *platform = PlatformDatabase::builtin().byId(platformId);
    QString name;
    if (platform) {
        if (const ModuleSlot *slot = platform->slotFor(*f, module.index, 0, module.deviceOs))
            name = slot->name;
        else // the report says no MCU: a module of the NCP (mcuTarget 33)
            for (const ModuleSlot &slot : platform->slots)
                if (slot.function == *f && slot.index == module.index && name.isEmpty())
                    name = slot.name;
    }
    return technicalText(name, moduleFunctionName(*f), module.index);
}

} // namespace dr::ui
