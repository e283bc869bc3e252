// Port discovery through the real QSerialPortInfo: umockdev presents a USB CDC tty with Particle's
// vendor/product id and the device ID as serial number (test-infra.md 2, "umockdev fake tty"); the
// discovery finds it, ties it to the device ID, and the client talks to it through the real port.
#include "platform/platformdatabase.h"
#include "serial/listeningmodeclient.h"
#include "serial/serialportdiscovery.h"

#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTest>

#include <fcntl.h>
#include <umockdev.h>
#include <unistd.h>

using namespace dr;

namespace {

const char *kBoronTty =
    "P: /devices/pci0000:00/0000:00:14.0/usb1/1-2\nE: SUBSYSTEM=usb\nE: DEVTYPE=usb_device\n"
    "A: idVendor=2b04\\n\nA: idProduct=c00d\\n\nA: serial=E00FCE68AABBCCDDEEFF0011\\n\n\n"
    "P: /devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0\nE: SUBSYSTEM=usb\nE: DEVTYPE=usb_interface\nE: DRIVER=cdc_acm\n\n"
    "P: /devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/tty/ttyACM0\nN: ttyACM0\n"
    "E: SUBSYSTEM=tty\nE: DEVNAME=/dev/ttyACM0\nE: MAJOR=166\nE: MINOR=0\n"
    "E: ID_VENDOR_ID=2b04\nE: ID_MODEL_ID=c00d\nE: ID_VENDOR=Particle\nE: ID_MODEL=Boron\n"
    "E: ID_SERIAL_SHORT=E00FCE68AABBCCDDEEFF0011\n";

} // namespace

class TestSerialUmockdev : public QObject
{
    Q_OBJECT

private:
    UMockdevTestbed *m_testbed = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        const auto p = PlatformDatabase::loadBuiltin();
        QVERIFY(p.ok());
        m_testbed = umockdev_testbed_new(); // sets UMOCKDEV_DIR; only then is the check meaningful
        QVERIFY2(umockdev_in_mock_environment(), "link umockdev-preload (drsimulator_umockdev) or run under umockdev-wrapper");
        GError *error = nullptr;
        QVERIFY2(umockdev_testbed_add_from_string(m_testbed, kBoronTty, &error), error ? error->message : "");
    }

    void cleanupTestCase()
    {
        if (m_testbed)
            g_object_unref(m_testbed);
    }

    void findsTheBoronsPortByUsbIds()
    {
        const auto ports = SerialPortDiscovery::scan(PlatformDatabase::builtin());
        const auto found = SerialPortDiscovery::findByDeviceId(ports, QStringLiteral("e00fce68aabbccddeeff0011"));
        QVERIFY2(found, qPrintable(QStringLiteral("%1 Particle ports").arg(ports.size())));
        QCOMPARE(found->portName, QStringLiteral("ttyACM0"));
        QCOMPARE(found->platformName, QStringLiteral("boron"));
        QCOMPARE(found->productId, quint16(0xC00D));
        QCOMPARE(found->systemLocation, QStringLiteral("/dev/ttyACM0"));
    }

    void talksThroughTheFoundPort()
    {
        const int master = umockdev_testbed_get_dev_fd(m_testbed, "/dev/ttyACM0");
        QVERIFY(master >= 0);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        QSocketNotifier notifier(master, QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, this, [master] {
            char buffer[64];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n > 0 && buffer[n - 1] == 'i') {
                const QByteArray reply("Device ID: e00fce68aabbccddeeff0011\r\n");
                QVERIFY(::write(master, reply.constData(), size_t(reply.size())) == reply.size());
            }
        });
        const auto ports = SerialPortDiscovery::scan(PlatformDatabase::builtin());
        QCOMPARE(ports.size(), 1);
        ListeningModeClient client;
        const auto opened = client.openPort(ports[0].systemLocation);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text() + opened.error().detail));
        QSignalSpy replies(&client, &ListeningModeClient::replyReceived);
        client.sendCommand(ConsoleCommand::DeviceId, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(replies.count(), 1, 4000);
        QCOMPARE(replies.first().first().value<ConsoleReply>().deviceId, ports[0].deviceId);
    }
};

QTEST_GUILESS_MAIN(TestSerialUmockdev)
#include "tst_serialumockdev.moc"
