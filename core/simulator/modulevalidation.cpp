// Device OS's module checks and the boot decision for the virtual device (see modulevalidation.h).
// Sources: DOS v5.9.0 hal/src/nRF52840/ota_module.cpp fetch_module(), ota_flash_hal.cpp
// validate_module_dependencies(), validate_module_dependencies_full(), HAL_FLASH_End(),
// validityResultToSystemError(); bootloader/src/main.c is_application_valid(); core_hal.c
// HAL_Core_Validate_Modules(). Gen 2: DOS v2.3.1 hal/src/stm32f2xx/ota_flash_hal_stm32f2xx.cpp.
#include "simulator/modulevalidation.h"

#include "firmware/moduleparser.h"

namespace dr::sim {

void judgeModule(VirtualModuleInfo &info, const ModuleSlot &slot, int platformId)
{
    const FirmwareModule &m = *info.module;
    info.validityChecked = kValidityChecked;
    quint32 passed = 0;
    if (m.crcValid())
        passed |= ValidityIntegrity;
    if (m.startAddress >= slot.bounds.start && m.endAddress <= slot.bounds.end)
        passed |= ValidityRange;
    if (m.platformId == platformId)
        passed |= ValidityPlatform;
    info.validityResult = passed;
}

bool dependencySatisfied(const ModuleDependency &dep, const QList<VirtualModuleInfo> &modules)
{
    if (dep.isNone())
        return true;
    for (const VirtualModuleInfo &other : modules) {
        if (other.present && other.function == dep.function() && other.index == dep.index
            && other.version >= dep.version)
            return true;
    }
    return false;
}

void judgeDependencies(QList<VirtualModuleInfo> &modules)
{
    for (VirtualModuleInfo &info : modules) {
        if (!info.module)
            continue;
        bool ok = dependencySatisfied(info.dependency, modules);
        if (!(info.function == ModuleFunction::UserPart && info.dependency2.function() == ModuleFunction::Bootloader))
            ok = ok && dependencySatisfied(info.dependency2, modules);
        if (ok)
            info.validityResult |= ValidityDependencies;
    }
}

int otaSystemError(const Error &error)
{
    static const QLatin1String prefix("sim.ota.");
    if (!error.code.startsWith(prefix))
        return 0;
    return error.code.mid(prefix.size()).toInt();
}

namespace {

Error otaRefusal(int systemError, const QString &message)
{
    return makeError(QStringLiteral("sim.ota.%1").arg(systemError), message);
}

// validate_module_dependencies() as HAL_FLASH_End calls it (userDepsOptional = true): a user part is
// not checked at all, dependency 1 always is (Gen 3 system-part1 names the bootloader there), and
// dependency 2 is waived only when it is the bootloader.
bool otaDependenciesMet(const FirmwareModule &m, const QList<VirtualModuleInfo> &installed)
{
    if (m.dependency.isNone() || m.function() == ModuleFunction::UserPart)
        return true;
    if (!dependencySatisfied(m.dependency, installed))
        return false;
    return m.dependency2.function() == ModuleFunction::Bootloader || dependencySatisfied(m.dependency2, installed);
}

// validate_module_dependencies_full(): a system part must not fall below what an installed system
// part (other than the one it replaces) needs of it. This is what refuses a Gen 2 downgrade sent in
// the wrong order.
bool otaReverseDependenciesMet(const FirmwareModule &m, const QList<VirtualModuleInfo> &installed)
{
    if (m.function() != ModuleFunction::SystemPart)
        return true;
    for (const VirtualModuleInfo &other : installed) {
        if (!other.present || other.function != ModuleFunction::SystemPart || other.mcuTarget != m.mcuTarget
            || other.index == m.index)
            continue;
        for (const ModuleDependency &d : {other.dependency, other.dependency2})
            if (!d.isNone() && d.function() == ModuleFunction::SystemPart && d.index == m.index
                && m.version < d.version)
                return false;
    }
    return true;
}

} // namespace

Result<FirmwareModule> validateOtaModule(const Platform &platform, const QByteArray &image, const SemVer &layout,
                                         const QList<VirtualModuleInfo> &installed,
                                         const std::optional<SemVer> &running)
{
    const bool checkDependencies = !running || !(*running < SemVer(0, 6, 0));
    auto parsed = ModuleParser::parseOne(image, 0, QStringLiteral("OTA region"));
    if (!parsed)
        return otaRefusal(otaerror::ModuleNotFound, QStringLiteral("The update is not a Particle module."));
    const FirmwareModule &m = *parsed;
    // The order of validityResultToSystemError: integrity, dependencies, range, platform.
    if (!m.crcValid())
        return otaRefusal(otaerror::IntegrityCheckFailed, QStringLiteral("The update's CRC-32 does not match."));
    if (checkDependencies && !otaDependenciesMet(m, installed))
        return otaRefusal(otaerror::DependencyCheckFailed,
                          QStringLiteral("The update's dependencies are not met by the installed modules."));
    if (checkDependencies && !otaReverseDependenciesMet(m, installed))
        return otaRefusal(otaerror::DependencyCheckFailed,
                          QStringLiteral("An installed system part needs a newer version of the one sent."));
    const ModuleSlot *slot = platform.slotFor(m.function(), m.index, m.mcuTarget, layout);
    if (!slot)
        slot = platform.slotFor(m.function(), m.index, m.mcuTarget);
    if (!slot || m.startAddress < slot->bounds.start || m.endAddress > slot->bounds.end)
        return otaRefusal(otaerror::InvalidAddress, QStringLiteral("The update does not fit any module slot."));
    if (m.platformId != platform.id)
        return otaRefusal(otaerror::InvalidPlatform,
                          QStringLiteral("The update is for platform %1, not %2.").arg(m.platformId).arg(platform.id));
    if (slot->transport == SlotTransport::Never)
        return otaRefusal(otaerror::UnsupportedModule, QStringLiteral("This module must never be flashed."));
    return m;
}

namespace {

QString dependencyText(const ModuleDependency &d, const QList<VirtualModuleInfo> &modules)
{
    int has = -1;
    for (const VirtualModuleInfo &m : modules)
        if (m.present && m.function == d.function() && m.index == d.index)
            has = m.version;
    const QString what = QStringLiteral("%1 %2").arg(moduleFunctionName(d.function())).arg(d.index);
    return has < 0 ? QStringLiteral("needs %1 version %2 (none installed)").arg(what).arg(d.version)
                   : QStringLiteral("needs %1 version %2 (has %3)").arg(what).arg(d.version).arg(has);
}

// The first unmet dependency of a module, in words; empty when all are met.
QString unmetDependency(const VirtualModuleInfo &info, const QList<VirtualModuleInfo> &modules)
{
    if (!dependencySatisfied(info.dependency, modules))
        return dependencyText(info.dependency, modules);
    const bool optional = info.function == ModuleFunction::UserPart
                          && info.dependency2.function() == ModuleFunction::Bootloader;
    if (!optional && !dependencySatisfied(info.dependency2, modules))
        return dependencyText(info.dependency2, modules);
    return {};
}

} // namespace

BootOutcome decideBoot(const BootBehaviour &behaviour, const QList<VirtualModuleInfo> &modules, DeviceMode requested)
{
    BootOutcome out;
    out.mode = requested;
    if (requested == DeviceMode::Dfu)
        return out; // the bootloader runs before anything is checked: DFU mode always works

    // 1. The bootloader starts the application only when its info and CRC check pass
    // (is_application_valid): system-part1 on every modular platform.
    const VirtualModuleInfo *part1 = nullptr;
    for (const VirtualModuleInfo &m : modules)
        if (m.function == ModuleFunction::SystemPart && m.index == 1 && m.mcuTarget == 0)
            part1 = &m;
    const quint32 appChecks = ValidityIntegrity | ValidityRange | ValidityPlatform;
    if (part1 && (!part1->present || (part1->validityResult & appChecks) != appChecks)) {
        out.mode = DeviceMode::Dfu;
        out.failedModule = part1->slotName;
        out.reason = !part1->present ? QStringLiteral("is missing")
                     : !(part1->validityResult & ValidityIntegrity) ? QStringLiteral("fails its CRC check")
                     : !(part1->validityResult & ValidityPlatform) ? QStringLiteral("is for another platform")
                                                                    : QStringLiteral("lies outside its slot");
        // Gen 2 flashes red and restores the factory firmware first (FACTORY_Flash_Reset); that image is
        // an application, so the system part stays broken and the bootloader ends in DFU mode.
        out.factoryReset = behaviour.invalidSystemPart == InvalidSystemPartAction::FactoryResetThenDfu;
        return out;
    }

    // 2. Device OS starts and checks the bootloader, its system parts (HAL_Core_Validate_Modules) and
    // the user part (hal_user_module_get_descriptor): any failure means safe mode.
    for (const VirtualModuleInfo &m : modules) {
        if (!m.present || !m.module || m.mcuTarget != 0)
            continue;
        if (m.function != ModuleFunction::Bootloader && m.function != ModuleFunction::SystemPart
            && m.function != ModuleFunction::UserPart)
            continue;
        QString why;
        if (!(m.validityResult & ValidityIntegrity))
            why = QStringLiteral("fails its CRC check");
        else if (!(m.validityResult & ValidityDependencies))
            why = unmetDependency(m, modules);
        if (why.isEmpty())
            continue;
        out.safeMode = true;
        out.failedModule = m.slotName;
        out.reason = why;
        return out;
    }
    return out;
}

} // namespace dr::sim
