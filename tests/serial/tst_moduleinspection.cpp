// The `s` JSON -> ModuleInspection model, its writer, and the `serial inspect` style printer.
#include "platform/platformdatabase.h"
#include "serial/moduleinspectionjson.h"
#include "serial/moduleinspectionprinter.h"
#include "version/deviceosversions.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace dr;

namespace {

// The real example from the docs troubleshooting page (reference 3.2): a Photon, DOS 0.4.x era.
const QByteArray kPhotonExample =
    R"({"p":6,"m":[{"s":16384,"l":"m","vc":30,"vv":30,"f":"b","n":"0","v":4,"d":[]},{"s":262144,"l":"m","vc":30,"vv":30,"f":"s","n":"1","v":7,"d":[]},{"s":262144,"l":"m","vc":30,"vv":30,"f":"s","n":"2","v":7,"d":[{"f":"s","n":"1","v":7,"_":""}]},{"s":131072,"l":"m","vc":30,"vv":30,"u":"5CC350CE567187492F6FA800655CECF42DCFE1236EC7E23CDB17ECBC1774EDAF","f":"u","n":"1","v":3,"d":[{"f":"s","n":"2","v":7,"_":""}]},{"s":131072,"l":"f","vc":30,"vv":0,"d":[]}]})";

// A Boron at 2.2.0 whose system part fails the dependency check (vv = 30 - 4 = 26).
const QByteArray kBoronDependencyFail =
    R"({"p":13,"imei":"352753090000000","iccid":"89014103271000000000","cellfw":"02.08","m":[{"s":49152,"l":"m","vc":30,"vv":30,"f":"b","n":"0","v":1006,"d":[]},{"s":679936,"l":"m","vc":30,"vv":26,"f":"s","n":"1","v":2202,"d":[{"f":"b","n":"0","v":1006},{"f":"a","n":"0","v":202}]},{"s":196608,"l":"m","vc":30,"vv":30,"f":"a","n":"0","v":202,"d":[]}]})";

} // namespace

class TestModuleInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const auto p = PlatformDatabase::loadBuiltin();
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().text()));
        const auto v = DeviceOsVersionTable::loadBuiltin();
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().text()));
    }

    void parsesTheDocsExample()
    {
        const auto r = ModuleInspectionJson::parse(kPhotonExample);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        const ModuleInspection &i = *r;
        QCOMPARE(i.platformId, 6);
        QCOMPARE(i.modules.size(), 5);
        QCOMPARE(i.modules[0].function(), std::optional<ModuleFunction>(ModuleFunction::Bootloader));
        QCOMPARE(i.modules[0].maxSize, 16384);
        QCOMPARE(i.modules[2].index, 2);
        QCOMPARE(i.modules[2].dependencies.size(), 1);
        QCOMPARE(i.modules[2].dependencies[0].function(), ModuleFunction::SystemPart);
        QCOMPARE(i.modules[2].dependencies[0].version, 7);
        QCOMPARE(i.modules[3].userSha256, QStringLiteral("5CC350CE567187492F6FA800655CECF42DCFE1236EC7E23CDB17ECBC1774EDAF"));
        QVERIFY(i.modules[4].isEmpty());
        QCOMPARE(i.modules[4].store, ModuleStore::Factory);
        QVERIFY(i.modules[0].allChecksPass());
    }

    void checksFromValidityBits_data()
    {
        QTest::addColumn<int>("vc");
        QTest::addColumn<int>("vv");
        QTest::addColumn<QString>("expected"); // integrity, range, platform, dependencies
        QTest::newRow("all pass") << 30 << 30 << "PPPP";
        QTest::newRow("integrity fails") << 30 << 28 << "FPPP";
        QTest::newRow("dependencies fail") << 30 << 26 << "PPPF";
        QTest::newRow("range fails") << 30 << 22 << "PFPP";
        QTest::newRow("platform fails") << 30 << 14 << "PPFP";
        QTest::newRow("all fail") << 30 << 0 << "FFFF";
        QTest::newRow("only integrity checked") << 2 << 2 << "PNNN";
        QTest::newRow("extra bits ignored") << 126 << 126 << "PPPP";
    }
    void checksFromValidityBits()
    {
        QFETCH(int, vc);
        QFETCH(int, vv);
        QFETCH(QString, expected);
        InstalledModule m;
        m.functionCode = quint8(ModuleFunction::SystemPart);
        m.validityChecked = quint8(vc);
        m.validityResult = quint8(vv);
        QString got;
        for (const InspectionCheck c : kInspectionChecks)
            got += m.check(c) == CheckState::Pass ? QLatin1Char('P') : m.check(c) == CheckState::Fail ? QLatin1Char('F') : QLatin1Char('N');
        QCOMPARE(got, expected);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions"); // the error names this
        QTest::newRow("not json") << QByteArray("{\"p\":6,") << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "top level";
        QTest::newRow("no p") << QByteArray("{\"m\":[]}") << "$.p is missing";
        QTest::newRow("p string") << QByteArray("{\"p\":\"6\",\"m\":[]}") << "$.p is a string";
        QTest::newRow("p negative") << QByteArray("{\"p\":-1,\"m\":[]}") << "$.p is -1";
        QTest::newRow("p fraction") << QByteArray("{\"p\":6.5,\"m\":[]}") << "$.p is 6.5";
        QTest::newRow("no m") << QByteArray("{\"p\":6}") << "$.m is missing";
        QTest::newRow("m object") << QByteArray("{\"p\":6,\"m\":{}}") << "$.m is an object";
        QTest::newRow("module not object") << QByteArray("{\"p\":6,\"m\":[1]}") << "m[0] is a number";
        QTest::newRow("module missing s") << QByteArray(R"({"p":6,"m":[{"l":"m","vc":30,"vv":30,"d":[]}]})") << "m[0].s is missing";
        QTest::newRow("bad store") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"q","vc":30,"vv":30,"d":[]}]})") << "m[0].l is 'q'";
        QTest::newRow("vc too big") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"m","vc":300,"vv":30,"d":[]}]})") << "m[0].vc is 300";
        QTest::newRow("unknown function") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"m","vc":30,"vv":30,"f":"z","n":"0","v":1,"d":[]}]})") << "m[0].f is 'z'";
        QTest::newRow("function too long") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"m","vc":30,"vv":30,"f":"sys","n":"0","v":1,"d":[]}]})") << "m[0].f is \"sys\"";
        QTest::newRow("index not a number") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"m","vc":30,"vv":30,"f":"s","n":"one","v":1,"d":[]}]})") << "m[0].n is \"one\"";
        QTest::newRow("version too big") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"m","vc":30,"vv":30,"f":"s","n":"1","v":70000,"d":[]}]})") << "m[0].v is 70000";
        QTest::newRow("sha short") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"m","vc":30,"vv":30,"u":"ABC","f":"u","n":"1","v":1,"d":[]}]})") << "m[0].u is \"ABC\"";
        QTest::newRow("deps not array") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"m","vc":30,"vv":30,"f":"s","n":"1","v":1,"d":{}}]})") << "m[0].d is an object";
        QTest::newRow("dep bad version") << QByteArray(R"({"p":6,"m":[{"s":1,"l":"m","vc":30,"vv":30,"f":"s","n":"1","v":1,"d":[{"f":"s","n":"2","v":"x"}]}]})") << "m[0].d[0].v is a string";
        QTest::newRow("property object") << QByteArray(R"({"p":6,"imei":{},"m":[]})") << "$.imei is an object";
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto r = ModuleInspectionJson::parse(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("serial.bad-module-json"));
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QVERIFY(!r.error().remedy.isEmpty());
    }

    void writeRoundTrips()
    {
        for (const QByteArray &json : {kPhotonExample, kBoronDependencyFail}) {
            const auto first = ModuleInspectionJson::parse(json);
            QVERIFY(first.ok());
            const QByteArray written = ModuleInspectionJson::write(*first);
            const auto second = ModuleInspectionJson::parse(written);
            QVERIFY2(second.ok(), written.constData());
            QCOMPARE(ModuleInspectionJson::write(*second), written);
            QCOMPARE(second->modules.size(), first->modules.size());
            QCOMPARE(second->properties.size(), first->properties.size());
        }
        // Device OS's own key order inside a module; "p" first, the system info (in key order) before "m"
        const auto boron = ModuleInspectionJson::parse(kBoronDependencyFail);
        const QByteArray written = ModuleInspectionJson::write(*boron);
        QVERIFY(written.startsWith(R"({"p":13,"cellfw":"02.08","iccid":"89014103271000000000","imei":"352753090000000","m":[)"));
        QVERIFY(written.contains(R"({"s":49152,"l":"m","vc":30,"vv":30,"f":"b","n":"0","v":1006,"d":[]})"));
    }

    // The failing check, and only that one, prints FAIL.
    void printerShowsFailOnExactlyTheFailingCheck()
    {
        auto r = ModuleInspectionJson::parse(kBoronDependencyFail);
        QVERIFY(r.ok());
        r->resolveVersions(DeviceOsVersionTable::builtin());
        const QString text = ModuleInspectionPrinter::text(*r, &PlatformDatabase::builtin());
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines[0], QStringLiteral("Platform: 13 - Boron"));
        QVERIFY(text.contains(QLatin1String("imei: 352753090000000\n")));
        const qsizetype system = lines.indexOf(QRegularExpression(QStringLiteral("^  System module #1 - version 2202.*")));
        QVERIFY2(system > 0, qPrintable(text));
        QVERIFY2(lines[system].contains(QLatin1String("(Device OS 2.2.0)")), qPrintable(lines[system]));
        QCOMPARE(lines[system + 1], QStringLiteral("    Integrity: PASS"));
        QCOMPARE(lines[system + 2], QStringLiteral("    Address Range: PASS"));
        QCOMPARE(lines[system + 3], QStringLiteral("    Platform: PASS"));
        QCOMPARE(lines[system + 4], QStringLiteral("    Dependencies: FAIL"));
        QVERIFY(lines[system + 5].startsWith(QLatin1String("      Bootloader module #0 - version 1006")));
        QVERIFY(lines[system + 6].startsWith(QLatin1String("      Radio stack module #0 - version 202")));
        QCOMPARE(text.count(QLatin1String("FAIL")), 1);

        const QJsonObject json = ModuleInspectionPrinter::json(*r, &PlatformDatabase::builtin());
        QCOMPARE(json[QStringLiteral("platform")][QStringLiteral("name")].toString(), QStringLiteral("boron"));
        const QJsonObject sys = json[QStringLiteral("modules")].toArray()[1].toObject();
        QCOMPARE(sys[QStringLiteral("checks")][QStringLiteral("dependencies")].toString(), QStringLiteral("FAIL"));
        QCOMPARE(sys[QStringLiteral("checks")][QStringLiteral("integrity")].toString(), QStringLiteral("PASS"));
        QCOMPARE(sys[QStringLiteral("valid")].toBool(), false);
        QCOMPARE(sys[QStringLiteral("deviceOs")].toArray().first().toString(), QStringLiteral("2.2.0"));
        QCOMPARE(json[QStringLiteral("properties")][QStringLiteral("imei")].toString(), QStringLiteral("352753090000000"));
    }

    void printerShowsEmptyFactorySlotAndUuid()
    {
        auto r = ModuleInspectionJson::parse(kPhotonExample);
        QVERIFY(r.ok());
        const QString text = ModuleInspectionPrinter::text(*r, &PlatformDatabase::builtin());
        QVERIFY2(text.startsWith(QLatin1String("Platform: 6 - Photon\n")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("    UUID: 5CC350CE567187492F6FA800655CECF42DCFE1236EC7E23CDB17ECBC1774EDAF\n")));
        QVERIFY(text.contains(QLatin1String("  Empty - factory location, 131072 bytes max size\n")));
        QVERIFY(!text.contains(QLatin1String("FAIL")));
    }

    // The legacy module-info format reports no sizes: the lines leave the size out instead of
    // saying "0 bytes max size".
    void printerLeavesOutUnknownSizes()
    {
        ModuleInspection inspection;
        inspection.platformId = 6;
        InstalledModule system;
        system.functionCode = quint8(ModuleFunction::SystemPart);
        system.index = 1;
        system.version = 1512;
        InstalledModule empty;
        empty.store = ModuleStore::Factory;
        inspection.modules = {system, empty};
        const QString text = ModuleInspectionPrinter::text(inspection, &PlatformDatabase::builtin());
        QVERIFY2(text.contains(QLatin1String("  System module #1 - version 1512, main location\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("  Empty - factory location\n")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("max size")));
    }
};

QTEST_GUILESS_MAIN(TestModuleInspection)
#include "tst_moduleinspection.moc"
