// The udev rule Device Restore installs, and the reader that applies rule files to a device: the
// rule gives access and keeps ModemManager away for every Particle product id, and the reader
// follows udev's matching where such rules depend on it.
#include "doctor/udevrules.h"
#include "platform/platformdatabase.h"

#include <QTest>

using namespace dr;
using namespace dr::udev;

namespace {

QList<RuleFile> packaged()
{
    return {{QStringLiteral("/usr/lib/udev/rules.d/60-device-restore.rules"),
             particleRules(PlatformDatabase::builtin())}};
}

RuleFile file(const QString &path, const QString &content)
{
    return {path, content};
}

} // namespace

class TestUdevRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(PlatformDatabase::loadBuiltin().ok()); }

    void packagedRule_coversEveryProductId_data()
    {
        QTest::addColumn<int>("productId");
        QTest::addColumn<bool>("serial");
        for (const Platform &p : PlatformDatabase::builtin().platforms()) {
            if (p.usbVendorId != 0x2b04) continue; // the Core (Spark's vendor id) is not restored
            QTest::addRow("%s-normal", qPrintable(p.name)) << int(p.cdcProductId) << true;
            if (p.dfuProductId) QTest::addRow("%s-dfu", qPrintable(p.name)) << int(p.dfuProductId) << false;
        }
    }

    void packagedRule_coversEveryProductId()
    {
        QFETCH(int, productId);
        QFETCH(bool, serial);
        const RuleOutcome usb = apply(packaged(), DeviceEvent::usbDevice(0x2b04, quint16(productId)));
        QVERIFY(usb.tags.contains(QLatin1String("uaccess")));
        QCOMPARE(usb.environment.value(QStringLiteral("ID_MM_DEVICE_IGNORE")), QStringLiteral("1"));
        QVERIFY(usb.uaccessTooLate.isEmpty());
        if (serial) {
            const RuleOutcome tty = apply(packaged(), DeviceEvent::serialPort(0x2b04, quint16(productId)));
            QVERIFY(tty.tags.contains(QLatin1String("uaccess")));
            QCOMPARE(tty.environment.value(QStringLiteral("ID_MM_DEVICE_IGNORE")), QStringLiteral("1"));
        }
    }

    void packagedRule_leavesOtherDevicesAlone()
    {
        const RuleOutcome other =
            apply(packaged(), DeviceEvent::usbDevice(0x0483, 0xdf11)); // an STM32 in DFU
        QVERIFY(other.tags.isEmpty());
        QVERIFY(other.environment.isEmpty());
        const RuleOutcome unknownParticle = apply(packaged(), DeviceEvent::usbDevice(0x2b04, 0xc0ff));
        QVERIFY(unknownParticle.tags.isEmpty());
    }

    void packagedRule_doesNothingOnRemove()
    {
        DeviceEvent e = DeviceEvent::usbDevice(0x2b04, 0xc00d);
        e.action = QStringLiteral("remove");
        QVERIFY(apply(packaged(), e).tags.isEmpty());
    }

    void globs_followUdev_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "2b04"
                               << "2b04" << true;
        QTest::newRow("case matters") << "2B04"
                                      << "2b04" << false;
        QTest::newRow("alternative") << "c006|d006"
                                     << "d006" << true;
        QTest::newRow("star") << "c0*"
                              << "c00d" << true;
        QTest::newRow("question mark") << "d00?"
                                       << "d00d" << true;
        QTest::newRow("class") << "tty[A-Z]*[0-9]"
                               << "ttyACM0" << true;
        QTest::newRow("class miss") << "tty[A-Z]*[0-9]"
                                    << "ttyacm0" << false;
        QTest::newRow("negated class") << "[!c]00d"
                                       << "d00d" << true;
        QTest::newRow("no partial") << "c00"
                                    << "c00d" << false;
    }

    void globs_followUdev()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, value);
        QFETCH(bool, matches);
        QCOMPARE(globMatch(pattern, value), matches);
    }

    void etcFileHidesThePackagedOneOfTheSameName()
    {
        const QList<RuleFile> files = effectiveOrder(
            {file(QStringLiteral("/usr/lib/udev/rules.d/60-device-restore.rules"),
                  QStringLiteral("# packaged")),
             file(QStringLiteral("/etc/udev/rules.d/60-device-restore.rules"), QStringLiteral("# admin")),
             file(QStringLiteral("/usr/lib/udev/rules.d/50-udev-default.rules"),
                  QStringLiteral("# default"))});
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].path, QStringLiteral("/usr/lib/udev/rules.d/50-udev-default.rules"));
        QCOMPARE(files[1].path, QStringLiteral("/etc/udev/rules.d/60-device-restore.rules"));
    }

    void gotoSkipsToItsLabel()
    {
        const QList<RuleFile> files = {file(QStringLiteral("/etc/udev/rules.d/10-x.rules"),
                                            QStringLiteral("SUBSYSTEM==\"usb\", GOTO=\"end\"\n"
                                                           "TAG+=\"skipped\"\n"
                                                           "LABEL=\"end\"\n"
                                                           "TAG+=\"after\"\n"))};
        const RuleOutcome o = apply(files, DeviceEvent::usbDevice(0x2b04, 0xc00d));
        QCOMPARE(o.tags, QStringList{QStringLiteral("after")});
    }

    void attrsMatchOneParentAtATime()
    {
        // idVendor lives on the USB device, bInterfaceClass on the interface: no single parent has both.
        const QList<RuleFile> files = {
            file(QStringLiteral("/etc/udev/rules.d/10-x.rules"),
                 QStringLiteral("SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"2b04\", "
                                "ATTRS{bInterfaceClass}==\"02\", TAG+=\"both\"\n"
                                "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"2b04\", TAG+=\"vendor\"\n"))};
        const RuleOutcome o = apply(files, DeviceEvent::serialPort(0x2b04, 0xc00d));
        QCOMPARE(o.tags, QStringList{QStringLiteral("vendor")});
    }

    void unknownMatchKeysDoNotMatch()
    {
        const QList<RuleFile> files = {
            file(QStringLiteral("/etc/udev/rules.d/10-x.rules"),
                 QStringLiteral("ATTR{idVendor}==\"2b04\", PROGRAM==\"/bin/true\", TAG+=\"x\"\n"))};
        QVERIFY(apply(files, DeviceEvent::usbDevice(0x2b04, 0xc00d)).tags.isEmpty());
    }

    void continuedLinesAndCommentsAreRead()
    {
        const QList<RuleFile> files = {file(QStringLiteral("/etc/udev/rules.d/10-x.rules"),
                                            QStringLiteral("# a comment, TAG+=\"no\"\n"
                                                           "ATTR{idVendor}==\"2b04\", \\\n"
                                                           "  MODE=\"0666\", GROUP=\"plugdev\"\n"))};
        const RuleOutcome o = apply(files, DeviceEvent::usbDevice(0x2b04, 0xc00d));
        QVERIFY(o.tags.isEmpty());
        QCOMPARE(o.mode, QStringLiteral("0666"));
        QCOMPARE(o.group, QStringLiteral("plugdev"));
        QCOMPARE(o.setBy.value(QStringLiteral("MODE")), QStringLiteral("/etc/udev/rules.d/10-x.rules"));
    }

    void uaccessAfterSeatLateIsNoted()
    {
        const QList<RuleFile> files = {file(QStringLiteral("/etc/udev/rules.d/99-particle.rules"),
                                            QStringLiteral("ATTR{idVendor}==\"2b04\", TAG+=\"uaccess\"\n"))};
        const RuleOutcome o = apply(files, DeviceEvent::usbDevice(0x2b04, 0xc00d));
        QVERIFY(o.tags.contains(QLatin1String("uaccess")));
        QCOMPARE(o.uaccessTooLate, QStringList{QStringLiteral("/etc/udev/rules.d/99-particle.rules")});
    }

    void mentionsParticle_findsTheVendorInAnyCase()
    {
        QVERIFY(mentionsParticle(QStringLiteral("ATTRS{idVendor}==\"2B04\"")));
        QVERIFY(!mentionsParticle(QStringLiteral("ATTRS{idVendor}==\"0483\"")));
    }
};

QTEST_GUILESS_MAIN(TestUdevRules)
#include "tst_udevrules.moc"
