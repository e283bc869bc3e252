// The release catalog read from Particle's real catalog files (../shared/data/catalog, copies of
// the docs site's files at 74c22c1d) gives the facts they hold; broken files fail with the file
// and the field named.
#include "catalog/releasecatalog.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QFile>
#include <QTest>

using namespace dr;

namespace {

const QString kCatalogDir = QStringLiteral(DR_SOURCE_DIR "/../shared/data/catalog");

QByteArray readAll(const QString &name)
{
    QFile f(kCatalogDir + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SemVer v(const char *text)
{
    return *SemVer::parse(QString::fromLatin1(text));
}

} // namespace

class TestReleaseCatalog : public QObject
{
    Q_OBJECT

    ReleaseCatalog catalog;
    QByteArray restoreJson, versionsJson, infoJson;

    int idOf(const char *name) const
    {
        const CatalogPlatform *p = catalog.platform(QString::fromLatin1(name));
        return p ? p->id : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        restoreJson = readAll(QStringLiteral("deviceRestore.json"));
        versionsJson = readAll(QStringLiteral("deviceOsVersions.json"));
        infoJson = readAll(QStringLiteral("versionInfo.json"));
        QVERIFY2(!restoreJson.isEmpty(), qPrintable(kCatalogDir + QStringLiteral(" has no deviceRestore.json")));
        auto c = ReleaseCatalog::loadFolder(kCatalogDir);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().text()));
        catalog = *c;
    }

    void holds69VersionsFrom635DownTo055()
    {
        QCOMPARE(catalog.versions().size(), 69);
        QCOMPARE(catalog.versions().first().version, v("6.3.5"));
        QCOMPARE(catalog.versions().last().version, v("0.5.5"));
    }

    void holds439RestoreZips() { QCOMPARE(catalog.zipCount(), 439); }

    void listsThirteenPlatformsAndTheASomUnlisted()
    {
        int listed = 0;
        for (const CatalogPlatform &p : catalog.platforms())
            listed += p.listed ? 1 : 0;
        QCOMPARE(listed, 13);
        const CatalogPlatform *asom = catalog.platform(QStringLiteral("asom"));
        QVERIFY(asom);
        QVERIFY(!asom->listed);
        QCOMPARE(asom->id, 22);
        QVERIFY(catalog.version(v("1.4.4"))->zipPlatforms.contains(22));
    }

    void mapsCatalogPlatformsToThePlatformDatabase()
    {
        for (const CatalogPlatform &p : catalog.platforms()) {
            QVERIFY2(p.platform, qPrintable(p.name));
            QCOMPARE(p.platform->id, p.id);
        }
        QCOMPARE(catalog.platform(QStringLiteral("b5som"))->title, QStringLiteral("B5xx"));
    }

    void hasNo61ForTheP2()
    {
        const int p2 = idOf("p2");
        for (const CatalogVersion *cv : catalog.versionsFor(p2, true))
            QVERIFY2(!(cv->version.major() == 6 && cv->version.minor() == 1), qPrintable(cv->name));
        QVERIFY(catalog.version(v("6.1.1"))->availableFor(idOf("boron")));
    }

    void gen2ZipsEndAt331()
    {
        for (const char *name : {"photon", "p1", "electron"}) {
            const int id = idOf(name);
            SemVer newestZip;
            for (const CatalogVersion &cv : catalog.versions())
                if (cv.zipPlatforms.contains(id) && cv.version > newestZip)
                    newestZip = cv.version;
            QCOMPARE(newestZip, v("3.3.1"));
        }
    }

    void readsReleaseStatesAndParticleDefaults()
    {
        QCOMPARE(catalog.version(v("6.3.5"))->state, ReleaseState::Preview);
        QCOMPARE(catalog.version(v("6.3.4"))->state, ReleaseState::Ga);
        QCOMPARE(catalog.particleDefault(idOf("boron")), v("6.3.4"));
        QCOMPARE(catalog.particleDefault(idOf("trackerm")), v("5.8.0"));
        QCOMPARE(catalog.particleDefault(idOf("photon")), v("3.3.1"));
    }

    void latestSkipsPreviewsAndLtsIsTheNewestEvenMajor()
    {
        QCOMPARE(catalog.latest(idOf("boron")), v("6.3.4"));
        QCOMPARE(catalog.latestLts(idOf("boron")), v("6.3.4"));
        QCOMPARE(catalog.latest(idOf("electron")), v("3.3.1"));
        QCOMPARE(catalog.latestLts(idOf("electron")), v("2.3.1"));
    }

    void hidesPrereleasesUnlessAsked()
    {
        const int boron = idOf("boron");
        const auto shown = catalog.versionsFor(boron);
        const auto all = catalog.versionsFor(boron, true);
        QVERIFY(all.size() > shown.size());
        for (const CatalogVersion *cv : shown)
            QVERIFY2(!cv->version.isPrerelease() && cv->state != ReleaseState::Preview, qPrintable(cv->name));
    }

    void readsModuleVersionsFromVersionInfo()
    {
        QCOMPARE(catalog.systemModuleVersion(v("6.3.5")), 6306);
        QCOMPARE(catalog.bootloaderModuleVersion(v("3.3.1")), 1100);
        QCOMPARE(catalog.version(v("2.2.0"))->systemModuleVersion, 2202);
    }

    void zipReleasesComeFromTheDocsSite()
    {
        auto rel = catalog.release(idOf("boron"), v("6.3.5"));
        QVERIFY(rel.ok());
        QCOMPARE(rel->source, ReleaseSourceKind::RestoreZip);
        QCOMPARE(rel->files.size(), 2);
        QCOMPARE(rel->files[0].urls.first().toString(),
                 QStringLiteral("https://docs.particle.io/assets/files/device-restore/6.3.5/boron.zip"));
        QCOMPARE(rel->files[1].urls.first().toString(),
                 QStringLiteral("https://docs.particle.io/assets/files/device-restore/6.3.5/boron.json"));
        QCOMPARE(rel->files[0].cachePath, QStringLiteral("6.3.5/boron/boron.zip"));
    }

    void oldGen2ReleasesComeAsModuleFilesWithAGitHubFallback()
    {
        auto rel = catalog.release(idOf("electron"), v("0.6.4"));
        QVERIFY2(rel.ok(), qPrintable(rel.ok() ? QString() : rel.error().text()));
        QCOMPARE(rel->source, ReleaseSourceKind::ModuleFiles);
        QStringList required;
        for (const ReleaseFile &f : rel->files)
            if (f.required)
                required << f.name;
        QCOMPARE(required, (QStringList{QStringLiteral("electron-system-part2@0.6.4.bin"),
                                        QStringLiteral("electron-system-part3@0.6.4.bin"),
                                        QStringLiteral("electron-system-part1@0.6.4.bin")}));
        const ReleaseFile &first = rel->files.first();
        QVERIFY(first.urls.size() >= 2);
        QVERIFY(first.urls[0].toString().startsWith(QStringLiteral("https://api.particle.io/v1/firmware/device-os/v")));
        QVERIFY(first.urls[1].toString().startsWith(
            QStringLiteral("https://github.com/particle-iot/device-os/releases/download/v")));
    }

    void aMirrorFolderServesTheSameLayout()
    {
        const ReleaseSources mirror = ReleaseSources::mirror(QUrl(QStringLiteral("file:///srv/particle/")));
        auto zip = catalog.release(idOf("p2"), v("6.3.4"), mirror);
        QCOMPARE(zip->files[0].urls, QList<QUrl>{QUrl(QStringLiteral(
                                         "file:///srv/particle/assets/files/device-restore/6.3.4/p2.zip"))});
        auto files = catalog.release(idOf("photon"), v("0.7.0"), mirror);
        QVERIFY(files.ok());
        for (const ReleaseFile &f : files->files)
            for (const QUrl &u : f.urls)
                QVERIFY2(u.toString().startsWith(QStringLiteral("file:///srv/particle/v1/firmware/device-os/v0.7.0/")),
                         qPrintable(u.toString()));
    }

    void refusesAVersionNotPublishedForThePlatform()
    {
        auto rel = catalog.release(idOf("p2"), v("6.1.1"));
        QVERIFY(!rel.ok());
        QCOMPARE(rel.error().code, QString::fromLatin1(catalogerror::NotAvailable));
        auto unknown = catalog.release(idOf("boron"), v("9.9.9"));
        QCOMPARE(unknown.error().code, QString::fromLatin1(catalogerror::UnknownVersion));
    }

    void aSerialPlanNeedsTheUpgradePathReleases()
    {
        const Platform *electron = PlatformDatabase::builtin().byName(u"electron");
        PlanOptions noDfu;
        noDfu.allowDfu = false;
        auto list = catalog.releasesForPlan(*electron, v("0.5.2"), v("2.3.1"), noDfu);
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().text()));
        QStringList keys;
        for (const CatalogRelease &r : *list)
            keys << r.key();
        QCOMPARE(keys, (QStringList{QStringLiteral("0.5.5/electron"), QStringLiteral("0.6.4/electron"),
                                    QStringLiteral("0.7.0/electron"), QStringLiteral("1.2.1/electron"),
                                    QStringLiteral("2.3.1/electron")}));
        QCOMPARE(list->last().source, ReleaseSourceKind::RestoreZip);
        QCOMPARE(list->first().source, ReleaseSourceKind::ModuleFiles);
    }

    void aDfuPlanNeedsOnlyTheTarget()
    {
        const Platform *photon = PlatformDatabase::builtin().byName(u"photon");
        auto list = catalog.releasesForPlan(*photon, v("0.5.2"), v("3.3.1"), PlanOptions{});
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().key(), QStringLiteral("3.3.1/photon"));
    }

    void aBoronDowngradeFrom2xStopsAt152()
    {
        const Platform *boron = PlatformDatabase::builtin().byName(u"boron");
        auto list = catalog.releasesForPlan(*boron, v("6.3.4"), v("1.4.4"), PlanOptions{});
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).version, v("1.5.2"));
        QCOMPARE(list->at(1).version, v("1.4.4"));
    }

    void ignoresUnknownKeysSuchAsVersionsProtected()
    {
        QByteArray json = restoreJson;
        json.replace("\"versionNames\"", "\"versionsProtected\": {\"6.3.5\": [\"boron\"]},\n  \"versionNames\"");
        auto c = ReleaseCatalog::fromJson(json, versionsJson, infoJson);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().text()));
        QCOMPARE(c->versions().size(), 69);
    }

    void truncatedJsonNamesTheFile()
    {
        auto c = ReleaseCatalog::fromJson(restoreJson.left(restoreJson.size() / 2), versionsJson, infoJson);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QString::fromLatin1(catalogerror::Malformed));
        QVERIFY2(c.error().message.startsWith(QStringLiteral("deviceRestore.json: not valid JSON at line")),
                 qPrintable(c.error().message));
        auto d = ReleaseCatalog::fromJson(restoreJson, versionsJson.left(1000), infoJson);
        QVERIFY(d.error().message.startsWith(QStringLiteral("deviceOsVersions.json: not valid JSON")));
    }

    void aFieldOfTheWrongTypeNamesTheField_data()
    {
        QTest::addColumn<int>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("version name") << 0 << QByteArray("\"6.3.5\",\n    \"6.3.4\"")
                                      << QByteArray("\"6.3.5\",\n    \"six\"")
                                      << QStringLiteral("deviceRestore.json: versionNames[1]: \"six\" is not a version");
        QTest::newRow("platform id") << 0 << QByteArray("\"id\": 12") << QByteArray("\"id\": \"12\"")
                                     << QStringLiteral("deviceRestore.json: platforms[0].id:");
        QTest::newRow("zip list") << 0 << QByteArray("\"versionsZip\": {\n    \"1.4.4\": [")
                                  << QByteArray("\"versionsZip\": {\n    \"1.4.4\": 7, \"x\": [")
                                  << QStringLiteral("deviceRestore.json: versionsZip.1.4.4: expected an array");
        QTest::newRow("release state row") << 1 << QByteArray("\"version\": \"6.3.5\"") << QByteArray("\"version\": 635")
                                           << QStringLiteral("deviceOsVersions.json: [0].version:");
        QTest::newRow("sys") << 2 << QByteArray("\"sys\": 11") << QByteArray("\"sys\": \"eleven\"")
                             << QStringLiteral("versionInfo.json: versions[0].sys:");
    }
    void aFieldOfTheWrongTypeNamesTheField()
    {
        QFETCH(int, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray files[3] = {restoreJson, versionsJson, infoJson};
        QVERIFY2(files[file].contains(from), from.constData());
        files[file].replace(files[file].indexOf(from), from.size(), to);
        auto c = ReleaseCatalog::fromJson(files[0], files[1], files[2]);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QString::fromLatin1(catalogerror::Malformed));
        QVERIFY2(c.error().message.startsWith(message), qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCatalog)
#include "tst_releasecatalog.moc"
