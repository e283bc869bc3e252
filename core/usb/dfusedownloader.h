// Writes and reads a Particle device's memories over DfuSe: decides which sectors to erase, refuses
// writes the platform forbids before any transfer, downloads with block-number addressing (one
// SET_ADDRESS_POINTER per contiguous image, wValue = 2 + n per wTransferSize block), verifies by
// UPLOAD where the layout says the memory is readable, and leaves DFU (manifest) with the Gen 2
// quirk (dfuDNLOAD_IDLE instead of dfuMANIFEST) accepted. Reference sections 1.4, 5.1-5.5, and
// device-os-behaviour.md rows 11 and 12 (a Gen 2 failure is a stalled GETSTATUS; old bootloaders name
// the DCT "DCD Flash" and describe 8 KB external flash sectors that erase 4 KB).
#pragma once

#include "common/result.h"
#include "firmware/firmwaremodule.h"
#include "platform/platform.h"
#include "usb/dfuclient.h"
#include "usb/dfusememorylayout.h"

#include <QMap>

#include <atomic>
#include <functional>

namespace dr {

// DCT fields a restore may write (reference 1.5); the DCT is never written anywhere else.
struct DctField
{
    const char *name;
    quint32 offset;
    quint32 size;
};
inline constexpr DctField kDctOtaUpdateFlag{"ota_update_flag", 1753, 1};
inline constexpr DctField kDctClaimCode{"claim_code", 1762, 63};
inline constexpr DctField kDctSetupDone{"setup_done", 8134, 1};

// Pure checks (no I/O), used before anything is sent.
namespace dfuguard {
// A module image written over DFU: it must be for this platform, have a DFU slot whose bounds hold
// [start, start + image size), and touch neither the platform's dfuForbidden ranges nor read-only sectors.
Result<void> checkModuleWrite(const Platform &platform, const FirmwareModule &module, const DfuseMemoryLayout &layout,
                              const std::optional<SemVer> &deviceOs = std::nullopt);
// A raw range: inside the layout, writable, outside dfuForbidden (alt 0).
Result<void> checkRangeWrite(const Platform &platform, int alt, quint32 address, quint32 length,
                             const DfuseMemoryLayout &layout);
// A DCT write: only the named fields.
Result<void> checkDctWrite(const Platform &platform, quint32 offset, quint32 length);
} // namespace dfuguard

struct DfuseProgress
{
    enum class Phase { Erase, Write, Verify, Leave } phase = Phase::Write;
    quint64 done = 0;
    quint64 total = 0;
};
using DfuseProgressFn = std::function<void(const DfuseProgress &)>;

class DfuseDownloader
{
public:
    DfuseDownloader(UsbDeviceHandle &handle, const Platform &platform);
    ~DfuseDownloader();

    void setCancelFlag(const std::atomic_bool *cancel);
    void setProgress(DfuseProgressFn fn) { m_progress = std::move(fn); }
    void setVerify(bool verify) { m_verify = verify; }
    void setTimeout(UsbTimeout timeout) { m_dfu.setTimeout(timeout); }

    // Claims interface 0, reads the functional descriptor (wTransferSize) and every alt's layout.
    Result<void> open();
    quint16 transferSize() const { return m_transferSize; }
    std::optional<DfuseMemoryLayout> layout(int alt) const;
    // The DCT's alt: the one the bootloader names "DCT Flash", or "DCD Flash" as bootloaders before
    // September 2022 do; the platform database's when the device names neither.
    int dctAlt() const { return m_dctAlt; }

    // A module at its prefix start address on alt 0 (prefix dropped when the module says so).
    Result<void> writeModule(const FirmwareModule &module, const std::optional<SemVer> &deviceOs = std::nullopt);
    // Raw bytes on an alt (OTA region, external flash). Refused outside the rules above.
    Result<void> writeRange(int alt, quint32 address, const QByteArray &data);
    // A named DCT field (alt dctAlt).
    Result<void> writeDctField(const DctField &field, const QByteArray &value);
    Result<QByteArray> read(int alt, quint32 address, quint32 length);
    // Leave DFU: SET_ADDRESS(address), zero-length DNLOAD, GETSTATUS; the device then resets.
    Result<void> leave(quint32 address);

    quint64 controlTransfers() const;

private:
    Result<void> selectAlt(int alt);
    Result<void> download(int alt, quint32 address, const QByteArray &data, bool erase);
    // Where to send ERASE for [address, address + length): every sector of the device's layout, and
    // within a sector the platform database describes as several smaller ones, each of those (old
    // Tracker and B5 SoM bootloaders describe 8 KB external flash sectors and erase 4 KB).
    std::optional<QList<DfuseSector>> eraseSectors(int alt, quint32 address, quint32 length) const;
    void report(DfuseProgress::Phase phase, quint64 done, quint64 total);

    UsbDeviceHandle &m_handle;
    const Platform &m_platform;
    DfuClient m_dfu;
    const std::atomic_bool *m_cancel = nullptr;
    DfuseProgressFn m_progress;
    bool m_verify = true;
    bool m_opened = false;
    int m_currentAlt = -1;
    quint16 m_transferSize = 4096;
    QMap<int, DfuseMemoryLayout> m_layouts;
    QMap<int, DfuseMemoryLayout> m_knownLayouts; // the platform database's, per alt
    int m_dctAlt = 1;
};

} // namespace dr
