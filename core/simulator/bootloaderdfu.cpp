// The DFU bootloader of the virtual device (see bootloaderdfu.h). Sources: Device OS
// bootloader/src/nRF52840/usbd_dfu.cpp, usbd_dfu_mal.{h,cpp}, usbd_device.cpp (v1.4.4 to v6.2.0),
// bootloader/src/rtl872x/, and for Gen 2 platform/MCU/STM32F2xx/STM32_USB_Device_Driver/src/
// usbd_dfu_core.c and usbd_dfu_mal.c (v2.3.1); reference device-os-behaviour.md section 4.
#include "simulator/bootloaderdfu.h"

#include "usb/dfuclient.h"

#include <QRegularExpression>
#include <QtEndian>

namespace dr::sim {

namespace {

constexpr quint16 kTransferSize = 4096; // wTransferSize of every Particle bootloader (reference 5.1)

// Module versions of bootloaders, [from, until).
struct VersionRange
{
    int from = 0;
    int until = 1 << 30;
    bool contains(int v) const { return v >= from && v < until; }
};

struct FamilyRow
{
    const char *mcu;
    BootloaderFamily family;
    bool failureStallsGetStatus;
    bool verifiesWrites;
    SectorRules sectorRules;
    quint32 protectedBelow;
    bool clearStatusOutsideErrorStalls;
    bool abortInOtherStatesIgnored;
    bool abortAllowedInManifestSync;
    bool manifestReportsDnloadIdle;
    quint16 bcdDevice;
    quint8 iConfiguration;
};

// One row per MCU family: how its bootloader signals errors and which rules it enforces.
constexpr FamilyRow kFamilies[] = {
    {"stm32f2xx", BootloaderFamily::Stm32f2xx, true, true, SectorRules::Enforce, 0x08020000, false, true, false, true,
     0x0250, 2},
    {"nrf52840", BootloaderFamily::Nrf52840, false, false, SectorRules::RangeOnly, 0, true, false, true, false, 0x0251,
     4},
    {"rtl872x", BootloaderFamily::Rtl872x, false, false, SectorRules::RangeOnly, 0, true, false, true, false, 0x0252,
     4},
};

// Facts that changed with the bootloader's version (Gen 3 and rtl872x bootloaders share them).
// "DCD Flash" until commit fe942aa6 (September 2022): bootloader 1101 of 4.0.0 still says DCD (4.0.1
// shipped the same module version with DCT; the model takes the first), 5.0.0's 2000 says DCD.
constexpr VersionRange kDcdName[] = {{0, 1102}, {2000, 2001}};
// Tracker and B5 SoM external flash described as 8 KB sectors: bootloaders of 1.5.0 to 2.1.0 and
// 3.0.0 (501..1005); 2.2.0's 1006 and 3.1.0's 1100 say 2048*004Kg again.
constexpr VersionRange kExternalFlash8K{501, 1006};
constexpr const char *kExternalFlash8KPlatforms[] = {"tracker", "b5som"};
constexpr VersionRange kProtection{3000};     // 6.0.0: errVENDOR, the _PROT layout strings
constexpr VersionRange kEnterSafeMode{3001};  // 6.1.1: GET_COMMANDS adds 0xFA
constexpr VersionRange kClearOverride{3100};  // 6.2.0: adds 0xFB and the 0xFA string descriptor

enum class OpKind { None, SetAddress, Erase, Data, EnterSafeMode, ClearOverride, MassErase, ReadUnprotect, Unknown };

QByteArray statusBytes(DfuStatus status, DfuState state)
{
    const char b[] = {char(status), 0, 0, 0, char(state), 0};
    return QByteArray(b, 6);
}

bool failed(MemoryStatus s, const BootloaderTraits &t)
{
    if (s == MemoryStatus::Verify)
        return t.verifiesWrites; // Gen 3 never reads back: the AND-ed bytes stay as they are
    return s != MemoryStatus::Ok;
}

} // namespace

BootloaderTraits BootloaderTraits::of(const Platform &platform, std::optional<int> bootloaderVersion)
{
    BootloaderTraits t;
    const FamilyRow *row = &kFamilies[1];
    for (const FamilyRow &f : kFamilies) {
        if (platform.mcu == QLatin1String(f.mcu))
            row = &f;
    }
    t.family = row->family;
    t.failureStallsGetStatus = row->failureStallsGetStatus;
    t.verifiesWrites = row->verifiesWrites;
    t.sectorRules = row->sectorRules;
    t.protectedBelow = row->protectedBelow;
    t.clearStatusOutsideErrorStalls = row->clearStatusOutsideErrorStalls;
    t.abortInOtherStatesIgnored = row->abortInOtherStatesIgnored;
    t.abortAllowedInManifestSync = row->abortAllowedInManifestSync;
    t.manifestReportsDnloadIdle = row->manifestReportsDnloadIdle;
    t.bcdDevice = row->bcdDevice;
    t.iConfiguration = row->iConfiguration;
    t.commands = QByteArray("\x00\x21\x41", 3);
    if (t.family == BootloaderFamily::Stm32f2xx || !bootloaderVersion)
        return t;

    const int v = *bootloaderVersion;
    for (const VersionRange &r : kDcdName) {
        if (r.contains(v))
            t.dctName = QStringLiteral("DCD Flash");
    }
    for (const char *name : kExternalFlash8KPlatforms) {
        if (platform.name == QLatin1String(name) && kExternalFlash8K.contains(v))
            t.externalFlashSegments = QStringLiteral("1024*008Kg");
    }
    t.knowsProtection = kProtection.contains(v);
    if (kEnterSafeMode.contains(v))
        t.commands.append(char(0xFA));
    if (kClearOverride.contains(v)) {
        t.commands.append(char(0xFB));
        t.reportsProtectionString = true;
    }
    return t;
}

struct BootloaderDfu::State
{
    std::mutex mutex;
    int alt = 0;
    DfuState state = DfuState::dfuIDLE;
    DfuStatus status = DfuStatus::OK;
    quint32 addressPointer = 0;
    OpKind op = OpKind::None;
    quint32 opAddress = 0;
    QByteArray opData;
    DfuStatus opOutcome = DfuStatus::OK;
    bool manifesting = false;

    void reset()
    {
        state = DfuState::dfuIDLE;
        status = DfuStatus::OK;
        addressPointer = 0;
        op = OpKind::None;
        manifesting = false;
    }
    void error(DfuStatus s)
    {
        state = DfuState::dfuERROR;
        status = s;
    }
};

BootloaderDfu::BootloaderDfu(std::shared_ptr<VirtualDevice> device)
    : m_device(std::move(device)), d(std::make_unique<State>())
{
}

BootloaderDfu::~BootloaderDfu() = default;

BootloaderTraits BootloaderDfu::traits() const
{
    return BootloaderTraits::of(m_device->platform(), m_device->bootloaderVersion());
}

std::optional<QString> BootloaderDfu::altString(int alt) const
{
    const auto memory = m_device->memory(alt);
    if (!memory)
        return std::nullopt;
    const BootloaderTraits t = traits();
    QString text = memory->layoutString;
    if (alt == m_device->platform().dctAlt)
        text.replace(QLatin1String("DCT Flash"), t.dctName);
    if (!t.externalFlashSegments.isEmpty() && memory->name == QLatin1String("External Flash"))
        text = text.left(text.lastIndexOf(QLatin1Char('/')) + 1) + t.externalFlashSegments;
    if (t.knowsProtection && m_device->deviceProtected()) {
        // INTERNAL_FLASH_IF_STRING_PROT and friends: every sector erasable only.
        static const QRegularExpression property(QStringLiteral("(\\d+\\*\\d+\\s?[KMB ])[a-g]"));
        text.replace(property, QStringLiteral("\\1b"));
    }
    return text;
}

std::optional<QString> BootloaderDfu::deviceStateString() const
{
    if (!traits().reportsProtectionString)
        return std::nullopt;
    return m_device->deviceProtected() ? QStringLiteral("sm=p") : QStringLiteral("sm=o");
}

bool BootloaderDfu::selectAlt(int alt)
{
    if (!m_device->memory(alt))
        return false;
    std::lock_guard lock(d->mutex);
    d->alt = alt;
    return true;
}

void BootloaderDfu::busReset()
{
    std::lock_guard lock(d->mutex);
    d->reset();
    d->alt = 0;
}

UsbControlReply BootloaderDfu::handle(const UsbSetup &setup, quint16 wLength, const QByteArray &out,
                                      std::optional<DeviceMode> &resetInto)
{
    VirtualDevice &dev = *m_device;
    const BootloaderTraits t = traits();
    const bool protectedNow = t.knowsProtection && dev.deviceProtected();
    const bool in = setup.bmRequestType & 0x80;
    std::unique_lock lock(d->mutex);
    State &s = *d;
    // A request the state does not allow: Gen 3 setError(errUNKNOWN) with a stall.
    auto refuse = [&](DfuStatus status = DfuStatus::errUNKNOWN) {
        s.error(t.family == BootloaderFamily::Stm32f2xx ? DfuStatus::errSTALLEDPKT : status);
        return UsbControlReply::stall();
    };

    switch (DfuRequest(setup.bRequest)) {
    case DfuRequest::DNLOAD: {
        if (in || (s.state != DfuState::dfuIDLE && s.state != DfuState::dfuDNLOAD_IDLE))
            return refuse();
        if (wLength == 0) {
            s.state = DfuState::dfuMANIFEST_SYNC;
            return UsbControlReply::ok();
        }
        if (setup.wValue == 1)
            return refuse(DfuStatus::errSTALLEDPKT);
        if (setup.wValue == 0) {
            const QByteArray cmd = out.left(wLength);
            const quint8 code = quint8(cmd.at(0));
            const bool listed = t.commands.contains(char(code));
            s.opAddress = cmd.size() == 5 ? qFromLittleEndian<quint32>(cmd.constData() + 1) : 0;
            if (code == quint8(DfuseCommand::SET_ADDRESS_POINTER) && cmd.size() == 5)
                s.op = OpKind::SetAddress;
            else if (code == quint8(DfuseCommand::ERASE) && cmd.size() == 5)
                s.op = OpKind::Erase;
            else if (code == quint8(DfuseCommand::ERASE) && cmd.size() == 1)
                s.op = OpKind::MassErase;
            else if (code == 0xFA && listed && cmd.size() == 1)
                s.op = OpKind::EnterSafeMode;
            else if (code == 0xFB && listed && cmd.size() == 1)
                s.op = OpKind::ClearOverride;
            else if (code == quint8(DfuseCommand::READ_UNPROTECT))
                s.op = OpKind::ReadUnprotect;
            else
                s.op = OpKind::Unknown;
        } else {
            s.op = OpKind::Data;
            s.opAddress = s.addressPointer + quint32(setup.wValue - 2) * kTransferSize;
            s.opData = out.left(wLength);
        }
        s.state = DfuState::dfuDNLOAD_SYNC;
        return UsbControlReply::ok();
    }

    case DfuRequest::GETSTATUS: {
        if (!in)
            return UsbControlReply::stall();
        if (s.state == DfuState::dfuDNLOAD_SYNC && s.op == OpKind::None) {
            // Gen 2 after a failure (the stalled GETSTATUS before): the block is done as far as it knows.
            s.state = DfuState::dfuDNLOAD_IDLE;
            return UsbControlReply::ok(statusBytes(s.status, s.state));
        }
        if (s.state == DfuState::dfuDNLOAD_SYNC) {
            const OpKind op = std::exchange(s.op, OpKind::None);
            if (protectedNow && op != OpKind::EnterSafeMode && op != OpKind::ClearOverride) {
                // usbd_dfu.cpp handleDfuGetStatus: "Device is in protected mode", no stall.
                s.error(DfuStatus::errVENDOR);
                return UsbControlReply::ok(statusBytes(s.status, s.state));
            }
            // The bootloader erases/programs after the GETSTATUS that reports dfuDNBUSY.
            const quint32 address = s.opAddress;
            const QByteArray data = s.opData;
            const int alt = s.alt;
            const bool guarded = alt == 0 && address < t.protectedBelow;
            lock.unlock();
            MemoryStatus ms = MemoryStatus::Ok;
            DfuStatus outcome = DfuStatus::OK;
            // An injected status (FaultKind::DfuErrorStatus): the block is not written and the status
            // is reported as it is, on every family.
            std::optional<Fault> injected;
            if (op == OpKind::Data || op == OpKind::Erase)
                injected = dev.takeFault(FaultKind::DfuErrorStatus);
            if (injected) {
                lock.lock();
                s.opOutcome = DfuStatus(quint8(injected->code ? injected->code : int(DfuStatus::errUNKNOWN)));
                s.state = DfuState::dfuDNBUSY;
                return UsbControlReply::ok(statusBytes(DfuStatus::OK, DfuState::dfuDNBUSY));
            }
            switch (op) {
            case OpKind::Erase:
                ms = guarded ? MemoryStatus::NotErasable : dev.eraseSector(alt, address, t.sectorRules);
                break;
            case OpKind::Data:
                dev.accountTransfer(quint64(data.size()));
                ms = guarded ? MemoryStatus::NotWritable : dev.program(alt, address, data, t.sectorRules);
                break;
            case OpKind::MassErase: outcome = DfuStatus::errTARGET; break;
            case OpKind::ReadUnprotect: outcome = DfuStatus::errUNKNOWN; break;
            case OpKind::Unknown: outcome = DfuStatus::errSTALLEDPKT; break;
            case OpKind::EnterSafeMode:
            case OpKind::ClearOverride:
            case OpKind::SetAddress:
            case OpKind::None: break;
            }
            lock.lock();
            if (ms == MemoryStatus::Unplugged)
                return UsbControlReply::gone();
            if (failed(ms, t))
                outcome = DfuStatus::errUNKNOWN; // every MAL failure (Gen 3); Gen 2 stalls below
            if (t.family == BootloaderFamily::Stm32f2xx) {
                // Gen 2 erase also moves the address pointer (usbd_dfu_core.c EP0_TxSent).
                if (op == OpKind::SetAddress || (op == OpKind::Erase && outcome == DfuStatus::OK))
                    s.addressPointer = address;
                if (outcome != DfuStatus::OK) {
                    // USBD_CtlError: the status stage of this GETSTATUS stalls; state and status stay.
                    return UsbControlReply::stall();
                }
                s.opOutcome = DfuStatus::OK;
            } else {
                if (op == OpKind::SetAddress)
                    s.addressPointer = address;
                s.opOutcome = outcome;
            }
            s.state = op == OpKind::EnterSafeMode ? DfuState::dfuMANIFEST_SYNC : DfuState::dfuDNBUSY;
            return UsbControlReply::ok(statusBytes(DfuStatus::OK, DfuState::dfuDNBUSY));
        }
        if (s.state == DfuState::dfuDNBUSY) {
            if (s.opOutcome == DfuStatus::OK)
                s.state = DfuState::dfuDNLOAD_IDLE;
            else
                s.error(s.opOutcome);
            return UsbControlReply::ok(statusBytes(s.status, s.state));
        }
        if (s.state == DfuState::dfuMANIFEST_SYNC || s.manifesting) {
            // Gen 2 reports dfuDNLOAD_IDLE while manifesting, Gen 3 dfuMANIFEST; either way the
            // device then resets into Device OS (0xFA asks Device OS for safe mode: the model's boot
            // decides what it runs).
            if (!s.manifesting)
                resetInto = DeviceMode::Normal;
            s.manifesting = true;
            s.state = DfuState::dfuMANIFEST;
            return UsbControlReply::ok(statusBytes(
                DfuStatus::OK, t.manifestReportsDnloadIdle ? DfuState::dfuDNLOAD_IDLE : DfuState::dfuMANIFEST));
        }
        return UsbControlReply::ok(statusBytes(s.status, s.state));
    }

    case DfuRequest::CLRSTATUS:
        if (in)
            return UsbControlReply::stall();
        if (s.state == DfuState::dfuERROR) {
            s.state = DfuState::dfuIDLE;
            s.status = DfuStatus::OK;
            return UsbControlReply::ok();
        }
        // Outside dfuERROR both bootloaders go *into* dfuERROR (particle-usb relies on it); Gen 3
        // also stalls the request.
        s.error(DfuStatus::errUNKNOWN);
        return t.clearStatusOutsideErrorStalls ? UsbControlReply::stall() : UsbControlReply::ok();

    case DfuRequest::GETSTATE:
        if (!in)
            return UsbControlReply::stall();
        return UsbControlReply::ok(QByteArray(1, char(s.state)).left(wLength));

    case DfuRequest::ABORT: {
        if (in)
            return UsbControlReply::stall();
        const bool allowed = s.state == DfuState::dfuIDLE || s.state == DfuState::dfuDNLOAD_IDLE
                             || s.state == DfuState::dfuUPLOAD_IDLE || s.state == DfuState::dfuDNLOAD_SYNC
                             || (t.abortAllowedInManifestSync && s.state == DfuState::dfuMANIFEST_SYNC);
        if (allowed) {
            s.state = DfuState::dfuIDLE;
            s.status = DfuStatus::OK;
            s.op = OpKind::None;
            return UsbControlReply::ok();
        }
        if (t.abortInOtherStatesIgnored)
            return UsbControlReply::ok();
        return refuse();
    }

    case DfuRequest::UPLOAD: {
        if (!in || (s.state != DfuState::dfuIDLE && s.state != DfuState::dfuUPLOAD_IDLE))
            return refuse();
        if (setup.wValue == 0) {
            s.state = DfuState::dfuIDLE; // GET_COMMANDS leaves the device idle
            return UsbControlReply::ok(t.commands.left(wLength));
        }
        if (setup.wValue == 1)
            return refuse(); // Gen 3 handleDfuUpload: errUNKNOWN (Gen 2: errSTALLEDPKT)
        if (protectedNow) {
            s.error(DfuStatus::errVENDOR); // a zero-length reply, no stall
            return UsbControlReply::ok();
        }
        const quint32 address = s.addressPointer + quint32(setup.wValue - 2) * kTransferSize;
        const int alt = s.alt;
        lock.unlock();
        auto bytes = dev.read(alt, address, wLength);
        if (bytes)
            dev.accountTransfer(quint64(bytes->size()));
        lock.lock();
        if (!bytes) {
            if (t.family == BootloaderFamily::Stm32f2xx) {
                // MAL_Read of an invalid address returns a zero-filled buffer, without an error.
                s.state = DfuState::dfuUPLOAD_IDLE;
                return UsbControlReply::ok(QByteArray(wLength, '\0'));
            }
            return refuse();
        }
        s.state = DfuState::dfuUPLOAD_IDLE;
        return UsbControlReply::ok(*bytes);
    }

    case DfuRequest::DETACH: {
        if (in)
            return UsbControlReply::stall();
        const bool allowed = s.state == DfuState::dfuIDLE || s.state == DfuState::dfuDNLOAD_SYNC
                             || s.state == DfuState::dfuDNLOAD_IDLE || s.state == DfuState::dfuMANIFEST_SYNC
                             || s.state == DfuState::dfuUPLOAD_IDLE;
        if (!allowed)
            return refuse();
        // handleDfuDetach / DFU_Req_DETACH: dfuIDLE, then detach() + attach(): the bootloader keeps
        // running and re-enumerates with the DFU PID.
        s.state = DfuState::dfuIDLE;
        resetInto = DeviceMode::Dfu;
        return UsbControlReply::ok();
    }
    }
    return UsbControlReply::stall();
}

} // namespace dr::sim
