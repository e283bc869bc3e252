// Module read-back over DFU UPLOAD (see dfumodulereader.h). What Device OS does with the same flash:
// DOS v5.9.0 hal/src/nRF52840/ota_module.cpp fetch_module() (range, platform, integrity, then the
// dependencies of the installed set) and platform_radio_stack.cpp (the SoftDevice's firmware ID);
// reference device-os-behaviour.md sections 4 and 6, particle-protocols.md 1.4 and 5.
#include "usb/dfumodulereader.h"

#include "firmware/moduleparser.h"
#include "usb/deviceprotection.h"
#include "usb/dfuflashverdict.h"
#include "usb/dfusedownloader.h"
#include "usb/usberror.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

namespace dr {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::DfuModuleReader)
};

// Bytes per UPLOAD run: the time limit and cancel are checked between runs.
constexpr quint32 kChunk = 64 * 1024;

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

bool isGone(const Error &e)
{
    return e.code == QLatin1String(usberror::NoDevice) || e.code == QLatin1String(usberror::Io);
}

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
        QList<FlashSlotRead> found;
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

        for (const FlashSlotRead &r : std::as_const(found))
            out.modules.append(flashverdict::judge(r, found, m_platform.id, !m_headersOnly));
        if (m_progress)
            m_progress(DfuReadProgress{m_bytes, m_bytes, QString()});
        out.resolveVersions(DeviceOsVersionTable::builtin());
        return out;
    }

private:
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

    Result<FlashSlotRead> readSlot(const ModuleSlot &slot)
    {
        const auto cached = m_cache.constFind(&slot);
        if (cached != m_cache.cend())
            return *cached;
        FlashSlotRead r;
        r.slot = &slot;
        const quint32 size = slot.bounds.size();
        if (slot.function == ModuleFunction::RadioStack) {
            const quint32 at = slot.bounds.start + flashverdict::kSoftDeviceInfoOffset;
            const quint32 length = flashverdict::kSoftDeviceInfoSize;
            if (size < flashverdict::kSoftDeviceInfoOffset + length || !m_layout.isReadable(at, length)) {
                r.readable = false;
            } else {
                ++m_readableSlots;
                auto info = readRange(slot, at, length);
                if (!info)
                    return info.error();
                if (const auto v = flashverdict::softDeviceVersion(*info)) {
                    r.softDevice = true;
                    r.softDeviceVersion = *v;
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
        if (!header && size > flashverdict::kTailWindow) {
            // A module that grows down from the slot's end says where it starts (DYNAMIC_LOCATION).
            auto tail = readRange(slot, slot.bounds.end - flashverdict::kTailWindow, flashverdict::kTailWindow);
            if (!tail)
                return tail.error();
            if (const auto start = flashverdict::dynamicStart(*tail);
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
    QHash<const ModuleSlot *, FlashSlotRead> m_cache;
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
