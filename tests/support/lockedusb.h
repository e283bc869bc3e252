// A computer without Particle's udev rule, as the program sees it: another backend's devices are
// listed, but none can be opened (LIBUSB_ERROR_ACCESS), as libusb lists them for a user without
// permission. For the device page's "present but unusable" state in tests and screenshots.
#pragma once

#include "usb/usbdevice.h"

#include <libusb.h>

namespace dr::test {

class LockedUsb : public UsbBackend
{
public:
    explicit LockedUsb(UsbBackend &inner) : m_inner(inner) {}

    Result<QList<UsbDeviceInfo>> listDevices() override
    {
        auto listed = m_inner.listDevices();
        if (!listed.ok()) return listed;
        for (UsbDeviceInfo &d : *listed) {
            d.deviceId.clear(); // the serial number needs the device opened
            d.canOpen = false;
            d.openError = LIBUSB_ERROR_ACCESS;
        }
        return listed;
    }

    Result<std::unique_ptr<UsbDeviceHandle>> open(const UsbDeviceInfo &) override
    {
        return makeError(QStringLiteral("usb.access-denied"),
                         QStringLiteral("Access denied (insufficient permissions)"));
    }

    bool waitForBusChange(std::chrono::milliseconds timeout) override
    {
        return m_inner.waitForBusChange(timeout);
    }

private:
    UsbBackend &m_inner;
};

} // namespace dr::test
