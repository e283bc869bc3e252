// Keeps the virtual device honest against a host we did not write: Debian's dfu-util, run as a child
// process under the umockdev preload (UMOCKDEV_DIR is inherited), downloads a real system part with
// `-a 0 -s ADDRESS:leave -D FILE`; the device must then reset into Device OS with the module valid and
// its flash equal to the file.
#include "simulator/umockdevusbattachment.h"
#include "usbtestsupport.h"

#include <QProcess>
#include <QTest>

using namespace dr;
using namespace dr::sim;

class TestDfuUtilConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dr::test::loadDatabases()); }

    void dfuUtilDownloadsSystemPartAndDeviceValidatesIt_data()
    {
        QTest::addColumn<int>("platformId");
        QTest::addColumn<QStringList>("factory");
        QTest::addColumn<QString>("file");
        QTest::newRow("Boron (Gen 3, dfuMANIFEST)")
            << 13 << QStringList{QStringLiteral("boron-bootloader@2.2.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin")}
            << QStringLiteral("boron-system-part1@2.2.0.bin");
        QTest::newRow("Photon (Gen 2, dfuDNLOAD_IDLE while manifesting)")
            << 6 << QStringList{QStringLiteral("photon-bootloader@2.2.0+lto.bin"), QStringLiteral("photon-system-part1@2.2.0.bin")}
            << QStringLiteral("photon-system-part2@2.2.0.bin");
    }

    void dfuUtilDownloadsSystemPartAndDeviceValidatesIt()
    {
        QFETCH(int, platformId);
        QFETCH(QStringList, factory);
        QFETCH(QString, file);
        DR_CORPUS_FILE(path, file);
        const auto module = dr::test::corpusModule(file);
        QVERIFY(module);

        auto bus = UmockdevUsbAttachment::create();
        DR_REQUIRE(bus);
        auto device = dr::test::makeDevice(platformId, DeviceMode::Dfu, factory);
        QVERIFY(device);
        DR_REQUIRE((*bus)->attach(device));

        QProcess dfuUtil;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // carries UMOCKDEV_DIR
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("libumockdev-preload.so.0"));
        dfuUtil.setProcessEnvironment(env);
        dfuUtil.setProcessChannelMode(QProcess::MergedChannels);
        const QString vidpid = QStringLiteral("%1:%2").arg(device->usbVendorId(), 4, 16, QLatin1Char('0'))
                                   .arg(device->usbProductId(), 4, 16, QLatin1Char('0'));
        const QString address = QStringLiteral("0x%1:leave").arg(module->startAddress, 8, 16, QLatin1Char('0'));
        dfuUtil.start(qEnvironmentVariable("DR_DFU_UTIL", QStringLiteral("dfu-util")),
                      {QStringLiteral("-d"), vidpid, QStringLiteral("-a"), QStringLiteral("0"), QStringLiteral("-s"),
                       address, QStringLiteral("-D"), path});
        QVERIFY(dfuUtil.waitForStarted());
        QVERIFY2(dfuUtil.waitForFinished(120000), "dfu-util did not finish");
        const QString output = QString::fromLocal8Bit(dfuUtil.readAll());
        QVERIFY2(dfuUtil.exitStatus() == QProcess::NormalExit && dfuUtil.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Download done")) || output.contains(QStringLiteral("File downloaded successfully")),
                 qPrintable(output));

        QVERIFY((*bus)->waitUntilSettled());
        QCOMPARE(device->mode(), DeviceMode::Normal); // left DFU and reset into Device OS
        QCOMPARE(device->peek(0, module->startAddress, quint32(module->length())), module->bytes);
        const auto info = device->module(module->function(), module->index);
        QVERIFY(info);
        QCOMPARE(info->version, module->version);
        QVERIFY2(info->valid(), qPrintable(QStringLiteral("validity %1 of %2").arg(info->validityResult).arg(info->validityChecked)));
    }
};

QTEST_GUILESS_MAIN(TestDfuUtilConformance)
#include "tst_dfuutilconformance.moc"
