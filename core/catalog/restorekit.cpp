// Restore kit export and import (see restorekit.h).
#include "catalog/restorekit.h"

#include "common/sha256.h"

#include "catalog/safezip.h"
#include "catalog/stagingfolder.h"
#include "version/jsondatareader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dr {

namespace {

struct KitText
{
    Q_DECLARE_TR_FUNCTIONS(dr::RestoreKit)
};

using R = JsonDataReader;

QString reexport()
{
    return KitText::tr("Nothing from it was kept. Export the kit again on the computer that made it, and copy it "
                       "again.");
}

QJsonObject fileJson(const KitFile &f)
{
    return {{QStringLiteral("path"), f.path},
            {QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())},
            {QStringLiteral("size"), f.size},
            {QStringLiteral("url"), f.sourceUrl.toString()},
            {QStringLiteral("date"), f.date.toString(Qt::ISODate)}};
}

KitFile fileFromJson(JsonDataReader &r, const QJsonValue &v, const QString &path)
{
    KitFile f;
    const QJsonObject o = r.asObject(v, path);
    f.path = r.string(o, path, "path");
    const QString hex = r.string(o, path, "sha256");
    f.sha256 = QByteArray::fromHex(hex.toLatin1());
    if (!r.failed() && (hex.size() != 64 || f.sha256.size() != 32 || f.sha256.toHex() != hex.toLower().toLatin1()))
        r.fail(R::at(path, u"sha256"), QStringLiteral("expected 64 hex digits"));
    f.size = r.integer(o, path, "size", 0, qint64(1) << 40);
    f.sourceUrl = QUrl(r.string(o, path, "url", R::Optional));
    f.date = QDateTime::fromString(r.string(o, path, "date", R::Optional), Qt::ISODate);
    const QStringList parts = f.path.split(QLatin1Char('/'));
    if (!r.failed()
        && (f.path.startsWith(QLatin1Char('/')) || f.path.contains(QLatin1Char('\\')) || parts.contains(QStringLiteral(".."))
            || parts.contains(QString()) || parts.contains(QStringLiteral("."))
            // On Windows "C:x" is relative to the drive, not the kit, and "name:x" an NTFS stream.
            || f.path.contains(QLatin1Char(':'))))
        r.fail(R::at(path, u"path"), QStringLiteral("\"%1\" leaves the kit's folders").arg(f.path));
    return f;
}

} // namespace

Result<KitManifest> KitManifest::fromJson(const QByteArray &json, const QString &where)
{
    JsonDataReader r(where + QStringLiteral(":manifest.json"), QString::fromLatin1(kiterror::BadManifest), reexport());
    const QJsonObject root = r.parseRoot(json);
    if (r.failed())
        return r.error();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return makeError(QString::fromLatin1(kiterror::NotAKit),
                         KitText::tr("%1 is not a Device Restore restore kit.").arg(where),
                         KitText::tr("Choose a file made with `device-restore kit export`."),
                         QStringLiteral("format: %1").arg(root.value(QLatin1String("format")).toString()));
    KitManifest m;
    m.formatVersion = int(r.integer(root, QString(), "formatVersion", 1, 1000000));
    if (r.failed())
        return r.error();
    if (m.formatVersion > kFormatVersion)
        return makeError(QString::fromLatin1(kiterror::FutureFormat),
                         KitText::tr("%1 is a restore kit of format version %2, made by a newer Device Restore; this "
                                     "one reads format version %3.")
                             .arg(where)
                             .arg(m.formatVersion)
                             .arg(kFormatVersion),
                         KitText::tr("Nothing was imported. Update Device Restore on this computer, or export the kit "
                                     "again with the version installed here."));
    m.toolVersion = r.string(root, QString(), "toolVersion", R::Optional);
    m.createdAt = QDateTime::fromString(r.string(root, QString(), "createdAt", R::Optional), Qt::ISODate);
    const QJsonObject catalog = r.object(root, QString(), "catalog");
    m.catalogSource = QUrl(r.string(catalog, QStringLiteral("catalog"), "source", R::Optional));
    m.catalogFetchedAt =
        QDateTime::fromString(r.string(catalog, QStringLiteral("catalog"), "fetchedAt", R::Optional), Qt::ISODate);
    const QJsonArray catalogFiles = r.array(catalog, QStringLiteral("catalog"), "files");
    for (qsizetype i = 0; i < catalogFiles.size() && !r.failed(); ++i)
        m.catalogFiles << fileFromJson(r, catalogFiles.at(i), R::at(QStringLiteral("catalog.files"), i));
    const QJsonArray releases = r.array(root, QString(), "releases");
    for (qsizetype i = 0; i < releases.size() && !r.failed(); ++i) {
        const QString path = R::at(QStringLiteral("releases"), i);
        const QJsonObject o = r.asObject(releases.at(i), path);
        KitRelease k;
        const auto v = r.semver(o, path, "version");
        k.version = v ? v->toString() : QString();
        k.platform = r.string(o, path, "platform");
        k.platformId = int(r.integer(o, path, "platformId", 0, 65535));
        const QJsonArray files = r.array(o, path, "files");
        for (qsizetype j = 0; j < files.size() && !r.failed(); ++j)
            k.files << fileFromJson(r, files.at(j), R::at(R::at(path, u"files"), j));
        if (!r.failed() && k.files.isEmpty())
            r.fail(R::at(path, u"files"), QStringLiteral("a release without files"));
        m.releases << k;
    }
    if (!r.failed() && m.catalogFiles.size() != 3)
        r.fail(QStringLiteral("catalog.files"), QStringLiteral("expected the 3 catalog files"));
    if (r.failed())
        return r.error();
    return m;
}

QByteArray KitManifest::toJson() const
{
    QJsonArray catalogFilesJson;
    for (const KitFile &f : catalogFiles)
        catalogFilesJson.append(fileJson(f));
    QJsonArray releasesJson;
    for (const KitRelease &k : releases) {
        QJsonArray files;
        for (const KitFile &f : k.files)
            files.append(fileJson(f));
        releasesJson.append(QJsonObject{{QStringLiteral("version"), k.version},
                                        {QStringLiteral("platform"), k.platform},
                                        {QStringLiteral("platformId"), k.platformId},
                                        {QStringLiteral("files"), files}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                           {QStringLiteral("formatVersion"), formatVersion},
                           {QStringLiteral("toolVersion"), toolVersion},
                           {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODate)},
                           {QStringLiteral("catalog"),
                            QJsonObject{{QStringLiteral("source"), catalogSource.toString()},
                                        {QStringLiteral("fetchedAt"), catalogFetchedAt.toString(Qt::ISODate)},
                                        {QStringLiteral("files"), catalogFilesJson}}},
                           {QStringLiteral("releases"), releasesJson}})
        .toJson(QJsonDocument::Indented);
}

Result<QList<CatalogRelease>> RestoreKit::releasesFor(const ReleaseCatalog &catalog, const Platform &platform,
                                                      const QList<SemVer> &targets, QStringList *missingStops)
{
    QList<CatalogRelease> out;
    const auto add = [&out](const CatalogRelease &r) {
        if (std::none_of(out.begin(), out.end(), [&r](const CatalogRelease &o) { return o.key() == r.key(); }))
            out << r;
    };
    for (const SemVer &target : targets) {
        auto rel = catalog.release(platform.id, target);
        if (!rel.ok())
            return rel.error();
        // Any starting release: the oldest without DFU walks the whole serial path below the
        // target; a newer one over DFU meets the BRN402/B402 stop at 1.5.2.
        PlanOptions noDfu;
        noDfu.allowDfu = false;
        QList<SemVer> stops = RestorePlanner::intermediateReleases(platform, SemVer(0, 0, 0), target, noDfu);
        stops += RestorePlanner::intermediateReleases(platform, SemVer(999, 0, 0), target, PlanOptions{});
        for (const SemVer &stop : std::as_const(stops)) {
            auto s = catalog.release(platform.id, stop);
            if (s.ok())
                add(*s);
            else if (missingStops && !missingStops->contains(stop.toString()))
                *missingStops << stop.toString();
        }
        add(*rel);
    }
    return out;
}

Result<KitManifest> RestoreKit::exportKit(ReleaseCache &cache, const QList<CatalogRelease> &releases,
                                          const QString &path)
{
    KitManifest m;
    m.toolVersion = QStringLiteral(DR_VERSION_STRING);
    m.createdAt = QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QByteArray>> small; // the manifest and the catalog files
    QList<std::pair<QString, QString>> files;    // releases: streamed from the cache by the zip writer
    CatalogProvenance provenance;
    auto catalogFiles = cache.readCatalogFiles(&provenance);
    if (!catalogFiles.ok())
        return catalogFiles.error();
    m.catalogSource = provenance.source;
    m.catalogFetchedAt = provenance.fetchedAt;
    for (const FetchedFile &f : *catalogFiles) {
        const QString at = QStringLiteral("catalog/") + f.name;
        m.catalogFiles << KitFile{at, sha256(f.data), f.data.size(), f.sourceUrl, provenance.fetchedAt};
        small << std::pair{at, f.data};
    }
    for (const CatalogRelease &r : releases) {
        const auto cached = cache.find(r.platformId, r.version);
        if (!cached)
            return makeError(QString::fromLatin1(kiterror::NotCached),
                             KitText::tr("Device OS %1 for the %2 is not in the release cache.")
                                 .arg(r.versionName, r.platformName),
                             KitText::tr("Add it to the cache first (fetch it, or import a kit that holds it), "
                                         "then export the kit."));
        // Each file checked against the cache's manifest now (one at a time in memory); the kit
        // records the sums just checked, and its import checks them again.
        auto paths = cache.checkedFilePaths(r.platformId, r.version);
        if (!paths.ok())
            return paths.error();
        KitRelease k;
        k.version = cached->versionName;
        k.platform = cached->platformName;
        k.platformId = cached->platformId;
        for (qsizetype i = 0; i < cached->files.size(); ++i) {
            const CachedFile &f = cached->files.at(i);
            const QString at = QStringLiteral("releases/") + f.cachePath;
            k.files << KitFile{at, f.sha256, f.size, f.sourceUrl, cached->addedAt};
            files << std::pair{at, paths->at(i)};
        }
        m.releases << k;
    }
    small.prepend(std::pair{QStringLiteral("manifest.json"), m.toJson()});
    if (auto w = SafeZip::writeFiles(path, small, files); !w.ok())
        return w.error();
    return m;
}

Result<KitImport> RestoreKit::importKit(ReleaseCache &cache, const QString &path)
{
    ZipLimits limits;
    limits.maxEntries = 20000;
    limits.maxEntrySize = 64 * 1024 * 1024;
    limits.maxTotalSize = qint64(4) * 1024 * 1024 * 1024;
    auto zip = SafeZip::open(path, path, limits);
    if (!zip.ok())
        return zip.error();
    auto manifestBytes = zip->read(QStringLiteral("manifest.json"));
    if (!manifestBytes.ok())
        return makeError(QString::fromLatin1(kiterror::NotAKit),
                         KitText::tr("%1 is not a restore kit: it holds no manifest.json.").arg(path),
                         KitText::tr("Choose a file made with `device-restore kit export`."));
    auto manifest = KitManifest::fromJson(*manifestBytes, path);
    if (!manifest.ok())
        return manifest.error();

    // 1. Every file is there and listed once; nothing else is in the kit. Names only: the bytes
    // are read release by release below, so a kit of any size is never held in memory at once.
    QSet<QString> listed;
    QList<const KitFile *> all;
    for (const KitFile &f : manifest->catalogFiles)
        all << &f;
    for (const KitRelease &k : manifest->releases)
        for (const KitFile &f : k.files)
            all << &f;
    QSet<QString> inZip;
    for (const ZipEntryInfo &e : zip->entries())
        inZip.insert(e.name);
    for (const KitFile *f : std::as_const(all)) {
        if (listed.contains(f->path))
            return makeError(QString::fromLatin1(kiterror::BadManifest),
                             KitText::tr("%1 lists %2 twice.").arg(path, f->path), reexport());
        listed.insert(f->path);
        if (!inZip.contains(f->path))
            return makeError(QString::fromLatin1(kiterror::Incomplete),
                             KitText::tr("%1 lacks %2, which its manifest lists.").arg(path, f->path), reexport());
    }
    for (const ZipEntryInfo &e : zip->entries())
        if (e.name != QLatin1String("manifest.json") && !listed.contains(e.name))
            return makeError(QString::fromLatin1(kiterror::Incomplete),
                             KitText::tr("%1 holds %2, which its manifest does not list.").arg(path, e.name), reexport());
    // A file's bytes, with the size and SHA-256 its manifest gives.
    const auto take = [&](const KitFile &f) -> Result<QByteArray> {
        auto data = zip->read(f.path);
        if (!data.ok())
            return makeError(QString::fromLatin1(kiterror::Incomplete),
                             KitText::tr("%1: %2 cannot be read (%3).").arg(path, f.path, data.error().message),
                             reexport());
        if (data->size() != f.size || sha256(*data) != f.sha256)
            return makeError(QString::fromLatin1(kiterror::Altered),
                             KitText::tr("%1: %2 is not the file that was exported (its SHA-256 or size differs).")
                                 .arg(path, f.path),
                             reexport(),
                             QStringLiteral("manifest: %1 bytes, SHA-256 %2; file: %3 bytes, SHA-256 %4")
                                 .arg(f.size)
                                 .arg(QString::fromLatin1(f.sha256.toHex()))
                                 .arg(data->size())
                                 .arg(QString::fromLatin1(sha256(*data).toHex())));
        return data;
    };

    // 2. The kit's catalog, and every release checked as a download is; a checked release's files
    // wait in the cache's staging folder (on disk, not in memory) until all have passed.
    QHash<QString, QByteArray> catalogFiles;
    for (const KitFile &f : manifest->catalogFiles) {
        auto data = take(f);
        if (!data.ok())
            return data.error();
        catalogFiles.insert(f.path, *data);
    }
    const auto catalogBytes = [&](const QString &name) {
        return catalogFiles.value(QStringLiteral("catalog/") + name);
    };
    const QStringList names = ReleaseSources::catalogFileNames();
    auto catalog = ReleaseCatalog::fromJson(catalogBytes(names[0]), catalogBytes(names[1]), catalogBytes(names[2]));
    if (!catalog.ok())
        return catalog.error();
    auto staging = StagingFolder::open(QDir(cache.root()).filePath(QStringLiteral("tmp")), QStringLiteral("kit"));
    if (!staging.ok())
        return staging.error();
    QList<VerifiedRelease> verified;
    for (const KitRelease &k : manifest->releases) {
        auto release = catalog->release(k.platformId, *SemVer::parse(k.version));
        if (!release.ok())
            return release.error();
        QList<FetchedFile> files;
        for (const KitFile &f : k.files) {
            auto data = take(f);
            if (!data.ok())
                return data.error();
            files << FetchedFile{f.path.section(QLatin1Char('/'), -1), *data, f.sourceUrl, {}};
        }
        auto v = ReleaseVerifier(&*catalog).verify(*release, files);
        if (!v.ok()) {
            Error e = v.error();
            e.message = KitText::tr("%1: %2").arg(path, e.message);
            e.remedy = reexport();
            return e;
        }
        for (VerifiedFile &vf : v->files) {
            auto staged = staging->write(QString::number(verified.size()) + QLatin1Char('-') + vf.name, vf.data);
            if (!staged.ok())
                return staged.error();
            vf.path = *staged;
            vf.data.clear(); // the cache takes the staged file
        }
        verified << *v;
    }

    // 3. Only now anything is kept; a failure part-way takes back what this import added.
    KitImport out;
    CatalogProvenance kept;
    const bool haveCatalog = cache.readCatalogFiles(&kept).ok();
    if (!haveCatalog || kept.fetchedAt < manifest->catalogFetchedAt) {
        auto stored = cache.storeCatalog(catalogBytes(names[0]), catalogBytes(names[1]), catalogBytes(names[2]),
                                         manifest->catalogSource, manifest->catalogFetchedAt);
        if (!stored.ok())
            return stored.error();
        out.catalogStored = true;
    }
    QList<bool> had;
    for (const VerifiedRelease &v : std::as_const(verified))
        had << cache.contains(v.release.platformId, v.release.version);
    auto added = cache.addVerified(verified); // all or none
    if (!added.ok())
        return added.error();
    for (qsizetype i = 0; i < added->size(); ++i)
        if (!had[i])
            out.added << (*added)[i].release;
    return out;
}

} // namespace dr
