// The verified release cache: only verified releases are kept, each file written whole or not at
// all; a file changed in the cache is detected when its release is opened, dropped and reported;
// the size limit evicts the least recently used release; the catalog is kept with its fetch date so
// the app works offline; a cached release opens as a FirmwareBundle the planner can use.
#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"
#include "catalog/releaseverifier.h"
#include "platform/platformdatabase.h"
#include "restore/restoreplanner.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace dr;
using namespace dr::test;

namespace {

SemVer v(const char *text)
{
    return *SemVer::parse(QString::fromLatin1(text));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesBelow(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QFileInfo &fi : d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (fi.isDir())
            out << filesBelow(fi.absoluteFilePath());
        else
            out << fi.absoluteFilePath();
    }
    return out;
}

} // namespace

class TestReleaseCache : public QObject
{
    Q_OBJECT

    QTemporaryDir layoutDir;
    ReleaseLayout layout;
    ReleaseCatalog catalog;

    CatalogRelease release(const char *platform, const char *version)
    {
        auto r = catalog.release(catalog.platform(QString::fromLatin1(platform))->id, v(version), layout.sources());
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().text()));
        return *r;
    }
    Result<CacheAddition> add(ReleaseCache &cache, const char *platform, const char *version)
    {
        const CatalogRelease r = release(platform, version);
        return cache.addRelease(catalog, r, fetchFromFolder(r));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto l = buildReleaseLayout(layoutDir.path(), {QStringLiteral("boron"), QStringLiteral("electron")});
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().text()));
        layout = *l;
        catalog = *ReleaseCatalog::loadFolder(layout.root);
    }

    void aVerifiedReleaseIsKeptAndOpensAsABundle()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        auto added = add(cache, "boron", "2.2.0");
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
        QVERIFY(cache.contains(13, v("2.2.0")));
        QCOMPARE(added->release.files.size(), 2);
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/releases/2.2.0/boron/boron.zip")));
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/releases/2.2.0/boron/boron.json")));
        auto path = cache.openRelease(13, v("2.2.0"));
        QVERIFY(path.ok());
        auto bundle = FirmwareBundle::open(*path);
        QVERIFY(bundle.ok());
        QCOMPARE(bundle->releasesFor(13), QList<SemVer>{v("2.2.0")});
    }

    void aReleaseThatFailsVerificationLeavesNothing()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        const CatalogRelease r = release("boron", "2.2.0");
        QList<FetchedFile> files = fetchFromFolder(r);
        files[0].data[files[0].data.size() / 2] = char(files[0].data[files[0].data.size() / 2] ^ 0x04);
        auto added = cache.addRelease(catalog, r, files);
        QVERIFY(!added.ok());
        QVERIFY(cache.releases().isEmpty());
        QVERIFY(filesBelow(dir.path() + QStringLiteral("/releases")).isEmpty());
    }

    void aCachedFileThatChangedIsDetectedDroppedAndReported()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(add(cache, "boron", "2.2.0").ok());
        const QString zip = dir.path() + QStringLiteral("/releases/2.2.0/boron/boron.zip");
        QByteArray bytes = readAll(zip);
        bytes[100] = char(bytes[100] ^ 0x01);
        QFile f(zip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto opened = cache.openRelease(13, v("2.2.0"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QString::fromLatin1(cacheerror::Tampered));
        QVERIFY2(opened.error().message.contains(zip), qPrintable(opened.error().message));
        QVERIFY(opened.error().remedy.contains(QStringLiteral("Fetch it again")));
        QVERIFY(!cache.contains(13, v("2.2.0")));
        QVERIFY(!QFile::exists(zip));
    }

    void aTornManifestMakesTheCacheStartAfresh()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(add(cache, "boron", "2.2.0").ok());
        // The manifest is not flushed to the disk (the files it lists are checked when opened): a
        // power cut can leave it empty. The cache then holds nothing and takes releases again.
        QFile manifest(dir.path() + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.close();
        QVERIFY(cache.releases().isEmpty());
        QVERIFY(!cache.contains(13, v("2.2.0")));
        QVERIFY(add(cache, "boron", "2.2.0").ok());
        QVERIFY(cache.openRelease(13, v("2.2.0")).ok());
    }

    void aManifestDamagedInsideItsTextIsReportedWithWhatToDo()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(add(cache, "boron", "2.2.0").ok());
        QFile manifest(dir.path() + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write("{\"format\": \"device-restore/release-cache\", \"formatVer");
        manifest.close();
        auto added = add(cache, "electron", "2.2.0");
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QString::fromLatin1(cacheerror::BadManifest));
        QVERIFY(added.error().remedy.contains(dir.path()));
    }

    void aJobOfReleasesIsStoredWithOneChangeOfTheManifest()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QList<VerifiedRelease> job;
        for (const char *platform : {"boron", "electron"}) {
            const CatalogRelease r = release(platform, "2.2.0");
            auto verified = ReleaseVerifier(&catalog).verify(r, fetchFromFolder(r));
            QVERIFY(verified.ok());
            job << *verified;
        }
        auto added = cache.addVerified(job);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
        QCOMPARE(added->size(), 2);
        QVERIFY(cache.contains(13, v("2.2.0")));
        QVERIFY(cache.contains(10, v("2.2.0")));
        QVERIFY(cache.openRelease(10, v("2.2.0")).ok());
    }

    void aVerifiedFileWhoseBytesWentMissingIsNotKept()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        const CatalogRelease r = release("boron", "2.2.0");
        auto verified = ReleaseVerifier(&catalog).verify(r, fetchFromFolder(r));
        QVERIFY(verified.ok());
        verified->files[0].data.chop(1);
        auto added = cache.addVerified(*verified);
        QVERIFY(!added.ok());
        QVERIFY(cache.releases().isEmpty());
        QVERIFY(filesBelow(dir.path() + QStringLiteral("/releases")).isEmpty());
    }

    void verifyAllReportsEveryChangedRelease()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(add(cache, "boron", "2.2.0").ok());
        QVERIFY(add(cache, "boron", "2.1.0").ok());
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/releases/2.1.0/boron/boron.json")));
        const QList<CacheProblem> problems = cache.verifyAll();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].key, QStringLiteral("2.1.0/boron"));
        QCOMPARE(cache.releases().size(), 1);
    }

    void theLeastRecentlyUsedReleaseIsEvictedBeyondTheLimit()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        auto a = add(cache, "boron", "2.2.0");
        QTest::qWait(5);
        auto b = add(cache, "boron", "2.1.0");
        QVERIFY(a.ok() && b.ok());
        QTest::qWait(5);
        QVERIFY(cache.openRelease(13, v("2.2.0")).ok()); // used after 2.1.0 was added
        qint64 cSize = 0;
        for (const FetchedFile &f : fetchFromFolder(release("boron", "1.5.2")))
            cSize += f.data.size();
        cache.setSizeLimit(a->release.size() + cSize + 1024); // room for 2.2.0 and 1.5.2, not 2.1.0 too
        QTest::qWait(5);
        auto c = add(cache, "boron", "1.5.2");
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().text()));
        QCOMPARE(c->evicted, QStringList{QStringLiteral("2.1.0/boron")});
        QVERIFY(cache.contains(13, v("2.2.0")));
        QVERIFY(cache.contains(13, v("1.5.2")));
        QVERIFY(!cache.contains(13, v("2.1.0")));
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/releases/2.1.0/boron/boron.zip")));
        QVERIFY(cache.totalSize() <= cache.sizeLimit());
    }

    void removeAllRemovesTheReleasesAndKeepsTheCatalog()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(add(cache, "boron", "2.2.0").ok());
        QVERIFY(cache.storeCatalog(readAll(layout.path(QStringLiteral("assets/files/deviceRestore.json"))),
                                   readAll(layout.path(QStringLiteral("assets/files/deviceOsVersions.json"))),
                                   readAll(layout.path(QStringLiteral("assets/files/versionInfo.json"))), layout.rootUrl)
                    .ok());
        QVERIFY(cache.removeAll().ok());
        QVERIFY(cache.releases().isEmpty());
        QVERIFY(!QDir(dir.path() + QStringLiteral("/releases")).exists());
        QVERIFY(cache.openCatalog().ok());
        QVERIFY(cache.removeAll(true).ok());
        QCOMPARE(cache.openCatalog().error().code, QString::fromLatin1(cacheerror::NoCatalog));
    }

    void theCatalogIsKeptWithItsFetchDateAndOpensOffline()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        const QDateTime when(QDate(2026, 11, 30), QTime(8, 15), Qt::UTC);
        QVERIFY(cache.storeCatalog(readAll(catalogDataDir() + QStringLiteral("/deviceRestore.json")),
                                   readAll(catalogDataDir() + QStringLiteral("/deviceOsVersions.json")),
                                   readAll(catalogDataDir() + QStringLiteral("/versionInfo.json")),
                                   QUrl(QStringLiteral("https://docs.particle.io")), when)
                    .ok());
        auto opened = ReleaseCache(dir.path()).openCatalog();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
        QVERIFY(opened->offline());
        QCOMPARE(opened->provenance().fetchedAt, when);
        QCOMPARE(opened->provenance().source, QUrl(QStringLiteral("https://docs.particle.io")));
        QCOMPARE(opened->versions().size(), 69);
    }

    void aBrokenCatalogIsNeverKept()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        const QByteArray restore = readAll(catalogDataDir() + QStringLiteral("/deviceRestore.json"));
        const auto stored = cache.storeCatalog(restore.left(500), readAll(catalogDataDir() + QStringLiteral("/deviceOsVersions.json")),
                                               readAll(catalogDataDir() + QStringLiteral("/versionInfo.json")), QUrl());
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, QString::fromLatin1(catalogerror::Malformed));
        QCOMPARE(cache.openCatalog().error().code, QString::fromLatin1(cacheerror::NoCatalog));
    }

    void aKeptCatalogThatChangedIsNotUsed()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(cache.storeCatalog(readAll(catalogDataDir() + QStringLiteral("/deviceRestore.json")),
                                   readAll(catalogDataDir() + QStringLiteral("/deviceOsVersions.json")),
                                   readAll(catalogDataDir() + QStringLiteral("/versionInfo.json")), QUrl())
                    .ok());
        QFile f(dir.path() + QStringLiteral("/catalog/versionInfo.json"));
        QVERIFY(f.open(QIODevice::Append));
        f.write(" ");
        f.close();
        QCOMPARE(cache.openCatalog().error().code, QString::fromLatin1(cacheerror::Tampered));
    }

    void aWriteThatFailsForADiskFullKeepsNothing()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(cache.storeCatalog(readAll(catalogDataDir() + QStringLiteral("/deviceRestore.json")),
                                   readAll(catalogDataDir() + QStringLiteral("/deviceOsVersions.json")),
                                   readAll(catalogDataDir() + QStringLiteral("/versionInfo.json")), QUrl())
                    .ok());
        // A file size limit makes every write past 64 KB fail with EFBIG, as a full disk fails
        // with ENOSPC: the 2.2.0 restore zip is larger. (Works for root too, unlike a read-only folder.)
        const sighandler_t previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        auto added = add(cache, "boron", "2.2.0");
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QString::fromLatin1(cacheerror::WriteFailed));
        QVERIFY2(added.error().message.contains(QStringLiteral("boron.zip")), qPrintable(added.error().message));
        QVERIFY(added.error().remedy.contains(QStringLiteral("Free some disk space")));
        QVERIFY(cache.releases().isEmpty());
        QVERIFY2(filesBelow(dir.path() + QStringLiteral("/releases")).isEmpty(),
                 qPrintable(filesBelow(dir.path() + QStringLiteral("/releases")).join(u' ')));
        QVERIFY(cache.openCatalog().ok()); // what was kept before stays intact
    }

    void aFolderThatCannotBeMadeKeepsNothing()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/releases")));
        QFile blocker(dir.path() + QStringLiteral("/releases/2.2.0"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the version folder must go
        blocker.close();
        auto added = add(cache, "boron", "2.2.0");
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QString::fromLatin1(cacheerror::WriteFailed));
        QVERIFY(cache.releases().isEmpty());
    }

    void thePlanReleasesOpenAsOneBundleThePlannerUses()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        // Electron 0.5.2 -> 2.2.0 over DFU needs 2.2.0 only; the 0.5.2 per-module files are cached
        // beside it for the device's current release.
        const Platform *electron = PlatformDatabase::builtin().byId(10);
        auto needed = catalog.releasesForPlan(*electron, v("0.5.2"), v("2.2.0"), PlanOptions{}, layout.sources());
        QVERIFY(needed.ok());
        QCOMPARE(needed->size(), 1);
        QList<std::pair<int, SemVer>> keys;
        for (const CatalogRelease &r : *needed) {
            QVERIFY(cache.addRelease(catalog, r, fetchFromFolder(r)).ok());
            keys << std::pair{r.platformId, r.version};
        }
        QVERIFY(add(cache, "electron", "0.5.2").ok());
        keys << std::pair{10, v("0.5.2")};
        auto bundle = cache.openBundle(keys);
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().text()));
        QVERIFY(bundle->releasesFor(10).contains(v("2.2.0")));
        QVERIFY(bundle->releasesFor(10).contains(v("0.5.2")));
        PlanRequest request;
        request.platform = electron;
        request.target = v("2.2.0");
        request.bundle = &*bundle;
        request.device = bundle->inspectionAfterRestore(10, v("0.5.2"));
        const RestorePlan plan = RestorePlanner::plan(request);
        QVERIFY2(!plan.refused(), qPrintable(plan.messages.isEmpty() ? QString() : plan.messages.first().text));
        QVERIFY(!plan.steps.isEmpty());
    }

    void aSerialPlanWhoseStopTheCatalogLacksNamesIt()
    {
        // This layout's catalog holds no 0.5.5 (the corpus has none): the serial path cannot be fetched.
        PlanOptions noDfu;
        noDfu.allowDfu = false;
        auto needed = catalog.releasesForPlan(*PlatformDatabase::builtin().byId(10), v("0.5.2"), v("1.5.2"), noDfu,
                                              layout.sources());
        QVERIFY(!needed.ok());
        QCOMPARE(needed.error().code, QString::fromLatin1(catalogerror::UnknownVersion));
        QVERIFY2(needed.error().message.contains(QStringLiteral("0.5.5")), qPrintable(needed.error().message));
    }

    void theRootFollowsDeviceRestoreCache()
    {
        qputenv("DEVICE_RESTORE_CACHE", "/tmp/dr-cache-test-root");
        QCOMPARE(ReleaseCache::defaultRoot(), QStringLiteral("/tmp/dr-cache-test-root"));
        qunsetenv("DEVICE_RESTORE_CACHE");
        QVERIFY(ReleaseCache::defaultRoot().endsWith(QStringLiteral("/releases")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCache)
#include "tst_releasecache.moc"
