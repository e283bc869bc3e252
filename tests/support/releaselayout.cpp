// The published release layout, made from the corpus (see releaselayout.h).
#include "support/releaselayout.h"

#include "catalog/safezip.h"
#include "catalog/sidecar.h"
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace dr::test {

namespace {

Error layoutError(const QString &what)
{
    return makeError(QStringLiteral("test.layout"), what);
}

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return layoutError(QStringLiteral("%1 cannot be read: %2").arg(path, f.errorString()));
    return f.readAll();
}

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return layoutError(QStringLiteral("%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}

// The name the docs generator gives a module in a restore zip and its sidecar (release-sources.md
// 2.2): the slot's release part name ("system-part1", "bootloader", "softdevice", "tinker").
QString partName(const Platform &p, const FirmwareModule &m, const SemVer &release)
{
    if (const ModuleSlot *s = p.slotFor(m.function(), m.index, m.mcuTarget, release))
        return s->name;
    return QStringLiteral("module-%1-%2").arg(m.functionCode).arg(m.index);
}

} // namespace

QString catalogDataDir()
{
    const QByteArray env = qgetenv("DEVICE_RESTORE_CATALOG_DATA");
    return env.isEmpty() ? QStringLiteral(DR_SOURCE_DIR "/../shared/data/catalog") : QString::fromLocal8Bit(env);
}

const LayoutRelease *ReleaseLayout::find(const QString &platform, const QString &version) const
{
    for (const LayoutRelease &r : releases)
        if (r.platform == platform && r.version.toString() == version)
            return &r;
    return nullptr;
}

QList<FetchedFile> fetchFromFolder(const CatalogRelease &release)
{
    QList<FetchedFile> out;
    for (const ReleaseFile &f : release.files) {
        for (const QUrl &url : f.urls) {
            QFile file(url.toLocalFile());
            if (url.isLocalFile() && file.open(QIODevice::ReadOnly)) {
                out << FetchedFile{f.name, file.readAll(), url, {}};
                break;
            }
        }
    }
    return out;
}

QString ReleaseLayout::path(const QString &relative) const
{
    return QDir(root).filePath(relative);
}

Result<ReleaseLayout> buildReleaseLayout(const QString &root, const QStringList &platformNames)
{
    const QDir data(catalogDataDir());
    auto restoreJson = readAll(data.filePath(QStringLiteral("deviceRestore.json")));
    auto versionsJson = readAll(data.filePath(QStringLiteral("deviceOsVersions.json")));
    auto infoJson = readAll(data.filePath(QStringLiteral("versionInfo.json")));
    for (const auto *r : {&restoreJson, &versionsJson, &infoJson})
        if (!r->ok())
            return r->error();
    auto bundle = FirmwareBundle::open(corpusDir());
    if (!bundle.ok())
        return layoutError(QStringLiteral("%1 %2").arg(bundle.error().text(), corpusMissingMessage()));

    const QJsonObject realRestore = QJsonDocument::fromJson(*restoreJson).object();
    const QJsonObject realZips = realRestore.value(QLatin1String("versionsZip")).toObject();
    const PlatformDatabase &db = PlatformDatabase::builtin();

    ReleaseLayout layout;
    layout.root = QDir(root).absolutePath();
    layout.rootUrl = QUrl::fromLocalFile(layout.root + QLatin1Char('/'));
    QDir().mkpath(layout.root);

    // (platform, release) -> the corpus modules of that release.
    QMap<std::pair<int, QString>, QList<const BundleModule *>> groups;
    QMap<QString, SemVer> semverOf;
    for (const BundleModule &b : bundle->modules()) {
        const Platform *p = db.byId(b.module.platformId);
        if (!p || !p->supported || !b.release || !b.usable() || b.module.function() == ModuleFunction::UserPart)
            continue;
        if (!platformNames.isEmpty() && !platformNames.contains(p->name))
            continue;
        if (b.module.function() != ModuleFunction::SystemPart && b.module.function() != ModuleFunction::Bootloader
            && b.module.function() != ModuleFunction::RadioStack)
            continue;
        groups[{p->id, b.release->toString()}] << &b;
        semverOf.insert(b.release->toString(), *b.release);
    }

    QMap<QString, QStringList> hexPlatforms, zipPlatforms; // version -> platform names
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Platform &p = *db.byId(it.key().first);
        const QString version = it.key().second;
        const SemVer release = semverOf.value(version);
        if (std::none_of(it->begin(), it->end(),
                         [](const BundleModule *b) { return b->module.function() == ModuleFunction::SystemPart; }))
            continue;
        LayoutRelease lr;
        lr.platform = p.name;
        lr.platformId = p.id;
        lr.version = release;
        lr.zip = realZips.value(version).toArray().contains(QJsonValue(p.name));
        hexPlatforms[version] << p.name;
        if (lr.zip) {
            zipPlatforms[version] << p.name;
            QList<std::pair<QString, QByteArray>> entries;
            QList<SidecarPart> parts;
            QList<const BundleModule *> modules = *it;
            if (const BundleModule *tinker = bundle->tinkerFor(p.id, release))
                modules << tinker;
            for (const BundleModule *b : std::as_const(modules)) {
                auto module = b->readModule();
                if (!module.ok())
                    return module.error();
                const QString name = partName(p, *module, release);
                entries << std::pair{name + QStringLiteral(".bin"), module->bytes};
                parts << Sidecar::describe(name, *module);
                lr.moduleNames << name + QStringLiteral(".bin");
            }
            const QString folder = QStringLiteral("assets/files/device-restore/%1/").arg(version);
            QDir().mkpath(layout.path(folder));
            if (auto w = SafeZip::write(layout.path(folder + p.name + QStringLiteral(".zip")), entries); !w.ok())
                return w.error();
            if (auto w = writeFile(layout.path(folder + p.name + QStringLiteral(".json")),
                                   Sidecar::fromParts(parts).toJson());
                !w.ok())
                return w.error();
            lr.files << folder + p.name + QStringLiteral(".zip") << folder + p.name + QStringLiteral(".json");
        } else {
            const bool lto = p.mcu == QLatin1String("stm32f2xx");
            for (const BundleModule *b : std::as_const(*it)) {
                if (b->module.function() == ModuleFunction::RadioStack)
                    continue; // the binary host's per-module releases are system parts and bootloaders
                auto module = b->readModule();
                if (!module.ok())
                    return module.error();
                const QString part = partName(p, *module, release);
                const bool isBootloader = module->function() == ModuleFunction::Bootloader;
                const QString name = QStringLiteral("%1-%2@%3%4.bin")
                                         .arg(p.name, part, version,
                                              isBootloader && lto ? QStringLiteral("+lto") : QString());
                const QString file = QStringLiteral("v1/firmware/device-os/v%1/%2").arg(version, name);
                if (auto w = writeFile(layout.path(file), module->bytes); !w.ok())
                    return w.error();
                lr.files << file;
                lr.moduleNames << name;
            }
        }
        layout.releases << lr;
    }

    // The catalog, restricted to what was laid out.
    QList<SemVer> versions;
    for (const QString &v : hexPlatforms.keys())
        versions << semverOf.value(v);
    std::sort(versions.begin(), versions.end(), [](const SemVer &a, const SemVer &b) { return a > b; });
    QJsonArray versionNames;
    QJsonObject hex, zips, byPlatform;
    QSet<QString> usedPlatforms;
    for (const SemVer &v : std::as_const(versions)) {
        const QString name = v.toString();
        versionNames.append(name);
        hex.insert(name, QJsonArray::fromStringList(hexPlatforms.value(name)));
        if (zipPlatforms.contains(name))
            zips.insert(name, QJsonArray::fromStringList(zipPlatforms.value(name)));
        for (const QString &p : hexPlatforms.value(name))
            usedPlatforms.insert(p);
    }
    QJsonArray platformRows;
    for (const QJsonValue &row : realRestore.value(QLatin1String("platforms")).toArray()) {
        const QString name = row.toObject().value(QLatin1String("name")).toString();
        if (!usedPlatforms.contains(name))
            continue;
        platformRows.append(row);
        QJsonArray list;
        for (const SemVer &v : std::as_const(versions))
            if (zipPlatforms.value(v.toString()).contains(name))
                list.append(v.toString());
        byPlatform.insert(name, list);
    }
    QJsonObject restore{{QStringLiteral("versionNames"), versionNames},
                        {QStringLiteral("versions"), hex},
                        {QStringLiteral("versionsZip"), zips},
                        {QStringLiteral("platforms"), platformRows},
                        {QStringLiteral("versionsZipByPlatform"), byPlatform}};

    QSet<QString> wanted;
    for (const SemVer &v : std::as_const(versions))
        wanted.insert(v.toString());
    QJsonArray states;
    for (const QJsonValue &row : QJsonDocument::fromJson(*versionsJson).array())
        if (wanted.contains(row.toObject().value(QLatin1String("version")).toString()))
            states.append(row);
    QJsonArray info;
    QSet<QString> inInfo;
    for (const QJsonValue &row : QJsonDocument::fromJson(*infoJson).object().value(QLatin1String("versions")).toArray()) {
        const QString v = row.toObject().value(QLatin1String("semVer")).toString();
        if (wanted.contains(v)) {
            info.append(row);
            inInfo.insert(v);
        }
    }
    for (const SemVer &v : std::as_const(versions)) {
        if (inInfo.contains(v.toString()))
            continue;
        const DeviceOsRelease *r = DeviceOsVersionTable::builtin().release(v);
        if (r)
            info.append(QJsonObject{{QStringLiteral("boot"), r->bootloaderModuleVersion},
                                    {QStringLiteral("sys"), r->systemModuleVersion},
                                    {QStringLiteral("semVer"), v.toString()}});
    }
    const QString files = QStringLiteral("assets/files/");
    for (const auto &[name, json] :
         {std::pair{QStringLiteral("deviceRestore.json"), QJsonDocument(restore).toJson()},
          std::pair{QStringLiteral("deviceOsVersions.json"), QJsonDocument(states).toJson()},
          std::pair{QStringLiteral("versionInfo.json"),
                    QJsonDocument(QJsonObject{{QStringLiteral("versions"), info}}).toJson()}})
        if (auto w = writeFile(layout.path(files + name), json); !w.ok())
            return w.error();
    return layout;
}

} // namespace dr::test
