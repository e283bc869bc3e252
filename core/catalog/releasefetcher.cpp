#include "catalog/releasefetcher.h"

#include "catalog/downloader.h"
#include "catalog/releaseverifier.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

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
    connect(m_downloader, &Downloader::progressChanged, this, &ReleaseFetcher::progressChanged);
}

ReleaseFetcher::~ReleaseFetcher() = default;

void ReleaseFetcher::cancel()
{
    m_downloader->cancel();
}

Result<CatalogSnapshot> ReleaseFetcher::catalog(CatalogFetcher::Refresh refresh)
{
    CatalogFetcher fetcher(m_cache, m_sources);
    fetcher.setStageReporter([this](const QString &text) { Q_EMIT stageChanged(text); });
    return fetcher.load(*m_downloader, refresh);
}

bool ReleaseFetcher::allCached(const QList<CatalogRelease> &releases) const
{
    return std::all_of(releases.begin(), releases.end(),
                       [this](const CatalogRelease &r) { return m_cache.contains(r.platformId, r.version); });
}

Result<FetchOutcome> ReleaseFetcher::fetch(const ReleaseCatalog &catalog, const QList<CatalogRelease> &releases)
{
    FetchOutcome out;
    QList<CatalogRelease> missing;
    QSet<QString> seen;
    for (const CatalogRelease &r : releases) {
        if (seen.contains(r.key()))
            continue;
        seen.insert(r.key());
        if (!m_cache.contains(r.platformId, r.version))
            missing << r;
    }

    if (!missing.isEmpty()) {
        // Downloads land in a temporary folder inside the cache (same disk: the cache's rename is
        // atomic); it goes away with everything in it, whatever happens.
        const QString tmpRoot = QDir(m_cache.root()).filePath(QStringLiteral("tmp"));
        QDir().mkpath(tmpRoot);
        QTemporaryDir tmp(QDir(tmpRoot).filePath(QStringLiteral("fetch-XXXXXX")));
        if (!tmp.isValid())
            return makeError(QStringLiteral("download.write-failed"),
                             QStringLiteral("No temporary folder can be made in %1.").arg(tmpRoot),
                             QStringLiteral("Check the permissions of the cache folder and the free space."));
        QList<DownloadRequest> requests;
        QList<std::pair<int, QString>> owner; // request -> (missing index, file name)
        for (int i = 0; i < missing.size(); ++i) {
            const CatalogRelease &r = missing[i];
            const QString folder = tmp.filePath(QString::number(i));
            QDir().mkpath(folder);
            for (const ReleaseFile &f : r.files) {
                requests.append({f.urls, QDir(folder).filePath(f.name), !f.required});
                owner.append({i, f.name});
            }
        }
        QStringList names;
        for (const CatalogRelease &r : std::as_const(missing))
            names << r.key();
        Q_EMIT stageChanged(QStringLiteral("Downloading %1").arg(names.join(QStringLiteral(", "))));
        auto downloaded = m_downloader->run(requests);
        if (!downloaded.ok())
            return downloaded.error();

        // Every release checked before any is kept.
        QList<std::pair<VerifiedRelease, QList<FetchedFile>>> verified;
        const ReleaseVerifier verifier(&catalog);
        for (int i = 0; i < missing.size(); ++i) {
            Q_EMIT stageChanged(QStringLiteral("Checking %1").arg(missing[i].key()));
            QList<FetchedFile> files;
            for (int k = 0; k < requests.size(); ++k) {
                const DownloadedFile &d = downloaded->at(k);
                if (owner[k].first != i || d.missing)
                    continue;
                auto data = readAll(d.path);
                if (!data.ok())
                    return data.error();
                out.downloadedBytes += data->size();
                files.append(FetchedFile{owner[k].second, *data, d.url});
            }
            auto v = verifier.verify(missing[i], files);
            if (!v.ok())
                return v.error();
            verified.append({*v, files});
        }
        QList<const CatalogRelease *> stored;
        for (int i = 0; i < verified.size(); ++i) {
            auto added = m_cache.addVerified(verified[i].first, verified[i].second);
            if (!added.ok()) {
                for (const CatalogRelease *r : std::as_const(stored)) // nothing of the job is kept
                    (void)m_cache.remove(r->platformId, r->version);
                return added.error();
            }
            stored << &missing[i];
            out.downloaded << missing[i].key();
            out.evicted << added->evicted;
        }
    }
    for (const CatalogRelease &r : releases)
        if (auto c = m_cache.find(r.platformId, r.version))
            out.releases << *c;
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
    if (!bundle.ok())
        return bundle.error();
    return PlanReleases{std::move(*bundle), **wanted, *fetched, *snapshot};
}

} // namespace dr
