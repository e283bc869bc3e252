#include "catalog/catalogfetcher.h"

#include "catalog/downloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace dr {

namespace {

const QString kInfoFile = QStringLiteral("catalog-info.json");

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("catalog.not-cached"), QStringLiteral("%1 cannot be read.").arg(path),
                         {}, f.errorString());
    return f.readAll();
}

Result<void> writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return makeError(QStringLiteral("catalog.write-failed"),
                         QStringLiteral("The catalog could not be kept in %1 (%2).").arg(path, f.errorString()),
                         QStringLiteral("Free some space on the disk that holds the cache, or check its permissions."));
    return {};
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

CatalogFetcher::CatalogFetcher(QString cacheRoot, ReleaseSources sources)
    : m_cacheRoot(std::move(cacheRoot)), m_sources(std::move(sources))
{
}

QString CatalogFetcher::folder() const
{
    return QDir(m_cacheRoot).filePath(QStringLiteral("catalog"));
}

Result<CatalogSnapshot> CatalogFetcher::loadKept() const
{
    const QDir dir(folder());
    auto info = readAll(dir.filePath(kInfoFile));
    if (!info.ok())
        return makeError(QStringLiteral("catalog.not-cached"), QStringLiteral("No catalog has been kept yet."),
                         QStringLiteral("Connect to the network once (or import a restore kit) so that the catalog "
                                        "can be fetched."));
    const QJsonObject o = QJsonDocument::fromJson(*info).object();
    const QDateTime fetchedAt = QDateTime::fromString(o.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
    const QJsonObject sums = o.value(QStringLiteral("sha256")).toObject();
    QList<QByteArray> files;
    for (const QString &name : ReleaseSources::catalogFileNames()) {
        auto data = readAll(dir.filePath(name));
        const QByteArray want = sums.value(name).toString().toLatin1();
        if (!data.ok() || want.isEmpty()
            || QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex() != want)
            return makeError(QStringLiteral("catalog.cache-damaged"),
                             QStringLiteral("The kept catalog in %1 is damaged (%2 does not match what was kept).")
                                 .arg(dir.path(), name),
                             QStringLiteral("Connect to the network so that it is fetched again."));
        files << *data;
    }
    if (!fetchedAt.isValid())
        return makeError(QStringLiteral("catalog.cache-damaged"),
                         QStringLiteral("The kept catalog in %1 has no date.").arg(dir.path()),
                         QStringLiteral("Connect to the network so that it is fetched again."));
    auto catalog = ReleaseCatalog::fromJson(files[0], files[1], files[2]);
    if (!catalog.ok())
        return catalog.error();
    CatalogSnapshot s{std::move(*catalog), fetchedAt, QUrl(o.value(QStringLiteral("source")).toString()), false, {}};
    return s;
}

Result<void> CatalogFetcher::keep(const QList<QByteArray> &files, const QDateTime &fetchedAt) const
{
    if (!QDir().mkpath(folder()))
        return makeError(QStringLiteral("catalog.write-failed"),
                         QStringLiteral("The folder %1 cannot be made.").arg(folder()),
                         QStringLiteral("Check the permissions of the cache folder."));
    const QDir dir(folder());
    QJsonObject sums;
    const QStringList names = ReleaseSources::catalogFileNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (auto w = writeAtomically(dir.filePath(names[i]), files[i]); !w.ok())
            return w;
        sums.insert(names[i], QString::fromLatin1(QCryptographicHash::hash(files[i], QCryptographicHash::Sha256).toHex()));
    }
    // Written last: a copy is only taken as kept when its info says so and the sums match.
    const QJsonObject info{{QStringLiteral("fetchedAt"), fetchedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("source"), m_sources.docsBase.toString()},
                           {QStringLiteral("sha256"), sums}};
    return writeAtomically(dir.filePath(kInfoFile), QJsonDocument(info).toJson(QJsonDocument::Indented));
}

Result<CatalogSnapshot> CatalogFetcher::fetch(Downloader &downloader) const
{
    const QString tmpRoot = QDir(m_cacheRoot).filePath(QStringLiteral("tmp"));
    QDir().mkpath(tmpRoot);
    QTemporaryDir tmp(QDir(tmpRoot).filePath(QStringLiteral("catalog-XXXXXX")));
    if (!tmp.isValid())
        return makeError(QStringLiteral("catalog.write-failed"),
                         QStringLiteral("No temporary folder can be made in %1.").arg(tmpRoot),
                         QStringLiteral("Check the permissions of the cache folder and the free space."));
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
    if (auto k = keep(files, now); !k.ok())
        return k.error();
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
