// The platform database validator: each malformed or inconsistent variant of the real file fails
// with an error naming the file and the field path; DEVICE_RESTORE_PLATFORMS replaces the file.
#include "platform/platformdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;

namespace {

QByteArray builtinJson()
{
    QFile f(QStringLiteral(":/dr/platforms.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// "platforms[14].slots[3].bounds.end" -> {"platforms", 14, "slots", 3, "bounds", "end"}
QVariantList tokens(const QString &path)
{
    QVariantList out;
    static const QRegularExpression part(QStringLiteral("^([A-Za-z$]+)((?:\\[\\d+\\])*)$"));
    for (const QString &p : path.split(QLatin1Char('.'))) {
        const auto m = part.match(p);
        out << m.captured(1);
        static const QRegularExpression idx(QStringLiteral("\\[(\\d+)\\]"));
        for (auto it = idx.globalMatch(m.captured(2)); it.hasNext();)
            out << it.next().captured(1).toInt();
    }
    return out;
}

// Sets (or, with an invalid value, removes) the value at the token path.
QJsonValue edit(const QJsonValue &node, const QVariantList &path, qsizetype pos, const QJsonValue &value)
{
    const QVariant t = path.at(pos);
    const bool last = pos == path.size() - 1;
    if (t.typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        const int i = t.toInt();
        if (last && value.isUndefined())
            a.removeAt(i);
        else
            a[i] = last ? value : edit(a.at(i), path, pos + 1, value);
        return a;
    }
    QJsonObject o = node.toObject();
    const QString k = t.toString();
    if (last && value.isUndefined())
        o.remove(k);
    else
        o[k] = last ? value : edit(o.value(k), path, pos + 1, value);
    return o;
}

QByteArray mutated(const QString &path, const QByteArray &valueJson)
{
    QJsonValue root = QJsonDocument::fromJson(builtinJson()).object();
    QJsonValue value = QJsonValue::Undefined;
    if (!valueJson.isEmpty())
        value = QJsonDocument::fromJson("[" + valueJson + "]").array().at(0);
    return QJsonDocument(edit(root, tokens(path), 0, value).toObject()).toJson();
}

} // namespace

class TestPlatformValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DEVICE_RESTORE_PLATFORMS");
        QVERIFY(!builtinJson().isEmpty());
        // The untouched file passes, also after a round trip through QJsonDocument (the mutator's base).
        const auto original = PlatformDatabase::fromJson(builtinJson(), QStringLiteral("platforms.json"));
        QVERIFY2(original.ok(), original.ok() ? "" : qPrintable(original.error().text()));
        const auto roundTrip = PlatformDatabase::fromJson(mutated(QStringLiteral("platforms[1].note"), "\"x\""),
                                                          QStringLiteral("platforms.json"));
        QVERIFY2(roundTrip.ok(), roundTrip.ok() ? "" : qPrintable(roundTrip.error().text()));
    }

    // Each row changes one field of the real file (value "" removes it) and names the expected error.
    void rejectsMutation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        // Platform indexes in the file: 1 photon, 2 p1, 5 boron, 8 asom, 9 bsom, 14 p2.
        // missing fields
        QTest::newRow("missing cdc pid") << "platforms[1].usb.cdcProductId" << QByteArray()
                                         << "platforms[1].usb.cdcProductId: required field is missing";
        QTest::newRow("missing id") << "platforms[5].id" << QByteArray() << "platforms[5].id: required field is missing";
        QTest::newRow("missing bounds") << "platforms[5].slots[3].bounds" << QByteArray()
                                        << "platforms[5].slots[3].bounds: required field is missing";
        QTest::newRow("missing transport") << "platforms[14].slots[1].transport" << QByteArray()
                                           << "platforms[14].slots[1].transport: required field is missing";
        QTest::newRow("missing unsupported reason") << "platforms[8].unsupportedReason" << QByteArray()
                                                    << "platforms[8].unsupportedReason: an unsupported platform must say why";
        QTest::newRow("missing slots") << "platforms[1].slots" << QByteArray() << "platforms[1].slots: required field is missing";
        QTest::newRow("missing dct") << "platforms[5].dct" << QByteArray() << "platforms[5].dct: required field is missing";
        // hex syntax
        QTest::newRow("hex bad digit") << "platforms[1].slots[1].bounds.start" << QByteArray("\"0x0802000G\"")
                                       << "platforms[1].slots[1].bounds.start: \"0x0802000G\" is not a hex number";
        QTest::newRow("hex without 0x") << "platforms[1].slots[1].bounds.start" << QByteArray("\"08020000\"")
                                        << "platforms[1].slots[1].bounds.start: \"08020000\" is not a hex number";
        QTest::newRow("hex too long") << "platforms[1].slots[1].bounds.start" << QByteArray("\"0x080200000\"")
                                      << "platforms[1].slots[1].bounds.start: \"0x080200000\" is not a hex number";
        QTest::newRow("hex upper X") << "platforms[1].slots[1].bounds.start" << QByteArray("\"0X08020000\"")
                                     << "platforms[1].slots[1].bounds.start: \"0X08020000\" is not a hex number";
        QTest::newRow("hex as number") << "platforms[1].slots[1].bounds.start" << QByteArray("134348800")
                                       << "platforms[1].slots[1].bounds.start: expected a hex string like \"0x08060000\", found a number";
        QTest::newRow("pid above 16 bits") << "platforms[1].usb.cdcProductId" << QByteArray("\"0x1C006\"")
                                           << "platforms[1].usb.cdcProductId: 0x1C006 is above the largest allowed value 0xFFFF";
        // ranges
        QTest::newRow("end below start") << "platforms[14].slots[3].bounds.end" << QByteArray("\"0x0806000\"")
                                         << "platforms[14].slots[3].bounds.end: 0x0806000 is below start 0x08060000";
        QTest::newRow("empty range") << "platforms[1].slots[1].bounds.end" << QByteArray("\"0x08020000\"")
                                     << "platforms[1].slots[1].bounds.end: 0x08020000 equals start 0x08020000";
        QTest::newRow("forbidden end below start") << "platforms[5].dfu.forbidden[1].end" << QByteArray("\"0xF0000\"")
                                                   << "platforms[5].dfu.forbidden[1].end: 0xF0000 is below start";
        QTest::newRow("slot outside alt 0") << "platforms[1].slots[3].bounds.end" << QByteArray("\"0x08200000\"")
                                            << "platforms[1].slots[3].bounds: 0x080A0000-0x08200000 lies outside DFU alt 0 memory";
        QTest::newRow("dfu slot over bootloader") << "platforms[5].slots[6].bounds.end" << QByteArray("\"0xF5000\"")
                                                  << "platforms[5].slots[6].bounds: 0x000D4000-0x000F5000 is written over DFU but touches the forbidden range";
        QTest::newRow("p2 system over prebootloader") << "platforms[14].slots[3].bounds.start" << QByteArray("\"0x08050000\"")
                                                      << "platforms[14].slots[3].bounds: 0x08050000-0x081E0000 is written over DFU but touches the forbidden range 0x08000000-0x08060000";
        QTest::newRow("dfu slot in read-only sectors") << "platforms[1].dfu.alts[0].layout"
                                                       << QByteArray("\"@Internal Flash   /0x08000000/03*016Ka,01*016Kg,01*064Kg,07*128Ka\"")
                                                       << "platforms[1].slots[1].bounds: 0x08020000-0x08060000 is written over DFU but DFU alt 0 does not mark all of it writable";
        QTest::newRow("index out of range") << "platforms[1].slots[1].index" << QByteArray("300")
                                            << "platforms[1].slots[1].index: 300 is outside the allowed range 0..255";
        // Found by fuzz_kit_manifest and fuzz_catalog_json: numbers beyond 64 bits were converted to
        // qint64 before the range check (undefined behaviour).
        QTest::newRow("index beyond 64 bits") << "platforms[1].slots[1].index" << QByteArray("1e300")
                                              << "platforms[1].slots[1].index: 1e+300 is outside the allowed range 0..255";
        QTest::newRow("index below -2^63") << "platforms[1].slots[1].index" << QByteArray("-1e19")
                                           << "platforms[1].slots[1].index: -1e+19 is outside the allowed range 0..255";
        QTest::newRow("index exactly 2^63") << "platforms[1].slots[1].index" << QByteArray("9223372036854775808")
                                            << "platforms[1].slots[1].index: 9.22337e+18 is outside the allowed range 0..255";
        // uniqueness
        QTest::newRow("duplicate id") << "platforms[2].id" << QByteArray("6") << "platforms[2].id: 6 is also the id of platforms[1]";
        QTest::newRow("duplicate name") << "platforms[2].name" << QByteArray("\"photon\"")
                                        << "platforms[2].name: \"photon\" is also used by platforms[1]";
        QTest::newRow("duplicate pid") << "platforms[2].usb" << QByteArray(R"({"vendorId": "0x2B04", "cdcProductId": "0xC006", "dfuProductId": "0xD006"})")
                                       << "platforms[2].usb.cdcProductId: 0x2B04:0xC006 is also used by platforms[1].usb.cdcProductId";
        QTest::newRow("duplicate sku") << "platforms[9].models[1].sku" << QByteArray("\"b402\"")
                                       << "platforms[9].models[1].sku: \"b402\" is listed twice";
        QTest::newRow("duplicate alt") << "platforms[2].dfu.alts[2].alt" << QByteArray("1") << "platforms[2].dfu.alts[2].alt: alt 1 is listed twice";
        QTest::newRow("dfu pid rule") << "platforms[1].usb.dfuProductId" << QByteArray("\"0xD007\"")
                                      << "platforms[1].usb.dfuProductId: 0xD007 is not the CDC product id 0xC006 | 0xD000 = 0xD006";
        QTest::newRow("supported needs dfu") << "platforms[1].usb.dfuProductId" << QByteArray()
                                             << "platforms[1].usb.dfuProductId: a supported platform needs a DFU product id";
        // overlaps
        QTest::newRow("overlapping slots") << "platforms[1].slots[2].bounds.start" << QByteArray("\"0x08050000\"")
                                           << "platforms[1].slots[2].bounds: 0x08050000-0x080A0000 overlaps slots[1] (system-part1, 0x08020000-0x08060000)";
        QTest::newRow("user overlap without allowance") << "platforms[5].slots[7].allowOverlap" << QByteArray()
                                                        << "platforms[5].slots[7].bounds: 0x000B4000-0x000F4000 overlaps slots[6] (tinker, 0x000D4000-0x000F4000) for Device OS 3.1.0 and later";
        QTest::newRow("allowance names wrong slot") << "platforms[5].slots[7].allowOverlap.index" << QByteArray("3")
                                                    << "platforms[5].slots[7].bounds: 0x000B4000-0x000F4000 overlaps slots[6]";
        QTest::newRow("allowance with nothing to allow") << "platforms[5].slots[6].allowOverlap"
                                                         << QByteArray(R"({"function": "system_part", "index": 1, "reason": "none"})")
                                                         << "platforms[5].slots[6].allowOverlap: names system_part 1, which does not overlap this slot";
        QTest::newRow("same slot twice for a version") << "platforms[5].slots[4].fromDeviceOs" << QByteArray("\"3.0.0\"")
                                                       << "platforms[5].slots[4].fromDeviceOs: slots[3] is the same module (system_part 1) for an overlapping Device OS range";
        QTest::newRow("old system part over new radio stack") << "platforms[5].slots[5].fromDeviceOs" << QByteArray()
                                                               << "platforms[5].slots[5].bounds: 0x00028000-0x000B4000 overlaps slots[1] (softdevice, 0x00001000-0x00030000) for every Device OS version";
        QTest::newRow("ota ranges overlap") << "platforms[5].ota[1].fromDeviceOs" << QByteArray("\"5.4.0\"")
                                            << "platforms[5].ota[1].fromDeviceOs: its Device OS range overlaps that of ota[0]";
        // semver
        QTest::newRow("bad semver") << "platforms[5].slots[5].fromDeviceOs" << QByteArray("\"6.2\"")
                                    << "platforms[5].slots[5].fromDeviceOs: \"6.2\" is not a semantic version";
        QTest::newRow("leading zero semver") << "platforms[1].factoryVersion" << QByteArray("\"01.4.4\"")
                                             << "platforms[1].factoryVersion: \"01.4.4\" is not a semantic version";
        QTest::newRow("until not above from") << "platforms[5].slots[4].untilDeviceOs" << QByteArray("\"3.1.0\"")
                                              << "platforms[5].slots[4].untilDeviceOs: 3.1.0 is not above fromDeviceOs 3.1.0";
        QTest::newRow("factory below hard minimum") << "platforms[9].models[1].factoryVersion" << QByteArray("\"2.2.0\"")
                                                    << "platforms[9].models[1].factoryVersion: 2.2.0 is below the hard minimum 2.3.0";
        QTest::newRow("hard minimum without version") << "platforms[9].models[0].minimumIsHard" << QByteArray("true")
                                                      << "platforms[9].models[0].minimumIsHard: is true but there is no minimumDeviceOs";
        // wrong types
        QTest::newRow("bool as string") << "platforms[1].supported" << QByteArray("\"yes\"")
                                        << "platforms[1].supported: expected true or false, found a string";
        QTest::newRow("int as string") << "platforms[1].generation" << QByteArray("\"2\"")
                                       << "platforms[1].generation: expected an integer, found a string";
        QTest::newRow("array as object") << "platforms[1].slots" << QByteArray("{}")
                                         << "platforms[1].slots: expected an array, found an object";
        QTest::newRow("slot as string") << "platforms[1].slots[1]" << QByteArray("\"system-part1\"")
                                        << "platforms[1].slots[1]: expected an object, found a string";
        QTest::newRow("semver as number") << "platforms[1].factoryVersion" << QByteArray("1.4")
                                          << "platforms[1].factoryVersion: expected a version string like \"2.3.1\", found a number";
        QTest::newRow("platform as null") << "platforms[3]" << QByteArray("null") << "platforms[3]: expected an object, found null";
        // vocabulary
        QTest::newRow("unknown field") << "platforms[1].slots[1].boundz" << QByteArray("{}")
                                       << "platforms[1].slots[1].boundz: unknown field";
        QTest::newRow("unknown function") << "platforms[1].slots[1].function" << QByteArray("\"firmware\"")
                                          << "platforms[1].slots[1].function: \"firmware\" is not a module function";
        QTest::newRow("unknown transport") << "platforms[1].slots[1].transport" << QByteArray("\"usb\"")
                                           << "platforms[1].slots[1].transport: \"usb\" is not one of dfu, control-request, never";
        QTest::newRow("never without note") << "platforms[14].slots[0].note" << QByteArray()
                                            << "platforms[14].slots[0].note: a slot that must never be flashed needs a note";
        QTest::newRow("upper-case name") << "platforms[1].name" << QByteArray("\"Photon\"")
                                         << "platforms[1].name: \"Photon\" must be lower-case";
        QTest::newRow("unknown connectivity") << "platforms[1].connectivity" << QByteArray("\"lora\"")
                                              << "platforms[1].connectivity: \"lora\" is not one of";
        // consistency
        QTest::newRow("supported without slots") << "platforms[1].slots" << QByteArray("[]")
                                                 << "platforms[1].slots: a supported platform needs at least one module slot";
        QTest::newRow("supported with reason") << "platforms[1].unsupportedReason" << QByteArray("\"old\"")
                                               << "platforms[1].unsupportedReason: is set but the platform is marked supported";
        QTest::newRow("bad layout") << "platforms[1].dfu.alts[0].layout" << QByteArray("\"Internal Flash\"")
                                    << "platforms[1].dfu.alts[0].layout: \"Internal Flash\" is not a DfuSe memory string";
        QTest::newRow("layout name mismatch") << "platforms[1].dfu.alts[0].name" << QByteArray("\"Flash\"")
                                              << "platforms[1].dfu.alts[0].name: \"Flash\" differs from the name in the layout, \"Internal Flash\"";
        QTest::newRow("bias mismatch") << "platforms[5].dfu.alts[2].addressBias" << QByteArray("\"0x40000000\"")
                                       << "platforms[5].dfu.alts[2].addressBias: 0x40000000 differs from the layout's base address 0x80000000";
        QTest::newRow("ota outside alt") << "platforms[5].ota[0].address" << QByteArray("\"0x80300000\"")
                                         << "platforms[5].ota[0].address: 0x80300000 + 0x177000 does not fit DFU alt 2 memory 0x80000000-0x80400000";
        QTest::newRow("ota on missing alt") << "platforms[1].ota[0].alt" << QByteArray("2")
                                            << "platforms[1].ota[0].alt: 2 is not one of the DFU alt settings";
        QTest::newRow("dct offset outside") << "platforms[1].dct.otaUpdateFlagOffset" << QByteArray("20000")
                                            << "platforms[1].dct.otaUpdateFlagOffset: 20000 is outside the DCT (16384 bytes)";
        QTest::newRow("dct alt missing") << "platforms[1].dct.alt" << QByteArray("5") << "platforms[1].dct.alt: 5 is not one of the DFU alt settings";
        QTest::newRow("forbidden outside alt 0") << "platforms[14].dfu.forbidden[0].start" << QByteArray("\"0x07000000\"")
                                                 << "platforms[14].dfu.forbidden[0]: 0x07000000-0x08060000 lies outside DFU alt 0 memory";
        QTest::newRow("ncp over dfu") << "platforms[4].slots[8].transport" << QByteArray("\"dfu\"")
                                      << "platforms[4].slots[8].transport: a module for another MCU (target 33) cannot go over DFU";
        QTest::newRow("restore order contradiction") << "platforms[1].restoreOrder.bootloaderInSystemParts" << QByteArray("true")
                                                     << "platforms[1].restoreOrder.bootloaderInSystemParts: contradicts bootloaderAfterSystemParts";
        QTest::newRow("upgrade path not ascending") << "platforms[3].restoreOrder.serialUpgradePath[2]" << QByteArray("\"0.6.0\"")
                                                    << "platforms[3].restoreOrder.serialUpgradePath[2]: 0.6.0 must be newer than the step before it";
        QTest::newRow("upgrade path bad version") << "platforms[3].restoreOrder.serialUpgradePath[0]" << QByteArray("5")
                                                  << "platforms[3].restoreOrder.serialUpgradePath[0]: must be a Device OS version";
        QTest::newRow("restore order typo") << "platforms[3].restoreOrder.bootloaderInSystemPart" << QByteArray("true")
                                            << "platforms[3].restoreOrder.bootloaderInSystemPart: unknown field";
        QTest::newRow("empty list") << "platforms" << QByteArray("[]") << "platforms: the list is empty";
        QTest::newRow("top-level typo") << "platform" << QByteArray("[]") << "platform: unknown field";
    }
    void rejectsMutation()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const auto r = PlatformDatabase::fromJson(mutated(path, value), QStringLiteral("platforms.json"));
        QVERIFY2(!r.ok(), qPrintable(path));
        QCOMPARE(r.error().code, QStringLiteral("data.platforms-invalid"));
        const QString want = QStringLiteral("platforms.json: ") + expected;
        QVERIFY2(r.error().message.startsWith(want), qPrintable(QStringLiteral("got: ") + r.error().message + "\nwant: " + want));
        QVERIFY(!r.error().remedy.isEmpty());
        QVERIFY(r.error().detail.contains(QStringLiteral("file: platforms.json")));
    }

    void rejectsBrokenText_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << "platforms.json: not valid JSON at line 1";
        QTest::newRow("truncated") << builtinJson().left(2000) << "platforms.json: not valid JSON at line";
        QTest::newRow("trailing comma") << QByteArray("{\"platforms\": [],}") << "platforms.json: not valid JSON at line 1";
        QTest::newRow("array root") << QByteArray("[]") << "platforms.json: the top level must be a JSON object";
        QTest::newRow("second line") << QByteArray("{\n  \"platforms\": [\n  x\n]}") << "platforms.json: not valid JSON at line 3";
    }
    void rejectsBrokenText()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto r = PlatformDatabase::fromJson(json, QStringLiteral("platforms.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(expected), qPrintable(r.error().message));
    }

    void environmentReplacesTheFile()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.json"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile g(good), b(bad);
        QVERIFY(g.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        g.write(mutated(QStringLiteral("platforms[1].displayName"), "\"Photon (from override)\""));
        b.write(mutated(QStringLiteral("platforms[1].slots[1].bounds.end"), "\"0x0801\""));
        g.close();
        b.close();

        qputenv("DEVICE_RESTORE_PLATFORMS", QFile::encodeName(good));
        auto r = PlatformDatabase::loadBuiltin();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
        QCOMPARE(PlatformDatabase::builtin().byId(6)->displayName, QStringLiteral("Photon (from override)"));

        qputenv("DEVICE_RESTORE_PLATFORMS", QFile::encodeName(bad));
        r = PlatformDatabase::loadBuiltin();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(bad + QStringLiteral(": platforms[1].slots[1].bounds.end: 0x0801 is below start 0x08020000")),
                 qPrintable(r.error().message));
        QVERIFY(PlatformDatabase::builtin().platforms().isEmpty());

        qputenv("DEVICE_RESTORE_PLATFORMS", QFile::encodeName(dir.filePath(QStringLiteral("absent.json"))));
        r = PlatformDatabase::loadBuiltin();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("data.platforms-unreadable"));
        QVERIFY(r.error().message.contains(QStringLiteral("absent.json")));

        qunsetenv("DEVICE_RESTORE_PLATFORMS");
        r = PlatformDatabase::loadBuiltin();
        QVERIFY(r.ok());
        QCOMPARE(PlatformDatabase::builtin().byId(6)->displayName, QStringLiteral("Photon"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformValidation)
#include "tst_platformvalidation.moc"
