#include "catalog/releasefetcher.h"

#include "catalog/downloader.h"
#include "catalog/releaseverifier.h"
#include "catalog/stagingfolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFile>
#include <QThread>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcFetch, "dr.fetch")

namespace dr {

namespace {

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("download.write-failed"),
                         QStringLiteral("The downloaded file %1 cannot be read back (%2).").arg(path, f.errorString()),
                         QStringLiteral("Check the cache folder's disk."));
    return f.readAll();
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
    const QList<CachedRelease> kept = m_cache.releases(); // one reading of the manifest
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
    const QList<CatalogRelease> missing = notCached(releases);

    if (!missing.isEmpty()) {
        // Downloads land in the cache's staging folder (same disk: the cache's rename is atomic), each
        // file under a name of this fetch's own. The folder is kept: creating and removing folders
        // costs milliseconds a time on some disks (ext4 with discard: 2-3 ms an rmdir here), more
        // than verifying a release. What this fetch leaves there goes at its end, whatever happens;
        // what a killed process left is removed by the next fetch once it is a day old.
        auto staging = StagingFolder::open(QDir(m_cache.root()).filePath(QStringLiteral("tmp")), QStringLiteral("fetch"));
        if (!staging.ok())
            return staging.error();
        QList<DownloadRequest> requests;
        QList<std::pair<int, QString>> owner; // request -> (missing index, file name)
        QList<int> pendingFiles;               // per release: files not finished yet
        for (int i = 0; i < missing.size(); ++i) {
            const CatalogRelease &r = missing[i];
            pendingFiles << int(r.files.size());
            for (const ReleaseFile &f : r.files) {
                requests.append({f.urls, staging->path(QStringLiteral("%1-%2").arg(i).arg(f.name)), !f.required});
                owner.append({i, f.name});
            }
        }
        QStringList names;
        for (const CatalogRelease &r : std::as_const(missing))
            names << r.key();
        Q_EMIT stageChanged(QStringLiteral("Downloading %1").arg(names.join(QStringLiteral(", "))));

        // Each release is verified on a worker as soon as its files are in, while the others
        // still download: checking hides behind the transfer. Releases are checked side by side
        // (inflating and hashing them is most of the cost when the link is fast); when all are
        // in and good, the job is stored in the cache at once (one manifest change), or none of it.
        QThreadPool worker;
        worker.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        QList<QFuture<Result<VerifiedRelease>>> checks(missing.size());
        QList<QList<DownloadedFile>> arrived(missing.size());
        const ReleaseVerifier verifier(&catalog);
        QElapsedTimer phase;
        phase.start();
        const auto fileDone = connect(m_downloader, &Downloader::fileFinished, this, [&](int index, const DownloadedFile &d) {
            const int i = owner.value(index).first;
            if (index < 0 || index >= owner.size() || checks[i].isValid())
                return;
            if (!d.missing)
                arrived[i] << d;
            if (--pendingFiles[i] > 0)
                return;
            QList<std::pair<QString, DownloadedFile>> files;
            for (const DownloadedFile &f : std::as_const(arrived[i]))
                for (int k = 0; k < requests.size(); ++k)
                    if (requests[k].destination == f.path)
                        files.append({owner[k].second, f});
            const CatalogRelease release = missing[i];
            checks[i] = QtConcurrent::run(&worker, [&verifier, release, files]() -> Result<VerifiedRelease> {
                QList<FetchedFile> fetched;
                for (const auto &[name, d] : files) {
                    auto data = readAll(d.path);
                    if (!data.ok())
                        return data.error();
                    fetched.append(FetchedFile{name, *data, d.url, d.path});
                }
                return verifier.verify(release, fetched);
            });
        });
        auto downloaded = m_downloader->run(requests);
        disconnect(fileDone);
        qCDebug(lcFetch) << "downloaded" << names << "in" << phase.elapsed() << "ms";
        worker.waitForDone();
        qCDebug(lcFetch) << "verified, all done after" << phase.elapsed() << "ms";

        std::optional<Error> failure;
        if (!downloaded.ok())
            failure = downloaded.error();
        for (int i = 0; i < missing.size() && !failure; ++i) {
            if (!checks[i].isValid())
                failure = makeError(QStringLiteral("release.missing-file"),
                                    QStringLiteral("%1 did not arrive whole.").arg(releaseName(missing[i], &catalog)),
                                    QStringLiteral("Nothing was kept. Try again."));
            else if (!checks[i].result().ok())
                failure = checks[i].result().error();
        }
        if (failure)
            return *failure; // nothing of the job is kept
        QList<VerifiedRelease> verified;
        for (int i = 0; i < missing.size(); ++i)
            verified << *checks[i].result();
        auto stored = m_cache.addVerified(verified);
        qCDebug(lcFetch) << "stored, all done after" << phase.elapsed() << "ms";
        if (!stored.ok())
            return stored.error();
        for (int i = 0; i < missing.size(); ++i) {
            out.downloaded << missing[i].key();
            out.evicted << (*stored)[i].evicted;
            for (const DownloadedFile &d : std::as_const(arrived[i]))
                out.downloadedBytes += d.bytes;
        }
    }
    const QList<CachedRelease> kept = m_cache.releases(); // one reading of the manifest
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
