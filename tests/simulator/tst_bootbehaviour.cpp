// The virtual device boots, takes OTA modules and resets the way Device OS does (reference section 6
// and 7, rows 1, 2, 3, 9 and 14): where it comes up after a reset depends on what its flash holds, an
// OTA module is refused by the rules of HAL_FLASH_End, validate_only ends the transfer, the DCT flag
// works from 1.2.1-rc.3 and costs a reset, and with real-device timing on a reset takes as long as on
// a real device. Each test names its row.
#include "../usb/usbtestsupport.h"

#include "firmware/modulebuilder.h"
#include "simulator/inprocessusb.h"
#include "simulator/modulevalidation.h"
#include "usb/controlrequest.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dr;
using namespace dr::sim;

namespace {

QStringList boron152()
{
    return {QStringLiteral("boron-bootloader@1.5.2.bin"), QStringLiteral("boron-softdevice@1.5.2.bin"),
            QStringLiteral("boron-system-part1@1.5.2.bin")};
}

QStringList photon220()
{
    return {QStringLiteral("photon-bootloader@2.2.0+lto.bin"), QStringLiteral("photon-system-part1@2.2.0.bin"),
            QStringLiteral("photon-system-part2@2.2.0.bin")};
}

// Sends a module the way control requests and YModem do: begin, the bytes in 1 KB chunks, finish.
Result<void> sendOta(VirtualDevice &d, const QByteArray &file)
{
    if (auto r = d.beginFirmwareUpdate(quint32(file.size())); !r)
        return r;
    for (qsizetype at = 0; at < file.size(); at += 1024)
        if (auto r = d.writeFirmwareUpdate(quint32(at), file.mid(at, 1024)); !r)
            return r;
    return d.finishFirmwareUpdate(false);
}

Result<void> sendCorpusFile(VirtualDevice &d, const QString &name)
{
    return sendOta(d, dr::test::readCorpusFile(name));
}

QByteArray flipped(const QString &name, qsizetype at)
{
    QByteArray b = dr::test::readCorpusFile(name);
    b[at] = char(b[at] ^ 0x01);
    return b;
}

} // namespace

class TestBootBehaviour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dr::test::loadDatabases()); }

    // Row 1: a Gen 3 bootloader does not start a system-part1 that fails its CRC check; the device
    // stays in DFU mode (blinking yellow) with the DFU PID.
    void row1_gen3SystemPartFailingCrcStaysInDfu()
    {
        auto d = dr::test::makeDevice(13, DeviceMode::Dfu,
                                      {QStringLiteral("boron-bootloader@2.2.0.bin"),
                                       QStringLiteral("boron-softdevice@2.2.0.bin")});
        QVERIFY(d);
        DR_REQUIRE(d->load(0, 0x30000, flipped(QStringLiteral("boron-system-part1@2.2.0.bin"), 0x2000)));
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->mode(), DeviceMode::Dfu);
        QCOMPARE(d->usbProductId(), d->platform().dfuProductId);
        QVERIFY2(d->bootFailure().contains(QLatin1String("system-part1")), qPrintable(d->bootFailure()));
    }

    // Row 1: the rtl872x bootloader stays in DFU mode when there is no system part at all.
    void row1_rtl872xWithoutSystemPartStaysInDfu()
    {
        const Platform *p2 = PlatformDatabase::builtin().byName(QStringLiteral("p2"));
        QVERIFY(p2);
        auto d = dr::test::makeDevice(p2->id, DeviceMode::Dfu);
        QVERIFY(d);
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->mode(), DeviceMode::Dfu);
    }

    // Row 1: a Gen 2 bootloader first tries a factory reset, then, the system part still broken,
    // stays in DFU mode.
    void row1_gen2TriesFactoryResetThenStaysInDfu()
    {
        auto d = dr::test::makeDevice(6, DeviceMode::Dfu,
                                      {QStringLiteral("photon-bootloader@2.2.0+lto.bin"),
                                       QStringLiteral("photon-system-part2@2.2.0.bin")});
        QVERIFY(d);
        const auto part1 = dr::test::corpusModule(QStringLiteral("photon-system-part1@2.2.0.bin"));
        QVERIFY(part1);
        DR_REQUIRE(d->load(0, part1->startAddress, flipped(QStringLiteral("photon-system-part1@2.2.0.bin"), 0x4000)));
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->mode(), DeviceMode::Dfu);
        QCOMPARE(d->factoryResetAttempts(), 1);
    }

    // Row 1: a system part whose dependency is not met starts in safe mode (breathing magenta): Device
    // OS runs (normal-mode PID, control requests), the application does not, and the reason is known.
    void row1_unmetDependencyMeansSafeMode()
    {
        auto d = dr::test::makeDevice(13, DeviceMode::Dfu,
                                      {QStringLiteral("boron-bootloader@1.5.2.bin"),
                                       QStringLiteral("boron-softdevice@2.2.0.bin"),
                                       QStringLiteral("boron-system-part1@2.2.0.bin")});
        QVERIFY(d);
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->mode(), DeviceMode::Normal);
        QVERIFY(d->safeMode());
        QVERIFY2(d->bootFailure().contains(QLatin1String("system-part1")), qPrintable(d->bootFailure()));
        QVERIFY(!d->module(ModuleFunction::SystemPart, 1)->valid());
        // The bootloader it needs, then a reset: a normal start.
        DR_REQUIRE(d->loadModule(*dr::test::corpusModule(QStringLiteral("boron-bootloader@2.2.0.bin"))));
        d->resetDevice(DeviceMode::Normal);
        QVERIFY(!d->safeMode());
        QVERIFY(d->bootFailure().isEmpty());
    }

    // Row 2: Gen 3 system-part1 names the bootloader as dependency 1; Device OS does not waive that,
    // so a 2.2.0 system part sent to a 1.5.2 Boron is refused with -1340, and taken once the
    // bootloader went first.
    void row2_gen3SystemPartNeedsItsBootloaderFirst()
    {
        auto d = dr::test::makeDevice(13, DeviceMode::Normal, boron152());
        QVERIFY(d);
        auto refused = sendCorpusFile(*d, QStringLiteral("boron-system-part1@2.2.0.bin"));
        QVERIFY(!refused);
        QCOMPARE(otaSystemError(refused.error()), otaerror::DependencyCheckFailed);
        QVERIFY(!d->firmwareUpdatePending());

        DR_REQUIRE(sendCorpusFile(*d, QStringLiteral("boron-bootloader@2.2.0.bin")));
        d->resetDevice(DeviceMode::Normal);
        DR_REQUIRE(sendCorpusFile(*d, QStringLiteral("boron-system-part1@2.2.0.bin")));
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->systemVersionString(), QStringLiteral("2.2.0"));
        QCOMPARE(d->mode(), DeviceMode::Normal);
    }

    // Row 2: the full (reverse) check: a Gen 2 downgrade of system-part1 while system-part2 2.2.0
    // still needs part 1 at 2.2.0 is refused; part 2 first, then part 1 works.
    void row2_gen2DowngradeInTheWrongOrderIsRefused()
    {
        auto d = dr::test::makeDevice(6, DeviceMode::Normal, photon220());
        QVERIFY(d);
        auto refused = sendCorpusFile(*d, QStringLiteral("photon-system-part1@1.5.2.bin"));
        QVERIFY(!refused);
        QCOMPARE(otaSystemError(refused.error()), otaerror::DependencyCheckFailed);

        DR_REQUIRE(sendCorpusFile(*d, QStringLiteral("photon-system-part2@1.5.2.bin")));
        d->resetDevice(DeviceMode::Normal);
        DR_REQUIRE(sendCorpusFile(*d, QStringLiteral("photon-system-part1@1.5.2.bin")));
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->systemVersionString(), QStringLiteral("1.5.2"));
    }

    // Row 2: a user part sent over the air is not dependency-checked (userDepsOptional): Device OS
    // takes it and then runs it in safe mode if it needs a newer Device OS.
    void row2_otaUserPartIsNotDependencyChecked()
    {
        auto d = dr::test::makeDevice(13, DeviceMode::Normal, boron152());
        QVERIFY(d);
        ModuleSpec app;
        app.platformId = 13;
        app.startAddress = 0xD4000;
        app.version = 6;
        app.dependency = ModuleDependency{quint8(ModuleFunction::SystemPart), 1, 9999};
        app.payload = QByteArray(4000, 'a');
        DR_REQUIRE(sendOta(*d, ModuleBuilder::build(app)));
        QVERIFY(d->firmwareUpdatePending());
        d->resetDevice(DeviceMode::Normal);
        QVERIFY(d->safeMode());
    }

    // Row 3: FINISH with validate_only ends the transfer: a later FINISH (apply) finds none.
    void row3_validateOnlyEndsTheTransfer()
    {
        auto d = dr::test::makeDevice(13, DeviceMode::Normal, boron152());
        QVERIFY(d);
        const QByteArray file = dr::test::readCorpusFile(QStringLiteral("boron-bootloader@1.5.2.bin"));
        DR_REQUIRE(d->beginFirmwareUpdate(quint32(file.size())));
        DR_REQUIRE(d->writeFirmwareUpdate(0, file));
        DR_REQUIRE(d->finishFirmwareUpdate(true));
        QVERIFY(!d->finishFirmwareUpdate(false));
        QVERIFY(!d->firmwareUpdatePending());
        QVERIFY(!d->writeFirmwareUpdate(0, file.left(16)));
    }

    // Row 9: Device OS before 1.2.1-rc.3 never looks at the DCT 0xA5 flag: a Photon on 0.5.2 keeps its
    // bootloader and the flag stays set.
    void row9_dctFlagIsIgnoredBefore121rc3()
    {
        auto d = dr::test::makeDevice(6, DeviceMode::Dfu,
                                      {QStringLiteral("photon-bootloader@1.5.0+lto.bin"),
                                       QStringLiteral("system-part1-0.5.2-photon.bin"),
                                       QStringLiteral("system-part2-0.5.2-photon.bin")});
        QVERIFY(d);
        const OtaRegion *ota = d->platform().otaRegionFor(SemVer(0, 5, 2));
        QVERIFY(ota);
        DR_REQUIRE(d->load(ota->alt, ota->address, dr::test::readCorpusFile(QStringLiteral("photon-bootloader@2.2.0+lto.bin"))));
        const quint32 flag = d->platform().dctOtaUpdateFlagOffset;
        QCOMPARE(d->program(d->platform().dctAlt, flag, QByteArray(1, char(0xA5))), MemoryStatus::Ok);
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->module(ModuleFunction::Bootloader, 0)->version,
                 dr::test::corpusModule(QStringLiteral("photon-bootloader@1.5.0+lto.bin"))->version);
        QCOMPARE(quint8(d->peek(d->platform().dctAlt, flag, 1)[0]), quint8(0xA5));
    }

    // Row 9: from 1.2.1-rc.3 the flag works and costs an extra reset: Device OS takes the module,
    // waits 100 ms and resets once more before the bootloader copies it.
    void row9_dctFlagCostsAnExtraReset()
    {
        auto d = dr::test::makeDevice(6, DeviceMode::Dfu, photon220());
        QVERIFY(d);
        const OtaRegion *ota = d->platform().otaRegionFor(SemVer(2, 2, 0));
        DR_REQUIRE(d->load(ota->alt, ota->address, dr::test::readCorpusFile(QStringLiteral("photon-bootloader@1.5.2+lto.bin"))));
        QCOMPARE(d->program(d->platform().dctAlt, d->platform().dctOtaUpdateFlagOffset, QByteArray(1, char(0xA5))),
                 MemoryStatus::Ok);
        d->resetTimeAccount();
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->module(ModuleFunction::Bootloader, 0)->version,
                 dr::test::corpusModule(QStringLiteral("photon-bootloader@1.5.2+lto.bin"))->version);
        const auto resetTime = d->timingModel().resetTime;
        QCOMPARE(d->timeAccount().resets, 2 * resetTime + std::chrono::milliseconds(100));
    }

    // Row 14: by default the model does not sleep (tests stay fast) and says so.
    void row14_defaultTimingIsFast()
    {
        if (realTimingFromEnvironment())
            QSKIP("the realtiming ctest label runs this suite with real-device timing on");
        auto d = dr::test::makeDevice(13, DeviceMode::Normal, boron152());
        QVERIFY(d);
        QVERIFY(!d->realTiming());
        QCOMPARE(d->lingerBeforeReset(), std::chrono::milliseconds(0));
    }

    // Row 14: with real-device timing on, a reset control request answers and the device stays on the
    // bus for 1 s; leaving DFU takes 500 ms; applying a module takes the bootloader seconds.
    void row14_realTimingFollowsTheReference()
    {
        auto device = dr::test::makeDevice(13, DeviceMode::Normal, boron152());
        QVERIFY(device);
        device->setRealTiming(true);
        auto bus = InProcessUsbBus::create();
        bus->plug(device);
        auto usb = bus->backend();
        auto list = usb->listDevices();
        QVERIFY(list && list->size() == 1);
        auto handle = usb->open(list->first());
        QVERIFY(handle);
        ControlRequestClient control(**handle, device->platform());
        QElapsedTimer t;
        t.start();
        DR_REQUIRE(control.reset());
        QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));

        device->resetTimeAccount();
        device->enterDfu();
        QCOMPARE(device->lingerBeforeReset(), std::chrono::milliseconds(500));

        device->resetDevice(DeviceMode::Normal);
        device->resetTimeAccount();
        DR_REQUIRE(sendCorpusFile(*device, QStringLiteral("boron-system-part1@1.5.2.bin")));
        t.restart();
        device->resetDevice(DeviceMode::Normal);
        const auto apply = std::chrono::duration_cast<std::chrono::milliseconds>(device->timeAccount().apply);
        QVERIFY2(apply >= std::chrono::seconds(1), qPrintable(QString::number(apply.count())));
        QVERIFY(t.elapsed() >= apply.count());
    }
};

QTEST_GUILESS_MAIN(TestBootBehaviour)
#include "tst_bootbehaviour.moc"
