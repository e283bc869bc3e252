// The installed-module model. See moduleinspection.h.
#include "serial/moduleinspection.h"

#include <QCoreApplication>

namespace dr {

QString moduleStoreName(ModuleStore store)
{
    switch (store) {
    case ModuleStore::Main: return QStringLiteral("main");
    case ModuleStore::Factory: return QStringLiteral("factory");
    case ModuleStore::Backup: return QStringLiteral("backup");
    case ModuleStore::Scratchpad: return QStringLiteral("scratchpad");
    }
    return QStringLiteral("store %1").arg(int(store));
}

QString inspectionCheckName(InspectionCheck check)
{
    switch (check) {
    case InspectionCheck::Integrity: return QCoreApplication::translate("dr::ModuleInspection", "Integrity");
    case InspectionCheck::AddressRange: return QCoreApplication::translate("dr::ModuleInspection", "Address Range");
    case InspectionCheck::Platform: return QCoreApplication::translate("dr::ModuleInspection", "Platform");
    case InspectionCheck::Dependencies: return QCoreApplication::translate("dr::ModuleInspection", "Dependencies");
    }
    return {};
}

QString inspectionSourceName(ModuleInspection::Source source)
{
    switch (source) {
    case ModuleInspection::Source::SerialJson: return QStringLiteral("serial");
    case ModuleInspection::Source::ControlRequest: return QStringLiteral("control-request");
    case ModuleInspection::Source::Dfu: return QStringLiteral("dfu");
    }
    return QStringLiteral("serial");
}

std::optional<ModuleFunction> InstalledModule::function() const
{
    if (!functionCode)
        return std::nullopt;
    return static_cast<ModuleFunction>(*functionCode);
}

CheckState InstalledModule::check(InspectionCheck c) const
{
    const auto bit = static_cast<quint8>(c);
    if (!(validityChecked & bit))
        return CheckState::NotChecked;
    return (validityResult & bit) ? CheckState::Pass : CheckState::Fail;
}

bool InstalledModule::allChecksPass() const
{
    for (const InspectionCheck c : kInspectionChecks)
        if (check(c) == CheckState::Fail)
            return false;
    return true;
}

const InstalledModule *ModuleInspection::find(ModuleFunction function, int index) const
{
    for (const InstalledModule &m : modules)
        if (m.functionCode && *m.functionCode == static_cast<quint8>(function) && m.index == index
            && m.store == ModuleStore::Main)
            return &m;
    return nullptr;
}

std::optional<SemVer> ModuleInspection::systemDeviceOs() const
{
    for (const InstalledModule &m : modules)
        if (m.function() == ModuleFunction::SystemPart && m.store == ModuleStore::Main && m.deviceOs)
            return m.deviceOs;
    return std::nullopt;
}

void ModuleInspection::resolveVersions(const DeviceOsVersionTable &table)
{
    auto resolve = [&table](quint8 functionCode, int version, std::optional<SemVer> &deviceOs,
                            QList<SemVer> &bootloaders) {
        deviceOs.reset();
        bootloaders.clear();
        const auto f = static_cast<ModuleFunction>(functionCode);
        if (f == ModuleFunction::SystemPart || f == ModuleFunction::MonoFirmware)
            deviceOs = table.semverForSystemVersion(version);
        else if (f == ModuleFunction::Bootloader)
            bootloaders = table.semversForBootloaderVersion(version);
    };
    for (InstalledModule &m : modules) {
        if (m.functionCode)
            resolve(*m.functionCode, m.version, m.deviceOs, m.bootloaderReleases);
        for (InstalledDependency &d : m.dependencies)
            resolve(d.functionCode, d.version, d.deviceOs, d.bootloaderReleases);
    }
}

std::optional<quint8> moduleFunctionFromJsonChar(char c)
{
    // system_info.cpp module_function_string; 't' is binary-version-reader's name for assets.
    switch (c) {
    case 'n': return quint8(ModuleFunction::None);
    case 'r': return quint8(ModuleFunction::Resource);
    case 'b': return quint8(ModuleFunction::Bootloader);
    case 'm': return quint8(ModuleFunction::MonoFirmware);
    case 's': return quint8(ModuleFunction::SystemPart);
    case 'u': return quint8(ModuleFunction::UserPart);
    case '_': return quint8(ModuleFunction::Settings); // Device OS prints '_' for settings and assets
    case 'c': return quint8(ModuleFunction::NcpFirmware);
    case 'a': return quint8(ModuleFunction::RadioStack);
    case 't': return quint8(ModuleFunction::Asset);
    default: return std::nullopt;
    }
}

char moduleFunctionJsonChar(quint8 functionCode)
{
    switch (static_cast<ModuleFunction>(functionCode)) {
    case ModuleFunction::None: return 'n';
    case ModuleFunction::Resource: return 'r';
    case ModuleFunction::Bootloader: return 'b';
    case ModuleFunction::MonoFirmware: return 'm';
    case ModuleFunction::SystemPart: return 's';
    case ModuleFunction::UserPart: return 'u';
    case ModuleFunction::NcpFirmware: return 'c';
    case ModuleFunction::RadioStack: return 'a';
    case ModuleFunction::Settings:
    case ModuleFunction::Asset: return '_';
    }
    return '_';
}

std::optional<ModuleStore> moduleStoreFromJsonChar(char c)
{
    switch (c) {
    case 'm': return ModuleStore::Main;
    case 'f': return ModuleStore::Factory;
    case 'b': return ModuleStore::Backup;
    case 't': return ModuleStore::Scratchpad;
    default: return std::nullopt;
    }
}

char moduleStoreJsonChar(ModuleStore store)
{
    switch (store) {
    case ModuleStore::Main: return 'm';
    case ModuleStore::Factory: return 'f';
    case ModuleStore::Backup: return 'b';
    case ModuleStore::Scratchpad: return 't';
    }
    return 'm';
}

} // namespace dr
