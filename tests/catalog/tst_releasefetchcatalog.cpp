// Getting the release catalog over HTTP from the local test server (the published layout built
// from the real corpus and catalog files) and keeping it: kept with its date, used offline with
// that date said, not asked for again while fresh, and a broken download never replaces the copy.
#include "catalog/catalogfetcher.h"
#include "catalog/downloader.h"
#include "catalog/releasecache.h"
#include "platform/platformdatabase.h"
#include "support/httptestserver.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using dr::test::HttpTestServer;
using Fault = HttpTestServer::Fault;

class TestReleaseFetchCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_layoutDir;
    std::optional<test::ReleaseLayout> m_layout;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<ReleaseCache> m_cache;

    DownloadPolicy policy() const
    {
        DownloadPolicy p;
        p.stallTimeoutMs = 500;
        p.retryDelayMs = 10;
        p.maxAttempts = 2;
        p.trustedBases = {m_server->baseUrl()};
        return p;
    }
    CatalogFetcher fetcher() const { return CatalogFetcher(*m_cache, ReleaseSources::mirror(m_server->baseUrl())); }
    QString keptFolder() const { return QDir(m_cache->root()).filePath(QStringLiteral("catalog")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto layout = test::buildReleaseLayout(m_layoutDir.path(), {QStringLiteral("boron"), QStringLiteral("photon")});
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().text()));
        m_layout = *layout;
    }
    void init()
    {
        m_server = std::make_unique<HttpTestServer>(m_layout->root);
        QVERIFY(m_server->start());
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<ReleaseCache>(m_cacheDir->path());
    }
    void cleanup() { m_server.reset(); }

    void fetchesTheCatalogAndKeepsItWithItsDate()
    {
        Downloader d(policy());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto snapshot = fetcher().load(d);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().text()));
        QVERIFY(snapshot->fromNetwork);
        QVERIFY(!snapshot->offline());
        QVERIFY(snapshot->fetchedAt >= before);
        QVERIFY(snapshot->catalog.version(*SemVer::parse(QStringLiteral("2.2.0"))));
        QCOMPARE(m_server->requestCount(), 3);
        auto kept = m_cache->openCatalog();
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().text()));
        QCOMPARE(kept->provenance().fetchedAt.toSecsSinceEpoch(), snapshot->fetchedAt.toSecsSinceEpoch());
        QCOMPARE(kept->provenance().source, m_server->baseUrl());
        QVERIFY(!QDir(m_cache->root() + QStringLiteral("/tmp")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size());
    }

    void freshKeptCatalogIsUsedWithoutARequest()
    {
        Downloader d(policy());
        QVERIFY(fetcher().load(d).ok());
        m_server->clearRequests();
        auto again = fetcher().load(d);
        QVERIFY(again.ok());
        QVERIFY(!again->fromNetwork);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void keptCatalogServesOfflineAndSaysSinceWhen()
    {
        Downloader d(policy());
        auto first = fetcher().load(d);
        QVERIFY(first.ok());
        m_server->stop();
        auto offline = fetcher().load(d, CatalogFetcher::Refresh::Always);
        QVERIFY2(offline.ok(), qPrintable(offline.ok() ? QString() : offline.error().text()));
        QVERIFY(offline->offline());
        QCOMPARE(offline->networkError->code, QStringLiteral("download.unreachable"));
        QCOMPARE(offline->fetchedAt.toSecsSinceEpoch(), first->fetchedAt.toSecsSinceEpoch());
        const QString said = offline->describe();
        QVERIFY2(said.contains(first->fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("kept since")), qPrintable(said));
    }

    void noKeptCatalogAndNoNetworkIsAClearError()
    {
        m_server->stop();
        Downloader d(policy());
        auto none = fetcher().load(d);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("download.unreachable"));
        QVERIFY2(none.error().message.contains(QStringLiteral("no copy is kept")), qPrintable(none.error().message));
        QVERIFY(none.error().message.contains(QStringLiteral("deviceRestore.json")));
        QVERIFY(none.error().remedy.contains(QStringLiteral("--bundle")));
    }

    void brokenDownloadNeverReplacesTheKeptCatalog()
    {
        Downloader d(policy());
        auto first = fetcher().load(d);
        QVERIFY(first.ok());
        QTest::qWait(1100); // a fetch now would carry another date
        m_server->setFault(QStringLiteral("/assets/files/versionInfo.json"), Fault::WrongContentLength);
        auto again = fetcher().load(d, CatalogFetcher::Refresh::Always);
        QVERIFY(again.ok());
        QVERIFY(again->offline());
        QCOMPARE(again->networkError->code, QStringLiteral("download.short-body"));
        auto kept = m_cache->openCatalog();
        QVERIFY(kept.ok());
        QCOMPARE(kept->provenance().fetchedAt.toSecsSinceEpoch(), first->fetchedAt.toSecsSinceEpoch());
    }

    void malformedCatalogFromTheServerIsRefusedWithFileAndField()
    {
        // A mirror whose deviceRestore.json is cut short.
        QTemporaryDir mirror;
        QDir().mkpath(mirror.filePath(QStringLiteral("assets/files")));
        for (const QString &name : ReleaseSources::catalogFileNames()) {
            QFile in(m_layout->path(QStringLiteral("assets/files/") + name));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray data = in.readAll();
            if (name == QLatin1String("deviceRestore.json"))
                data.truncate(data.size() / 2);
            QFile out(mirror.filePath(QStringLiteral("assets/files/") + name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data);
        }
        Downloader d(policy());
        CatalogFetcher f(*m_cache, ReleaseSources::mirror(QUrl::fromLocalFile(mirror.path() + QLatin1Char('/'))));
        auto result = f.load(d);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("catalog.malformed"));
        QVERIFY2(result.error().message.contains(QStringLiteral("deviceRestore.json")), qPrintable(result.error().message));
        QCOMPARE(m_cache->openCatalog().error().code, QStringLiteral("cache.no-catalog"));
    }

    void damagedKeptCatalogIsNotUsed()
    {
        Downloader d(policy());
        QVERIFY(fetcher().load(d).ok());
        QFile kept(QDir(keptFolder()).filePath(QStringLiteral("versionInfo.json")));
        QVERIFY(kept.open(QIODevice::ReadWrite));
        kept.seek(10);
        kept.write("X");
        kept.close();
        auto result = fetcher().loadKept();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("cache.tampered"));
        QVERIFY(result.error().message.contains(QStringLiteral("versionInfo.json")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseFetchCatalog)
#include "tst_releasefetchcatalog.moc"
