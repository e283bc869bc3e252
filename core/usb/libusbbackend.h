// UsbBackend on libusb-1.0. Each LibusbBackend owns its own libusb context, created when the backend
// is made, so a context can be created late and anew per session (an emulated device added after
// start-up is only seen by a context created after it; test-infra gotcha 2).
//
// One backend serves several threads at once (the station: a bus monitor and one engine per device):
// libusb's context, device lists, opens and synchronous transfers are thread-safe, the hotplug
// registration here is done once under a mutex, and the serial numbers read while listing are kept
// per enumeration (per libusb_device, held by a reference), so N engines polling the bus do not open
// every device N times a poll.
#pragma once

#include "usb/usbdevice.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <mutex>

struct libusb_device;

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
    bool registerHotplug();
    libusb_context *m_ctx = nullptr;
    std::mutex m_hotplugMutex;
    std::atomic_bool m_hotplugRegistered{false};
    std::mutex m_serialMutex;
    QHash<libusb_device *, QString> m_serials; // each device referenced while it is listed
    int m_hotplugHandles[2] = {0, 0};
    std::atomic_int m_events{0};
};

} // namespace dr
