#include "catalog/catalogfetcher.h"

#include "catalog/downloader.h"
#include "catalog/releasecache.h"

#include <QDir>
#include <QFile>
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

} // namespace

QString CatalogSnapshot::describe() const
{
    const QString when = fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (fromNetwork)
        return QStringLiteral("catalog fetched now from %1").arg(source.toString());
    if (networkError)
        return QStringLiteral("using the catalog kept since %1 (from %2); a fresh one could not be had: %3")
            .arg(when, source.toString(), networkError->message);
    return QStringLiteral("catalog kept since %1 (from %2)").arg(when, source.toString());
}

CatalogFetcher::CatalogFetcher(ReleaseCache &cache, ReleaseSources sources)
    : m_cache(cache), m_sources(std::move(sources))
{
}

Result<CatalogSnapshot> CatalogFetcher::loadKept() const
{
    auto catalog = m_cache.openCatalog();
    if (!catalog.ok())
        return catalog.error();
    const CatalogProvenance p = catalog->provenance();
    return CatalogSnapshot{std::move(*catalog), p.fetchedAt, p.source, false, {}};
}

Result<CatalogSnapshot> CatalogFetcher::fetch(Downloader &downloader) const
{
    const QString tmpRoot = QDir(m_cache.root()).filePath(QStringLiteral("tmp"));
    QDir().mkpath(tmpRoot);
    QTemporaryDir tmp(QDir(tmpRoot).filePath(QStringLiteral("catalog-XXXXXX")));
    if (!tmp.isValid())
        return makeError(QStringLiteral("catalog.write-failed"),
                         QStringLiteral("No temporary folder can be made in %1.").arg(tmpRoot),
                         QStringLiteral("Check the permissions of the cache folder and the free space."));
    if (m_report)
        m_report(QStringLiteral("Fetching the catalog from %1").arg(m_sources.docsBase.toString()));
    QList<DownloadRequest> requests;
    for (const QString &name : ReleaseSources::catalogFileNames())
        requests.append({{m_sources.catalogFile(name)}, tmp.filePath(name)});
    auto downloaded = downloader.run(requests);
    if (!downloaded.ok())
        return downloaded.error();
    QList<QByteArray> files;
    for (const DownloadRequest &r : requests) {
        auto data = readAll(r.destination);
        if (!data.ok())
            return data.error();
        files << *data;
    }
    auto catalog = ReleaseCatalog::fromJson(files[0], files[1], files[2]);
    if (!catalog.ok()) {
        Error e = catalog.error();
        e.message = QStringLiteral("The catalog from %1 is not usable: %2")
                        .arg(m_sources.catalogFile(QString()).toString(), e.message);
        return e; // the kept copy stays as it was
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto k = m_cache.storeCatalog(files[0], files[1], files[2], m_sources.docsBase, now); !k.ok())
        return k.error();
    catalog->setProvenance(CatalogProvenance{m_sources.docsBase, now, false});
    return CatalogSnapshot{std::move(*catalog), now, m_sources.docsBase, true, {}};
}

Result<CatalogSnapshot> CatalogFetcher::load(Downloader &downloader, Refresh refresh) const
{
    auto kept = loadKept();
    if (refresh == Refresh::Never)
        return kept;
    const bool fresh = kept.ok() && kept->source == m_sources.docsBase
                       && kept->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < kMaxAgeSeconds;
    if (refresh == Refresh::IfStale && fresh)
        return kept;
    auto fetched = fetch(downloader);
    if (fetched.ok())
        return fetched;
    if (fetched.error().code == QLatin1String("download.cancelled"))
        return fetched.error();
    if (!kept.ok()) {
        Error e = fetched.error();
        if (e.code.startsWith(QLatin1String("download."))) {
            e.message = QStringLiteral("The release catalog cannot be fetched and no copy is kept. %1").arg(e.message);
            e.remedy = QStringLiteral("Connect to the network, import a restore kit, or give your own binaries "
                                      "with --bundle.");
        }
        return e;
    }
    kept->networkError = fetched.error();
    return kept;
}

} // namespace dr
