#include "restore/releaseservice.h"

#include "common/blockingcall.h"

#include <QThread>

namespace dr {

const CachedRelease *ReleaseListing::cachedRelease(int platformId, const SemVer &version) const
{
    for (const CachedRelease &r : cached)
        if (r.platformId == platformId && r.version == version)
            return &r;
    return nullptr;
}

ReleaseService::ReleaseService(const QString &cacheRoot, ReleaseSources sources, DownloadPolicy policy, QObject *parent)
    : QObject(parent), m_cacheRoot(cacheRoot.isEmpty() ? ReleaseCache::defaultRoot() : cacheRoot),
      m_sources(std::move(sources)), m_policy(std::move(policy)), m_thread(new QThread), m_context(new QObject)
{
    qRegisterMetaType<dr::Error>();
    qRegisterMetaType<dr::DownloadProgress>();
    qRegisterMetaType<std::shared_ptr<const dr::ReleaseListing>>();
    qRegisterMetaType<std::shared_ptr<const dr::PlanReleases>>();
    qRegisterMetaType<dr::DownloadSize>();
    m_thread->setObjectName(QStringLiteral("releases"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    run([this, sources = m_sources] {
        m_cache = std::make_unique<ReleaseCache>(m_cacheRoot);
        makeFetcher(sources);
    });
}

void ReleaseService::makeFetcher(const ReleaseSources &sources)
{
    m_cancelTarget = nullptr;
    // A fetcher replaced is kept until the service ends: cancel() may hold a pointer to it on the
    // GUI thread at this very moment. (One per change of the catalog address; a few KB.)
    if (m_fetcher)
        m_retired.push_back(std::move(m_fetcher));
    m_fetcher = std::make_unique<ReleaseFetcher>(*m_cache, sources, m_policy);
    // Progress is sent as it comes (queued to the service's thread).
    connect(m_fetcher.get(), &ReleaseFetcher::progressChanged, this, &ReleaseService::progressChanged);
    connect(m_fetcher.get(), &ReleaseFetcher::stageChanged, this, &ReleaseService::stageChanged);
    m_cancelTarget = m_fetcher.get();
}

void ReleaseService::setSources(const ReleaseSources &sources)
{
    m_sources = sources;
    run([this, sources] {
        makeFetcher(sources);
        m_snapshot.reset();
    });
}

ReleaseService::~ReleaseService()
{
    // Calls not started yet do nothing; the one under way is stopped. Its fetch may be waiting in
    // an event loop of its own, where a queued call would run in the middle of it: so wait here
    // until it has returned, asking again in case it began after the first cancel.
    m_closing = true;
    while (m_working.load() > 0) {
        cancel();
        QThread::msleep(5);
    }
    // The fetcher and cache go on the thread that used them, then the thread ends.
    blockingCall(m_context, [this] {
        m_cancelTarget = nullptr;
        m_fetcher.reset();
        m_retired.clear();
        m_cache.reset();
    });
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

template <typename Work>
void ReleaseService::run(Work work)
{
    ++m_pending;
    QMetaObject::invokeMethod(m_context, [this, work = std::move(work)]() mutable {
        if (m_closing)
            return;
        ++m_working;
        work();
        --m_working;
        QMetaObject::invokeMethod(this, [this] { --m_pending; }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

std::shared_ptr<ReleaseListing> ReleaseService::listing(const CatalogSnapshot &snapshot) const
{
    auto l = std::make_shared<ReleaseListing>();
    l->snapshot = snapshot;
    l->cached = m_cache->releases();
    l->cacheBytes = m_cache->totalSize();
    return l;
}

void ReleaseService::loadCatalog(bool refresh)
{
    run([this, refresh] {
        auto snapshot = m_fetcher->catalog(refresh ? CatalogFetcher::Refresh::Always : CatalogFetcher::Refresh::IfStale);
        if (!snapshot.ok()) {
            Q_EMIT catalogFailed(snapshot.error());
            return;
        }
        m_snapshot = *snapshot;
        Q_EMIT catalogLoaded(listing(*snapshot));
    });
}

void ReleaseService::prepare(const Platform &platform, const std::optional<SemVer> &from, const SemVer &target,
                             const PlanOptions &options)
{
    const Platform *p = &platform; // PlatformDatabase entries live as long as the program
    ++m_estimateWanted; // an estimate still queued is not wanted any more, one under way stops
    if (ReleaseFetcher *f = m_cancelTarget.load())
        f->cancelEstimate();
    run([this, p, from, target, options] {
        auto releases = m_fetcher->releasesForPlan(*p, from, target, options);
        if (!releases.ok()) {
            Q_EMIT prepareFailed(releases.error());
            return;
        }
        m_snapshot = releases->catalog;
        auto shared = std::make_shared<const PlanReleases>(std::move(*releases));
        Q_EMIT prepared(shared, listing(shared->catalog));
    });
}

void ReleaseService::estimate(const QString &key, const Platform &platform, const std::optional<SemVer> &from,
                              const SemVer &target, const PlanOptions &options)
{
    const int wanted = ++m_estimateWanted;
    const Platform *p = &platform;
    // Not counted in busy(): a size is a hint, and the settings may still empty the cache.
    QMetaObject::invokeMethod(m_context, [this, wanted, key, p, from, target, options] {
        if (m_closing || wanted != m_estimateWanted.load())
            return; // a newer one is queued
        ++m_working;
        auto size = m_fetcher->downloadSize(*p, from, target, options);
        --m_working;
        if (wanted != m_estimateWanted.load())
            return;
        if (size.ok())
            Q_EMIT sizeEstimated(key, *size);
        else
            Q_EMIT sizeFailed(key, size.error());
    }, Qt::QueuedConnection);
}

void ReleaseService::cancel()
{
    if (ReleaseFetcher *f = m_cancelTarget.load())
        f->cancel();
}

void ReleaseService::removeDownloaded()
{
    run([this] {
        const qint64 before = m_cache->totalSize();
        auto done = m_cache->removeAll(false);
        if (!done.ok()) {
            Q_EMIT removeFailed(done.error());
            return;
        }
        std::shared_ptr<ReleaseListing> l;
        if (m_snapshot)
            l = listing(*m_snapshot);
        Q_EMIT removed(before - m_cache->totalSize(), l);
    });
}

} // namespace dr
