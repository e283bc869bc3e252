// ModuleChecks against the platform database and the version table: every real binary passes (or is
// named for what it is), and each kind of bad module gets its own error with a cause and a remedy.
#include "firmware/modulebuilder.h"
#include "firmware/modulechecks.h"
#include "firmware/moduleparser.h"
#include "support/corpus.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <zlib.h>

using namespace dr;

namespace {

// Not Particle modules at all.
const QStringList kNonModules = {QStringLiteral("cc3000-patch-programmer.bin"),
                                 QStringLiteral("cc3000-patch-programmer_1_14.bin"),
                                 QStringLiteral("deep_update_2014_06.bin"), QStringLiteral("ota-flag-a5.bin")};
// Valid modules for platforms the database lists as unsupported, without module slots: the Core's
// monolithic firmware and the unreleased A-SoM / X-SoM.
const QStringList kUnsupportedPlatform = {
    QStringLiteral("core_doctor.bin"),           QStringLiteral("core_tinker.bin"),
    QStringLiteral("core_tinker.cli-1.16.0.bin"), QStringLiteral("voodoospark.bin"),
    QStringLiteral("asom-bootloader@1.4.4.bin"), QStringLiteral("asom-softdevice@1.4.4.bin"),
    QStringLiteral("asom-system-part1@1.4.4.bin"), QStringLiteral("xsom-bootloader@1.4.4.bin"),
    QStringLiteral("xsom-softdevice@1.4.4.bin"), QStringLiteral("xsom-system-part1@1.4.4.bin")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

FirmwareModule parse(const QByteArray &bytes, const QString &name = QStringLiteral("synthetic.bin"))
{
    const auto r = ModuleParser::parse(bytes, name);
    return r.ok() && r->size() == 1 ? r->first() : FirmwareModule{};
}

void setCrcOnly(QByteArray &module)
{
    const qsizetype n = module.size() - 4;
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(module.constData()), uInt(n));
    for (int i = 0; i < 4; ++i)
        module[n + i] = char((crc >> (24 - 8 * i)) & 0xFF);
}

ModuleSpec spec(quint16 platform, ModuleFunction f, quint8 index, quint32 start, quint16 version, qsizetype size)
{
    ModuleSpec s;
    s.platformId = platform;
    s.functionCode = quint8(f);
    s.index = index;
    s.startAddress = start;
    s.version = version;
    s.payload = QByteArray(size, char(0x5A));
    s.productId = 0xFFFF;
    s.productVersion = 0xFFFF;
    return s;
}

QStringList codes(const ModuleVerdict &v)
{
    QStringList out;
    for (const Error &e : v.errors())
        out << e.code;
    return out;
}

} // namespace

class TestModuleChecks : public QObject
{
    Q_OBJECT

private:
    ModuleVerdict check(const FirmwareModule &m) { return ModuleChecks::builtin().check(m); }

private Q_SLOTS:
    void initTestCase();
    void everyCorpusFile_data();
    void everyCorpusFile();
    void photonSystemPart2Dependencies();
    void boronSoftdeviceDependencies();
    void electronPart1FileIsTheIndex3Slot();
    void crcMismatch();
    void shaMismatch();
    void unknownPlatform();
    void outOfBounds();
    void wrongFunctionForTheSlot();
    void noSuchSlotOnThePlatform();
    void gen3SystemPartMovesIn620_data();
    void gen3SystemPartMovesIn620();
    void unknownDeviceOsAcceptsAnyRangeAndSaysSo();
    void compressedModuleIsInflatedWithinTheSlot();
    void unsupportedPlatformIsNamed();
};

void TestModuleChecks::initTestCase()
{
    const auto p = PlatformDatabase::loadBuiltin();
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().text()));
    const auto v = DeviceOsVersionTable::loadBuiltin();
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().text()));
    if (test::corpusFiles().size() < 160)
        QFAIL(qPrintable(test::corpusMissingMessage()));
}

void TestModuleChecks::everyCorpusFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expect");
    for (const QString &path : test::corpusFiles()) {
        const QString name = QFileInfo(path).fileName();
        const QString expect = kNonModules.contains(name)             ? QStringLiteral("not-a-module")
                               : kUnsupportedPlatform.contains(name) ? QStringLiteral("unsupported")
                                                                     : QStringLiteral("valid");
        QTest::newRow(qPrintable(name)) << path << expect;
    }
}

void TestModuleChecks::everyCorpusFile()
{
    QFETCH(QString, path);
    QFETCH(QString, expect);
    const auto r = ModuleParser::parse(readAll(path), QFileInfo(path).fileName());
    if (expect == QLatin1String("not-a-module")) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::NotAModule));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(r->size(), 1);
    const ModuleVerdict v = check(r->first());
    QVERIFY(v.integrity.passed());
    QVERIFY(v.sha.passed());
    QVERIFY(v.platformKnown.passed());
    QVERIFY(v.platform);
    if (expect == QLatin1String("unsupported")) {
        QVERIFY(!v.ok());
        QCOMPARE(codes(v), QStringList{QString::fromLatin1(moduleerror::UnsupportedPlatform)});
        return;
    }
    QStringList problems;
    for (const Error &e : v.errors())
        problems << e.text() + QLatin1Char(' ') + e.detail;
    QVERIFY2(v.ok(), qPrintable(problems.join(QLatin1Char('\n')) + v.bounds.summary + v.functionSlot.summary));
    QVERIFY(v.bounds.passed());
    QVERIFY(v.functionSlot.passed());
    QVERIFY(v.slot);
    QCOMPARE(v.compression.outcome, CheckOutcome::NotChecked);
}

void TestModuleChecks::photonSystemPart2Dependencies()
{
    DR_CORPUS_FILE(path, QStringLiteral("photon-system-part2@2.2.0.bin"));
    const ModuleVerdict v = check(parse(readAll(path)));
    QVERIFY(v.ok());
    QCOMPARE(v.moduleDeviceOs, SemVer::parse(u"2.2.0"));
    QCOMPARE(v.boundsDeviceOs, SemVer::parse(u"2.2.0"));
    QCOMPARE(v.slot->name, QStringLiteral("system-part2"));
    QCOMPARE(v.dependencies.size(), 2);
    QCOMPARE(v.dependencies[0].text, QStringLiteral("system part 1 >= 2202 (Device OS 2.2.0)"));
    QCOMPARE(v.dependencies[0].deviceOs, SemVer::parse(u"2.2.0"));
    QCOMPARE(v.dependencies[1].text, QStringLiteral("bootloader >= 1003 (Device OS 2.0.0)"));
    QVERIFY(v.bounds.summary.contains(QStringLiteral("0x08060000..0x0809FAE4")));
}

void TestModuleChecks::boronSoftdeviceDependencies()
{
    DR_CORPUS_FILE(path, QStringLiteral("boron-softdevice@2.2.0.bin"));
    const ModuleVerdict v = check(parse(readAll(path)));
    QVERIFY(v.ok());
    QCOMPARE(v.slot->name, QStringLiteral("softdevice"));
    QCOMPARE(v.dependencies.size(), 2);
    QVERIFY(v.dependencies[0].text.startsWith(QStringLiteral("bootloader >= 501")));
    QVERIFY(v.dependencies[1].text.startsWith(QStringLiteral("system part 1 >= 1321")));
}

void TestModuleChecks::electronPart1FileIsTheIndex3Slot()
{
    DR_CORPUS_FILE(path, QStringLiteral("electron-system-part1@2.2.0.bin"));
    const ModuleVerdict v = check(parse(readAll(path)));
    QVERIFY(v.ok());
    QCOMPARE(v.slot->index, quint8(3));
    QCOMPARE(v.slot->bounds.start, 0x08060000u);
    QCOMPARE(v.slot->name, QStringLiteral("system-part1")); // the release file name of index 3
}

void TestModuleChecks::crcMismatch()
{
    DR_CORPUS_FILE(path, QStringLiteral("boron-system-part1@2.2.0.bin"));
    QByteArray data = readAll(path);
    data[data.size() - 1] = char(data[data.size() - 1] ^ 0x10);
    const ModuleVerdict v = check(parse(data, QStringLiteral("damaged.bin")));
    QVERIFY(!v.ok());
    QCOMPARE(v.integrity.outcome, CheckOutcome::Fail);
    QVERIFY(v.sha.passed());
    QCOMPARE(codes(v), QStringList{QString::fromLatin1(moduleerror::CrcMismatch)});
    const Error e = v.errors().first();
    QVERIFY(e.message.contains(QStringLiteral("damaged.bin")));
    QVERIFY(e.message.contains(QStringLiteral("CRC-32")));
    QVERIFY(e.remedy.contains(QStringLiteral("Download")));
}

void TestModuleChecks::shaMismatch()
{
    DR_CORPUS_FILE(path, QStringLiteral("boron-system-part1@2.2.0.bin"));
    QByteArray data = readAll(path);
    data[5000] = char(data[5000] ^ 0x01);
    setCrcOnly(data);
    const ModuleVerdict v = check(parse(data, QStringLiteral("edited.bin")));
    QVERIFY(v.integrity.passed());
    QCOMPARE(v.sha.outcome, CheckOutcome::Fail);
    QCOMPARE(codes(v), QStringList{QString::fromLatin1(moduleerror::ShaMismatch)});
    QVERIFY(v.errors().first().message.contains(QStringLiteral("edited.bin")));
}

void TestModuleChecks::unknownPlatform()
{
    const ModuleVerdict v = check(parse(ModuleBuilder::build(spec(999, ModuleFunction::UserPart, 1, 0x080A0000, 3, 500))));
    QVERIFY(!v.ok());
    QVERIFY(!v.platform);
    QCOMPARE(v.platformKnown.outcome, CheckOutcome::Fail);
    QCOMPARE(v.bounds.outcome, CheckOutcome::NotChecked);
    QCOMPARE(codes(v), QStringList{QString::fromLatin1(moduleerror::UnknownPlatform)});
    QVERIFY(v.errors().first().message.contains(QStringLiteral("999")));
}

void TestModuleChecks::outOfBounds()
{
    // A Photon user part is at most 128 KB (0x080A0000..0x080C0000).
    const ModuleVerdict v = check(parse(ModuleBuilder::build(spec(6, ModuleFunction::UserPart, 1, 0x080A0000, 3, 0x20000)),
                                        QStringLiteral("big-app.bin")));
    QVERIFY(!v.ok());
    QCOMPARE(v.bounds.outcome, CheckOutcome::Fail);
    QVERIFY(v.functionSlot.passed());
    QCOMPARE(codes(v), QStringList{QString::fromLatin1(moduleerror::OutOfBounds)});
    const Error e = v.errors().first();
    QVERIFY(e.message.contains(QStringLiteral("big-app.bin")));
    QVERIFY(e.message.contains(QStringLiteral("tinker")));
    QVERIFY(e.message.contains(QStringLiteral("0x080A0000..0x080C0000")));
    QVERIFY(!e.remedy.isEmpty());

    // The same module 100 bytes smaller than the slot fits.
    const ModuleVerdict fits =
        check(parse(ModuleBuilder::build(spec(6, ModuleFunction::UserPart, 1, 0x080A0000, 3, 0x20000 - 24 - 44 - 100))));
    QVERIFY(fits.bounds.passed());
}

void TestModuleChecks::wrongFunctionForTheSlot()
{
    // Says "user part 1" but sits at the Boron's system-part1 address.
    ModuleSpec s = spec(13, ModuleFunction::UserPart, 1, 0x30000, 6, 4000);
    s.dependency = ModuleDependency{4, 1, 2202};
    const ModuleVerdict v = check(parse(ModuleBuilder::build(s), QStringLiteral("mislabelled.bin")));
    QVERIFY(!v.ok());
    QCOMPARE(v.functionSlot.outcome, CheckOutcome::Fail);
    QVERIFY(codes(v).contains(QString::fromLatin1(moduleerror::WrongFunctionForSlot)));
    const Error e = v.errors().first();
    QCOMPARE(e.code, QString::fromLatin1(moduleerror::WrongFunctionForSlot));
    QVERIFY(e.message.contains(QStringLiteral("user part 1")));
    QVERIFY(e.message.contains(QStringLiteral("system-part1")));
}

void TestModuleChecks::noSuchSlotOnThePlatform()
{
    const ModuleVerdict v = check(parse(ModuleBuilder::build(spec(13, ModuleFunction::SystemPart, 2, 0x30000, 2202, 4000))));
    QVERIFY(!v.ok());
    QCOMPARE(codes(v), QStringList{QString::fromLatin1(moduleerror::NoSlot)});
    QVERIFY(v.errors().first().message.contains(QStringLiteral("system part 2")));
}

void TestModuleChecks::gen3SystemPartMovesIn620_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<quint32>("start");
    QTest::addColumn<bool>("inBounds");
    QTest::addColumn<QString>("deviceOs");
    QTest::newRow("6.2.0 at 0x28000") << 6200 << 0x28000u << true << "6.2.0";
    QTest::newRow("2.2.0 at 0x28000") << 2202 << 0x28000u << false << "2.2.0";
    QTest::newRow("2.2.0 at 0x30000") << 2202 << 0x30000u << true << "2.2.0";
    QTest::newRow("5.9.0 at 0x30000") << 5901 << 0x30000u << true << "5.9.0";
}

void TestModuleChecks::gen3SystemPartMovesIn620()
{
    QFETCH(int, version);
    QFETCH(quint32, start);
    QFETCH(bool, inBounds);
    QFETCH(QString, deviceOs);
    const ModuleVerdict v = check(parse(ModuleBuilder::build(spec(13, ModuleFunction::SystemPart, 1, start, quint16(version), 300000))));
    QCOMPARE(v.moduleDeviceOs, SemVer::parse(deviceOs));
    QCOMPARE(v.boundsDeviceOs, SemVer::parse(deviceOs));
    QCOMPARE(v.bounds.passed(), inBounds);
    QVERIFY(v.boundsBasis.contains(deviceOs));
}

void TestModuleChecks::unknownDeviceOsAcceptsAnyRangeAndSaysSo()
{
    // A user part with no dependency: no way to tell the Device OS, so any user slot range may do.
    const ModuleVerdict v = check(parse(ModuleBuilder::build(spec(13, ModuleFunction::UserPart, 2, 0xB4000, 1, 2000))));
    QVERIFY(v.ok());
    QVERIFY(!v.boundsDeviceOs);
    QVERIFY(v.boundsBasis.contains(QStringLiteral("unknown")));
    QVERIFY(v.boundsBasis.contains(QStringLiteral("3.1.0")));
}

void TestModuleChecks::compressedModuleIsInflatedWithinTheSlot()
{
    ModuleSpec s = spec(6, ModuleFunction::UserPart, 1, 0x080A0000, 3, 60000);
    s.compress = true;
    QByteArray bytes = ModuleBuilder::build(s);
    ModuleVerdict v = check(parse(bytes));
    QVERIFY(v.ok());
    QCOMPARE(v.compression.outcome, CheckOutcome::Pass);

    // A header that claims 1 MB: more than the 128 KB slot, refused before inflating.
    bytes[24 + 4] = 0;
    bytes[24 + 5] = 0;
    bytes[24 + 6] = char(0x10);
    bytes[24 + 7] = 0;
    ModuleBuilder::reseal(bytes);
    v = check(parse(bytes));
    QVERIFY(!v.ok());
    QCOMPARE(v.compression.outcome, CheckOutcome::Fail);
    QVERIFY(codes(v).contains(QString::fromLatin1(moduleerror::BadCompression)));
}

void TestModuleChecks::unsupportedPlatformIsNamed()
{
    DR_CORPUS_FILE(path, QStringLiteral("core_tinker.bin"));
    const ModuleVerdict v = check(parse(readAll(path), QStringLiteral("core_tinker.bin")));
    QVERIFY(!v.ok());
    QVERIFY(v.integrity.passed());
    QCOMPARE(v.bounds.outcome, CheckOutcome::NotChecked);
    const Error e = v.errors().first();
    QCOMPARE(e.code, QString::fromLatin1(moduleerror::UnsupportedPlatform));
    QVERIFY(e.message.contains(QStringLiteral("Core")));
    QVERIFY(!e.remedy.isEmpty());
}

QTEST_GUILESS_MAIN(TestModuleChecks)
#include "tst_modulechecks.moc"
