// Waiting for a device by ID and mode (see usbdevicefinder.h).
#include "usb/usbdevicefinder.h"

#include "platform/platform.h"
#include "usb/usberror.h"

#include <QCoreApplication>

#include <thread>

namespace dr {

using namespace std::chrono;

namespace {

struct UsbFinderText
{
    Q_DECLARE_TR_FUNCTIONS(dr::UsbDeviceFinder)
};

// One whole sentence per case, so that translations need not assemble fragments.
QString notAppearedMessage(const UsbDeviceQuery &query, double seconds)
{
    const bool anyDevice = query.deviceId.isEmpty();
    if (!query.mode)
        return anyDevice
                   ? UsbFinderText::tr("A Particle device did not appear on USB within %1 s.").arg(seconds)
                   : UsbFinderText::tr("The device %1 did not appear on USB within %2 s.")
                         .arg(query.deviceId)
                         .arg(seconds);
    if (*query.mode == UsbDeviceMode::Dfu)
        return anyDevice
                   ? UsbFinderText::tr("A Particle device did not appear on USB in DFU mode within %1 s.")
                         .arg(seconds)
                   : UsbFinderText::tr("The device %1 did not appear on USB in DFU mode within %2 s.")
                         .arg(query.deviceId)
                         .arg(seconds);
    return anyDevice
               ? UsbFinderText::tr("A Particle device did not appear on USB in normal mode within %1 s.")
                     .arg(seconds)
               : UsbFinderText::tr("The device %1 did not appear on USB in normal mode within %2 s.")
                     .arg(query.deviceId)
                     .arg(seconds);
}

} // namespace

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
        if (cancel && cancel->load()) return cancelledError(UsbFinderText::tr("Waiting for the device"));
        if (steady_clock::now() >= deadline)
            break;
        std::this_thread::sleep_for(pollInterval);
    }
    return makeError(
        usberror::DeviceLost, notAppearedMessage(query, timeout.count() / 1000.0),
        query.mode == UsbDeviceMode::Dfu
            ? UsbFinderText::tr("Put it into DFU mode by hand: hold MODE, tap RESET, release MODE when the "
                                "LED blinks yellow. Then try again.")
            : UsbFinderText::tr("Check the cable; if the LED is dark, press RESET. Then try again."));
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
            return cancelledError(UsbFinderText::tr("Waiting for the device to reset"));
        if (steady_clock::now() >= deadline)
            return makeError(
                usberror::DeviceLost,
                UsbFinderText::tr("The device did not reset within %1 s.").arg(timeout.count() / 1000.0),
                UsbFinderText::tr("Press RESET on the device and try again."));
        std::this_thread::sleep_for(milliseconds(20));
    }
}

} // namespace dr
