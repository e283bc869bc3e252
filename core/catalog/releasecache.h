// The verified release cache: releases kept only after ReleaseVerifier passed them, each file
// written to a temporary file and renamed into place (QSaveFile), a manifest of every file's
// SHA-256, size and source URL, re-checked when a release is opened (a file that changed is
// detected, its release dropped and reported), a size limit with least-recently-used eviction,
// and the last fetched catalog with its fetch date, so the app works offline.
//
// Layout below the root (QStandardPaths::CacheLocation/releases, or DEVICE_RESTORE_CACHE, or the
// constructor's argument):
//   manifest.json                   format, releases (files, sums, sizes, URLs, dates), catalog
//   catalog/{deviceRestore,deviceOsVersions,versionInfo}.json
//   releases/{version}/{platform}/{platform}.zip + .json, or the per-module .bin files
// Every cached release folder opens as a FirmwareBundle (a zip, or a folder of .bin files).
//
// For the downloader: fetch the files of ReleaseCatalog::release() (or releasesForPlan()), then
// addRelease(catalog, release, files): it verifies, stores and evicts. storeCatalog() after a
// catalog fetch. Not thread-safe within one process: use one ReleaseCache per thread or guard it;
// several processes are kept apart by a lock file.
#pragma once

#include "catalog/releasecatalog.h"
#include "catalog/releaseverifier.h"
#include "common/result.h"
#include "restore/firmwarebundle.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace dr {

namespace cacheerror {
inline constexpr char WriteFailed[] = "cache.write-failed"; // a file or the manifest could not be written
inline constexpr char Tampered[] = "cache.tampered";        // a kept file no longer has its recorded SHA-256
inline constexpr char NotCached[] = "cache.not-cached";     // the release is not in the cache
inline constexpr char NoCatalog[] = "cache.no-catalog";     // no catalog was ever kept
inline constexpr char BadManifest[] = "cache.bad-manifest"; // the manifest is unreadable
inline constexpr char Locked[] = "cache.locked";            // another process holds the cache
} // namespace cacheerror

struct CachedFile
{
    QString cachePath; // below releases/: "2.2.0/boron/boron.zip"
    QByteArray sha256; // 32 bytes
    qint64 size = 0;
    QUrl sourceUrl;
};

struct CachedRelease
{
    QString versionName; // "2.2.0"
    SemVer version;
    QString platformName; // catalog name, "boron"
    int platformId = -1;
    ReleaseSourceKind source = ReleaseSourceKind::RestoreZip;
    QList<CachedFile> files;
    QDateTime addedAt;
    QDateTime lastUsed;

    QString key() const { return versionName + QLatin1Char('/') + platformName; }
    qint64 size() const;
};

struct CacheAddition
{
    CachedRelease release;
    QStringList evicted; // keys of the releases removed to stay within the size limit
};

struct CacheProblem
{
    QString key; // the release dropped
    Error error;
};

class ReleaseCache
{
public:
    static constexpr qint64 kDefaultSizeLimit = 2LL * 1024 * 1024 * 1024;

    // `root` empty: defaultRoot().
    explicit ReleaseCache(const QString &root = QString());
    // DEVICE_RESTORE_CACHE when set, else QStandardPaths::CacheLocation + "/releases".
    static QString defaultRoot();
    QString root() const { return m_root; }

    qint64 sizeLimit() const { return m_sizeLimit; }
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }

    // --- the catalog ---
    // Parses the three files (a broken catalog is never kept), then keeps them with the date.
    Result<void> storeCatalog(const QByteArray &deviceRestore, const QByteArray &deviceOsVersions,
                              const QByteArray &versionInfo, const QUrl &source,
                              const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    // The kept catalog, its provenance saying it came from the cache and when it was fetched.
    // Files that changed since they were kept are reported (cache.tampered) and the catalog dropped.
    Result<ReleaseCatalog> openCatalog() const;
    // The kept catalog files themselves (checked the same way), with its source and fetch date in
    // `provenance` (restore kits carry them).
    Result<QList<FetchedFile>> readCatalogFiles(CatalogProvenance *provenance = nullptr) const;

    // --- releases ---
    // Verifies `files` as `release` of `catalog` (ReleaseVerifier), then writes them (temporary
    // file + rename each), then the manifest; evicts least recently used releases beyond the size
    // limit (never the one added). On any failure nothing of the release is kept.
    Result<CacheAddition> addRelease(const ReleaseCatalog &catalog, const CatalogRelease &release,
                                     const QList<FetchedFile> &files);
    // Stores releases that were verified already (their VerifiedFile::data), all or none, with one
    // manifest change; evicts least recently used releases beyond the size limit, never one of
    // these. A fetch and a restore kit import each store their whole job at once.
    Result<QList<CacheAddition>> addVerified(const QList<VerifiedRelease> &verified);
    Result<CacheAddition> addVerified(const VerifiedRelease &verified);
    // addVerified() in two steps, for a fetch that moves each release into place as soon as it is
    // verified while others are still checked: placeVerified() puts a release's files where the
    // cache keeps them (on failure none of them), any thread, but does not list it: until
    // listPlaced() writes the manifest, the files are not part of the cache (nothing reads them).
    // discardPlaced() removes them when the job fails; listPlaced() does when it fails itself.
    Result<CachedRelease> placeVerified(const VerifiedRelease &verified) const;
    Result<QList<CacheAddition>> listPlaced(const QList<CachedRelease> &placed);
    void discardPlaced(const QList<CachedRelease> &placed) const;

    QList<CachedRelease> releases() const; // as the manifest lists them, newest use first
    std::optional<CachedRelease> find(int platformId, const SemVer &version) const;
    bool contains(int platformId, const SemVer &version) const { return find(platformId, version).has_value(); }
    qint64 totalSize() const;

    // The folder of a cached release, after checking every file's SHA-256 against the manifest;
    // a missing or changed file drops the release (cache.tampered, naming the file). Marks it used.
    Result<QString> openRelease(int platformId, const SemVer &version);
    // The paths of a cached release's files, in the manifest's order, after checking each the same
    // way (restore kit export hands them to the zip writer instead of holding them in memory).
    Result<QStringList> checkedFilePaths(int platformId, const SemVer &version);
    // Several releases as one bundle for the planner (each checked as openRelease does).
    Result<FirmwareBundle> openBundle(const QList<std::pair<int, SemVer>> &releases);

    // Checks every cached release; drops and returns the ones whose files changed.
    QList<CacheProblem> verifyAll();
    // Removes every release ("Remove downloaded releases"); the catalog too when asked.
    Result<void> removeAll(bool includingCatalog = false);
    Result<void> remove(int platformId, const SemVer &version);

private:
    struct Manifest
    {
        QList<CachedRelease> releases;
        QList<CachedFile> catalogFiles; // cachePath = file name below catalog/
        QUrl catalogSource;
        QDateTime catalogFetchedAt;
    };
    Result<Manifest> readManifest() const;
    Result<void> writeManifest(const Manifest &m) const;
    Result<void> checkFiles(const CachedRelease &r, QList<FetchedFile> *bytes) const;
    QString releasePath(const QString &cachePath) const;
    // Its files, then its folder: all of it (a listed release), or only when nothing else is in
    // it (a release placed but not listed); its version's folder when empty.
    enum class FolderRemoval { Whole, IfEmpty };
    void removeFiles(const CachedRelease &r, FolderRemoval folder = FolderRemoval::Whole) const;

    QString m_root;
    qint64 m_sizeLimit = kDefaultSizeLimit;
};

} // namespace dr
