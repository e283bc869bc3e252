// DfuSe downloads for Particle devices (see dfusedownloader.h).
#include "usb/dfusedownloader.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace dr {

namespace {
// The translation context of this file's messages.
struct DfuseDownloaderText
{
    Q_DECLARE_TR_FUNCTIONS(dr::DfuseDownloader)
};
} // namespace

Q_DECLARE_LOGGING_CATEGORY(lcUsb)

namespace {

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

Error refused(const QString &message, const QString &remedy, const QString &detail = {})
{
    return makeError(usberror::DfuRefused, message, remedy, detail);
}

} // namespace

namespace dfuguard {

Result<void> checkRangeWrite(const Platform &platform, int alt, quint32 address, quint32 length,
                             const DfuseMemoryLayout &layout)
{
    const quint64 end = quint64(address) + length;
    const QString range =
        DfuseDownloaderText::tr("%1..%2 on alt %3").arg(hex32(address), hex32(quint32(end))).arg(alt);
    if (length == 0)
        return refused(DfuseDownloaderText::tr("Nothing to write at %1.").arg(range),
                       DfuseDownloaderText::tr("Check the file."));
    if (address < layout.startAddress() || end > layout.endAddress())
        return refused(
            DfuseDownloaderText::tr("The write %1 lies outside the device's %2.").arg(range, layout.name()),
            DfuseDownloaderText::tr("Check that the file is for this device; nothing was written."));
    if (!layout.isWritable(address, length))
        return refused(DfuseDownloaderText::tr("The write %1 touches read-only memory of the %2.")
                           .arg(range, layout.name()),
                       DfuseDownloaderText::tr("This part cannot be written over DFU; nothing was written."),
                       layout.toString());
    if (alt == 0) {
        for (const AddressRange &f : platform.dfuForbidden) {
            if (quint64(address) < f.end && end > f.start)
                return refused(
                    DfuseDownloaderText::tr(
                        "The write %1 would overwrite %2..%3, which must never be written "
                        "over DFU on the %4.")
                        .arg(range, hex32(f.start), hex32(f.end), platform.displayName),
                    DfuseDownloaderText::tr("Nothing was written. Bootloaders go through the device itself "
                                            "(control requests or the OTA region)."));
        }
    }
    return {};
}

Result<void> checkModuleWrite(const Platform &platform, const FirmwareModule &module, const DfuseMemoryLayout &layout,
                              const std::optional<SemVer> &deviceOs)
{
    const QString name =
        module.sourceName.isEmpty() ? DfuseDownloaderText::tr("The module") : module.sourceName;
    if (module.platformId != platform.id)
        return refused(DfuseDownloaderText::tr("%1 is for platform %2, not for this %3.")
                           .arg(name)
                           .arg(module.platformId)
                           .arg(platform.displayName),
                       DfuseDownloaderText::tr("Use the file built for the %1; nothing was written.")
                           .arg(platform.displayName));
    if (!module.crcValid())
        return refused(DfuseDownloaderText::tr("%1 is corrupt: its CRC-32 does not match.").arg(name),
                       DfuseDownloaderText::tr("Download the file again; nothing was written."));
    const QByteArray image = module.flashImage();
    const quint32 start = module.startAddress;
    const quint64 end = quint64(start) + quint64(image.size());
    QList<const ModuleSlot *> candidates = platform.slotsFor(module.function(), module.index, module.mcuTarget);
    const ModuleSlot *fit = nullptr;
    for (const ModuleSlot *slot : candidates) {
        if (deviceOs && !slot->appliesTo(*deviceOs) && candidates.size() > 1)
            continue;
        if (start >= slot->bounds.start && end <= slot->bounds.end) {
            fit = slot;
            break;
        }
    }
    if (!fit && deviceOs) { // the device may be changing layout (e.g. 6.2.0's system part move)
        for (const ModuleSlot *slot : candidates) {
            if (start >= slot->bounds.start && end <= slot->bounds.end) {
                fit = slot;
                break;
            }
        }
    }
    if (!fit)
        return refused(DfuseDownloaderText::tr("%1 (%2 bytes at %3) does not fit any %4 slot of the %5.")
                           .arg(name)
                           .arg(image.size())
                           .arg(hex32(start), moduleFunctionName(module.function()), platform.displayName),
                       DfuseDownloaderText::tr(
                           "The file is not a module for this device's layout; nothing was written."));
    if (fit->transport != SlotTransport::Dfu)
        return refused(
            DfuseDownloaderText::tr("%1 (%2) cannot be written over DFU.").arg(name, fit->name),
            fit->transport == SlotTransport::Never
                ? DfuseDownloaderText::tr("This module must never be flashed; nothing was written.")
                : DfuseDownloaderText::tr(
                      "Flash it in normal or listening mode (control requests); nothing was written."),
            fit->note);
    return checkRangeWrite(platform, 0, start, quint32(image.size()), layout);
}

Result<void> checkDctWrite(const Platform &platform, quint32 offset, quint32 length)
{
    for (const DctField &f : {kDctOtaUpdateFlag, kDctClaimCode, kDctSetupDone}) {
        const quint32 fieldOffset = (f.offset == kDctOtaUpdateFlag.offset) ? platform.dctOtaUpdateFlagOffset : f.offset;
        if (offset >= fieldOffset && quint64(offset) + length <= quint64(fieldOffset) + f.size && length > 0)
            return {};
    }
    return refused(DfuseDownloaderText::tr(
                       "A DCT write of %1 bytes at offset %2 is not a field Device Restore may change.")
                       .arg(length)
                       .arg(offset),
                   DfuseDownloaderText::tr(
                       "Only the OTA flag, claim code and setup flag are written; nothing was written."));
}

} // namespace dfuguard

DfuseDownloader::DfuseDownloader(UsbDeviceHandle &handle, const Platform &platform)
    : m_handle(handle), m_platform(platform), m_dfu(handle, 0), m_dctAlt(platform.dctAlt)
{
    for (const DfuAltSetting &alt : platform.dfuAlts) {
        if (auto known = DfuseMemoryLayout::parse(alt.layout); known.ok())
            m_knownLayouts.insert(alt.alt, *known);
    }
}

DfuseDownloader::~DfuseDownloader()
{
    if (m_opened)
        m_handle.releaseInterface(0);
}

void DfuseDownloader::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
    m_dfu.setCancelFlag(cancel);
}

quint64 DfuseDownloader::controlTransfers() const
{
    return m_handle.controlTransferCount();
}

void DfuseDownloader::report(DfuseProgress::Phase phase, quint64 done, quint64 total)
{
    if (m_progress)
        m_progress(DfuseProgress{phase, done, total});
}

Result<void> DfuseDownloader::open()
{
    auto config = m_handle.configDescriptor();
    if (!config)
        return config.error();
    auto descriptors = parseDfuDescriptors(*config);
    if (!descriptors)
        return descriptors.error();
    if (descriptors->functional && descriptors->functional->transferSize > 0)
        m_transferSize = descriptors->functional->transferSize;
    if (auto r = m_handle.claimInterface(0); !r)
        return r.error();
    m_opened = true;
    for (const DfuAltSettingDescriptor &alt : descriptors->alts) {
        if (alt.interface != 0 || alt.iInterface == 0)
            continue;
        auto text = m_handle.stringDescriptor(alt.iInterface);
        if (!text)
            return text.error();
        auto layout = DfuseMemoryLayout::parse(*text);
        if (!layout)
            return layout.error();
        m_layouts.insert(alt.alt, *layout);
        if (layout->name() == QLatin1String("DCT Flash") || layout->name() == QLatin1String("DCD Flash"))
            m_dctAlt = alt.alt;
    }
    if (!m_layouts.contains(0))
        return makeError(usberror::BadDescriptor,
                         DfuseDownloaderText::tr("The device in DFU mode shows no internal flash (alt 0)."),
                         DfuseDownloaderText::tr("Reset the device into DFU mode and try again."));
    return {};
}

std::optional<DfuseMemoryLayout> DfuseDownloader::layout(int alt) const
{
    const auto it = m_layouts.constFind(alt);
    return it == m_layouts.cend() ? std::nullopt : std::optional(*it);
}

Result<void> DfuseDownloader::selectAlt(int alt)
{
    if (!m_layouts.contains(alt))
        return refused(DfuseDownloaderText::tr("The device has no DFU alt setting %1.").arg(alt),
                       DfuseDownloaderText::tr("Nothing was written."));
    if (m_currentAlt != alt) {
        if (auto r = m_handle.setAltSetting(0, alt); !r)
            return r.error();
        m_currentAlt = alt;
    }
    return m_dfu.ensureIdle();
}

Result<void> DfuseDownloader::writeModule(const FirmwareModule &module, const std::optional<SemVer> &deviceOs)
{
    const auto l = layout(0);
    if (!l)
        return refused(DfuseDownloaderText::tr("The DFU session is not open."),
                       DfuseDownloaderText::tr("Nothing was written."));
    if (auto ok = dfuguard::checkModuleWrite(m_platform, module, *l, deviceOs); !ok)
        return ok.error();
    return download(0, module.startAddress, module.flashImage(), true);
}

Result<void> DfuseDownloader::writeRange(int alt, quint32 address, const QByteArray &data)
{
    const auto l = layout(alt);
    if (!l)
        return refused(DfuseDownloaderText::tr("The device has no DFU alt setting %1.").arg(alt),
                       DfuseDownloaderText::tr("Nothing was written."));
    if (alt == m_dctAlt)
        return refused(DfuseDownloaderText::tr("Raw writes to the DCT are not allowed."),
                       DfuseDownloaderText::tr("Write a named DCT field instead; nothing was written."));
    if (auto ok = dfuguard::checkRangeWrite(m_platform, alt, address, quint32(data.size()), *l); !ok)
        return ok.error();
    return download(alt, address, data, true);
}

Result<void> DfuseDownloader::writeDctField(const DctField &field, const QByteArray &value)
{
    const quint32 offset = field.offset == kDctOtaUpdateFlag.offset ? m_platform.dctOtaUpdateFlagOffset : field.offset;
    if (auto ok = dfuguard::checkDctWrite(m_platform, offset, quint32(value.size())); !ok)
        return ok.error();
    const auto l = layout(m_dctAlt);
    if (!l)
        return refused(DfuseDownloaderText::tr("The device shows no DCT alt setting."),
                       DfuseDownloaderText::tr("Nothing was written."));
    if (offset + quint64(value.size()) > l->endAddress() || !l->isWritable(offset, quint32(value.size())))
        return refused(DfuseDownloaderText::tr("The DCT field %1 is not writable on this device.")
                           .arg(QLatin1String(field.name)),
                       DfuseDownloaderText::tr("Nothing was written."));
    // The DCT is a virtual view: erase is a no-op there (reference 1.4), so none is sent.
    return download(m_dctAlt, offset, value, false);
}

std::optional<QList<DfuseSector>> DfuseDownloader::eraseSectors(int alt, quint32 address, quint32 length) const
{
    const auto sectors = m_layouts.value(alt).sectorsCovering(address, length);
    if (!sectors)
        return std::nullopt;
    const auto known = m_knownLayouts.constFind(alt);
    QList<DfuseSector> out;
    for (const DfuseSector &s : *sectors) {
        if (!s.properties.erasable)
            continue;
        const auto finer = known == m_knownLayouts.cend() ? std::nullopt : known->sectorsCovering(s.address, s.size);
        if (finer && finer->size() > 1) {
            for (DfuseSector f : *finer) {
                f.properties = s.properties;
                out.append(f);
            }
        } else {
            out.append(s);
        }
    }
    return out;
}

Result<void> DfuseDownloader::download(int alt, quint32 address, const QByteArray &data, bool erase)
{
    if (auto r = selectAlt(alt); !r)
        return r.error();
    const DfuseMemoryLayout l = m_layouts.value(alt);
    const quint64 total = quint64(data.size());

    // 1. Erase exactly the sectors the image covers (in the flash's real erase size).
    if (erase) {
        const auto sectors = eraseSectors(alt, address, quint32(data.size()));
        if (!sectors)
            return refused(
                DfuseDownloaderText::tr("The write at %1 lies outside the layout.").arg(hex32(address)),
                DfuseDownloaderText::tr("Nothing was written."));
        quint64 erased = 0;
        for (const DfuseSector &s : *sectors) {
            if (auto r = m_dfu.erasePage(s.address); !r)
                return r.error();
            erased += s.size;
            report(DfuseProgress::Phase::Erase, erased, total);
        }
    }

    // 2. One SET_ADDRESS per run of blocks; wValue = 2 + n addresses each wTransferSize block.
    const quint32 xfer = m_transferSize;
    constexpr quint32 kMaxBlocksPerAddress = 0xFFFF - 2;
    quint64 offset = 0;
    while (offset < total) {
        const quint32 runAddress = quint32(address + offset);
        if (auto r = m_dfu.setAddressPointer(runAddress); !r)
            return r.error();
        for (quint32 n = 0; n < kMaxBlocksPerAddress && offset < total; ++n) {
            const QByteArray chunk = data.mid(qsizetype(offset), qsizetype(std::min<quint64>(xfer, total - offset)));
            const QString what = QStringLiteral("DFU_DNLOAD at %1").arg(hex32(quint32(address + offset)));
            auto s = m_dfu.downloadAndPoll(quint16(2 + n), chunk, what);
            if (!s)
                return s.error();
            if (s->state != quint8(DfuState::dfuDNLOAD_IDLE))
                return dfuStateError(s->state, QStringLiteral("dfuDNLOAD_IDLE"), what);
            offset += quint64(chunk.size());
            report(DfuseProgress::Phase::Write, offset, total);
        }
    }

    // 3. Read back where the memory is readable.
    if (m_verify && l.isReadable(address, quint32(data.size()))) {
        auto back = read(alt, address, quint32(data.size()));
        if (!back)
            return back.error();
        if (*back != data) {
            qsizetype at = 0;
            while (at < data.size() && back->at(at) == data.at(at))
                ++at;
            return makeError(
                usberror::DfuVerify,
                DfuseDownloaderText::tr("The device's flash differs from the file at %1 after writing.")
                    .arg(hex32(quint32(address + at))),
                DfuseDownloaderText::tr("Reset the device into DFU mode and flash again; if it repeats, the "
                                        "flash may be worn."),
                QStringLiteral("alt %1, first difference at offset %2").arg(alt).arg(at));
        }
    }
    return {};
}

Result<QByteArray> DfuseDownloader::read(int alt, quint32 address, quint32 length)
{
    if (auto r = selectAlt(alt); !r)
        return r.error();
    const DfuseMemoryLayout l = m_layouts.value(alt);
    if (!l.isReadable(address, length))
        return refused(
            DfuseDownloaderText::tr("The memory at %1 is not readable over DFU.").arg(hex32(address)),
            DfuseDownloaderText::tr("Nothing can be verified there."));
    QByteArray out;
    out.reserve(length);
    const quint32 xfer = m_transferSize;
    while (quint32(out.size()) < length) {
        const quint32 runAddress = address + quint32(out.size());
        if (auto r = m_dfu.setAddressPointer(runAddress); !r)
            return r.error();
        // UPLOAD is only allowed from dfuIDLE: leave dfuDNLOAD_IDLE, the address pointer stays.
        if (auto r = m_dfu.abort(); !r)
            return r.error();
        for (quint32 n = 0; n < 0xFFFF - 2 && quint32(out.size()) < length; ++n) {
            if (m_cancel && m_cancel->load()) return cancelledError(DfuseDownloaderText::tr("Reading back"));
            const quint16 want = quint16(std::min<quint32>(xfer, length - quint32(out.size())));
            auto chunk = m_dfu.upload(quint16(2 + n), want);
            if (!chunk)
                return chunk.error();
            if (chunk->size() != want)
                return makeError(usberror::ShortTransfer,
                                 DfuseDownloaderText::tr("The device returned %1 of %2 bytes reading %3.")
                                     .arg(chunk->size())
                                     .arg(want)
                                     .arg(hex32(runAddress + n * xfer)),
                                 DfuseDownloaderText::tr("Reset the device into DFU mode and try again."));
            out.append(*chunk);
            report(DfuseProgress::Phase::Verify, quint64(out.size()), length);
        }
        if (auto r = m_dfu.abort(); !r)
            return r.error();
    }
    return out;
}

Result<void> DfuseDownloader::leave(quint32 address)
{
    if (auto r = selectAlt(0); !r)
        return r.error();
    if (auto r = m_dfu.setAddressPointer(address); !r)
        return r.error();
    if (auto r = m_dfu.download(2, {}); !r)
        return r.error();
    // Gen3/rtl872x report dfuMANIFEST; Gen2 deliberately reports dfuDNLOAD_IDLE while manifesting
    // (usbd_dfu_core.c, "to get a nice output from dfu-util"). Both mean the device will reset. A
    // device that already went away also left.
    auto s = m_dfu.getStatus();
    if (!s) {
        if (s.error().code == QLatin1String(usberror::NoDevice) || s.error().code == QLatin1String(usberror::Io))
            return {};
        return s.error();
    }
    if (s->status != quint8(DfuStatus::OK))
        return dfuStatusError(s->status, s->state, DfuseDownloaderText::tr("leaving DFU mode"));
    const auto state = DfuState(s->state);
    if (state != DfuState::dfuMANIFEST && state != DfuState::dfuDNLOAD_IDLE && state != DfuState::dfuMANIFEST_SYNC
        && state != DfuState::dfuMANIFEST_WAIT_RESET)
        return dfuStateError(s->state, QStringLiteral("dfuMANIFEST"),
                             DfuseDownloaderText::tr("leaving DFU mode"));
    m_handle.releaseInterface(0);
    m_opened = false;
    report(DfuseProgress::Phase::Leave, 1, 1);
    return {};
}

} // namespace dr
