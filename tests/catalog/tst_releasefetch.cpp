// Fetching Device OS releases into the verified cache from the local HTTP test server serving the
// published layout built from the real corpus: restore zips with sidecars and per-module files (with
// the fallback host), nothing asked for twice, and every fault (404, 500, a stall, a wrong
// Content-Length, a flipped byte, a redirect to plain http, a cancel) ending in one clear error with
// nothing kept; a dropped connection resumes with Range.
#include "catalog/downloader.h"
#include "catalog/releasecache.h"
#include "catalog/releasefetcher.h"
#include "platform/platformdatabase.h"
#include "support/httptestserver.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using dr::test::HttpTestServer;
using Fault = HttpTestServer::Fault;

namespace {
SemVer v(const char *text)
{
    return *SemVer::parse(QString::fromLatin1(text));
}
} // namespace

class TestReleaseFetch : public QObject
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
        return p;
    }
    std::unique_ptr<ReleaseFetcher> fetcher(const ReleaseSources &sources) const
    {
        return std::make_unique<ReleaseFetcher>(*m_cache, sources, policy());
    }
    ReleaseSources sources() const { return ReleaseSources::mirror(m_server->baseUrl()); }
    const test::LayoutRelease &perModuleRelease() const
    {
        for (const test::LayoutRelease &r : m_layout->releases)
            if (!r.zip)
                return r;
        qFatal("the layout has no per-module release");
    }
    QString zipPath(const char *version, const char *platform) const
    {
        return QStringLiteral("/assets/files/device-restore/%1/%2.zip").arg(QLatin1String(version), QLatin1String(platform));
    }
    // The catalog, fetched once (its requests are not counted by the tests below).
    ReleaseCatalog catalog(ReleaseFetcher &f)
    {
        auto c = f.catalog();
        if (!c.ok())
            qFatal("catalog: %s", qPrintable(c.error().text()));
        m_server->clearRequests();
        return c->catalog;
    }
    // Nothing listed, nothing staged, and no file of the job left in the cache's folders (a release
    // that passed is moved into place before the job is known good, and must go when it is not).
    bool nothingKept() const
    {
        const QDir tmp(m_cache->root() + QStringLiteral("/tmp"));
        QStringList placed;
        QDirIterator it(m_cache->root() + QStringLiteral("/releases"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            placed << it.next();
        if (!placed.isEmpty())
            qWarning() << "left in the cache's folders:" << placed;
        return m_cache->releases().isEmpty() && tmp.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty()
               && placed.isEmpty();
    }
    // Fetches Boron 2.2.0 and expects it to fail with `code`, nothing kept.
    void expectBoronFailure(const QString &code, const QString &inMessage)
    {
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto release = c.release(13, v("2.2.0"), sources());
        QVERIFY(release.ok());
        auto result = f->fetch(c, {*release});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(inMessage), qPrintable(result.error().message));
        QVERIFY(!result.error().remedy.isEmpty());
        QVERIFY(nothingKept());
        QVERIFY(!m_cache->contains(13, v("2.2.0")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto layout = test::buildReleaseLayout(m_layoutDir.path(),
                                               {QStringLiteral("boron"), QStringLiteral("photon"), QStringLiteral("electron")});
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
    void cleanup()
    {
        m_server.reset();
        m_cache.reset();
    }

    void restoreZipReleaseIsDownloadedVerifiedAndKept()
    {
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto release = c.release(13, v("2.2.0"), sources());
        QVERIFY(release.ok());
        QList<DownloadProgress> progress;
        connect(f.get(), &ReleaseFetcher::progressChanged, this, [&](const DownloadProgress &p) { progress << p; });
        auto result = f->fetch(c, {*release});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QCOMPARE(result->downloaded, QStringList{QStringLiteral("2.2.0/boron")});
        QVERIFY(m_cache->contains(13, v("2.2.0")));
        QCOMPARE(m_server->requestCount(), 2); // the zip and its sidecar
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().done, result->downloadedBytes);
        QVERIFY(m_cache->openRelease(13, v("2.2.0")).ok());
        // Every downloaded file went into the cache: nothing stays in the staging folder.
        QVERIFY(QDir(m_cache->root() + QStringLiteral("/tmp")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void filesAKilledFetchLeftAreRemovedOnceADayOld()
    {
        const QString staging = m_cache->root() + QStringLiteral("/tmp");
        QVERIFY(QDir().mkpath(staging));
        const auto leave = [&staging](const QString &name, int hoursAgo) {
            QFile f(staging + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a zip");
            f.flush();
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600 * hoursAgo), QFileDevice::FileModificationTime));
        };
        leave(QStringLiteral("fetch-0123456789abcdef-0-boron.zip"), 30);
        leave(QStringLiteral("fetch-fedcba9876543210-0-boron.zip"), 1); // another process's, maybe still running
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto release = c.release(13, v("2.2.0"), sources());
        QVERIFY(release.ok());
        QVERIFY(f->fetch(c, {*release}).ok());
        QCOMPARE(QDir(staging).entryList(QDir::Files), QStringList{QStringLiteral("fetch-fedcba9876543210-0-boron.zip")});
    }

    void perModuleReleaseComesFromTheBinaryHost()
    {
        const test::LayoutRelease &lr = perModuleRelease();
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto release = c.release(lr.platformId, lr.version, sources());
        QVERIFY2(release.ok(), qPrintable(release.ok() ? QString() : release.error().text()));
        auto result = f->fetch(c, {*release});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QVERIFY(m_cache->contains(lr.platformId, lr.version));
        for (const auto &r : m_server->requests())
            QVERIFY2(r.path.startsWith(QLatin1String("/v1/firmware/device-os/v")), qPrintable(r.path));
    }

    void perModuleFilesFallBackToTheSecondHost()
    {
        // The binary host has nothing; the GitHub-like fallback has the files.
        const test::LayoutRelease &lr = perModuleRelease();
        ReleaseSources s = sources();
        s.binaryBase = m_server->url(QStringLiteral("empty-binary-host"));
        s.githubBase = m_server->url(QStringLiteral("v1/firmware/device-os"));
        auto f = fetcher(s);
        const ReleaseCatalog c = catalog(*f);
        auto release = c.release(lr.platformId, lr.version, s);
        QVERIFY(release.ok());
        auto result = f->fetch(c, {*release});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QVERIFY(m_cache->contains(lr.platformId, lr.version));
        for (const CachedFile &file : result->releases.first().files)
            QVERIFY2(file.sourceUrl.path().startsWith(QLatin1String("/v1/firmware/device-os/")),
                     qPrintable(file.sourceUrl.toString()));
    }

    void cachedReleaseIsNotAskedForAgain()
    {
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto release = c.release(13, v("2.2.0"), sources());
        QVERIFY(f->fetch(c, {*release}).ok());
        m_server->clearRequests();
        auto again = f->fetch(c, {*release});
        QVERIFY(again.ok());
        QVERIFY(again->downloaded.isEmpty());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void planWithEveryReleaseCachedMakesNoRequestEvenOffline()
    {
        auto f = fetcher(sources());
        const Platform &boron = *PlatformDatabase::builtin().byId(13);
        auto first = f->releasesForPlan(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().text()));
        QVERIFY(first->bundle.releasesFor(13).contains(v("2.2.0")));
        m_server->clearRequests();
        m_server->stop();
        auto second = f->releasesForPlan(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().text()));
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(second->fetched.downloaded.isEmpty());
    }

    void aCachedFileTornSinceItWasKeptIsFetchedAgain()
    {
        auto f = fetcher(sources());
        const Platform &boron = *PlatformDatabase::builtin().byId(13);
        QVERIFY(f->releasesForPlan(boron, v("1.5.2"), v("2.2.0"), PlanOptions{}).ok());
        // What a power cut can leave of a file that was never flushed: its length, zeros inside.
        const QString zip = m_cache->root() + QStringLiteral("/releases/2.2.0/boron/boron.zip");
        QFile file(zip);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        file.write(QByteArray(4096, '\0'));
        file.close();
        m_server->clearRequests();
        auto again = f->releasesForPlan(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
        QVERIFY(again->bundle.releasesFor(13).contains(v("2.2.0")));
        QVERIFY(m_server->requestCount() >= 2); // the zip and its sidecar, fetched again
        QVERIFY(m_cache->contains(13, v("2.2.0")));
    }

    void aCachedFileTornWhileOfflineIsSaidPlainly()
    {
        auto f = fetcher(sources());
        const Platform &boron = *PlatformDatabase::builtin().byId(13);
        QVERIFY(f->releasesForPlan(boron, v("1.5.2"), v("2.2.0"), PlanOptions{}).ok());
        QFile file(m_cache->root() + QStringLiteral("/releases/2.2.0/boron/boron.zip"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        m_server->stop();
        auto again = f->releasesForPlan(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QString::fromLatin1(cacheerror::Tampered));
        QVERIFY2(again.error().remedy.contains(QStringLiteral("Fetch it again")), qPrintable(again.error().text()));
        QVERIFY(!m_cache->contains(13, v("2.2.0")));
    }

    void downloadSizeAsksTheServerWithoutDownloading()
    {
        auto f = fetcher(sources());
        const Platform &boron = *PlatformDatabase::builtin().byId(13);
        QVERIFY(f->catalog().ok());
        m_server->clearRequests();
        auto size = f->downloadSize(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY2(size.ok(), qPrintable(size.ok() ? QString() : size.error().text()));
        QCOMPARE(size->releases, QStringList{QStringLiteral("2.2.0/boron")});
        const qint64 expected = QFileInfo(m_layout->path(zipPath("2.2.0", "boron").mid(1))).size()
                                + QFileInfo(m_layout->path(QStringLiteral("assets/files/device-restore/2.2.0/boron.json"))).size();
        QCOMPARE(size->estimate.bytes, expected);
        QCOMPARE(size->estimate.files, 2);
        QCOMPARE(size->estimate.unknown, 0);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        for (const auto &r : requests)
            QCOMPARE(r.method, QByteArray("HEAD"));
        QVERIFY(nothingKept());
    }

    void downloadSizeOfACachedPlanIsZeroWithoutARequest()
    {
        auto f = fetcher(sources());
        const Platform &boron = *PlatformDatabase::builtin().byId(13);
        QVERIFY(f->releasesForPlan(boron, v("1.5.2"), v("2.2.0"), PlanOptions{}).ok());
        m_server->clearRequests();
        auto size = f->downloadSize(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY(size.ok());
        QVERIFY(size->releases.isEmpty());
        QCOMPARE(size->estimate.files, 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void downloadSizeOfAFileTheServerLacksIsAClearError()
    {
        auto f = fetcher(sources());
        const Platform &boron = *PlatformDatabase::builtin().byId(13);
        QVERIFY(f->catalog().ok());
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::NotFound);
        auto size = f->downloadSize(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY(!size.ok());
        QCOMPARE(size.error().code, QStringLiteral("download.not-found"));
        QVERIFY2(size.error().message.contains(QStringLiteral("boron.zip")), qPrintable(size.error().message));
    }

    void downloadSizeOfflineIsSaidPlainly()
    {
        auto f = fetcher(sources());
        const Platform &boron = *PlatformDatabase::builtin().byId(13);
        QVERIFY(f->catalog().ok());
        m_server->stop();
        auto size = f->downloadSize(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY(!size.ok());
        QCOMPARE(size.error().code, QStringLiteral("download.unreachable"));
        QVERIFY(!size.error().remedy.isEmpty());
    }

    void releaseNotCachedWhileOfflineIsSaidPlainly()
    {
        auto f = fetcher(sources());
        const Platform &boron = *PlatformDatabase::builtin().byId(13);
        QVERIFY(f->catalog().ok()); // the catalog is kept, the release is not
        m_server->stop();
        auto result = f->releasesForPlan(boron, v("1.5.2"), v("2.2.0"), PlanOptions{});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("release.unavailable-offline"));
        QVERIFY2(result.error().message.contains(QStringLiteral("Device OS 2.2.0 for the Boron is not in the cache and "
                                                                "cannot be downloaded")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().remedy.contains(QStringLiteral("kit import")));
        QVERIFY(nothingKept());
    }

    void notFoundEndsInAClearErrorWithNothingKept()
    {
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::NotFound);
        expectBoronFailure(QStringLiteral("download.not-found"), QStringLiteral("boron.zip"));
    }

    void serverErrorEndsInAClearErrorWithNothingKept()
    {
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::ServerError);
        expectBoronFailure(QStringLiteral("download.server-error"), QStringLiteral("HTTP 500"));
    }

    void stalledServerEndsInATimeoutWithNothingKept()
    {
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::Stall);
        expectBoronFailure(QStringLiteral("download.timeout"), QStringLiteral("sent nothing"));
    }

    void wrongContentLengthEndsInAClearErrorWithNothingKept()
    {
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::WrongContentLength);
        expectBoronFailure(QStringLiteral("download.short-body"), QStringLiteral("Content-Length"));
    }

    void flippedByteFailsVerificationWithNothingKept()
    {
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::FlipByte);
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto result = f->fetch(c, {*c.release(13, v("2.2.0"), sources())});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().code.startsWith(QLatin1String("release.")) || result.error().code.startsWith(QLatin1String("zip.")),
                 qPrintable(result.error().code));
        QVERIFY2(result.error().message.contains(m_server->url(zipPath("2.2.0", "boron")).toString()),
                 qPrintable(result.error().text()));
        QVERIFY(nothingKept());
    }

    void flippedByteInAModuleFileFailsVerificationWithNothingKept()
    {
        const test::LayoutRelease &lr = perModuleRelease();
        m_server->setFault(QLatin1Char('/') + lr.files.first(), Fault::FlipByte);
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto result = f->fetch(c, {*c.release(lr.platformId, lr.version, sources())});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("release.module-check"));
        QVERIFY2(result.error().message.contains(QFileInfo(lr.files.first()).fileName()), qPrintable(result.error().text()));
        QVERIFY(nothingKept());
    }

    void redirectToPlainHttpIsRefusedWithNothingKept()
    {
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::RedirectToPlainHttp);
        expectBoronFailure(QStringLiteral("download.redirect-refused"), QStringLiteral("neither https"));
    }

    void droppedConnectionResumesWithRangeAndTheReleaseIsKept()
    {
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::DropMidBody, 1);
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto result = f->fetch(c, {*c.release(13, v("2.2.0"), sources())});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        bool ranged = false;
        for (const auto &r : m_server->requests())
            ranged = ranged || (r.path == zipPath("2.2.0", "boron") && r.range.startsWith("bytes="));
        QVERIFY(ranged);
        QVERIFY(m_cache->openRelease(13, v("2.2.0")).ok());
    }

    void oneBadReleaseKeepsNoneOfTheJob()
    {
        m_server->setFault(zipPath("2.2.0", "boron"), Fault::FlipByte);
        auto f = fetcher(sources());
        const ReleaseCatalog c = catalog(*f);
        auto result = f->fetch(c, {*c.release(13, v("2.1.0"), sources()), *c.release(13, v("2.2.0"), sources())});
        QVERIFY(!result.ok());
        QVERIFY(nothingKept()); // 2.1.0 passed its checks, but the job failed as a whole
    }

    void cancelEndsWithNothingKept()
    {
        m_server->setSlowRate(32 * 1024);
        m_server->setFault(QStringLiteral("*"), Fault::Slow);
        auto f = fetcher(sources());
        m_server->clearFaults();
        const ReleaseCatalog c = catalog(*f);
        m_server->setFault(QStringLiteral("*"), Fault::Slow);
        connect(f.get(), &ReleaseFetcher::progressChanged, f.get(), [&f](const DownloadProgress &p) {
            if (p.done > 0)
                f->cancel();
        });
        auto result = f->fetch(c, {*c.release(13, v("2.2.0"), sources())});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.cancelled"));
        QVERIFY(nothingKept());
    }
};

QTEST_GUILESS_MAIN(TestReleaseFetch)
#include "tst_releasefetch.moc"
