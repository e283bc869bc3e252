// The USB protocol code against the virtual device on the in-process bus (the demo-mode attachment):
// control requests in normal mode (IDs, versions, listening, both module-info formats, firmware update
// with apply on reset, the service protocol's PENDING/BUSY paths, the rtl872x data-stage quirk),
// faults, the worker-thread runner with cancellation, and the device monitor.
#include "simulator/inprocessusb.h"
#include "usb/controlrequest.h"
#include "usb/dfuclient.h"
#include "usb/dfusedownloader.h"
#include "usb/usbdevicefinder.h"
#include "usb/usbdevicemonitor.h"
#include "usb/usbtaskrunner.h"
#include "usbtestsupport.h"
#include "support/signalrecorder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dr;
using namespace dr::sim;
using namespace std::chrono_literals;

class TestUsbVirtual : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        std::shared_ptr<InProcessUsbBus> bus;
        std::shared_ptr<VirtualDevice> device;
        std::shared_ptr<VirtualUsbDevice> usb;
        std::unique_ptr<UsbBackend> backend;

        Result<std::unique_ptr<UsbDeviceHandle>> open(UsbDeviceMode mode)
        {
            auto info = waitForUsbDevice(*backend, {device->deviceId(), mode, {}}, 2s);
            if (!info)
                return info.error();
            return backend->open(*info);
        }
    };

    Rig rig(int platformId, DeviceMode mode, const QStringList &factory, const SemVer &deviceOs = SemVer(2, 2, 0))
    {
        Rig r;
        r.bus = InProcessUsbBus::create();
        VirtualDeviceConfig config;
        config.platformId = platformId;
        config.mode = mode;
        config.deviceOs = deviceOs;
        auto device = VirtualDevice::create(config);
        if (!device)
            return r;
        r.device = *device;
        for (const QString &name : factory) {
            const auto m = dr::test::corpusModule(name);
            if (!m || !r.device->loadModule(*m)) {
                r.device.reset();
                return r;
            }
        }
        r.usb = r.bus->plug(r.device);
        r.backend = r.bus->backend();
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dr::test::loadDatabases()); }

    void answersIdentityAndListeningRequests()
    {
        Rig r = rig(13, DeviceMode::Normal, {QStringLiteral("boron-bootloader@2.2.0.bin"),
                                             QStringLiteral("boron-softdevice@2.2.0.bin"),
                                             QStringLiteral("boron-system-part1@2.2.0.bin")});
        QVERIFY(r.device);
        auto h = r.open(UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        ControlRequestClient c(**h, r.device->platform());
        auto id = c.deviceId();
        DR_REQUIRE(id);
        QCOMPARE(*id, r.device->deviceId());
        auto v = c.systemVersion();
        DR_REQUIRE(v);
        QCOMPARE(*v, QStringLiteral("2.2.0"));
        auto listening = c.isListening();
        DR_REQUIRE(listening);
        QVERIFY(!*listening);
        DR_REQUIRE(c.startListening());
        QCOMPARE(r.device->mode(), DeviceMode::Listening);
        listening = c.isListening();
        DR_REQUIRE(listening);
        QVERIFY(*listening);
        DR_REQUIRE(c.stopListening());
        QCOMPARE(r.device->mode(), DeviceMode::Normal);
        // A request type Device OS does not handle gets "not supported" (the application has no handler).
        auto unknown = c.request(ControlRequestType(9999));
        DR_REQUIRE(unknown);
        QCOMPARE(unknown->result, -120);
    }

    void moduleInfoUsesTheFormatOfTheDeviceOsVersion_data()
    {
        QTest::addColumn<bool>("newFormat");
        QTest::newRow("Device OS 2.2.0: modules_deprecated") << false;
        QTest::newRow("Device OS 6.2.0: FirmwareModule") << true;
    }

    void moduleInfoUsesTheFormatOfTheDeviceOsVersion()
    {
        QFETCH(bool, newFormat);
        // Without a system part in flash the device reports the configured Device OS version.
        Rig r = rig(13, DeviceMode::Normal,
                    newFormat ? QStringList{QStringLiteral("boron-bootloader@2.2.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin")}
                              : QStringList{QStringLiteral("boron-bootloader@2.2.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin"),
                                            QStringLiteral("boron-system-part1@2.2.0.bin")},
                    newFormat ? SemVer(6, 2, 0) : SemVer(2, 2, 0));
        QVERIFY(r.device);
        auto h = r.open(UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        ControlRequestClient c(**h, r.device->platform());
        auto modules = c.moduleInfo();
        DR_REQUIRE(modules);
        QVERIFY(!modules->isEmpty());
        for (const DeviceModuleInfo &m : *modules) {
            QCOMPARE(m.legacyFormat, !newFormat);
            QVERIFY(m.valid());
            if (newFormat)
                QCOMPARE(m.checkedFlags, kValidityChecked);
        }
        const auto bootloader = std::find_if(modules->cbegin(), modules->cend(),
                                             [](const DeviceModuleInfo &m) { return m.function == ModuleFunction::Bootloader; });
        QVERIFY(bootloader != modules->cend());
        QCOMPARE(bootloader->version, int(dr::test::corpusModule(QStringLiteral("boron-bootloader@2.2.0.bin"))->version));
    }

    void firmwareUpdateInNormalModeAppliesOnReset()
    {
        // The bootloader cannot go over DFU; the control-request update puts it in the OTA region and
        // the device applies it on the reset that follows FINISH.
        Rig r = rig(13, DeviceMode::Normal, {QStringLiteral("boron-bootloader@2.1.0.bin"),
                                             QStringLiteral("boron-softdevice@2.2.0.bin"),
                                             QStringLiteral("boron-system-part1@2.2.0.bin")});
        QVERIFY(r.device);
        const QByteArray file = dr::test::readCorpusFile(QStringLiteral("boron-bootloader@2.2.0.bin"));
        const auto module = dr::test::corpusModule(QStringLiteral("boron-bootloader@2.2.0.bin"));
        QVERIFY(module);
        QSignalSpy resets(r.device.get(), &VirtualDevice::resetCompleted);
        {
            auto h = r.open(UsbDeviceMode::Normal);
            DR_REQUIRE(h);
            ControlRequestClient c(**h, r.device->platform());
            quint64 lastDone = 0;
            int calls = 0;
            DR_REQUIRE(c.updateFirmware(file, [&](quint64 done, quint64 total) {
                QVERIFY(done > lastDone && done <= total);
                lastDone = done;
                ++calls;
            }));
            QCOMPARE(lastDone, quint64(file.size()));
            QCOMPARE(calls, int((file.size() + 1023) / 1024));
        }
        QCOMPARE(resets.count(), 1);
        const auto info = r.device->module(ModuleFunction::Bootloader, 0);
        QVERIFY(info);
        QCOMPARE(info->version, module->version);
        QVERIFY(info->valid());
        QCOMPARE(r.device->peek(0, module->startAddress, quint32(module->length())), module->bytes);
        // The device came back on the bus, same ID.
        DR_REQUIRE(r.open(UsbDeviceMode::Normal));
    }

    void firmwareUpdateRefusesAModuleForAnotherPlatform()
    {
        Rig r = rig(13, DeviceMode::Normal, {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(r.device);
        const QByteArray file = dr::test::readCorpusFile(QStringLiteral("argon-bootloader@2.2.0.bin"));
        const QByteArray before = r.device->peek(0, 0xF4000, 0xC000);
        auto h = r.open(UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        ControlRequestClient c(**h, r.device->platform());
        const auto result = c.updateFirmware(file);
        QVERIFY(!result);
        QVERIFY(result.error().code.startsWith(QStringLiteral("control.result.")));
        QCOMPARE(r.device->peek(0, 0xF4000, 0xC000), before);
        QVERIFY(!r.device->firmwareUpdatePending());
    }

    void pendingChecksAreAnsweredWithTheBackoff()
    {
        Rig r = rig(6, DeviceMode::Normal, {});
        QVERIFY(r.device);
        r.usb->setPendingChecks(2);
        auto h = r.open(UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        ControlRequestClient c(**h, r.device->platform());
        QElapsedTimer timer;
        timer.start();
        const quint64 before = (*h)->controlTransferCount();
        auto id = c.deviceId();
        DR_REQUIRE(id);
        QVERIFY(timer.elapsed() >= 17); // 2 + 5 + 10 ms of back-off
        // INIT, CHECK (pending: Device OS processes it), CHECK and CHECK (the two extra), CHECK (done), RECV
        QCOMPARE((*h)->controlTransferCount() - before, quint64(6));
    }

    void fifthActiveRequestIsBusy()
    {
        Rig r = rig(13, DeviceMode::Normal, {});
        QVERIFY(r.device);
        auto h = r.open(UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        for (int i = 0; i < controlframing::kMaxActiveRequests; ++i) {
            auto bytes = (*h)->controlIn(controlframing::initSetup(20, 0), 64, 1s);
            DR_REQUIRE(bytes);
            QCOMPARE(controlframing::decodeReply(*bytes)->status, quint16(controlframing::Ok));
        }
        ControlRequestClient c(**h, r.device->platform());
        auto busy = c.request(ControlRequestType::DeviceId);
        QVERIFY(!busy);
        QCOMPARE(busy.error().code, QStringLiteral("control.status.busy"));
        auto reset = (*h)->controlIn(controlframing::resetSetup(0), 64, 1s);
        DR_REQUIRE(reset);
        DR_REQUIRE(c.deviceId());
    }

    void rtl872xNeedsTheDataStageTheDatabaseAsksFor()
    {
        Rig r = rig(32, DeviceMode::Normal, {});
        QVERIFY(r.device);
        auto h = r.open(UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        // Without the data stage the P2 never completes the request.
        auto bare = (*h)->controlOut(controlframing::rawOutSetup(controlframing::kRawReset), {}, 100ms);
        QVERIFY(!bare);
        QCOMPARE(bare.error().code, QStringLiteral("usb.timeout"));
        // The client adds it from Platform::controlOutTransfersRequireDataStage.
        ControlRequestClient c(**h, r.device->platform());
        QSignalSpy resets(r.device.get(), &VirtualDevice::resetCompleted);
        DR_REQUIRE(c.rawOut(controlframing::kRawReset));
        QCOMPARE(resets.count(), 1);
    }

    void controlRequestFaultsEndInTypedErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("stall") << int(FaultKind::Stall) << QStringLiteral("usb.stall");
        QTest::newRow("timeout") << int(FaultKind::Timeout) << QStringLiteral("usb.timeout");
    }

    void controlRequestFaultsEndInTypedErrors()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        Rig r = rig(13, DeviceMode::Normal, {});
        QVERIFY(r.device);
        auto h = r.open(UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        ControlRequestClient c(**h, r.device->platform());
        c.setTransferTimeout(200ms);
        r.device->injectFault(Fault{FaultKind(kind), 0, 1});
        auto id = c.deviceId(); // falls back to the raw request, which fails too for a timeout
        if (FaultKind(kind) == FaultKind::Stall) {
            // One stalled transfer: the service request fails, the raw fallback answers.
            DR_REQUIRE(id);
            r.device->injectFault(Fault{FaultKind::Stall, 0, 2});
            id = c.deviceId();
        }
        QVERIFY(!id);
        QCOMPARE(id.error().code, code);
        r.device->clearFaults();
        DR_REQUIRE(c.deviceId()); // the device works again
    }

    void unplugDuringFirmwareUpdateLeavesInstalledModulesAlone()
    {
        Rig r = rig(13, DeviceMode::Normal, {QStringLiteral("boron-bootloader@2.1.0.bin")});
        QVERIFY(r.device);
        const QByteArray before = r.device->peek(0, 0xF4000, 0xC000);
        r.device->injectFault(Fault{FaultKind::Unplug, 10000, 1});
        auto h = r.open(UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        ControlRequestClient c(**h, r.device->platform());
        const auto result = c.updateFirmware(dr::test::readCorpusFile(QStringLiteral("boron-bootloader@2.2.0.bin")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("usb.no-device"));
        QVERIFY(!r.device->isAttached());
        QCOMPARE(r.device->peek(0, 0xF4000, 0xC000), before);
        auto list = r.backend->listDevices();
        DR_REQUIRE(list);
        QVERIFY(list->isEmpty());
    }

    void runnerFlashesOffTheCallingThreadAndCancels()
    {
        Rig r = rig(13, DeviceMode::Dfu, {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(r.device);
        const auto system = dr::test::corpusModule(QStringLiteral("boron-system-part1@2.2.0.bin"));
        QVERIFY(system);
        auto flashTask = [&](const UsbTaskContext &ctx) -> Result<void> {
            auto h = r.open(UsbDeviceMode::Dfu);
            if (!h)
                return h.error();
            DfuseDownloader dfu(**h, r.device->platform());
            dfu.setCancelFlag(ctx.cancel);
            dfu.setProgress([&](const DfuseProgress &p) {
                ctx.progress(p.phase == DfuseProgress::Phase::Write ? QStringLiteral("write") : QStringLiteral("other"),
                             p.done, p.total);
            });
            if (auto o = dfu.open(); !o)
                return o;
            return dfu.writeModule(*system);
        };

        UsbTaskRunner runner;
        // The runner emits from its worker thread: recorded queued, counted whenever they came.
        dr::test::SignalRecorder<bool, dr::Error> finished(&runner, &UsbTaskRunner::finished);
        dr::test::SignalRecorder<QString, quint64, quint64> progress(&runner, &UsbTaskRunner::progressChanged);

        // With the timing model on the flash takes many seconds: one task at a time, and cancel works.
        r.device->setTimingEnabled(true);
        QVERIFY(runner.start(QStringLiteral("flash"), flashTask));
        QVERIFY(!runner.start(QStringLiteral("second"), flashTask));
        QVERIFY(progress.waitForCount(1, 10000));
        runner.cancel();
        QVERIFY(finished.waitForCount(1, 10000));
        QCOMPARE(std::get<0>(finished.at(0)), false);
        QCOMPARE(std::get<1>(finished.at(0)).code, QStringLiteral("usb.cancelled"));
        r.device->setTimingEnabled(false);

        // Without it, the same task runs to the end; progress arrives on this thread as signals.
        finished.clear();
        progress.clear();
        QVERIFY(runner.start(QStringLiteral("flash again"), flashTask));
        QVERIFY(finished.waitForCount(1, 20000));
        QCOMPARE(std::get<0>(finished.at(0)), true);
        QVERIFY(progress.count() > 100);
        QCOMPARE(r.device->peek(0, system->startAddress, quint32(system->length())), system->bytes);
    }

    void dfuRequestsBehaveLikeTheBootloader()
    {
        Rig r = rig(13, DeviceMode::Dfu, {});
        QVERIFY(r.device);
        auto h = r.open(UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        DfuClient dfu(**h, 0);
        auto commands = dfu.getCommands();
        DR_REQUIRE(commands);
        QCOMPARE(*commands, QByteArray::fromHex("002141"));
        DR_REQUIRE(dfu.ensureIdle());
        // Mass erase (a 1-byte ERASE) is refused with errTARGET, then CLRSTATUS recovers.
        auto mass = dfu.downloadAndPoll(0, QByteArray(1, char(DfuseCommand::ERASE)), QStringLiteral("mass erase"));
        QVERIFY(!mass);
        QCOMPARE(mass.error().code, QStringLiteral("dfu.status.errTARGET"));
        auto s = dfu.getStatus();
        DR_REQUIRE(s);
        QCOMPARE(s->state, quint8(DfuState::dfuERROR));
        DR_REQUIRE(dfu.ensureIdle());
        // DNLOAD in a wrong state stalls: UPLOAD leaves dfuUPLOAD_IDLE, ABORT brings dfuIDLE back.
        DR_REQUIRE(dfu.setAddressPointer(0x30000));
        DR_REQUIRE(dfu.abort());
        auto up = dfu.upload(2, 16);
        DR_REQUIRE(up);
        QCOMPARE(*up, QByteArray(16, char(0xFF)));
        auto wrong = dfu.download(2, QByteArray(16, 'x'));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("usb.stall"));
        DR_REQUIRE(dfu.ensureIdle());
        // DETACH re-enumerates the bootloader, which stays in DFU mode (device-os-behaviour row 16), even
        // with a system part it could start.
        for (const char *file : {"boron-bootloader@2.2.0.bin", "boron-softdevice@2.2.0.bin", "boron-system-part1@2.2.0.bin"})
            DR_REQUIRE(r.device->loadModule(*dr::test::corpusModule(QString::fromLatin1(file))));
        QSignalSpy resets(r.device.get(), &VirtualDevice::resetCompleted);
        DR_REQUIRE(dfu.detach(255));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(r.device->mode(), DeviceMode::Dfu);
    }

    void monitorSeesDevicesComeAndGo()
    {
        auto bus = InProcessUsbBus::create();
        UsbDeviceMonitor monitor([bus]() -> Result<std::unique_ptr<UsbBackend>> { return bus->backend(); });
        dr::test::SignalRecorder<UsbDeviceInfo> arrived(&monitor, &UsbDeviceMonitor::deviceArrived);
        dr::test::SignalRecorder<UsbDeviceInfo> left(&monitor, &UsbDeviceMonitor::deviceLeft);
        monitor.start(50ms);
        auto device = dr::test::makeDevice(13, DeviceMode::Normal);
        QVERIFY(device);
        bus->plug(device);
        QVERIFY(arrived.waitForCount(1, 3000));
        const UsbDeviceInfo info = arrived.arg(0);
        QCOMPARE(info.deviceId, device->deviceId());
        QCOMPARE(info.mode, UsbDeviceMode::Normal);
        device->resetDevice(DeviceMode::Dfu); // re-enumerates with the DFU PID
        QVERIFY(left.waitForCount(1, 3000));
        QVERIFY(arrived.waitForCount(2, 3000));
        QCOMPARE(arrived.arg(1).mode, UsbDeviceMode::Dfu);
        bus->remove(device);
        QVERIFY(left.waitForCount(2, 3000));
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestUsbVirtual)
#include "tst_usbvirtual.moc"
