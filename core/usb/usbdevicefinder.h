// Finds one Particle device on the bus by its device ID and mode, waiting for it to appear: the way a
// restore follows a device across every re-enumeration (reset, enter DFU, leave DFU). Polls the
// backend's device list; bounded by a timeout and cancellable.
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

bool matchesQuery(const UsbDeviceInfo &device, const UsbDeviceQuery &query);

Result<UsbDeviceInfo> waitForUsbDevice(UsbBackend &backend, const UsbDeviceQuery &query,
                                       std::chrono::milliseconds timeout,
                                       const std::atomic_bool *cancel = nullptr,
                                       std::chrono::milliseconds pollInterval = std::chrono::milliseconds(50));

// Waits until no device matching the query is on the bus (the old enumeration left).
Result<void> waitForUsbDeviceGone(UsbBackend &backend, const UsbDeviceQuery &query, std::chrono::milliseconds timeout,
                                  const std::atomic_bool *cancel = nullptr);

} // namespace dr
