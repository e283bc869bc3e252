// Device OS releases for the wizard, off the GUI thread: the release catalog (kept copy, refreshed
// from the network when stale), which releases the verified cache holds, downloading the releases a
// plan needs (with progress and cancel), and emptying the cache. One worker thread owns the cache and
// the ReleaseFetcher (the cache is not thread-safe); every answer comes back as a signal on the
// service's thread. Calls are queued: a new one runs after the one under way.
#pragma once

#include "catalog/download.h"
#include "catalog/releasecache.h"
#include "catalog/releasefetcher.h"
#include "common/result.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace dr {

// What the version page shows: the catalog and what the cache holds now.
struct ReleaseListing
{
    CatalogSnapshot snapshot;
    QList<CachedRelease> cached;
    qint64 cacheBytes = 0;

    const CachedRelease *cachedRelease(int platformId, const SemVer &version) const;
};

class ReleaseService : public QObject
{
    Q_OBJECT

public:
    // `cacheRoot` empty: ReleaseCache::defaultRoot().
    ReleaseService(const QString &cacheRoot, ReleaseSources sources, DownloadPolicy policy = {},
                   QObject *parent = nullptr);
    ~ReleaseService() override;

    const ReleaseSources &sources() const { return m_sources; }
    // Releases come from `sources` from now on (the settings' catalog address changed): the next
    // loadCatalog() fetches the catalog from there. Queued after the call under way.
    void setSources(const ReleaseSources &sources);
    QString cacheRoot() const { return m_cacheRoot; }

    // The catalog (the kept copy; the network when it is missing or older than a day, or when
    // `refresh`) and the cache's releases: catalogLoaded, or catalogFailed when there is no kept
    // copy and the network cannot give one.
    void loadCatalog(bool refresh = false);
    // The releases a plan from `from` to `target` needs, downloading the ones the cache lacks:
    // prepared (with the cache's releases afterwards), or prepareFailed (nothing of it kept).
    void prepare(const Platform &platform, const std::optional<SemVer> &from, const SemVer &target,
                 const PlanOptions &options);
    // How much preparing that plan would download (the releases not in the cache, their size as
    // the servers announce it), without downloading: sizeEstimated or sizeFailed with `key`. Only
    // the newest request is answered (a person moving through the list asks for each version in
    // turn); prepare() stops one under way.
    void estimate(const QString &key, const Platform &platform, const std::optional<SemVer> &from,
                  const SemVer &target, const PlanOptions &options);
    // Any thread: stops the download under way (prepare then fails with download.cancelled).
    void cancel();
    // Removes every downloaded release (the catalog stays): removed with the bytes freed.
    void removeDownloaded();
    bool busy() const { return m_pending > 0; }

Q_SIGNALS:
    void catalogLoaded(std::shared_ptr<const dr::ReleaseListing> listing);
    void catalogFailed(const dr::Error &error);
    void stageChanged(const QString &text);
    void progressChanged(const dr::DownloadProgress &progress);
    void prepared(std::shared_ptr<const dr::PlanReleases> releases, std::shared_ptr<const dr::ReleaseListing> listing);
    void prepareFailed(const dr::Error &error);
    void sizeEstimated(const QString &key, const dr::DownloadSize &size);
    void sizeFailed(const QString &key, const dr::Error &error);
    void removed(qint64 freedBytes, std::shared_ptr<const dr::ReleaseListing> listing);
    void removeFailed(const dr::Error &error);

private:
    template <typename Work>
    void run(Work work); // `work` on the worker thread
    std::shared_ptr<ReleaseListing> listing(const CatalogSnapshot &snapshot) const; // worker thread
    void makeFetcher(const ReleaseSources &sources);                                // worker thread

    QString m_cacheRoot;
    ReleaseSources m_sources;
    DownloadPolicy m_policy;
    QThread *m_thread;
    QObject *m_context;                // lives on m_thread
    std::unique_ptr<ReleaseCache> m_cache;      // used on m_thread only
    std::unique_ptr<ReleaseFetcher> m_fetcher;  // made and used on m_thread; cancel() from any
    std::vector<std::unique_ptr<ReleaseFetcher>> m_retired; // replaced by setSources (m_thread)
    std::atomic<ReleaseFetcher *> m_cancelTarget{nullptr};
    std::atomic_bool m_closing{false}; // the service is going: calls not started yet do nothing
    std::atomic_int m_working{0};      // a call is running on the worker
    std::atomic_int m_estimateWanted{0}; // the newest estimate asked for (older ones are skipped)
    std::optional<CatalogSnapshot> m_snapshot; // worker thread: the last catalog loaded
    int m_pending = 0;                         // service thread
};

} // namespace dr

Q_DECLARE_METATYPE(dr::DownloadSize)
