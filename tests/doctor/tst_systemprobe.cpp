// The probe reads a computer's state from the places Linux keeps it. Here those places are a
// prepared folder tree (sysfs entries of a Boron and its ttyACM0, /dev nodes, the udev database, two
// processes in /proc, a rule file), so the test knows what the snapshot must say.
#include "doctor/systemprobe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void link(const QString &target, const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    QVERIFY(QFile::link(target, path));
}

} // namespace

class TestSystemProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        const QString r = m_root.path();
        const QString usb = r + QStringLiteral("/sys/devices/pci0000:00/usb1/1-1");
        write(usb + QStringLiteral("/idVendor"), "2b04\n");
        write(usb + QStringLiteral("/idProduct"), "c00d\n");
        write(usb + QStringLiteral("/busnum"), "1\n");
        write(usb + QStringLiteral("/devnum"), "5\n");
        write(usb + QStringLiteral("/product"), "Boron\n");
        write(usb + QStringLiteral("/1-1:1.0/bInterfaceClass"), "02\n");
        link(usb, r + QStringLiteral("/sys/bus/usb/devices/1-1"));
        // Another vendor's device, which the probe must pass over.
        write(r + QStringLiteral("/sys/bus/usb/devices/2-1/idVendor"), "046d\n");
        QDir().mkpath(usb + QStringLiteral("/1-1:1.0/tty/ttyACM0"));
        link(usb + QStringLiteral("/1-1:1.0"), usb + QStringLiteral("/1-1:1.0/tty/ttyACM0/device"));
        link(usb + QStringLiteral("/1-1:1.0/tty/ttyACM0"), r + QStringLiteral("/sys/class/tty/ttyACM0"));
        QDir().mkpath(r + QStringLiteral("/sys/class/tty/ttyS0"));
        write(r + QStringLiteral("/dev/bus/usb/001/005"), {});
        write(r + QStringLiteral("/dev/ttyACM0"), {});
        // USB nodes are char 189, minor (bus-1)*128 + (address-1) = 4.
        write(r + QStringLiteral("/run/udev/data/c189:4"),
              "I:123\nE:ID_MM_DEVICE_IGNORE=1\nG:uaccess\nG:seat\nQ:seat\n");
        write(r + QStringLiteral("/proc/4242/comm"), "minicom\n");
        link(QStringLiteral("/dev/ttyACM0"), r + QStringLiteral("/proc/4242/fd/3"));
        link(QStringLiteral("/dev/null"), r + QStringLiteral("/proc/4242/fd/0"));
        write(r + QStringLiteral("/proc/812/comm"), "ModemManager\n");
        QDir().mkpath(r + QStringLiteral("/proc/812/fd"));
        write(r + QStringLiteral("/proc/99/comm"), "device-restore\n");
        link(QStringLiteral("/dev/ttyACM0"), r + QStringLiteral("/proc/99/fd/7"));
        write(r + QStringLiteral("/etc/udev/rules.d/60-device-restore.rules"), "# rule\n");
        write(r + QStringLiteral("/usr/lib/udev/rules.d/73-seat-late.rules"), "# seat\n");
        write(r + QStringLiteral("/usr/lib/udev/rules.d/README"), "not a rule file\n");
        m_snapshot = probeSystem({r, 99});
    }

    void findsTheParticleUsbDeviceAndItsNode()
    {
        QCOMPARE(m_snapshot.system, HostSystem::Linux);
        QCOMPARE(m_snapshot.usbDevices.size(), 1);
        const SnapshotUsbDevice &d = m_snapshot.usbDevices[0];
        QCOMPARE(d.vendorId, quint16(0x2b04));
        QCOMPARE(d.productId, quint16(0xc00d));
        QCOMPARE(d.busNumber, 1);
        QCOMPARE(d.address, 5);
        QCOMPARE(d.product, QStringLiteral("Boron"));
        QCOMPARE(d.devNode, QStringLiteral("/dev/bus/usb/001/005"));
    }

    void readsWhatUdevRecordedForTheDevice()
    {
        const SnapshotUsbDevice &d = m_snapshot.usbDevices.value(0);
        QVERIFY(d.udevTags.has_value());
        QCOMPARE(*d.udevTags, (QStringList{QStringLiteral("uaccess"), QStringLiteral("seat")}));
        QVERIFY(d.udevProperties.contains(QStringLiteral("ID_MM_DEVICE_IGNORE=1")));
    }

    void findsTheSerialPortAndWhoHoldsIt()
    {
        QCOMPARE(m_snapshot.serialPorts.size(), 1);
        const SnapshotSerialPort &p = m_snapshot.serialPorts[0];
        QCOMPARE(p.devNode, QStringLiteral("/dev/ttyACM0"));
        QCOMPARE(p.productId, quint16(0xc00d));
        QCOMPARE(p.holders.size(), 1); // minicom; not this program (pid 99)
        QCOMPARE(p.holders[0].pid, 4242);
        QCOMPARE(p.holders[0].name, QStringLiteral("minicom"));
    }

    void findsModemManagerButNoBrltty()
    {
        QVERIFY(m_snapshot.modemManager.has_value());
        QCOMPARE(m_snapshot.modemManager->pid, 812);
        QVERIFY(!m_snapshot.brltty.has_value());
    }

    void readsTheRuleFilesWithTheirSystemPaths()
    {
        QStringList paths;
        for (const udev::RuleFile &f : m_snapshot.udevRules)
            paths << f.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("/etc/udev/rules.d/60-device-restore.rules"),
                                     QStringLiteral("/usr/lib/udev/rules.d/73-seat-late.rules")}));
        QCOMPARE(m_snapshot.udevRules[0].content, QStringLiteral("# rule\n"));
        QVERIFY(m_snapshot.usbBusVisible);
    }

private:
    QTemporaryDir m_root;
    SystemSnapshot m_snapshot;
};

QTEST_GUILESS_MAIN(TestSystemProbe)
#include "tst_systemprobe.moc"
