// `device-restore fetch`, and `plan`/`restore` getting their releases from the cache and the
// network, as a person or a script runs them, against the local HTTP test server serving the
// published layout built from the real corpus. End to end: a virtual Boron restored to a release
// downloaded on the way; the same restore again with no request at all, and with the server gone.
#include "support/httptestserver.h"
#include "support/releaselayout.h"
#include "support/runcli.h"

#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using dr::test::HttpTestServer;
using Fault = HttpTestServer::Fault;

class TestFetchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_layoutDir;
    std::optional<dr::test::ReleaseLayout> m_layout;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;

    dr::test::CliRun run(const QStringList &args) const
    {
        return dr::test::runDeviceRestore(args, {{QStringLiteral("DEVICE_RESTORE_CACHE"), m_cache->path()},
                                                 {QStringLiteral("DEVICE_RESTORE_CATALOG_URL"), QString()}});
    }
    QStringList catalogArgs() const { return {QStringLiteral("--catalog-url"), m_server->baseUrl().toString()}; }
    static QList<QJsonObject> events(const QByteArray &out)
    {
        QList<QJsonObject> list;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                list << QJsonDocument::fromJson(line).object();
        return list;
    }
    QStringList restoreArgs(const char *version) const
    {
        return QStringList{QStringLiteral("restore"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2"),
                           QStringLiteral("-p"), QStringLiteral("boron"), QStringLiteral("-v"), QString::fromLatin1(version),
                           QStringLiteral("--yes"), QStringLiteral("--json")}
               + catalogArgs();
    }
    static QString zipPath(const char *version) { return QStringLiteral("/assets/files/device-restore/%1/boron.zip").arg(QLatin1String(version)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dr::PlatformDatabase::loadBuiltin().ok());
        QVERIFY(dr::DeviceOsVersionTable::loadBuiltin().ok());
        auto layout = dr::test::buildReleaseLayout(m_layoutDir.path(), {QStringLiteral("boron"), QStringLiteral("photon")});
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().text()));
        m_layout = *layout;
    }
    void init()
    {
        m_server = std::make_unique<HttpTestServer>(m_layout->root);
        QVERIFY(m_server->start());
        m_cache = std::make_unique<QTemporaryDir>();
    }
    void cleanup() { m_server.reset(); }

    void fetchDownloadsAReleaseAndSaysWhatItKept()
    {
        const auto r = run(QStringList{QStringLiteral("fetch"), QStringLiteral("-p"), QStringLiteral("boron"),
                                       QStringLiteral("-v"), QStringLiteral("2.2.0")} + catalogArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Device OS 2.2.0 for the Boron: downloaded, verified and kept (2 files"), r.out.constData());
        QVERIFY(r.out.contains("2.2.0/boron/boron.zip"));
        QVERIFY(r.out.contains(m_cache->path().toUtf8()));
        QVERIFY(QFile::exists(m_cache->filePath(QStringLiteral("releases/2.2.0/boron/boron.zip"))));
    }

    void fetchJsonReportsProgressThenTheResult()
    {
        const auto r = run(QStringList{QStringLiteral("fetch"), QStringLiteral("-p"), QStringLiteral("boron"),
                                       QStringLiteral("-v"), QStringLiteral("2.2.0"), QStringLiteral("--json")}
                           + catalogArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> ev = events(r.out);
        QVERIFY(ev.size() >= 2);
        QVERIFY(std::any_of(ev.begin(), ev.end(), [](const QJsonObject &o) {
            return o.value(QStringLiteral("event")).toString() == QLatin1String("download")
                   && o.value(QStringLiteral("done")).toInteger() > 0;
        }));
        const QJsonObject result = ev.last();
        QCOMPARE(result.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        QVERIFY(result.value(QStringLiteral("success")).toBool());
        const QJsonObject release = result.value(QStringLiteral("releases")).toArray().first().toObject();
        QCOMPARE(release.value(QStringLiteral("version")).toString(), QStringLiteral("2.2.0"));
        QCOMPARE(release.value(QStringLiteral("source")).toString(), QStringLiteral("restore-zip"));
        QVERIFY(release.value(QStringLiteral("downloaded")).toBool());
        const QJsonArray files = release.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.first().toObject().value(QStringLiteral("sha256")).toString().size(), 64);
    }

    void fetchOfACachedReleaseMakesNoRequest()
    {
        const QStringList args = QStringList{QStringLiteral("fetch"), QStringLiteral("-p"), QStringLiteral("boron"),
                                             QStringLiteral("-v"), QStringLiteral("2.2.0")} + catalogArgs();
        QCOMPARE(run(args).exitCode, 0);
        m_server->clearRequests();
        const auto again = run(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("already in the cache, verified"), again.out.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void fetchOfABrokenReleaseExitsWith3AndKeepsNothing()
    {
        m_server->setFault(zipPath("2.2.0"), Fault::FlipByte);
        const auto r = run(QStringList{QStringLiteral("fetch"), QStringLiteral("-p"), QStringLiteral("boron"),
                                       QStringLiteral("-v"), QStringLiteral("2.2.0")} + catalogArgs());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(m_server->url(zipPath("2.2.0")).toString().toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(m_cache->filePath(QStringLiteral("releases/2.2.0/boron/boron.zip"))));
    }

    void fetchOfAMissingFileExitsWith1NamingTheUrl()
    {
        m_server->setFault(zipPath("2.2.0"), Fault::NotFound);
        const auto r = run(QStringList{QStringLiteral("fetch"), QStringLiteral("-p"), QStringLiteral("boron"),
                                       QStringLiteral("-v"), QStringLiteral("2.2.0")} + catalogArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("answered HTTP 404") && r.err.contains(m_server->url(zipPath("2.2.0")).toString().toUtf8()),
                 r.err.constData());
    }

    void fetchOfAVersionTheCatalogLacksExitsWith3()
    {
        const auto r = run(QStringList{QStringLiteral("fetch"), QStringLiteral("-p"), QStringLiteral("boron"),
                                       QStringLiteral("-v"), QStringLiteral("9.9.9")} + catalogArgs());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("9.9.9"), r.err.constData());
    }

    void fetchWithNoNetworkAndNothingKeptSaysSo()
    {
        m_server->stop();
        const auto r = run(QStringList{QStringLiteral("fetch"), QStringLiteral("-p"), QStringLiteral("boron"),
                                       QStringLiteral("-v"), QStringLiteral("2.2.0")} + catalogArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be fetched and no copy is kept"), r.err.constData());
    }

    void planWithoutABundleDownloadsWhatItNeeds()
    {
        const auto r = run(QStringList{QStringLiteral("plan"), QStringLiteral("-p"), QStringLiteral("boron"),
                                       QStringLiteral("-v"), QStringLiteral("2.2.0"), QStringLiteral("--from"),
                                       QStringLiteral("1.5.2"), QStringLiteral("--json")}
                           + catalogArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!plan.isEmpty(), r.out.constData());
        QCOMPARE(plan.value(QStringLiteral("target")).toString(), QStringLiteral("2.2.0"));
        const QString file = plan.value(QStringLiteral("steps")).toArray().last().toObject().value(QStringLiteral("file")).toString();
        QVERIFY2(file.startsWith(m_cache->path()), qPrintable(file)); // from the cache, not the corpus
    }

    void planOfAReleaseNotAvailableOfflineSaysSoPlainly()
    {
        // The catalog is kept, the release is not, and the server is gone.
        QCOMPARE(run(QStringList{QStringLiteral("fetch"), QStringLiteral("-p"), QStringLiteral("boron"),
                                 QStringLiteral("-v"), QStringLiteral("2.1.0")} + catalogArgs()).exitCode,
                 0);
        m_server->stop();
        const auto r = run(QStringList{QStringLiteral("plan"), QStringLiteral("-p"), QStringLiteral("boron"),
                                       QStringLiteral("-v"), QStringLiteral("2.2.0"), QStringLiteral("--from"),
                                       QStringLiteral("1.5.2")}
                           + catalogArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Device OS 2.2.0 for the Boron is not in the cache and cannot be downloaded"), r.err.constData());
        QVERIFY(r.err.contains("kit import"));
    }

    void restoresAVirtualBoronToAReleaseDownloadedOnTheWay()
    {
        const auto r = run(restoreArgs("2.2.0"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> ev = events(r.out);
        QVERIFY(std::any_of(ev.begin(), ev.end(), [](const QJsonObject &o) {
            return o.value(QStringLiteral("event")).toString() == QLatin1String("download");
        }));
        const auto plan = std::find_if(ev.begin(), ev.end(), [](const QJsonObject &o) {
            return o.value(QStringLiteral("event")).toString() == QLatin1String("plan");
        });
        QVERIFY(plan != ev.end());
        const QJsonArray steps = plan->value(QStringLiteral("plan")).toObject().value(QStringLiteral("steps")).toArray();
        bool fromCache = false;
        for (const QJsonValue &s : steps)
            fromCache = fromCache || s.toObject().value(QStringLiteral("file")).toString().startsWith(m_cache->path());
        QVERIFY2(fromCache, "the plan's modules are not the downloaded ones");
        QVERIFY(ev.last().value(QStringLiteral("success")).toBool());
        bool zipAsked = false;
        for (const auto &req : m_server->requests())
            zipAsked = zipAsked || req.path == zipPath("2.2.0");
        QVERIFY(zipAsked);
    }

    void theSameRestoreAgainMakesNoRequest()
    {
        QCOMPARE(run(restoreArgs("2.2.0")).exitCode, 0);
        m_server->clearRequests();
        const auto r = run(restoreArgs("2.2.0"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(events(r.out).last().value(QStringLiteral("success")).toBool());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void theSameRestoreWithTheServerGoneIsServedFromTheCache()
    {
        QCOMPARE(run(restoreArgs("2.2.0")).exitCode, 0);
        m_server->stop();
        const auto r = run(restoreArgs("2.2.0"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(events(r.out).last().value(QStringLiteral("success")).toBool());
    }

    void restoreWithABrokenDownloadWritesNothing()
    {
        m_server->setFault(zipPath("2.2.0"), Fault::FlipByte);
        const auto r = run(restoreArgs("2.2.0"));
        QCOMPARE(r.exitCode, 3);
        const QList<QJsonObject> ev = events(r.out);
        for (const QJsonObject &o : ev) // no plan was made, so no step ran
            QVERIFY2(o.value(QStringLiteral("event")).toString() == QLatin1String("download")
                         || o.value(QStringLiteral("event")).toString() == QLatin1String("fetch"),
                     qPrintable(QJsonDocument(o).toJson()));
        QVERIFY2(r.err.contains(m_server->url(zipPath("2.2.0")).toString().toUtf8()), r.err.constData());
    }

    void theDemoNeedsNoNetworkAndNoCache()
    {
        // --simulate without a catalog: the local binaries, as the README's run command uses them.
        m_server->stop();
        const auto r = dr::test::runDeviceRestore(
            {QStringLiteral("restore"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2"), QStringLiteral("-p"),
             QStringLiteral("boron"), QStringLiteral("-v"), QStringLiteral("2.2.0"), QStringLiteral("--yes")},
            {{QStringLiteral("DEVICE_RESTORE_CACHE"), m_cache->filePath(QStringLiteral("never-made"))},
             {QStringLiteral("DEVICE_RESTORE_CATALOG_URL"), QString()}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFile::exists(m_cache->filePath(QStringLiteral("never-made"))));
    }
};

QTEST_GUILESS_MAIN(TestFetchCli)
#include "tst_fetchcli.moc"
