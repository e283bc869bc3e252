#include "catalog/releasefetcher.h"

#include "catalog/downloader.h"
#include "catalog/releaseverifier.h"
#include "catalog/stagingfolder.h"
#include "common/parallelfor.h"
#include "common/threadpriority.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFile>
#include <QThread>
#include <QSet>
#include <QThreadPool>

#include <mutex>

Q_LOGGING_CATEGORY(lcFetch, "dr.fetch")

namespace dr {

namespace {

Error readFailed(const QString &path, const QString &why)
{
    return makeError(QStringLiteral("download.write-failed"),
                     QStringLiteral("The downloaded file %1 cannot be read back (%2).").arg(path, why),
                     QStringLiteral("Check the cache folder's disk."));
}

// Failures that mean "no network" rather than "this file is wrong": the release is then said to be
// unavailable offline.
bool isOfflineError(const Error &e)
{
    return e.code == QLatin1String("download.unreachable") || e.code == QLatin1String("download.timeout")
           || e.code == QLatin1String("download.connection");
}

QString releaseName(const CatalogRelease &r, const ReleaseCatalog *catalog = nullptr)
{
    const CatalogPlatform *p = catalog ? catalog->platform(r.platformId) : nullptr;
    return QStringLiteral("Device OS %1 for the %2").arg(r.versionName, p ? p->title : r.platformName);
}

} // namespace

ReleaseFetcher::ReleaseFetcher(ReleaseCache &cache, ReleaseSources sources, DownloadPolicy policy, QObject *parent)
    : QObject(parent), m_cache(cache), m_sources(std::move(sources))
{
    // Redirects may stay inside the configured hosts even when they are plain http (a LAN mirror,
    // a test server); anything else must be https.
    for (const QUrl &base : {m_sources.docsBase, m_sources.binaryBase, m_sources.githubBase})
        if (!base.isEmpty() && !policy.trustedBases.contains(base))
            policy.trustedBases.append(base);
    m_downloader = new Downloader(policy, this);
    m_probe = std::make_unique<SizeProbe>(policy);
    connect(m_downloader, &Downloader::progressChanged, this, &ReleaseFetcher::progressChanged);
}

ReleaseFetcher::~ReleaseFetcher() = default;

void ReleaseFetcher::cancel()
{
    m_downloader->cancel();
    m_probe->cancel();
}

Result<DownloadSize> ReleaseFetcher::downloadSize(const Platform &platform, const std::optional<SemVer> &from,
                                                  const SemVer &target, const PlanOptions &options)
{
    auto snapshot = catalog(CatalogFetcher::Refresh::Never);
    if (!snapshot.ok())
        return snapshot.error();
    auto wanted = planReleases(*snapshot, platform, from, target, options);
    if (!wanted.ok())
        return wanted.error();
    DownloadSize out;
    QList<DownloadRequest> requests;
    for (const CatalogRelease &r : notCached(*wanted)) {
        out.releases << r.key();
        for (const ReleaseFile &f : r.files)
            requests.append({f.urls, QString(), !f.required});
    }
    auto estimate = m_probe->run(requests);
    if (!estimate.ok())
        return estimate.error();
    out.estimate = *estimate;
    return out;
}

Result<CatalogSnapshot> ReleaseFetcher::catalog(CatalogFetcher::Refresh refresh)
{
    CatalogFetcher fetcher(m_cache, m_sources);
    fetcher.setStageReporter([this](const QString &text) { Q_EMIT stageChanged(text); });
    return fetcher.load(*m_downloader, refresh);
}

QList<CatalogRelease> ReleaseFetcher::notCached(const QList<CatalogRelease> &releases) const
{
    return notCached(releases, m_cache.releases()); // one reading of the manifest
}

QList<CatalogRelease> ReleaseFetcher::notCached(const QList<CatalogRelease> &releases, const QList<CachedRelease> &kept)
{
    QList<CatalogRelease> out;
    QSet<QString> seen;
    for (const CatalogRelease &r : releases) {
        if (seen.contains(r.key()))
            continue;
        seen.insert(r.key());
        if (std::none_of(kept.begin(), kept.end(), [&r](const CachedRelease &c) {
                return c.platformId == r.platformId && c.version == r.version;
            }))
            out << r;
    }
    return out;
}

bool ReleaseFetcher::allCached(const QList<CatalogRelease> &releases) const
{
    return notCached(releases).isEmpty();
}

Result<FetchOutcome> ReleaseFetcher::fetch(const ReleaseCatalog &catalog, const QList<CatalogRelease> &releases)
{
    FetchOutcome out;
    QList<CachedRelease> kept = m_cache.releases(); // one reading of the manifest, kept up to date below
    const QList<CatalogRelease> missing = notCached(releases, kept);

    if (!missing.isEmpty()) {
        // Downloads land in the cache's staging folder (same disk: the cache's rename is atomic), each
        // file under a name of this fetch's own. The folder is kept: creating and removing folders
        // costs milliseconds a time on some disks (ext4 with discard: 2-3 ms an rmdir here), more
        // than verifying a release. What this fetch leaves there goes at its end, whatever happens;
        // what a killed process left is removed by the next fetch once it is a day old. (Keeping
        // the bodies in memory and writing each file once its release passed was tried: it cost
        // more, QTemporaryFile and all, than writing as the bytes come and reading back.)
        auto staging = StagingFolder::open(QDir(m_cache.root()).filePath(QStringLiteral("tmp")), QStringLiteral("fetch"));
        if (!staging.ok())
            return staging.error();
        QList<DownloadRequest> requests;
        QList<std::pair<int, QString>> owner; // request -> (missing index, file name)
        // The files whose checks cost most come first, so that those checks run while the rest
        // downloads and little is left to check when the last byte is in: restore zips
        // (inflating and hashing every module), the newest first (they are the largest), then
        // module files, then sidecars, then optional files that may not be published (a probe
        // that often ends in 404). Measured on the Photon path: 12 ms in release order, 10 so.
        struct Slot
        {
            int release;
            const ReleaseFile *file;
        };
        QList<Slot> order;
        for (int i = int(missing.size()) - 1; i >= 0; --i)
            for (const ReleaseFile &f : missing[i].files)
                order.append({i, &f});
        const auto rank = [](const ReleaseFile &f) {
            if (!f.required)
                return 3;
            switch (f.role) {
            case ReleaseFile::Role::Zip: return 0;
            case ReleaseFile::Role::Module: return 1;
            case ReleaseFile::Role::Sidecar: return 2;
            }
            return 3;
        };
        std::stable_sort(order.begin(), order.end(),
                         [&rank](const Slot &a, const Slot &b) { return rank(*a.file) < rank(*b.file); });
        for (const Slot &slot : std::as_const(order)) {
            const ReleaseFile &f = *slot.file;
            requests.append({f.urls, staging->path(QStringLiteral("%1-%2").arg(slot.release).arg(f.name)), !f.required});
            owner.append({slot.release, f.name});
        }
        QStringList names;
        for (const CatalogRelease &r : std::as_const(missing))
            names << r.key();
        Q_EMIT stageChanged(QStringLiteral("Downloading %1").arg(names.join(QStringLiteral(", "))));

        // Each file is checked on a worker as soon as it is in (a zip's entries side by side when
        // a thread is free), while the others still download: checking hides behind the transfer.
        // The workers run below normal priority, so that they take only what the transfer leaves
        // of the CPU and do not slow the threads that receive the bytes. When the last file of a
        // release is checked, what needs the release whole (the sidecar against the zip's
        // modules, versions) is done and its files are moved into the cache's folders, still
        // unlisted. When all are in and good, the job is listed in the cache at once (one
        // manifest change); otherwise what was moved is removed and nothing of the job is kept.
        QThreadPool worker;
        worker.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        const CheckHelpers helpers{&worker, &lowerThreadPriority};
        const ReleaseVerifier verifier(&catalog);
        struct ReleaseJob
        {
            int requestsLeft = 0; // its files still downloading
            int checksLeft = 0;   // its files in, not checked yet
            std::optional<Result<CachedRelease>> placed;
        };
        std::mutex jobLock; // guards jobs and checked
        QList<ReleaseJob> jobs(missing.size());
        QList<std::optional<Result<CheckedFile>>> checked(requests.size());
        QList<bool> seen(requests.size(), false);
        for (const auto &[i, name] : std::as_const(owner))
            ++jobs[i].requestsLeft;
        QList<QList<DownloadedFile>> arrived(missing.size());
        QElapsedTimer phase;
        phase.start();
        const auto elapsedMs = [&phase] { return QString::number(double(phase.nsecsElapsed()) / 1e6, 'f', 2); };

        // Release i whole, once every file of it is in and checked: the first failure in the
        // release's own file order is the one told.
        const auto finishRelease = [&](int i) {
            lowerThreadPriority();
            const CatalogRelease &release = missing[i];
            QList<CheckedFile> files;
            std::optional<Error> failure;
            {
                const std::lock_guard<std::mutex> g(jobLock);
                for (const ReleaseFile &f : release.files)
                    for (int k = 0; k < owner.size() && !failure; ++k)
                        if (owner[k].first == i && owner[k].second == f.name && checked[k]) {
                            if (checked[k]->ok())
                                files << checked[k]->value();
                            else
                                failure = checked[k]->error();
                        }
            }
            Result<CachedRelease> placed = failure ? Result<CachedRelease>(*failure) : [&]() -> Result<CachedRelease> {
                auto combined = verifier.combine(release, files);
                if (!combined.ok())
                    return combined.error();
                return m_cache.placeVerified(*combined);
            }();
            const std::lock_guard<std::mutex> g(jobLock);
            jobs[i].placed = std::move(placed);
        };
        const auto checkFile = [&](int index, const DownloadedFile &d) {
            lowerThreadPriority();
            const int i = owner[index].first; // (no structured binding: clang 14 cannot capture one)
            const QString name = owner[index].second;
            const auto result = [&]() -> Result<CheckedFile> {
                // Read into memory of its own, which the module parser shares (a mapping would
                // have it copy every module, and cost a page fault per page and an unmap).
                QFile file(d.path);
                if (!file.open(QIODevice::ReadOnly))
                    return readFailed(d.path, file.errorString());
                auto c = verifier.checkFile(missing[i], FetchedFile{name, file.readAll(), d.url, d.path}, helpers);
                if (c.ok())
                    c->file.data = QByteArray(); // it stays in staging, whence the cache moves it
                return c;
            }();
            bool last = false;
            {
                const std::lock_guard<std::mutex> g(jobLock);
                checked[index] = result;
                last = --jobs[i].checksLeft == 0 && jobs[i].requestsLeft == 0;
            }
            if (last)
                finishRelease(i);
        };
        const auto fileDone = connect(m_downloader, &Downloader::fileFinished, this, [&](int index, const DownloadedFile &d) {
            if (index < 0 || index >= owner.size() || seen[index])
                return;
            seen[index] = true;
            const int i = owner[index].first;
            if (!d.missing)
                arrived[i] << d;
            bool last = false;
            {
                const std::lock_guard<std::mutex> g(jobLock);
                --jobs[i].requestsLeft;
                if (!d.missing)
                    ++jobs[i].checksLeft;
                last = jobs[i].requestsLeft == 0 && jobs[i].checksLeft == 0;
            }
            if (!d.missing)
                startOnPool(&worker, [&checkFile, index, d] { checkFile(index, d); });
            else if (last)
                startOnPool(&worker, [&finishRelease, i] { finishRelease(i); });
        });
        auto downloaded = m_downloader->run(requests);
        disconnect(fileDone);
        qCDebug(lcFetch) << "downloaded" << names << "in" << elapsedMs() << "ms";
        worker.waitForDone();
        qCDebug(lcFetch) << "verified and placed after" << elapsedMs() << "ms";

        // The job's releases in order: the first failure is the one told, and what was placed goes.
        std::optional<Error> failure;
        if (!downloaded.ok())
            failure = downloaded.error();
        QList<CachedRelease> placed;
        for (int i = 0; i < missing.size(); ++i) {
            if (jobs[i].placed && jobs[i].placed->ok())
                placed << jobs[i].placed->value();
            else if (!failure)
                failure = jobs[i].placed ? jobs[i].placed->error()
                                         : makeError(QStringLiteral("release.missing-file"),
                                                     QStringLiteral("%1 did not arrive whole.").arg(releaseName(missing[i], &catalog)),
                                                     QStringLiteral("Nothing was kept. Try again."));
        }
        if (failure) {
            m_cache.discardPlaced(placed);
            return *failure; // nothing of the job is kept
        }
        auto stored = m_cache.listPlaced(placed);
        qCDebug(lcFetch) << "stored, all done after" << elapsedMs() << "ms";
        if (!stored.ok())
            return stored.error();
        for (int i = 0; i < missing.size(); ++i) {
            out.downloaded << missing[i].key();
            out.evicted << (*stored)[i].evicted;
            for (const DownloadedFile &d : std::as_const(arrived[i]))
                out.downloadedBytes += d.bytes;
            kept << (*stored)[i].release;
        }
        kept.removeIf([&out](const CachedRelease &c) { return out.evicted.contains(c.key()); });
    }
    for (const CatalogRelease &r : releases)
        for (const CachedRelease &c : kept)
            if (c.platformId == r.platformId && c.version == r.version) {
                out.releases << c;
                break;
            }
    return out;
}

Result<QList<CatalogRelease>> ReleaseFetcher::planReleases(const CatalogSnapshot &snapshot, const Platform &platform,
                                                           const std::optional<SemVer> &from, const SemVer &target,
                                                           const PlanOptions &options) const
{
    return snapshot.catalog.releasesForPlan(platform, from, target, options, m_sources);
}

Result<PlanReleases> ReleaseFetcher::releasesForPlan(const Platform &platform, const std::optional<SemVer> &from,
                                                     const SemVer &target, const PlanOptions &options)
{
    // The kept catalog first: when it lists the releases and all are cached, no request at all.
    auto snapshot = catalog(CatalogFetcher::Refresh::Never);
    std::optional<Result<QList<CatalogRelease>>> wanted;
    if (snapshot.ok())
        wanted = planReleases(*snapshot, platform, from, target, options);
    if (!snapshot.ok() || !wanted->ok() || !allCached(**wanted)) {
        // Something is missing: a fresh catalog when the kept one is old or lacks the release.
        const auto refresh = snapshot.ok() && wanted->ok() ? CatalogFetcher::Refresh::IfStale
                                                           : CatalogFetcher::Refresh::Always;
        auto fresh = catalog(refresh);
        if (!fresh.ok())
            return fresh.error();
        snapshot = std::move(fresh);
        wanted = planReleases(*snapshot, platform, from, target, options);
    }
    if (!wanted->ok()) {
        Error e = wanted->error();
        if (snapshot->offline())
            e.detail = snapshot->describe() + (e.detail.isEmpty() ? QString() : QStringLiteral("\n") + e.detail);
        return e;
    }
    auto fetched = fetch(snapshot->catalog, **wanted);
    if (!fetched.ok()) {
        Error e = fetched.error();
        // Which release could not be had, and whether that is because we are offline.
        QString which;
        for (const CatalogRelease &r : std::as_const(**wanted))
            if (!m_cache.contains(r.platformId, r.version))
                which += (which.isEmpty() ? QString() : QStringLiteral(", ")) + releaseName(r, &snapshot->catalog);
        if (isOfflineError(e)) {
            e.code = QStringLiteral("release.unavailable-offline");
            e.message = QStringLiteral("%1 is not in the cache and cannot be downloaded: %2").arg(which, e.message);
            e.remedy = QStringLiteral("Connect to the network and try again, import a restore kit that holds it "
                                      "(device-restore kit import FILE), or give your own binaries with --bundle.");
        } else if (!which.isEmpty() && !e.message.contains(which)) {
            e.message = QStringLiteral("%1 cannot be fetched: %2").arg(which, e.message);
        }
        if (snapshot->offline())
            e.detail = snapshot->describe() + QStringLiteral("\n") + e.detail;
        return e;
    }
    QList<std::pair<int, SemVer>> keys;
    for (const CatalogRelease &r : std::as_const(**wanted))
        keys.append({r.platformId, r.version});
    auto bundle = m_cache.openBundle(keys);
    if (!bundle.ok() && bundle.error().code == QLatin1String(cacheerror::Tampered)) {
        // A cached file changed since it was verified (a power cut while it was being written, a
        // disk error, someone's hand): the cache has dropped that release; fetch it once more.
        qCWarning(lcFetch) << bundle.error().message << "- fetching it again";
        fetched = fetch(snapshot->catalog, **wanted);
        if (!fetched.ok())
            return bundle.error();
        bundle = m_cache.openBundle(keys);
    }
    if (!bundle.ok())
        return bundle.error();
    return PlanReleases{std::move(*bundle), **wanted, *fetched, *snapshot};
}

} // namespace dr
