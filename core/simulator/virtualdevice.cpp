// The virtual Particle device model. See virtualdevice.h for what it models and why.
#include "simulator/virtualdevice.h"

#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "version/deviceosversions.h"

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
    case FaultKind::EraseError: return QStringLiteral("erase-error");
    case FaultKind::WriteError: return QStringLiteral("write-error");
    case FaultKind::VerifyError: return QStringLiteral("verify-error");
    case FaultKind::GarbledBytes: return QStringLiteral("garbled-bytes");
    case FaultKind::Silence: return QStringLiteral("silence");
    case FaultKind::NakStorm: return QStringLiteral("nak-storm");
    case FaultKind::CancelTransfer: return QStringLiteral("cancel-transfer");
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

struct Memory
{
    VirtualMemoryInfo info;
    QByteArray data; // totalSize bytes, from info.layout.startAddress()
    bool isDct = false;

    bool contains(quint32 address, quint32 length) const
    {
        const quint64 start = info.layout.startAddress();
        return address >= start && quint64(address) + length <= start + quint64(data.size());
    }
    qsizetype offsetOf(quint32 address) const { return qsizetype(address - info.layout.startAddress()); }
};

struct ArmedFault
{
    Fault fault;
};

} // namespace

struct VirtualDevice::State
{
    mutable std::mutex mutex;
    Platform platform;
    VirtualDeviceConfig config;
    QString deviceId;
    DeviceMode mode = DeviceMode::Normal;
    bool attached = true;
    bool hardFault = false; // Device OS crashes at every start (see hardFaulted())
    QList<Memory> memories;
    TimingModel timing;
    bool timingEnabled = false;
    ModelTimeAccount account;
    QList<ArmedFault> faults;
    quint64 bytesWritten = 0;
    QList<WriteRecord> writeLog;
    QList<AppliedUpdate> appliedUpdates;

    // firmware update (control requests / YModem)
    bool updateActive = false;
    quint32 updateSize = 0;
    std::optional<FirmwareModule> updatePending; // validated, applied on reset

    // module scan cache
    mutable bool scanDirty = true;
    mutable QList<VirtualModuleInfo> scan;
    mutable SemVer layoutVersion;
    QList<VirtualModuleInfo> externalModules; // NCP modules applied through OTA (external MCU)

    Memory *memoryFor(int alt)
    {
        for (Memory &m : memories) {
            if (m.info.alt == alt)
                return &m;
        }
        return nullptr;
    }
    const Memory *memoryFor(int alt) const { return const_cast<State *>(this)->memoryFor(alt); }

    // Finds the armed fault of this kind whose trigger was reached and consumes one firing.
    std::optional<Fault> take(FaultKind kind)
    {
        for (qsizetype i = 0; i < faults.size(); ++i) {
            Fault &f = faults[i].fault;
            if (f.kind != kind || bytesWritten < f.afterBytes || f.count == 0)
                continue;
            Fault fired = f;
            if (f.count > 0 && --f.count == 0)
                faults.removeAt(i);
            return fired;
        }
        return std::nullopt;
    }

    microseconds eraseTime(quint32 sectorSize) const
    {
        return timing.eraseBase + microseconds(qint64(timing.eraseMicrosPerKiB * sectorSize / 1024.0));
    }
    microseconds programTime(quint32 bytes) const
    {
        return microseconds(qint64(timing.programMicrosPerKiB * bytes / 1024.0));
    }

    QList<VirtualModuleInfo> rescan(SemVer &layoutVersion) const;
};

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

namespace {

// The validity of one module read from flash (reference 2.6, DOS ota_module.cpp fetch_module).
void judgeModule(VirtualModuleInfo &info, const ModuleSlot &slot, int platformId)
{
    const FirmwareModule &m = *info.module;
    info.validityChecked = kValidityChecked;
    quint32 passed = 0;
    if (m.crcValid())
        passed |= ValidityIntegrity;
    if (m.startAddress >= slot.bounds.start && m.endAddress <= slot.bounds.end)
        passed |= ValidityRange;
    if (m.platformId == platformId)
        passed |= ValidityPlatform;
    info.validityResult = passed; // dependencies are judged once every module is known
}

quint32 le32At(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

// The module_start of a module whose CRC ends exactly at `end`, from the DYNAMIC_LOCATION extension
// of its suffix; nullopt when there is none.
std::optional<quint32> dynamicStartBefore(const Memory &m, quint32 end)
{
    if (!m.contains(end - 64, 64))
        return std::nullopt;
    const QByteArray &b = m.data;
    const qsizetype endAt = m.offsetOf(end);
    const quint16 suffixSize = quint16(uchar(b[endAt - 6]) | uchar(b[endAt - 5]) << 8);
    if (suffixSize <= 40 || suffixSize > 1024 || endAt - 4 - suffixSize < 0)
        return std::nullopt;
    qsizetype at = endAt - 4 - suffixSize;
    const qsizetype extEnd = endAt - 4 - 36; // the base suffix: reserved, SHA-256, size
    while (at + 4 <= extEnd) {
        const quint16 type = quint16(uchar(b[at]) | uchar(b[at + 1]) << 8);
        const quint16 length = quint16(uchar(b[at + 2]) | uchar(b[at + 3]) << 8);
        if (length < 4 || at + length > extEnd)
            return std::nullopt;
        if (type == quint16(ModuleExtensionType::DynamicLocation) && length >= 8)
            return le32At(b, at + 4);
        at += length;
    }
    return std::nullopt;
}

bool dependencySatisfied(const ModuleDependency &dep, const QList<VirtualModuleInfo> &modules)
{
    if (dep.isNone())
        return true;
    for (const VirtualModuleInfo &other : modules) {
        if (other.present && other.function == dep.function() && other.index == dep.index
            && other.version >= dep.version)
            return true;
    }
    return false;
}

} // namespace

QList<VirtualModuleInfo> VirtualDevice::modules() const
{
    std::lock_guard lock(d->mutex);
    if (d->scanDirty) {
        d->scan = d->rescan(d->layoutVersion);
        d->scanDirty = false;
    }
    QList<VirtualModuleInfo> all = d->scan;
    all.append(d->externalModules);
    return all;
}

std::optional<VirtualModuleInfo> VirtualDevice::module(ModuleFunction function, int index, int mcuTarget) const
{
    for (const VirtualModuleInfo &m : modules()) {
        if (m.function == function && m.index == index && m.mcuTarget == mcuTarget && m.present)
            return m;
    }
    return std::nullopt;
}

// Reads every main-MCU slot of the platform. The system part decides which Device OS layout applies
// (Gen3 system part 1 moved to 0x28000 in 6.2.0), so its slots are tried at every address first.
QList<VirtualModuleInfo> VirtualDevice::State::rescan(SemVer &layoutVersion) const
{
    const State &s = *this;
    const Memory *internal = s.memoryFor(0);
    QList<VirtualModuleInfo> out;
    if (!internal)
        return out;
    const quint32 base = internal->info.layout.startAddress();

    auto readSlot = [&](const ModuleSlot &slot) {
        VirtualModuleInfo info;
        info.slotName = slot.name;
        info.function = slot.function;
        info.index = slot.index;
        info.mcuTarget = slot.mcuTarget;
        info.slotStart = slot.bounds.start;
        info.maxSize = slot.bounds.size();
        if (!internal->contains(slot.bounds.start, 1))
            return info;
        if (slot.function == ModuleFunction::RadioStack) {
            // The SoftDevice is written without its prefix; Device OS reads its firmware ID from the
            // SoftDevice info structure (MBR_SIZE + 0x2000: magic at +4, FWID at +0xC) and reports it
            // as the module version with every check passed (DOS platform_radio_stack.cpp).
            const qsizetype infoAt = internal->offsetOf(slot.bounds.start) + 0x2000;
            if (infoAt + 0x30 > internal->data.size())
                return info;
            const auto u32 = [&](qsizetype o) {
                const auto *p = reinterpret_cast<const uchar *>(internal->data.constData() + o);
                return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
            };
            if (u32(infoAt + 4) != 0x51B1E5DBu)
                return info;
            info.present = true;
            info.version = quint16(u32(infoAt + 0xC) & 0xFFFF);
            info.validityChecked = kValidityChecked;
            info.validityResult = kValidityChecked;
            info.sha256 = internal->data.mid(infoAt + 0x18, 20);
            return info;
        }
        auto parseAt = [&](quint32 address) {
            const qsizetype from = internal->offsetOf(address);
            // Up to the end of the memory: a module whose end lies past its slot is still found (and
            // then fails the range check), as Device OS reads the prefix first.
            return ModuleParser::parseInFlash(internal->data.mid(from), address, address,
                                              QStringLiteral("flash@0x%1").arg(address, 8, 16, QLatin1Char('0')));
        };
        auto parsed = parseAt(slot.bounds.start);
        if (!parsed) {
            // A module that grows down from a fixed end (the rtl872x user part ends at 0x08600000)
            // says where it starts in its suffix's DYNAMIC_LOCATION extension (reference 2.4).
            if (const auto start = dynamicStartBefore(*internal, slot.bounds.end);
                start && *start > slot.bounds.start && *start < slot.bounds.end)
                parsed = parseAt(*start);
        }
        if (!parsed)
            return info;
        info.present = true;
        info.module = *parsed;
        info.version = parsed->version;
        info.size = quint32(parsed->length());
        info.sha256 = parsed->storedSha256;
        info.dependency = parsed->dependency;
        info.dependency2 = parsed->dependency2;
        judgeModule(info, slot, s.platform.id);
        return info;
    };
    Q_UNUSED(base);

    // 1. The system part tells the layout.
    SemVer layout = layoutVersion;
    for (const ModuleSlot &slot : s.platform.slots) {
        if (slot.function != ModuleFunction::SystemPart || slot.mcuTarget != 0)
            continue;
        const VirtualModuleInfo info = readSlot(slot);
        if (info.present && info.module && (info.validityResult & ValidityIntegrity)) {
            if (const auto v = DeviceOsVersionTable::builtin().semverForSystemVersion(info.version)) {
                if (slot.appliesTo(*v)) {
                    layout = *v;
                    break;
                }
            }
        }
    }
    layoutVersion = layout;

    // 2. Every slot of the main MCU that applies to that layout (the MBR too: it is reported).
    for (const ModuleSlot &slot : s.platform.slots) {
        if (slot.mcuTarget != 0 || !slot.appliesTo(layout))
            continue;
        out.append(readSlot(slot));
    }
    // 3. Dependencies, against what is installed (not transitive). A user part's second dependency
    // (the bootloader) is optional (userDepsOptional).
    for (VirtualModuleInfo &info : out) {
        if (!info.module)
            continue;
        bool ok = dependencySatisfied(info.dependency, out);
        if (!(info.function == ModuleFunction::UserPart && info.dependency2.function() == ModuleFunction::Bootloader))
            ok = ok && dependencySatisfied(info.dependency2, out);
        if (ok)
            info.validityResult |= ValidityDependencies;
    }
    return out;
}

QString VirtualDevice::systemVersionString() const
{
    int best = -1;
    for (const VirtualModuleInfo &m : modules()) {
        if (m.present && m.function == ModuleFunction::SystemPart)
            best = best < 0 ? m.version : std::min<int>(best, m.version);
    }
    if (best >= 0) {
        if (const auto v = DeviceOsVersionTable::builtin().semverForSystemVersion(best))
            return v->toString();
    }
    std::lock_guard lock(d->mutex);
    return d->config.deviceOs.toString();
}

SemVer VirtualDevice::deviceOsLayoutVersion() const
{
    modules(); // refreshes the layout from the installed system part
    std::lock_guard lock(d->mutex);
    return d->layoutVersion;
}

std::optional<int> VirtualDevice::bootloaderVersion() const
{
    if (const auto b = module(ModuleFunction::Bootloader, 0); b && b->present)
        return b->version;
    return DeviceOsVersionTable::builtin().bootloaderVersionFor(d->config.deviceOs);
}

bool VirtualDevice::deviceProtected() const
{
    return d->config.deviceProtected; // immutable after construction
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
        d->updatePending.reset();
    }
    if (d->timingEnabled && busy.count() > 0)
        std::this_thread::sleep_for(busy);
    return {};
}

Result<void> VirtualDevice::writeFirmwareUpdate(quint32 offset, const QByteArray &data)
{
    const SemVer layout = deviceOsLayoutVersion();
    int alt = 0;
    quint32 address = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->updateActive)
            return updateError(QStringLiteral("invalid-state"), QStringLiteral("No firmware update was started."));
        if (quint64(offset) + quint64(data.size()) > d->updateSize)
            return updateError(QStringLiteral("too-large"),
                               QStringLiteral("The update data runs past the announced size of %1 bytes.").arg(d->updateSize));
        const OtaRegion *ota = d->platform.otaRegionFor(layout);
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

namespace {

// What HAL_FLASH_End checks before accepting a module from the OTA region: a parsable module for
// this platform with a valid CRC, a slot for it whose bounds hold it, and its dependencies met. The
// dependency check came with Device OS 0.6.0 (device-os pull request 1063, "full-deps-validation");
// before it HAL_FLASH_End checked integrity only, so `running` below 0.6.0 skips it.
Result<FirmwareModule> validateOtaModule(const Platform &platform, const QByteArray &image, const SemVer &layout,
                                         const QList<VirtualModuleInfo> &installed, const std::optional<SemVer> &running)
{
    const bool checkDependencies = !running || !(*running < SemVer(0, 6, 0));
    auto parsed = ModuleParser::parseOne(image, 0, QStringLiteral("OTA region"));
    if (!parsed)
        return updateError(QStringLiteral("invalid"), QStringLiteral("The update is not a Particle module."));
    const FirmwareModule &m = *parsed;
    if (!m.crcValid())
        return updateError(QStringLiteral("crc"), QStringLiteral("The update's CRC-32 does not match."));
    if (m.platformId != platform.id)
        return updateError(QStringLiteral("platform"),
                           QStringLiteral("The update is for platform %1, not %2.").arg(m.platformId).arg(platform.id));
    const ModuleSlot *slot = platform.slotFor(m.function(), m.index, m.mcuTarget, layout);
    if (!slot)
        slot = platform.slotFor(m.function(), m.index, m.mcuTarget);
    if (!slot || m.startAddress < slot->bounds.start || m.endAddress > slot->bounds.end)
        return updateError(QStringLiteral("range"), QStringLiteral("The update does not fit any module slot."));
    if (slot->transport == SlotTransport::Never)
        return updateError(QStringLiteral("forbidden"), QStringLiteral("This module must never be flashed."));
    // A dependency on the bootloader does not stop the update: Device OS takes the module and runs in
    // safe mode until the bootloader follows (device-os pull request 1306: system parts updated "but
    // not bootloader (device is in safe mode)"), which is how the Photon/P1 bootloader comes last.
    auto met = [&](const ModuleDependency &dep) {
        return dep.function() == ModuleFunction::Bootloader || dependencySatisfied(dep, installed);
    };
    if (checkDependencies && (!met(m.dependency) || !met(m.dependency2)))
        return updateError(QStringLiteral("dependencies"), QStringLiteral("The update's dependencies are not met."));
    return m;
}

} // namespace

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
    if (!validateOnly) {
        d->updatePending = *module;
        d->updateActive = false;
    }
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

// ---- modes and resets ---------------------------------------------------------------------------

void VirtualDevice::resetDevice(DeviceMode into)
{
    Q_EMIT aboutToReset();
    const SemVer layout = deviceOsLayoutVersion();
    const QList<VirtualModuleInfo> installed = modules();
    const std::optional<SemVer> running = SemVer::parse(systemVersionString());
    microseconds busy{0};
    bool applied = false;
    bool appliedOta = false;
    {
        std::lock_guard lock(d->mutex);
        if (!d->attached)
            return;
        std::optional<FirmwareModule> toApply = std::move(d->updatePending);
        d->updatePending.reset();
        // The docs "OTA trick": DCT ota_update_flag 0xA5 makes Device OS apply the module sitting in the
        // OTA region on its next boot (HAL_FLASH_ApplyPendingUpdate), then clear the flag.
        Memory *dct = d->memoryFor(d->platform.dctAlt);
        const OtaRegion *ota = d->platform.otaRegionFor(layout);
        if (!toApply && into != DeviceMode::Dfu && dct && ota
            && dct->data.size() > qsizetype(d->platform.dctOtaUpdateFlagOffset)
            && uchar(dct->data[qsizetype(d->platform.dctOtaUpdateFlagOffset)]) == 0xA5) {
            dct->data[qsizetype(d->platform.dctOtaUpdateFlagOffset)] = char(0xFF);
            if (const Memory *m = d->memoryFor(ota->alt); m && m->contains(ota->address, ota->size)) {
                auto module = validateOtaModule(d->platform, m->data.mid(m->offsetOf(ota->address), ota->size),
                                                layout, installed, running);
                if (module)
                    toApply = *module;
            }
        }
        if (toApply) {
            d->appliedUpdates.append(AppliedUpdate{toApply->function(), toApply->index, toApply->mcuTarget,
                                                   toApply->version});
            appliedOta = true;
            if (toApply->mcuTarget != 0) {
                // An NCP module goes to the external MCU: remember what it now runs.
                VirtualModuleInfo ext;
                ext.function = toApply->function();
                ext.index = toApply->index;
                ext.mcuTarget = toApply->mcuTarget;
                ext.present = true;
                ext.version = toApply->version;
                ext.size = quint32(toApply->length());
                ext.validityChecked = ext.validityResult = kValidityChecked;
                ext.module = *toApply;
                d->externalModules.removeIf([&](const VirtualModuleInfo &e) {
                    return e.function == ext.function && e.index == ext.index;
                });
                d->externalModules.append(ext);
            } else if (Memory *internal = d->memoryFor(0)) {
                // The bootloader copies the image to its slot (dropping the prefix when flagged).
                const QByteArray image = toApply->flashImage();
                if (internal->contains(toApply->startAddress, quint32(image.size()))) {
                    const auto sectors = internal->info.layout.sectorsCovering(toApply->startAddress, quint32(image.size()));
                    // The copy costs erase and program time like any other write: accounted, so that
                    // benchmarks see it in the model's bound.
                    for (const DfuseSector &s : sectors.value_or(QList<DfuseSector>{})) {
                        std::fill_n(internal->data.begin() + internal->offsetOf(s.address), s.size, char(0xFF));
                        const microseconds erase = d->eraseTime(s.size);
                        busy += erase;
                        d->account.erase += erase;
                        d->account.bytesErased += s.size;
                        d->account.eraseOperations++;
                    }
                    std::copy(image.begin(), image.end(), internal->data.begin() + internal->offsetOf(toApply->startAddress));
                    const microseconds program = d->programTime(quint32(image.size()));
                    busy += program;
                    d->account.program += program;
                    d->account.bytesProgrammed += quint64(image.size());
                    d->account.programOperations++;
                    applied = true;
                }
            }
        }
        busy += d->timing.resetTime;
        d->account.resets += d->timing.resetTime;
        d->mode = into;
        d->scanDirty = true;
        if (into == DeviceMode::Dfu)
            d->hardFault = false; // the bootloader runs before Device OS: DFU mode always works
    }
    if (into != DeviceMode::Dfu && d->platform.bootloaderInSystemParts)
        applied = updateBootloaderFromSystemParts() || applied;
    // A hard fault starts with an OTA module applied and lasts while its cause is in flash.
    bool crashed = false;
    if (into != DeviceMode::Dfu) {
        const bool cause = crashesAtStart();
        std::lock_guard lock(d->mutex);
        crashed = cause && (appliedOta || d->hardFault);
        d->hardFault = crashed;
    }
    if (d->timingEnabled && busy.count() > 0)
        std::this_thread::sleep_for(busy);
    if (applied)
        Q_EMIT modulesChanged();
    if (crashed) {
        Q_EMIT unplugged(); // restarts into the crash again and again: never back on the bus
        return;
    }
    Q_EMIT resetCompleted(into);
}

// Device OS pull request 1426: 0.8.0-rc.1 and later Photon/P1 system-part1 needs system-part2 of
// 0.7.0-rc.4 or later at start; with an older one the device hard-faults right after the OTA
// update of system-part1. The released parts state it as "system part 2 >= 207" (0.7.0).
bool VirtualDevice::crashesAtStart() const
{
    if (d->platform.name != QLatin1String("photon") && d->platform.name != QLatin1String("p1"))
        return false;
    std::optional<int> part1, part2;
    for (const VirtualModuleInfo &m : modules()) {
        if (m.function != ModuleFunction::SystemPart || !m.present || !(m.validityResult & ValidityIntegrity))
            continue;
        if (m.index == 1)
            part1 = m.version;
        else if (m.index == 2)
            part2 = m.version;
    }
    return part1 && part2 && *part1 >= 300 && *part2 < 207;
}

// The Electron's system part carries a complete bootloader module and Device OS writes it over an
// older or broken bootloader when it starts (reference 7.1: "the Electron bootloader is applied
// automatically from its own system parts"). Found in the real files: electron-system-part1@2.2.0
// (module index 3) holds bootloader 1004 at file offset 68526 - 0x184.
bool VirtualDevice::updateBootloaderFromSystemParts()
{
    const ModuleSlot *slot = d->platform.slotFor(ModuleFunction::Bootloader, 0);
    if (!slot)
        return false;
    std::optional<FirmwareModule> best;
    const QList<VirtualModuleInfo> now = modules();
    for (const VirtualModuleInfo &m : now) {
        if (m.function != ModuleFunction::SystemPart || !m.module || !m.valid())
            continue;
        const QByteArray &bytes = m.module->bytes;
        for (qsizetype at = 0x184; at + 24 <= bytes.size(); at += 2) {
            if (le32At(bytes, at) != slot->bounds.start || uchar(bytes[at + 14]) != quint8(ModuleFunction::Bootloader)
                || (uchar(bytes[at + 12]) | uchar(bytes[at + 13]) << 8) != d->platform.id)
                continue;
            auto embedded = ModuleParser::parseOne(bytes, at - 0x184, QStringLiteral("embedded bootloader"));
            if (embedded.ok() && embedded->crcValid() && (!best || embedded->version > best->version))
                best = *embedded;
        }
    }
    if (!best)
        return false;
    const auto current = module(ModuleFunction::Bootloader, 0);
    if (current && current->valid() && current->version >= best->version)
        return false;
    return load(0, slot->bounds.start, best->flashImage()).ok();
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
