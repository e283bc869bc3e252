// UsbBackend on libusb-1.0. Each LibusbBackend owns its own libusb context, created when the backend
// is made, so a context can be created late and anew per session (an emulated device added after
// start-up is only seen by a context created after it; test-infra gotcha 2).
#pragma once

#include "usb/usbdevice.h"

#include <atomic>

struct libusb_context;

namespace dr {

class LibusbBackend : public UsbBackend
{
public:
    static Result<std::unique_ptr<LibusbBackend>> create();
    ~LibusbBackend() override;

    Result<QList<UsbDeviceInfo>> listDevices() override;
    Result<std::unique_ptr<UsbDeviceHandle>> open(const UsbDeviceInfo &device) override;

    // Hotplug where libusb has it (Linux udev, macOS): waitForBusChange() registers for the Particle
    // vendor ids on first use and returns on arrival/departure; elsewhere it waits and returns false.
    bool hasHotplug() const;
    bool waitForBusChange(std::chrono::milliseconds timeout) override;
    libusb_context *context() const { return m_ctx; }

private:
    explicit LibusbBackend(libusb_context *ctx) : m_ctx(ctx) {}
    libusb_context *m_ctx = nullptr;
    bool m_hotplugRegistered = false;
    int m_hotplugHandles[2] = {0, 0};
    std::atomic_int m_events{0};
};

} // namespace dr
