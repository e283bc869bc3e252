// Gets the Device OS releases a restore needs into the verified cache: the ones the cache lacks
// are downloaded in one job (restore zip + sidecar, or per-module files from the binary host with
// GitHub as the fallback), every release is verified (ReleaseVerifier) before any of them is kept,
// then stored (ReleaseCache::addVerified). Anything failing ends in one error naming the URL, the
// check and what to do, with nothing of the job kept. Releases already cached cost no request.
// Also resolves a plan's releases (cache first, then the network) into one bundle for the planner.
// Blocking calls with progress as signals: run it on a worker thread from a GUI; cancel() from any.
#pragma once

#include "catalog/catalogfetcher.h"
#include "catalog/download.h"
#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"
#include "catalog/sizeprobe.h"
#include "common/result.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreplanner.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace dr {

class Downloader;

struct FetchOutcome
{
    QList<CachedRelease> releases; // every release asked for, as the cache holds it now
    QStringList downloaded;        // keys of the releases downloaded now ("2.2.0/boron")
    qint64 downloadedBytes = 0;
    QStringList evicted;           // releases the cache let go of to stay within its size limit
};

// A plan's releases, ready for the planner.
struct PlanReleases
{
    FirmwareBundle bundle;
    QList<CatalogRelease> releases; // the stops and the target, in plan order
    FetchOutcome fetched;
    CatalogSnapshot catalog;        // where the release list came from, and when
};

// What a plan still has to download, before it is downloaded.
struct DownloadSize
{
    QStringList releases; // keys ("2.2.0/boron") of the releases not in the cache
    SizeEstimate estimate;
};

class ReleaseFetcher : public QObject
{
    Q_OBJECT

public:
    ReleaseFetcher(ReleaseCache &cache, ReleaseSources sources, DownloadPolicy policy = {},
                   QObject *parent = nullptr);
    ~ReleaseFetcher() override;

    const ReleaseSources &sources() const { return m_sources; }

    // The catalog: the kept copy, refreshed from the network as `refresh` says.
    Result<CatalogSnapshot> catalog(CatalogFetcher::Refresh refresh = CatalogFetcher::Refresh::IfStale);

    // Makes sure every one of `releases` is in the cache (downloading and verifying the others).
    Result<FetchOutcome> fetch(const ReleaseCatalog &catalog, const QList<CatalogRelease> &releases);

    // The releases a plan from `from` to `target` needs (the target and the stops its stages go
    // through), from the cache, downloading what is missing, as one bundle. With every release
    // cached, not one request is made. When one cannot be had the error says so plainly (not in
    // the cache and the network cannot be reached: offline since when).
    Result<PlanReleases> releasesForPlan(const Platform &platform, const std::optional<SemVer> &from,
                                         const SemVer &target, const PlanOptions &options);

    // What releasesForPlan would download, without downloading it: the releases not in the cache
    // and their size as the servers announce it (SizeProbe). Uses the kept catalog only; none
    // kept, or offline, is an error. Nothing cached to fetch: zero files, no request.
    Result<DownloadSize> downloadSize(const Platform &platform, const std::optional<SemVer> &from,
                                      const SemVer &target, const PlanOptions &options);

    // Any thread: stops the download under way (the call then fails with download.cancelled).
    void cancel();
    // Any thread: stops a downloadSize() under way (it then fails with download.cancelled).
    void cancelEstimate() { m_probe->cancel(); }

Q_SIGNALS:
    void progressChanged(const dr::DownloadProgress &progress);
    void stageChanged(const QString &text); // "Downloading 2 releases", "Checking 2.2.0/boron", ...

private:
    Result<QList<CatalogRelease>> planReleases(const CatalogSnapshot &snapshot, const Platform &platform,
                                               const std::optional<SemVer> &from, const SemVer &target,
                                               const PlanOptions &options) const;
    bool allCached(const QList<CatalogRelease> &releases) const;
    // `releases` the cache lacks, each once, in their order.
    QList<CatalogRelease> notCached(const QList<CatalogRelease> &releases) const;
    // The same against `kept`, the cache's releases as read before.
    static QList<CatalogRelease> notCached(const QList<CatalogRelease> &releases, const QList<CachedRelease> &kept);

    ReleaseCache &m_cache;
    ReleaseSources m_sources;
    Downloader *m_downloader;
    std::unique_ptr<SizeProbe> m_probe;
};

} // namespace dr
