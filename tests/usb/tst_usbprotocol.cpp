// Pure protocol pieces of the USB layer: control-request framing and flow (against a scripted handle
// that records every transfer), both module-info reply formats, DFU descriptor parsing, the DFU write
// guards, and the error catalogue (every libusb error, DFU status and state, service status, result).
#include "simulator/virtualusbdevice.h"
#include "usb/controlrequest.h"
#include "usb/dfuclient.h"
#include "usb/dfusedownloader.h"
#include "usb/particlecontrol.pb.h"
#include "usb/usberror.h"
#include "usbtestsupport.h"

#include <libusb.h>

#include <QElapsedTimer>
#include <QTest>

#include <deque>

using namespace dr;
using namespace dr::controlframing;

namespace {

// A UsbDeviceHandle that records what the client sends and answers from a script.
class ScriptedHandle : public UsbDeviceHandle
{
public:
    struct Sent
    {
        UsbSetup setup;
        quint16 length = 0;
        QByteArray data;
        bool in = false;
    };
    std::deque<QByteArray> replies; // one per transfer, in order; none left = stall
    QList<Sent> sent;
    UsbDeviceInfo m_info;

    const UsbDeviceInfo &info() const override { return m_info; }
    Result<QByteArray> controlIn(const UsbSetup &s, quint16 length, UsbTimeout) override
    {
        countTransfer();
        sent.append({s, length, {}, true});
        return next();
    }
    Result<void> controlOut(const UsbSetup &s, const QByteArray &data, UsbTimeout) override
    {
        countTransfer();
        sent.append({s, quint16(data.size()), data, false});
        auto r = next();
        if (!r)
            return r.error();
        return {};
    }
    Result<QByteArray> configDescriptor() override { return QByteArray(); }
    Result<QString> stringDescriptor(quint8) override { return QString(); }
    Result<void> claimInterface(int) override { return {}; }
    Result<void> setAltSetting(int, int) override { return {}; }
    void releaseInterface(int) override {}

private:
    Result<QByteArray> next()
    {
        if (replies.empty())
            return libusbError(LIBUSB_ERROR_PIPE, QStringLiteral("unscripted transfer"));
        const QByteArray r = replies.front();
        replies.pop_front();
        return r;
    }
};

QByteArray reply(quint16 status, std::optional<quint16> id = {}, std::optional<quint32> size = {},
                 std::optional<qint32> result = {})
{
    return encodeReply(ServiceReply{status, id, size, result});
}

const Platform &platform(int id)
{
    return *PlatformDatabase::builtin().byId(id);
}

} // namespace

class TestUsbProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dr::test::loadDatabases()); }

    void serviceReplyRoundTrips_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("id");     // -1 absent
        QTest::addColumn<qint64>("size"); // -1 absent
        QTest::addColumn<qint64>("result"); // 1 absent
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("status only") << 0 << -1 << qint64(-1) << qint64(1) << QByteArray::fromHex("010000000000");
        QTest::newRow("init ok with id") << 0 << 7 << qint64(-1) << qint64(1) << QByteArray::fromHex("0300000000000700");
        QTest::newRow("check done") << 0 << -1 << qint64(300) << qint64(0)
                                    << QByteArray::fromHex("0d00000000002c01000000000000");
        QTest::newRow("not supported") << 0 << -1 << qint64(0) << qint64(-120)
                                       << QByteArray::fromHex("0d00000000000000000088ffffff");
        QTest::newRow("pending") << 2 << -1 << qint64(-1) << qint64(1) << QByteArray::fromHex("010000000200");
        QTest::newRow("busy") << 3 << -1 << qint64(-1) << qint64(1) << QByteArray::fromHex("010000000300");
    }

    void serviceReplyRoundTrips()
    {
        QFETCH(int, status);
        QFETCH(int, id);
        QFETCH(qint64, size);
        QFETCH(qint64, result);
        QFETCH(QByteArray, wire);
        ServiceReply r;
        r.status = quint16(status);
        if (id >= 0)
            r.id = quint16(id);
        if (size >= 0)
            r.size = quint32(size);
        if (result != 1)
            r.result = qint32(result);
        QCOMPARE(encodeReply(r).toHex(), wire.toHex());
        const auto back = decodeReply(wire);
        QVERIFY(back);
        QCOMPARE(back->status, r.status);
        QCOMPARE(back->id, r.id);
        QCOMPARE(back->size, r.size);
        QCOMPARE(back->result, r.result);
    }

    void malformedServiceRepliesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no status flag") << QByteArray::fromHex("000000000000");
        QTest::newRow("truncated status") << QByteArray::fromHex("0100000000");
        QTest::newRow("id flag, no id") << QByteArray::fromHex("030000000000");
        QTest::newRow("size flag, short size") << QByteArray::fromHex("05000000000001");
        QTest::newRow("result flag, no result") << QByteArray::fromHex("090000000000");
    }

    void malformedServiceRepliesAreRejected()
    {
        QFETCH(QByteArray, wire);
        QVERIFY(!decodeReply(wire));
    }

    void setupPacketsFollowTheFraming()
    {
        const UsbSetup init = initSetup(90, 12);
        QCOMPARE(init.bmRequestType, quint8(0xC0));
        QCOMPARE(init.bRequest, quint8(1));
        QCOMPARE(init.wIndex, quint16(90));
        QCOMPARE(init.wValue, quint16(12));
        QCOMPARE(sendSetup(5).bmRequestType, quint8(0x40));
        QCOMPARE(sendSetup(5).bRequest, quint8(3));
        QCOMPARE(checkSetup(5).bRequest, quint8(2));
        QCOMPARE(recvSetup(5).bRequest, quint8(4));
        QCOMPARE(resetSetup(0).bRequest, quint8(5));
        QCOMPARE(rawInSetup(20).bRequest, quint8(0x50));
        QCOMPARE(rawOutSetup(40).bmRequestType, quint8(0x40));
    }

    void checkBackoffStartsShortThenFollowsParticleUsb()
    {
        const int expected[] = {2, 5, 10, 25, 50, 100, 100, 250, 250, 500, 500, 1000, 1000, 1000};
        for (int i = 0; i < int(std::size(expected)); ++i)
            QCOMPARE(checkBackoff(i).count(), expected[i]);
    }

    void requestRunsInitSendCheckRecv()
    {
        ScriptedHandle h;
        const QByteArray payload(5000, 'p'); // two SEND chunks
        const QByteArray answer(4100, 'r');  // two RECV chunks
        h.replies.push_back(reply(Ok, 3));
        h.replies.push_back(QByteArray()); // SEND 1
        h.replies.push_back(QByteArray()); // SEND 2
        h.replies.push_back(reply(Pending));
        h.replies.push_back(reply(Ok, {}, quint32(answer.size()), 0));
        h.replies.push_back(answer.left(4096));
        h.replies.push_back(answer.mid(4096));
        ControlRequestClient client(h, platform(13));
        QElapsedTimer timer;
        timer.start();
        auto r = client.request(ControlRequestType::FirmwareUpdateData, payload);
        DR_REQUIRE(r);
        QVERIFY(timer.elapsed() >= 2); // one back-off step after PENDING
        QCOMPARE(r->result, 0);
        QCOMPARE(r->data, answer);
        QCOMPARE(h.sent.size(), 7);
        QCOMPARE(h.sent[0].setup.bRequest, quint8(Init));
        QCOMPARE(h.sent[0].setup.wValue, quint16(5000));
        QCOMPARE(h.sent[0].length, kMinWLength);
        QCOMPARE(h.sent[1].data, payload.left(4096));
        QCOMPARE(h.sent[2].data, payload.mid(4096));
        QCOMPARE(h.sent[1].setup.wIndex, quint16(3));
        QCOMPARE(h.sent[3].setup.bRequest, quint8(Check));
        QCOMPARE(h.sent[5].setup.bRequest, quint8(Recv));
        QCOMPARE(h.sent[5].length, quint16(4096));
        QCOMPARE(h.sent[6].length, quint16(4));
    }

    void busyDeviceAndResultCodesBecomeErrors()
    {
        ScriptedHandle busy;
        busy.replies.push_back(reply(Busy));
        ControlRequestClient c1(busy, platform(13));
        auto r1 = c1.request(ControlRequestType::GetModuleInfo);
        QVERIFY(!r1);
        QCOMPARE(r1.error().code, QStringLiteral("control.status.busy"));

        ScriptedHandle unsupported;
        unsupported.replies.push_back(reply(Ok, 1));
        unsupported.replies.push_back(reply(Ok, {}, 0u, -120));
        ControlRequestClient c2(unsupported, platform(13));
        auto r2 = c2.requestOk(ControlRequestType::DfuMode);
        QVERIFY(!r2);
        QCOMPARE(r2.error().code, QStringLiteral("control.result.-120"));
        QVERIFY(!r2.error().remedy.isEmpty());

        ScriptedHandle garbage;
        garbage.replies.push_back(QByteArray("xx"));
        ControlRequestClient c3(garbage, platform(13));
        auto r3 = c3.request(ControlRequestType::Reset);
        QVERIFY(!r3);
        QCOMPARE(r3.error().code, QStringLiteral("control.protocol"));
    }

    void rtl872xOutRequestsCarryOneDataByteFromTheDatabase()
    {
        QVERIFY(platform(32).controlOutTransfersRequireDataStage);
        QVERIFY(!platform(13).controlOutTransfersRequireDataStage);
        ScriptedHandle p2;
        p2.replies.push_back(QByteArray());
        ControlRequestClient c(p2, platform(32));
        DR_REQUIRE(c.rawOut(kRawReset));
        QCOMPARE(p2.sent.size(), 1);
        QCOMPARE(p2.sent[0].data, QByteArray(1, '\0'));
        ScriptedHandle boron;
        boron.replies.push_back(QByteArray());
        ControlRequestClient c2(boron, platform(13));
        DR_REQUIRE(c2.rawOut(kRawReset));
        QCOMPARE(boron.sent[0].data, QByteArray());
    }

    void decodesModuleInfoInBothFormats()
    {
        // 5.6+: particle.cloud.FirmwareModule with checked/passed flags.
        pb::GetModuleInfoReply current;
        auto *m = current.add_modules();
        m->set_type(4);
        m->set_index(1);
        m->set_version(5900);
        m->set_store(0);
        m->set_max_size(0x8C000);
        m->set_checked_flags(30);
        m->set_passed_flags(30 & ~4u);
        m->set_size(600000);
        auto *dep = m->add_dependencies();
        dep->set_type(2);
        dep->set_index(0);
        dep->set_version(3000);
        auto decoded = decodeModuleInfoReply(QByteArray::fromStdString(current.SerializeAsString()));
        DR_REQUIRE(decoded);
        QCOMPARE(decoded->size(), 1);
        QCOMPARE(decoded->at(0).function, ModuleFunction::SystemPart);
        QCOMPARE(decoded->at(0).version, 5900);
        QCOMPARE(decoded->at(0).maxSize, 0x8C000u);
        QVERIFY(!decoded->at(0).valid());
        QCOMPARE(decoded->at(0).checkedFlags & ~decoded->at(0).passedFlags, 4u); // dependencies failed
        QCOMPARE(decoded->at(0).dependencies.size(), 1);
        QCOMPARE(decoded->at(0).dependencies[0].function(), ModuleFunction::Bootloader);
        QVERIFY(!decoded->at(0).legacyFormat);

        // < 5.6: modules_deprecated with storage.proto types and failure bits.
        pb::GetModuleInfoReply legacy;
        auto *l = legacy.add_modules_deprecated();
        l->set_type(6); // RADIO_STACK
        l->set_index(0);
        l->set_version(202);
        l->set_size(151000);
        l->set_validity(0x01); // integrity failed
        auto *l2 = legacy.add_modules_deprecated();
        l2->set_type(3); // USER_PART
        l2->set_index(1);
        l2->set_version(6);
        auto *ld = l2->add_dependencies();
        ld->set_type(2); // SYSTEM_PART
        ld->set_index(1);
        ld->set_version(2200);
        auto old = decodeModuleInfoReply(QByteArray::fromStdString(legacy.SerializeAsString()));
        DR_REQUIRE(old);
        QCOMPARE(old->size(), 2);
        QCOMPARE(old->at(0).function, ModuleFunction::RadioStack);
        QVERIFY(old->at(0).legacyFormat);
        QVERIFY(!old->at(0).valid());
        QCOMPARE(old->at(1).function, ModuleFunction::UserPart);
        QVERIFY(old->at(1).valid());
        QCOMPARE(old->at(1).dependencies[0].function(), ModuleFunction::SystemPart);

        QVERIFY(!decodeModuleInfoReply(QByteArray("\xff\xff\xff", 3)));
    }

    void parsesDfuDescriptorsOfTheVirtualDevice()
    {
        auto device = dr::test::makeDevice(13, sim::DeviceMode::Dfu);
        QVERIFY(device);
        sim::VirtualUsbDevice usb(device);
        auto d = parseDfuDescriptors(usb.configDescriptor());
        DR_REQUIRE(d);
        QCOMPARE(d->alts.size(), 3);
        QCOMPARE(d->alts[2].alt, 2);
        QVERIFY(d->functional);
        QCOMPARE(d->functional->transferSize, quint16(4096));
        QCOMPARE(d->functional->dfuVersion, quint16(0x011A));
        QVERIFY(d->functional->canDownload() && d->functional->canUpload() && d->functional->willDetach());
        QVERIFY(!d->functional->manifestationTolerant());
        // A Device OS 2.2.0 bootloader (1006) still names the DCT "DCD Flash" (device-os-behaviour row 12).
        QCOMPARE(usb.string(d->alts[1].iInterface).value_or(QString()), QStringLiteral("@DCD Flash   /0x00000000/1*016Ke"));

        QVERIFY(!parseDfuDescriptors(QByteArray()));
        QVERIFY(!parseDfuDescriptors(QByteArray::fromHex("0902090001010080fa")));              // no DFU interface
        QVERIFY(!parseDfuDescriptors(QByteArray::fromHex("09021200010100c0320904000000fe01")));  // truncated
    }

    void dfuStatusReplyParses()
    {
        const auto s = DfuStatusReply::parse(QByteArray::fromHex("03f40100050a"));
        QVERIFY(s);
        QCOMPARE(s->status, quint8(DfuStatus::errWRITE));
        QCOMPARE(s->pollTimeout, 500u);
        QCOMPARE(s->state, quint8(DfuState::dfuDNLOAD_IDLE));
        QVERIFY(!DfuStatusReply::parse(QByteArray(5, '\0')));
    }

    void writeGuardsRefuseForbiddenRanges()
    {
        const Platform &p2 = platform(32);
        const auto internal = DfuseMemoryLayout::parse(p2.dfuAlt(0)->layout);
        QVERIFY(internal.ok());
        // The layout marks all 8 MB writable; the database forbids everything below 0x08060000.
        QVERIFY(internal->isWritable(0x08004000, 0x1000));
        const auto below = dfuguard::checkRangeWrite(p2, 0, 0x08004000, 0x1000, *internal);
        QVERIFY(!below);
        QCOMPARE(below.error().code, QStringLiteral("dfu.refused"));
        QVERIFY(dfuguard::checkRangeWrite(p2, 0, 0x08060000, 0x1000, *internal));
        QVERIFY(!dfuguard::checkRangeWrite(p2, 0, 0x0805F000, 0x2000, *internal)); // straddles the limit
        QVERIFY(!dfuguard::checkRangeWrite(p2, 0, 0x087FF000, 0x2000, *internal)); // past the end

        const Platform &boron = platform(13);
        const auto gen3 = DfuseMemoryLayout::parse(boron.dfuAlt(0)->layout);
        QVERIFY(gen3.ok());
        QVERIFY(!dfuguard::checkRangeWrite(boron, 0, 0xF4000, 0x1000, *gen3)); // bootloader ('g' in the string)
        QVERIFY(!dfuguard::checkRangeWrite(boron, 0, 0x0, 0x1000, *gen3));    // MBR ('a')

        QVERIFY(dfuguard::checkDctWrite(boron, 1753, 1));
        QVERIFY(dfuguard::checkDctWrite(boron, 1762, 63));
        QVERIFY(dfuguard::checkDctWrite(boron, 8134, 1));
        QVERIFY(!dfuguard::checkDctWrite(boron, 34, 16));   // private key
        QVERIFY(!dfuguard::checkDctWrite(boron, 1753, 2));  // runs into feature flags
        QVERIFY(!dfuguard::checkDctWrite(boron, 3618, 12)); // device id
    }

    void moduleWritesMustFitTheirSlot()
    {
        const Platform &photon = platform(6);
        const auto layout = DfuseMemoryLayout::parse(photon.dfuAlt(0)->layout);
        QVERIFY(layout.ok());
        const auto part2 = dr::test::corpusModule(QStringLiteral("photon-system-part2@2.2.0.bin"));
        QVERIFY(part2);
        QVERIFY(dfuguard::checkModuleWrite(photon, *part2, *layout));
        FirmwareModule corrupt = *part2;
        corrupt.computedCrc ^= 1;
        QVERIFY(!dfuguard::checkModuleWrite(photon, corrupt, *layout));
        const auto bootloader = dr::test::corpusModule(QStringLiteral("photon-bootloader@2.2.0+lto.bin"));
        QVERIFY(bootloader);
        const auto r = dfuguard::checkModuleWrite(photon, *bootloader, *layout);
        QVERIFY(!r);
        QVERIFY(r.error().remedy.contains(QStringLiteral("control requests")));
        const auto softdevice = dr::test::corpusModule(QStringLiteral("boron-softdevice@2.2.0.bin"));
        QVERIFY(softdevice);
        QVERIFY(!dfuguard::checkModuleWrite(photon, *softdevice, *layout)); // wrong platform
        const auto gen3 = DfuseMemoryLayout::parse(platform(13).dfuAlt(0)->layout);
        QVERIFY(dfuguard::checkModuleWrite(platform(13), *softdevice, *gen3));
    }

    void everyLibusbErrorMapsToATypedError_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("IO") << int(LIBUSB_ERROR_IO) << "usb.io";
        QTest::newRow("INVALID_PARAM") << int(LIBUSB_ERROR_INVALID_PARAM) << "usb.invalid-param";
        QTest::newRow("ACCESS") << int(LIBUSB_ERROR_ACCESS) << "usb.access-denied";
        QTest::newRow("NO_DEVICE") << int(LIBUSB_ERROR_NO_DEVICE) << "usb.no-device";
        QTest::newRow("NOT_FOUND") << int(LIBUSB_ERROR_NOT_FOUND) << "usb.not-found";
        QTest::newRow("BUSY") << int(LIBUSB_ERROR_BUSY) << "usb.busy";
        QTest::newRow("TIMEOUT") << int(LIBUSB_ERROR_TIMEOUT) << "usb.timeout";
        QTest::newRow("OVERFLOW") << int(LIBUSB_ERROR_OVERFLOW) << "usb.overflow";
        QTest::newRow("PIPE") << int(LIBUSB_ERROR_PIPE) << "usb.stall";
        QTest::newRow("INTERRUPTED") << int(LIBUSB_ERROR_INTERRUPTED) << "usb.interrupted";
        QTest::newRow("NO_MEM") << int(LIBUSB_ERROR_NO_MEM) << "usb.no-memory";
        QTest::newRow("NOT_SUPPORTED") << int(LIBUSB_ERROR_NOT_SUPPORTED) << "usb.not-supported";
        QTest::newRow("OTHER") << int(LIBUSB_ERROR_OTHER) << "usb.other";
    }

    void everyLibusbErrorMapsToATypedError()
    {
        QFETCH(int, code);
        QFETCH(QString, expected);
        const dr::Error e = libusbError(code, QStringLiteral("DFU_GETSTATUS"), HostOs::Linux);
        QCOMPARE(e.code, expected);
        QVERIFY(!e.message.isEmpty() && !e.message.contains(QLatin1Char('\n')));
        QVERIFY(!e.remedy.isEmpty());
        QVERIFY(e.detail.contains(QString::fromLatin1(libusb_error_name(code))));
        QVERIFY(e.detail.contains(QString::number(code)));
        // The message is a sentence: it starts with a capital, also where it opens with what was being
        // done (interrupted, invalid parameters).
        const dr::Error worded = libusbError(code, QStringLiteral("reading string descriptor 3"), HostOs::Linux);
        QVERIFY2(worded.message.at(0).isUpper(), qPrintable(worded.message));
    }

    void accessDeniedSaysWhatToDoPerSystem()
    {
        const dr::Error onLinux = libusbError(LIBUSB_ERROR_ACCESS, QStringLiteral("opening"), HostOs::Linux);
        QVERIFY(onLinux.remedy.contains(QStringLiteral("udev")));
        QVERIFY(onLinux.remedy.contains(QStringLiteral("2b04")));
        QVERIFY(onLinux.remedy.contains(particleUdevRule()));
        const dr::Error onWindows = libusbError(LIBUSB_ERROR_ACCESS, QStringLiteral("opening"), HostOs::Windows);
        QVERIFY(onWindows.remedy.contains(QStringLiteral("WinUSB")));
    }

    void everyDfuStatusHasANameAndError()
    {
        const char *const names[] = {"OK", "errTARGET", "errFILE", "errWRITE", "errERASE", "errCHECK_ERASED",
                                     "errPROG", "errVERIFY", "errADDRESS", "errNOTDONE", "errFIRMWARE",
                                     "errVENDOR", "errUSBR", "errPOR", "errUNKNOWN", "errSTALLEDPKT"};
        for (quint8 s = 0; s < 16; ++s) {
            QCOMPARE(dfuStatusName(s), QString::fromLatin1(names[s]));
            const dr::Error e = dfuStatusError(s, quint8(DfuState::dfuERROR), QStringLiteral("DFU_DNLOAD"));
            QCOMPARE(e.code, QStringLiteral("dfu.status.") + QString::fromLatin1(names[s]));
            QVERIFY(!e.message.isEmpty() && !e.remedy.isEmpty());
            QVERIFY(e.detail.contains(QStringLiteral("dfuERROR")));
        }
        QCOMPARE(dfuStatusName(0x42), QStringLiteral("status 0x42"));
        const char *const states[] = {"appIDLE", "appDETACH", "dfuIDLE", "dfuDNLOAD_SYNC", "dfuDNBUSY", "dfuDNLOAD_IDLE",
                                      "dfuMANIFEST_SYNC", "dfuMANIFEST", "dfuMANIFEST_WAIT_RESET", "dfuUPLOAD_IDLE",
                                      "dfuERROR"};
        for (quint8 s = 0; s < 11; ++s)
            QCOMPARE(dfuStateName(s), QString::fromLatin1(states[s]));
        const dr::Error st = dfuStateError(quint8(DfuState::appIDLE), QStringLiteral("dfuIDLE"), QStringLiteral("writing"));
        QCOMPARE(st.code, QStringLiteral("dfu.unexpected-state"));
    }

    void controlStatusAndResultErrors()
    {
        for (int status = 1; status <= 5; ++status) {
            const dr::Error e = controlStatusError(status, 90);
            QVERIFY(e.code.startsWith(QStringLiteral("control.status.")));
            QVERIFY(!e.remedy.isEmpty());
        }
        for (int result : {-100, -120, -130, -160, -170, -210, -280, -1801, -999}) {
            const dr::Error e = systemResultError(result, 50);
            QCOMPARE(e.code, QStringLiteral("control.result.%1").arg(result));
            QVERIFY(!e.message.isEmpty() && !e.remedy.isEmpty());
        }
        QCOMPARE(systemResultName(-1801), QStringLiteral("device protected"));
    }
};

QTEST_GUILESS_MAIN(TestUsbProtocol)
#include "tst_usbprotocol.moc"
