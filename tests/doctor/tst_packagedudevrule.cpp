// The udev rule as the .deb installs it (ctest label `package`: the package is built and unpacked
// first, DR_PACKAGED_UDEV_RULE names the unpacked file): read by the rule reader together with this
// machine's own udev rules, it must give the person at the computer access to every Particle device
// in every mode and keep ModemManager away, and leave other vendors' devices alone.
// (`udevadm test` needs a real device in /sys, which CI machines do not have.)
#include "doctor/doctor.h"
#include "doctor/udevrules.h"
#include "platform/platformdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace dr;

class TestPackagedUdevRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        const QString path = qEnvironmentVariable("DR_PACKAGED_UDEV_RULE");
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("60-device-restore.rules"));
        m_rules.append({QStringLiteral("/usr/lib/udev/rules.d/60-device-restore.rules"),
                        QString::fromUtf8(f.readAll())});
        // This machine's own rules, as udev would read them beside the package's.
        for (const char *dir : {"/usr/lib/udev/rules.d", "/etc/udev/rules.d"})
            for (const QFileInfo &fi :
                 QDir(QLatin1String(dir)).entryInfoList({QStringLiteral("*.rules")}, QDir::Files)) {
                QFile rule(fi.filePath());
                if (fi.fileName() != QLatin1String("60-device-restore.rules") &&
                    rule.open(QIODevice::ReadOnly))
                    m_rules.append({fi.filePath(), QString::fromUtf8(rule.readAll())});
            }
        qInfo() << "rule files read:" << m_rules.size();
    }

    void everyParticleDeviceAndPortIsOpenToTheSeatAndIgnoredByModemManager()
    {
        const UdevRuleCoverage coverage = Doctor::udevRuleCoverage(m_rules, {}, PlatformDatabase::builtin());
        QVERIFY2(coverage.noAccess.isEmpty(), qPrintable(coverage.noAccess.join(u',')));
        QVERIFY2(coverage.noModemIgnore.isEmpty(), qPrintable(coverage.noModemIgnore.join(u',')));
        QVERIFY(coverage.uaccessTooLate.isEmpty());
        QVERIFY(coverage.productIds > 30);
    }

    void aBoronInDfuModeGetsTheTagFromThePackagedFile()
    {
        const udev::RuleOutcome o =
            udev::apply(udev::effectiveOrder(m_rules), udev::DeviceEvent::usbDevice(0x2b04, 0xd00d));
        QVERIFY(o.tags.contains(QLatin1String("uaccess")));
        QCOMPARE(o.setBy.value(QStringLiteral("TAG:uaccess")),
                 QStringLiteral("/usr/lib/udev/rules.d/60-device-restore.rules"));
        QCOMPARE(o.environment.value(QStringLiteral("ID_MM_DEVICE_IGNORE")), QStringLiteral("1"));
    }

    void otherVendorsAreLeftAlone()
    {
        const QList<udev::RuleFile> packaged = {m_rules.first()};
        const udev::RuleOutcome o =
            udev::apply(packaged, udev::DeviceEvent::serialPort(0x1a86, 0x7523)); // a CH340
        QVERIFY(o.tags.isEmpty());
        QVERIFY(!o.environment.contains(QStringLiteral("ID_MM_DEVICE_IGNORE")));
    }

private:
    QList<udev::RuleFile> m_rules;
};

QTEST_GUILESS_MAIN(TestPackagedUdevRule)
#include "tst_packagedudevrule.moc"
