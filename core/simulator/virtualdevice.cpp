// The virtual Particle device model: identity, memories with flash semantics, the OTA transfer, timing
// and faults. See virtualdevice.h for what it models and why; the module scan, resets and boot are in
// virtualdeviceboot.cpp, Device OS's verdicts on modules in modulevalidation.cpp.
#include "simulator/virtualdevice.h"

#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "simulator/modulevalidation.h"
#include "simulator/virtualdevicestate.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <mutex>
#include <thread>

namespace dr::sim {

using namespace std::chrono;

QString deviceModeName(DeviceMode mode)
{
    switch (mode) {
    case DeviceMode::Normal: return QStringLiteral("normal");
    case DeviceMode::Listening: return QStringLiteral("listening");
    case DeviceMode::Dfu: return QStringLiteral("dfu");
    }
    return QStringLiteral("unknown");
}

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Stall: return QStringLiteral("stall");
    case FaultKind::Timeout: return QStringLiteral("timeout");
    case FaultKind::Unplug: return QStringLiteral("unplug");
    case FaultKind::Reset: return QStringLiteral("reset");
    case FaultKind::BusyBurst: return QStringLiteral("busy-burst");
    case FaultKind::PendingBurst: return QStringLiteral("pending-burst");
    case FaultKind::DfuErrorStatus: return QStringLiteral("dfu-error-status");
    case FaultKind::EraseError: return QStringLiteral("erase-error");
    case FaultKind::WriteError: return QStringLiteral("write-error");
    case FaultKind::VerifyError: return QStringLiteral("verify-error");
    case FaultKind::GarbledBytes: return QStringLiteral("garbled-bytes");
    case FaultKind::Silence: return QStringLiteral("silence");
    case FaultKind::NakStorm: return QStringLiteral("nak-storm");
    case FaultKind::CancelTransfer: return QStringLiteral("cancel-transfer");
    case FaultKind::DamagedBlock: return QStringLiteral("damaged-block");
    }
    return QStringLiteral("unknown");
}

TimingModel TimingModel::forMcu(const QString &mcu)
{
    // Typical data-sheet figures; they only shape benchmarks and demo mode.
    TimingModel t;
    t.usbBytesPerSecond = 800'000; // DfuSe over full-speed control transfers, payload only
    if (mcu == QLatin1String("stm32f2xx") || mcu == QLatin1String("stm32f1xx")) {
        // STM32F205 at 3.3 V, x32 parallelism: 16 KB sector ~250 ms, 128 KB sector ~1 s (~7.8 ms/KiB);
        // word program ~16 us -> ~4 ms/KiB.
        t.eraseBase = milliseconds(20);
        t.eraseMicrosPerKiB = 7800;
        t.programMicrosPerKiB = 4000;
        t.resetTime = milliseconds(600);
    } else if (mcu == QLatin1String("rtl872x")) {
        // External QSPI NOR: 4 KB sector erase ~45 ms, 256 B page program ~0.7 ms.
        t.eraseBase = milliseconds(0);
        t.eraseMicrosPerKiB = 11250;
        t.programMicrosPerKiB = 2800;
        t.resetTime = milliseconds(900);
    } else {
        // nRF52840: 4 KB page erase 85 ms max, word write 41 us -> ~10.5 ms/KiB.
        t.eraseBase = milliseconds(0);
        t.eraseMicrosPerKiB = 21250;
        t.programMicrosPerKiB = 10500;
        t.resetTime = milliseconds(700);
    }
    return t;
}

namespace {

QString generateDeviceId(int platformId)
{
    // Real IDs are 12 bytes; start like many Particle IDs ("e00fce68") and fill the rest at random.
    QString id = QStringLiteral("e00fce68");
    id += QStringLiteral("%1").arg(platformId & 0xFF, 2, 16, QLatin1Char('0'));
    while (id.size() < 24)
        id += QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(16), 1, 16);
    return id.left(24);
}

} // namespace

VirtualDevice::VirtualDevice(const Platform &platform, const VirtualDeviceConfig &config)
    : d(std::make_unique<State>())
{
    d->platform = platform;
    d->config = config;
    d->deviceId = config.deviceId.isEmpty() ? generateDeviceId(platform.id) : config.deviceId.toLower();
    d->mode = config.mode;
    d->timing = config.timing.value_or(TimingModel::forMcu(platform.mcu));
    d->timingEnabled = config.timingEnabled;
    d->realTiming = config.realTiming;
    d->layoutVersion = config.deviceOs;
}

VirtualDevice::~VirtualDevice() = default;

Result<std::shared_ptr<VirtualDevice>> VirtualDevice::create(const VirtualDeviceConfig &config)
{
    const Platform *platform = PlatformDatabase::builtin().byId(config.platformId);
    if (!platform)
        return makeError(QStringLiteral("sim.unknown-platform"),
                         QStringLiteral("The virtual device cannot be a platform %1: the platform database does not "
                                        "know it.").arg(config.platformId),
                         QStringLiteral("Choose a platform listed by the platform database."));
    if (platform->dfuAlts.isEmpty())
        return makeError(QStringLiteral("sim.no-dfu"),
                         QStringLiteral("The virtual device cannot be a %1: the platform has no DFU memories.")
                             .arg(platform->displayName),
                         QStringLiteral("Choose a platform with DFU support."));
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-fA-F]{24}$"));
    if (!config.deviceId.isEmpty() && !idPattern.match(config.deviceId).hasMatch())
        return makeError(QStringLiteral("sim.bad-device-id"),
                         QStringLiteral("The device ID \"%1\" is not 24 hexadecimal characters.").arg(config.deviceId),
                         QStringLiteral("Give a 24-character hexadecimal device ID, or none to get a random one."));

    std::shared_ptr<VirtualDevice> device(new VirtualDevice(*platform, config));
    for (const DfuAltSetting &alt : platform->dfuAlts) {
        auto layout = DfuseMemoryLayout::parse(alt.layout);
        if (!layout)
            return layout.error();
        if (layout->totalSize() == 0 || layout->totalSize() > 64u * 1024 * 1024)
            return makeError(QStringLiteral("sim.bad-layout"),
                             QStringLiteral("The DFU alt %1 of %2 has a memory of %3 bytes, which the virtual device "
                                            "cannot hold.").arg(alt.alt).arg(platform->displayName).arg(layout->totalSize()),
                             QStringLiteral("Fix the layout string in resources/platforms.json."));
        Memory m;
        m.info.alt = alt.alt;
        m.info.name = alt.name;
        m.info.layoutString = alt.layout;
        m.info.layout = *layout;
        m.info.addressBias = alt.addressBias;
        m.isDct = alt.alt == platform->dctAlt;
        m.info.sectorEraseIsNoOp = m.isDct;
        m.data = QByteArray(qsizetype(layout->totalSize()), char(0xFF));
        device->d->memories.append(std::move(m));
    }
    return device;
}

const Platform &VirtualDevice::platform() const
{
    return d->platform; // immutable after construction
}

QString VirtualDevice::deviceId() const
{
    return d->deviceId; // immutable after construction
}

DeviceMode VirtualDevice::mode() const
{
    std::lock_guard lock(d->mutex);
    return d->mode;
}

quint16 VirtualDevice::usbVendorId() const
{
    return d->platform.usbVendorId;
}

quint16 VirtualDevice::usbProductId() const
{
    std::lock_guard lock(d->mutex);
    return d->mode == DeviceMode::Dfu ? d->platform.dfuProductId : d->platform.cdcProductId;
}

bool VirtualDevice::isAttached() const
{
    std::lock_guard lock(d->mutex);
    return d->attached && !d->hardFault;
}

bool VirtualDevice::hardFaulted() const
{
    std::lock_guard lock(d->mutex);
    return d->hardFault;
}

QList<VirtualMemoryInfo> VirtualDevice::memories() const
{
    QList<VirtualMemoryInfo> out;
    for (const Memory &m : d->memories) // the list itself never changes after create()
        out.append(m.info);
    return out;
}

std::optional<VirtualMemoryInfo> VirtualDevice::memory(int alt) const
{
    const Memory *m = d->memoryFor(alt);
    return m ? std::optional(m->info) : std::nullopt;
}

Result<QByteArray> VirtualDevice::read(int alt, quint32 address, quint32 length) const
{
    std::lock_guard lock(d->mutex);
    const Memory *m = d->memoryFor(alt);
    if (!m || !m->contains(address, length))
        return makeError(QStringLiteral("sim.address"), QStringLiteral("Read outside the memory of alt %1.").arg(alt));
    if (length && !m->info.layout.isReadable(address, length))
        return makeError(QStringLiteral("sim.not-readable"),
                         QStringLiteral("The memory at 0x%1 is not readable.").arg(address, 8, 16, QLatin1Char('0')));
    return m->data.mid(m->offsetOf(address), length);
}

QByteArray VirtualDevice::peek(int alt, quint32 address, quint32 length) const
{
    std::lock_guard lock(d->mutex);
    const Memory *m = d->memoryFor(alt);
    if (!m || !m->contains(address, length))
        return {};
    return m->data.mid(m->offsetOf(address), length);
}

MemoryStatus VirtualDevice::eraseSector(int alt, quint32 address, SectorRules rules)
{
    microseconds busy{0};
    bool unplugNow = false;
    MemoryStatus status = MemoryStatus::Ok;
    {
        std::lock_guard lock(d->mutex);
        Memory *m = d->memoryFor(alt);
        if (!d->attached)
            return MemoryStatus::Unplugged;
        if (!m || !m->contains(address, 1))
            return MemoryStatus::Address;
        if (m->isDct)
            return MemoryStatus::Ok; // DCT_If_Erase / DctMal::erase: nothing to do (reference 1.4)
        const auto sector = m->info.layout.sectorAt(address);
        if (!sector || (rules == SectorRules::Enforce && !sector->properties.erasable))
            return MemoryStatus::NotErasable;
        if (d->take(FaultKind::EraseError))
            return MemoryStatus::Erase;
        if (d->take(FaultKind::Unplug)) {
            d->attached = false;
            unplugNow = true;
            status = MemoryStatus::Unplugged;
        } else {
            std::fill_n(m->data.begin() + m->offsetOf(sector->address), sector->size, char(0xFF));
            busy = d->eraseTime(sector->size);
            d->account.erase += busy;
            d->account.bytesErased += sector->size;
            d->account.eraseOperations++;
            d->scanDirty = true;
        }
    }
    if (unplugNow)
        Q_EMIT unplugged();
    else if (d->timingEnabled && busy.count() > 0)
        std::this_thread::sleep_for(busy);
    return status;
}

MemoryStatus VirtualDevice::program(int alt, quint32 address, const QByteArray &data, SectorRules rules)
{
    microseconds busy{0};
    bool unplugNow = false;
    MemoryStatus status = MemoryStatus::Ok;
    {
        std::lock_guard lock(d->mutex);
        Memory *m = d->memoryFor(alt);
        auto record = [&](MemoryStatus s) {
            d->writeLog.append(WriteRecord{alt, address, quint32(data.size()), s});
            return s;
        };
        if (!d->attached)
            return record(MemoryStatus::Unplugged);
        if (!m || !m->contains(address, quint32(data.size())))
            return record(MemoryStatus::Address);
        if (rules == SectorRules::Enforce && !data.isEmpty() && !m->info.layout.isWritable(address, quint32(data.size())))
            return record(MemoryStatus::NotWritable);
        if (d->take(FaultKind::WriteError))
            return record(MemoryStatus::Write);

        // Unplug at byte N: the bytes before the trigger land in flash, then the device is gone.
        qsizetype writable = data.size();
        for (const ArmedFault &af : d->faults) {
            if (af.fault.kind == FaultKind::Unplug && af.fault.count != 0
                && af.fault.afterBytes < d->bytesWritten + quint64(data.size()))
                writable = std::min<qsizetype>(writable, qsizetype(std::max<qint64>(0, qint64(af.fault.afterBytes) - qint64(d->bytesWritten))));
        }
        char *dst = m->data.data() + m->offsetOf(address);
        bool mismatch = false;
        for (qsizetype i = 0; i < writable; ++i) {
            // The DCT is a virtual view written through dct_write_app_data: it rewrites, no AND.
            const char v = m->isDct ? data[i] : char(dst[i] & data[i]);
            dst[i] = v;
            mismatch |= v != data[i];
        }
        d->bytesWritten += quint64(writable);
        busy = d->programTime(quint32(writable));
        d->account.program += busy;
        d->account.bytesProgrammed += quint64(writable);
        d->account.programOperations++;
        d->scanDirty = true;
        if (writable < data.size()) {
            d->take(FaultKind::Unplug);
            d->attached = false;
            unplugNow = true;
            status = record(MemoryStatus::Unplugged);
        } else if (d->take(FaultKind::VerifyError)) {
            // The cell did not take the value: one bit stays wrong. A bootloader that reads back
            // (Gen 2) reports it; one that does not (Gen 3) leaves it for the host to find.
            if (writable > 0)
                dst[0] = char(dst[0] ^ 0x01);
            status = record(MemoryStatus::Verify);
        } else if (mismatch) {
            status = record(MemoryStatus::Verify);
        } else {
            status = record(MemoryStatus::Ok);
        }
    }
    if (unplugNow)
        Q_EMIT unplugged();
    else if (d->timingEnabled && busy.count() > 0)
        std::this_thread::sleep_for(busy);
    return status;
}

Result<void> VirtualDevice::load(int alt, quint32 address, const QByteArray &data)
{
    {
        std::lock_guard lock(d->mutex);
        Memory *m = d->memoryFor(alt);
        if (!m || !m->contains(address, quint32(data.size())))
            return makeError(QStringLiteral("sim.address"),
                             QStringLiteral("%1 bytes at 0x%2 do not fit in the memory of alt %3.")
                                 .arg(data.size()).arg(address, 8, 16, QLatin1Char('0')).arg(alt));
        std::copy(data.begin(), data.end(), m->data.begin() + m->offsetOf(address));
        d->scanDirty = true;
    }
    Q_EMIT modulesChanged();
    return {};
}

Result<void> VirtualDevice::loadModule(const FirmwareModule &module)
{
    if (module.platformId != d->platform.id)
        return makeError(QStringLiteral("sim.wrong-platform"),
                         QStringLiteral("%1 is for platform %2, not for this %3.")
                             .arg(module.sourceName).arg(module.platformId).arg(d->platform.displayName));
    if (!module.hasBytes())
        return makeError(QStringLiteral("sim.no-bytes"),
                         QStringLiteral("%1 is only the description of a module, without its bytes: load the "
                                        "BundleModule (it reads them).")
                             .arg(module.sourceName));
    return load(0, module.startAddress, module.flashImage());
}

Result<void> VirtualDevice::loadModule(const BundleModule &module)
{
    auto read = module.readModule();
    if (!read.ok())
        return read.error();
    return loadModule(*read);
}

// ---- firmware update into the OTA region --------------------------------------------------------

namespace {

Error updateError(const QString &code, const QString &message, const QString &remedy = {})
{
    return makeError(QStringLiteral("sim.update-") + code, message, remedy);
}

} // namespace

Result<void> VirtualDevice::beginFirmwareUpdate(quint32 size)
{
    const SemVer layout = deviceOsLayoutVersion();
    microseconds busy{0};
    {
        std::lock_guard lock(d->mutex);
        if (!d->attached)
            return updateError(QStringLiteral("unplugged"), QStringLiteral("The device is unplugged."));
        if (d->mode == DeviceMode::Dfu)
            return updateError(QStringLiteral("invalid-state"),
                               QStringLiteral("A firmware update needs the device in normal or listening mode."));
        const OtaRegion *ota = d->platform.otaRegionFor(layout);
        if (!ota)
            return updateError(QStringLiteral("no-ota"), QStringLiteral("This platform has no OTA region."));
        if (size == 0 || size > ota->size)
            return updateError(QStringLiteral("too-large"),
                               QStringLiteral("An update of %1 bytes does not fit the %2-byte OTA region.")
                                   .arg(size).arg(ota->size));
        Memory *m = d->memoryFor(ota->alt);
        if (!m || !m->contains(ota->address, size))
            return updateError(QStringLiteral("no-ota"), QStringLiteral("The OTA region lies outside the memories."));
        const auto sectors = m->info.layout.sectorsCovering(ota->address, size);
        if (!sectors)
            return updateError(QStringLiteral("no-ota"), QStringLiteral("The OTA region lies outside the layout."));
        for (const DfuseSector &s : *sectors) {
            std::fill_n(m->data.begin() + m->offsetOf(s.address), s.size, char(0xFF));
            busy += d->eraseTime(s.size);
            d->account.bytesErased += s.size;
            d->account.eraseOperations++;
        }
        d->account.erase += busy;
        d->updateActive = true;
        d->updateSize = size;
        d->updateLayout = layout;
        d->updatePending.reset();
    }
    if (d->timingEnabled && busy.count() > 0)
        std::this_thread::sleep_for(busy);
    return {};
}

Result<void> VirtualDevice::writeFirmwareUpdate(quint32 offset, const QByteArray &data)
{
    int alt = 0;
    quint32 address = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->updateActive)
            return updateError(QStringLiteral("invalid-state"), QStringLiteral("No firmware update was started."));
        if (quint64(offset) + quint64(data.size()) > d->updateSize)
            return updateError(QStringLiteral("too-large"),
                               QStringLiteral("The update data runs past the announced size of %1 bytes.").arg(d->updateSize));
        const OtaRegion *ota = d->platform.otaRegionFor(d->updateLayout);
        alt = ota->alt;
        address = ota->address + offset;
    }
    // The OTA region is plain flash: program it like DFU does (faults, timing, unplug).
    const MemoryStatus s = program(alt, address, data);
    if (s == MemoryStatus::Unplugged)
        return updateError(QStringLiteral("unplugged"), QStringLiteral("The device was unplugged during the update."));
    if (s != MemoryStatus::Ok)
        return updateError(QStringLiteral("flash"), QStringLiteral("Writing the OTA region failed."));
    return {};
}

Result<void> VirtualDevice::finishFirmwareUpdate(bool validateOnly)
{
    const SemVer layout = deviceOsLayoutVersion();
    const QList<VirtualModuleInfo> installed = modules();
    QByteArray image;
    {
        std::lock_guard lock(d->mutex);
        if (!d->updateActive)
            return updateError(QStringLiteral("invalid-state"), QStringLiteral("No firmware update was started."));
        const OtaRegion *ota = d->platform.otaRegionFor(layout);
        const Memory *m = d->memoryFor(ota->alt);
        image = m->data.mid(m->offsetOf(ota->address), d->updateSize);
    }
    auto module = validateOtaModule(d->platform, image, layout, installed, SemVer::parse(systemVersionString()));
    std::lock_guard lock(d->mutex);
    if (!module) {
        d->updateActive = false;
        return module.error();
    }
    // validate_only ends the transfer as an apply does (storage.cpp: `goto done`, then
    // cancelFirmwareUpdate()): a later FINISH finds no update (reference row 3).
    d->updateActive = false;
    if (!validateOnly)
        d->updatePending = *module;
    return {};
}

void VirtualDevice::cancelFirmwareUpdate()
{
    std::lock_guard lock(d->mutex);
    d->updateActive = false;
}

bool VirtualDevice::firmwareUpdatePending() const
{
    std::lock_guard lock(d->mutex);
    return d->updatePending.has_value();
}

void VirtualDevice::startListening()
{
    {
        std::lock_guard lock(d->mutex);
        if (d->mode == DeviceMode::Dfu || d->mode == DeviceMode::Listening)
            return;
        d->mode = DeviceMode::Listening;
    }
    Q_EMIT modeChanged(DeviceMode::Listening);
}

void VirtualDevice::stopListening()
{
    {
        std::lock_guard lock(d->mutex);
        if (d->mode != DeviceMode::Listening)
            return;
        d->mode = DeviceMode::Normal;
    }
    Q_EMIT modeChanged(DeviceMode::Normal);
}

void VirtualDevice::unplug()
{
    {
        std::lock_guard lock(d->mutex);
        if (!d->attached)
            return;
        d->attached = false;
    }
    Q_EMIT unplugged();
}

void VirtualDevice::replug(DeviceMode into)
{
    {
        std::lock_guard lock(d->mutex);
        d->attached = true;
        d->faults.removeIf([](const ArmedFault &f) { return f.fault.kind == FaultKind::Unplug; });
        d->updateActive = false;
    }
    resetDevice(into);
}

// ---- timing -------------------------------------------------------------------------------------

void VirtualDevice::setTimingEnabled(bool enabled)
{
    std::lock_guard lock(d->mutex);
    d->timingEnabled = enabled;
}

bool VirtualDevice::timingEnabled() const
{
    std::lock_guard lock(d->mutex);
    return d->timingEnabled;
}

void VirtualDevice::setRealTiming(bool enabled)
{
    std::lock_guard lock(d->mutex);
    d->realTiming = enabled;
}

bool VirtualDevice::realTiming() const
{
    std::lock_guard lock(d->mutex);
    return d->realTiming;
}

bool realTimingFromEnvironment()
{
    return qEnvironmentVariableIntValue("DR_SIM_REAL_TIMING") == 1;
}

TimingModel VirtualDevice::timingModel() const
{
    return d->timing;
}

void VirtualDevice::accountTransfer(quint64 bytes)
{
    microseconds busy{0};
    {
        std::lock_guard lock(d->mutex);
        busy = microseconds(qint64(double(bytes) * 1e6 / d->timing.usbBytesPerSecond));
        d->account.transfer += busy;
        d->account.bytesTransferred += bytes;
    }
    if (d->timingEnabled && busy.count() > 0)
        std::this_thread::sleep_for(busy);
}

ModelTimeAccount VirtualDevice::timeAccount() const
{
    std::lock_guard lock(d->mutex);
    return d->account;
}

void VirtualDevice::resetTimeAccount()
{
    std::lock_guard lock(d->mutex);
    d->account = {};
}

// ---- faults -------------------------------------------------------------------------------------

void VirtualDevice::injectFault(const Fault &fault)
{
    std::lock_guard lock(d->mutex);
    d->faults.append(ArmedFault{fault});
}

void VirtualDevice::clearFaults()
{
    std::lock_guard lock(d->mutex);
    d->faults.clear();
}

std::optional<Fault> VirtualDevice::takeFault(FaultKind kind)
{
    bool unplugNow = false;
    std::optional<Fault> f;
    {
        std::lock_guard lock(d->mutex);
        f = d->take(kind);
        if (f && kind == FaultKind::Unplug && d->attached) {
            d->attached = false;
            unplugNow = true;
        }
    }
    if (unplugNow)
        Q_EMIT unplugged();
    return f;
}

bool VirtualDevice::faultActive(FaultKind kind) const
{
    std::lock_guard lock(d->mutex);
    for (const ArmedFault &af : d->faults) {
        if (af.fault.kind == kind && af.fault.count != 0 && d->bytesWritten >= af.fault.afterBytes)
            return true;
    }
    return false;
}

quint64 VirtualDevice::bytesWritten() const
{
    std::lock_guard lock(d->mutex);
    return d->bytesWritten;
}

QList<VirtualDevice::WriteRecord> VirtualDevice::writeLog() const
{
    std::lock_guard lock(d->mutex);
    return d->writeLog;
}

QList<VirtualDevice::AppliedUpdate> VirtualDevice::appliedUpdates() const
{
    std::lock_guard lock(d->mutex);
    return d->appliedUpdates;
}

void VirtualDevice::clearWriteLog()
{
    std::lock_guard lock(d->mutex);
    d->writeLog.clear();
}

} // namespace dr::sim
