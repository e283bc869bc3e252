// The verified release cache (see releasecache.h).
#include "catalog/releasecache.h"

#include "common/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>
#include <system_error>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcCache, "dr.cache")

namespace dr {

namespace {

struct CacheText
{
    Q_DECLARE_TR_FUNCTIONS(dr::ReleaseCache)
};

constexpr char kFormat[] = "device-restore/release-cache";
constexpr int kFormatVersion = 1;

QString catalogFolder(const QString &root)
{
    return root + QStringLiteral("/catalog");
}

Error writeFailed(const QString &path, const QString &why)
{
    return makeError(QString::fromLatin1(cacheerror::WriteFailed),
                     CacheText::tr("The release cache could not write %1.").arg(path),
                     CacheText::tr("Nothing of it was kept. Free some disk space or choose another cache folder "
                                   "(DEVICE_RESTORE_CACHE), then try again."),
                     why);
}

// Moves `from` over `to`, replacing it atomically; empty, or why not. QFile::rename never replaces
// a file; std::filesystem::rename does (rename(2), MoveFileEx with MOVEFILE_REPLACE_EXISTING).
QString renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), ec);
    return ec ? QString::fromStdString(ec.message()) : QString();
}

// Every file of the cache is written to a temporary file beside it and renamed over it (atomic: a
// reader sees the old file or the new one, never half of one), but not flushed to the disk first.
// A flush per file cost more than downloading and checking a release together (7 ms each here),
// and the cache does not need it: every file is checked against its SHA-256 in the manifest
// whenever it is opened, so a file torn by a power cut is found, dropped and fetched again, and a
// manifest torn the same way makes the cache start afresh (manifestForChange).
Result<void> saveFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return writeFailed(path, QStringLiteral("its folder cannot be made"));
    QTemporaryFile f(path + QStringLiteral(".part-XXXXXX"));
    if (!f.open())
        return writeFailed(path, f.errorString());
    if (f.write(data) != data.size() || !f.flush()) {
        const QString why = f.errorString();
        return writeFailed(path, why);
    }
    f.close();
    if (f.error() != QFileDevice::NoError)
        return writeFailed(path, f.errorString());
    if (const QString why = renameOver(f.fileName(), path); !why.isEmpty())
        return writeFailed(path, why);
    f.setAutoRemove(false);
    return {};
}

// A verified file into the cache: the downloaded temporary file itself when the fetch left it on
// the same disk with exactly the verified bytes (a rename: no second copy written), else written.
// `staged` is the size of the file at vf.path (-1: none), which the caller has checked.
Result<void> keepFile(const QString &path, const VerifiedFile &vf, qint64 staged)
{
    if (!vf.path.isEmpty() && staged == vf.size) {
        // Its folder is made only when the rename says it is missing: one system call, not three.
        if (renameOver(vf.path, path).isEmpty()
            || (QDir().mkpath(QFileInfo(path).absolutePath()) && renameOver(vf.path, path).isEmpty()))
            return {};
    }
    if (vf.data.isEmpty() && vf.size > 0) {
        // Only on disk (a restore kit's files are staged, not held): copied when it cannot move.
        QFile staged(vf.path);
        if (!staged.open(QIODevice::ReadOnly))
            return writeFailed(path, staged.errorString());
        const QByteArray data = staged.readAll();
        if (data.size() != vf.size || sha256(data) != vf.sha256)
            return writeFailed(path, QStringLiteral("%1 changed after it was verified").arg(vf.path));
        return saveFile(path, data);
    }
    return saveFile(path, vf.data);
}

QString sourceName(ReleaseSourceKind k)
{
    return k == ReleaseSourceKind::RestoreZip ? QStringLiteral("zip") : QStringLiteral("files");
}

QJsonObject fileJson(const CachedFile &f)
{
    return {{QStringLiteral("path"), f.cachePath},
            {QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())},
            {QStringLiteral("size"), f.size},
            {QStringLiteral("url"), f.sourceUrl.toString()}};
}

bool fileFromJson(const QJsonValue &v, CachedFile *out)
{
    const QJsonObject o = v.toObject();
    out->cachePath = o.value(QLatin1String("path")).toString();
    out->sha256 = QByteArray::fromHex(o.value(QLatin1String("sha256")).toString().toLatin1());
    out->size = qint64(o.value(QLatin1String("size")).toDouble(-1));
    out->sourceUrl = QUrl(o.value(QLatin1String("url")).toString());
    // A path that climbs out of the cache is a damaged (or crafted) manifest.
    return !out->cachePath.isEmpty() && !out->cachePath.startsWith(QLatin1Char('/'))
           && !out->cachePath.split(QLatin1Char('/')).contains(QStringLiteral("..")) && out->sha256.size() == 32
           && out->size >= 0;
}

// Keeps other processes (the GUI and a CLI at once) from writing the manifest together. On Unix an
// advisory flock() on a lock file that stays in place: the kernel releases it when the holder ends,
// however it ends, so there is no stale lock to judge, and taking it writes nothing (QLockFile
// writes and flushes a file each time, 5-10 ms per cache change). Elsewhere QLockFile.
class CacheLock
{
public:
    explicit CacheLock(const QString &root)
#if !defined(Q_OS_UNIX)
        : m_lock(root + QStringLiteral("/.lock"))
#endif
    {
        QDir().mkpath(root);
#if defined(Q_OS_UNIX)
        m_fd = ::open(QFile::encodeName(root + QStringLiteral("/.lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0)
            return;
        QElapsedTimer waited;
        waited.start();
        int pause = 1;
        while (!(m_locked = ::flock(m_fd, LOCK_EX | LOCK_NB) == 0) && errno != EBADF && waited.elapsed() < kWaitMs) {
            QThread::msleep(pause);
            pause = std::min(pause * 2, 100);
        }
#else
        m_lock.setStaleLockTime(60 * 1000);
        m_locked = m_lock.tryLock(kWaitMs);
#endif
    }
    ~CacheLock()
    {
#if defined(Q_OS_UNIX)
        if (m_fd >= 0)
            ::close(m_fd); // releases the flock
#endif
    }
    CacheLock(const CacheLock &) = delete;
    CacheLock &operator=(const CacheLock &) = delete;
    bool locked() const { return m_locked; }
    Error error() const
    {
        return makeError(QString::fromLatin1(cacheerror::Locked),
                         CacheText::tr("Another Device Restore is changing the release cache."),
                         CacheText::tr("Wait until it has finished, then try again."));
    }

private:
    static constexpr int kWaitMs = 10 * 1000;
#if defined(Q_OS_UNIX)
    int m_fd = -1;
#else
    QLockFile m_lock;
#endif
    bool m_locked = false;
};

} // namespace

qint64 CachedRelease::size() const
{
    qint64 n = 0;
    for (const CachedFile &f : files)
        n += f.size;
    return n;
}

ReleaseCache::ReleaseCache(const QString &root) : m_root(root.isEmpty() ? defaultRoot() : root)
{
    m_root = QDir(m_root).absolutePath();
}

QString ReleaseCache::defaultRoot()
{
    const QByteArray env = qgetenv("DEVICE_RESTORE_CACHE");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/releases");
}

QString ReleaseCache::releasePath(const QString &cachePath) const
{
    return m_root + QStringLiteral("/releases/") + cachePath;
}

Result<ReleaseCache::Manifest> ReleaseCache::readManifest() const
{
    Manifest m;
    QFile f(m_root + QStringLiteral("/manifest.json"));
    if (!f.exists())
        return m;
    const auto bad = [&f, this](const QString &why) {
        return makeError(QString::fromLatin1(cacheerror::BadManifest),
                         CacheText::tr("The release cache's list %1 is damaged.").arg(f.fileName()),
                         CacheText::tr("Remove the downloaded releases (the settings' \"Remove downloaded releases\", "
                                       "or delete %1) and fetch them again.")
                             .arg(m_root),
                         why);
    };
    if (!f.open(QIODevice::ReadOnly))
        return bad(f.errorString());
    const QByteArray text = f.readAll();
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(text, &parseError).object();
    if (parseError.error != QJsonParseError::NoError && !text.trimmed().startsWith('{') ) {
        // Empty or cut short before its first byte of JSON: a manifest torn by a power cut (it is
        // not flushed, see saveFile). The cache starts afresh; its files are fetched again when
        // needed, and the next change writes a new manifest over them.
        qCWarning(lcCache) << "the release cache's manifest" << f.fileName() << "is torn; starting afresh";
        return m;
    }
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return bad(QStringLiteral("not a release cache manifest"));
    if (root.value(QLatin1String("formatVersion")).toInt() != kFormatVersion)
        return bad(QStringLiteral("format version %1, this Device Restore reads %2")
                       .arg(root.value(QLatin1String("formatVersion")).toInt())
                       .arg(kFormatVersion));
    for (const QJsonValue &rv : root.value(QLatin1String("releases")).toArray()) {
        const QJsonObject o = rv.toObject();
        CachedRelease r;
        r.versionName = o.value(QLatin1String("version")).toString();
        const auto v = SemVer::parse(r.versionName);
        r.platformName = o.value(QLatin1String("platform")).toString();
        r.platformId = o.value(QLatin1String("platformId")).toInt(-1);
        r.source = o.value(QLatin1String("source")).toString() == QLatin1String("files") ? ReleaseSourceKind::ModuleFiles
                                                                                      : ReleaseSourceKind::RestoreZip;
        r.addedAt = QDateTime::fromString(o.value(QLatin1String("addedAt")).toString(), Qt::ISODateWithMs);
        r.lastUsed = QDateTime::fromString(o.value(QLatin1String("lastUsed")).toString(), Qt::ISODateWithMs);
        if (!v || r.platformName.isEmpty() || r.platformId < 0)
            return bad(QStringLiteral("a release without version or platform"));
        r.version = *v;
        for (const QJsonValue &fv : o.value(QLatin1String("files")).toArray()) {
            CachedFile cf;
            if (!fileFromJson(fv, &cf))
                return bad(QStringLiteral("a file entry of %1 is damaged").arg(r.key()));
            r.files << cf;
        }
        m.releases << r;
    }
    const QJsonObject catalog = root.value(QLatin1String("catalog")).toObject();
    m.catalogSource = QUrl(catalog.value(QLatin1String("source")).toString());
    m.catalogFetchedAt = QDateTime::fromString(catalog.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &fv : catalog.value(QLatin1String("files")).toArray()) {
        CachedFile cf;
        if (!fileFromJson(fv, &cf))
            return bad(QStringLiteral("a catalog file entry is damaged"));
        m.catalogFiles << cf;
    }
    return m;
}

Result<void> ReleaseCache::writeManifest(const Manifest &m) const
{
    QJsonArray releases;
    for (const CachedRelease &r : m.releases) {
        QJsonArray files;
        for (const CachedFile &f : r.files)
            files.append(fileJson(f));
        releases.append(QJsonObject{{QStringLiteral("version"), r.versionName},
                                    {QStringLiteral("platform"), r.platformName},
                                    {QStringLiteral("platformId"), r.platformId},
                                    {QStringLiteral("source"), sourceName(r.source)},
                                    {QStringLiteral("addedAt"), r.addedAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("lastUsed"), r.lastUsed.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("files"), files}});
    }
    QJsonArray catalogFiles;
    for (const CachedFile &f : m.catalogFiles)
        catalogFiles.append(fileJson(f));
    const QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("releases"), releases},
        {QStringLiteral("catalog"),
         QJsonObject{{QStringLiteral("source"), m.catalogSource.toString()},
                     {QStringLiteral("fetchedAt"), m.catalogFetchedAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("files"), catalogFiles}}}};
    return saveFile(m_root + QStringLiteral("/manifest.json"), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<void> ReleaseCache::storeCatalog(const QByteArray &deviceRestore, const QByteArray &deviceOsVersions,
                                        const QByteArray &versionInfo, const QUrl &source, const QDateTime &fetchedAt)
{
    if (auto parsed = ReleaseCatalog::fromJson(deviceRestore, deviceOsVersions, versionInfo); !parsed.ok())
        return parsed.error();
    CacheLock lock(m_root);
    if (!lock.locked())
        return lock.error();
    auto m = readManifest();
    if (!m.ok())
        return m.error();
    const QStringList names = ReleaseSources::catalogFileNames();
    const QByteArray *data[] = {&deviceRestore, &deviceOsVersions, &versionInfo};
    QList<CachedFile> files;
    for (int i = 0; i < 3; ++i) {
        if (auto w = saveFile(catalogFolder(m_root) + QLatin1Char('/') + names[i], *data[i]); !w.ok())
            return w.error();
        files << CachedFile{names[i], sha256(*data[i]), data[i]->size(), ReleaseSources::mirror(source).catalogFile(names[i])};
    }
    m->catalogFiles = files;
    m->catalogSource = source;
    m->catalogFetchedAt = fetchedAt.toUTC();
    return writeManifest(*m);
}

Result<QList<FetchedFile>> ReleaseCache::readCatalogFiles(CatalogProvenance *provenance) const
{
    auto m = readManifest();
    if (!m.ok())
        return m.error();
    if (m->catalogFiles.size() != 3)
        return makeError(QString::fromLatin1(cacheerror::NoCatalog),
                         CacheText::tr("No release catalog was kept yet, so the releases cannot be listed offline."),
                         CacheText::tr("Connect to the internet once so that the catalog can be fetched, or give "
                                       "--catalog-url with a folder or mirror that holds it."));
    QList<FetchedFile> out;
    for (const CachedFile &f : m->catalogFiles) {
        const QString path = catalogFolder(m_root) + QLatin1Char('/') + f.cachePath;
        QFile file(path);
        const QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (data.size() != f.size || sha256(data) != f.sha256)
            return makeError(QString::fromLatin1(cacheerror::Tampered),
                             CacheText::tr("The kept catalog file %1 changed since it was fetched.").arg(path),
                             CacheText::tr("It was not used. Connect to the internet so that the catalog can be "
                                           "fetched again."));
        out << FetchedFile{f.cachePath, data, f.sourceUrl, {}};
    }
    if (provenance)
        *provenance = {m->catalogSource, m->catalogFetchedAt, true};
    return out;
}

Result<ReleaseCatalog> ReleaseCache::openCatalog() const
{
    CatalogProvenance provenance;
    auto files = readCatalogFiles(&provenance);
    if (!files.ok())
        return files.error();
    auto catalog = ReleaseCatalog::fromJson(files->at(0).data, files->at(1).data, files->at(2).data);
    if (!catalog.ok())
        return catalog.error();
    catalog->setProvenance(provenance);
    return catalog;
}

Result<CacheAddition> ReleaseCache::addRelease(const ReleaseCatalog &catalog, const CatalogRelease &release,
                                               const QList<FetchedFile> &files)
{
    auto verified = ReleaseVerifier(&catalog).verify(release, files);
    if (!verified.ok())
        return verified.error();
    return addVerified(*verified);
}

void ReleaseCache::removeFiles(const CachedRelease &r, FolderRemoval folder) const
{
    for (const CachedFile &f : r.files)
        QFile::remove(releasePath(f.cachePath));
    if (folder == FolderRemoval::Whole)
        QDir(releasePath(r.key())).removeRecursively();
    else
        QDir().rmdir(releasePath(r.key())); // refused when something else is in it
    // Empty version folders go too.
    QDir().rmdir(releasePath(r.versionName));
}

Result<CacheAddition> ReleaseCache::addVerified(const VerifiedRelease &verified)
{
    auto added = addVerified(QList<VerifiedRelease>{verified});
    if (!added.ok())
        return added.error();
    return added->first();
}

Result<CachedRelease> ReleaseCache::placeVerified(const VerifiedRelease &v) const
{
    CachedRelease r;
    r.versionName = v.release.versionName;
    r.version = v.release.version;
    r.platformName = v.release.platformName;
    r.platformId = v.release.platformId;
    r.source = v.release.source;
    r.addedAt = r.lastUsed = QDateTime::currentDateTimeUtc();
    for (const VerifiedFile &vf : v.files) {
        const qint64 staged = vf.path.isEmpty() ? -1 : QFileInfo(vf.path).size();
        const qint64 have = vf.data.isEmpty() && !vf.path.isEmpty() ? staged : vf.data.size();
        if (have != vf.size) {
            removeFiles(r, FolderRemoval::IfEmpty);
            return makeError(QString::fromLatin1(releaseerror::MissingFile),
                             CacheText::tr("%1 is not the file that was verified.").arg(vf.name),
                             CacheText::tr("Nothing was kept. Fetch the release again."));
        }
        // Each file lands whole (a rename, or a temporary file renamed): a reader of the path
        // sees the old file or the new one.
        if (auto w = keepFile(releasePath(vf.cachePath), vf, staged); !w.ok()) {
            removeFiles(r, FolderRemoval::IfEmpty);
            return w.error();
        }
        r.files << CachedFile{vf.cachePath, vf.sha256, vf.size, vf.sourceUrl};
    }
    return r;
}

void ReleaseCache::discardPlaced(const QList<CachedRelease> &placed) const
{
    for (const CachedRelease &r : placed)
        removeFiles(r, FolderRemoval::IfEmpty);
}

Result<QList<CacheAddition>> ReleaseCache::listPlaced(const QList<CachedRelease> &placed)
{
    CacheLock lock(m_root);
    if (!lock.locked()) {
        discardPlaced(placed);
        return lock.error();
    }
    auto m = readManifest();
    if (!m.ok()) {
        discardPlaced(placed);
        return m.error();
    }
    for (const CachedRelease &r : placed) {
        // A copy listed before is replaced: its files that the new one did not overwrite go.
        const auto old = std::find_if(m->releases.begin(), m->releases.end(),
                                      [&r](const CachedRelease &o) { return o.key() == r.key(); });
        if (old != m->releases.end()) {
            for (const CachedFile &f : old->files)
                if (std::none_of(r.files.begin(), r.files.end(),
                                 [&f](const CachedFile &n) { return n.cachePath == f.cachePath; }))
                    QFile::remove(releasePath(f.cachePath));
            m->releases.erase(old);
        }
    }
    for (const CachedRelease &r : placed)
        m->releases.prepend(r);

    // Least recently used first out, never a release just added.
    QList<CacheAddition> out;
    for (const CachedRelease &r : placed)
        out << CacheAddition{r, {}};
    qint64 total = 0;
    for (const CachedRelease &c : std::as_const(m->releases))
        total += c.size();
    const qsizetype fresh = placed.size();
    while (total > m_sizeLimit && m->releases.size() > fresh) {
        auto lru = std::min_element(m->releases.begin() + fresh, m->releases.end(),
                                    [](const CachedRelease &a, const CachedRelease &b) { return a.lastUsed < b.lastUsed; });
        total -= lru->size();
        if (!out.isEmpty())
            out.last().evicted << lru->key();
        removeFiles(*lru);
        m->releases.erase(lru);
    }
    if (auto w = writeManifest(*m); !w.ok()) {
        discardPlaced(placed);
        return w.error();
    }
    return out;
}

Result<QList<CacheAddition>> ReleaseCache::addVerified(const QList<VerifiedRelease> &verified)
{
    QList<CachedRelease> placed;
    for (const VerifiedRelease &v : verified) {
        auto r = placeVerified(v);
        if (!r.ok()) {
            discardPlaced(placed);
            return r.error();
        }
        placed << *r;
    }
    return listPlaced(placed);
}

QList<CachedRelease> ReleaseCache::releases() const
{
    auto m = readManifest();
    if (!m.ok())
        return {};
    QList<CachedRelease> out = m->releases;
    std::stable_sort(out.begin(), out.end(),
                     [](const CachedRelease &a, const CachedRelease &b) { return a.lastUsed > b.lastUsed; });
    return out;
}

std::optional<CachedRelease> ReleaseCache::find(int platformId, const SemVer &version) const
{
    for (const CachedRelease &r : releases())
        if (r.platformId == platformId && r.version == version)
            return r;
    return std::nullopt;
}

qint64 ReleaseCache::totalSize() const
{
    qint64 n = 0;
    for (const CachedRelease &r : releases())
        n += r.size();
    return n;
}

Result<void> ReleaseCache::checkFiles(const CachedRelease &r, QList<FetchedFile> *bytes) const
{
    for (const CachedFile &f : r.files) {
        const QString path = releasePath(f.cachePath);
        QFile file(path);
        const bool opened = file.open(QIODevice::ReadOnly);
        const QByteArray data = opened && file.size() == f.size ? file.readAll() : QByteArray();
        if (!opened || data.size() != f.size || sha256(data) != f.sha256)
            return makeError(QString::fromLatin1(cacheerror::Tampered),
                             opened ? CacheText::tr("The cached file %1 changed since it was verified.").arg(path)
                                    : CacheText::tr("The cached file %1 is gone.").arg(path),
                             CacheText::tr("Device OS %1 for the %2 was removed from the cache and not used. Fetch it "
                                           "again.")
                                 .arg(r.versionName, r.platformName),
                             opened ? QStringLiteral("recorded SHA-256 %1").arg(QString::fromLatin1(f.sha256.toHex()))
                                    : file.errorString());
        if (bytes) {
            const QString name = f.cachePath.section(QLatin1Char('/'), -1);
            *bytes << FetchedFile{name, data, f.sourceUrl, {}};
        }
    }
    return {};
}

Result<QStringList> ReleaseCache::checkedFilePaths(int platformId, const SemVer &version)
{
    const auto r = find(platformId, version);
    if (!r)
        return makeError(QString::fromLatin1(cacheerror::NotCached),
                         CacheText::tr("Device OS %1 for platform %2 is not in the release cache.")
                             .arg(version.toString())
                             .arg(platformId),
                         CacheText::tr("Fetch it first, or import a restore kit that holds it."));
    if (auto ok = checkFiles(*r, nullptr); !ok.ok()) {
        (void)remove(platformId, version);
        return ok.error();
    }
    QStringList paths;
    for (const CachedFile &f : r->files)
        paths << releasePath(f.cachePath);
    return paths;
}

Result<QString> ReleaseCache::openRelease(int platformId, const SemVer &version)
{
    const auto r = find(platformId, version);
    if (!r)
        return makeError(QString::fromLatin1(cacheerror::NotCached),
                         CacheText::tr("Device OS %1 for platform %2 is not in the release cache.")
                             .arg(version.toString())
                             .arg(platformId),
                         CacheText::tr("Fetch it first (it needs the internet), or import a restore kit that holds "
                                       "it."));
    if (auto ok = checkFiles(*r, nullptr); !ok.ok()) {
        (void)remove(platformId, version);
        return ok.error();
    }
    {
        CacheLock lock(m_root);
        if (lock.locked()) {
            auto m = readManifest();
            if (m.ok()) {
                for (CachedRelease &c : m->releases)
                    if (c.key() == r->key())
                        c.lastUsed = QDateTime::currentDateTimeUtc();
                (void)writeManifest(*m); // a failed "last used" stamp only changes eviction order
            }
        }
    }
    // A restore zip opens as the zip; per-module files as their folder.
    if (r->source == ReleaseSourceKind::RestoreZip)
        for (const CachedFile &f : r->files)
            if (f.cachePath.endsWith(QLatin1String(".zip")))
                return releasePath(f.cachePath);
    return releasePath(r->key());
}

Result<FirmwareBundle> ReleaseCache::openBundle(const QList<std::pair<int, SemVer>> &wanted)
{
    QStringList paths;
    for (const auto &[platformId, version] : wanted) {
        auto path = openRelease(platformId, version);
        if (!path.ok())
            return path.error();
        paths << *path;
    }
    return FirmwareBundle::open(paths);
}

QList<CacheProblem> ReleaseCache::verifyAll()
{
    QList<CacheProblem> problems;
    for (const CachedRelease &r : releases()) {
        if (auto ok = checkFiles(r, nullptr); !ok.ok()) {
            problems << CacheProblem{r.key(), ok.error()};
            (void)remove(r.platformId, r.version);
        }
    }
    return problems;
}

Result<void> ReleaseCache::remove(int platformId, const SemVer &version)
{
    CacheLock lock(m_root);
    if (!lock.locked())
        return lock.error();
    auto m = readManifest();
    if (!m.ok())
        return m.error();
    for (qsizetype i = 0; i < m->releases.size(); ++i) {
        if (m->releases[i].platformId == platformId && m->releases[i].version == version) {
            removeFiles(m->releases[i]);
            m->releases.removeAt(i);
            return writeManifest(*m);
        }
    }
    return {};
}

Result<void> ReleaseCache::removeAll(bool includingCatalog)
{
    CacheLock lock(m_root);
    if (!lock.locked())
        return lock.error();
    auto m = readManifest();
    Manifest kept;
    if (m.ok() && !includingCatalog) {
        kept.catalogFiles = m->catalogFiles;
        kept.catalogSource = m->catalogSource;
        kept.catalogFetchedAt = m->catalogFetchedAt;
    }
    QDir(m_root + QStringLiteral("/releases")).removeRecursively();
    if (includingCatalog)
        QDir(catalogFolder(m_root)).removeRecursively();
    return writeManifest(kept);
}

} // namespace dr
