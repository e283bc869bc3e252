// `device-restore list | inspect | restore --simulate`: the command line on the same engine as the
// GUI, against virtual devices holding real releases. JSON events one per line, exit codes.
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "simulator/virtualserialconsole.h"
#include "support/corpus.h"
#include "support/runcli.h"
#include "syntheticphoton.h"
#include "version/deviceosversions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestRestoreCli : public QObject
{
    Q_OBJECT

    using Run = dr::test::CliRun;
    static Run run(const QStringList &args) { return dr::test::runDeviceRestore(args); }
    static QList<QJsonObject> events(const QByteArray &out)
    {
        QList<QJsonObject> list;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                list << QJsonDocument::fromJson(line).object();
        return list;
    }

private Q_SLOTS:
    void listsVirtualDevices()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2,photon@2.2.0"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray devices = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("platform")).toString(), QStringLiteral("boron"));
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("deviceOs")).toString(), QStringLiteral("1.5.2"));
        QCOMPARE(devices.at(1).toObject().value(QStringLiteral("deviceOs")).toString(), QStringLiteral("2.2.0"));
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("deviceId")).toString().size(), 24);
    }

    void restoresAVirtualBoronWithJsonEvents()
    {
        const Run r = run({QStringLiteral("restore"), QStringLiteral("-p"), QStringLiteral("boron"), QStringLiteral("-v"),
                           QStringLiteral("2.2.0"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2"),
                           QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> ev = events(r.out);
        QVERIFY(ev.size() > 3);
        QCOMPARE(ev.first().value(QStringLiteral("event")).toString(), QStringLiteral("plan"));
        QCOMPARE(ev.last().value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        QVERIFY(ev.last().value(QStringLiteral("success")).toBool());
        qint64 last = 0;
        for (const QJsonObject &e : ev) {
            if (e.value(QStringLiteral("event")).toString() != QLatin1String("progress"))
                continue;
            const qint64 done = e.value(QStringLiteral("done")).toInteger();
            QVERIFY(done >= last);
            last = done;
        }
        QVERIFY(last > 0);
    }

    void wrongPlatformIsRefusedBeforeWriting()
    {
        const Run r = run({QStringLiteral("restore"), QStringLiteral("-p"), QStringLiteral("argon"), QStringLiteral("-v"),
                           QStringLiteral("2.2.0"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2"),
                           QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("is a Boron, but --platform names Argon"), r.err.constData());
        QVERIFY(r.err.contains("Nothing was written"));
    }

    void severalDevicesNeedDeviceId()
    {
        const Run r = run({QStringLiteral("inspect"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2,boron@2.2.0")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("--device ID"), r.err.constData());
    }

    void inspectsOverASerialPortInListeningMode()
    {
        using namespace dr;
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto bundle = FirmwareBundle::open(test::corpusDir());
        QVERIFY(bundle.ok());
        sim::VirtualDeviceConfig config;
        config.platformId = 13;
        config.deviceOs = SemVer(2, 2, 0);
        config.mode = sim::DeviceMode::Listening;
        auto device = sim::VirtualDevice::create(config);
        QVERIFY(device.ok());
        for (const BundleModule *b : bundle->releaseModules(13, SemVer(2, 2, 0)))
            QVERIFY((*device)->loadModule(*b).ok());
        auto port = sim::VirtualSerialPort::start(*device);
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().text()));
        const Run r = run({QStringLiteral("inspect"), QStringLiteral("--port"), (*port)->portPath(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!o.isEmpty(), r.out.constData());
        QVERIFY2(r.out.contains("2202"), r.out.constData()); // the system part as the device reports it
        QVERIFY(r.out.contains("1006"));                   // and the bootloader
    }

    void oldPhotonOverYmodemWithout070InTheBundleIsRefusedBeforeWriting()
    {
        // The real binaries have 0.5.2 and 1.5.2 but no 0.7.0, which the serial path goes through
        // (device-os pull request 1426): refused, naming the files, before anything is written.
        const Run r = run({QStringLiteral("restore"), QStringLiteral("--simulate"), QStringLiteral("photon@0.5.2"),
                           QStringLiteral("--platform"), QStringLiteral("photon"), QStringLiteral("--version"),
                           QStringLiteral("1.5.2"), QStringLiteral("--no-dfu"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        const QByteArray all = r.out + r.err;
        QVERIFY2(all.contains("goes through Device OS 0.7.0"), all.constData());
        QVERIFY2(all.contains("photon-system-part1@0.7.0.bin") && all.contains("photon-system-part2@0.7.0.bin"), all.constData());
        QVERIFY2(all.contains("Nothing was written"), all.constData());
    }

    void restoresAnOldPhotonOverYmodemWithoutDfuThrough070()
    {
        // Device OS 0.5.2 takes no control requests: the virtual device's pty serial port carries the
        // listening-mode console and YModem; the final module table comes from its `s` command. The
        // bundle folder: the real Photon 0.5.2 and 1.5.2 files and Tinker, plus synthetic 0.7.0 parts.
        using namespace dr;
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir corpus(test::corpusDir());
        const QStringList real = corpus.entryList({QStringLiteral("system-part*-0.5.2-photon.bin"),
                                                   QStringLiteral("photon-*@1.5.2*.bin"), QStringLiteral("tinker-*-photon.bin")},
                                                  QDir::Files);
        QCOMPARE(real.size(), 6); // 0.5.2 parts 1 and 2; 1.5.2 parts 1 and 2 and the bootloader; Tinker
        for (const QString &f : real)
            QVERIFY(QFile::copy(corpus.filePath(f), dir.filePath(f)));
        for (const test::SyntheticFile &f : test::photon070()) {
            QFile out(dir.filePath(f.fileName));
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(f.data), f.data.size());
        }
        const Run r = run({QStringLiteral("restore"), QStringLiteral("--simulate"), QStringLiteral("photon@0.5.2"),
                           QStringLiteral("--platform"), QStringLiteral("photon"), QStringLiteral("--version"),
                           QStringLiteral("1.5.2"), QStringLiteral("--bundle"), dir.path(), QStringLiteral("--no-dfu"),
                           QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> ev = events(r.out);
        QVERIFY(!ev.isEmpty());
        const QJsonObject plan = ev.first().value(QStringLiteral("plan")).toObject();
        QCOMPARE(plan.value(QStringLiteral("stages")).toInt(), 2);
        const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
        QVERIFY(steps.size() > 3);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("transport")).toString(), QStringLiteral("YModem"));
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("toDeviceOs")).toString(), QStringLiteral("0.7.0"));
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("wait-for-reboot"));
        QCOMPARE(steps.at(3).toObject().value(QStringLiteral("toDeviceOs")).toString(), QStringLiteral("1.5.2"));
        bool listening = false;
        for (const QJsonObject &e : ev)
            listening |= e.value(QStringLiteral("phase")).toString() == QLatin1String("entering-listening");
        QVERIFY(listening);
        QCOMPARE(ev.last().value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        QVERIFY2(ev.last().value(QStringLiteral("success")).toBool(), r.out.constData());
    }

    // Issue 17: a device found in DFU mode (blinking yellow).
    void listShowsTheDeviceOsOfADfuDeviceFromItsSystemPart()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2:dfu"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject d =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("devices")).toArray().at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("mode")).toString(), QStringLiteral("dfu"));
        QCOMPARE(d.value(QStringLiteral("deviceOs")).toString(), QStringLiteral("1.5.2"));
    }

    void inspectReadsADfuDevicesModulesOverDfu()
    {
        const Run r = run({QStringLiteral("inspect"), QStringLiteral("--simulate"), QStringLiteral("tracker@2.1.0:dfu"),
                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("dfu"));
        bool system = false;
        for (const QJsonValue &m : o.value(QStringLiteral("modules")).toArray())
            if (m.toObject().value(QStringLiteral("function")).toString() == QLatin1String("system_part")) {
                system = true;
                QCOMPARE(m.toObject().value(QStringLiteral("deviceOs")).toArray().at(0).toString(), QStringLiteral("2.1.0"));
                QVERIFY(m.toObject().value(QStringLiteral("valid")).toBool());
            }
        QVERIFY(system);
        const QJsonArray notRead = o.value(QStringLiteral("notRead")).toArray();
        QCOMPARE(notRead.size(), 1);
        QCOMPARE(notRead.at(0).toObject().value(QStringLiteral("part")).toString(), QStringLiteral("ncp"));
    }

    void restoreOfADfuDeviceWritesOnlyWhatIsOutOfDate()
    {
        const Run r = run({QStringLiteral("restore"), QStringLiteral("-p"), QStringLiteral("boron"), QStringLiteral("-v"),
                           QStringLiteral("2.2.0"), QStringLiteral("--simulate"), QStringLiteral("boron@2.2.0:dfu"),
                           QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> ev = events(r.out);
        QCOMPARE(ev.first().value(QStringLiteral("event")).toString(), QStringLiteral("plan"));
        QCOMPARE(ev.first().value(QStringLiteral("plan")).toObject().value(QStringLiteral("steps")).toArray().size(), 0);
        QVERIFY(ev.last().value(QStringLiteral("nothingWritten")).toBool());
        // Nothing was written, but the device was started and checked: it does not stay in DFU mode.
        QVERIFY(ev.last().value(QStringLiteral("success")).toBool());
        QVERIFY2(ev.last().value(QStringLiteral("deviceState")).toString().contains(QLatin1String("runs Device OS 2.2.0")),
                 r.out.constData());
    }

    void withoutATerminalRestoreNeedsYes()
    {
        const Run r = run({QStringLiteral("restore"), QStringLiteral("-p"), QStringLiteral("boron"), QStringLiteral("-v"),
                           QStringLiteral("2.2.0"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--yes"));
    }
};

QTEST_GUILESS_MAIN(TestRestoreCli)
#include "tst_restorecli.moc"
