// `device-restore catalog` and `device-restore kit export|import` as a person runs them: the
// catalog from a file:// folder, then offline from the cache saying since when; labels, cached
// releases and pre-releases; a kit exported from one cache and imported into another; exit codes.
#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"
#include "catalog/safezip.h"
#include "platform/platformdatabase.h"
#include "support/releaselayout.h"
#include "support/runcli.h"
#include "version/deviceosversions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::test;

class TestCatalogCli : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    ReleaseLayout layout;
    ReleaseCatalog catalog;

    // A fresh cache folder that the next runs of device-restore use.
    QString useCache(const QString &name)
    {
        const QString root = work.filePath(name);
        qputenv("DEVICE_RESTORE_CACHE", QFile::encodeName(root));
        return root;
    }
    void fill(const QString &root, int platformId, const char *version)
    {
        ReleaseCache cache(root);
        auto r = catalog.release(platformId, *SemVer::parse(QString::fromLatin1(version)), layout.sources());
        QVERIFY(r.ok());
        auto added = cache.addRelease(catalog, *r, fetchFromFolder(*r));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
    }
    QString layoutUrl() const { return layout.rootUrl.toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto l = buildReleaseLayout(work.filePath(QStringLiteral("layout")), {QStringLiteral("boron")});
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().text()));
        layout = *l;
        catalog = *ReleaseCatalog::loadFolder(layout.root);
    }

    void withoutAKeptCatalogItSaysHowToGetOne()
    {
        useCache(QStringLiteral("empty"));
        const CliRun run = runDeviceRestore({QStringLiteral("catalog")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No release catalog was kept yet"), run.err.constData());
        QVERIFY(run.err.contains("--catalog-url"));
    }

    void aFolderCatalogIsKeptAndThenListedOfflineWithItsDate()
    {
        useCache(QStringLiteral("offline"));
        const CliRun first = runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--catalog-url"), layoutUrl()});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.startsWith("Release catalog from file://"), first.out.constData());
        QVERIFY(first.out.contains("boron"));
        const CliRun second = runDeviceRestore({QStringLiteral("catalog")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.startsWith("Offline: the release catalog kept in the cache, fetched "), second.out.constData());
        QVERIFY(second.out.contains(" UTC from file://"));
    }

    void aPlatformsVersionsShowLabelsAndWhatIsCached()
    {
        const QString root = useCache(QStringLiteral("labels"));
        fill(root, 13, "2.2.0");
        const CliRun run = runDeviceRestore(
            {QStringLiteral("catalog"), QStringLiteral("--catalog-url"), layoutUrl(), QStringLiteral("--platform"),
             QStringLiteral("boron")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        const auto line = [&lines](const char *version) {
            for (const QByteArray &l : lines)
                if (l.trimmed().startsWith(version))
                    return l;
            return QByteArray();
        };
        QVERIFY2(line("2.2.0").contains("zip"), run.out.constData());
        QVERIFY(line("2.2.0").contains("latest, LTS"));
        QVERIFY(line("2.2.0").contains("yes ("));
        QVERIFY(line("2.1.0").endsWith("no"));
        QVERIFY(line("2.0.0").contains("files"));
    }

    void preReleasesAreHiddenUnlessAll()
    {
        useCache(QStringLiteral("prerelease"));
        const QString real = QUrl::fromLocalFile(catalogDataDir()).toString();
        const CliRun shown = runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--catalog-url"), real,
                                               QStringLiteral("--platform"), QStringLiteral("boron")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.out.contains("6.3.5"));
        QVERIFY(!shown.out.contains("rc."));
        QVERIFY(shown.out.contains("pre-releases and previews not shown (--all shows them)"));
        QVERIFY(shown.out.contains("default, latest, LTS"));
        const CliRun all = runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--platform"),
                                             QStringLiteral("boron"), QStringLiteral("--all")});
        QVERIFY(all.out.contains("6.3.5"));
        QVERIFY(all.out.contains("preview"));
        QVERIFY(all.out.contains("pre-release"));
    }

    void jsonSaysOfflineAndWhatIsCached()
    {
        const QString root = useCache(QStringLiteral("json"));
        fill(root, 13, "1.5.2");
        QCOMPARE(runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--catalog-url"), layoutUrl()}).exitCode, 0);
        const CliRun run = runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root2 = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root2.value(QLatin1String("format")).toString(), QStringLiteral("device-restore/catalog"));
        QVERIFY(root2.value(QLatin1String("offline")).toBool());
        QVERIFY(!root2.value(QLatin1String("fetched_at")).toString().isEmpty());
        const QJsonObject boron = root2.value(QLatin1String("platforms")).toArray().first().toObject();
        QCOMPARE(boron.value(QLatin1String("name")).toString(), QStringLiteral("boron"));
        bool sawCached = false;
        for (const QJsonValue &v : boron.value(QLatin1String("versions")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("version")).toString() == QLatin1String("1.5.2")) {
                sawCached = o.value(QLatin1String("cached")).toBool();
                QVERIFY(o.value(QLatin1String("size")).toDouble() > 0);
            }
        }
        QVERIFY(sawCached);
    }

    void aKitExportedFromOneCacheIsImportedIntoAnother()
    {
        const QString source = useCache(QStringLiteral("kit-source"));
        QCOMPARE(runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--catalog-url"), layoutUrl()}).exitCode, 0);
        fill(source, 13, "2.2.0");
        fill(source, 13, "2.1.0");
        const QString kit = work.filePath(QStringLiteral("boron-kit.zip"));
        const CliRun exported = runDeviceRestore({QStringLiteral("kit"), QStringLiteral("export"), QStringLiteral("--platform"),
                                                  QStringLiteral("boron"), QStringLiteral("--version"),
                                                  QStringLiteral("2.2.0,2.1.0"), QStringLiteral("-o"), kit});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains("boron 2.2.0, boron 2.1.0, and the release catalog"), exported.out.constData());

        useCache(QStringLiteral("kit-target"));
        const CliRun imported = runDeviceRestore({QStringLiteral("kit"), QStringLiteral("import"), kit});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("Added to the release cache: boron 2.2.0, boron 2.1.0."), imported.out.constData());
        const CliRun listed = runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--platform"), QStringLiteral("boron")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.startsWith("Offline:"));
        QCOMPARE(listed.out.count("yes ("), 2);
    }

    void anAlteredKitIsRefusedWithExitCode3()
    {
        const QString source = useCache(QStringLiteral("altered-source"));
        QCOMPARE(runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--catalog-url"), layoutUrl()}).exitCode, 0);
        fill(source, 13, "2.2.0");
        const QString kit = work.filePath(QStringLiteral("altered-kit.zip"));
        QCOMPARE(runDeviceRestore({QStringLiteral("kit"), QStringLiteral("export"), QStringLiteral("-p"), QStringLiteral("boron"),
                                   QStringLiteral("-v"), QStringLiteral("2.2.0"), QStringLiteral("-o"), kit})
                     .exitCode,
                 0);
        auto zip = SafeZip::open(kit, kit, ZipLimits{100, 64 << 20, qint64(1) << 30});
        QList<std::pair<QString, QByteArray>> entries;
        for (const ZipEntryInfo &e : zip->entries()) {
            QByteArray data = *zip->read(e.name);
            if (e.name.endsWith(QLatin1String("boron.json")))
                data.append(' ');
            entries << std::pair{e.name, data};
        }
        const QString altered = work.filePath(QStringLiteral("altered-kit-2.zip"));
        QVERIFY(SafeZip::write(altered, entries).ok());
        useCache(QStringLiteral("altered-target"));
        const CliRun run = runDeviceRestore({QStringLiteral("kit"), QStringLiteral("import"), altered});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("is not the file that was exported"), run.err.constData());
        QVERIFY(!QFile::exists(work.filePath(QStringLiteral("altered-target/releases"))));
    }

    void exportingWhatIsNotCachedFailsAndNamesIt()
    {
        useCache(QStringLiteral("nothing-cached"));
        QCOMPARE(runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--catalog-url"), layoutUrl()}).exitCode, 0);
        const CliRun run = runDeviceRestore({QStringLiteral("kit"), QStringLiteral("export"), QStringLiteral("-p"),
                                             QStringLiteral("boron"), QStringLiteral("-v"), QStringLiteral("2.2.0"),
                                             QStringLiteral("-o"), work.filePath(QStringLiteral("none.zip"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not in the release cache: 2.2.0"), run.err.constData());
        QVERIFY(!QFile::exists(work.filePath(QStringLiteral("none.zip"))));
    }

    void badArgumentsExitWith2()
    {
        useCache(QStringLiteral("usage"));
        QCOMPARE(runDeviceRestore({QStringLiteral("kit"), QStringLiteral("export"), QStringLiteral("-p"), QStringLiteral("boron")}).exitCode, 2);
        QCOMPARE(runDeviceRestore({QStringLiteral("kit")}).exitCode, 2);
        QCOMPARE(runDeviceRestore({QStringLiteral("catalog"), QStringLiteral("--catalog-url"), layoutUrl(),
                                   QStringLiteral("--platform"), QStringLiteral("nosuch")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
