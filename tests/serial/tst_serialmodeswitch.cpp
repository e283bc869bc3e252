// The magic baud rates reach the device even when it looks late: the port is left at the rate it
// was set to (issue 16: a restore of the old settings on close took the request away from a virtual
// device that a busy machine let look only after it).
#include "serial/linuxlinecoding.h"
#include "serial/serialmodeswitch.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"

#include <QTest>

#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace dr;
using namespace dr::sim;

class TestSerialModeSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theListeningRateStaysAfterTheTouch()
    {
        int master = -1, slave = -1;
        char name[256];
        termios raw;
        cfmakeraw(&raw);
        cfsetspeed(&raw, B9600);
        QCOMPARE(::openpty(&master, &slave, name, &raw, nullptr), 0);
        QCOMPARE(linuxtty::readBaudRate(master), 9600u);
        QVERIFY(SerialModeSwitch::touch(QString::fromLocal8Bit(name), SerialModeSwitch::kListeningBaudRate, 0).ok());
        QCOMPARE(linuxtty::readBaudRate(master), 28800u); // not 9600 again after close
        QVERIFY(SerialModeSwitch::touch(QString::fromLocal8Bit(name), SerialModeSwitch::kDfuBaudRate, 0).ok());
        QCOMPARE(linuxtty::readBaudRate(master), 14400u);
        ::close(slave);
        ::close(master);
    }

    void aMissingPortIsAClearError()
    {
        const auto r = SerialModeSwitch::touch(QStringLiteral("/dev/does-not-exist-dr"), SerialModeSwitch::kListeningBaudRate, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("serial.open-failed"));
        QVERIFY(!r.error().remedy.isEmpty());
    }

    // The virtual console looks at its pty's line coding every 500 ms here (a busy machine that
    // schedules it late); the request held for 50 ms must still put the device in listening mode.
    void aDeviceThatLooksLateStillEntersListeningMode()
    {
        VirtualDeviceConfig config;
        config.platformId = 6; // Photon
        config.mode = DeviceMode::Normal;
        config.deviceOs = SemVer(1, 5, 2);
        auto device = VirtualDevice::create(config);
        QVERIFY(device.ok());
        VirtualSerialConsole::Options options;
        options.baudPollMs = 500;
        auto port = VirtualSerialPort::start(*device, options);
        QVERIFY(port.ok());
        QCOMPARE((*device)->mode(), DeviceMode::Normal);
        QVERIFY(SerialModeSwitch::touch((*port)->portPath(), SerialModeSwitch::kListeningBaudRate, 50).ok());
        QTRY_COMPARE_WITH_TIMEOUT((*device)->mode(), DeviceMode::Listening, 3000);
    }
};

QTEST_GUILESS_MAIN(TestSerialModeSwitch)
#include "tst_serialmodeswitch.moc"
