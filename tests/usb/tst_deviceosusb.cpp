// The virtual device's USB side behaves like the real bootloaders and Device OS versions, and the host
// copes: one test per behaviour of ../shared/reference/device-os-behaviour.md (its row in the name),
// through the real libusb on a umockdev testbed. Rows 7 (control requests of Gen 2 0.8.0-rc..1.0.x),
// 8 (control-request framing), 11 (DFU errors), 12 (old bootloaders' alt strings), 13 (CLRSTATUS),
// 15 (result codes), 16 (DFU_DETACH), 19 (Device Protection), 20 (descriptors), and the requests this
// project never sends.
#include "simulator/umockdevusbattachment.h"
#include "usb/controlrequest.h"
#include "usb/deviceprotection.h"
#include "usb/dfusedownloader.h"
#include "usb/libusbbackend.h"
#include "usb/particlecontrol.pb.h"
#include "usb/usbdevicefinder.h"
#include "usbtestsupport.h"

#include "firmware/modulebuilder.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dr;
using namespace dr::sim;
using namespace std::chrono_literals;

namespace {

constexpr quint8 kDfuOut = 0x21, kDfuIn = 0xA1;

// A synthetic Electron system part of Device OS 1.0.1 (module version 1002): the real binary set has
// no 1.0.x. Index 1 at its slot, small payload.
QByteArray electron101SystemPart()
{
    const Platform &p = *PlatformDatabase::builtin().byName(QStringLiteral("electron"));
    const ModuleSlot *slot = p.slotFor(ModuleFunction::SystemPart, 1, 0, SemVer(1, 0, 1));
    ModuleSpec spec;
    spec.platformId = quint16(p.id);
    spec.functionCode = quint8(ModuleFunction::SystemPart);
    spec.index = 1;
    spec.version = 1002;
    spec.startAddress = slot->bounds.start;
    spec.prefixOffset = 0x184;
    spec.payload = QByteArray(16 * 1024, char(0x31));
    return ModuleBuilder::build(spec);
}

QByteArray encodeStart(quint32 size)
{
    pb::StartFirmwareUpdateRequest m;
    m.set_size(size);
    return QByteArray::fromStdString(m.SerializeAsString());
}

QByteArray encodeData(const QByteArray &data)
{
    pb::FirmwareUpdateDataRequest m;
    m.set_data(data.constData(), size_t(data.size()));
    return QByteArray::fromStdString(m.SerializeAsString());
}

} // namespace

class TestDeviceOsUsb : public QObject
{
    Q_OBJECT

    std::unique_ptr<UmockdevUsbAttachment> m_bus;
    std::unique_ptr<LibusbBackend> m_usb;

    std::shared_ptr<VirtualDevice> device(int platformId, DeviceMode mode, const SemVer &deviceOs,
                                          const QStringList &factory = {}, bool isProtected = false)
    {
        VirtualDeviceConfig config;
        config.platformId = platformId;
        config.mode = mode;
        config.deviceOs = deviceOs;
        config.deviceProtected = isProtected;
        auto created = VirtualDevice::create(config);
        if (!created)
            return nullptr;
        for (const QString &name : factory) {
            const auto m = dr::test::corpusModule(name);
            if (!m || !(*created)->loadModule(*m))
                return nullptr;
        }
        auto usb = m_bus->attach(*created);
        if (!usb)
            return nullptr;
        if (!m_usb) {
            auto backend = LibusbBackend::create();
            if (!backend)
                return nullptr;
            m_usb = std::move(*backend);
        }
        return *created;
    }

    Result<std::unique_ptr<UsbDeviceHandle>> open(const std::shared_ptr<VirtualDevice> &d, UsbDeviceMode mode)
    {
        auto info = waitForUsbDevice(*m_usb, {d->deviceId(), mode, {}}, 10s);
        if (!info)
            return info.error();
        return m_usb->open(*info);
    }

    static Result<ControlReply> requestOn(UsbDeviceHandle &h, quint16 type, const QByteArray &payload = {})
    {
        ControlRequestClient c(h, *h.info().platform);
        return c.request(ControlRequestType(type), payload);
    }

    static controlframing::ServiceReply service(UsbDeviceHandle &h, const UsbSetup &setup)
    {
        auto bytes = h.controlIn(setup, controlframing::kMinWLength, 1s);
        if (!bytes)
            qFatal("%s", qPrintable(bytes.error().text()));
        return *controlframing::decodeReply(*bytes);
    }

    // DNLOAD of one DfuSe command (block 0) and the GETSTATUS that runs it.
    static Result<DfuStatusReply> dfuseCommand(UsbDeviceHandle &h, const QByteArray &command)
    {
        DfuClient dfu(h, 0);
        if (auto r = dfu.download(0, command); !r)
            return r.error();
        return dfu.getStatus();
    }
    static QByteArray command(quint8 code, quint32 address)
    {
        QByteArray b(1, char(code));
        for (int i = 0; i < 4; ++i)
            b.append(char((address >> (8 * i)) & 0xFF));
        return b;
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
        m_usb.reset();
        m_bus.reset();
    }

    // ---- row 7: Gen 2 0.8.0-rc to 1.0.x ---------------------------------------------------------

    void row7_electron101LacksDeviceIdSystemVersionAndDeviceModeRequests()
    {
        auto d = device(10, DeviceMode::Normal, SemVer(1, 0, 1));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        for (quint16 type : {20, 30, 72}) {
            auto r = requestOn(**h, type);
            DR_REQUIRE(r);
            QCOMPARE(r->result, qint32(-120));
        }
        // The raw 'P' requests still answer, so the host finds the ID and version there.
        ControlRequestClient c(**h, *(*h)->info().platform);
        auto id = c.deviceId();
        DR_REQUIRE(id);
        QCOMPARE(*id, d->deviceId());
    }

    void row7_electron101AnswersModuleInfoAsJsonAndTheHostDecodesIt()
    {
        auto d = device(10, DeviceMode::Normal, SemVer(1, 0, 1));
        QVERIFY(d);
        auto parsed = ModuleParser::parseOne(electron101SystemPart(), 0, QStringLiteral("synthetic"));
        DR_REQUIRE(parsed);
        DR_REQUIRE(d->loadModule(*parsed));
        QCOMPARE(d->systemVersionString(), QStringLiteral("1.0.1"));
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        auto raw = requestOn(**h, 90);
        DR_REQUIRE(raw);
        QCOMPARE(raw->result, qint32(0));
        QVERIFY2(raw->data.startsWith("{\"p\":10,") && raw->data.endsWith("]}"), raw->data.constData());
        ControlRequestClient c(**h, *(*h)->info().platform);
        auto modules = c.moduleInfo();
        DR_REQUIRE(modules);
        const auto it = std::find_if(modules->cbegin(), modules->cend(), [](const DeviceModuleInfo &m) {
            return m.function == ModuleFunction::SystemPart && m.index == 1;
        });
        QVERIFY(it != modules->cend());
        QCOMPARE(it->version, 1002);
        QCOMPARE(it->checkedFlags, quint32(30));
    }

    // ---- row 8: control-request framing -----------------------------------------------------------

    void row8_initOfMoreThan64PayloadBytesAnswersPending()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        const auto small = service(**h, controlframing::initSetup(253, 64));
        QCOMPARE(small.status, quint16(controlframing::Ok));
        const auto large = service(**h, controlframing::initSetup(253, 1030));
        QCOMPARE(large.status, quint16(controlframing::Pending));
        QVERIFY(large.id.has_value());
    }

    void row8_firstCheckAfterThePayloadAnswersPending()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        const auto init = service(**h, controlframing::initSetup(30, 0));
        QCOMPARE(init.status, quint16(controlframing::Ok));
        QCOMPARE(service(**h, controlframing::checkSetup(*init.id)).status, quint16(controlframing::Pending));
        const auto done = service(**h, controlframing::checkSetup(*init.id));
        QCOMPARE(done.status, quint16(controlframing::Ok));
        QVERIFY(done.size.value_or(0) > 0);
    }

    void row8_initCheckAndResetStallBelow64Bytes()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        for (const UsbSetup &s : {controlframing::initSetup(30, 0), controlframing::checkSetup(1),
                                  controlframing::resetSetup(0)}) {
            auto r = (*h)->controlIn(s, 63, 1s);
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("usb.stall"));
        }
    }

    void row8_recvOfMoreThanIsLeftStalls()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        const auto init = service(**h, controlframing::initSetup(30, 0));
        service(**h, controlframing::checkSetup(*init.id));
        const auto done = service(**h, controlframing::checkSetup(*init.id));
        QVERIFY(done.size);
        auto tooMuch = (*h)->controlIn(controlframing::recvSetup(*init.id), quint16(*done.size + 1), 1s);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().code, QStringLiteral("usb.stall"));
        auto exact = (*h)->controlIn(controlframing::recvSetup(*init.id), quint16(*done.size), 1s);
        DR_REQUIRE(exact);
        QCOMPARE(quint32(exact->size()), *done.size);
    }

    void row8_clientSendsAFirmwareUpdateThroughPendingInitsPromptly()
    {
        // Every 1 KB data chunk is an INIT above 64 bytes (PENDING) and a CHECK that is PENDING first.
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0),
                        {QStringLiteral("boron-bootloader@2.2.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin"),
                         QStringLiteral("boron-system-part1@2.2.0.bin")});
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        const QByteArray tinker = dr::test::readCorpusFile(QStringLiteral("boron-bootloader@2.2.0.bin"));
        QVERIFY(!tinker.isEmpty());
        ControlRequestClient c(**h, *(*h)->info().platform);
        QElapsedTimer t;
        t.start();
        const quint64 before = (*h)->controlTransferCount();
        DR_REQUIRE(c.updateFirmware(tinker));
        const qint64 chunks = (tinker.size() + 1023) / 1024;
        // INIT (pending), CHECK (allocated), SEND, CHECK (pending), CHECK (done) per chunk ...
        QVERIFY((*h)->controlTransferCount() - before >= quint64(5 * chunks));
        // ... and the polls between them are short.
        QVERIFY2(t.elapsed() < chunks * 40, qPrintable(QString::number(t.elapsed())));
        QVERIFY(m_bus->waitUntilSettled());
    }

    // ---- row 11: DFU errors -----------------------------------------------------------------------

    void row11_gen3ReportsEveryFailedWriteAsErrUnknown()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(2, 2, 0), {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        auto system = dr::test::corpusModule(QStringLiteral("boron-system-part1@2.2.0.bin"));
        QVERIFY(system);
        d->injectFault(Fault{FaultKind::WriteError, 4096, 1});
        DfuseDownloader dfu(**h, *(*h)->info().platform);
        DR_REQUIRE(dfu.open());
        const auto r = dfu.writeModule(*system);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("dfu.status.errUNKNOWN"));
        QVERIFY(r.error().message.contains(QStringLiteral("0x")));
    }

    void row11_gen2SignalsAFailedWriteByOneStalledGetStatus()
    {
        auto d = device(6, DeviceMode::Dfu, SemVer(2, 2, 0), {QStringLiteral("photon-bootloader@2.2.0+lto.bin")});
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        DR_REQUIRE(dfuseCommand(**h, command(0x21, 0x08060000)));
        DfuClient dfu(**h, 0);
        DR_REQUIRE(dfu.getStatus()); // dfuDNLOAD_IDLE
        d->injectFault(Fault{FaultKind::WriteError, 0, 1});
        DR_REQUIRE(dfu.download(2, QByteArray(4096, '\x42')));
        auto first = dfu.getStatus();
        QVERIFY(!first);
        QCOMPARE(first.error().code, QStringLiteral("usb.stall"));
        auto next = dfu.getStatus();
        DR_REQUIRE(next);
        QCOMPARE(next->state, quint8(DfuState::dfuDNLOAD_IDLE));
        QCOMPARE(next->status, quint8(DfuStatus::OK));
    }

    void row11_hostReportsAFailedGen2WriteClearly()
    {
        auto d = device(6, DeviceMode::Dfu, SemVer(2, 2, 0), {QStringLiteral("photon-bootloader@2.2.0+lto.bin")});
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        auto part = dr::test::corpusModule(QStringLiteral("photon-system-part1@2.2.0.bin"));
        QVERIFY(part);
        d->injectFault(Fault{FaultKind::WriteError, 8192, 1});
        DfuseDownloader dfu(**h, *(*h)->info().platform);
        DR_REQUIRE(dfu.open());
        const auto r = dfu.writeModule(*part);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("dfu.operation-failed"));
        QVERIFY(r.error().message.contains(QStringLiteral("DFU_DNLOAD at 0x08022000")));
        QVERIFY(!r.error().remedy.isEmpty());
    }

    void row11_gen3DoesNotVerifyAndTheHostReadBackDoes()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(2, 2, 0), {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        // Programming over bytes that are not erased: the bootloader says OK (no read-back).
        DR_REQUIRE(d->load(0, 0x30000, QByteArray(4096, '\x0F')));
        DR_REQUIRE(dfuseCommand(**h, command(0x21, 0x30000)));
        DfuClient dfu(**h, 0);
        DR_REQUIRE(dfu.getStatus());
        auto done = dfu.downloadAndPoll(2, QByteArray(4096, '\xF0'), QStringLiteral("write"));
        DR_REQUIRE(done);
        QCOMPARE(done->state, quint8(DfuState::dfuDNLOAD_IDLE));
        QCOMPARE(quint8(d->peek(0, 0x30000, 1).at(0)), quint8(0x00)); // AND-ed, silently
        // The host's read-back is what catches a bad write on Gen 3.
        auto system = dr::test::corpusModule(QStringLiteral("boron-system-part1@2.2.0.bin"));
        QVERIFY(system);
        d->injectFault(Fault{FaultKind::VerifyError, 0, 1});
        DfuseDownloader downloader(**h, *(*h)->info().platform);
        DR_REQUIRE(downloader.open());
        const auto r = downloader.writeModule(*system);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("dfu.verify-mismatch"));
    }

    void row11_gen3ErasesReadOnlySectors()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(2, 2, 0));
        QVERIFY(d);
        DR_REQUIRE(d->load(0, 0x0, QByteArray(4096, '\x11'))); // the MBR: 'a' in the layout
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        DR_REQUIRE(dfuseCommand(**h, command(0x41, 0x0)));
        DfuClient dfu(**h, 0);
        auto s = dfu.getStatus();
        DR_REQUIRE(s);
        QCOMPARE(s->state, quint8(DfuState::dfuDNLOAD_IDLE));
        QCOMPARE(d->peek(0, 0x0, 4096), QByteArray(4096, '\xFF')); // which is why the host guards it
    }

    // ---- row 12: old bootloaders ------------------------------------------------------------------

    void row12_bootloadersBeforeLate2022NameTheDctAltDcdAndTheHostFindsIt()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(2, 2, 0), {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        auto text = (*h)->stringDescriptor(7); // alt 1: iInterface STRING_IDX_INTERFACE + 2
        DR_REQUIRE(text);
        QVERIFY2(text->startsWith(QStringLiteral("@DCD Flash")), qPrintable(*text));
        DfuseDownloader dfu(**h, *(*h)->info().platform);
        DR_REQUIRE(dfu.open());
        QCOMPARE(dfu.dctAlt(), 1);
        DR_REQUIRE(dfu.writeDctField(kDctOtaUpdateFlag, QByteArray(1, char(0xA5))));
        QCOMPARE(quint8(d->peek(1, 1753, 1).at(0)), quint8(0xA5));
    }

    void row12_oldTrackerBootloaderDescribes8KExternalFlashSectors()
    {
        auto d = device(26, DeviceMode::Dfu, SemVer(2, 0, 0), {QStringLiteral("tracker-bootloader@2.0.0.bin")});
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        auto text = (*h)->stringDescriptor(8); // alt 2
        DR_REQUIRE(text);
        QCOMPARE(*text, QStringLiteral("@External Flash   /0x80000000/1024*008Kg"));
    }

    void row12_hostErasesEvery4KWhereTheBootloaderDescribes8K()
    {
        auto d = device(26, DeviceMode::Dfu, SemVer(2, 0, 0), {QStringLiteral("tracker-bootloader@2.0.0.bin")});
        QVERIFY(d);
        const quint32 at = 0x80689000;
        DR_REQUIRE(d->load(2, at - 0x1000, QByteArray(0x6000, '\x00'))); // old data everywhere around it
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DfuseDownloader dfu(**h, *(*h)->info().platform);
        DR_REQUIRE(dfu.open());
        QCOMPARE(dfu.layout(2)->sectorAt(at)->size, 8192u); // what this bootloader says
        QByteArray data(0x4000, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(0x80 | (i & 0x7F));
        dfu.setVerify(false); // the erase alone must be right
        DR_REQUIRE(dfu.writeRange(2, at, data));
        QCOMPARE(d->peek(2, at, quint32(data.size())), data);
    }

    // ---- row 13: CLRSTATUS outside dfuERROR -------------------------------------------------------

    void row13_clearStatusOutsideErrorPutsGen3IntoErrorAndStalls()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        DfuClient dfu(**h, 0);
        auto r = dfu.clearStatus();
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("usb.stall"));
        auto s = dfu.getStatus();
        DR_REQUIRE(s);
        QCOMPARE(s->state, quint8(DfuState::dfuERROR));
        QCOMPARE(s->status, quint8(DfuStatus::errUNKNOWN));
        DR_REQUIRE(dfu.ensureIdle()); // the host's way back
    }

    void row13_clearStatusOutsideErrorPutsGen2IntoError()
    {
        auto d = device(6, DeviceMode::Dfu, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        DfuClient dfu(**h, 0);
        DR_REQUIRE(dfu.clearStatus());
        auto s = dfu.getStatus();
        DR_REQUIRE(s);
        QCOMPARE(s->state, quint8(DfuState::dfuERROR));
        QCOMPARE(s->status, quint8(DfuStatus::errUNKNOWN));
    }

    // ---- row 15: result codes ---------------------------------------------------------------------

    void row15_updateLargerThanTheOtaRegionIsMinus1351()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        auto r = requestOn(**h, 250, encodeStart(16 * 1024 * 1024));
        DR_REQUIRE(r);
        QCOMPARE(r->result, qint32(-1351));
        const Error e = systemResultError(-1351, 250);
        QVERIFY(e.message.contains(QStringLiteral("too large")));
        QVERIFY(!e.remedy.isEmpty());
    }

    void row15_emptyOrOverflowingDataChunkIsMinus290AndCancels()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        DR_REQUIRE(requestOn(**h, 250, encodeStart(100)));
        auto over = requestOn(**h, 253, encodeData(QByteArray(101, 'x')));
        DR_REQUIRE(over);
        QCOMPARE(over->result, qint32(-290));
        auto after = requestOn(**h, 253, encodeData(QByteArray(10, 'x'))); // the update was cancelled
        DR_REQUIRE(after);
        QCOMPARE(after->result, qint32(-210));
        DR_REQUIRE(requestOn(**h, 250, encodeStart(100)));
        auto empty = requestOn(**h, 253, encodeData({}));
        DR_REQUIRE(empty);
        QCOMPARE(empty->result, qint32(-290));
    }

    void row15_finishBeforeEveryByteArrivedIsMinus210()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        DR_REQUIRE(requestOn(**h, 250, encodeStart(2048)));
        DR_REQUIRE(requestOn(**h, 253, encodeData(QByteArray(1024, 'x'))));
        pb::FinishFirmwareUpdateRequest finish;
        auto r = requestOn(**h, 251, QByteArray::fromStdString(finish.SerializeAsString()));
        DR_REQUIRE(r);
        QCOMPARE(r->result, qint32(-210));
    }

    void row15_damagedModuleIsMinus1330WithCauseAndRemedy()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0),
                        {QStringLiteral("boron-bootloader@2.2.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin"),
                         QStringLiteral("boron-system-part1@2.2.0.bin")});
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        QByteArray file = dr::test::readCorpusFile(QStringLiteral("boron-bootloader@2.2.0.bin"));
        file[1000] = char(file[1000] ^ 0x01);
        ControlRequestClient c(**h, *(*h)->info().platform);
        const auto r = c.updateFirmware(file);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("control.result.-1330"));
        QVERIFY(r.error().message.contains(QStringLiteral("CRC")));
        QVERIFY(!r.error().remedy.isEmpty());
    }

    // ---- row 16: DFU_DETACH -----------------------------------------------------------------------

    void row16_detachReenumeratesAndStaysInDfu()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(2, 2, 0));
        QVERIFY(d);
        {
            auto h = open(d, UsbDeviceMode::Dfu);
            DR_REQUIRE(h);
            DR_REQUIRE((*h)->claimInterface(0));
            DfuClient dfu(**h, 0);
            DR_REQUIRE(dfu.detach(255));
        }
        QVERIFY(m_bus->waitUntilSettled());
        QCOMPARE(d->mode(), DeviceMode::Dfu);
        auto again = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(again);
    }

    // ---- row 19: Device Protection ----------------------------------------------------------------

    void row19_protectedBootloaderShowsEraseOnlyLayoutsItsStateAndFiveCommands()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(6, 2, 0), {}, true);
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        auto internal = (*h)->stringDescriptor(6);
        DR_REQUIRE(internal);
        QCOMPARE(*internal, QStringLiteral("@Internal Flash   /0x00000000/1*004Kb,47*004Kb,192*004Kb,4*004Kb,4*004Kb,8*004Kb"));
        auto state = (*h)->stringDescriptor(0xFA);
        DR_REQUIRE(state);
        QCOMPARE(*state, QStringLiteral("sm=p"));
        DR_REQUIRE((*h)->claimInterface(0));
        DfuClient dfu(**h, 0);
        auto commands = dfu.getCommands();
        DR_REQUIRE(commands);
        QCOMPARE(*commands, QByteArray("\x00\x21\x41\xFA\xFB", 5));
    }

    void row19_protectedBootloaderRefusesWritesWithErrVendor()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(6, 2, 0), {}, true);
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        auto s = dfuseCommand(**h, command(0x41, 0x30000));
        DR_REQUIRE(s);
        QCOMPARE(s->state, quint8(DfuState::dfuERROR));
        QCOMPARE(s->status, quint8(DfuStatus::errVENDOR));
        QVERIFY(d->writeLog().isEmpty());
    }

    // usbd_dfu.cpp handleDfuUpload (6.x): a protected device answers a data UPLOAD with no bytes and
    // errVENDOR, without a stall; GET_COMMANDS (block 0) still works.
    void row19_protectedBootloaderAnswersUploadWithNoDataAndErrVendor()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(6, 2, 0), {}, true);
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        DfuClient dfu(**h, 0);
        auto data = dfu.upload(2, 4096);
        DR_REQUIRE(data);
        QCOMPARE(data->size(), qsizetype(0));
        auto s = dfu.getStatus();
        DR_REQUIRE(s);
        QCOMPARE(s->state, quint8(DfuState::dfuERROR));
        QCOMPARE(s->status, quint8(DfuStatus::errVENDOR));
    }

    // usbd_dfu.cpp handleDfuUpload: block 1 is neither GET_COMMANDS nor data: errUNKNOWN and a stall.
    void uploadOfBlockOneIsErrUnknownOnGen3()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        DR_REQUIRE((*h)->claimInterface(0));
        DfuClient dfu(**h, 0);
        auto data = dfu.upload(1, 64);
        QVERIFY(!data);
        QCOMPARE(data.error().code, QString::fromLatin1(usberror::Stall));
        auto s = dfu.getStatus();
        DR_REQUIRE(s);
        QCOMPARE(s->state, quint8(DfuState::dfuERROR));
        QCOMPARE(s->status, quint8(DfuStatus::errUNKNOWN));
    }

    void row19_protectedDeviceOsAnswersOnlyItsProtectionStateAndId()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(6, 2, 0), {}, true);
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        auto modules = requestOn(**h, 90);
        DR_REQUIRE(modules);
        QCOMPARE(modules->result, qint32(-1801));
        auto state = requestOn(**h, 76);
        DR_REQUIRE(state);
        QCOMPARE(state->result, qint32(0));
        pb::GetProtectedStateReply reply;
        QVERIFY(reply.ParseFromArray(state->data.constData(), int(state->data.size())));
        QVERIFY(reply.state());
        auto id = requestOn(**h, 20);
        DR_REQUIRE(id);
        QCOMPARE(id->result, qint32(0));
    }

    void row19_hostReadsTheProtectionState_data()
    {
        QTest::addColumn<bool>("dfu");
        QTest::addColumn<bool>("isProtected");
        QTest::newRow("protected, DFU mode (string 0xFA)") << true << true;
        QTest::newRow("protected, normal mode (request 76)") << false << true;
        QTest::newRow("open, DFU mode") << true << false;
        QTest::newRow("open, normal mode") << false << false;
    }

    void row19_hostReadsTheProtectionState()
    {
        QFETCH(bool, dfu);
        QFETCH(bool, isProtected);
        // One device per testbed: umockdev's ioctl emulation breaks with several attached at once.
        auto d = device(13, dfu ? DeviceMode::Dfu : DeviceMode::Normal, SemVer(6, 2, 0), {}, isProtected);
        QVERIFY(d);
        const UsbDeviceMode mode = dfu ? UsbDeviceMode::Dfu : UsbDeviceMode::Normal;
        auto h = open(d, mode);
        DR_REQUIRE(h);
        auto state = readDeviceProtection(**h, d->platform(), mode);
        DR_REQUIRE(state);
        QCOMPARE(*state, isProtected);
    }

    // ---- row 20: descriptors ----------------------------------------------------------------------

    void row20_dfuDescriptorsCarryTheBootloadersIndicesAndBcdDevice()
    {
        auto d = device(13, DeviceMode::Dfu, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Dfu);
        DR_REQUIRE(h);
        auto dev = (*h)->controlIn({0x80, 6, 0x0100, 0}, 18, 1s);
        DR_REQUIRE(dev);
        QCOMPARE(quint16(quint8(dev->at(12)) | quint8(dev->at(13)) << 8), quint16(0x0251));
        auto config = (*h)->configDescriptor();
        DR_REQUIRE(config);
        QCOMPARE(quint8(config->at(6)), quint8(4)); // iConfiguration
        auto dfu = parseDfuDescriptors(*config);
        DR_REQUIRE(dfu);
        QCOMPARE(dfu->alts.first().iInterface, quint8(6));
        auto product = (*h)->stringDescriptor(2);
        DR_REQUIRE(product);
        QCOMPARE(*product, QStringLiteral("Boron DFU Mode"));
    }

    void row20_deviceOsNamesItsCdcAndControlInterfaces()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        auto product = (*h)->stringDescriptor(2);
        DR_REQUIRE(product);
        QCOMPARE(*product, QStringLiteral("Boron CDC Mode"));
        auto control = (*h)->stringDescriptor(4);
        DR_REQUIRE(control);
        QCOMPARE(*control, QStringLiteral("Boron Control Interface"));
    }

    // ---- requests this project never sends --------------------------------------------------------

    void requestsTheHostNeverSendsGetDeviceOsAnswers()
    {
        auto d = device(13, DeviceMode::Normal, SemVer(2, 2, 0));
        QVERIFY(d);
        auto h = open(d, UsbDeviceMode::Normal);
        DR_REQUIRE(h);
        auto serial = requestOn(**h, 21); // SERIAL_NUMBER
        DR_REQUIRE(serial);
        QCOMPARE(serial->result, qint32(0));
        pb::GetSerialNumberReply sn;
        QVERIFY(sn.ParseFromArray(serial->data.constData(), int(serial->data.size())));
        QCOMPARE(int(sn.serial().size()), 15);
        auto echo = requestOn(**h, 1, QByteArray("ping")); // ECHO (1.5.0+)
        DR_REQUIRE(echo);
        QCOMPARE(echo->data, QByteArray("ping"));
        auto claimed = requestOn(**h, 201); // IS_CLAIMED
        DR_REQUIRE(claimed);
        QCOMPARE(claimed->result, qint32(0));
        auto protection = requestOn(**h, 76); // GET_PROTECTED_STATE: only from 6.1.1
        DR_REQUIRE(protection);
        QCOMPARE(protection->result, qint32(-120));
        auto unknown = requestOn(**h, 9999);
        DR_REQUIRE(unknown);
        QCOMPARE(unknown->result, qint32(-120));
    }
};

QTEST_GUILESS_MAIN(TestDeviceOsUsb)
#include "tst_deviceosusb.moc"
