// The USB face of a VirtualDevice: the descriptors and strings it shows in each mode (CDC + vendor
// interface in normal/listening mode, DfuSe interface with one alt setting per memory in DFU mode), and
// the dispatch of control transfers to its two request handlers: the DFU bootloader of its MCU family
// (BootloaderDfu) in DFU mode, Device OS's control-request channel (ControlRequestChannel) otherwise.
// Transport-free: the umockdev attachment and the in-process adapter feed it setup packets and deliver
// its replies; it asks them to reset the device (and so to re-enumerate) through the reset handler,
// after the reply that announced it has been delivered. Thread-safe.
#pragma once

#include "simulator/usbcontrolreply.h"
#include "simulator/virtualdevice.h"
#include "usb/usbdevice.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace dr::sim {

class VirtualUsbDevice
{
public:
    explicit VirtualUsbDevice(std::shared_ptr<VirtualDevice> device);
    ~VirtualUsbDevice();

    VirtualDevice &device() const { return *m_device; }
    std::shared_ptr<VirtualDevice> sharedDevice() const { return m_device; }

    // Descriptors of the current mode.
    QByteArray deviceDescriptor() const;
    QByteArray configDescriptor() const;
    // String descriptor in wire format (bLength, bDescriptorType 3, UTF-16LE); index 0 = LANGID list.
    std::optional<QByteArray> stringDescriptor(quint8 index) const;
    std::optional<QString> string(quint8 index) const;

    // One control transfer. `out` is the OUT data stage (wLength bytes), ignored for IN.
    UsbControlReply control(const UsbSetup &setup, quint16 wLength, const QByteArray &out);
    // SET_INTERFACE (an ioctl, not a control transfer, on Linux usbfs).
    bool setInterface(int interface, int alt);

    // Called when the device must reset into a mode: the attachment calls device().resetDevice(mode)
    // once the reply that caused it has been delivered (and re-enumerates).
    using ResetHandler = std::function<void(DeviceMode)>;
    void setResetHandler(ResetHandler handler);

    // Forgets per-connection state (DFU state machine, pending control requests); the attachment
    // calls it when the device re-enumerates.
    void busReset();

    // How many more CHECKs answer PENDING before a request completes, beyond the one every request
    // gets while Device OS processes it (tests of the poll back-off).
    void setPendingChecks(int count);

    quint64 controlTransferCount() const;

private:
    struct State;
    std::shared_ptr<VirtualDevice> m_device;
    std::unique_ptr<State> d;
};

} // namespace dr::sim
