// The Device OS release table: the built-in data both ways (semver <-> module versions), its
// agreement with the real binaries, and the validator's errors for malformed tables.
#include "version/deviceosversions.h"

#include "support/corpus.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using dr::DeviceOsVersionTable;
using dr::SemVer;

namespace {

SemVer v(const char *text)
{
    return *SemVer::parse(QString::fromLatin1(text));
}

} // namespace

class TestDeviceOsVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = DeviceOsVersionTable::loadBuiltin();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
        QVERIFY(DeviceOsVersionTable::builtin().releases().size() > 150);
    }

    void builtinIsAscending()
    {
        const auto &rel = DeviceOsVersionTable::builtin().releases();
        for (qsizetype i = 1; i < rel.size(); ++i)
            QVERIFY2(rel[i - 1].version < rel[i].version, qPrintable(rel[i].version.toString()));
    }

    void systemVersionBothWays_data()
    {
        QTest::addColumn<QString>("semver");
        QTest::addColumn<int>("system");
        QTest::addColumn<int>("bootloader");
        QTest::newRow("0.5.2") << "0.5.2" << 17 << 7;
        QTest::newRow("0.5.5") << "0.5.5" << 23 << 7;
        QTest::newRow("0.6.4") << "0.6.4" << 110 << 11;
        QTest::newRow("0.7.0") << "0.7.0" << 207 << 101;
        QTest::newRow("0.9.0") << "0.9.0" << 403 << 300;
        QTest::newRow("1.0.1") << "1.0.1" << 1002 << 201;
        QTest::newRow("1.2.1") << "1.2.1" << 1213 << 311;
        QTest::newRow("1.4.4") << "1.4.4" << 1406 << 501;
        QTest::newRow("1.5.2") << "1.5.2" << 1512 << 502;
        QTest::newRow("2.0.0") << "2.0.0" << 2008 << 1003;
        QTest::newRow("2.2.0") << "2.2.0" << 2202 << 1006;
        QTest::newRow("2.3.0") << "2.3.0" << 2301 << 1006;
        QTest::newRow("2.3.1") << "2.3.1" << 2302 << 1006;
        QTest::newRow("3.2.1-p2.3") << "3.2.1-p2.3" << 3212 << 1008;
        QTest::newRow("3.3.1") << "3.3.1" << 3302 << 1100;
        QTest::newRow("4.0.2") << "4.0.2" << 4006 << 1101;
        QTest::newRow("5.4.1") << "5.4.1" << 5410 << 2210;
        QTest::newRow("5.5.0") << "5.5.0" << 5501 << 2300;
        QTest::newRow("5.6.0") << "5.6.0" << 5600 << 2400;
        QTest::newRow("5.9.0") << "5.9.0" << 5901 << 2700;
        QTest::newRow("6.1.1") << "6.1.1" << 6101 << 3001;
        QTest::newRow("6.2.0") << "6.2.0" << 6200 << 3100;
        QTest::newRow("6.3.3") << "6.3.3" << 6304 << 3101;
        QTest::newRow("6.3.5") << "6.3.5" << 6306 << 3201;
    }
    void systemVersionBothWays()
    {
        QFETCH(QString, semver);
        QFETCH(int, system);
        QFETCH(int, bootloader);
        const auto &t = DeviceOsVersionTable::builtin();
        const SemVer sv = *SemVer::parse(semver);
        QCOMPARE(t.systemVersionFor(sv), std::optional<int>(system));
        QCOMPARE(t.bootloaderVersionFor(sv), std::optional<int>(bootloader));
        const auto back = t.semverForSystemVersion(system);
        QVERIFY(back.has_value());
        QCOMPARE(back->toString(), semver);
        // Build metadata does not matter: photon-bootloader@2.2.0+lto.bin is release 2.2.0.
        QCOMPARE(t.systemVersionFor(*SemVer::parse(semver + "+lto")), std::optional<int>(system));
    }

    void unknownVersions()
    {
        const auto &t = DeviceOsVersionTable::builtin();
        QVERIFY(!t.semverForSystemVersion(9999).has_value());
        QVERIFY(!t.systemVersionFor(v("6.3.1")).has_value());
        QVERIFY(!t.bootloaderVersionFor(v("7.0.0")).has_value());
        QVERIFY(t.semversForBootloaderVersion(4242).isEmpty());
    }

    void bootloaderToReleases_data()
    {
        QTest::addColumn<int>("bootloader");
        QTest::addColumn<bool>("prereleases");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("1006 releases") << 1006 << false << QStringList{"2.2.0", "2.3.0", "2.3.1"};
        QTest::newRow("1006 all") << 1006 << true
                                  << QStringList{"2.2.0-rc.1", "2.2.0-rc.2", "2.2.0", "2.3.0-rc.1", "2.3.0", "2.3.1",
                                                 "3.0.1-p2.2", "3.0.1-p2.3", "3.0.1-p2.4"};
        QTest::newRow("3100") << 3100 << false << QStringList{"6.2.0"};
        QTest::newRow("502") << 502 << false << QStringList{"1.5.2"};
        QTest::newRow("1008 only a pre-release") << 1008 << false << QStringList{};
        QTest::newRow("1008 with pre-releases") << 1008 << true << QStringList{"3.2.1-p2.3"};
    }
    void bootloaderToReleases()
    {
        QFETCH(int, bootloader);
        QFETCH(bool, prereleases);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const SemVer &s : DeviceOsVersionTable::builtin().semversForBootloaderVersion(bootloader, prereleases))
            got << s.toString();
        QCOMPARE(got, expected);
    }

    // Releases numbered with another release's system version answer with the canonical one.
    void sharedSystemVersions_data()
    {
        QTest::addColumn<int>("system");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("alsoShippedBy");
        QTest::newRow("13") << 13 << "0.5.0" << "0.5.0-rc.2";
        QTest::newRow("15") << 15 << "0.5.1" << "0.5.1-rc.2";
        QTest::newRow("312") << 312 << "0.8.0-rc.13" << "0.8.0-rc.14";
    }
    void sharedSystemVersions()
    {
        QFETCH(int, system);
        QFETCH(QString, canonical);
        QFETCH(QString, alsoShippedBy);
        const auto &t = DeviceOsVersionTable::builtin();
        QCOMPARE(t.semverForSystemVersion(system)->toString(), canonical);
        QCOMPARE(t.systemVersionFor(*SemVer::parse(alsoShippedBy)), std::optional<int>(system));
    }

    // The module versions of the real binaries agree with the table (prefix at the usual offsets:
    // 0 for Gen3 parts, 388 for Gen2 system parts, 512 for Gen3 bootloader/system; module_version is
    // the u16 at +10 and module_function the byte at +14, reference 2.1).
    void realBinariesAgree_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("prefixOffset");
        QTest::addColumn<QString>("semver");
        QTest::addColumn<bool>("isBootloader");
        QTest::newRow("0.5.2 photon") << "system-part1-0.5.2-photon.bin" << 388 << "0.5.2" << false;
        QTest::newRow("1.5.0 boron") << "boron-system-part1@1.5.0.bin" << 512 << "1.5.0" << false;
        QTest::newRow("1.5.2 electron") << "electron-system-part2@1.5.2.bin" << 388 << "1.5.2" << false;
        QTest::newRow("2.0.0 argon") << "argon-system-part1@2.0.0.bin" << 512 << "2.0.0" << false;
        QTest::newRow("2.1.0 p1") << "p1-system-part1@2.1.0.bin" << 388 << "2.1.0" << false;
        QTest::newRow("2.2.0 photon") << "photon-system-part2@2.2.0.bin" << 388 << "2.2.0" << false;
        QTest::newRow("2.2.0 tracker") << "tracker-system-part1@2.2.0.bin" << 512 << "2.2.0" << false;
        QTest::newRow("boot 1.5.0") << "boron-bootloader@1.5.0.bin" << 512 << "1.5.0" << true;
        QTest::newRow("boot 1.5.2") << "xenon-bootloader@1.5.2.bin" << 512 << "1.5.2" << true;
        QTest::newRow("boot 2.0.0") << "photon-bootloader@2.0.0+lto.bin" << 388 << "2.0.0" << true;
        QTest::newRow("boot 2.1.0") << "bsom-bootloader@2.1.0.bin" << 512 << "2.1.0" << true;
        QTest::newRow("boot 2.2.0") << "electron-bootloader@2.2.0+lto.bin" << 388 << "2.2.0" << true;
    }
    void realBinariesAgree()
    {
        QFETCH(QString, file);
        QFETCH(int, prefixOffset);
        QFETCH(QString, semver);
        QFETCH(bool, isBootloader);
        DR_CORPUS_FILE(path, file);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.size() >= prefixOffset + 24);
        const int moduleVersion = qFromLittleEndian<quint16>(data.constData() + prefixOffset + 10);
        const int function = quint8(data.at(prefixOffset + 14));
        QCOMPARE(function, isBootloader ? 2 : 4);
        const auto &t = DeviceOsVersionTable::builtin();
        const SemVer sv = *SemVer::parse(semver);
        if (isBootloader) {
            QCOMPARE(t.bootloaderVersionFor(sv), std::optional<int>(moduleVersion));
        } else {
            QCOMPARE(t.systemVersionFor(sv), std::optional<int>(moduleVersion));
            QCOMPARE(t.semverForSystemVersion(moduleVersion)->toString(), semver);
        }
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedFragment");
        const QByteArray ok1 = R"({"version": "2.2.0", "systemModuleVersion": 2202, "bootloaderModuleVersion": 1006})";
        const QByteArray ok2 = R"({"version": "2.3.0", "systemModuleVersion": 2301, "bootloaderModuleVersion": 1006})";
        auto table = [](const QByteArray &rows) { return QByteArray(R"({"releases": [)") + rows + "]}"; };
        QTest::newRow("not json") << QByteArray("{\"releases\": [") << "not valid JSON at line 1";
        QTest::newRow("root array") << QByteArray("[]") << "top level must be a JSON object";
        QTest::newRow("no releases") << QByteArray("{}") << "releases: required field is missing";
        QTest::newRow("empty") << table("") << "releases: the table is empty";
        QTest::newRow("unknown key") << QByteArray(R"({"releases": [], "extra": 1})") << "extra: unknown field";
        QTest::newRow("bad semver") << table(R"({"version": "2.2", "systemModuleVersion": 2202, "bootloaderModuleVersion": 1006})")
                                    << "releases[0].version: \"2.2\" is not a semantic version";
        QTest::newRow("system as string") << table(R"({"version": "2.2.0", "systemModuleVersion": "2202", "bootloaderModuleVersion": 1006})")
                                          << "releases[0].systemModuleVersion: expected an integer, found a string";
        QTest::newRow("missing system") << table(R"({"version": "2.2.0", "bootloaderModuleVersion": 1006})")
                                        << "releases[0].systemModuleVersion: required field is missing";
        QTest::newRow("fraction") << table(R"({"version": "2.2.0", "systemModuleVersion": 2202.5, "bootloaderModuleVersion": 1006})")
                                  << "releases[0].systemModuleVersion: expected an integer";
        QTest::newRow("misspelt key") << table(R"({"version": "2.2.0", "systemVersion": 2202, "bootloaderModuleVersion": 1006})")
                                      << "releases[0].systemVersion: unknown field";
        QTest::newRow("descending") << table(ok2 + "," + ok1) << "releases[1].version: 2.2.0 is not above the previous entry 2.3.0";
        QTest::newRow("duplicate semver") << table(ok1 + "," + ok1) << "releases[1].version: 2.2.0 is not above";
        QTest::newRow("duplicate system") << table(ok1 + R"(,{"version": "2.3.0", "systemModuleVersion": 2202, "bootloaderModuleVersion": 1006})")
                                          << "releases[1].systemModuleVersion: 2202 is also the system version of 2.2.0";
        QTest::newRow("not monotonic") << table(ok1 + R"(,{"version": "2.3.0", "systemModuleVersion": 2100, "bootloaderModuleVersion": 1006})")
                                       << "releases[1].systemModuleVersion: 2100 is not above 2202 of the earlier release 2.2.0";
        QTest::newRow("same-as names nothing") << table(ok1 + R"(,{"version": "2.3.0", "systemModuleVersion": 2202, "bootloaderModuleVersion": 1006, "sameSystemVersionAs": "9.9.9"})")
                                               << "releases[1].sameSystemVersionAs: 9.9.9 must name another release";
        QTest::newRow("same-as differs") << table(ok1 + R"(,{"version": "2.3.0", "systemModuleVersion": 2203, "bootloaderModuleVersion": 1006, "sameSystemVersionAs": "2.2.0"})")
                                         << "releases[1].systemModuleVersion: 2203 differs from 2202 of 2.2.0";
        QTest::newRow("build metadata") << table(R"({"version": "2.2.0+lto", "systemModuleVersion": 2202, "bootloaderModuleVersion": 1006})")
                                        << "releases[0].version: 2.2.0+lto carries build metadata";
        QTest::newRow("empty reason") << table(ok1 + R"(,{"version": "2.3.0", "systemModuleVersion": 2100, "bootloaderModuleVersion": 1006, "outOfOrderReason": " "})")
                                      << "releases[1].outOfOrderReason";
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedFragment);
        const auto r = DeviceOsVersionTable::fromJson(json, QStringLiteral("versions-test.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("data.versions-invalid"));
        QVERIFY2(r.error().message.startsWith(QStringLiteral("versions-test.json")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(expectedFragment), qPrintable(r.error().message));
        QVERIFY(!r.error().remedy.isEmpty());
    }

    void acceptsMarkedExceptions()
    {
        const QByteArray json = R"({"releases": [
            {"version": "1.5.1-rc.1", "systemModuleVersion": 1510, "bootloaderModuleVersion": 501},
            {"version": "1.5.1-tracker.1", "systemModuleVersion": 1503, "bootloaderModuleVersion": 501, "outOfOrderReason": "side line"},
            {"version": "1.5.1-zz", "systemModuleVersion": 1510, "bootloaderModuleVersion": 501, "sameSystemVersionAs": "1.5.1-rc.1"},
            {"version": "1.5.1", "systemModuleVersion": 1511, "bootloaderModuleVersion": 501}]})";
        const auto r = DeviceOsVersionTable::fromJson(json, QStringLiteral("t.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
        QCOMPARE(r->semverForSystemVersion(1510)->toString(), QStringLiteral("1.5.1-rc.1"));
        QCOMPARE(r->semverForSystemVersion(1503)->toString(), QStringLiteral("1.5.1-tracker.1"));
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"releases": [{"version": "x"}]})");
        f.close();
        const auto r = DeviceOsVersionTable::load(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(path + ": releases[0].version"), qPrintable(r.error().message));
        const auto missing = DeviceOsVersionTable::load(dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("data.versions-unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceOsVersions)
#include "tst_deviceosversions.moc"
