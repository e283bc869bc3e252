// An in-process USB bus of virtual devices: UsbBackend / UsbDeviceHandle implemented directly on
// VirtualUsbDevice, for the app's demo mode (--simulate) and for fast tests of the protocol code.
// Behaves like the libusb backend: stalls, timeouts and unplugs come back as the same libusb errors,
// and a device that resets re-enumerates with a new address (open handles then see NO_DEVICE).
#pragma once

#include "simulator/virtualusbdevice.h"
#include "usb/usbdevice.h"

#include <memory>
#include <mutex>
#include <vector>

namespace dr::sim {

class InProcessUsbBus : public std::enable_shared_from_this<InProcessUsbBus>
{
public:
    static std::shared_ptr<InProcessUsbBus> create();

    // Plugs a device in (it enumerates in its current mode).
    std::shared_ptr<VirtualUsbDevice> plug(std::shared_ptr<VirtualDevice> device);
    void remove(const std::shared_ptr<VirtualDevice> &device);

    std::unique_ptr<UsbBackend> backend();

    struct Slot;

private:
    InProcessUsbBus() = default;
    friend class InProcessBackend;
    friend class InProcessHandle;
    std::mutex m_mutex;
    std::vector<std::shared_ptr<Slot>> m_slots;
    int m_nextAddress = 2;
};

} // namespace dr::sim
