// Release verification before anything is kept: every release of the layout built from the real
// corpus (restore zips with sidecars, per-module files) passes; each way a release can be wrong
// (unsafe zip names, entries claiming gigabytes, a module of another platform or release, a
// sidecar that disagrees, one flipped byte, a missing file) fails with the file, the check and
// what to do.
#include "catalog/releasecatalog.h"
#include "catalog/releaseverifier.h"
#include "catalog/safezip.h"
#include "catalog/sidecar.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "support/corpus.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

#include <zlib.h>

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

QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.zip"));
    if (!SafeZip::write(path, entries).ok())
        qFatal("cannot write a zip");
    return readAll(path);
}

// Sets the stored CRC-32 (big-endian, last 4 bytes) to match the bytes before it.
void resealCrc(QByteArray &m)
{
    const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(m.constData()), uInt(m.size() - 4));
    for (int i = 0; i < 4; ++i)
        m[m.size() - 4 + i] = char((crc >> (24 - 8 * i)) & 0xFF);
}

} // namespace

class TestReleaseVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ReleaseLayout layout;
    ReleaseCatalog catalog;

    CatalogRelease release(const char *platform, const char *version)
    {
        auto r = catalog.release(catalog.platform(QString::fromLatin1(platform))->id, v(version), layout.sources());
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().text()));
        return *r;
    }
    // The zip entries and sidecar of a layout release, to alter.
    QList<std::pair<QString, QByteArray>> zipEntries(const CatalogRelease &r)
    {
        auto zip = SafeZip::fromBytes(fetchFromFolder(r).at(0).data, QStringLiteral("zip"));
        QList<std::pair<QString, QByteArray>> out;
        for (const ZipEntryInfo &e : zip->entries())
            out << std::pair{e.name, *zip->read(e.name)};
        return out;
    }
    Result<VerifiedRelease> verifyZip(const CatalogRelease &r, const QByteArray &zip, const QByteArray &sidecar)
    {
        return ReleaseVerifier(&catalog).verify(
            r, {FetchedFile{r.files[0].name, zip, r.files[0].urls.first(), {}},
                FetchedFile{r.files[1].name, sidecar, r.files[1].urls.first(), {}}});
    }
    QByteArray sidecarFor(const QList<std::pair<QString, QByteArray>> &entries)
    {
        QList<SidecarPart> parts;
        for (const auto &[name, bytes] : entries)
            parts << Sidecar::describe(name.chopped(4), ModuleParser::parse(bytes, name)->first());
        return Sidecar::fromParts(parts).toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto l = buildReleaseLayout(dir.path());
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().text()));
        layout = *l;
        auto c = ReleaseCatalog::loadFolder(layout.root);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().text()));
        catalog = *c;
    }

    void theLayoutHoldsZipsAndPerModuleReleases()
    {
        QVERIFY(layout.find(QStringLiteral("boron"), QStringLiteral("2.2.0"))->zip);
        QVERIFY(layout.find(QStringLiteral("electron"), QStringLiteral("1.5.2"))->zip);
        QVERIFY(!layout.find(QStringLiteral("boron"), QStringLiteral("2.0.0"))->zip);
        QVERIFY(!layout.find(QStringLiteral("photon"), QStringLiteral("0.5.2"))->zip);
        QCOMPARE(catalog.release(6, v("0.5.2"), layout.sources())->source, ReleaseSourceKind::ModuleFiles);
    }

    void everyReleaseOfTheLayoutVerifies()
    {
        int zips = 0, files = 0;
        for (const LayoutRelease &lr : layout.releases) {
            auto r = catalog.release(lr.platformId, lr.version, layout.sources());
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
            auto verified = ReleaseVerifier(&catalog).verify(*r, fetchFromFolder(*r));
            QVERIFY2(verified.ok(), qPrintable(lr.platform + QLatin1Char(' ') + lr.version.toString() + QStringLiteral(": ")
                                               + (verified.ok() ? QString() : verified.error().text())));
            QVERIFY(!verified->modules.isEmpty());
            for (const VerifiedFile &f : verified->files)
                QCOMPARE(f.sha256.size(), 32);
            (lr.zip ? zips : files) += 1;
        }
        QVERIFY(zips >= 20);
        QVERIFY(files >= 10);
    }

    void aZipEntryNamedWithDotDotIsRefused()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        entries[0].first = QStringLiteral("../../") + entries[0].first;
        const auto result = verifyZip(r, zipOf(entries), fetchFromFolder(r).at(1).data);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(ziperror::UnsafeName));
        QVERIFY2(result.error().message.contains(QStringLiteral("boron.zip")), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("\"..\"")));
    }

    void aZipEntryWithAnAbsoluteNameIsRefused()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        entries[1].first = QStringLiteral("/etc/") + entries[1].first;
        const auto result = verifyZip(r, zipOf(entries), fetchFromFolder(r).at(1).data);
        QCOMPARE(result.error().code, QString::fromLatin1(ziperror::UnsafeName));
        QVERIFY(result.error().message.contains(QStringLiteral("an absolute path")));
    }

    void aZipEntryClaimingGigabytesIsRefusedBeforeUnpacking()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        QByteArray zip = zipOf(zipEntries(r));
        // The first entry's uncompressed size, in its local header and in the central directory: 3 GB.
        const qsizetype cd = zip.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(cd > 0);
        QVERIFY(zip.startsWith(QByteArray("PK\x03\x04", 4)));
        const quint32 huge = 3000000000u;
        for (int i = 0; i < 4; ++i) {
            zip[22 + i] = char((huge >> (8 * i)) & 0xFF);
            zip[cd + 24 + i] = char((huge >> (8 * i)) & 0xFF);
        }
        const auto result = verifyZip(r, zip, fetchFromFolder(r).at(1).data);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(ziperror::TooLarge));
        QVERIFY2(result.error().message.contains(QStringLiteral("3000000000")), qPrintable(result.error().message));
    }

    void tooManyEntriesAreRefused()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        for (int i = 0; i < 40; ++i)
            entries << std::pair{QStringLiteral("extra%1.txt").arg(i), QByteArray("x")};
        const auto result = verifyZip(r, zipOf(entries), fetchFromFolder(r).at(1).data);
        QCOMPARE(result.error().code, QString::fromLatin1(ziperror::TooManyEntries));
    }

    void aModuleOfAnotherPlatformIsRefused()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        for (auto &[name, bytes] : entries)
            if (name == QLatin1String("system-part1.bin"))
                bytes = readAll(corpusFile(QStringLiteral("argon-system-part1@2.2.0.bin")));
        const auto result = verifyZip(r, zipOf(entries), sidecarFor(entries));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(releaseerror::WrongPlatform));
        QVERIFY2(result.error().message.contains(QStringLiteral("boron.zip:system-part1.bin holds a module for Argon")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().remedy.startsWith(QStringLiteral("Nothing was kept.")));
    }

    void aModuleOfAnotherReleaseIsRefused()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        for (auto &[name, bytes] : entries)
            if (name == QLatin1String("system-part1.bin"))
                bytes = readAll(corpusFile(QStringLiteral("boron-system-part1@2.1.0.bin")));
        const auto result = verifyZip(r, zipOf(entries), sidecarFor(entries));
        QCOMPARE(result.error().code, QString::fromLatin1(releaseerror::WrongVersion));
        QVERIFY2(result.error().message.contains(QStringLiteral("version 2101, Device OS 2.2.0 ships 2202")),
                 qPrintable(result.error().message));
    }

    void aSidecarThatDisagreesWithItsModuleIsRefused()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        QByteArray sidecar = fetchFromFolder(r).at(1).data;
        auto s = Sidecar::fromJson(sidecar, QStringLiteral("boron.json"));
        QList<SidecarPart> parts = s->parts();
        parts[0].fwUniqueId[0] = char(parts[0].fwUniqueId[0] ^ 0x01);
        const auto result = verifyZip(r, fetchFromFolder(r).at(0).data, Sidecar::fromParts(parts).toJson());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(sidecarerror::Disagrees));
        QVERIFY(result.error().detail.contains(QStringLiteral("fwUniqueId")));
    }

    void aSidecarPartTheZipLacksIsRefused()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        const QByteArray sidecar = sidecarFor(entries);
        entries.removeIf([](const auto &e) { return e.first == QLatin1String("bootloader.bin"); });
        const auto result = verifyZip(r, zipOf(entries), sidecar);
        QCOMPARE(result.error().code, QString::fromLatin1(sidecarerror::Unmatched));
        QVERIFY(result.error().message.contains(QStringLiteral("bootloader")));
    }

    void oneFlippedByteInAModuleFileIsCaught()
    {
        const CatalogRelease r = release("photon", "0.5.2");
        QList<FetchedFile> files = fetchFromFolder(r);
        QVERIFY(!files.isEmpty());
        files[0].data[files[0].data.size() / 2] = char(files[0].data[files[0].data.size() / 2] ^ 0x10);
        const auto result = ReleaseVerifier(&catalog).verify(r, files);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(releaseerror::ModuleCheck));
        QVERIFY2(result.error().message.contains(files[0].sourceUrl.toString()), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("module.crc-mismatch")));
    }

    void oneFlippedByteInAZipIsCaught()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        QList<FetchedFile> files = fetchFromFolder(r);
        QByteArray &zip = files[0].data;
        zip[zip.size() / 3] = char(zip[zip.size() / 3] ^ 0x01);
        const auto result = ReleaseVerifier(&catalog).verify(r, files);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("boron.zip")), qPrintable(result.error().text()));
    }

    void aMissingRequiredFileIsNamed()
    {
        const CatalogRelease r = release("electron", "0.5.2");
        QList<FetchedFile> files = fetchFromFolder(r);
        files.removeIf([](const FetchedFile &f) { return f.name.contains(QLatin1String("system-part2")); });
        const auto result = ReleaseVerifier(&catalog).verify(r, files);
        QCOMPARE(result.error().code, QString::fromLatin1(releaseerror::MissingFile));
        QVERIFY(result.error().message.contains(QStringLiteral("electron-system-part2@0.5.2.bin")));
    }

    void theSoftDeviceIsCheckedAgainstItsSidecarNotItsStoredSha()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        bool found = false;
        for (auto &[name, bytes] : entries) {
            if (name != QLatin1String("softdevice.bin"))
                continue;
            // A stored SHA-256 that does not match the bytes, as the shared one does on some platforms.
            for (int i = 0; i < 32; ++i)
                bytes[bytes.size() - 38 + i] = char(0x93 + i);
            resealCrc(bytes);
            found = true;
        }
        QVERIFY(found);
        const auto accepted = verifyZip(r, zipOf(entries), sidecarFor(entries));
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().text()));
    }

    void theShaExceptionIsOnlyForTheSoftDevice()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        for (auto &[name, bytes] : entries) {
            if (name != QLatin1String("system-part1.bin"))
                continue;
            bytes[bytes.size() - 38] = char(bytes[bytes.size() - 38] ^ 0xFF);
            resealCrc(bytes);
        }
        const auto refused = verifyZip(r, zipOf(entries), sidecarFor(entries));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("module.sha-mismatch")),
                 qPrintable(refused.error().message));
    }

    void anEntryThatIsNoModuleIsRefused()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        auto entries = zipEntries(r);
        entries << std::pair{QStringLiteral("readme.bin"), QByteArray(4096, 'x')};
        const auto result = verifyZip(r, zipOf(entries), fetchFromFolder(r).at(1).data);
        QCOMPARE(result.error().code, QString::fromLatin1(releaseerror::NotAModule));
        QVERIFY(result.error().message.contains(QStringLiteral("readme.bin")));
    }

    // A download checks each file as it arrives (checkFile), then the release (combine): the same
    // verdict and the same record as verify() of the whole, for every release of the layout.
    void checkingFileByFileThenCombiningIsVerifying()
    {
        const ReleaseVerifier verifier(&catalog);
        for (const LayoutRelease &lr : layout.releases) {
            const CatalogRelease r = *catalog.release(lr.platformId, lr.version, layout.sources());
            const QList<FetchedFile> files = fetchFromFolder(r);
            QList<CheckedFile> checked;
            for (const FetchedFile &f : files) {
                auto c = verifier.checkFile(r, f);
                QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().text()));
                QCOMPARE(c->sha256, QCryptographicHash::hash(f.data, QCryptographicHash::Sha256));
                QCOMPARE(c->size, f.data.size());
                checked << *c;
            }
            auto combined = verifier.combine(r, checked);
            auto whole = verifier.verify(r, files);
            QVERIFY2(combined.ok() && whole.ok(), qPrintable(r.key()));
            QCOMPARE(combined->modules.size(), whole->modules.size());
            QCOMPARE(combined->files.size(), whole->files.size());
            for (qsizetype i = 0; i < whole->files.size(); ++i) {
                QCOMPARE(combined->files[i].sha256, whole->files[i].sha256);
                QCOMPARE(combined->files[i].size, whole->files[i].size);
                QCOMPARE(combined->files[i].cachePath, whole->files[i].cachePath);
            }
            for (qsizetype i = 0; i < whole->modules.size(); ++i)
                QCOMPARE(combined->modules[i].computedSha256, whole->modules[i].computedSha256);
        }
    }

    // What needs the whole release is not judged on one file: a module file alone passes
    // checkFile, and combine without the release's other required file says which is missing.
    void combineWithoutARequiredFileNamesIt()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        const QList<FetchedFile> files = fetchFromFolder(r);
        auto zip = ReleaseVerifier(&catalog).checkFile(r, files.at(0));
        QVERIFY(zip.ok());
        const auto result = ReleaseVerifier(&catalog).combine(r, {*zip});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(releaseerror::MissingFile));
        QVERIFY2(result.error().message.contains(r.files.at(1).name), qPrintable(result.error().message));
        const auto stranger = ReleaseVerifier(&catalog).checkFile(r, FetchedFile{QStringLiteral("other.zip"), files.at(0).data, {}, {}});
        QCOMPARE(stranger.error().code, QString::fromLatin1(releaseerror::MissingFile));
    }

    // A zip's entries checked side by side on lent threads give what one thread gives; with two
    // bad entries the one told is the first in the zip's order, however the work was split.
    void zipEntriesSideBySide()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        const QList<FetchedFile> files = fetchFromFolder(r);
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        std::atomic<int> prepared{0};
        const CheckHelpers helpers{&pool, [&prepared] { ++prepared; }};
        auto alone = ReleaseVerifier(&catalog).verify(r, files);
        for (int round = 0; round < 20; ++round) {
            auto lent = ReleaseVerifier(&catalog).verify(r, files, helpers);
            QVERIFY2(lent.ok(), qPrintable(lent.ok() ? QString() : lent.error().text()));
            QCOMPARE(lent->modules.size(), alone->modules.size());
            for (qsizetype i = 0; i < alone->modules.size(); ++i) {
                QCOMPARE(lent->modules[i].functionCode, alone->modules[i].functionCode);
                QCOMPARE(lent->modules[i].computedSha256, alone->modules[i].computedSha256);
            }
        }
        pool.waitForDone();
        QVERIFY2(prepared > 0, "no helper ever helped");

        auto entries = zipEntries(r);
        QVERIFY(entries.size() >= 3);
        const QString second = entries[1].first, last = entries.last().first;
        entries[1].second[entries[1].second.size() / 2] ^= 0x01;
        entries.last().second[entries.last().second.size() / 2] ^= 0x01;
        const QByteArray zip = zipOf(entries);
        for (int round = 0; round < 20; ++round) {
            const auto result = ReleaseVerifier(&catalog).verify(
                r, {FetchedFile{r.files[0].name, zip, r.files[0].urls.first(), {}}, files.at(1)}, helpers);
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(second) && !result.error().message.contains(last),
                     qPrintable(result.error().message));
        }
    }

    // Checking from inside a task of the very pool that lends the helpers, every thread of it
    // busy: the caller does the work itself; nothing waits for a thread that will not come.
    void helpersFromABusyPoolOfOnesOwnDoNotDeadlock()
    {
        const CatalogRelease r = release("boron", "2.2.0");
        const QList<FetchedFile> files = fetchFromFolder(r);
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        const CheckHelpers helpers{&pool, {}};
        QList<QFuture<bool>> tasks;
        for (int i = 0; i < 6; ++i)
            tasks << QtConcurrent::run(&pool, [&] { return ReleaseVerifier(&catalog).verify(r, files, helpers).ok(); });
        for (QFuture<bool> &t : tasks)
            QVERIFY(t.result());
    }
};

QTEST_GUILESS_MAIN(TestReleaseVerifier)
#include "tst_releaseverifier.moc"
