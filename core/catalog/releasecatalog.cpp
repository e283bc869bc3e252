// Reading Particle's catalog files into the release catalog model.
#include "catalog/releasecatalog.h"

#include "version/jsondatareader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace dr {

namespace {

struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(dr::ReleaseCatalog)
};

using R = JsonDataReader;

JsonDataReader readerFor(const QString &file)
{
    return JsonDataReader(file, QString::fromLatin1(catalogerror::Malformed),
                          CatalogText::tr("Fetch the catalog again; if it stays broken, point --catalog-url at a good "
                                          "copy (a mirror or a folder)."));
}

QString versionKey(const SemVer &v)
{
    return SemVer(v.major(), v.minor(), v.patch(), v.prerelease()).toString();
}

// A JSON array of strings at `path`; records the first problem in `r`.
QStringList stringList(JsonDataReader &r, const QJsonValue &v, const QString &path)
{
    QStringList out;
    if (!v.isArray()) {
        r.fail(path, QStringLiteral("expected an array of strings"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            r.fail(R::at(path, i), QStringLiteral("expected a string"));
            return out;
        }
        out << a.at(i).toString();
    }
    return out;
}

std::optional<SemVer> versionText(JsonDataReader &r, const QString &text, const QString &path)
{
    auto v = SemVer::parse(text);
    if (!v || text.startsWith(QLatin1Char('v')))
        r.fail(path, QStringLiteral("\"%1\" is not a version like \"6.3.5\" or \"5.0.0-rc.1\"").arg(text));
    return v;
}

ReleaseState stateFrom(const QString &s)
{
    if (s == QLatin1String("ga"))
        return ReleaseState::Ga;
    if (s == QLatin1String("preview"))
        return ReleaseState::Preview;
    if (s == QLatin1String("archived"))
        return ReleaseState::Archived;
    return ReleaseState::Unknown; // a state added later: shown as unknown, not an error
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QString::fromLatin1(catalogerror::Malformed),
                         CatalogText::tr("The catalog file %1 cannot be read.").arg(path),
                         CatalogText::tr("Check that the folder holds deviceRestore.json, deviceOsVersions.json and "
                                         "versionInfo.json."),
                         f.errorString());
    return f.readAll();
}

} // namespace

QString releaseStateName(ReleaseState s)
{
    switch (s) {
    case ReleaseState::Ga: return QStringLiteral("ga");
    case ReleaseState::Preview: return QStringLiteral("preview");
    case ReleaseState::Archived: return QStringLiteral("archived");
    case ReleaseState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Result<ReleaseCatalog> ReleaseCatalog::loadFolder(const QString &folder, const PlatformDatabase &platforms)
{
    QDir dir(folder);
    if (!QFile::exists(dir.filePath(QStringLiteral("deviceRestore.json")))
        && QFile::exists(dir.filePath(QStringLiteral("assets/files/deviceRestore.json"))))
        dir.setPath(dir.filePath(QStringLiteral("assets/files")));
    QList<QByteArray> bytes;
    for (const QString &name : ReleaseSources::catalogFileNames()) {
        auto data = readFile(dir.filePath(name));
        if (!data.ok())
            return data.error();
        bytes << *data;
    }
    return fromJson(bytes[0], bytes[1], bytes[2], platforms);
}

Result<ReleaseCatalog> ReleaseCatalog::fromJson(const QByteArray &deviceRestore, const QByteArray &deviceOsVersions,
                                                const QByteArray &versionInfo, const PlatformDatabase &db)
{
    ReleaseCatalog c;

    // versionInfo.json: {"versions": [{"boot": 1100, "sys": 3302, "semVer": "3.3.1"}, ...]}
    {
        JsonDataReader r = readerFor(QStringLiteral("versionInfo.json"));
        const QJsonObject root = r.parseRoot(versionInfo);
        const QJsonArray rows = r.array(root, QString(), "versions");
        for (qsizetype i = 0; i < rows.size() && !r.failed(); ++i) {
            const QString path = R::at(QStringLiteral("versions"), i);
            const QJsonObject row = r.asObject(rows.at(i), path);
            const auto v = r.semver(row, path, "semVer");
            const qint64 sys = r.integer(row, path, "sys", 0, 65535);
            const qint64 boot = r.integer(row, path, "boot", 0, 65535, 0);
            if (v)
                c.m_versionInfo.insert(versionKey(*v), {int(sys), int(boot)});
        }
        if (r.failed())
            return r.error();
    }

    // deviceOsVersions.json: a list of the Particle API's version objects.
    struct StateRow
    {
        ReleaseState state = ReleaseState::Unknown;
        QList<int> defaults;
        QDateTime published;
    };
    QHash<QString, StateRow> states;
    {
        JsonDataReader r = readerFor(QStringLiteral("deviceOsVersions.json"));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(deviceOsVersions, &pe);
        if (pe.error != QJsonParseError::NoError) {
            r.parseRoot(deviceOsVersions); // the same line/column message as for the other files
            return r.error();
        }
        if (!doc.isArray()) {
            r.fail(QString(), QStringLiteral("the top level must be a JSON array of versions"));
            return r.error();
        }
        const QJsonArray rows = doc.array();
        for (qsizetype i = 0; i < rows.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("[%1]").arg(i);
            const QJsonObject row = r.asObject(rows.at(i), path);
            const auto v = r.semver(row, path, "version");
            StateRow s;
            s.state = stateFrom(r.string(row, path, "release_state", R::Optional));
            const QJsonArray defaults = r.array(row, path, "default_platforms", R::Optional);
            for (qsizetype d = 0; d < defaults.size(); ++d) {
                if (!defaults.at(d).isDouble()) {
                    r.fail(R::at(R::at(path, u"default_platforms"), d), QStringLiteral("expected a platform id"));
                    break;
                }
                s.defaults << defaults.at(d).toInt();
            }
            const QString published = r.string(row, path, "publishedAt", R::Optional);
            if (!published.isEmpty())
                s.published = QDateTime::fromString(published, Qt::ISODate);
            if (v)
                states.insert(versionKey(*v), s);
        }
        if (r.failed())
            return r.error();
    }

    // deviceRestore.json
    JsonDataReader r = readerFor(QStringLiteral("deviceRestore.json"));
    const QJsonObject root = r.parseRoot(deviceRestore);
    if (r.failed())
        return r.error();
    const QJsonArray platformRows = r.array(root, QString(), "platforms");
    for (qsizetype i = 0; i < platformRows.size() && !r.failed(); ++i) {
        const QString path = R::at(QStringLiteral("platforms"), i);
        const QJsonObject row = r.asObject(platformRows.at(i), path);
        CatalogPlatform p;
        p.name = r.string(row, path, "name");
        p.title = r.string(row, path, "title", R::Optional);
        p.id = int(r.integer(row, path, "id", 0, 65535));
        p.generation = int(r.integer(row, path, "gen", 0, 100, 0));
        p.mcu = r.string(row, path, "mcu", R::Optional);
        p.discontinued = r.boolean(row, path, "discontinued", false);
        p.platform = db.byId(p.id);
        if (p.title.isEmpty())
            p.title = p.platform ? p.platform->displayName : p.name;
        c.m_platforms << p;
    }
    if (r.failed())
        return r.error();
    // A name the `platforms` list lacks (asom) is mapped through platforms.json; a name neither knows
    // cannot be restored and is left out.
    const auto idOf = [&c, &db](const QString &name) -> int {
        for (const CatalogPlatform &p : std::as_const(c.m_platforms))
            if (p.name == name)
                return p.id;
        const Platform *known = db.byName(name);
        if (!known)
            return -1;
        CatalogPlatform p;
        p.name = name;
        p.title = known->displayName;
        p.id = known->id;
        p.generation = known->generation;
        p.mcu = known->mcu;
        p.listed = false;
        p.platform = known;
        c.m_platforms << p;
        return p.id;
    };

    const QStringList names = stringList(r, root.value(QLatin1String("versionNames")), QStringLiteral("versionNames"));
    const QJsonObject versions = r.object(root, QString(), "versions");
    const QJsonObject zips = r.object(root, QString(), "versionsZip");
    const QJsonObject byPlatform = r.object(root, QString(), "versionsZipByPlatform", R::Optional);
    for (auto it = byPlatform.begin(); it != byPlatform.end() && !r.failed(); ++it)
        stringList(r, it.value(), R::at(QStringLiteral("versionsZipByPlatform"), it.key()));
    if (r.failed())
        return r.error();

    QStringList allNames = names;
    for (auto it = zips.begin(); it != zips.end(); ++it)
        if (!allNames.contains(it.key()))
            allNames << it.key();
    for (qsizetype i = 0; i < allNames.size() && !r.failed(); ++i) {
        const QString &name = allNames.at(i);
        const QString path = i < names.size() ? R::at(QStringLiteral("versionNames"), i)
                                              : R::at(QStringLiteral("versionsZip"), name);
        const auto v = versionText(r, name, path);
        if (!v)
            break;
        CatalogVersion cv;
        cv.version = *v;
        cv.name = name;
        const QStringList zipNames = zips.contains(name)
                                         ? stringList(r, zips.value(name), R::at(QStringLiteral("versionsZip"), name))
                                         : QStringList();
        const QStringList hexNames = versions.contains(name)
                                         ? stringList(r, versions.value(name), R::at(QStringLiteral("versions"), name))
                                         : QStringList();
        for (const QString &p : zipNames)
            if (const int id = idOf(p); id >= 0 && !cv.zipPlatforms.contains(id))
                cv.zipPlatforms << id;
        for (const QString &p : hexNames)
            if (const int id = idOf(p); id >= 0 && !cv.zipPlatforms.contains(id) && !cv.filePlatforms.contains(id))
                cv.filePlatforms << id;
        const StateRow s = states.value(versionKey(*v));
        cv.state = s.state;
        cv.defaultPlatforms = s.defaults;
        cv.publishedAt = s.published;
        if (const auto mv = c.m_versionInfo.constFind(versionKey(*v)); mv != c.m_versionInfo.cend()) {
            cv.systemModuleVersion = mv->system;
            if (mv->bootloader > 0)
                cv.bootloaderModuleVersion = mv->bootloader;
        }
        if (c.m_versionIndex.contains(versionKey(*v))) {
            r.fail(path, QStringLiteral("version %1 is listed twice").arg(name));
            break;
        }
        c.m_versionIndex.insert(versionKey(*v), 0);
        c.m_versions << cv;
    }
    if (r.failed())
        return r.error();
    std::stable_sort(c.m_versions.begin(), c.m_versions.end(),
                     [](const CatalogVersion &a, const CatalogVersion &b) { return a.version > b.version; });
    for (int i = 0; i < c.m_versions.size(); ++i)
        c.m_versionIndex.insert(versionKey(c.m_versions.at(i).version), i);
    return c;
}

const CatalogPlatform *ReleaseCatalog::platform(int id) const
{
    for (const CatalogPlatform &p : m_platforms)
        if (p.id == id)
            return &p;
    return nullptr;
}

const CatalogPlatform *ReleaseCatalog::platform(QStringView name) const
{
    for (const CatalogPlatform &p : m_platforms)
        if (name.compare(p.name, Qt::CaseInsensitive) == 0 || name.compare(p.title, Qt::CaseInsensitive) == 0)
            return &p;
    if (const Platform *known = PlatformDatabase::builtin().byName(name))
        return platform(known->id);
    return nullptr;
}

const CatalogVersion *ReleaseCatalog::version(const SemVer &v) const
{
    const auto it = m_versionIndex.constFind(versionKey(v));
    return it == m_versionIndex.cend() ? nullptr : &m_versions.at(*it);
}

int ReleaseCatalog::zipCount() const
{
    int n = 0;
    for (const CatalogVersion &v : m_versions)
        n += int(v.zipPlatforms.size());
    return n;
}

QList<const CatalogVersion *> ReleaseCatalog::versionsFor(int platformId, bool includePrereleases) const
{
    QList<const CatalogVersion *> out;
    for (const CatalogVersion &v : m_versions)
        if (v.availableFor(platformId) && (includePrereleases || !v.prerelease()))
            out << &v;
    return out;
}

std::optional<SemVer> ReleaseCatalog::particleDefault(int platformId) const
{
    for (const CatalogVersion &v : m_versions)
        if (v.defaultPlatforms.contains(platformId) && v.availableFor(platformId))
            return v.version;
    return std::nullopt;
}

std::optional<SemVer> ReleaseCatalog::latest(int platformId) const
{
    const auto list = versionsFor(platformId);
    return list.isEmpty() ? std::nullopt : std::optional<SemVer>(list.first()->version);
}

std::optional<SemVer> ReleaseCatalog::latestLts(int platformId) const
{
    for (const CatalogVersion *v : versionsFor(platformId))
        if (v->lts())
            return v->version;
    return std::nullopt;
}

std::optional<int> ReleaseCatalog::systemModuleVersion(const SemVer &v) const
{
    const auto it = m_versionInfo.constFind(versionKey(v));
    return it == m_versionInfo.cend() ? std::nullopt : std::optional<int>(it->system);
}

std::optional<int> ReleaseCatalog::bootloaderModuleVersion(const SemVer &v) const
{
    const auto it = m_versionInfo.constFind(versionKey(v));
    return it == m_versionInfo.cend() || it->bootloader == 0 ? std::nullopt : std::optional<int>(it->bootloader);
}

Result<CatalogRelease> ReleaseCatalog::release(int platformId, const SemVer &v, const ReleaseSources &sources) const
{
    const CatalogPlatform *cp = platform(platformId);
    if (!cp)
        return makeError(QString::fromLatin1(catalogerror::UnknownPlatform),
                         CatalogText::tr("The release catalog has no files for platform %1.").arg(platformId),
                         CatalogText::tr("Choose one of the platforms `device-restore catalog` lists."));
    const CatalogVersion *cv = version(v);
    if (!cv)
        return makeError(QString::fromLatin1(catalogerror::UnknownVersion),
                         CatalogText::tr("Device OS %1 is not in the release catalog.").arg(v.toString()),
                         CatalogText::tr("Choose a version `device-restore catalog --platform %1 --all` lists, or "
                                         "fetch the catalog again.")
                             .arg(cp->name));
    CatalogRelease rel;
    rel.version = cv->version;
    rel.versionName = cv->name;
    rel.platformId = cp->id;
    rel.platformName = cp->name;
    const QString folder = rel.key() + QLatin1Char('/');
    if (cv->zipPlatforms.contains(platformId)) {
        rel.source = ReleaseSourceKind::RestoreZip;
        for (const auto &[role, ext] : {std::pair{ReleaseFile::Role::Zip, QStringLiteral(".zip")},
                                        std::pair{ReleaseFile::Role::Sidecar, QStringLiteral(".json")}}) {
            ReleaseFile f;
            f.role = role;
            f.name = cp->name + ext;
            f.cachePath = folder + f.name;
            f.urls << sources.restoreFile(cv->name, f.name);
            rel.files << f;
        }
        return rel;
    }
    if (!cv->filePlatforms.contains(platformId) || !cp->platform || cp->platform->slots.isEmpty())
        return makeError(QString::fromLatin1(catalogerror::NotAvailable),
                         CatalogText::tr("Device OS %1 was not published for the %2.").arg(cv->name, cp->title),
                         CatalogText::tr("Choose a version `device-restore catalog --platform %1 --all` lists.")
                             .arg(cp->name));
    // Per-module files: every system part and the bootloader of the main MCU that apply to this
    // release, named as Particle's binary host names them.
    rel.source = ReleaseSourceKind::ModuleFiles;
    const Platform &p = *cp->platform;
    const bool lto = p.mcu == QLatin1String("stm32f2xx"); // Gen 2 bootloaders are published as +lto builds
    for (const ModuleSlot &slot : p.slots) {
        if (slot.mcuTarget != 0 || !slot.appliesTo(cv->version)
            || (slot.function != ModuleFunction::SystemPart
                && !(slot.function == ModuleFunction::Bootloader && slot.index == 0)))
            continue;
        ReleaseFile f;
        f.role = ReleaseFile::Role::Module;
        f.required = slot.function == ModuleFunction::SystemPart;
        QStringList names;
        const QString plain = QStringLiteral("%1-%2@%3.bin").arg(p.name, slot.name, cv->name);
        if (slot.function == ModuleFunction::Bootloader && lto)
            names << QStringLiteral("%1-%2@%3+lto.bin").arg(p.name, slot.name, cv->name);
        names << plain;
        f.name = names.first();
        f.cachePath = folder + f.name;
        for (const QString &n : std::as_const(names)) {
            f.urls << sources.binaryFile(cv->name, n);
            if (const QUrl gh = sources.githubFile(cv->name, n); !gh.isEmpty())
                f.urls << gh;
        }
        if (std::none_of(rel.files.begin(), rel.files.end(), [&f](const ReleaseFile &o) { return o.name == f.name; }))
            rel.files << f;
    }
    return rel;
}

Result<QList<CatalogRelease>> ReleaseCatalog::releasesForPlan(const Platform &platform,
                                                              const std::optional<SemVer> &from, const SemVer &target,
                                                              const PlanOptions &options,
                                                              const ReleaseSources &sources) const
{
    QList<CatalogRelease> out;
    QList<SemVer> needed = RestorePlanner::intermediateReleases(platform, from, target, options);
    needed << target;
    for (const SemVer &v : std::as_const(needed)) {
        auto rel = release(platform.id, v, sources);
        if (!rel.ok())
            return rel.error();
        out << *rel;
    }
    return out;
}

} // namespace dr
