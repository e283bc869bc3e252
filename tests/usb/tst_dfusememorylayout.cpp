// DfuseMemoryLayout: every layout string of the reference (section 1.4) and of the platform
// database, sector lookups and properties, and malformed strings rejected with a clear error.
#include "platform/platformdatabase.h"
#include "usb/dfusememorylayout.h"

#include <QTest>

using namespace dr;

class TestDfuseMemoryLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesReferenceLayouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<quint32>("start");
        QTest::addColumn<quint64>("size");
        QTest::addColumn<int>("segments");
        QTest::addColumn<QString>("letters");
        QTest::newRow("Core internal") << "@Internal Flash   /0x08000000/20*001Ka,108*001Kg" << "Internal Flash"
                                       << 0x08000000u << quint64(128 * 1024) << 2 << "ag";
        QTest::newRow("Core SPI") << "@ SPI Flash: SST25x  /0x00000000/512*004Kg" << "SPI Flash: SST25x" << 0u
                                  << quint64(2 * 1024 * 1024) << 1 << "g";
        QTest::newRow("Photon internal") << "@Internal Flash   /0x08000000/03*016Ka,01*016Kg,01*064Kg,07*128Kg"
                                         << "Internal Flash" << 0x08000000u << quint64(1024 * 1024) << 4 << "aggg";
        QTest::newRow("Gen2 DCT") << "@DCT Flash   /0x00000000/01*016Kg" << "DCT Flash" << 0u << quint64(16384) << 1 << "g";
        QTest::newRow("P1 serial flash") << "@Serial Flash   /0x00000000/256*004Kg" << "Serial Flash" << 0u
                                         << quint64(1024 * 1024) << 1 << "g";
        QTest::newRow("Gen3 internal") << "@Internal Flash   /0x00000000/1*004Ka,47*004Kg,192*004Kg,4*004Kg,4*004Kg,8*004Ka"
                                       << "Internal Flash" << 0u << quint64(1024 * 1024) << 6 << "agggga";
        QTest::newRow("Gen3 DCT") << "@DCT Flash   /0x00000000/1*016Ke" << "DCT Flash" << 0u << quint64(16384) << 1 << "e";
        QTest::newRow("Gen3 external 4 MB") << "@External Flash   /0x80000000/1024*004Kg" << "External Flash"
                                            << 0x80000000u << quint64(4 * 1024 * 1024) << 1 << "g";
        QTest::newRow("Gen3 external 8 MB") << "@External Flash   /0x80000000/2048*004Kg" << "External Flash"
                                            << 0x80000000u << quint64(8 * 1024 * 1024) << 1 << "g";
        QTest::newRow("rtl872x internal") << "@Internal Flash   /0x08000000/2048*004Kg" << "Internal Flash"
                                          << 0x08000000u << quint64(8 * 1024 * 1024) << 1 << "g";
        QTest::newRow("protected Gen3") << "@Internal Flash   /0x00000000/1*004Kb,47*004Kb,192*004Kb,4*004Kb,4*004Kb,8*004Kb"
                                        << "Internal Flash" << 0u << quint64(1024 * 1024) << 6 << "bbbbbb";
        QTest::newRow("protected DCT") << "@DCT Flash /0x00000000/1*016Kb" << "DCT Flash" << 0u << quint64(16384) << 1 << "b";
        QTest::newRow("bytes and megabytes") << "@X/0x1000/4*512 a,1*1Mg" << "X" << 0x1000u << quint64(2048 + 1048576) << 2 << "ag";
        QTest::newRow("two address blocks") << "@Y/0x08000000/2*016Kg/0x1FFF0000/1*030Ka" << "Y" << 0x08000000u
                                            << quint64(0x1FFF0000 + 30 * 1024 - 0x08000000) << 2 << "ga";
    }

    void parsesReferenceLayouts()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(quint32, start);
        QFETCH(quint64, size);
        QFETCH(int, segments);
        QFETCH(QString, letters);
        const auto layout = DfuseMemoryLayout::parse(text);
        QVERIFY2(layout.ok(), layout.ok() ? "" : qPrintable(layout.error().message));
        QCOMPARE(layout->name(), name);
        QCOMPARE(layout->startAddress(), start);
        if (segments == 2 && text.contains(QStringLiteral("/0x1FFF0000")))
            QCOMPARE(layout->endAddress(), quint64(start) + size);
        else
            QCOMPARE(layout->totalSize(), size);
        QCOMPARE(layout->segments().size(), segments);
        QString got;
        for (const DfuseSegment &s : layout->segments())
            got += s.properties.letter();
        QCOMPARE(got, letters);
        // The canonical text parses back to the same segments.
        const auto again = DfuseMemoryLayout::parse(layout->toString());
        QVERIFY(again.ok());
        QCOMPARE(again->segments().size(), layout->segments().size());
        for (int i = 0; i < segments; ++i) {
            QCOMPARE(again->segments()[i].address, layout->segments()[i].address);
            QCOMPARE(again->segments()[i].sectorSize, layout->segments()[i].sectorSize);
            QCOMPARE(again->segments()[i].count, layout->segments()[i].count);
            QVERIFY(again->segments()[i].properties == layout->segments()[i].properties);
        }
    }

    void parsesEveryLayoutInThePlatformDatabase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        int count = 0;
        for (const Platform &p : PlatformDatabase::builtin().platforms()) {
            for (const DfuAltSetting &alt : p.dfuAlts) {
                const auto layout = DfuseMemoryLayout::parse(alt.layout);
                QVERIFY2(layout.ok(), qPrintable(p.name + QLatin1Char(' ') + alt.layout));
                QCOMPARE(layout->name(), alt.name);
                ++count;
            }
        }
        QVERIFY(count >= 20);
    }

    void propertyLetters_data()
    {
        QTest::addColumn<QChar>("letter");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<bool>("erasable");
        QTest::addColumn<bool>("writable");
        QTest::newRow("a") << QChar('a') << true << false << false;
        QTest::newRow("b") << QChar('b') << false << true << false;
        QTest::newRow("c") << QChar('c') << true << true << false;
        QTest::newRow("d") << QChar('d') << false << false << true;
        QTest::newRow("e") << QChar('e') << true << false << true;
        QTest::newRow("f") << QChar('f') << false << true << true;
        QTest::newRow("g") << QChar('g') << true << true << true;
    }

    void propertyLetters()
    {
        QFETCH(QChar, letter);
        QFETCH(bool, readable);
        QFETCH(bool, erasable);
        QFETCH(bool, writable);
        const auto p = DfuseSectorProperties::fromLetter(letter);
        QVERIFY(p);
        QCOMPARE(p->readable, readable);
        QCOMPARE(p->erasable, erasable);
        QCOMPARE(p->writable, writable);
        QCOMPARE(p->letter(), letter);
    }

    void findsSectorsCoveringARange()
    {
        const auto l = DfuseMemoryLayout::parse(QStringLiteral("@Internal Flash   /0x08000000/03*016Ka,01*016Kg,01*064Kg,07*128Kg"));
        QVERIFY(l.ok());
        // Photon system-part2: 0x08060000 .. 0x0809FAE8 lies in two 128 KB sectors.
        const auto sectors = l->sectorsCovering(0x08060000, 0x3FAE8);
        QVERIFY(sectors);
        QCOMPARE(sectors->size(), 2);
        QCOMPARE(sectors->at(0).address, 0x08060000u);
        QCOMPARE(sectors->at(1).address, 0x08080000u);
        QCOMPARE(sectors->at(1).size, 128u * 1024);
        // A range straddling the 16 KB / 64 KB boundary.
        const auto mixed = l->sectorsCovering(0x0800F000, 0x2000);
        QVERIFY(mixed);
        QCOMPARE(mixed->size(), 2);
        QCOMPARE(mixed->at(0).size, 16u * 1024);
        QCOMPARE(mixed->at(1).size, 64u * 1024);
        // Outside the memory.
        QVERIFY(!l->sectorsCovering(0x080FF000, 0x2000));
        QVERIFY(!l->sectorAt(0x07FFFFFF));
        // Properties over ranges.
        QVERIFY(!l->isWritable(0x08000000, 16));
        QVERIFY(!l->isWritable(0x0800BFF0, 0x20)); // last read-only byte plus the first writable ones
        QVERIFY(l->isWritable(0x0800C000, 0x100));
        QVERIFY(l->isReadable(0x08000000, 0x100000));
        QVERIFY(!l->isWritable(0x080FFFF0, 0x20)); // runs past the end
        QVERIFY(!l->looksProtected());
        const auto prot = DfuseMemoryLayout::parse(QStringLiteral("@DCT Flash /0x00000000/1*016Kb"));
        QVERIFY(prot.ok() && prot->looksProtected());
    }

    void rejectsMalformedLayouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no at") << "Internal Flash/0x0/1*4Kg";
        QTest::newRow("no segments") << "@Internal Flash/0x08000000";
        QTest::newRow("empty segments") << "@Internal Flash/0x08000000/";
        QTest::newRow("bad address") << "@X/0xZZ/1*4Kg";
        QTest::newRow("no star") << "@X/0x0/14Kg";
        QTest::newRow("bad letter") << "@X/0x0/1*4Kz";
        QTest::newRow("bad unit") << "@X/0x0/1*4Qg";
        QTest::newRow("zero count") << "@X/0x0/0*4Kg";
        QTest::newRow("zero size") << "@X/0x0/1*0Kg";
        QTest::newRow("past 4 GiB") << "@X/0xFFFFF000/2*4Kg";
        QTest::newRow("dangling block") << "@X/0x0/1*4Kg/0x100";
        // Found by fuzz_dfuse_layout: a second block inside the first one's sectors.
        QTest::newRow("overlapping block") << "@Flash /0x08000000/4001*6Ka,01*064Kg/0x08120000/02*128Kg";
        QTest::newRow("descending block") << "@X/0x08010000/1*4Kg/0x08000000/1*4Kg";
    }

    void rejectsMalformedLayouts()
    {
        QFETCH(QString, text);
        const auto layout = DfuseMemoryLayout::parse(text);
        QVERIFY(!layout.ok());
        QCOMPARE(layout.error().code, QStringLiteral("usb.dfuse-layout"));
        QVERIFY(!layout.error().remedy.isEmpty());
        QCOMPARE(layout.error().detail, text);
    }
};

QTEST_GUILESS_MAIN(TestDfuseMemoryLayout)
#include "tst_dfusememorylayout.moc"
