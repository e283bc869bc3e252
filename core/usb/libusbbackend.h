// UsbBackend on libusb-1.0. Each LibusbBackend owns its own libusb context, created when the backend
// is made, so a context can be created late and anew per session (an emulated device added after
// start-up is only seen by a context created after it; test-infra gotcha 2).
#pragma once

#include "usb/usbdevice.h"

struct libusb_context;

namespace dr {

class LibusbBackend : public UsbBackend
{
public:
    static Result<std::unique_ptr<LibusbBackend>> create();
    ~LibusbBackend() override;

    Result<QList<UsbDeviceInfo>> listDevices() override;
    Result<std::unique_ptr<UsbDeviceHandle>> open(const UsbDeviceInfo &device) override;

    // Hotplug where libusb has it (Linux udev, macOS): registers for Particle vendor ids. Events are
    // delivered from pollEvents(); returns false where hotplug is unavailable (poll listDevices()).
    bool hasHotplug() const;
    libusb_context *context() const { return m_ctx; }

private:
    explicit LibusbBackend(libusb_context *ctx) : m_ctx(ctx) {}
    libusb_context *m_ctx = nullptr;
};

} // namespace dr
