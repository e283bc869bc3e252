// Particle port discovery from the system's port list (data tables), device-ID matching, ports
// given by path, and the LED/button guidance text.
#include "platform/platformdatabase.h"
#include "serial/serialmodeswitch.h"
#include "serial/serialportdiscovery.h"

#include <QTest>

using namespace dr;

class TestSerialPortDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const auto p = PlatformDatabase::loadBuiltin();
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().text()));
    }

    void classifies_data()
    {
        QTest::addColumn<int>("vid");
        QTest::addColumn<int>("pid");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("platform"); // "" = not a Particle serial port
        QTest::addColumn<QString>("deviceId");
        QTest::newRow("boron") << 0x2B04 << 0xC00D << "E00FCE68AABBCCDDEEFF0011" << "boron" << "e00fce68aabbccddeeff0011";
        QTest::newRow("photon") << 0x2B04 << 0xC006 << "3a001c000e47343432313031" << "photon" << "3a001c000e47343432313031";
        QTest::newRow("electron") << 0x2B04 << 0xC00A << "3b0045000d51353532343635" << "electron" << "3b0045000d51353532343635";
        QTest::newRow("p2") << 0x2B04 << 0xC020 << "0a10aced202194944a042f04" << "p2" << "0a10aced202194944a042f04";
        QTest::newRow("core (vendor 1D50)") << 0x1D50 << 0x607D << "48ff6c065067555028111587" << "core" << "48ff6c065067555028111587";
        QTest::newRow("old Gen 2 fixed serial") << 0x2B04 << 0xC006 << "00000000010C" << "photon" << "";
        QTest::newRow("DFU PID has no serial port") << 0x2B04 << 0xD00D << "e00fce68aabbccddeeff0011" << "" << "";
        QTest::newRow("FTDI adapter") << 0x0403 << 0x6001 << "A50285BI" << "" << "";
        QTest::newRow("unknown Particle PID") << 0x2B04 << 0xC0FE << "e00fce68aabbccddeeff0011" << "" << "";
    }
    void classifies()
    {
        QFETCH(int, vid);
        QFETCH(int, pid);
        QFETCH(QString, serial);
        QFETCH(QString, platform);
        QFETCH(QString, deviceId);
        SerialPortRecord r;
        r.portName = QStringLiteral("ttyACM0");
        r.systemLocation = QStringLiteral("/dev/ttyACM0");
        r.vendorId = quint16(vid);
        r.productId = quint16(pid);
        r.serialNumber = serial;
        const auto ports = SerialPortDiscovery::particlePorts({r}, PlatformDatabase::builtin());
        if (platform.isEmpty()) {
            QVERIFY(ports.isEmpty());
            return;
        }
        QCOMPARE(ports.size(), 1);
        QCOMPARE(ports[0].platformName, platform);
        QCOMPARE(ports[0].deviceId, deviceId);
        QCOMPARE(ports[0].systemLocation, QStringLiteral("/dev/ttyACM0"));
        QVERIFY(!ports[0].givenByPath);
    }

    void portsWithoutUsbIdsAreSkipped()
    {
        SerialPortRecord plain;
        plain.portName = QStringLiteral("ttyS0");
        QVERIFY(SerialPortDiscovery::particlePorts({plain}, PlatformDatabase::builtin()).isEmpty());
    }

    void findsTheUsbDevicesPortByDeviceId()
    {
        SerialPortRecord a, b;
        a.portName = QStringLiteral("ttyACM0");
        a.vendorId = 0x2B04;
        a.productId = 0xC00D;
        a.serialNumber = QStringLiteral("e00fce68aabbccddeeff0011");
        b = a;
        b.portName = QStringLiteral("ttyACM1");
        b.serialNumber = QStringLiteral("e00fce68000000000000beef");
        const auto ports = SerialPortDiscovery::particlePorts({a, b}, PlatformDatabase::builtin());
        const auto found = SerialPortDiscovery::findByDeviceId(ports, QStringLiteral("E00FCE68000000000000BEEF"));
        QVERIFY(found);
        QCOMPARE(found->portName, QStringLiteral("ttyACM1"));
        QCOMPARE(found->systemLocation, QStringLiteral("ttyACM1")); // no location: the name is what opens
        QVERIFY(!SerialPortDiscovery::findByDeviceId(ports, QStringLiteral("e00fce68ffffffffffffffff")));
        QVERIFY(!SerialPortDiscovery::findByDeviceId(ports, QString()));
    }

    // Row 6: an old Gen 2 shows "00000000050C" instead of its ID: its port is found by that number
    // while it is the only one showing it, and not at all when two do (only their `i` can tell).
    void oldGen2PortIsFoundByItsFixedSerialNumberOnlyWhenUnique()
    {
        auto record = [](const QString &name, const QString &serial) {
            SerialPortRecord r;
            r.portName = name;
            r.systemLocation = QStringLiteral("/dev/") + name;
            r.vendorId = 0x2B04;
            r.productId = 0xC006;
            r.serialNumber = serial;
            return r;
        };
        const auto one = SerialPortDiscovery::particlePorts(
            {record(QStringLiteral("ttyACM0"), QStringLiteral("00000000050C")),
             record(QStringLiteral("ttyACM1"), QStringLiteral("3a001c000e47343432313031"))},
            PlatformDatabase::builtin());
        const auto found = SerialPortDiscovery::findByDeviceId(one, QStringLiteral("00000000050c"));
        QVERIFY(found.has_value());
        QCOMPARE(found->systemLocation, QStringLiteral("/dev/ttyACM0"));
        QCOMPARE(found->serialNumber, QStringLiteral("00000000050C"));
        QVERIFY(found->deviceId.isEmpty());
        QVERIFY(!SerialPortDiscovery::findByDeviceId(one, QStringLiteral("3a001c000e47343432313032")).has_value());

        const auto two = SerialPortDiscovery::particlePorts(
            {record(QStringLiteral("ttyACM0"), QStringLiteral("00000000050C")),
             record(QStringLiteral("ttyACM1"), QStringLiteral("00000000050C"))},
            PlatformDatabase::builtin());
        QVERIFY(!SerialPortDiscovery::findByDeviceId(two, QStringLiteral("00000000050c")).has_value());
    }

    void portGivenByPath()
    {
        const ParticleSerialPort p = SerialPortDiscovery::fromPath(QStringLiteral("/dev/pts/7"));
        QCOMPARE(p.systemLocation, QStringLiteral("/dev/pts/7"));
        QCOMPARE(p.portName, QStringLiteral("7"));
        QCOMPARE(p.platformId, -1);
        QVERIFY(p.deviceId.isEmpty());
        QVERIFY(p.givenByPath);
    }

    void systemPortsDoNotCrash()
    {
        // Whatever this machine has (ptys are never listed): every record is consistent.
        for (const SerialPortRecord &r : SerialPortDiscovery::systemPorts())
            QVERIFY(!r.portName.isEmpty());
    }

    void guidanceNamesColoursAndPatterns_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("DFU") << int(GuidedMode::Dfu) << "yellow" << "blinking";
        QTest::newRow("listening") << int(GuidedMode::Listening) << "dark blue" << "blinking";
        QTest::newRow("safe") << int(GuidedMode::Safe) << "magenta" << "breathing";
    }
    void guidanceNamesColoursAndPatterns()
    {
        QFETCH(int, mode);
        QFETCH(QString, colour);
        QFETCH(QString, pattern);
        const ModeGuidance g = ModeGuidance::forMode(GuidedMode(mode));
        QCOMPARE(g.ledColour, colour);
        QCOMPARE(g.ledPattern, pattern);
        QVERIFY(g.steps.size() >= 2);
        const QString text = g.text();
        QVERIFY(text.contains(QLatin1String("1. ")));
        QVERIFY2(text.contains(colour), qPrintable(text)); // the colour in words, not only in a picture
    }
};

QTEST_GUILESS_MAIN(TestSerialPortDiscovery)
#include "tst_serialportdiscovery.moc"
