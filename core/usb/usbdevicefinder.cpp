// Waiting for a device by ID and mode (see usbdevicefinder.h).
#include "usb/usbdevicefinder.h"

#include "platform/platform.h"
#include "usb/usberror.h"

#include <thread>

namespace dr {

using namespace std::chrono;

bool matchesQuery(const UsbDeviceInfo &device, const UsbDeviceQuery &query)
{
    if (!query.deviceId.isEmpty() && device.deviceId.compare(query.deviceId, Qt::CaseInsensitive) != 0)
        return false;
    if (query.mode && device.mode != *query.mode)
        return false;
    if (!query.portPath.isEmpty() && device.portPath != query.portPath)
        return false;
    return true;
}

Result<UsbDeviceInfo> waitForUsbDevice(UsbBackend &backend, const UsbDeviceQuery &query, milliseconds timeout,
                                       const std::atomic_bool *cancel, milliseconds pollInterval)
{
    const auto deadline = steady_clock::now() + timeout;
    for (;;) {
        auto list = backend.listDevices();
        if (!list)
            return list.error();
        for (const UsbDeviceInfo &d : *list) {
            if (matchesQuery(d, query))
                return d;
        }
        if (cancel && cancel->load())
            return cancelledError(QStringLiteral("Waiting for the device"));
        if (steady_clock::now() >= deadline)
            break;
        std::this_thread::sleep_for(pollInterval);
    }
    const QString mode = query.mode ? (*query.mode == UsbDeviceMode::Dfu ? QStringLiteral(" in DFU mode")
                                                                         : QStringLiteral(" in normal mode"))
                                    : QString();
    const QString who = query.deviceId.isEmpty() ? QStringLiteral("A Particle device")
                                                 : QStringLiteral("The device %1").arg(query.deviceId);
    return makeError(usberror::DeviceLost,
                     QStringLiteral("%1 did not appear on USB%2 within %3 s.").arg(who, mode).arg(timeout.count() / 1000.0),
                     query.mode == UsbDeviceMode::Dfu
                         ? QStringLiteral("Put it into DFU mode by hand: hold MODE, tap RESET, release MODE when the "
                                          "LED blinks yellow. Then try again.")
                         : QStringLiteral("Check the cable; if the LED is dark, press RESET. Then try again."));
}

Result<void> waitForUsbDeviceGone(UsbBackend &backend, const UsbDeviceQuery &query, milliseconds timeout,
                                  const std::atomic_bool *cancel)
{
    const auto deadline = steady_clock::now() + timeout;
    for (;;) {
        auto list = backend.listDevices();
        if (!list)
            return list.error();
        bool present = false;
        for (const UsbDeviceInfo &d : *list)
            present |= matchesQuery(d, query);
        if (!present)
            return {};
        if (cancel && cancel->load())
            return cancelledError(QStringLiteral("Waiting for the device to reset"));
        if (steady_clock::now() >= deadline)
            return makeError(usberror::DeviceLost,
                             QStringLiteral("The device did not reset within %1 s.").arg(timeout.count() / 1000.0),
                             QStringLiteral("Press RESET on the device and try again."));
        std::this_thread::sleep_for(milliseconds(20));
    }
}

} // namespace dr
