// Restore kits: exported from one cache, imported into an empty one and used offline (opened as a
// bundle, planned); a kit with one altered file, one from a future format version, one that lists
// less or more than it holds is refused with nothing kept.
#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"
#include "catalog/restorekit.h"
#include "catalog/safezip.h"
#include "platform/platformdatabase.h"
#include "restore/restoreplanner.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

using Entries = QList<std::pair<QString, QByteArray>>;

Entries kitEntries(const QString &kit)
{
    auto zip = SafeZip::open(kit, kit, ZipLimits{1000, 64 << 20, qint64(1) << 32});
    Entries out;
    for (const ZipEntryInfo &e : zip->entries())
        out << std::pair{e.name, *zip->read(e.name)};
    return out;
}

QByteArray &entry(Entries &entries, const QString &name)
{
    for (auto &[n, bytes] : entries)
        if (n == name)
            return bytes;
    qFatal("no entry %s", qPrintable(name));
}

} // namespace

class TestRestoreKit : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    ReleaseLayout layout;
    ReleaseCatalog catalog;
    QString kit; // boron 2.2.0 and 1.5.2, exported once

    bool fill(ReleaseCache &cache, const char *platform, const char *version)
    {
        auto r = catalog.release(catalog.platform(QString::fromLatin1(platform))->id, v(version), layout.sources());
        return r.ok() && cache.addRelease(catalog, *r, fetchFromFolder(*r)).ok();
    }
    bool storeLayoutCatalog(ReleaseCache &cache)
    {
        return cache
            .storeCatalog(readAll(layout.path(QStringLiteral("assets/files/deviceRestore.json"))),
                          readAll(layout.path(QStringLiteral("assets/files/deviceOsVersions.json"))),
                          readAll(layout.path(QStringLiteral("assets/files/versionInfo.json"))), layout.rootUrl,
                          QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC))
            .ok();
    }
    QString rewritten(const Entries &entries, const char *name)
    {
        const QString path = work.filePath(QString::fromLatin1(name));
        if (!SafeZip::write(path, entries).ok())
            qFatal("cannot write %s", name);
        return path;
    }
    static bool stagingIsEmpty(const ReleaseCache &cache)
    {
        return QDir(cache.root() + QStringLiteral("/tmp")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty();
    }
    void expectNothingKept(const ReleaseCache &cache)
    {
        QVERIFY(cache.releases().isEmpty());
        QCOMPARE(cache.openCatalog().error().code, QString::fromLatin1(cacheerror::NoCatalog));
        QVERIFY(stagingIsEmpty(cache)); // the releases checked before the failure were staged, then removed
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto l = buildReleaseLayout(work.filePath(QStringLiteral("layout")), {QStringLiteral("boron")});
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().text()));
        layout = *l;
        catalog = *ReleaseCatalog::loadFolder(layout.root);
        ReleaseCache source(work.filePath(QStringLiteral("source-cache")));
        QVERIFY(storeLayoutCatalog(source));
        QVERIFY(fill(source, "boron", "2.2.0"));
        QVERIFY(fill(source, "boron", "1.5.2"));
        kit = work.filePath(QStringLiteral("boron.drkit.zip"));
        auto releases = RestoreKit::releasesFor(catalog, *PlatformDatabase::builtin().byId(13), {v("2.2.0"), v("1.5.2")});
        QVERIFY(releases.ok());
        auto exported = RestoreKit::exportKit(source, *releases, kit);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().text()));
        QCOMPARE(exported->releases.size(), 2);
    }

    void theManifestNamesEveryFileWithItsSumSizeSourceAndDate()
    {
        const Entries entries = kitEntries(kit);
        auto m = KitManifest::fromJson(entries.first().second, kit);
        QVERIFY(m.ok());
        QCOMPARE(entries.first().first, QStringLiteral("manifest.json"));
        QCOMPARE(m->formatVersion, 1);
        QCOMPARE(m->catalogFiles.size(), 3);
        QCOMPARE(m->catalogFetchedAt, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        for (const KitRelease &k : m->releases) {
            for (const KitFile &f : k.files) {
                const auto it = std::find_if(entries.begin(), entries.end(), [&f](const auto &e) { return e.first == f.path; });
                QVERIFY2(it != entries.end(), qPrintable(f.path));
                QCOMPARE(f.size, it->second.size());
                QCOMPARE(f.sha256, QCryptographicHash::hash(it->second, QCryptographicHash::Sha256));
                QVERIFY(f.sourceUrl.isLocalFile());
                QVERIFY(f.date.isValid());
            }
        }
    }

    void aKitImportedOnAnEmptyCacheIsUsedOffline()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        auto imported = RestoreKit::importKit(cache, kit);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
        QCOMPARE(imported->added.size(), 2);
        QVERIFY(imported->catalogStored);
        QVERIFY(stagingIsEmpty(cache)); // every staged file was moved into the cache
        auto offline = cache.openCatalog();
        QVERIFY(offline.ok());
        QVERIFY(offline->offline());
        QVERIFY(offline->version(v("2.2.0")));
        auto bundle = cache.openBundle({{13, v("1.5.2")}, {13, v("2.2.0")}});
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().text()));
        PlanRequest request;
        request.platform = PlatformDatabase::builtin().byId(13);
        request.target = v("2.2.0");
        request.bundle = &*bundle;
        request.device = bundle->inspectionAfterRestore(13, v("1.5.2"));
        const RestorePlan plan = RestorePlanner::plan(request);
        QVERIFY2(!plan.refused(), qPrintable(plan.messages.isEmpty() ? QString() : plan.messages.first().text));
        QVERIFY(plan.totalBytes() > 0);
    }

    void aKitWithOneAlteredFileIsRefusedAndNothingKept()
    {
        Entries entries = kitEntries(kit);
        QByteArray &zip = entry(entries, QStringLiteral("releases/2.2.0/boron/boron.zip"));
        zip[zip.size() / 2] = char(zip[zip.size() / 2] ^ 0x20);
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        auto imported = RestoreKit::importKit(cache, rewritten(entries, "altered.zip"));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QString::fromLatin1(kiterror::Altered));
        QVERIFY2(imported.error().message.contains(QStringLiteral("releases/2.2.0/boron/boron.zip")),
                 qPrintable(imported.error().message));
        expectNothingKept(cache);
    }

    void aKitWhoseManifestWasAlteredTooFailsTheModuleChecks()
    {
        Entries entries = kitEntries(kit);
        QByteArray &json = entry(entries, QStringLiteral("releases/1.5.2/boron/boron.json"));
        const qsizetype crc = json.indexOf("\"crcBlock\": \"");
        QVERIFY(crc > 0);
        const qsizetype digit = crc + 13;
        json[digit] = json[digit] == '0' ? '1' : '0'; // the sidecar's CRC-32 of one part, changed
        QByteArray &manifest = entry(entries, QStringLiteral("manifest.json"));
        auto m = KitManifest::fromJson(manifest, kit);
        for (KitRelease &k : m->releases)
            for (KitFile &f : k.files)
                if (f.path.endsWith(QLatin1String("1.5.2/boron/boron.json"))) {
                    f.sha256 = QCryptographicHash::hash(json, QCryptographicHash::Sha256);
                    f.size = json.size();
                }
        manifest = m->toJson();
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        auto imported = RestoreKit::importKit(cache, rewritten(entries, "consistent-but-wrong.zip"));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QString::fromLatin1(sidecarerror::Disagrees));
        expectNothingKept(cache);
    }

    void aKitFromAFutureFormatVersionIsRefused()
    {
        Entries entries = kitEntries(kit);
        QByteArray &manifest = entry(entries, QStringLiteral("manifest.json"));
        manifest.replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        auto imported = RestoreKit::importKit(cache, rewritten(entries, "future.zip"));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QString::fromLatin1(kiterror::FutureFormat));
        QVERIFY2(imported.error().message.contains(QStringLiteral("format version 2, made by a newer Device Restore")),
                 qPrintable(imported.error().message));
        QVERIFY(imported.error().remedy.contains(QStringLiteral("Update Device Restore")));
        expectNothingKept(cache);
    }

    void aFileTheManifestDoesNotListIsRefused()
    {
        Entries entries = kitEntries(kit);
        entries << std::pair{QStringLiteral("releases/extra.bin"), QByteArray("x")};
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        auto imported = RestoreKit::importKit(cache, rewritten(entries, "extra.zip"));
        QCOMPARE(imported.error().code, QString::fromLatin1(kiterror::Incomplete));
        expectNothingKept(cache);
    }

    void aListedFileThatIsMissingIsRefused()
    {
        Entries entries = kitEntries(kit);
        entries.removeIf([](const auto &e) { return e.first == QLatin1String("releases/1.5.2/boron/boron.zip"); });
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        auto imported = RestoreKit::importKit(cache, rewritten(entries, "missing.zip"));
        QCOMPARE(imported.error().code, QString::fromLatin1(kiterror::Incomplete));
        expectNothingKept(cache);
    }

    void aManifestPathLeavingTheKitIsRefused()
    {
        Entries entries = kitEntries(kit);
        QByteArray &manifest = entry(entries, QStringLiteral("manifest.json"));
        manifest.replace("\"releases/2.2.0/boron/boron.zip\"", "\"../../boron.zip\"");
        const auto m = KitManifest::fromJson(manifest, QStringLiteral("kit.zip"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QString::fromLatin1(kiterror::BadManifest));
        QVERIFY2(m.error().message.contains(QStringLiteral("leaves the kit's folders")), qPrintable(m.error().message));
    }

    // Found by fuzz_kit_manifest: a colon passed, and on Windows "C:x" leaves the kit (drive-relative)
    // and "boron:x.zip" writes an NTFS stream.
    void aManifestPathWithADriveOrStreamColonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("stream") << QByteArray("releases/2.2.0/boron/bor:on.zip");
        QTest::newRow("drive-relative") << QByteArray("C:boron.zip");
        QTest::newRow("drive") << QByteArray("C:/Windows/boron.zip");
    }
    void aManifestPathWithADriveOrStreamColonIsRefused()
    {
        QFETCH(QByteArray, path);
        Entries entries = kitEntries(kit);
        QByteArray &manifest = entry(entries, QStringLiteral("manifest.json"));
        manifest.replace("\"releases/2.2.0/boron/boron.zip\"", "\"" + path + "\"");
        const auto m = KitManifest::fromJson(manifest, QStringLiteral("kit.zip"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QString::fromLatin1(kiterror::BadManifest));
        QVERIFY2(m.error().message.contains(QStringLiteral("leaves the kit's folders")), qPrintable(m.error().message));
    }

    void aZipWithoutManifestIsNotAKit()
    {
        const QString path = rewritten({{QStringLiteral("boron.zip"), QByteArray("x")}}, "no-manifest.zip");
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QCOMPARE(RestoreKit::importKit(cache, path).error().code, QString::fromLatin1(kiterror::NotAKit));
    }

    void exportingAReleaseWhoseCachedFileChangedIsRefusedAndWritesNoKit()
    {
        QTemporaryDir dir;
        ReleaseCache cache(dir.path());
        QVERIFY(RestoreKit::importKit(cache, kit).ok());
        const auto cached = cache.find(13, v("2.2.0"));
        QVERIFY(cached);
        QFile file(cache.root() + QStringLiteral("/releases/") + cached->files.first().cachePath);
        QVERIFY2(file.open(QIODevice::ReadWrite), qPrintable(file.fileName()));
        file.seek(100);
        file.write("tampered");
        file.close();
        const QString out = dir.filePath(QStringLiteral("out.zip"));
        auto releases = RestoreKit::releasesFor(catalog, *PlatformDatabase::builtin().byId(13), {v("2.2.0")});
        QVERIFY(releases.ok());
        auto exported = RestoreKit::exportKit(cache, *releases, out);
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().code, QString::fromLatin1(cacheerror::Tampered));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!cache.contains(13, v("2.2.0"))); // dropped, to be fetched again
    }

    void exportingAReleaseThatIsNotCachedSaysToFetchIt()
    {
        ReleaseCache source(work.filePath(QStringLiteral("source-cache")));
        auto r = catalog.release(13, v("2.1.0"), layout.sources());
        auto exported = RestoreKit::exportKit(source, {*r}, work.filePath(QStringLiteral("never.zip")));
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().code, QString::fromLatin1(kiterror::NotCached));
        QVERIFY(!QFile::exists(work.filePath(QStringLiteral("never.zip"))));
    }

    void aKitHoldsTheIntermediateReleasesItsPlansNeed()
    {
        auto real = ReleaseCatalog::loadFolder(catalogDataDir());
        QVERIFY(real.ok());
        auto electron = RestoreKit::releasesFor(*real, *PlatformDatabase::builtin().byId(10), {v("2.3.1")});
        QVERIFY(electron.ok());
        QStringList keys;
        for (const CatalogRelease &r : *electron)
            keys << r.key();
        QCOMPARE(keys, (QStringList{QStringLiteral("0.5.5/electron"), QStringLiteral("0.6.4/electron"),
                                    QStringLiteral("0.7.0/electron"), QStringLiteral("1.2.1/electron"),
                                    QStringLiteral("2.3.1/electron")}));
        auto boron = RestoreKit::releasesFor(*real, *PlatformDatabase::builtin().byId(13), {v("1.4.4")});
        QCOMPARE(boron->size(), 2);
        QCOMPARE(boron->at(0).key(), QStringLiteral("1.5.2/boron"));
    }
};

QTEST_GUILESS_MAIN(TestRestoreKit)
#include "tst_restorekit.moc"
