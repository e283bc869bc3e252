// VirtualDevice's modules and boot (reference section 6 and 7): the scan of its flash for modules,
// judged by modulevalidation.cpp, and what a reset does: the OTA module or the DCT flag applied, then
// where the device comes up (DFU mode, safe mode, a hard fault, or as asked), with the reset times of
// bootbehaviour.h. The rest of the device is in virtualdevice.cpp.
#include "simulator/virtualdevice.h"

#include "firmware/moduleparser.h"
#include "simulator/bootbehaviour.h"
#include "simulator/modulevalidation.h"
#include "simulator/virtualdevicestate.h"
#include "version/deviceosversions.h"

#include <algorithm>
#include <thread>

namespace dr::sim {

using namespace std::chrono;

namespace {

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
            // Up to the end of the memory: a module whose end lies past its slot is still found (and
            // then fails the range check), as Device OS reads the prefix first. The memory is read in
            // place: a copy of the rest of it for every slot made each scan copy megabytes.
            return ModuleParser::parseInFlash(internal->data, base, address,
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
    // 3. Dependencies, against what is installed (modulevalidation.cpp).
    judgeDependencies(out);
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


// ---- modes and resets ---------------------------------------------------------------------------

void VirtualDevice::resetDevice(DeviceMode into)
{
    Q_EMIT aboutToReset();
    const SemVer layout = deviceOsLayoutVersion();
    const QList<VirtualModuleInfo> installed = modules();
    const std::optional<SemVer> running = SemVer::parse(systemVersionString());
    const BootBehaviour &boot = BootBehaviour::forFamily(d->platform.mcu);
    microseconds busy{0};
    bool applied = false;
    bool appliedOta = false;
    {
        std::lock_guard lock(d->mutex);
        if (!d->attached)
            return;
        std::optional<FirmwareModule> toApply = std::move(d->updatePending);
        d->updatePending.reset();
        // The docs "OTA trick": DCT ota_update_flag 0xA5 makes Device OS (from 1.2.1-rc.3, older ones
        // never look) take the module in the OTA region as it starts (HAL_FLASH_ApplyPendingUpdate),
        // clear the flag, wait 100 ms and reset once more for the bootloader to copy it (reference row 9).
        Memory *dct = d->memoryFor(d->platform.dctAlt);
        const OtaRegion *ota = d->platform.otaRegionFor(layout);
        const bool readsDctFlag = running && !(*running < boot.dctFlagSince);
        if (!toApply && into != DeviceMode::Dfu && readsDctFlag && dct && ota
            && dct->data.size() > qsizetype(d->platform.dctOtaUpdateFlagOffset)
            && uchar(dct->data[qsizetype(d->platform.dctOtaUpdateFlagOffset)]) == 0xA5) {
            dct->data[qsizetype(d->platform.dctOtaUpdateFlagOffset)] = char(0xFF);
            if (const Memory *m = d->memoryFor(ota->alt); m && m->contains(ota->address, ota->size)) {
                auto module = validateOtaModule(d->platform, m->data.mid(m->offsetOf(ota->address), ota->size),
                                                layout, installed, running);
                if (module) {
                    toApply = *module;
                    const microseconds extra = boot.dctFlagExtraResetDelay + d->timing.resetTime;
                    busy += extra;
                    d->account.resets += extra;
                    d->resetCount++; // the extra reset of HAL_FLASH_ApplyPendingUpdate
                }
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
                // The bootloader copies the image to its slot (dropping the prefix when flagged), with no
                // USB while it erases and programs: seconds on a real device (reference row 14).
                const QByteArray image = toApply->flashImage();
                if (internal->contains(toApply->startAddress, quint32(image.size()))) {
                    const auto sectors = internal->info.layout.sectorsCovering(toApply->startAddress, quint32(image.size()));
                    for (const DfuseSector &s : sectors.value_or(QList<DfuseSector>{}))
                        std::fill_n(internal->data.begin() + internal->offsetOf(s.address), s.size, char(0xFF));
                    std::copy(image.begin(), image.end(), internal->data.begin() + internal->offsetOf(toApply->startAddress));
                    const microseconds copy(qint64(boot.applyMicrosPerKiB * double(image.size()) / 1024.0));
                    busy += copy;
                    d->account.apply += copy;
                    applied = true;
                }
            }
        }
        busy += d->timing.resetTime;
        d->account.resets += d->timing.resetTime;
        d->resetCount++;
        d->mode = into;
        d->scanDirty = true;
        if (into == DeviceMode::Dfu)
            d->hardFault = false; // the bootloader runs before Device OS: DFU mode always works
    }
    if (into != DeviceMode::Dfu && d->platform.bootloaderInSystemParts)
        applied = updateBootloaderFromSystemParts() || applied;
    // What the flash now holds decides where the device comes up: DFU mode when system-part1 fails
    // its check, safe mode when a dependency is not met (reference row 1, modulevalidation.cpp).
    const BootOutcome outcome = decideBoot(boot, modules(), into);
    // A hard fault starts with an OTA module applied and lasts while its cause is in flash.
    bool crashed = false;
    {
        const bool cause = outcome.mode != DeviceMode::Dfu && crashesAtStart();
        std::lock_guard lock(d->mutex);
        d->mode = outcome.mode;
        d->safeMode = outcome.safeMode;
        d->bootFailure = outcome.failedModule.isEmpty() ? QString() : outcome.failedModule + QLatin1Char(' ') + outcome.reason;
        if (outcome.factoryReset)
            d->factoryResetAttempts++;
        if (outcome.mode == DeviceMode::Dfu) {
            d->hardFault = false;
        } else {
            crashed = cause && (appliedOta || d->hardFault);
            d->hardFault = crashed;
        }
    }
    if ((d->timingEnabled || d->realTiming) && busy.count() > 0)
        std::this_thread::sleep_for(busy);
    if (applied)
        Q_EMIT modulesChanged();
    if (crashed) {
        Q_EMIT unplugged(); // restarts into the crash again and again: never back on the bus
        return;
    }
    Q_EMIT resetCompleted(outcome.mode);
}

std::chrono::milliseconds VirtualDevice::lingerBeforeReset()
{
    const BootBehaviour &boot = BootBehaviour::forFamily(d->platform.mcu);
    const std::optional<SemVer> running = SemVer::parse(systemVersionString());
    std::lock_guard lock(d->mutex);
    milliseconds linger{0};
    if (d->mode == DeviceMode::Dfu)
        linger = boot.leaveDfuDelay;
    else if (running && !(*running < boot.resetRequestDelaySince))
        linger = boot.resetRequestDelay;
    d->account.resets += linger;
    return (d->timingEnabled || d->realTiming) ? linger : milliseconds(0);
}

bool VirtualDevice::safeMode() const
{
    std::lock_guard lock(d->mutex);
    return d->safeMode;
}

QString VirtualDevice::bootFailure() const
{
    std::lock_guard lock(d->mutex);
    return d->bootFailure;
}

int VirtualDevice::resetCount() const
{
    std::lock_guard lock(d->mutex);
    return d->resetCount;
}

int VirtualDevice::factoryResetAttempts() const
{
    std::lock_guard lock(d->mutex);
    return d->factoryResetAttempts;
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

} // namespace dr::sim
