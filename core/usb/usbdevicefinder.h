// Finds one Particle device on the bus by its device ID and mode, waiting for it to appear: the way a
// restore follows a device across every re-enumeration (reset, enter DFU, leave DFU). Polls the
// backend's device list; bounded by a timeout and cancellable.
//
// Old Gen 2 devices do not show their ID: Device OS up to 0.5.x gives the fixed USB serial number
// "00000000050C", their bootloaders "00000000010C" (reference 7, row 6). A search with an
// AnonymousMatch then takes the one device whose serial number is no device ID, of the given
// platform and on the given USB port path; with two such candidates it fails with
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
};

// Where the query's device may show no ID: also the one device whose serial number is no device
// ID (see above), of this platform and on this USB port path when set.
struct AnonymousMatch
{
    const Platform *platform = nullptr;
    QString portPath;
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
// The same, also taking the one device without an ID that fits `anonymous`; two such candidates
// fail at once with usb.ambiguous-device.
Result<UsbDeviceInfo> waitForUsbDevice(UsbBackend &backend, const UsbDeviceQuery &query, const AnonymousMatch &anonymous,
                                       std::chrono::milliseconds timeout, const std::atomic_bool *cancel = nullptr);

// Waits until no device matching the query is on the bus (the old enumeration left).
Result<void> waitForUsbDeviceGone(UsbBackend &backend, const UsbDeviceQuery &query, std::chrono::milliseconds timeout,
                                  const std::atomic_bool *cancel = nullptr);

} // namespace dr
