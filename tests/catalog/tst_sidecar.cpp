// The module-info sidecars published beside the restore zips: the real ones
// (../shared/data/catalog/device-restore) read with their schema, including the P2's rtl872x suffix
// extensions and the 3.3.1 Electron names; a sidecar made from a module agrees with it, and one
// that says something else is caught field by field.
#include "catalog/sidecar.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "support/corpus.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"

#include <QFile>
#include <QTest>

using namespace dr;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Sidecar realSidecar(const QString &relative)
{
    const QString path = dr::test::catalogDataDir() + QStringLiteral("/device-restore/") + relative;
    auto s = Sidecar::fromJson(readAll(path), relative);
    if (!s.ok())
        qFatal("%s: %s", qPrintable(path), qPrintable(s.error().text()));
    return *s;
}

FirmwareModule corpusModule(const QString &name)
{
    auto parsed = ModuleParser::parse(readAll(dr::test::corpusFile(name)), name);
    if (!parsed.ok() || parsed->isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(dr::test::corpusMissingMessage()));
    return parsed->first();
}

} // namespace

class TestSidecar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
    }

    void everyRealSidecarMatchesTheSchema_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("6.3.5 boron") << QStringLiteral("6.3.5/boron.json")
                                     << QStringList{"bootloader", "softdevice", "system-part1", "tinker"};
        QTest::newRow("6.3.5 p2") << QStringLiteral("6.3.5/p2.json")
                                  << QStringList{"bootloader", "prebootloader-part1", "system-part1", "tinker"};
        QTest::newRow("6.3.5 tracker") << QStringLiteral("6.3.5/tracker.json")
                                       << QStringList{"bootloader", "softdevice", "system-part1", "tracker-edge", "ncp"};
        QTest::newRow("3.3.1 photon") << QStringLiteral("3.3.1/photon.json")
                                      << QStringList{"system-part1", "system-part2", "bootloader", "tinker"};
        QTest::newRow("3.3.1 electron") << QStringLiteral("3.3.1/electron.json")
                                        << QStringList{"system-part1", "system-part2", "system-part3", "bootloader",
                                                       "tinker"};
    }
    void everyRealSidecarMatchesTheSchema()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, parts);
        const Sidecar s = realSidecar(file);
        QStringList names;
        for (const SidecarPart &p : s.parts()) {
            names << p.name;
            QCOMPARE(p.fwUniqueId.size(), 32);
            QVERIFY(p.endAddress > p.startAddress);
            QVERIFY(p.suffixSize >= 36);
        }
        names.sort();
        parts.sort();
        QCOMPARE(names, parts);
    }

    void readsTheP2SuffixExtensions()
    {
        const Sidecar s = realSidecar(QStringLiteral("6.3.5/p2.json"));
        const SidecarPart *system = s.part(u"system-part1");
        QVERIFY(system);
        QCOMPARE(system->suffixSize, 62);
        QCOMPARE(system->startAddress, 0x8060000u);
        QCOMPARE(system->crcBlock, 0xda4cb286u);
        QCOMPARE(system->extensions.size(), 2);
        QCOMPARE(system->extensions[0].type, 2); // dynamic location
        QCOMPARE(system->extensions[0].length, 16);
        QCOMPARE(system->extensions[0].offset, 1240634);
        QCOMPARE(system->extensions[0].bytes.left(4), QByteArray::fromHex("02001000"));
        QCOMPARE(system->extensions[1].type, 1); // product data
        QCOMPARE(system->extensions[1].bytes, QByteArray::fromHex("01000a00ffffffffffff"));
        const SidecarPart *pre = s.part(u"prebootloader-part1");
        QCOMPARE(pre->functionCode, 2);
        QCOMPARE(pre->index, 2);
    }

    void electron331NamesSystemPart1TheModuleAtIndex3()
    {
        const Sidecar s = realSidecar(QStringLiteral("3.3.1/electron.json"));
        QCOMPARE(s.part(u"system-part1")->index, 3);
        QCOMPARE(s.part(u"system-part1")->startAddress, 0x8060000u);
        QCOMPARE(s.part(u"system-part2")->index, 1);
        QCOMPARE(s.part(u"system-part3")->index, 2);
    }

    void readsTheNcpAndTheMissingProductData()
    {
        const Sidecar s = realSidecar(QStringLiteral("6.3.5/tracker.json"));
        const SidecarPart *ncp = s.part(u"ncp");
        QCOMPARE(ncp->reserved, 33);
        QCOMPARE(ncp->functionCode, 7);
        QVERIFY(!ncp->productId);
        QCOMPARE(s.part(u"softdevice")->flags, 1);
        QCOMPARE(s.part(u"softdevice")->fwUniqueId.toHex().left(8), QByteArray("939fee60"));
    }

    void aModuleAgreesWithTheSidecarMadeFromIt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("boron system part") << QStringLiteral("boron-system-part1@2.2.0.bin");
        QTest::newRow("boron softdevice") << QStringLiteral("boron-softdevice@2.2.0.bin");
        QTest::newRow("electron index 3") << QStringLiteral("electron-system-part1@2.2.0.bin");
        QTest::newRow("p2 tinker (rtl872x suffix)") << QStringLiteral("tinker-5.0.0-p2.bin");
    }
    void aModuleAgreesWithTheSidecarMadeFromIt()
    {
        QFETCH(QString, file);
        const FirmwareModule m = corpusModule(file);
        const Sidecar made = Sidecar::fromParts({Sidecar::describe(QStringLiteral("part"), m)});
        auto read = Sidecar::fromJson(made.toJson(), file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
        QVERIFY(read->match(m));
        const auto agree = Sidecar::verify(*read->match(m), m, file);
        QVERIFY2(agree.ok(), qPrintable(agree.ok() ? QString() : agree.error().detail));
    }

    void theP2TinkerCarriesItsSuffixExtensionsIntoTheSidecar()
    {
        const FirmwareModule m = corpusModule(QStringLiteral("tinker-5.0.0-p2.bin"));
        const SidecarPart p = Sidecar::describe(QStringLiteral("tinker"), m);
        QCOMPARE(p.suffixSize, 62);
        QCOMPARE(p.extensions.size(), m.suffixExtensions.size());
        QVERIFY(!p.extensions.isEmpty());
    }

    void aSidecarThatDisagreesNamesTheFields()
    {
        const FirmwareModule m = corpusModule(QStringLiteral("boron-system-part1@2.2.0.bin"));
        SidecarPart p = Sidecar::describe(QStringLiteral("system-part1"), m);
        p.crcBlock ^= 1;
        p.version = 2201;
        const auto r = Sidecar::verify(p, m, QStringLiteral("boron.zip:system-part1.bin"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString::fromLatin1(sidecarerror::Disagrees));
        QVERIFY(r.error().message.startsWith(QStringLiteral("boron.zip:system-part1.bin")));
        QVERIFY2(r.error().detail.contains(QStringLiteral("crcBlock")), qPrintable(r.error().detail));
        QVERIFY(r.error().detail.contains(QStringLiteral("moduleVersion 2201 in the sidecar, 2202 in the module")));
    }

    void aBrokenSidecarNamesThePartAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QByteArray("{\"bootloader\": {\"prefixInfo\": {")
                                   << QStringLiteral("boron.json: not valid JSON");
        QTest::newRow("no suffix") << QByteArray("{\"bootloader\": {\"prefixInfo\": {}}}")
                                   << QStringLiteral("boron.json: bootloader.suffixInfo:");
        QTest::newRow("address")
            << QByteArray(R"({"tinker": {"prefixInfo": {"moduleStartAddy": "xyz"}, "suffixInfo": {}}})")
            << QStringLiteral("boron.json: tinker.prefixInfo.moduleStartAddy: expected a hex address");
        QTest::newRow("empty") << QByteArray("{}") << QStringLiteral("boron.json describes no module");
    }
    void aBrokenSidecarNamesThePartAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto s = Sidecar::fromJson(json, QStringLiteral("boron.json"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QString::fromLatin1(sidecarerror::Malformed));
        QVERIFY2(s.error().message.startsWith(message), qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSidecar)
#include "tst_sidecar.moc"
