// Presents virtual devices to the real libusb (and to any program run with libumockdev-preload, such
// as dfu-util) as USB devices on a umockdev testbed: sysfs descriptors per mode, an ioctl handler that
// answers usbfs URBs from VirtualUsbDevice (stall -> EPIPE, no reply -> held until libusb discards it,
// gone -> ENODEV), and re-enumeration (remove + add with the new PID and a new address, same port)
// whenever the device resets. Linux test builds only (target drsimulator_umockdev).
//
// Order matters (test-infra section 3): create the attachment (it creates the testbed and sets
// UMOCKDEV_DIR) before any libusb context, and destroy every libusb context before the attachment.
#pragma once

#include "common/result.h"
#include "simulator/virtualusbdevice.h"

#include <memory>

namespace dr::sim {

class UmockdevUsbAttachment
{
public:
    // Fails when the process does not run under the umockdev preload.
    static Result<std::unique_ptr<UmockdevUsbAttachment>> create();
    ~UmockdevUsbAttachment();

    // Plugs the device in on its own port (1-1, 1-2, ...).
    Result<std::shared_ptr<VirtualUsbDevice>> attach(std::shared_ptr<VirtualDevice> device);

    // Blocks until every pending re-enumeration or removal has happened (or the timeout passed).
    bool waitUntilSettled(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    // Control transfers the device answered (all enumerations), for the benchmarks.
    quint64 controlTransfers(const std::shared_ptr<VirtualDevice> &device) const;

    // Delay between the reply that asked for a reset and the device leaving the bus.
    void setResetDelay(std::chrono::milliseconds delay);

    struct Private;

private:
    UmockdevUsbAttachment();
    std::unique_ptr<Private> d;
};

} // namespace dr::sim
