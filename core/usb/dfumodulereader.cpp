// Module read-back over DFU UPLOAD (see dfumodulereader.h). What Device OS does with the same flash:
// DOS v5.9.0 hal/src/nRF52840/ota_module.cpp fetch_module() (range, platform, integrity, then the
// dependencies of the installed set) and platform_radio_stack.cpp (the SoftDevice's firmware ID);
// reference device-os-behaviour.md sections 4 and 6, particle-protocols.md 1.4 and 5.
#include "usb/dfumodulereader.h"

#include "firmware/moduleparser.h"
#include "usb/deviceprotection.h"
#include "usb/dfusedownloader.h"
#include "usb/usberror.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QtEndian>

namespace dr {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::DfuModuleReader)
};

// Bytes per UPLOAD run: the time limit and cancel are checked between runs.
constexpr quint32 kChunk = 64 * 1024;
// The SoftDevice info structure (MBR_SIZE + 0x2000, so slot start + 0x2000): magic at +4, firmware ID
// at +0xC, hash at +0x18 (nRF5 SDK nrf_sdm.h SD_INFO_STRUCT; Device OS platform_radio_stack.cpp).
constexpr quint32 kSoftDeviceInfoOffset = 0x2000;
constexpr quint32 kSoftDeviceInfoSize = 0x30;
constexpr quint32 kSoftDeviceMagic = 0x51B1E5DB;
// A suffix with extensions is at most this long (module_info_suffix_t + DYNAMIC_LOCATION etc.).
constexpr quint32 kTailWindow = 1024 + 64;

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

bool isGone(const Error &e)
{
    return e.code == QLatin1String(usberror::NoDevice) || e.code == QLatin1String(usberror::Io);
}

// The module_start of a module whose CRC ends at the end of `tail`, from the DYNAMIC_LOCATION
// extension of its suffix (reference 2.4: the rtl872x user part grows down from a fixed end).
std::optional<quint32> dynamicStart(const QByteArray &tail)
{
    const qsizetype endAt = tail.size();
    if (endAt < 64)
        return std::nullopt;
    const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(tail.constData() + at); };
    const quint16 suffixSize = u16(endAt - 6);
    if (suffixSize <= 40 || endAt - 4 - suffixSize < 0)
        return std::nullopt;
    qsizetype at = endAt - 4 - suffixSize;
    const qsizetype extEnd = endAt - 4 - 36; // the base suffix: reserved, SHA-256, size
    while (at + 4 <= extEnd) {
        const quint16 type = u16(at);
        const quint16 length = u16(at + 2);
        if (length < 4 || at + length > extEnd)
            return std::nullopt;
        if (type == quint16(ModuleExtensionType::DynamicLocation) && length >= 8)
            return qFromLittleEndian<quint32>(tail.constData() + at + 4);
        at += length;
    }
    return std::nullopt;
}

// One slot as read: the module found there (prefix fields, and its bytes when it fits the slot).
struct SlotRead
{
    const ModuleSlot *slot = nullptr;
    bool readable = true;
    std::optional<FirmwareModule> module; // the parsed module, or only its header (no bytes)
    bool crcChecked = false;              // the whole module was read and its CRC computed
    bool softDevice = false;              // version from the SoftDevice info structure
    quint16 version = 0;
    QByteArray softDeviceHash;
};

QString notReadReason(const ModuleSlot &slot)
{
    if (slot.mcuTarget != 0)
        return Tr::tr("It is on the network co-processor, whose flash DFU mode does not reach; it is only "
                      "known once Device OS runs.");
    return Tr::tr("The bootloader does not let this memory be read over DFU.");
}

class Reading
{
public:
    Reading(UsbDeviceHandle &handle, const Platform &platform, const std::atomic_bool *cancel,
            const DfuReadProgressFn &progress, std::chrono::milliseconds limit, bool headersOnly, quint64 &bytesRead)
        : m_handle(handle), m_platform(platform), m_dl(handle, platform), m_cancel(cancel), m_progress(progress),
          m_limit(limit), m_headersOnly(headersOnly), m_bytes(bytesRead)
    {
        m_dl.setCancelFlag(cancel);
        m_clock.start();
    }

    Result<ModuleInspection> run()
    {
        // Device Protection: every UPLOAD is refused (errVENDOR), so none is sent.
        auto prot = readDeviceProtection(m_handle, m_platform, UsbDeviceMode::Dfu);
        if (!prot)
            return mapError(prot.error());
        if (*prot)
            return makeError(dfuinspecterror::Protected,
                             Tr::tr("The device has Device Protection on: its bootloader does not let its modules be "
                                    "read over DFU."),
                             Tr::tr("Every module will be written. To read them first, turn Device Protection off "
                                    "in the Particle console (or put the device in service mode)."),
                             Tr::tr("found in DFU mode, before any read"));
        if (auto opened = m_dl.open(); !opened)
            return mapError(opened.error());
        m_layout = *m_dl.layout(0);

        // 1. The system part says which Device OS layout the slots follow.
        std::optional<SemVer> layout;
        for (const ModuleSlot &slot : m_platform.slots) {
            if (slot.function != ModuleFunction::SystemPart || slot.mcuTarget != 0)
                continue;
            auto r = readSlot(slot);
            if (!r)
                return r.error();
            if (!r->module || (!m_headersOnly && !r->crcValid()))
                continue;
            if (const auto v = DeviceOsVersionTable::builtin().semverForSystemVersion(r->module->version);
                v && slot.appliesTo(*v)) {
                layout = *v;
                break;
            }
        }

        // 2. Every slot of the main MCU for that layout; without one, every slot where a module is.
        ModuleInspection out;
        out.source = ModuleInspection::Source::Dfu;
        out.platformId = m_platform.id;
        QList<SlotResult> found;
        QSet<quint32> groupsDone;
        for (const ModuleSlot &slot : m_platform.slots) {
            const quint32 group = (quint32(slot.function) << 16) | (quint32(slot.index & 0xFF) << 8) | slot.mcuTarget;
            if (slot.mcuTarget != 0) {
                if (!groupsDone.contains(group)) {
                    groupsDone.insert(group);
                    out.notRead.append(UnreadModule{slot.name, quint8(slot.function), slot.index, slot.mcuTarget,
                                                    notReadReason(slot)});
                }
                continue;
            }
            if (layout ? !slot.appliesTo(*layout) : groupsDone.contains(group))
                continue;
            auto r = readSlot(slot);
            if (!r)
                return r.error();
            if (!r->readable) {
                if (!groupsDone.contains(group))
                    out.notRead.append(UnreadModule{slot.name, quint8(slot.function), slot.index, slot.mcuTarget,
                                                    notReadReason(slot)});
                groupsDone.insert(group);
                continue;
            }
            if (!r->module && !r->softDevice)
                continue; // an empty slot: Device OS lists none either
            groupsDone.insert(group);
            found.append(*r);
        }
        if (found.isEmpty() && !out.notRead.isEmpty() && m_readableSlots == 0)
            return makeError(dfuinspecterror::NotReadable,
                             Tr::tr("The device's bootloader does not let any module be read over DFU."),
                             Tr::tr("Every module will be written."), m_layout.toString());

        for (const SlotResult &r : std::as_const(found))
            out.modules.append(judge(r, found));
        if (m_progress)
            m_progress(DfuReadProgress{m_bytes, m_bytes, QString()});
        out.resolveVersions(DeviceOsVersionTable::builtin());
        return out;
    }

private:
    struct SlotResult : SlotRead
    {
        bool crcValid() const { return crcChecked && module && module->crcValid(); }
    };

    Result<void> checkTime()
    {
        if (m_cancel && m_cancel->load())
            return cancelledError(Tr::tr("Reading the modules over DFU"));
        if (m_clock.elapsed() > m_limit.count())
            return makeError(dfuinspecterror::TimedOut,
                             Tr::tr("Reading the device's modules over DFU took longer than %1 s.")
                                 .arg(m_limit.count() / 1000),
                             Tr::tr("Nothing was written. Check the cable and try again; a restore without the "
                                    "reading writes every module."));
        return {};
    }

    Error mapError(const Error &e) const
    {
        if (!isGone(e))
            return e;
        return makeError(dfuinspecterror::Unplugged,
                         Tr::tr("The device went away while its modules were being read over DFU. Nothing was "
                                "written."),
                         Tr::tr("Plug it back in (a data cable, not a charge-only one), put it in DFU mode if it is "
                                "not, and read it again."),
                         e.text());
    }

    // [address, address + length) of the slot, never past its end; chunked for the limit and cancel.
    Result<QByteArray> readRange(const ModuleSlot &slot, quint32 address, quint32 length)
    {
        if (address < slot.bounds.start || quint64(address) + length > slot.bounds.end)
            return makeError(usberror::DfuRefused,
                             Tr::tr("A read of %1 bytes at %2 would leave the %3 slot.")
                                 .arg(length)
                                 .arg(hex32(address), slot.name),
                             Tr::tr("Nothing was read there."));
        if (const auto kept = m_reads.constFind(address); kept != m_reads.cend() && quint32(kept->size()) >= length)
            return kept->left(length); // two slots of one module (bounds of other releases) share its bytes
        QByteArray out;
        out.reserve(length);
        while (quint32(out.size()) < length) {
            if (auto t = checkTime(); !t)
                return t.error();
            const quint32 n = std::min<quint32>(kChunk, length - quint32(out.size()));
            auto chunk = m_dl.read(0, address + quint32(out.size()), n);
            if (!chunk)
                return (m_cancel && m_cancel->load()) ? cancelledError(Tr::tr("Reading the modules over DFU"))
                                                      : mapError(chunk.error());
            out.append(*chunk);
            m_bytes += n;
            if (m_progress)
                m_progress(DfuReadProgress{m_bytes, std::max(m_bytes, m_expected), slot.name});
        }
        m_reads.insert(address, out);
        return out;
    }

    Result<SlotResult> readSlot(const ModuleSlot &slot)
    {
        const auto cached = m_cache.constFind(&slot);
        if (cached != m_cache.cend())
            return *cached;
        SlotResult r;
        r.slot = &slot;
        const quint32 size = slot.bounds.size();
        if (slot.function == ModuleFunction::RadioStack) {
            const quint32 at = slot.bounds.start + kSoftDeviceInfoOffset;
            if (size < kSoftDeviceInfoOffset + kSoftDeviceInfoSize || !m_layout.isReadable(at, kSoftDeviceInfoSize)) {
                r.readable = false;
            } else {
                ++m_readableSlots;
                auto info = readRange(slot, at, kSoftDeviceInfoSize);
                if (!info)
                    return info.error();
                if (qFromLittleEndian<quint32>(info->constData() + 4) == kSoftDeviceMagic) {
                    r.softDevice = true;
                    r.version = quint16(qFromLittleEndian<quint32>(info->constData() + 0xC) & 0xFFFF);
                    r.softDeviceHash = info->mid(0x18, 20);
                }
            }
            m_cache.insert(&slot, r);
            return r;
        }
        const quint32 window = std::min<quint32>(quint32(ModuleParser::kHeaderWindow), size);
        if (!m_layout.isReadable(slot.bounds.start, size)) {
            r.readable = false;
            m_cache.insert(&slot, r);
            return r;
        }
        ++m_readableSlots;
        auto head = headerAt(slot, slot.bounds.start, window);
        if (!head)
            return head.error();
        std::optional<FirmwareModule> header = ModuleParser::headerInFlash(*head, slot.bounds.start);
        QByteArray headBytes = *head;
        if (!header && size > kTailWindow) {
            // A module that grows down from the slot's end says where it starts (DYNAMIC_LOCATION).
            auto tail = readRange(slot, slot.bounds.end - kTailWindow, kTailWindow);
            if (!tail)
                return tail.error();
            if (const auto start = dynamicStart(*tail);
                start && *start > slot.bounds.start && *start < slot.bounds.end - window) {
                auto h = headerAt(slot, *start, window);
                if (!h)
                    return h.error();
                header = ModuleParser::headerInFlash(*h, *start);
                headBytes = *h;
            }
        }
        if (!header) {
            m_cache.insert(&slot, r);
            return r;
        }
        r.module = header;
        const quint64 end = quint64(header->startAddress) + quint64(header->size);
        if (end <= slot.bounds.end && !m_headersOnly) {
            // The whole module, for its CRC: what the header window holds already is not read again.
            m_expected += quint64(header->size) - quint64(headBytes.size());
            QByteArray bytes = m_reads.value(header->startAddress).left(header->size);
            if (bytes.size() < headBytes.size())
                bytes = headBytes.left(header->size);
            if (bytes.size() < header->size) {
                auto rest = readRange(slot, header->startAddress + quint32(bytes.size()),
                                      quint32(header->size - bytes.size()));
                if (!rest)
                    return rest.error();
                bytes.append(*rest);
                m_reads.insert(header->startAddress, bytes);
            }
            auto parsed = ModuleParser::parseInFlash(bytes, header->startAddress, header->startAddress,
                                                     QStringLiteral("flash@%1").arg(hex32(header->startAddress)));
            if (parsed) {
                r.module = *parsed;
                r.crcChecked = true;
            }
        }
        m_cache.insert(&slot, r);
        return r;
    }

    Result<QByteArray> headerAt(const ModuleSlot &slot, quint32 address, quint32 window)
    {
        m_expected += window;
        return readRange(slot, address, window);
    }

    // Device OS's verdict (fetch_module): range, platform, integrity; then the dependencies of the
    // installed set (validate_module_dependencies with userDepsOptional false, as the module table
    // is made: dependency 2 is checked too, the bootloader included; reference section 1, row (e)).
    InstalledModule judge(const SlotResult &r, const QList<SlotResult> &all) const
    {
        InstalledModule m;
        m.store = ModuleStore::Main;
        m.maxSize = r.slot->bounds.size();
        m.validityChecked = m_headersOnly ? quint8(validity::Usual & ~validity::Integrity) : validity::Usual;
        if (r.softDevice) {
            m.functionCode = quint8(ModuleFunction::RadioStack);
            m.index = r.slot->index;
            m.version = r.version;
            m.validityResult = m.validityChecked; // Device OS reports the radio stack as passing every check
            return m;
        }
        const FirmwareModule &f = *r.module;
        m.functionCode = f.functionCode;
        m.index = f.index;
        m.version = f.version;
        if (f.function() == ModuleFunction::UserPart && f.storedSha256.size() == 32)
            m.userSha256 = QString::fromLatin1(f.storedSha256.toHex().toUpper());
        for (const ModuleDependency &d : {f.dependency, f.dependency2})
            if (!d.isNone())
                m.dependencies.append(InstalledDependency{d.functionCode, d.index, d.version, {}, {}});
        const bool inRange = f.startAddress >= r.slot->bounds.start && quint64(f.startAddress) + quint64(f.size) <= r.slot->bounds.end;
        if (!inRange)
            return m; // fetch_module returns at once: nothing passed
        quint8 passed = validity::Range;
        if (f.platformId == m_platform.id)
            passed |= validity::Platform;
        if (r.crcValid())
            passed |= validity::Integrity;
        auto met = [&all](const ModuleDependency &d) {
            if (d.isNone())
                return true;
            for (const SlotResult &o : all) {
                const int v = o.softDevice ? o.version : (o.module ? o.module->version : -1);
                const quint8 fn = o.softDevice ? quint8(ModuleFunction::RadioStack)
                                               : (o.module ? o.module->functionCode : quint8(0));
                const int index = o.softDevice ? o.slot->index : (o.module ? o.module->index : -1);
                if (fn == d.functionCode && index == d.index && v >= d.version)
                    return true;
            }
            return false;
        };
        if (met(f.dependency) && met(f.dependency2))
            passed |= validity::Dependencies;
        m.validityResult = passed;
        return m;
    }

    UsbDeviceHandle &m_handle;
    const Platform &m_platform;
    DfuseDownloader m_dl;
    const std::atomic_bool *m_cancel;
    const DfuReadProgressFn &m_progress;
    std::chrono::milliseconds m_limit;
    bool m_headersOnly;
    quint64 &m_bytes;
    quint64 m_expected = 0;
    int m_readableSlots = 0;
    QElapsedTimer m_clock;
    DfuseMemoryLayout m_layout;
    QHash<const ModuleSlot *, SlotResult> m_cache;
    QHash<quint32, QByteArray> m_reads; // what was read from each address on
};

} // namespace

DfuModuleReader::DfuModuleReader(UsbDeviceHandle &handle, const Platform &platform)
    : m_handle(handle), m_platform(platform)
{
}

Result<ModuleInspection> DfuModuleReader::read()
{
    m_bytesRead = 0;
    Reading reading(m_handle, m_platform, m_cancel, m_progress, m_timeLimit, m_headersOnly, m_bytesRead);
    return reading.run();
}

} // namespace dr
