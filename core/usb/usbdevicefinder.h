// Finds one Particle device on the bus by its device ID and mode, waiting for it to appear: the way a
// restore follows a device across every re-enumeration (reset, enter DFU, leave DFU). Polls the
// backend's device list; bounded by a timeout and cancellable.
//
// Old Gen 2 devices do not show their ID: Device OS up to 0.5.x gives the fixed USB serial number
// "00000000050C", their bootloaders "00000000010C" (reference 7, row 6). A query that allows it
// (`anonymous`) then takes the one device whose serial number is no device ID, of the query's
// platform and on its USB port path when it names them; with two such candidates it fails with
// usb.ambiguous-device at once rather than guess.
#pragma once

#include "common/result.h"
#include "usb/usbdevice.h"

#include <atomic>
#include <chrono>
#include <optional>

namespace dr {

struct UsbDeviceQuery
{
    QString deviceId;                 // empty: any Particle device
    std::optional<UsbDeviceMode> mode; // nullopt: either mode
    QString portPath;                 // empty: any port (used when the device ID is not readable)
    bool anonymous = false;           // also a device whose serial number is no device ID (see above)
    const Platform *platform = nullptr; // with anonymous: only this platform's devices
};

bool matchesQuery(const UsbDeviceInfo &device, const UsbDeviceQuery &query);
// A USB serial number that is a device ID (24 hex digits), not a fixed string of old Gen 2.
bool serialNumberIsDeviceId(const QString &serialNumber);

namespace usberror {
inline constexpr char AmbiguousDevice[] = "usb.ambiguous-device";
}

Result<UsbDeviceInfo> waitForUsbDevice(UsbBackend &backend, const UsbDeviceQuery &query,
                                       std::chrono::milliseconds timeout,
                                       const std::atomic_bool *cancel = nullptr,
                                       std::chrono::milliseconds pollInterval = std::chrono::milliseconds(50));

// Waits until no device matching the query is on the bus (the old enumeration left).
Result<void> waitForUsbDeviceGone(UsbBackend &backend, const UsbDeviceQuery &query, std::chrono::milliseconds timeout,
                                  const std::atomic_bool *cancel = nullptr);

} // namespace dr
