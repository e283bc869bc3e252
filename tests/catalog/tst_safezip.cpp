// Reading entries of zips from outside: DEFLATE entries are inflated whole (libdeflate) into a
// buffer of exactly the size the zip claims, and their CRC-32 checked against the zip's; damaged
// data, a wrong CRC-32 and an entry that unpacks to more or less than it claims each fail with
// zip.unreadable and give no bytes. Stored entries still read through libzip.
#include "catalog/safezip.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;

namespace {

// Compressible and not trivial: a few KB of firmware-like text and counters.
QByteArray payload(int size)
{
    QByteArray out;
    QRandomGenerator rng(7);
    while (out.size() < size)
        out += "module " + QByteArray::number(out.size()) + ' ' + QByteArray::number(rng.bounded(1000)) + '\n';
    out.truncate(size);
    return out;
}

QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.zip"));
    if (!SafeZip::write(path, entries).ok())
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
           | quint32(quint8(b[at + 3])) << 24;
}

void put32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

// The first entry's field at `localOffset` in its local header and `centralOffset` in its central
// directory record, both set to `value` (libzip refuses a zip whose two records disagree).
void patchBoth(QByteArray &zip, int localOffset, int centralOffset, quint32 value)
{
    put32(zip, localOffset, value);
    const qsizetype central = zip.indexOf(QByteArray("PK\x01\x02", 4));
    put32(zip, central + centralOffset, value);
}

} // namespace

class TestSafeZip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDeflatedEntryReadsBackExactly()
    {
        const QByteArray body = payload(300 * 1024);
        auto zip = SafeZip::fromBytes(zipOf({{QStringLiteral("system-part1.bin"), body}}), QStringLiteral("t.zip"));
        QVERIFY(zip.ok());
        QCOMPARE(zip->entries().size(), 1);
        QVERIFY(zip->entries().first().deflated);
        QVERIFY(zip->entries().first().compressedSize < body.size());
        auto read = zip->read(QStringLiteral("system-part1.bin"));
        QVERIFY(read.ok());
        QCOMPARE(*read, body);
    }

    void damagedCompressedDataIsRefused()
    {
        QByteArray bytes = zipOf({{QStringLiteral("a.bin"), payload(64 * 1024)}});
        const int dataStart = 30 + 5; // local header + the name "a.bin"
        bytes[dataStart + 200] = char(bytes[dataStart + 200] ^ 0x5a);
        auto zip = SafeZip::fromBytes(bytes, QStringLiteral("t.zip"));
        QVERIFY(zip.ok());
        auto read = zip->read(QStringLiteral("a.bin"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QString::fromLatin1(ziperror::Unreadable));
        QVERIFY2(read.error().message.contains(QStringLiteral("t.zip")), qPrintable(read.error().message));
    }

    void aCrcThatDoesNotMatchTheBytesIsRefused()
    {
        QByteArray bytes = zipOf({{QStringLiteral("a.bin"), payload(64 * 1024)}});
        patchBoth(bytes, 14, 16, le32(bytes, 14) ^ 1u);
        auto zip = SafeZip::fromBytes(bytes, QStringLiteral("t.zip"));
        QVERIFY(zip.ok());
        auto read = zip->read(QStringLiteral("a.bin"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QString::fromLatin1(ziperror::Unreadable));
        QVERIFY2(read.error().detail.contains(QStringLiteral("CRC-32")) || read.error().message.contains(QStringLiteral("CRC-32")),
                 qPrintable(read.error().text()));
    }

    void anEntryThatUnpacksToMoreThanItClaimsIsRefused()
    {
        QByteArray bytes = zipOf({{QStringLiteral("a.bin"), payload(64 * 1024)}});
        patchBoth(bytes, 22, 24, 1000); // claims 1000 bytes; the stream holds 64 KB
        auto zip = SafeZip::fromBytes(bytes, QStringLiteral("t.zip"));
        QVERIFY(zip.ok());
        QCOMPARE(zip->entries().first().size, 1000);
        auto read = zip->read(QStringLiteral("a.bin"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().detail.contains(QStringLiteral("more than the zip claims")), qPrintable(read.error().detail));
    }

    void anEntryThatUnpacksToLessThanItClaimsIsRefused()
    {
        QByteArray bytes = zipOf({{QStringLiteral("a.bin"), payload(64 * 1024)}});
        patchBoth(bytes, 22, 24, 65 * 1024);
        auto zip = SafeZip::fromBytes(bytes, QStringLiteral("t.zip"));
        QVERIFY(zip.ok());
        auto read = zip->read(QStringLiteral("a.bin"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QString::fromLatin1(ziperror::Unreadable));
    }
};

QTEST_GUILESS_MAIN(TestSafeZip)
#include "tst_safezip.moc"
