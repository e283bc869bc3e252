// Device OS's control request handling, version by version (see controlrequesthandler.h). Sources:
// device-os system/src/system_control_internal.cpp, system/src/control/config.cpp and storage.cpp,
// system/src/firmware_update.cpp, services/src/security_mode.cpp, services/inc/system_error.h.
#include "simulator/controlrequesthandler.h"

#include "simulator/modulevalidation.h"
#include "simulator/systemmoduleinfo.h"
#include "usb/controlrequest.h"
#include "usb/particlecontrol.pb.h"

#include <QCryptographicHash>
#include <QHash>

namespace dr::sim {

namespace {

// system_error_t values (services/inc/system_error.h).
enum SystemError : qint32 {
    Unknown = -100,
    NotSupported = -120,
    NotFound = -170,
    InvalidState = -210,
    InvalidArgument = -270,
    BadData = -280,
    OutOfRange = -290,
    OtaValidationFailed = -1320,
    OtaInvalidSize = -1351,
    Protected = -1801,
};

// One row per Device OS version range; a device runs the last row whose `from` it has reached.
struct TraitsRow
{
    SemVer from;
    bool gen2Only; // the row exists only on the Gen 2 line (Gen 3 0.9.0 already had the 1.1.0 channel)
    ControlRequestTraits traits;
};

using MI = ControlRequestTraits::ModuleInfo;
const TraitsRow kRows[] = {
    // Gen 2 0.8.0-rc.2 .. 1.0.1: the first USB channel. No DEVICE_ID, SYSTEM_VERSION, GET_DEVICE_MODE
    // (they fall through to the application, Tinker has no handler: -120); MODULE_INFO is JSON text.
    {SemVer(0, 0, 0), true, {MI::Json, false, false, false, false}},
    {*SemVer::parse(QStringLiteral("1.1.0-rc.1")), false, {MI::DeprecatedProtobuf, true, false, false, false}},
    {SemVer(1, 5, 0), false, {MI::DeprecatedProtobuf, true, true, false, false}},
    {SemVer(5, 6, 0), false, {MI::FirmwareModuleProtobuf, true, true, true, false}},
    {SemVer(6, 1, 1), false, {MI::FirmwareModuleProtobuf, true, true, true, true}},
};

// What FirmwareUpdate / HAL_FLASH_OTA_Validate answer for each way the model refuses an update: the
// validation's own Device OS code (modulevalidation.h) when it carries one, else the transfer refusals.
qint32 updateResult(const Error &e)
{
    if (const int validation = otaSystemError(e)) // HAL_FLASH_OTA_Validate's own code (modulevalidation.h)
        return validation;
    static const QHash<QString, qint32> codes{
        {QStringLiteral("sim.update-invalid-state"), InvalidState},
        {QStringLiteral("sim.update-too-large"), OtaInvalidSize},
    };
    return codes.value(e.code, OtaValidationFailed);
}

template<typename Message>
QByteArray encode(const Message &m)
{
    return QByteArray::fromStdString(m.SerializeAsString());
}

// The serial number printed on the device's label and kept in its OTP (hal_get_device_serial_number):
// derived from the device ID so that the same device always reports the same one.
QString serialNumberOf(const VirtualDevice &device)
{
    const QByteArray hash =
        QCryptographicHash::hash(device.deviceId().toLatin1() + "serial", QCryptographicHash::Sha256);
    QString out = device.platform().name.left(3).toUpper();
    for (int i = 0; out.size() < 15; ++i)
        out += QChar(u'0' + uchar(hash[i]) % 10);
    return out;
}

} // namespace

ControlRequestTraits ControlRequestTraits::of(const Platform &platform, const SemVer &running)
{
    ControlRequestTraits t = kRows[1].traits;
    for (const TraitsRow &row : kRows) {
        if (running < row.from || (row.gen2Only && platform.generation != 2))
            continue;
        t = row.traits;
    }
    return t;
}

ControlRequestHandler::ControlRequestHandler(std::shared_ptr<VirtualDevice> device) : m_device(std::move(device)) {}

ControlRequestTraits ControlRequestHandler::traits() const
{
    const auto running = SemVer::parse(m_device->systemVersionString());
    return ControlRequestTraits::of(m_device->platform(), running.value_or(SemVer(0, 0, 0)));
}

void ControlRequestHandler::reset()
{
    std::lock_guard lock(m_mutex);
    m_updating = false;
    m_received = m_updateSize = 0;
}

ControlRequestOutcome ControlRequestHandler::handle(quint16 type, const QByteArray &payload)
{
    VirtualDevice &dev = *m_device;
    const ControlRequestTraits t = traits();
    ControlRequestOutcome r;

    // services/src/security_mode.cpp security_mode_check_control_request: over USB a protected
    // device answers only these.
    if (t.protection && dev.deviceProtected() && type != 76 && type != 77 && type != 20 && type != 10) {
        r.result = Protected;
        return r;
    }
    const bool config = t.configRequests;
    switch (type) {
    case 1: // ECHO
        if (!t.echo)
            break;
        r.reply = payload;
        return r;
    case 20: // DEVICE_ID
        if (!config)
            break;
        {
            pb::GetDeviceIdReply m;
            m.set_id(dev.deviceId().toLower().toStdString());
            r.reply = encode(m);
        }
        return r;
    case 21: // SERIAL_NUMBER
        if (!config)
            break;
        {
            pb::GetSerialNumberReply m;
            m.set_serial(serialNumberOf(dev).toStdString());
            r.reply = encode(m);
        }
        return r;
    case 30: // SYSTEM_VERSION
        if (!config)
            break;
        {
            pb::GetSystemVersionReply m;
            m.set_version(dev.systemVersionString().toStdString());
            r.reply = encode(m);
        }
        return r;
    case 31: { // NCP_FIRMWARE_VERSION: Wi-Fi platforms with an NCP (Argon, Tracker) only
        if (!config)
            break;
        const bool hasNcp = !dev.platform().slotsFor(ModuleFunction::NcpFirmware, 0, 33).isEmpty()
                            || !dev.platform().slotsFor(ModuleFunction::NcpFirmware, 1, 33).isEmpty();
        if (!hasNcp || !dev.platform().connectivity.contains(QLatin1String("wifi"))) {
            r.result = NotSupported;
            return r;
        }
        std::optional<VirtualModuleInfo> ncp;
        for (const VirtualModuleInfo &m : dev.modules()) {
            if (m.function == ModuleFunction::NcpFirmware && m.present)
                ncp = m;
        }
        if (!ncp) {
            r.result = Unknown; // the NCP did not answer its version
            return r;
        }
        pb::GetNcpFirmwareVersionReply m;
        m.set_version(QString::number(ncp->version).toStdString());
        m.set_module_version(ncp->version);
        r.reply = encode(m);
        return r;
    }
    case 32: // GET_SYSTEM_CAPABILITIES: no flags set (config.cpp getSystemCapabilities)
        if (!config)
            break;
        r.reply = encode(pb::GetSystemCapabilitiesReply());
        return r;
    case 40: // RESET
    case 41: // FACTORY_RESET (the model keeps no user data to clear)
        r.resetAfter = DeviceMode::Normal;
        return r;
    case 50: // DFU_MODE
        r.resetAfter = DeviceMode::Dfu;
        return r;
    case 60: // SAFE_MODE: System.enterSafeMode() resets; what runs after it is the boot model's
        r.resetAfter = DeviceMode::Normal;
        return r;
    case 70: // START_LISTENING (already listening: OK)
        dev.startListening();
        return r;
    case 71:
        dev.stopListening();
        return r;
    case 72: { // GET_DEVICE_MODE: NORMAL or LISTENING, nothing else
        if (!config)
            break;
        pb::GetDeviceModeReply m;
        m.set_mode(dev.mode() == DeviceMode::Listening ? 1 : 0);
        r.reply = encode(m);
        return r;
    }
    case 73: // SET_DEVICE_SETUP_DONE
        if (!config)
            break;
        return r;
    case 74: { // IS_DEVICE_SETUP_DONE: the model's devices have been set up
        if (!config)
            break;
        pb::IsDeviceSetupDoneReply m;
        m.set_done(true);
        r.reply = encode(m);
        return r;
    }
    case 76: { // GET_PROTECTED_STATE
        if (!t.protection)
            break;
        pb::GetProtectedStateReply m;
        m.set_state(dev.deviceProtected());
        m.set_overridden(false);
        r.reply = encode(m);
        return r;
    }
    case 90: // GET_MODULE_INFO
        switch (t.moduleInfo) {
        case MI::Json:
            r.reply = systemModuleInfoJson(dev); // "{" system_module_info "}", as `s` prints it
            break;
        case MI::DeprecatedProtobuf: r.reply = moduleInfoProtobuf(dev, ModuleInfoProtobuf::Deprecated); break;
        case MI::FirmwareModuleProtobuf: r.reply = moduleInfoProtobuf(dev, ModuleInfoProtobuf::FirmwareModule); break;
        }
        return r;
    case 91: // GET_ASSET_INFO: no assets on the model's devices
        if (!t.assetInfo)
            break;
        return r;
    case 200: // SET_CLAIM_CODE
        return r;
    case 201: { // IS_CLAIMED
        pb::IsClaimedReply m;
        m.set_claimed(false);
        r.reply = encode(m);
        return r;
    }
    case 250:
    case 251:
    case 252:
    case 253:
        return firmwareUpdate(type, payload);
    default:
        break;
    }
    // Not handled by this version's system: forwarded to the application, which (Tinker) has no
    // handler, so SYSTEM_ERROR_NOT_SUPPORTED.
    r.result = NotSupported;
    return r;
}

ControlRequestOutcome ControlRequestHandler::firmwareUpdate(quint16 type, const QByteArray &payload)
{
    VirtualDevice &dev = *m_device;
    ControlRequestOutcome r;
    std::unique_lock lock(m_mutex);
    switch (type) {
    case 250: { // START: cancels any transfer first (storage.cpp startFirmwareUpdateRequest)
        pb::StartFirmwareUpdateRequest req;
        if (!req.ParseFromArray(payload.constData(), int(payload.size()))) {
            r.result = BadData;
            return r;
        }
        if (m_updating)
            dev.cancelFirmwareUpdate();
        m_updating = false;
        // Only BIN: 5.x refuses MINIZ with -120. (2.x to 4.x take MINIZ on platforms with compressed
        // binaries; the model has no decompressor, so it answers as 5.x does on every version.)
        if (req.format() != 0) {
            r.result = NotSupported;
            return r;
        }
        lock.unlock();
        auto begun = dev.beginFirmwareUpdate(req.size());
        lock.lock();
        if (!begun) {
            r.result = updateResult(begun.error());
            return r;
        }
        m_updating = true;
        m_updateSize = req.size();
        m_received = 0;
        pb::StartFirmwareUpdateReply reply;
        reply.set_chunk_size(1024);
        r.reply = encode(reply);
        return r;
    }
    case 253: { // DATA: any size up to what is left; 0 bytes or more than left: -290 and cancelled
        pb::FirmwareUpdateDataRequest req;
        if (!req.ParseFromArray(payload.constData(), int(payload.size()))) {
            r.result = BadData;
            return r;
        }
        if (!m_updating) {
            r.result = InvalidState;
            return r;
        }
        const QByteArray data = QByteArray::fromStdString(req.data());
        if (data.isEmpty() || quint64(m_received) + quint64(data.size()) > m_updateSize) {
            m_updating = false;
            lock.unlock();
            dev.cancelFirmwareUpdate();
            r.result = OutOfRange;
            return r;
        }
        const quint32 offset = m_received;
        lock.unlock();
        auto written = dev.writeFirmwareUpdate(offset, data);
        lock.lock();
        if (!written) {
            r.result = updateResult(written.error());
            return r;
        }
        m_received += quint32(data.size());
        return r;
    }
    case 251: { // FINISH: all bytes first (-210); validate_only ends the transfer too
        pb::FinishFirmwareUpdateRequest req;
        if (!req.ParseFromArray(payload.constData(), int(payload.size()))) {
            r.result = BadData;
            return r;
        }
        if (!m_updating || m_received < m_updateSize) {
            r.result = InvalidState;
            return r;
        }
        m_updating = false;
        lock.unlock();
        auto finished = dev.finishFirmwareUpdate(req.validate_only());
        if (!finished) {
            r.result = updateResult(finished.error());
            return r;
        }
        if (!req.validate_only())
            r.resetAfter = DeviceMode::Normal; // validates, replies, then applies and resets
        return r;
    }
    case 252: // CANCEL
        m_updating = false;
        lock.unlock();
        dev.cancelFirmwareUpdate();
        return r;
    default:
        r.result = NotSupported;
        return r;
    }
}

} // namespace dr::sim
