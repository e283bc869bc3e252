// Inspection output, text and JSON. See moduleinspectionprinter.h.
#include "serial/moduleinspectionprinter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace dr {

namespace {

// One translation context for the whole file, which lupdate sees too (it reads
// Q_DECLARE_TR_FUNCTIONS), whatever class or function the text is in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::ModuleInspectionPrinter)
};

QString releasesText(const std::optional<SemVer> &deviceOs, const QList<SemVer> &bootloaders)
{
    if (deviceOs)
        return deviceOs->toString();
    if (bootloaders.size() == 1)
        return bootloaders.front().toString();
    if (bootloaders.size() > 1)
        return Tr::tr("%1 to %2").arg(bootloaders.front().toString(), bootloaders.back().toString());
    return {};
}

QString versionText(int version, const std::optional<SemVer> &deviceOs, const QList<SemVer> &bootloaders)
{
    const QString releases = releasesText(deviceOs, bootloaders);
    if (releases.isEmpty())
        return QString::number(version);
    return Tr::tr("%1 (Device OS %2)").arg(version).arg(releases);
}

QString checkKey(InspectionCheck c)
{
    switch (c) {
    case InspectionCheck::Integrity: return QStringLiteral("integrity");
    case InspectionCheck::AddressRange: return QStringLiteral("addressRange");
    case InspectionCheck::Platform: return QStringLiteral("platform");
    case InspectionCheck::Dependencies: return QStringLiteral("dependencies");
    }
    return {};
}

QString stateKey(CheckState s)
{
    switch (s) {
    case CheckState::Pass: return QStringLiteral("PASS");
    case CheckState::Fail: return QStringLiteral("FAIL");
    case CheckState::NotChecked: return QStringLiteral("NOT_CHECKED");
    }
    return {};
}

QJsonArray releasesJson(const std::optional<SemVer> &deviceOs, const QList<SemVer> &bootloaders)
{
    QJsonArray out;
    if (deviceOs)
        out.append(deviceOs->toString());
    for (const SemVer &v : bootloaders)
        out.append(v.toString());
    return out;
}

} // namespace

QString ModuleInspectionPrinter::functionTitle(quint8 functionCode)
{
    switch (static_cast<ModuleFunction>(functionCode)) {
    case ModuleFunction::None: return Tr::tr("None");
    case ModuleFunction::Resource: return Tr::tr("Resource");
    case ModuleFunction::Bootloader: return Tr::tr("Bootloader");
    case ModuleFunction::MonoFirmware: return Tr::tr("Monolithic");
    case ModuleFunction::SystemPart: return Tr::tr("System");
    case ModuleFunction::UserPart: return Tr::tr("User");
    case ModuleFunction::Settings: return Tr::tr("Settings");
    case ModuleFunction::NcpFirmware: return Tr::tr("Network co-processor");
    case ModuleFunction::RadioStack: return Tr::tr("Radio stack");
    case ModuleFunction::Asset: return Tr::tr("Asset");
    }
    return Tr::tr("Unknown (%1)").arg(functionCode);
}

QString ModuleInspectionPrinter::checkStateText(CheckState state)
{
    switch (state) {
    case CheckState::Pass: return QStringLiteral("PASS");
    case CheckState::Fail: return QStringLiteral("FAIL");
    case CheckState::NotChecked: return Tr::tr("not checked");
    }
    return {};
}

QString ModuleInspectionPrinter::text(const ModuleInspection &inspection, const PlatformDatabase *platforms)
{
    QString out;
    QTextStream s(&out);
    const Platform *platform = platforms ? platforms->byId(inspection.platformId) : nullptr;
    s << Tr::tr("Platform: %1").arg(inspection.platformId);
    if (platform)
        s << " - " << platform->displayName;
    s << '\n';
    for (const DeviceProperty &p : inspection.properties)
        s << p.label << ": " << p.value << '\n';
    if (inspection.source == ModuleInspection::Source::Dfu)
        s << Tr::tr("Read back over DFU (the device is in DFU mode); the checks are Device OS's, made by Device "
                    "Restore on the bytes read.")
          << '\n';
    s << Tr::tr("Modules") << '\n';
    for (const InstalledModule &m : inspection.modules) {
        // The legacy module-info format (older Device OS) reports no size: then none is printed.
        if (m.isEmpty()) {
            s << "  "
              << (m.maxSize > 0 ? Tr::tr("Empty - %1 location, %2 bytes max size").arg(moduleStoreName(m.store)).arg(m.maxSize)
                                : Tr::tr("Empty - %1 location").arg(moduleStoreName(m.store)))
              << '\n';
            continue;
        }
        const QString title = functionTitle(*m.functionCode);
        const QString version = versionText(m.version, m.deviceOs, m.bootloaderReleases);
        s << "  "
          << (m.maxSize > 0 ? Tr::tr("%1 module #%2 - version %3, %4 location, %5 bytes max size")
                                  .arg(title)
                                  .arg(m.index)
                                  .arg(version, moduleStoreName(m.store))
                                  .arg(m.maxSize)
                            : Tr::tr("%1 module #%2 - version %3, %4 location")
                                  .arg(title)
                                  .arg(m.index)
                                  .arg(version, moduleStoreName(m.store)))
          << '\n';
        if (!m.userSha256.isEmpty())
            s << "    UUID: " << m.userSha256 << '\n';
        for (const InspectionCheck c : kInspectionChecks)
            s << "    " << inspectionCheckName(c) << ": " << checkStateText(m.check(c)) << '\n';
        for (const InstalledDependency &d : m.dependencies)
            s << "      "
              << Tr::tr("%1 module #%2 - version %3")
                     .arg(functionTitle(d.functionCode))
                     .arg(d.index)
                     .arg(versionText(d.version, d.deviceOs, d.bootloaderReleases))
              << '\n';
    }
    for (const UnreadModule &u : inspection.notRead)
        s << "  " << Tr::tr("%1 module #%2 (%3) - not read: %4").arg(functionTitle(u.functionCode)).arg(u.index).arg(u.part, u.reason)
          << '\n';
    return out;
}

QJsonObject ModuleInspectionPrinter::json(const ModuleInspection &inspection, const PlatformDatabase *platforms)
{
    QJsonObject platformObject{{QStringLiteral("id"), inspection.platformId}};
    if (const Platform *platform = platforms ? platforms->byId(inspection.platformId) : nullptr)
        platformObject.insert(QStringLiteral("name"), platform->name);

    QJsonObject properties;
    for (const DeviceProperty &p : inspection.properties)
        properties.insert(p.key, p.value);

    QJsonArray modules;
    for (const InstalledModule &m : inspection.modules) {
        QJsonObject o{{QStringLiteral("store"), moduleStoreName(m.store)},
                      {QStringLiteral("maxSize"), double(m.maxSize)},
                      {QStringLiteral("validityChecked"), m.validityChecked},
                      {QStringLiteral("validityResult"), m.validityResult}};
        if (m.isEmpty()) {
            o.insert(QStringLiteral("empty"), true);
            modules.append(o);
            continue;
        }
        o.insert(QStringLiteral("function"), moduleFunctionName(static_cast<ModuleFunction>(*m.functionCode)));
        o.insert(QStringLiteral("index"), m.index);
        o.insert(QStringLiteral("version"), m.version);
        o.insert(QStringLiteral("deviceOs"), releasesJson(m.deviceOs, m.bootloaderReleases));
        QJsonObject checks;
        for (const InspectionCheck c : kInspectionChecks)
            checks.insert(checkKey(c), stateKey(m.check(c)));
        o.insert(QStringLiteral("checks"), checks);
        o.insert(QStringLiteral("valid"), m.allChecksPass());
        if (!m.userSha256.isEmpty())
            o.insert(QStringLiteral("sha256"), m.userSha256);
        QJsonArray deps;
        for (const InstalledDependency &d : m.dependencies)
            deps.append(QJsonObject{{QStringLiteral("function"), moduleFunctionName(d.function())},
                                    {QStringLiteral("index"), d.index},
                                    {QStringLiteral("version"), d.version},
                                    {QStringLiteral("deviceOs"), releasesJson(d.deviceOs, d.bootloaderReleases)}});
        o.insert(QStringLiteral("dependencies"), deps);
        modules.append(o);
    }
    QJsonObject o{{QStringLiteral("platform"), platformObject},
                  {QStringLiteral("properties"), properties},
                  {QStringLiteral("source"), inspectionSourceName(inspection.source)},
                  {QStringLiteral("modules"), modules}};
    if (inspection.source == ModuleInspection::Source::Dfu) {
        QJsonArray notRead;
        for (const UnreadModule &u : inspection.notRead)
            notRead.append(QJsonObject{{QStringLiteral("part"), u.part},
                                       {QStringLiteral("function"), moduleFunctionName(u.function())},
                                       {QStringLiteral("index"), u.index},
                                       {QStringLiteral("mcuTarget"), u.mcuTarget},
                                       {QStringLiteral("reason"), u.reason}});
        o.insert(QStringLiteral("notRead"), notRead);
    }
    return o;
}

} // namespace dr
