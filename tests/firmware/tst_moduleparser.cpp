// The module parser on every real Device OS binary in the corpus, on the facts of issue 2, and on
// synthetic modules for what the real set lacks: compressed, combined, extensions, corrupt variants.
#include "common/sha256.h"
#include "firmware/modulebuilder.h"
#include "firmware/moduleparser.h"
#include "support/corpus.h"
#include "support/syntheticmodules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

#include <algorithm>
#include <vector>

using namespace dr;

namespace {

// Files in the corpus that are not Particle modules at all (reference section 5 of issue 2).
const QStringList kNonModules = {
    QStringLiteral("cc3000-patch-programmer.bin"),    // TI CC3000 patch programmer for the Core
    QStringLiteral("cc3000-patch-programmer_1_14.bin"),
    QStringLiteral("deep_update_2014_06.bin"),        // 2014 Core deep-update image
    QStringLiteral("ota-flag-a5.bin"),                // the single 0xA5 byte for the DCT OTA flag
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

ModuleSpec photonUserSpec()
{
    ModuleSpec s = test::photonUserPartSpec(QByteArray(3000, 'u'));
    for (qsizetype i = 0; i < s.payload.size(); ++i)
        s.payload[i] = char((i * 7) & 0xFF);
    s.productId = 6;
    s.productVersion = 3;
    return s;
}

// Recomputes only the CRC-32, leaving a stale SHA-256 in place.
void setCrcOnly(QByteArray &module)
{
    const qsizetype n = module.size() - 4;
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(module.constData()), uInt(n));
    module[n] = char((crc >> 24) & 0xFF);
    module[n + 1] = char((crc >> 16) & 0xFF);
    module[n + 2] = char((crc >> 8) & 0xFF);
    module[n + 3] = char(crc & 0xFF);
}

FirmwareModule parseSingle(const QByteArray &bytes, const QString &name = QStringLiteral("synthetic.bin"))
{
    auto r = ModuleParser::parse(bytes, name);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error().text()));
    if (!r.ok() || r->size() != 1)
        return FirmwareModule{};
    return r->first();
}

} // namespace

class TestModuleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusIsPresent();
    void everyCorpusFile_data();
    void everyCorpusFile();
    void nonModulesGetAClearMessage_data();
    void nonModulesGetAClearMessage();
    void boronSoftdevice();
    void photonSystemPart2();
    void electronFileNameTrap_data();
    void electronFileNameTrap();
    void rtl872xSuffixExtensions();
    void coreMonoFirmwareAtOffset0x10C();
    void softdeviceFlashImageDropsThePrefix();
    void synthetic_data();
    void synthetic();
    void prefixFoundByScanning();
    void compressedInflatesToTheOriginal();
    void compressedWithDropModuleInfoInflatesThePayload();
    void decompressionBombIsRefused();
    void corruptDeflateStreamIsAnError();
    void combinedFileYieldsEveryModule();
    void combinedFlagWithNothingFollowingIsTruncated();
    void flippedCrcByte();
    void flippedShaByte();
    void truncatedRealFile_data();
    void truncatedRealFile();
    void truncatedSyntheticAtEveryLength();
    void badPrefixExtensionIsAnError();
    void badSuffixSizeIsAnError();
    void emptyAndTinyInputs_data();
    void emptyAndTinyInputs();
    void randomInputNeverCrashes();
    void parseInFlashFindsAModuleAtItsSlot();
    void wholeFileModuleSharesTheFileBuffer();
    void combinedModulesOwnOnlyTheirBytes();
    void rawDataInputIsCopied();
    void computedShaIsSha256OfTheHashedBytes();
};

void TestModuleParser::corpusIsPresent()
{
    const QStringList files = test::corpusFiles();
    if (files.size() < 160)
        QFAIL(qPrintable(QStringLiteral("Only %1 corpus files found. %2").arg(files.size()).arg(test::corpusMissingMessage())));
}

void TestModuleParser::everyCorpusFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isModule");
    const QStringList files = test::corpusFiles();
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        QTest::newRow(qPrintable(name)) << path << !kNonModules.contains(name);
    }
}

void TestModuleParser::everyCorpusFile()
{
    QFETCH(QString, path);
    QFETCH(bool, isModule);
    const QByteArray data = readAll(path);
    const auto r = ModuleParser::parse(data, QFileInfo(path).fileName());
    if (!isModule) {
        QVERIFY2(!r.ok(), "a non-module was parsed as a module");
        QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::NotAModule));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(r->size(), 1);
    const FirmwareModule &m = r->first();
    QVERIFY(m.crcValid());
    QVERIFY(m.shaValid());
    QCOMPARE(m.length(), data.size()); // every real file is exactly one module
    QCOMPARE(qint64(m.endAddress) - qint64(m.startAddress) + 4, qint64(data.size()));
    QVERIFY(std::find(std::begin(ModuleParser::kKnownPrefixOffsets), std::end(ModuleParser::kKnownPrefixOffsets),
                      m.prefixOffset)
            != std::end(ModuleParser::kKnownPrefixOffsets));
    QVERIFY(m.suffixSize >= 36);
    QCOMPARE(m.bytes, data);

    // The file's own SHA-256, from the same pass as the module's (the softdevice hashes its
    // payload only, so its file digest is a pass of its own): both as hashed apart.
    QByteArray whole;
    const auto again = ModuleParser::parse(data, QFileInfo(path).fileName(), &whole);
    QVERIFY(again.ok());
    QCOMPARE(whole, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    QCOMPARE(again->first().computedSha256, m.computedSha256);
    const auto both = sha256PrefixAndWhole(data, data.size() - 38);
    QCOMPARE(both.prefix, QCryptographicHash::hash(data.first(data.size() - 38), QCryptographicHash::Sha256));
    QCOMPARE(both.whole, whole);
}

void TestModuleParser::nonModulesGetAClearMessage_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : kNonModules)
        QTest::newRow(qPrintable(n)) << n;
}

void TestModuleParser::nonModulesGetAClearMessage()
{
    QFETCH(QString, name);
    DR_CORPUS_FILE(path, name);
    const auto r = ModuleParser::parse(readAll(path), name);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::NotAModule));
    QVERIFY(r.error().message.contains(name));
    QVERIFY(r.error().message.contains(QStringLiteral("not a Particle firmware module")));
    QVERIFY(!r.error().remedy.isEmpty());
}

void TestModuleParser::boronSoftdevice()
{
    DR_CORPUS_FILE(path, QStringLiteral("boron-softdevice@2.2.0.bin"));
    const FirmwareModule m = parseSingle(readAll(path));
    QCOMPARE(m.platformId, quint16(13));
    QCOMPARE(m.function(), ModuleFunction::RadioStack);
    QCOMPARE(m.index, quint8(0));
    QCOMPARE(m.version, quint16(202));
    QCOMPARE(m.startAddress, 0x1000u);
    QVERIFY(m.hasFlag(ModuleFlag::DropModuleInfo));
    QCOMPARE(m.prefixOffset, 0);
    QCOMPARE(m.dependency.function(), ModuleFunction::Bootloader);
    QCOMPARE(m.dependency.index, quint8(0));
    QCOMPARE(m.dependency.version, quint16(501));
    QCOMPARE(m.dependency2.function(), ModuleFunction::SystemPart);
    QCOMPARE(m.dependency2.index, quint8(1));
    QCOMPARE(m.dependency2.version, quint16(1321));
    QVERIFY(m.crcValid());
    QVERIFY(m.shaValid()); // hashed over the payload only, as every real softdevice is
    QCOMPARE(m.suffixSize, quint16(36));
    QVERIFY(!m.productId.has_value());
}

void TestModuleParser::photonSystemPart2()
{
    DR_CORPUS_FILE(path, QStringLiteral("photon-system-part2@2.2.0.bin"));
    const FirmwareModule m = parseSingle(readAll(path));
    QCOMPARE(m.prefixOffset, 388);
    QCOMPARE(m.platformId, quint16(6));
    QCOMPARE(m.function(), ModuleFunction::SystemPart);
    QCOMPARE(m.index, quint8(2));
    QCOMPARE(m.version, quint16(2202));
    QCOMPARE(m.startAddress, 0x08060000u);
    QCOMPARE(m.endAddress, 0x0809FAE4u);
    QCOMPARE(m.dependency.function(), ModuleFunction::SystemPart);
    QCOMPARE(m.dependency.index, quint8(1));
    QCOMPARE(m.dependency.version, quint16(2202));
    QCOMPARE(m.dependency2.function(), ModuleFunction::Bootloader);
    QCOMPARE(m.dependency2.version, quint16(1003));
    QCOMPARE(m.flags, quint8(0));
    QCOMPARE(m.productId, std::optional<quint16>(0xFFFF));
    QCOMPARE(m.productVersion, std::optional<quint16>(0xFFFF));
    QVERIFY(m.crcValid());
    QCOMPARE(m.flashImage(), m.bytes);
}

void TestModuleParser::electronFileNameTrap_data()
{
    // Reference 1.3: the file names do not say the index; the prefix does.
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::addColumn<quint32>("start");
    QTest::newRow("part1 is index 3") << "electron-system-part1@2.2.0.bin" << 3 << 0x08060000u;
    QTest::newRow("part2 is index 1") << "electron-system-part2@2.2.0.bin" << 1 << 0x08020000u;
    QTest::newRow("part3 is index 2") << "electron-system-part3@2.2.0.bin" << 2 << 0x08040000u;
    QTest::newRow("1.5.0 part1 is index 3") << "electron-system-part1@1.5.0.bin" << 3 << 0x08060000u;
}

void TestModuleParser::electronFileNameTrap()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QFETCH(quint32, start);
    DR_CORPUS_FILE(path, name);
    const FirmwareModule m = parseSingle(readAll(path));
    QCOMPARE(m.platformId, quint16(10));
    QCOMPARE(m.function(), ModuleFunction::SystemPart);
    QCOMPARE(int(m.index), index);
    QCOMPARE(m.startAddress, start);
}

void TestModuleParser::rtl872xSuffixExtensions()
{
    DR_CORPUS_FILE(path, QStringLiteral("tinker-5.0.0-p2.bin"));
    const FirmwareModule m = parseSingle(readAll(path));
    QCOMPARE(m.platformId, quint16(32));
    QCOMPARE(m.suffixSize, quint16(62));
    QCOMPARE(m.suffixExtensions.size(), 2);
    QCOMPARE(m.suffixExtensions[0].knownType(), ModuleExtensionType::DynamicLocation);
    QCOMPARE(m.suffixExtensions[0].length, quint16(16));
    QCOMPARE(m.suffixExtensions[1].knownType(), ModuleExtensionType::ProductData);
    QCOMPARE(m.suffixExtensions[1].length, quint16(10));
    QCOMPARE(m.productId, std::optional<quint16>(32));
    QCOMPARE(m.productVersion, std::optional<quint16>(4));
    QCOMPARE(m.startAddress, 0x085F4000u);
    QCOMPARE(m.endAddress, 0x085FFFFCu);
}

void TestModuleParser::coreMonoFirmwareAtOffset0x10C()
{
    DR_CORPUS_FILE(path, QStringLiteral("core_tinker.bin"));
    const FirmwareModule m = parseSingle(readAll(path));
    QCOMPARE(m.prefixOffset, 0x10C);
    QCOMPARE(m.platformId, quint16(0));
    QCOMPARE(m.function(), ModuleFunction::MonoFirmware);
    QCOMPARE(m.startAddress, 0x08005000u);
}

void TestModuleParser::softdeviceFlashImageDropsThePrefix()
{
    DR_CORPUS_FILE(path, QStringLiteral("boron-softdevice@2.2.0.bin"));
    const QByteArray data = readAll(path);
    const FirmwareModule m = parseSingle(data);
    QCOMPARE(m.prefixSize, 24);
    QCOMPARE(m.flashImage(), data.mid(24));
}

// Synthetic variants by name, so the data table stays readable.
static ModuleSpec syntheticSpec(const QString &variant)
{
    ModuleSpec s = photonUserSpec();
    if (variant == QLatin1String("gen2 system part, prefix at 0x184")) {
        s.startAddress = 0x08060000;
        s.functionCode = quint8(ModuleFunction::SystemPart);
        s.index = 2;
        s.version = 2202;
        s.prefixOffset = 0x184;
        s.dependency = ModuleDependency{4, 1, 2202};
        s.dependency2 = ModuleDependency{2, 0, 1003};
        s.productId = 0xFFFF;
        s.productVersion = 0xFFFF;
    } else if (variant == QLatin1String("gen3 system part, prefix at 0x200")) {
        s.startAddress = 0x30000;
        s.platformId = 13;
        s.functionCode = quint8(ModuleFunction::SystemPart);
        s.index = 1;
        s.version = 2202;
        s.prefixOffset = 0x200;
    } else if (variant == QLatin1String("no product data")) {
        s.productId.reset();
        s.productVersion.reset();
    } else if (variant == QLatin1String("drop module info")) {
        s.startAddress = 0x1000;
        s.platformId = 13;
        s.functionCode = quint8(ModuleFunction::RadioStack);
        s.index = 0;
        s.flags = quint8(ModuleFlag::DropModuleInfo);
        s.productId.reset();
        s.productVersion.reset();
    } else if (variant == QLatin1String("prefix extensions")) {
        s.prefixExtensions = {ModuleBuilder::dependency(ModuleFunction::SystemPart, 1, 6200),
                              ModuleBuilder::name("tinker"), ModuleBuilder::securityMode(1)};
    } else if (variant == QLatin1String("rtl872x suffix extensions")) {
        s.startAddress = 0x085F4000;
        s.platformId = 32;
        s.productId.reset();
        s.productVersion.reset();
        s.suffixExtensions = {ModuleBuilder::dynamicLocation(0x085F4000, 0x085F4088, 0x023F54E8),
                              ModuleBuilder::productData(32, 4)};
    } else if (variant == QLatin1String("suffix extension and raw product data")) {
        s.suffixExtensions = {ModuleBuilder::name("app")};
    } else if (variant == QLatin1String("compressed")) {
        s.compress = true;
    } else if (variant == QLatin1String("compressed with prefix extensions")) {
        s.compress = true;
        s.prefixExtensions = {ModuleBuilder::name("zipped")};
    } else if (variant == QLatin1String("unknown flag bits")) {
        s.flags = 0x40;
    }
    return s;
}

void TestModuleParser::synthetic_data()
{
    QTest::addColumn<QString>("variant");
    for (const char *v : {"plain user part", "gen2 system part, prefix at 0x184", "gen3 system part, prefix at 0x200",
                          "no product data", "drop module info", "prefix extensions", "rtl872x suffix extensions",
                          "suffix extension and raw product data", "compressed", "compressed with prefix extensions",
                          "unknown flag bits"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestModuleParser::synthetic()
{
    QFETCH(QString, variant);
    const ModuleSpec spec = syntheticSpec(variant);
    const QByteArray bytes = ModuleBuilder::build(spec);
    const FirmwareModule m = parseSingle(bytes);
    QCOMPARE(m.length(), bytes.size());
    QCOMPARE(m.startAddress, spec.startAddress);
    QCOMPARE(qint64(m.endAddress), qint64(spec.startAddress) + bytes.size() - 4);
    QCOMPARE(m.platformId, spec.platformId);
    QCOMPARE(m.functionCode, spec.functionCode);
    QCOMPARE(m.index, spec.index);
    QCOMPARE(m.version, spec.version);
    QCOMPARE(m.dependency.version, spec.dependency.version);
    QCOMPARE(m.dependency2.functionCode, spec.dependency2.functionCode);
    QCOMPARE(m.prefixOffset, spec.compress ? 0 : spec.prefixOffset);
    QVERIFY(m.crcValid());
    QVERIFY(m.shaValid());
    QCOMPARE(m.hasFlag(ModuleFlag::Compressed), spec.compress);
    QCOMPARE(m.hasFlag(ModuleFlag::PrefixExtensions), !spec.prefixExtensions.isEmpty());
    QCOMPARE(m.hasFlag(ModuleFlag::DropModuleInfo), bool(spec.flags & quint8(ModuleFlag::DropModuleInfo)));
    QCOMPARE(m.productId, spec.productId ? spec.productId
                                         : (spec.suffixExtensions.isEmpty() ? std::nullopt
                                                                            : std::optional<quint16>(32)));
    if (spec.productId)
        QCOMPARE(m.productVersion, spec.productVersion);

    // Extensions come back as they went in (END appended to the prefix ones).
    if (!spec.prefixExtensions.isEmpty()) {
        QCOMPARE(m.prefixExtensions.size(), spec.prefixExtensions.size() + 1);
        for (qsizetype i = 0; i < spec.prefixExtensions.size(); ++i) {
            QCOMPARE(m.prefixExtensions[i].type, spec.prefixExtensions[i].type);
            QCOMPARE(m.prefixExtensions[i].data, spec.prefixExtensions[i].data);
        }
        QCOMPARE(m.prefixExtensions.last().knownType(), ModuleExtensionType::End);
    }
    QCOMPARE(m.suffixExtensions.size(), spec.suffixExtensions.size());
    for (qsizetype i = 0; i < spec.suffixExtensions.size(); ++i)
        QCOMPARE(m.suffixExtensions[i].data, spec.suffixExtensions[i].data);

    if (!spec.compress)
        QCOMPARE(m.storedPayload(), spec.payload);
    const auto payload = m.decompressedPayload();
    QVERIFY2(payload.ok(), qPrintable(payload.ok() ? QString() : payload.error().text()));
}

void TestModuleParser::prefixFoundByScanning()
{
    ModuleSpec s = photonUserSpec();
    s.prefixOffset = 0x300; // not a known offset: found by the 4-byte scan
    const QByteArray bytes = ModuleBuilder::build(s);
    QCOMPARE(ModuleParser::findPrefix(bytes), std::optional<qsizetype>(0x300));
    const FirmwareModule m = parseSingle(bytes);
    QCOMPARE(m.prefixOffset, 0x300);
    QVERIFY(m.crcValid());
}

void TestModuleParser::compressedInflatesToTheOriginal()
{
    ModuleSpec s = photonUserSpec();
    const QByteArray plain = ModuleBuilder::build(s);
    s.compress = true;
    const QByteArray packed = ModuleBuilder::build(s);
    QVERIFY(packed.size() < plain.size());
    const FirmwareModule m = parseSingle(packed);
    QVERIFY(m.compression.has_value());
    QCOMPARE(m.compression->headerSize, quint16(8));
    QCOMPARE(m.compression->method, quint8(0));
    QCOMPARE(m.compression->windowBits, quint8(0));
    QCOMPARE(qsizetype(m.compression->originalSize), plain.size());
    const auto inflated = m.decompressedPayload();
    QVERIFY(inflated.ok());
    QCOMPARE(*inflated, plain); // the whole original module, prefix and suffix included
}

void TestModuleParser::compressedWithDropModuleInfoInflatesThePayload()
{
    ModuleSpec s = syntheticSpec(QStringLiteral("drop module info"));
    s.compress = true;
    const FirmwareModule m = parseSingle(ModuleBuilder::build(s));
    QVERIFY(m.hasFlag(ModuleFlag::DropModuleInfo));
    QVERIFY(m.shaValid());
    const auto inflated = m.decompressedPayload();
    QVERIFY(inflated.ok());
    QCOMPARE(*inflated, s.payload);
}

void TestModuleParser::decompressionBombIsRefused()
{
    // 4 MB of zeros deflate to a few KB; the header then claims less than that, and separately more
    // than the limit: both must fail without producing the data.
    ModuleSpec s = photonUserSpec();
    s.payload = QByteArray(4 * 1024 * 1024, '\0');
    s.compress = true;
    QByteArray packed = ModuleBuilder::build(s);
    QVERIFY(packed.size() < 64 * 1024);
    const qsizetype headerAt = 24;

    QByteArray understated = packed;
    understated[headerAt + 4] = char(0x00);
    understated[headerAt + 5] = char(0x10); // original size 0x1000 + high bytes kept below
    understated[headerAt + 6] = char(0x00);
    understated[headerAt + 7] = char(0x00);
    ModuleBuilder::reseal(understated);
    FirmwareModule m = parseSingle(understated);
    auto r = m.decompressedPayload();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::BadCompression));
    QVERIFY(r.error().message.contains(QStringLiteral("more than")));

    m = parseSingle(packed);
    r = m.decompressedPayload(1024 * 1024); // the honest size, but above the caller's limit
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("allowed")));
    QVERIFY(m.decompressedPayload(8 * 1024 * 1024).ok());
}

void TestModuleParser::corruptDeflateStreamIsAnError()
{
    ModuleSpec s = photonUserSpec();
    s.compress = true;
    QByteArray packed = ModuleBuilder::build(s);
    const qsizetype streamAt = 24 + 8;
    for (qsizetype i = streamAt; i < streamAt + 16; ++i)
        packed[i] = char(0xFF);
    ModuleBuilder::reseal(packed);
    const FirmwareModule m = parseSingle(packed);
    QVERIFY(m.crcValid());
    const auto r = m.decompressedPayload();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::BadCompression));
}

void TestModuleParser::combinedFileYieldsEveryModule()
{
    ModuleSpec a = photonUserSpec();
    ModuleSpec b = syntheticSpec(QStringLiteral("gen2 system part, prefix at 0x184"));
    ModuleSpec c = syntheticSpec(QStringLiteral("compressed"));
    const QByteArray file = ModuleBuilder::buildCombined({a, b, c});
    const auto r = ModuleParser::parse(file, QStringLiteral("combined.bin"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(r->size(), 3);
    QVERIFY(r->at(0).hasFlag(ModuleFlag::Combined));
    QVERIFY(r->at(1).hasFlag(ModuleFlag::Combined));
    QVERIFY(!r->at(2).hasFlag(ModuleFlag::Combined));
    QCOMPARE(r->at(0).fileOffset, 0);
    QCOMPARE(r->at(1).fileOffset, r->at(0).length());
    QCOMPARE(r->at(2).fileOffset, r->at(0).length() + r->at(1).length());
    QCOMPARE(r->at(1).prefixOffset, 0x184);
    QCOMPARE(r->at(1).index, quint8(2));
    QVERIFY(r->at(2).compression.has_value());
    for (const FirmwareModule &m : *r) {
        QVERIFY(m.crcValid());
        QVERIFY(m.shaValid());
    }
    // Several modules in one file: the file's digest is of all of it, not of the first module.
    QByteArray whole;
    const auto again = ModuleParser::parse(file, QStringLiteral("combined.bin"), &whole);
    QVERIFY(again.ok());
    QCOMPARE(whole, QCryptographicHash::hash(file, QCryptographicHash::Sha256));
    for (qsizetype i = 0; i < again->size(); ++i)
        QCOMPARE(again->at(i).computedSha256, r->at(i).computedSha256);
    // The one-pass digests at the edges: an empty prefix, the whole as prefix, a prefix past the end.
    for (const qsizetype prefix : {qsizetype(0), qsizetype(1), file.size() - 1, file.size(), file.size() + 5}) {
        const auto both = sha256PrefixAndWhole(file, prefix);
        QCOMPARE(both.prefix, QCryptographicHash::hash(file.first(std::min(prefix, file.size())), QCryptographicHash::Sha256));
        QCOMPARE(both.whole, whole);
    }
}

void TestModuleParser::combinedFlagWithNothingFollowingIsTruncated()
{
    ModuleSpec a = photonUserSpec();
    a.flags = quint8(ModuleFlag::Combined);
    const auto r = ModuleParser::parse(ModuleBuilder::build(a), QStringLiteral("half.bin"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::Truncated));
    QVERIFY(r.error().message.contains(QStringLiteral("half.bin")));
}

void TestModuleParser::flippedCrcByte()
{
    DR_CORPUS_FILE(path, QStringLiteral("photon-system-part2@2.2.0.bin"));
    QByteArray data = readAll(path);
    data[data.size() - 2] = char(data[data.size() - 2] ^ 0x01);
    const FirmwareModule m = parseSingle(data);
    QVERIFY(!m.crcValid());
    QVERIFY(m.shaValid());
}

void TestModuleParser::flippedShaByte()
{
    DR_CORPUS_FILE(path, QStringLiteral("photon-system-part2@2.2.0.bin"));
    const QByteArray original = readAll(path);
    QByteArray data = original;
    data[data.size() - 20] = char(data[data.size() - 20] ^ 0x80);
    FirmwareModule m = parseSingle(data);
    QVERIFY(!m.shaValid());
    QVERIFY(!m.crcValid()); // the CRC covers the SHA field too

    // The stale SHA with a CRC made to match: the SHA check fails on its own.
    setCrcOnly(data);
    m = parseSingle(data);
    QVERIFY(m.crcValid());
    QVERIFY(!m.shaValid());
}

void TestModuleParser::truncatedRealFile_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("code");
    const QString truncatedCode = QString::fromLatin1(moduleerror::Truncated);
    const QString notModule = QString::fromLatin1(moduleerror::NotAModule);
    QTest::newRow("0 bytes") << 0 << QString::fromLatin1(moduleerror::EmptyFile);
    for (int n : {1, 4, 23, 24, 64, 200, 388, 411})
        QTest::newRow(qPrintable(QStringLiteral("%1 bytes (header incomplete)").arg(n))) << n << notModule;
    for (int n : {412, 413, 1000, 4096, 65536, 130420, 260800, 260835, 260839})
        QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(n))) << n << truncatedCode;
}

void TestModuleParser::truncatedRealFile()
{
    QFETCH(int, length);
    QFETCH(QString, code);
    DR_CORPUS_FILE(path, QStringLiteral("photon-system-part2@2.2.0.bin"));
    const QByteArray data = readAll(path).left(length);
    const auto r = ModuleParser::parse(data, QStringLiteral("cut.bin"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(r.error().message.contains(QStringLiteral("cut.bin")));
    if (code == QString::fromLatin1(moduleerror::Truncated))
        QVERIFY(r.error().message.contains(QStringLiteral("260840")));
}

void TestModuleParser::truncatedSyntheticAtEveryLength()
{
    // Every length of a small module, with the prefix at 0 and at 0x184: never a success, never a crash.
    for (qsizetype offset : {qsizetype(0), qsizetype(0x184)}) {
        ModuleSpec s = photonUserSpec();
        s.payload.truncate(200);
        s.prefixOffset = offset;
        const QByteArray full = ModuleBuilder::build(s);
        QVERIFY(ModuleParser::parse(full, QStringLiteral("full.bin")).ok());
        for (qsizetype n = 0; n < full.size(); ++n) {
            const auto r = ModuleParser::parse(full.left(n), QStringLiteral("cut.bin"));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("length %1 parsed").arg(n)));
            if (n >= offset + 24)
                QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::Truncated));
        }
    }
}

void TestModuleParser::badPrefixExtensionIsAnError()
{
    ModuleSpec s = syntheticSpec(QStringLiteral("prefix extensions"));
    QByteArray bytes = ModuleBuilder::build(s);
    // First extension header sits right after module_info_t: claim a length far past the module.
    bytes[24 + 2] = char(0xF0);
    bytes[24 + 3] = char(0x7F);
    ModuleBuilder::reseal(bytes);
    const auto r = ModuleParser::parse(bytes, QStringLiteral("ext.bin"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::BadExtension));

    // A length below the 4-byte header is just as wrong.
    bytes = ModuleBuilder::build(s);
    bytes[24 + 2] = char(2);
    bytes[24 + 3] = char(0);
    ModuleBuilder::reseal(bytes);
    QCOMPARE(ModuleParser::parse(bytes, QStringLiteral("ext.bin")).error().code,
             QString::fromLatin1(moduleerror::BadExtension));
}

void TestModuleParser::badSuffixSizeIsAnError()
{
    for (quint16 size : {quint16(0), quint16(35), quint16(0xFFFF)}) {
        QByteArray bytes = ModuleBuilder::build(photonUserSpec());
        bytes[bytes.size() - 6] = char(size & 0xFF);
        bytes[bytes.size() - 5] = char(size >> 8);
        const auto r = ModuleParser::parse(bytes, QStringLiteral("suffix.bin"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString::fromLatin1(moduleerror::BadSuffix));
        QVERIFY(r.error().message.contains(QString::number(size)));
    }
}

void TestModuleParser::emptyAndTinyInputs_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    const QString notModule = QString::fromLatin1(moduleerror::NotAModule);
    QTest::newRow("empty") << QByteArray() << QString::fromLatin1(moduleerror::EmptyFile);
    QTest::newRow("one 0xA5 byte") << QByteArray(1, char(0xA5)) << notModule;
    QTest::newRow("8 KB of 0xFF (erased flash)") << QByteArray(8192, char(0xFF)) << notModule;
    QTest::newRow("64 KB of zeros") << QByteArray(65536, '\0') << notModule;
    QTest::newRow("text") << QByteArray("This is a README, not firmware.\n").repeated(40) << notModule;
}

void TestModuleParser::emptyAndTinyInputs()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    const auto r = ModuleParser::parse(data, QStringLiteral("input.bin"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().remedy.isEmpty());
}

void TestModuleParser::randomInputNeverCrashes()
{
    // Random bytes, and real modules with random bytes overwritten: the parser returns a value every
    // time (the fuzzer in tests/fuzz goes much further under ASan/UBSan).
    QRandomGenerator rng(20261123);
    const QByteArray base = ModuleBuilder::build(syntheticSpec(QStringLiteral("prefix extensions")));
    int parsed = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray data;
        if (i % 2 == 0) {
            data.resize(rng.bounded(1, 4096));
            for (char &c : data)
                c = char(rng.bounded(256));
        } else {
            data = base;
            for (int k = 0; k < 1 + int(rng.bounded(8)); ++k)
                data[rng.bounded(int(data.size()))] = char(rng.bounded(256));
        }
        const auto r = ModuleParser::parse(data, QStringLiteral("random.bin"));
        if (r.ok()) {
            ++parsed;
            for (const FirmwareModule &m : *r) {
                QVERIFY(m.length() <= data.size());
                (void)m.decompressedPayload(1024 * 1024);
                (void)m.flashImage();
            }
        } else {
            QVERIFY(!r.error().code.isEmpty());
            QVERIFY(!r.error().message.isEmpty());
        }
    }
    QVERIFY(parsed > 0); // mutated modules often still parse (with a failing CRC)
}

void TestModuleParser::parseInFlashFindsAModuleAtItsSlot()
{
    DR_CORPUS_FILE(path, QStringLiteral("photon-system-part2@2.2.0.bin"));
    const QByteArray module = readAll(path);
    const quint32 base = 0x08000000;
    QByteArray flash(1024 * 1024, char(0xFF));
    flash.replace(0x60000, module.size(), module);

    const auto found = ModuleParser::parseInFlash(flash, base, 0x08060000, QStringLiteral("flash"));
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().text()));
    QCOMPARE(found->bytes, module);
    QCOMPARE(found->prefixOffset, 388);
    QCOMPARE(found->version, quint16(2202));
    QVERIFY(found->crcValid());

    // Erased slot, an address outside the image, and a module that is not at this address.
    QCOMPARE(ModuleParser::parseInFlash(flash, base, 0x080A0000, QStringLiteral("flash")).error().code,
             QString::fromLatin1(moduleerror::NotAModule));
    QVERIFY(!ModuleParser::parseInFlash(flash, base, 0x09000000, QStringLiteral("flash")).ok());
    QVERIFY(!ModuleParser::parseInFlash(flash, base, 0x07000000, QStringLiteral("flash")).ok());
    QByteArray shifted(1024 * 1024, char(0xFF));
    shifted.replace(0x20000, module.size(), module); // its prefix says 0x08060000
    QVERIFY(!ModuleParser::parseInFlash(shifted, base, 0x08020000, QStringLiteral("flash")).ok());
    // The module runs past the end of the image.
    QVERIFY(!ModuleParser::parseInFlash(flash.left(0x60000 + 1000), base, 0x08060000, QStringLiteral("flash")).ok());
}

void TestModuleParser::wholeFileModuleSharesTheFileBuffer()
{
    QByteArray file = ModuleBuilder::build(photonUserSpec());
    const QByteArray original = file;
    const FirmwareModule m = parseSingle(file);
    QCOMPARE(m.length(), file.size());
    QCOMPARE(m.bytes.constData(), file.constData()); // one buffer, no copy
    // Implicit sharing: changing the caller's array afterwards leaves the module as it was parsed.
    file[30] = char(file[30] ^ 0xFF);
    QCOMPARE(m.bytes, original);
    QVERIFY(m.crcValid());
    QVERIFY(m.shaValid());
}

void TestModuleParser::combinedModulesOwnOnlyTheirBytes()
{
    const QByteArray file = ModuleBuilder::buildCombined({photonUserSpec(), photonUserSpec()});
    const auto r = ModuleParser::parse(file, QStringLiteral("combined.bin"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(r->size(), 2);
    for (const FirmwareModule &m : *r) {
        QCOMPARE(m.bytes, file.mid(m.fileOffset, m.length()));
        QVERIFY(m.length() < file.size());
        // A copy of its own part: the module does not keep the whole file alive.
        const bool inFile = m.bytes.constData() >= file.constData()
                            && m.bytes.constData() < file.constData() + file.size();
        QVERIFY(!inFile);
    }
}

void TestModuleParser::rawDataInputIsCopied()
{
    const QByteArray built = ModuleBuilder::build(photonUserSpec());
    FirmwareModule m;
    {
        std::vector<char> buffer(built.cbegin(), built.cend());
        const QByteArray raw = QByteArray::fromRawData(buffer.data(), qsizetype(buffer.size()));
        m = parseSingle(raw);
        QVERIFY(m.bytes.constData() != buffer.data()); // Qt does not own `buffer`: never shared
        std::fill(buffer.begin(), buffer.end(), char(0)); // the caller reuses its memory
    }
    QCOMPARE(m.bytes, built);
    QVERIFY(m.crcValid());
    QVERIFY(m.shaValid());
}

void TestModuleParser::computedShaIsSha256OfTheHashedBytes()
{
    DR_CORPUS_FILE(path, QStringLiteral("photon-system-part2@2.2.0.bin"));
    const QByteArray file = readAll(path);
    const FirmwareModule m = parseSingle(file);
    QCOMPARE(m.computedSha256, QCryptographicHash::hash(QByteArrayView(file).first(file.size() - 38),
                                                        QCryptographicHash::Sha256));
    const QByteArray synthetic = ModuleBuilder::build(photonUserSpec());
    QCOMPARE(parseSingle(synthetic).computedSha256,
             QCryptographicHash::hash(QByteArrayView(synthetic).first(synthetic.size() - 38),
                                      QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TestModuleParser)
#include "tst_moduleparser.moc"
