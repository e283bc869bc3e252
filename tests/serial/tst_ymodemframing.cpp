// CRC16-XMODEM, YModem block framing and header parsing (reference 3.4), as data tables.
#include "serial/ymodem.h"

#include <QTest>

using namespace dr;

class TestYmodemFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc16_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("crc");
        // Check values of CRC-16/XMODEM (poly 0x1021, init 0, no reflection, no xorout).
        QTest::newRow("empty") << QByteArray() << 0x0000;
        QTest::newRow("check string") << QByteArray("123456789") << 0x31C3;
        QTest::newRow("single A") << QByteArray("A") << 0x58E5;
        QTest::newRow("single zero") << QByteArray(1, '\0') << 0x0000;
        QTest::newRow("128 zeros") << QByteArray(128, '\0') << 0x0000;
        QTest::newRow("0xFF") << QByteArray(1, char(0xFF)) << 0x1EF0;
    }
    void crc16()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, crc);
        QCOMPARE(ymodem::crc16Xmodem(data), quint16(crc));
    }

    void frameBlock_data()
    {
        QTest::addColumn<int>("seq");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("length");
        QTest::addColumn<char>("mark");
        QTest::newRow("short payload -> SOH 128") << 0 << QByteArray("abc") << 133 << ymodem::SOH;
        QTest::newRow("exactly 128 -> SOH") << 1 << QByteArray(128, 'x') << 133 << ymodem::SOH;
        QTest::newRow("129 -> STX 1024") << 2 << QByteArray(129, 'x') << 1029 << ymodem::STX;
        QTest::newRow("1024 -> STX") << 255 << QByteArray(1024, char(0x1A)) << 1029 << ymodem::STX;
        QTest::newRow("2000 cut to 1024") << 7 << QByteArray(2000, 'y') << 1029 << ymodem::STX;
    }
    void frameBlock()
    {
        QFETCH(int, seq);
        QFETCH(QByteArray, payload);
        QFETCH(int, length);
        QFETCH(char, mark);
        const QByteArray block = ymodem::frameBlock(quint8(seq), payload);
        QCOMPARE(block.size(), length);
        QCOMPARE(block[0], mark);
        QCOMPARE(quint8(block[1]), quint8(seq));
        QCOMPARE(quint8(block[2]), quint8(255 - seq));
        const auto decoded = ymodem::decodeBlock(block);
        QVERIFY(decoded);
        QVERIFY(decoded->seqComplementOk);
        QVERIFY(decoded->crcOk);
        QCOMPARE(decoded->payload.left(qMin<qsizetype>(payload.size(), 1024)), payload.left(1024));
        // the CRC is big-endian over the padded payload
        const quint16 crc = ymodem::crc16Xmodem(decoded->payload);
        QCOMPARE(quint8(block[length - 2]), quint8(crc >> 8));
        QCOMPARE(quint8(block[length - 1]), quint8(crc & 0xFF));
    }

    void headerBlock_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QByteArray>("expectedStart");
        QTest::newRow("binary") << QByteArray("binary") << qint64(655360) << QByteArray("binary\0" "655360 ", 14);
        QTest::newRow("file name") << QByteArray("boron-bootloader@2.2.0.bin") << qint64(41260)
                                   << QByteArray("boron-bootloader@2.2.0.bin\0" "41260 ", 33);
    }
    void headerBlock()
    {
        QFETCH(QByteArray, name);
        QFETCH(qint64, size);
        QFETCH(QByteArray, expectedStart);
        const QByteArray block = ymodem::headerBlock(name, size);
        QCOMPARE(block.size(), 133); // SOH block: the CLI's header size
        QCOMPARE(block[0], ymodem::SOH);
        QCOMPARE(quint8(block[1]), quint8(0));
        QCOMPARE(block.mid(3, expectedStart.size()), expectedStart);
        // zero padding after the space
        QCOMPARE(block.mid(3 + expectedStart.size(), 128 - expectedStart.size()),
                 QByteArray(128 - expectedStart.size(), '\0'));
        const auto header = ymodem::parseHeader(ymodem::decodeBlock(block)->payload);
        QCOMPARE(header.fileName, name);
        QCOMPARE(header.fileSize, std::optional<qint64>(size));
        QVERIFY(!header.isEndOfSession());
    }

    void parseHeader_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<qint64>("size"); // -1: none
        QTest::newRow("end of session") << QByteArray(128, '\0') << QByteArray() << qint64(-1);
        QTest::newRow("CLI end block") << QByteArray("\0" "0 ", 3) << QByteArray() << qint64(0);
        QTest::newRow("size without space stops at NUL (strtoul)") << QByteArray("f\0" "123\0\0", 7) << QByteArray("f") << qint64(123);
        QTest::newRow("size with trailing junk") << QByteArray("f\0" "77abc ", 8) << QByteArray("f") << qint64(77);
        QTest::newRow("no digits") << QByteArray("f\0" "abc ", 6) << QByteArray("f") << qint64(-1);
        QTest::newRow("size capped at 15 chars") << QByteArray("f\0" "1234567890123456789 ", 22) << QByteArray("f")
                                                 << qint64(123456789012345LL);
    }
    void parseHeader()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, name);
        QFETCH(qint64, size);
        const auto h = ymodem::parseHeader(payload);
        QCOMPARE(h.fileName, name);
        QCOMPARE(h.fileSize.has_value(), size >= 0);
        if (size >= 0)
            QCOMPARE(*h.fileSize, size);
    }

    void dataBlocks_data()
    {
        QTest::addColumn<int>("fileSize");
        QTest::addColumn<int>("blocks");
        QTest::newRow("1 byte") << 1 << 1;
        QTest::newRow("1024") << 1024 << 1;
        QTest::newRow("1025") << 1025 << 2;
        QTest::newRow("300 KB + 5") << 300 * 1024 + 5 << 301;
    }
    void dataBlocks()
    {
        QFETCH(int, fileSize);
        QFETCH(int, blocks);
        QByteArray file(fileSize, '\0');
        for (int i = 0; i < fileSize; ++i)
            file[i] = char(i * 7 + 3);
        QCOMPARE(ymodem::dataBlockCount(fileSize), blocks);
        QByteArray reassembled;
        for (int n = 1; n <= blocks; ++n) {
            const QByteArray block = ymodem::dataBlock(n, file);
            QCOMPARE(block.size(), 1029);
            QCOMPARE(block[0], ymodem::STX);
            QCOMPARE(quint8(block[1]), quint8(n & 0xFF)); // wraps at 256
            const auto d = ymodem::decodeBlock(block);
            QVERIFY(d && d->crcOk && d->seqComplementOk);
            reassembled += d->payload;
        }
        QCOMPARE(reassembled.left(fileSize), file);
        QCOMPARE(reassembled.mid(fileSize), QByteArray(reassembled.size() - fileSize, '\0')); // zero padding
    }

    void decodeRejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a mark") << QByteArray(133, 'x');
        QTest::newRow("short SOH") << ymodem::frameBlock(1, "abc").left(132);
        QTest::newRow("short STX") << ymodem::dataBlock(1, QByteArray(10, 'a')).left(1028);
    }
    void decodeRejects()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!ymodem::decodeBlock(bytes));
    }

    void decodeFlagsCorruption()
    {
        QByteArray block = ymodem::frameBlock(5, "payload");
        block[2] = char(0x00); // ~seq wrong
        block[10] ^= 0x01;     // payload corrupted
        const auto d = ymodem::decodeBlock(block);
        QVERIFY(d);
        QVERIFY(!d->seqComplementOk);
        QVERIFY(!d->crcOk);
    }

    void endOfSessionBlock()
    {
        const QByteArray b = ymodem::endOfSessionBlock();
        QCOMPARE(b.size(), 133);
        QCOMPARE(quint8(b[1]), quint8(0));
        QVERIFY(ymodem::parseHeader(ymodem::decodeBlock(b)->payload).isEndOfSession());
    }
};

QTEST_GUILESS_MAIN(TestYmodemFraming)
#include "tst_ymodemframing.moc"
