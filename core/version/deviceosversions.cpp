// The Device OS release table (semver <-> system and bootloader module versions), loaded and
// validated from resources/device-os-versions.json.
#include "version/deviceosversions.h"

#include "version/jsondatareader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace dr {

namespace {
// Loading errors are translated; the field-by-field diagnostics of the data file stay English,
// like the schema and the README that they quote.
struct VersionTableText
{
    Q_DECLARE_TR_FUNCTIONS(dr::DeviceOsVersionTable)
};
} // namespace

namespace {

const char *kErrorCode = "data.versions-invalid";

DeviceOsVersionTable &builtinStorage()
{
    static DeviceOsVersionTable table;
    return table;
}

bool &builtinLoaded()
{
    static bool loaded = false;
    return loaded;
}

} // namespace

Result<DeviceOsVersionTable> DeviceOsVersionTable::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("data.versions-unreadable"),
                         VersionTableText::tr("%1: cannot be read (%2).").arg(path, f.errorString()),
                         VersionTableText::tr("Check that the file exists and is readable."));
    return fromJson(f.readAll(), path);
}

Result<DeviceOsVersionTable> DeviceOsVersionTable::fromJson(const QByteArray &json, const QString &sourceName)
{
    JsonDataReader r(
        sourceName, QString::fromLatin1(kErrorCode),
        VersionTableText::tr("Fix the Device OS version table (see README, \"Platform database\")."));
    const QJsonObject root = r.parseRoot(json);
    r.checkKeys(root, QString(), {"releases"});
    const QJsonArray list = r.array(root, QString(), "releases");
    if (!r.failed() && list.isEmpty())
        r.fail(QStringLiteral("releases"), QStringLiteral("the table is empty"));

    DeviceOsVersionTable table;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = JsonDataReader::at(QStringLiteral("releases"), i);
        const QJsonObject o = r.asObject(list.at(i), path);
        r.checkKeys(o, path, {"version", "systemModuleVersion", "bootloaderModuleVersion", "sameSystemVersionAs",
                              "outOfOrderReason"});
        DeviceOsRelease rel;
        const auto v = r.semver(o, path, "version");
        rel.systemModuleVersion = int(r.integer(o, path, "systemModuleVersion", 1, 0xFFFF));
        rel.bootloaderModuleVersion = int(r.integer(o, path, "bootloaderModuleVersion", 0, 0xFFFF));
        rel.sameSystemVersionAs = r.semver(o, path, "sameSystemVersionAs", JsonDataReader::Optional);
        rel.outOfOrderReason = r.string(o, path, "outOfOrderReason", JsonDataReader::Optional);
        if (o.contains(QLatin1String("outOfOrderReason")) && rel.outOfOrderReason.trimmed().isEmpty())
            r.fail(JsonDataReader::at(path, u"outOfOrderReason"), QStringLiteral("must say why"));
        if (r.failed())
            break;
        rel.version = *v;
        if (!rel.version.build().isEmpty())
            r.fail(JsonDataReader::at(path, u"version"),
                   QStringLiteral("%1 carries build metadata; list the release without it").arg(rel.version.toString()));
        if (!table.m_releases.isEmpty() && !(table.m_releases.last().version < rel.version))
            r.fail(JsonDataReader::at(path, u"version"),
                   QStringLiteral("%1 is not above the previous entry %2 (keep the table in ascending semver order, no duplicates)")
                       .arg(rel.version.toString(), table.m_releases.last().version.toString()));
        table.m_releases << rel;
    }

    // System module versions: unique, except entries that say which release they share it with;
    // and growing with the semver, except side-branch entries that say why they do not.
    QHash<int, qsizetype> bySystem;
    int previous = 0;
    QString previousName;
    for (qsizetype i = 0; i < table.m_releases.size() && !r.failed(); ++i) {
        const DeviceOsRelease &rel = table.m_releases.at(i);
        const QString path = JsonDataReader::at(QStringLiteral("releases"), i);
        const QString sysPath = JsonDataReader::at(path, u"systemModuleVersion");
        if (rel.sameSystemVersionAs) {
            const DeviceOsRelease *other = table.release(*rel.sameSystemVersionAs);
            if (!other || other == &rel || other->sameSystemVersionAs)
                r.fail(JsonDataReader::at(path, u"sameSystemVersionAs"),
                       QStringLiteral("%1 must name another release in the table that is not itself a duplicate")
                           .arg(rel.sameSystemVersionAs->toString()));
            else if (other->systemModuleVersion != rel.systemModuleVersion)
                r.fail(sysPath, QStringLiteral("%1 differs from %2 of %3, which sameSystemVersionAs names")
                                    .arg(rel.systemModuleVersion)
                                    .arg(other->systemModuleVersion)
                                    .arg(other->version.toString()));
            continue;
        }
        if (const auto it = bySystem.constFind(rel.systemModuleVersion); it != bySystem.cend()) {
            r.fail(sysPath, QStringLiteral("%1 is also the system version of %2 (add sameSystemVersionAs if that is real)")
                                .arg(rel.systemModuleVersion)
                                .arg(table.m_releases.at(*it).version.toString()));
            break;
        }
        bySystem.insert(rel.systemModuleVersion, i);
        if (!rel.outOfOrderReason.isEmpty())
            continue;
        if (rel.systemModuleVersion <= previous)
            r.fail(sysPath, QStringLiteral("%1 is not above %2 of the earlier release %3 (system versions grow with the semver)")
                                .arg(rel.systemModuleVersion)
                                .arg(previous)
                                .arg(previousName));
        previous = rel.systemModuleVersion;
        previousName = rel.version.toString();
    }
    if (r.failed())
        return r.error();
    return table;
}

Result<void> DeviceOsVersionTable::loadBuiltin()
{
    QFile f(QStringLiteral(":/dr/device-os-versions.json"));
    auto loaded =
        f.open(QIODevice::ReadOnly)
            ? fromJson(f.readAll(), QStringLiteral("device-os-versions.json"))
            : Result<DeviceOsVersionTable>(makeError(
                  QStringLiteral("data.versions-unreadable"),
                  VersionTableText::tr("The built-in Device OS version table is missing."),
                  VersionTableText::tr(
                      "Rebuild the program; the resource :/dr/device-os-versions.json was not linked in.")));
    builtinLoaded() = true;
    if (!loaded.ok()) {
        builtinStorage() = DeviceOsVersionTable();
        return loaded.error();
    }
    builtinStorage() = std::move(loaded).value();
    return {};
}

const DeviceOsVersionTable &DeviceOsVersionTable::builtin()
{
    // Callers that forgot loadBuiltin() still get the data; an invalid builtin file gives an
    // empty table here, and loadBuiltin() at start-up is where that error is reported.
    // Serialised so that two threads asking first do not both load; loadBuiltin() itself is
    // meant for start-up, before worker threads exist.
    static QMutex lazyLoad;
    const QMutexLocker lock(&lazyLoad);
    if (!builtinLoaded())
        (void)loadBuiltin();
    return builtinStorage();
}

const DeviceOsRelease *DeviceOsVersionTable::release(const SemVer &version) const
{
    for (const DeviceOsRelease &r : m_releases)
        if (r.version == version)
            return &r;
    return nullptr;
}

std::optional<SemVer> DeviceOsVersionTable::semverForSystemVersion(int systemModuleVersion) const
{
    for (const DeviceOsRelease &r : m_releases)
        if (r.systemModuleVersion == systemModuleVersion && !r.sameSystemVersionAs)
            return r.version;
    return std::nullopt;
}

std::optional<int> DeviceOsVersionTable::systemVersionFor(const SemVer &version) const
{
    if (const DeviceOsRelease *r = release(version))
        return r->systemModuleVersion;
    return std::nullopt;
}

std::optional<int> DeviceOsVersionTable::bootloaderVersionFor(const SemVer &version) const
{
    if (const DeviceOsRelease *r = release(version); r && r->bootloaderModuleVersion > 0)
        return r->bootloaderModuleVersion;
    return std::nullopt;
}

QList<SemVer> DeviceOsVersionTable::semversForBootloaderVersion(int bootloaderModuleVersion, bool includePrereleases) const
{
    QList<SemVer> out;
    for (const DeviceOsRelease &r : m_releases)
        if (r.bootloaderModuleVersion == bootloaderModuleVersion && (includePrereleases || !r.version.isPrerelease()))
            out << r.version;
    return out;
}

} // namespace dr
