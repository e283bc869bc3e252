// The real libusb backend against the virtual device presented through umockdev: real Device OS
// binaries flashed over DfuSe on a Gen 2 and a Gen 3 platform, the device followed across
// re-enumeration by its device ID, every injectable fault ending in a typed error, and refusals that
// happen before any transfer.
#include "simulator/umockdevusbattachment.h"
#include "usb/controlrequest.h"
#include "usb/dfumodulereader.h"
#include "usb/dfusedownloader.h"
#include "usb/libusbbackend.h"
#include "usb/usbdevicefinder.h"
#include "usb/usbdevicemonitor.h"
#include "usbtestsupport.h"
#include "support/signalrecorder.h"

#include "firmware/modulebuilder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dr;
using namespace dr::sim;
using namespace std::chrono_literals;

// When a device is plugged in while the monitor starts.
enum class PlugMoment { AfterContextCreated, BeforeFirstScan, AfterFirstScan };
Q_DECLARE_METATYPE(PlugMoment)

// A libusb backend that plugs a device in around its first enumeration, from the monitor's own
// thread, so that the moment does not depend on how threads are scheduled.
class PluggingBackend : public UsbBackend
{
public:
    PluggingBackend(std::unique_ptr<LibusbBackend> inner, PlugMoment moment, std::function<void()> plug)
        : m_inner(std::move(inner)), m_moment(moment), m_plug(std::move(plug))
    {
        if (m_moment == PlugMoment::AfterContextCreated)
            m_plug(); // before hotplug is armed
    }
    Result<QList<UsbDeviceInfo>> listDevices() override
    {
        const bool first = m_scans++ == 0;
        if (first && m_moment == PlugMoment::BeforeFirstScan)
            m_plug(); // hotplug is armed, the enumeration has not run
        auto list = m_inner->listDevices();
        if (first && m_moment == PlugMoment::AfterFirstScan)
            m_plug(); // the enumeration has run, the monitor has not started waiting
        return list;
    }
    Result<std::unique_ptr<UsbDeviceHandle>> open(const UsbDeviceInfo &device) override { return m_inner->open(device); }
    bool waitForBusChange(std::chrono::milliseconds timeout) override { return m_inner->waitForBusChange(timeout); }

private:
    std::unique_ptr<LibusbBackend> m_inner;
    PlugMoment m_moment;
    std::function<void()> m_plug;
    int m_scans = 0;
};

class TestUsbUmockdev : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UmockdevUsbAttachment> m_bus;
    std::unique_ptr<LibusbBackend> m_usb;

    // Attaches the device, then creates the libusb context (test-infra gotcha 2: context after testbed).
    std::shared_ptr<VirtualUsbDevice> attach(const std::shared_ptr<VirtualDevice> &device)
    {
        auto usb = m_bus->attach(device);
        if (!usb)
            return nullptr;
        if (!m_usb) {
            auto backend = LibusbBackend::create();
            if (!backend)
                return nullptr;
            m_usb = std::move(*backend);
        }
        return *usb;
    }

    Result<std::unique_ptr<UsbDeviceHandle>> openDevice(const QString &id, UsbDeviceMode mode)
    {
        auto info = waitForUsbDevice(*m_usb, {id, mode, {}}, 10s);
        if (!info)
            return info.error();
        return m_usb->open(*info);
    }

    // Flashes modules in DFU and leaves; returns the first error.
    Result<void> flash(const QString &id, const QList<FirmwareModule> &modules)
    {
        auto handle = openDevice(id, UsbDeviceMode::Dfu);
        if (!handle)
            return handle.error();
        const Platform *platform = (*handle)->info().platform;
        DfuseDownloader dfu(**handle, *platform);
        dfu.setTimeout(1500ms);
        if (auto r = dfu.open(); !r)
            return r;
        for (const FirmwareModule &m : modules) {
            if (auto r = dfu.writeModule(m); !r)
                return r;
        }
        return dfu.leave(modules.first().startAddress);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dr::test::loadDatabases()); }

    void init()
    {
        auto bus = UmockdevUsbAttachment::create();
        DR_REQUIRE(bus);
        m_bus = std::move(*bus);
    }

    void cleanup()
    {
        m_usb.reset(); // every libusb context goes before the testbed
        m_bus.reset();
    }

    void discoversDeviceWithPlatformModeAndId()
    {
        auto device = dr::test::makeDevice(13, DeviceMode::Dfu);
        QVERIFY(device);
        QVERIFY(attach(device));
        auto list = m_usb->listDevices();
        DR_REQUIRE(list);
        QCOMPARE(list->size(), 1);
        const UsbDeviceInfo &info = list->first();
        QCOMPARE(info.vendorId, quint16(0x2B04));
        QCOMPARE(info.productId, quint16(0xD00D));
        QVERIFY(info.platform);
        QCOMPARE(info.platform->id, 13);
        QCOMPARE(info.mode, UsbDeviceMode::Dfu);
        QCOMPARE(info.deviceId, device->deviceId());
        QCOMPARE(info.portPath, QStringLiteral("1-1"));
    }

    void monitorFollowsHotplugAcrossReenumeration()
    {
        UsbDeviceMonitor monitor; // libusb backend, created on the monitor's thread after the testbed
        dr::test::SignalRecorder<UsbDeviceInfo> arrived(&monitor, &UsbDeviceMonitor::deviceArrived);
        dr::test::SignalRecorder<UsbDeviceInfo> left(&monitor, &UsbDeviceMonitor::deviceLeft);
        monitor.start(std::chrono::milliseconds(8000)); // long poll: an arrival within it came from hotplug
        QTRY_VERIFY_WITH_TIMEOUT(monitor.scanCount() > 0, 5000);
        auto device = dr::test::makeDevice(13, DeviceMode::Normal);
        QVERIFY(device);
        QVERIFY(attach(device));
        // Counts an arrival that came before this line too (issue 16: QSignalSpy::wait() did not).
        QVERIFY(arrived.waitForCount(1, 6000));
        QCOMPARE(arrived.arg(0).deviceId, device->deviceId());
        {
            auto handle = openDevice(device->deviceId(), UsbDeviceMode::Normal);
            DR_REQUIRE(handle);
            ControlRequestClient control(**handle, *(*handle)->info().platform);
            DR_REQUIRE(control.enterDfu());
        }
        QVERIFY(left.waitForCount(1, 6000));
        QVERIFY(arrived.waitForCount(2, 6000));
        QCOMPARE(left.count(), 1);
        const UsbDeviceInfo &dfu = arrived.arg(1);
        QCOMPARE(dfu.mode, UsbDeviceMode::Dfu);
        QCOMPARE(dfu.deviceId, device->deviceId());
        QCOMPARE(dfu.portPath, arrived.arg(0).portPath);
        monitor.stop();
    }

    // A device plugged in while the monitor starts (before, during or right after its first
    // enumeration) is reported once, through hotplug, not only at the next poll (8 s here). The
    // monitor arms hotplug before it enumerates; libusb also keeps a hotplug message until the next
    // event handling, so an arrival just before the callback is registered is delivered as well.
    void monitorSeesADevicePluggedInWhileItStarts_data()
    {
        QTest::addColumn<PlugMoment>("moment");
        QTest::newRow("context created, hotplug not armed") << PlugMoment::AfterContextCreated;
        QTest::newRow("hotplug armed, before the first enumeration") << PlugMoment::BeforeFirstScan;
        QTest::newRow("after the first enumeration, before the first wait") << PlugMoment::AfterFirstScan;
    }

    void monitorSeesADevicePluggedInWhileItStarts()
    {
        QFETCH(PlugMoment, moment);
        auto device = dr::test::makeDevice(13, DeviceMode::Normal);
        QVERIFY(device);
        UmockdevUsbAttachment *bus = m_bus.get();
        std::atomic_bool plugged{false};
        UsbDeviceMonitor monitor([&]() -> Result<std::unique_ptr<UsbBackend>> {
            auto b = LibusbBackend::create();
            if (!b)
                return b.error();
            return std::unique_ptr<UsbBackend>(new PluggingBackend(std::move(*b), moment, [&] {
                plugged = bus->attach(device).ok();
            }));
        });
        dr::test::SignalRecorder<UsbDeviceInfo> arrived(&monitor, &UsbDeviceMonitor::deviceArrived);
        monitor.start(std::chrono::milliseconds(8000));
        QVERIFY(arrived.waitForCount(1, 6000));
        QVERIFY(plugged);
        QCOMPARE(arrived.arg(0).deviceId, device->deviceId());
        monitor.stop();
        QCOMPARE(arrived.count(), 1); // reported once, not again by the scan the hotplug event caused
    }

    void flashesGen2SystemPartsAndTheyValidate()
    {
        auto device = dr::test::makeDevice(6, DeviceMode::Dfu, {QStringLiteral("photon-bootloader@2.2.0+lto.bin")});
        QVERIFY(device);
        QVERIFY(attach(device));
        const auto part1 = dr::test::corpusModule(QStringLiteral("photon-system-part1@2.2.0.bin"));
        const auto part2 = dr::test::corpusModule(QStringLiteral("photon-system-part2@2.2.0.bin"));
        QVERIFY(part1 && part2);

        DR_REQUIRE(flash(device->deviceId(), {*part1, *part2}));
        QVERIFY(m_bus->waitUntilSettled());
        QCOMPARE(device->mode(), DeviceMode::Normal);

        for (const FirmwareModule &m : {*part1, *part2}) {
            QCOMPARE(device->peek(0, m.startAddress, quint32(m.length())), m.bytes);
            const auto info = device->module(ModuleFunction::SystemPart, m.index);
            QVERIFY(info);
            QCOMPARE(info->version, m.version);
            QVERIFY2(info->valid(), qPrintable(QStringLiteral("validity %1 of %2").arg(info->validityResult).arg(info->validityChecked)));
        }
        // Nothing was written outside the two system part slots.
        for (const auto &w : device->writeLog()) {
            QCOMPARE(w.status, MemoryStatus::Ok);
            QVERIFY(w.address >= 0x08020000 && w.address + w.length <= 0x080A0000);
        }
    }

    void flashesGen3SoftdeviceAndSystemPartAndTheyValidate()
    {
        auto device = dr::test::makeDevice(13, DeviceMode::Dfu, {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(device);
        QVERIFY(attach(device));
        const auto softdevice = dr::test::corpusModule(QStringLiteral("boron-softdevice@2.2.0.bin"));
        const auto system = dr::test::corpusModule(QStringLiteral("boron-system-part1@2.2.0.bin"));
        QVERIFY(softdevice && system);
        QVERIFY(softdevice->hasFlag(ModuleFlag::DropModuleInfo));

        DR_REQUIRE(flash(device->deviceId(), {*softdevice, *system}));
        QVERIFY(m_bus->waitUntilSettled());
        QCOMPARE(device->mode(), DeviceMode::Normal);

        // The SoftDevice is in flash without its 24-byte prefix; the system part whole.
        QCOMPARE(device->peek(0, softdevice->startAddress, quint32(softdevice->length() - 24)), softdevice->bytes.mid(24));
        QCOMPARE(device->peek(0, system->startAddress, quint32(system->length())), system->bytes);

        // Module info read back over the real control-request path (request 90).
        auto handle = openDevice(device->deviceId(), UsbDeviceMode::Normal);
        DR_REQUIRE(handle);
        ControlRequestClient control(**handle, *(*handle)->info().platform);
        auto modules = control.moduleInfo();
        DR_REQUIRE(modules);
        bool sawSystem = false, sawRadio = false;
        for (const DeviceModuleInfo &m : *modules) {
            if (m.function == ModuleFunction::SystemPart) {
                sawSystem = true;
                QCOMPARE(m.version, int(system->version));
                QVERIFY(m.valid());
            }
            if (m.function == ModuleFunction::RadioStack) {
                sawRadio = true;
                QCOMPARE(m.version, int(softdevice->version));
                QVERIFY(m.valid());
            }
        }
        QVERIFY(sawSystem && sawRadio);
    }

    // Issue 17 over real libusb: the modules of a device in DFU mode read back with UPLOAD (4 KB
    // transfers, bounded per slot) are the ones it lists over control requests once it runs.
    void readsADfuDevicesModulesBackAsItListsThemRunning()
    {
        auto device = dr::test::makeDevice(13, DeviceMode::Dfu,
                                           {QStringLiteral("boron-bootloader@2.2.0.bin"),
                                            QStringLiteral("boron-softdevice@2.2.0.bin"),
                                            QStringLiteral("boron-system-part1@2.1.0.bin")});
        QVERIFY(device);
        QVERIFY(attach(device));
        QList<std::tuple<int, int, int, bool>> overDfu;
        {
            auto handle = openDevice(device->deviceId(), UsbDeviceMode::Dfu);
            DR_REQUIRE(handle);
            DfuModuleReader reader(**handle, *(*handle)->info().platform);
            auto inspection = reader.read();
            DR_REQUIRE(inspection);
            QCOMPARE(inspection->source, ModuleInspection::Source::Dfu);
            QCOMPARE(inspection->systemDeviceOs(), std::optional<SemVer>(SemVer(2, 1, 0)));
            for (const InstalledModule &m : inspection->modules)
                overDfu.append({int(*m.functionCode), m.index, m.version, m.check(InspectionCheck::Integrity) == CheckState::Pass});
            QVERIFY(device->writeLog().isEmpty());
            // Then it starts Device OS (the DFU leave a restore ends with).
            DfuseDownloader dfu(**handle, *(*handle)->info().platform);
            DR_REQUIRE(dfu.open());
            DR_REQUIRE(dfu.leave(0x30000));
        }
        QVERIFY(m_bus->waitUntilSettled());
        auto handle = openDevice(device->deviceId(), UsbDeviceMode::Normal);
        DR_REQUIRE(handle);
        ControlRequestClient control(**handle, *(*handle)->info().platform);
        auto modules = control.moduleInfo();
        DR_REQUIRE(modules);
        QList<std::tuple<int, int, int, bool>> listed;
        for (const DeviceModuleInfo &m : *modules)
            listed.append({int(m.function), m.index, m.version, bool(m.passedFlags & validity::Integrity) || m.valid()});
        std::sort(overDfu.begin(), overDfu.end());
        std::sort(listed.begin(), listed.end());
        QCOMPARE(overDfu, listed);
    }

    void flashesModulesAtTheirPrefixAddress_data()
    {
        QTest::addColumn<int>("platformId");
        QTest::addColumn<QStringList>("factory");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("expectValid");
        // Electron release file names lie: system-part1 is index 3 at 0x08060000 (reference 1.3).
        QTest::newRow("Electron, three system parts")
            << 10 << QStringList{QStringLiteral("electron-bootloader@2.2.0+lto.bin")}
            << QStringList{QStringLiteral("electron-system-part2@2.2.0.bin"), QStringLiteral("electron-system-part3@2.2.0.bin"),
                           QStringLiteral("electron-system-part1@2.2.0.bin")}
            << true;
        // P2 user part, which grows down from 0x08600000; its system part is not in the corpus, so
        // only its dependency check may fail.
        QTest::newRow("P2 Tinker (rtl872x)") << 32 << QStringList{} << QStringList{QStringLiteral("tinker-5.0.0-p2.bin")} << false;
    }

    void flashesModulesAtTheirPrefixAddress()
    {
        QFETCH(int, platformId);
        QFETCH(QStringList, factory);
        QFETCH(QStringList, files);
        QFETCH(bool, expectValid);
        auto device = dr::test::makeDevice(platformId, DeviceMode::Dfu, factory);
        QVERIFY(device);
        QVERIFY(attach(device));
        QList<FirmwareModule> modules;
        for (const QString &f : files) {
            const auto m = dr::test::corpusModule(f);
            QVERIFY(m);
            modules.append(*m);
        }
        DR_REQUIRE(flash(device->deviceId(), modules));
        QVERIFY(m_bus->waitUntilSettled());
        for (const FirmwareModule &m : modules) {
            QCOMPARE(device->peek(0, m.startAddress, quint32(m.length())), m.bytes);
            const auto info = device->module(m.function(), m.index);
            QVERIFY(info);
            QCOMPARE(info->version, m.version);
            const quint32 failed = info->validityChecked & ~info->validityResult;
            if (expectValid)
                QCOMPARE(failed, 0u);
            else
                QCOMPARE(failed, quint32(ValidityDependencies));
        }
    }

    void followsDeviceIntoDfuByControlRequestAndBack()
    {
        auto device = dr::test::makeDevice(13, DeviceMode::Normal,
                                           {QStringLiteral("boron-bootloader@2.2.0.bin"),
                                            QStringLiteral("boron-softdevice@2.2.0.bin"),
                                            QStringLiteral("boron-system-part1@2.1.0.bin")});
        QVERIFY(device);
        QVERIFY(attach(device));
        const QString id = device->deviceId();
        {
            auto handle = openDevice(id, UsbDeviceMode::Normal);
            DR_REQUIRE(handle);
            ControlRequestClient control(**handle, *(*handle)->info().platform);
            auto reportedId = control.deviceId();
            DR_REQUIRE(reportedId);
            QCOMPARE(*reportedId, id);
            auto version = control.systemVersion();
            DR_REQUIRE(version);
            QCOMPARE(*version, QStringLiteral("2.1.0"));
            DR_REQUIRE(control.enterDfu());
        }
        const auto system = dr::test::corpusModule(QStringLiteral("boron-system-part1@2.2.0.bin"));
        QVERIFY(system);
        DR_REQUIRE(flash(id, {*system})); // waits for the DFU enumeration by device ID
        auto handle = openDevice(id, UsbDeviceMode::Normal);
        DR_REQUIRE(handle);
        ControlRequestClient control(**handle, *(*handle)->info().platform);
        auto version = control.systemVersion();
        DR_REQUIRE(version);
        QCOMPARE(*version, QStringLiteral("2.2.0"));
        QCOMPARE(device->mode(), DeviceMode::Normal);
    }

    void faultEndsInTypedError_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<quint64>("afterBytes");
        QTest::addColumn<QString>("expectedCode");
        // The stall hits the GETSTATUS after a DNLOAD: how a bootloader says that the write failed.
        QTest::newRow("stall") << int(FaultKind::Stall) << quint64(40000) << QStringLiteral("dfu.operation-failed");
        // A Gen 3 bootloader reports every failed erase or write as errUNKNOWN and reads nothing back:
        // a bad cell shows only in the host's read-back (device-os-behaviour row 11).
        QTest::newRow("write error") << int(FaultKind::WriteError) << quint64(8192) << QStringLiteral("dfu.status.errUNKNOWN");
        QTest::newRow("bad cell") << int(FaultKind::VerifyError) << quint64(0) << QStringLiteral("dfu.verify-mismatch");
        QTest::newRow("erase error") << int(FaultKind::EraseError) << quint64(0) << QStringLiteral("dfu.status.errUNKNOWN");
        QTest::newRow("timeout") << int(FaultKind::Timeout) << quint64(20000) << QStringLiteral("usb.timeout");
        QTest::newRow("unplug at byte 100000") << int(FaultKind::Unplug) << quint64(100000) << QStringLiteral("usb.no-device");
    }

    void faultEndsInTypedError()
    {
        QFETCH(int, kind);
        QFETCH(quint64, afterBytes);
        QFETCH(QString, expectedCode);
        auto device = dr::test::makeDevice(13, DeviceMode::Dfu, {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(device);
        QVERIFY(attach(device));
        const auto system = dr::test::corpusModule(QStringLiteral("boron-system-part1@2.2.0.bin"));
        QVERIFY(system);
        device->injectFault(Fault{FaultKind(kind), afterBytes, FaultKind(kind) == FaultKind::Timeout ? -1 : 1});

        QElapsedTimer timer;
        timer.start();
        const auto r = flash(device->deviceId(), {*system});
        QVERIFY(!r);
        QVERIFY2(r.error().code == expectedCode,
                 qPrintable(QStringLiteral("got %1: %2 (%3)").arg(r.error().code, r.error().message, r.error().detail)));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().remedy.isEmpty());
        QVERIFY(timer.elapsed() < 8000);
        device->clearFaults();
        for (const auto &w : device->writeLog())
            QVERIFY(w.address >= 0x30000 && w.address + w.length <= 0xB4000);
    }

    void refusesForbiddenWritesBeforeAnyTransfer_data()
    {
        QTest::addColumn<int>("platformId");
        QTest::addColumn<QString>("file");
        QTest::addColumn<quint32>("rebaseTo"); // 0: as in the file
        QTest::newRow("Gen3 bootloader over DFU") << 13 << QStringLiteral("boron-bootloader@2.2.0.bin") << 0u;
        QTest::newRow("Gen2 bootloader over DFU") << 6 << QStringLiteral("photon-bootloader@2.2.0+lto.bin") << 0u;
        QTest::newRow("module for another platform") << 13 << QStringLiteral("argon-system-part1@2.2.0.bin") << 0u;
        QTest::newRow("system part moved into the bootloader") << 13 << QStringLiteral("boron-system-part1@2.2.0.bin") << 0xF4000u;
        QTest::newRow("Gen2 part moved over the DCT") << 6 << QStringLiteral("photon-system-part2@2.2.0.bin") << 0x08004000u;
    }

    void refusesForbiddenWritesBeforeAnyTransfer()
    {
        QFETCH(int, platformId);
        QFETCH(QString, file);
        QFETCH(quint32, rebaseTo);
        auto device = dr::test::makeDevice(platformId, DeviceMode::Dfu);
        QVERIFY(device);
        QVERIFY(attach(device));
        auto module = dr::test::corpusModule(file);
        QVERIFY(module);
        if (rebaseTo) {
            // Same bytes with the prefix pointing elsewhere, re-sealed so its CRC is valid.
            QByteArray bytes = module->bytes;
            const quint32 size = module->endAddress - module->startAddress;
            const quint32 end = rebaseTo + size;
            for (int i = 0; i < 4; ++i) {
                bytes[module->prefixOffset + i] = char((rebaseTo >> (8 * i)) & 0xFF);
                bytes[module->prefixOffset + 4 + i] = char((end >> (8 * i)) & 0xFF);
            }
            ModuleBuilder::reseal(bytes, module->prefixOffset);
            auto reparsed = ModuleParser::parseOne(bytes, 0, file);
            DR_REQUIRE(reparsed);
            module = *reparsed;
            QVERIFY(module->crcValid());
        }
        auto handle = openDevice(device->deviceId(), UsbDeviceMode::Dfu);
        DR_REQUIRE(handle);
        DfuseDownloader dfu(**handle, *(*handle)->info().platform);
        DR_REQUIRE(dfu.open());
        const quint64 before = m_bus->controlTransfers(device);
        const auto r = dfu.writeModule(*module);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("dfu.refused"));
        QVERIFY(!r.error().remedy.isEmpty());
        QCOMPARE(m_bus->controlTransfers(device), before); // refused before any transfer
        QVERIFY(device->writeLog().isEmpty());
    }

    void writesTheOtaRegionAndDctFlagThenAppliesOnReset_data()
    {
        QTest::addColumn<int>("platformId");
        QTest::addColumn<QStringList>("factory");
        QTest::addColumn<QString>("file");
        QTest::newRow("Photon: internal OTA region on alt 0")
            << 6
            << QStringList{QStringLiteral("photon-bootloader@1.5.0+lto.bin"), QStringLiteral("photon-system-part1@2.2.0.bin"),
                           QStringLiteral("photon-system-part2@2.2.0.bin")}
            << QStringLiteral("photon-bootloader@2.2.0+lto.bin");
        QTest::newRow("Boron: external flash on alt 2 (0x80000000 bias)")
            << 13
            << QStringList{QStringLiteral("boron-bootloader@1.5.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin"),
                           QStringLiteral("boron-system-part1@2.2.0.bin")}
            << QStringLiteral("boron-bootloader@2.2.0.bin");
    }

    void writesTheOtaRegionAndDctFlagThenAppliesOnReset()
    {
        // The docs "OTA trick" for a bootloader: OTA region + DCT 0xA5, applied by Device OS after leave.
        QFETCH(int, platformId);
        QFETCH(QStringList, factory);
        QFETCH(QString, file);
        auto device = dr::test::makeDevice(platformId, DeviceMode::Dfu, factory);
        QVERIFY(device);
        QVERIFY(attach(device));
        const QByteArray bootloader = dr::test::readCorpusFile(file);
        const auto parsed = dr::test::corpusModule(file);
        QVERIFY(parsed);
        QVERIFY(device->module(ModuleFunction::Bootloader, 0)->version != parsed->version);
        auto handle = openDevice(device->deviceId(), UsbDeviceMode::Dfu);
        DR_REQUIRE(handle);
        const Platform &platform = *(*handle)->info().platform;
        const OtaRegion *ota = platform.otaRegionFor(SemVer(2, 2, 0));
        QVERIFY(ota);
        DfuseDownloader dfu(**handle, platform);
        DR_REQUIRE(dfu.open());
        DR_REQUIRE(dfu.writeRange(ota->alt, ota->address, bootloader));
        DR_REQUIRE(dfu.writeDctField(kDctOtaUpdateFlag, QByteArray(1, char(0xA5))));
        // A raw DCT write anywhere else is refused.
        QVERIFY(!dfu.writeDctField(DctField{"device_private_key", 34, 16}, QByteArray(16, 'x')));
        DR_REQUIRE(dfu.leave(platform.slotByName(QStringLiteral("system-part1"), SemVer(2, 2, 0))->bounds.start));
        QVERIFY(m_bus->waitUntilSettled());
        const auto info = device->module(ModuleFunction::Bootloader, 0);
        QVERIFY(info);
        QCOMPARE(info->version, parsed->version);
        QVERIFY(info->valid());
        QCOMPARE(quint8(device->peek(1, 1753, 1).at(0)), quint8(0xFF)); // the flag was cleared
    }
};

QTEST_GUILESS_MAIN(TestUsbUmockdev)
#include "tst_usbumockdev.moc"
