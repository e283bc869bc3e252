// Reads the modules of a device in DFU mode back from its flash with DFU UPLOAD and judges them the
// way Device OS judges its own (integrity from the module's CRC-32, address range, platform,
// dependencies), so a device blinking yellow gets the same ModuleInspection as one running Device
// OS (source Dfu). Per slot of platforms.json on the main MCU: first the header window at the slot's
// start (a prefix at a known offset says how long the module is), then the whole module, never past
// the slot's end; the SoftDevice by its info structure, as Device OS reads it. The system part's
// version picks the Device OS layout (slot bounds move between releases). What DFU cannot reach (a
// network co-processor, memory the bootloader shows unreadable) is listed as not read, with the
// reason. A protected device (Device Protection) gets no UPLOAD at all: its bootloader refuses them.
// Synchronous, bounded by a total time limit, cancellable between transfers; nothing is written.
#pragma once

#include "common/result.h"
#include "platform/platform.h"
#include "serial/moduleinspection.h"
#include "usb/usbdevice.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace dr {

namespace dfuinspecterror {
inline constexpr char Protected[] = "dfu-inspect.protected";       // Device Protection: no UPLOAD allowed
inline constexpr char NotReadable[] = "dfu-inspect.not-readable";  // the bootloader shows no readable slot
inline constexpr char TimedOut[] = "dfu-inspect.timeout";          // the total time limit passed
inline constexpr char Unplugged[] = "dfu-inspect.unplugged";       // the device went away while being read
} // namespace dfuinspecterror

struct DfuReadProgress
{
    quint64 done = 0;  // bytes read so far
    quint64 total = 0; // bytes this read expects in all (grows once the headers tell the module sizes)
    QString part;      // the slot being read: "system-part1"
};
using DfuReadProgressFn = std::function<void(const DfuReadProgress &)>;

class DfuModuleReader
{
public:
    static constexpr std::chrono::milliseconds kDefaultTimeLimit{60000};

    // The handle must be of a device in DFU mode of this platform; it must outlive the reader.
    DfuModuleReader(UsbDeviceHandle &handle, const Platform &platform);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(DfuReadProgressFn fn) { m_progress = std::move(fn); }
    void setTimeLimit(std::chrono::milliseconds limit) { m_timeLimit = limit; }
    // Headers only: function, index, version and dependencies of every module without reading the
    // modules themselves (a few KB instead of about 1 MB); integrity is then not checked. Enough for
    // the Device OS version a device list shows.
    void setHeadersOnly(bool headersOnly) { m_headersOnly = headersOnly; }

    Result<ModuleInspection> read();

    quint64 bytesRead() const { return m_bytesRead; }

private:
    UsbDeviceHandle &m_handle;
    const Platform &m_platform;
    const std::atomic_bool *m_cancel = nullptr;
    DfuReadProgressFn m_progress;
    std::chrono::milliseconds m_timeLimit = kDefaultTimeLimit;
    bool m_headersOnly = false;
    quint64 m_bytesRead = 0;
};

} // namespace dr
