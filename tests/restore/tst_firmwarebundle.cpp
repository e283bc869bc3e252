// FirmwareBundle keeps what it checked of each module, not its bytes: a module opened from a file
// reads them again (BundleModule::readModule) and must be the module that was judged. Real binaries
// from the corpus, in folders and in zips made here with libzip.
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "support/corpus.h"
#include "support/syntheticmodules.h"
#include "version/deviceosversions.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace dr;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A zip holding `entries` (name in the zip -> bytes), stored deflated as release zips are.
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return false;
    // libzip reads the sources when the archive is closed: the bytes must live until then.
    QList<QByteArray> keep;
    for (const auto &[name, data] : entries) {
        keep.append(data);
        zip_source_t *src = zip_source_buffer(z, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        if (!src || zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

} // namespace

class TestFirmwareBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
    }

    // Every real binary: the bundle holds no bytes, and reading them again gives exactly the
    // module's part of its file, with its checks as they were.
    void folderModulesReadTheirBytesAgain()
    {
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        QVERIFY(b->modules().size() > 100);
        for (const BundleModule &m : b->modules()) {
            QVERIFY2(!m.module.hasBytes(), qPrintable(m.path));
            QVERIFY(m.module.bytes.isEmpty());
            QCOMPARE(m.filePath, m.path);
            QVERIFY(m.zipEntry.isEmpty());
            QVERIFY(m.module.length() > 0);
            const auto read = m.readModule();
            QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
            QVERIFY(read->hasBytes());
            QCOMPARE(read->bytes, readAll(m.path).mid(m.module.fileOffset, m.module.length()));
            QCOMPARE(read->computedSha256, m.module.computedSha256);
            QCOMPARE(read->crcValid(), m.module.crcValid());
            QCOMPARE(read->flashImage().size(), m.module.flashImageSize());
        }
    }

    // A zip of several releases: entries in sub-folders, read again through libzip.
    void zipEntriesReadTheirBytesAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<std::pair<QString, QByteArray>> entries;
        for (const QString &name : {QStringLiteral("boron-system-part1@2.2.0.bin"), QStringLiteral("boron-bootloader@2.2.0.bin"),
                                   QStringLiteral("boron-softdevice@2.2.0.bin")}) {
            DR_CORPUS_FILE(path, name);
            entries.append({QStringLiteral("2.2.0/") + name, readAll(path)});
        }
        const QString zip = dir.filePath(QStringLiteral("boron.zip"));
        QVERIFY(writeZip(zip, entries));
        auto b = FirmwareBundle::open(zip);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().text()));
        QCOMPARE(b->modules().size(), 3);
        for (const BundleModule &m : b->modules()) {
            QVERIFY(!m.module.hasBytes());
            QCOMPARE(m.filePath, QFileInfo(zip).absoluteFilePath());
            QVERIFY(m.zipEntry.startsWith(QLatin1String("2.2.0/")));
            QCOMPARE(m.path, m.filePath + QLatin1Char(':') + m.zipEntry);
            QVERIFY(m.release && *m.release == SemVer(2, 2, 0));
            const auto read = m.readModule();
            QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
            for (const auto &[name, data] : entries)
                if (name == m.zipEntry)
                    QCOMPARE(read->bytes, data);
        }

        // The zip replaced by one without that entry: the module can no longer be read.
        QVERIFY(writeZip(zip, {entries.first()}));
        for (const BundleModule &m : b->modules()) {
            const auto read = m.readModule();
            if (m.zipEntry == entries.first().first) {
                QVERIFY(read.ok());
                continue;
            }
            QVERIFY(!read.ok());
            QCOMPARE(read.error().code, QStringLiteral("bundle.unreadable"));
            QVERIFY2(read.error().detail.contains(m.zipEntry), qPrintable(read.error().detail));
        }
    }

    // The file rewritten after it was checked: another valid module of the same size and header
    // (only the payload differs) is still not the module that was judged.
    void rewrittenFileIsNotTheJudgedModule()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("tinker.bin"));
        QVERIFY(writeFile(path, test::photonUserPart(4000, 'a')));
        auto b = FirmwareBundle::open(path);
        QVERIFY(b.ok());
        const BundleModule m = b->modules().first();
        QVERIFY(m.usable());
        QVERIFY(m.readModule().ok());

        QVERIFY(writeFile(path, test::photonUserPart(4000, 'b')));
        auto read = m.readModule();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("bundle.changed"));
        QVERIFY(read.error().message.contains(path));
        QVERIFY(read.error().detail.contains(QLatin1String("SHA-256")));
        QVERIFY(read.error().remedy.contains(QLatin1String("Nothing was written")));

        QVERIFY(writeFile(path, test::photonUserPart(5000, 'a'))); // another size
        read = m.readModule();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("bundle.changed"));

        QVERIFY(writeFile(path, QByteArray(100, '\xff'))); // not a module any more
        read = m.readModule();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("bundle.changed"));

        QVERIFY(QFile::remove(path));
        read = m.readModule();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("bundle.unreadable"));

        QVERIFY(writeFile(path, test::photonUserPart(4000, 'a'))); // the judged module again
        QVERIFY(m.readModule().ok());
    }

    // Bytes handed over in memory (tests, downloads) stay with the module: there is no file.
    void addedBytesAreHeld()
    {
        FirmwareBundle b;
        const QByteArray data = test::photonUserPart(3000, 'c');
        b.addFile(QStringLiteral("memory/tinker.bin"), QStringLiteral("memory"), data);
        QCOMPARE(b.modules().size(), 1);
        const BundleModule &m = b.modules().first();
        QVERIFY(m.module.hasBytes());
        QVERIFY(m.filePath.isEmpty());
        const auto read = m.readModule();
        QVERIFY(read.ok());
        QCOMPARE(read->bytes, data);
    }

    // A module without bytes and without a file says so instead of giving nothing to write.
    void moduleWithoutBytesOrFileFails()
    {
        FirmwareBundle b;
        b.addFile(QStringLiteral("memory/tinker.bin"), QStringLiteral("memory"), test::photonUserPart(3000, 'c'));
        BundleModule m = b.modules().first();
        m.module.bytes = QByteArray();
        const auto read = m.readModule();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("bundle.no-bytes"));
    }
};

QTEST_GUILESS_MAIN(TestFirmwareBundle)
#include "tst_firmwarebundle.moc"
