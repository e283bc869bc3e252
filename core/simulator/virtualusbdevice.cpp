// The USB face of the virtual device (see virtualusbdevice.h). DfuSe behaviour follows the Particle
// bootloaders as the reference describes them (sections 5.1-5.3); control requests follow Device OS
// (section 4).
#include "simulator/virtualusbdevice.h"

#include "simulator/consolebehaviour.h"
#include "simulator/modulevalidation.h"

#include "usb/controlrequest.h"
#include "usb/dfuclient.h"
#include "usb/particlecontrol.pb.h"
#include "usb/usberror.h"

#include <QMap>
#include <QtEndian>

namespace dr::sim {

namespace {

constexpr quint16 kBcdDevice = 0x0250;
constexpr quint16 kTransferSize = 4096; // wTransferSize of every Particle bootloader (reference 5.1)
constexpr quint8 kStrManufacturer = 1, kStrProduct = 2, kStrSerial = 3, kStrFirstAlt = 4;
constexpr quint8 kStrControlInterface = 4;

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}

enum class OpKind { None, SetAddress, Erase, Data, BadCommand };

struct PendingRequest
{
    quint16 type = 0;
    quint32 size = 0;
    QByteArray payload;
    bool processed = false;
    int pendingChecksLeft = 0;
    qint32 result = 0;
    QByteArray reply;
    qsizetype recvOffset = 0;
    std::optional<DeviceMode> resetAfter;
    bool listeningAfter = false;
};

} // namespace

struct VirtualUsbDevice::State
{
    std::mutex mutex;
    ResetHandler resetHandler;
    quint64 transfers = 0;

    // DfuSe
    int alt = 0;
    DfuState state = DfuState::dfuIDLE;
    DfuStatus status = DfuStatus::OK;
    quint32 addressPointer = 0;
    OpKind op = OpKind::None;
    quint32 opAddress = 0;
    QByteArray opData;
    DfuStatus opOutcome = DfuStatus::OK;
    bool manifesting = false;

    // control requests
    QMap<quint16, PendingRequest> requests;
    quint16 nextId = 1;
    int pendingChecks = 0;
    quint32 updateOffset = 0;

    void resetDfu()
    {
        state = DfuState::dfuIDLE;
        status = DfuStatus::OK;
        addressPointer = 0;
        op = OpKind::None;
        manifesting = false;
    }
};

VirtualUsbDevice::VirtualUsbDevice(std::shared_ptr<VirtualDevice> device)
    : m_device(std::move(device)), d(std::make_unique<State>())
{
}

VirtualUsbDevice::~VirtualUsbDevice() = default;

void VirtualUsbDevice::setResetHandler(ResetHandler handler)
{
    std::lock_guard lock(d->mutex);
    d->resetHandler = std::move(handler);
}

void VirtualUsbDevice::busReset()
{
    std::lock_guard lock(d->mutex);
    d->resetDfu();
    d->alt = 0;
    d->requests.clear();
}

void VirtualUsbDevice::setPendingChecks(int count)
{
    std::lock_guard lock(d->mutex);
    d->pendingChecks = count;
}

quint64 VirtualUsbDevice::controlTransferCount() const
{
    std::lock_guard lock(d->mutex);
    return d->transfers;
}

QByteArray VirtualUsbDevice::deviceDescriptor() const
{
    const bool dfu = m_device->mode() == DeviceMode::Dfu;
    QByteArray b;
    b.append(char(18));
    b.append(char(1));
    put16(b, 0x0200);
    if (dfu) {
        b.append(char(0)).append(char(0)).append(char(0));
    } else {
        b.append(char(0xEF)).append(char(0x02)).append(char(0x01)); // composite with IAD
    }
    b.append(char(64));
    put16(b, m_device->usbVendorId());
    put16(b, m_device->usbProductId());
    put16(b, kBcdDevice);
    b.append(char(kStrManufacturer)).append(char(kStrProduct)).append(char(kStrSerial));
    b.append(char(1));
    return b;
}

QByteArray VirtualUsbDevice::configDescriptor() const
{
    QByteArray body;
    int interfaces = 0;
    if (m_device->mode() == DeviceMode::Dfu) {
        interfaces = 1;
        for (const VirtualMemoryInfo &m : m_device->memories()) {
            const char itf[] = {9, 4, 0, char(m.alt), 0, char(0xFE), 1, 2, char(kStrFirstAlt + m.alt)};
            body.append(itf, sizeof itf);
        }
        // DFU functional: CanDnload | CanUpload | WillDetach (0x0B), detach 255 ms, wTransferSize, DfuSe 1.1a
        const char fn[] = {9, 0x21, 0x0B, char(0xFF), 0, char(kTransferSize & 0xFF), char(kTransferSize >> 8), 0x1A, 0x01};
        body.append(fn, sizeof fn);
    } else {
        interfaces = 3;
        const char cdc[] = {
            8, 0x0B, 0, 2, 2, 2, 1, 0,                         // IAD: interfaces 0-1, CDC ACM
            9, 4, 0, 0, 1, 2, 2, 1, 0,                         // interface 0: CDC communication
            5, 0x24, 0x00, 0x10, 0x01,                         // CDC header 1.10
            5, 0x24, 0x01, 0x00, 0x01,                         // call management
            4, 0x24, 0x02, 0x02,                               // ACM
            5, 0x24, 0x06, 0x00, 0x01,                         // union: 0 master, 1 slave
            7, 5, char(0x81), 3, 8, 0, char(0xFF),             // interrupt IN
            9, 4, 1, 0, 2, 0x0A, 0, 0, 0,                      // interface 1: CDC data
            7, 5, 0x02, 2, 64, 0, 0,                           // bulk OUT
            7, 5, char(0x82), 2, 64, 0, 0,                     // bulk IN
            9, 4, 2, 0, 0, char(0xFF), char(0xFF), char(0xFF), char(kStrControlInterface), // vendor: control requests
        };
        body.append(cdc, sizeof cdc);
    }
    QByteArray b;
    b.append(char(9));
    b.append(char(2));
    put16(b, quint16(9 + body.size()));
    b.append(char(interfaces)).append(char(1)).append(char(0)).append(char(0xC0)).append(char(50));
    return b + body;
}

std::optional<QString> VirtualUsbDevice::string(quint8 index) const
{
    const bool dfu = m_device->mode() == DeviceMode::Dfu;
    const Platform &p = m_device->platform();
    switch (index) {
    case kStrManufacturer: return QStringLiteral("Particle");
    case kStrProduct: return dfu ? p.displayName + QStringLiteral(" DFU Mode") : p.displayName;
    case kStrSerial: return usbSerialNumber(*m_device); // not always the ID on old Gen 2 (row 6)
    default: break;
    }
    if (dfu) {
        if (const auto m = m_device->memory(index - kStrFirstAlt); m && index >= kStrFirstAlt)
            return m->layoutString;
    } else if (index == kStrControlInterface) {
        return QStringLiteral("Particle Control Interface");
    }
    return std::nullopt;
}

std::optional<QByteArray> VirtualUsbDevice::stringDescriptor(quint8 index) const
{
    QByteArray b;
    if (index == 0) {
        b.append(char(4)).append(char(3));
        put16(b, 0x0409);
        return b;
    }
    const auto s = string(index);
    if (!s)
        return std::nullopt;
    const QString text = s->left(126);
    b.append(char(2 + 2 * text.size())).append(char(3));
    for (QChar c : text)
        put16(b, c.unicode());
    return b;
}

bool VirtualUsbDevice::setInterface(int interface, int alt)
{
    if (m_device->mode() != DeviceMode::Dfu)
        return interface >= 0 && interface <= 2 && alt == 0;
    if (interface != 0 || !m_device->memory(alt))
        return false;
    std::lock_guard lock(d->mutex);
    d->alt = alt;
    d->resetDfu();
    return true;
}

namespace {

DfuStatus toDfuStatus(MemoryStatus s)
{
    switch (s) {
    case MemoryStatus::Ok: return DfuStatus::OK;
    case MemoryStatus::Address: return DfuStatus::errADDRESS;
    case MemoryStatus::NotWritable: return DfuStatus::errTARGET;
    case MemoryStatus::NotErasable: return DfuStatus::errTARGET;
    case MemoryStatus::Write: return DfuStatus::errWRITE;
    case MemoryStatus::Verify: return DfuStatus::errVERIFY;
    case MemoryStatus::Erase: return DfuStatus::errERASE;
    case MemoryStatus::Unplugged: return DfuStatus::errUNKNOWN;
    }
    return DfuStatus::errUNKNOWN;
}

QByteArray statusBytes(DfuStatus status, DfuState state)
{
    const char b[] = {char(status), 0, 0, 0, char(state), 0};
    return QByteArray(b, 6);
}

quint32 le32(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint32 legacyType(ModuleFunction f)
{
    switch (f) {
    case ModuleFunction::Bootloader: return 1;
    case ModuleFunction::SystemPart: return 2;
    case ModuleFunction::UserPart: return 3;
    case ModuleFunction::MonoFirmware: return 4;
    case ModuleFunction::NcpFirmware: return 5;
    case ModuleFunction::RadioStack: return 6;
    default: return 0;
    }
}

QByteArray moduleInfoReply(const VirtualDevice &device)
{
    const auto version = SemVer::parse(device.systemVersionString());
    const bool newFormat = version && *version >= SemVer(5, 6, 0);
    pb::GetModuleInfoReply reply;
    for (const VirtualModuleInfo &m : device.modules()) {
        if (!m.present)
            continue;
        QList<ModuleDependency> deps;
        for (const ModuleDependency &dep : {m.dependency, m.dependency2}) {
            if (!dep.isNone())
                deps.append(dep);
        }
        if (newFormat) {
            pb::FirmwareModule *f = reply.add_modules();
            f->set_type(quint32(m.function));
            f->set_index(m.index);
            f->set_version(m.version);
            f->set_store(quint32(m.store));
            f->set_max_size(m.maxSize);
            f->set_checked_flags(m.validityChecked);
            f->set_passed_flags(m.validityResult);
            f->set_hash(m.sha256.constData(), size_t(m.sha256.size()));
            f->set_size(m.size);
            for (const ModuleDependency &dep : deps) {
                pb::FirmwareModuleDependency *pd = f->add_dependencies();
                pd->set_type(dep.functionCode);
                pd->set_index(dep.index);
                pd->set_version(dep.version);
            }
        } else {
            pb::GetModuleInfoReply::Module *f = reply.add_modules_deprecated();
            f->set_type(legacyType(m.function));
            f->set_index(m.index);
            f->set_version(m.version);
            f->set_size(m.size);
            quint32 validity = 0;
            if (!(m.validityResult & ValidityIntegrity))
                validity |= 0x01;
            if (!(m.validityResult & ValidityDependencies))
                validity |= 0x02;
            f->set_validity(validity);
            for (const ModuleDependency &dep : deps) {
                auto *pd = f->add_dependencies();
                pd->set_type(legacyType(dep.function()));
                pd->set_index(dep.index);
                pd->set_version(dep.version);
            }
        }
    }
    return QByteArray::fromStdString(reply.SerializeAsString());
}

// Device OS's handling of one control request (reference 4.2), against the model.
PendingRequest processRequest(VirtualDevice &dev, quint32 &updateOffset, quint16 type, const QByteArray &payload)
{
    PendingRequest r;
    auto encode = [](const auto &message) { return QByteArray::fromStdString(message.SerializeAsString()); };
    const int notSupported = -120, invalidState = -210, badData = -280;
    switch (ControlRequestType(type)) {
    case ControlRequestType::DeviceId: {
        pb::GetDeviceIdReply m;
        m.set_id(dev.deviceId().toStdString());
        r.reply = encode(m);
        break;
    }
    case ControlRequestType::SystemVersion: {
        pb::GetSystemVersionReply m;
        m.set_version(dev.systemVersionString().toStdString());
        r.reply = encode(m);
        break;
    }
    case ControlRequestType::Reset:
        r.resetAfter = DeviceMode::Normal;
        break;
    case ControlRequestType::DfuMode:
        r.resetAfter = DeviceMode::Dfu;
        break;
    case ControlRequestType::StartListening:
        dev.startListening();
        break;
    case ControlRequestType::StopListening:
        dev.stopListening();
        break;
    case ControlRequestType::GetDeviceMode: {
        pb::GetDeviceModeReply m;
        m.set_mode(dev.mode() == DeviceMode::Listening ? 1 : 0);
        r.reply = encode(m);
        break;
    }
    case ControlRequestType::GetModuleInfo:
        r.reply = moduleInfoReply(dev);
        break;
    case ControlRequestType::StartFirmwareUpdate: {
        pb::StartFirmwareUpdateRequest req;
        if (!req.ParseFromArray(payload.constData(), int(payload.size())) || req.format() != 0) {
            r.result = badData;
            break;
        }
        if (!dev.beginFirmwareUpdate(req.size())) {
            r.result = invalidState;
            break;
        }
        updateOffset = 0;
        pb::StartFirmwareUpdateReply m;
        m.set_chunk_size(1024); // control/storage.cpp
        r.reply = encode(m);
        break;
    }
    case ControlRequestType::FirmwareUpdateData: {
        pb::FirmwareUpdateDataRequest req;
        if (!req.ParseFromArray(payload.constData(), int(payload.size())) || req.data().size() > 1024) {
            r.result = badData;
            break;
        }
        const QByteArray data = QByteArray::fromStdString(req.data());
        if (!dev.writeFirmwareUpdate(updateOffset, data)) {
            r.result = invalidState;
            break;
        }
        updateOffset += quint32(data.size());
        break;
    }
    case ControlRequestType::FinishFirmwareUpdate: {
        pb::FinishFirmwareUpdateRequest req;
        if (!req.ParseFromArray(payload.constData(), int(payload.size()))) {
            r.result = badData;
            break;
        }
        if (auto finished = dev.finishFirmwareUpdate(req.validate_only()); !finished) {
            const int refusal = otaSystemError(finished.error()); // -1330, -1340, ... (modulevalidation.h)
            r.result = refusal ? refusal : badData;
            break;
        }
        if (!req.validate_only())
            r.resetAfter = DeviceMode::Normal; // validates, replies, then applies and resets
        break;
    }
    case ControlRequestType::CancelFirmwareUpdate:
        dev.cancelFirmwareUpdate();
        break;
    default:
        r.result = notSupported;
        break;
    }
    return r;
}

} // namespace

UsbControlReply VirtualUsbDevice::control(const UsbSetup &setup, quint16 wLength, const QByteArray &out)
{
    VirtualDevice &dev = *m_device;
    if (!dev.isAttached())
        return UsbControlReply::gone();
    if (dev.faultActive(FaultKind::Timeout))
        return UsbControlReply::none();
    if (dev.takeFault(FaultKind::Stall))
        return UsbControlReply::stall();

    // Device OS answers vendor control requests only from controlRequestsSince on (Gen2 0.8.0, Gen3
    // 0.9.0; reference 7.3): older releases stall them, which is why their restore goes over serial.
    bool vendorUnsupported = false;
    if ((setup.bmRequestType & 0x60) == 0x40 && dev.mode() != DeviceMode::Dfu) {
        const Platform &p = dev.platform();
        const auto running = SemVer::parse(dev.systemVersionString());
        vendorUnsupported = !p.controlRequestsSupported
                            || (p.controlRequestsSince && running && *running < *p.controlRequestsSince);
    }

    std::optional<DeviceMode> resetInto;
    UsbControlReply reply = UsbControlReply::stall();
    {
        std::unique_lock lock(d->mutex);
        d->transfers++;
        const bool in = setup.bmRequestType & 0x80;
        const quint8 type = setup.bmRequestType & 0x60;
        const bool dfuMode = dev.mode() == DeviceMode::Dfu;
        const Platform &platform = dev.platform();

        if (type == 0x00) { // standard
            if (in && setup.bRequest == 6) { // GET_DESCRIPTOR
                const quint8 dt = quint8(setup.wValue >> 8);
                std::optional<QByteArray> desc;
                lock.unlock();
                if (dt == 1)
                    desc = deviceDescriptor();
                else if (dt == 2)
                    desc = configDescriptor();
                else if (dt == 3)
                    desc = stringDescriptor(quint8(setup.wValue & 0xFF));
                lock.lock();
                reply = desc ? UsbControlReply::ok(desc->left(wLength)) : UsbControlReply::stall();
            } else if (in && setup.bRequest == 0) { // GET_STATUS
                reply = UsbControlReply::ok(QByteArray(2, '\0').left(wLength));
            } else if (in && setup.bRequest == 8) { // GET_CONFIGURATION
                reply = UsbControlReply::ok(QByteArray(1, '\1').left(wLength));
            }
        } else if (type == 0x20 && dfuMode && (setup.wIndex & 0xFF) == 0) { // DFU class, interface 0
            State &s = *d;
            const auto gen2Manifest = platform.generation == 2;
            switch (DfuRequest(setup.bRequest)) {
            case DfuRequest::DNLOAD: {
                if (in || (s.state != DfuState::dfuIDLE && s.state != DfuState::dfuDNLOAD_IDLE)) {
                    s.state = DfuState::dfuERROR;
                    s.status = DfuStatus::errSTALLEDPKT;
                    break; // stall
                }
                if (wLength == 0) {
                    s.state = DfuState::dfuMANIFEST_SYNC;
                } else if (setup.wValue == 0) {
                    const QByteArray cmd = out.left(wLength);
                    if (cmd.size() == 5 && quint8(cmd[0]) == quint8(DfuseCommand::SET_ADDRESS_POINTER)) {
                        s.op = OpKind::SetAddress;
                        s.opAddress = le32(cmd, 1);
                    } else if (cmd.size() == 5 && quint8(cmd[0]) == quint8(DfuseCommand::ERASE)) {
                        s.op = OpKind::Erase;
                        s.opAddress = le32(cmd, 1);
                    } else {
                        s.op = OpKind::BadCommand; // mass erase, read unprotect, unknown: errTARGET
                    }
                    s.state = DfuState::dfuDNLOAD_SYNC;
                } else if (setup.wValue == 1) {
                    s.state = DfuState::dfuERROR;
                    s.status = DfuStatus::errSTALLEDPKT;
                    break;
                } else {
                    s.op = OpKind::Data;
                    s.opAddress = s.addressPointer + quint32(setup.wValue - 2) * kTransferSize;
                    s.opData = out.left(wLength);
                    s.state = DfuState::dfuDNLOAD_SYNC;
                }
                reply = UsbControlReply::ok();
                break;
            }
            case DfuRequest::GETSTATUS: {
                if (!in)
                    break;
                if (s.state == DfuState::dfuDNLOAD_SYNC) {
                    // The bootloader erases/programs after the GETSTATUS that reports dfuDNBUSY.
                    const OpKind op = s.op;
                    const quint32 address = s.opAddress;
                    const QByteArray data = s.opData;
                    const int alt = s.alt;
                    lock.unlock();
                    DfuStatus outcome = DfuStatus::OK;
                    bool gone = false;
                    switch (op) {
                    case OpKind::SetAddress: break;
                    case OpKind::Erase: {
                        const MemoryStatus ms = dev.eraseSector(alt, address);
                        gone = ms == MemoryStatus::Unplugged;
                        outcome = toDfuStatus(ms);
                        break;
                    }
                    case OpKind::Data: {
                        dev.accountTransfer(quint64(data.size()));
                        const MemoryStatus ms = dev.program(alt, address, data);
                        gone = ms == MemoryStatus::Unplugged;
                        outcome = toDfuStatus(ms);
                        break;
                    }
                    case OpKind::BadCommand: outcome = DfuStatus::errTARGET; break;
                    case OpKind::None: break;
                    }
                    lock.lock();
                    if (gone) {
                        reply = UsbControlReply::gone();
                        break;
                    }
                    if (op == OpKind::SetAddress)
                        s.addressPointer = address;
                    s.op = OpKind::None;
                    s.opOutcome = outcome;
                    s.state = DfuState::dfuDNBUSY;
                    reply = UsbControlReply::ok(statusBytes(DfuStatus::OK, DfuState::dfuDNBUSY));
                } else if (s.state == DfuState::dfuDNBUSY) {
                    if (s.opOutcome == DfuStatus::OK) {
                        s.state = DfuState::dfuDNLOAD_IDLE;
                    } else {
                        s.state = DfuState::dfuERROR;
                        s.status = s.opOutcome;
                    }
                    reply = UsbControlReply::ok(statusBytes(s.status, s.state));
                } else if (s.state == DfuState::dfuMANIFEST_SYNC || s.manifesting) {
                    // Gen 2 reports dfuDNLOAD_IDLE while manifesting (usbd_dfu_core.c), Gen 3 dfuMANIFEST;
                    // either way the device then resets into Device OS.
                    if (!s.manifesting)
                        resetInto = DeviceMode::Normal;
                    s.manifesting = true;
                    s.state = DfuState::dfuMANIFEST;
                    reply = UsbControlReply::ok(statusBytes(DfuStatus::OK, gen2Manifest ? DfuState::dfuDNLOAD_IDLE
                                                                                       : DfuState::dfuMANIFEST));
                } else {
                    reply = UsbControlReply::ok(statusBytes(s.status, s.state));
                }
                break;
            }
            case DfuRequest::CLRSTATUS:
                if (in)
                    break;
                s.state = DfuState::dfuIDLE;
                s.status = DfuStatus::OK;
                reply = UsbControlReply::ok();
                break;
            case DfuRequest::GETSTATE:
                if (in)
                    reply = UsbControlReply::ok(QByteArray(1, char(s.state)).left(wLength));
                break;
            case DfuRequest::ABORT:
                if (in)
                    break;
                if (s.state == DfuState::dfuIDLE || s.state == DfuState::dfuDNLOAD_IDLE
                    || s.state == DfuState::dfuUPLOAD_IDLE || s.state == DfuState::dfuDNLOAD_SYNC) {
                    s.state = DfuState::dfuIDLE;
                    s.op = OpKind::None;
                    reply = UsbControlReply::ok();
                } else {
                    s.state = DfuState::dfuERROR;
                    s.status = DfuStatus::errSTALLEDPKT;
                }
                break;
            case DfuRequest::UPLOAD: {
                if (!in || (s.state != DfuState::dfuIDLE && s.state != DfuState::dfuUPLOAD_IDLE)) {
                    s.state = DfuState::dfuERROR;
                    s.status = DfuStatus::errSTALLEDPKT;
                    break;
                }
                if (setup.wValue == 0) {
                    const char cmds[] = {char(DfuseCommand::GET_COMMANDS), char(DfuseCommand::SET_ADDRESS_POINTER),
                                         char(DfuseCommand::ERASE)};
                    reply = UsbControlReply::ok(QByteArray(cmds, 3).left(wLength));
                    s.state = DfuState::dfuUPLOAD_IDLE;
                    break;
                }
                if (setup.wValue == 1) {
                    s.state = DfuState::dfuERROR;
                    s.status = DfuStatus::errSTALLEDPKT;
                    break;
                }
                const quint32 address = s.addressPointer + quint32(setup.wValue - 2) * kTransferSize;
                const int alt = s.alt;
                lock.unlock();
                auto bytes = dev.read(alt, address, wLength);
                if (bytes)
                    dev.accountTransfer(quint64(bytes->size()));
                lock.lock();
                if (!bytes) {
                    s.state = DfuState::dfuERROR;
                    s.status = DfuStatus::errTARGET;
                    break;
                }
                s.state = DfuState::dfuUPLOAD_IDLE;
                reply = UsbControlReply::ok(*bytes);
                break;
            }
            case DfuRequest::DETACH:
                if (in)
                    break;
                resetInto = DeviceMode::Normal;
                reply = UsbControlReply::ok();
                break;
            }
        } else if (type == 0x40 && !dfuMode) { // vendor: Device OS control requests
            if (vendorUnsupported) {
                reply = UsbControlReply::stall();
            } else if (!in && wLength == 0 && platform.controlOutTransfersRequireDataStage) {
                // rtl872x: an OUT request without a data stage never completes (reference 1.1).
                reply = UsbControlReply::none();
            } else if (setup.bRequest == controlframing::kRawRequest) {
                if (in && setup.wIndex == controlframing::kRawDeviceId)
                    reply = UsbControlReply::ok(dev.deviceId().toLatin1().left(wLength));
                else if (in && setup.wIndex == controlframing::kRawSystemVersion) {
                    lock.unlock();
                    const QByteArray v = dev.systemVersionString().toLatin1();
                    lock.lock();
                    reply = UsbControlReply::ok(v.left(wLength));
                } else if (!in && setup.wIndex == controlframing::kRawReset) {
                    resetInto = DeviceMode::Normal;
                    reply = UsbControlReply::ok();
                }
            } else {
                using namespace controlframing;
                State &s = *d;
                switch (setup.bRequest) {
                case Init: {
                    if (!in)
                        break;
                    ServiceReply r;
                    if (s.requests.size() >= kMaxActiveRequests) {
                        r.status = Busy;
                    } else {
                        const quint16 id = s.nextId++;
                        if (s.nextId == 0)
                            s.nextId = 1;
                        PendingRequest p;
                        p.type = setup.wIndex;
                        p.size = setup.wValue;
                        p.pendingChecksLeft = s.pendingChecks;
                        s.requests.insert(id, p);
                        r.status = Ok;
                        r.id = id;
                    }
                    reply = UsbControlReply::ok(encodeReply(r).left(wLength));
                    break;
                }
                case Send: {
                    if (in)
                        break;
                    auto it = s.requests.find(setup.wIndex);
                    if (it == s.requests.end() || quint32(it->payload.size()) + wLength > it->size)
                        break; // stall
                    it->payload.append(out.left(wLength));
                    reply = UsbControlReply::ok();
                    break;
                }
                case Check: {
                    if (!in)
                        break;
                    ServiceReply r;
                    auto it = s.requests.find(setup.wIndex);
                    if (it == s.requests.end()) {
                        r.status = NotFound;
                    } else if (quint32(it->payload.size()) < it->size) {
                        r.status = Pending;
                    } else if (!it->processed && it->pendingChecksLeft > 0) {
                        it->pendingChecksLeft--;
                        r.status = Pending;
                    } else {
                        if (!it->processed) {
                            const quint16 reqType = it->type;
                            const QByteArray payload = it->payload;
                            lock.unlock();
                            PendingRequest done = processRequest(dev, s.updateOffset, reqType, payload);
                            lock.lock();
                            it = s.requests.find(setup.wIndex);
                            if (it == s.requests.end()) {
                                r.status = NotFound;
                                reply = UsbControlReply::ok(encodeReply(r).left(wLength));
                                break;
                            }
                            it->processed = true;
                            it->result = done.result;
                            it->reply = done.reply;
                            it->resetAfter = done.resetAfter;
                        }
                        r.status = Ok;
                        r.size = quint32(it->reply.size());
                        r.result = it->result;
                        if (it->resetAfter)
                            resetInto = it->resetAfter;
                        if (it->reply.isEmpty())
                            s.requests.erase(it);
                    }
                    reply = UsbControlReply::ok(encodeReply(r).left(wLength));
                    break;
                }
                case Recv: {
                    if (!in)
                        break;
                    auto it = s.requests.find(setup.wIndex);
                    if (it == s.requests.end() || !it->processed)
                        break; // stall
                    const QByteArray chunk = it->reply.mid(it->recvOffset, wLength);
                    it->recvOffset += chunk.size();
                    if (it->recvOffset >= it->reply.size())
                        s.requests.erase(it);
                    reply = UsbControlReply::ok(chunk);
                    break;
                }
                case Reset: {
                    if (!in)
                        break;
                    if (setup.wIndex == 0)
                        s.requests.clear();
                    else
                        s.requests.remove(setup.wIndex);
                    ServiceReply r;
                    reply = UsbControlReply::ok(encodeReply(r).left(wLength));
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    // A device that vanished while handling the request (unplug at byte N) never answers it.
    if (!dev.isAttached())
        return UsbControlReply::gone();
    if (resetInto && reply.kind == UsbControlReply::Kind::Data) {
        ResetHandler handler;
        {
            std::lock_guard lock(d->mutex);
            handler = d->resetHandler;
        }
        if (handler)
            handler(*resetInto);
    }
    return reply;
}

} // namespace dr::sim
