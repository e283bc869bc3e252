// The small USB interface the protocol code speaks through: an enumerator of Particle devices and an
// open device handle with control transfers, descriptors and strings. LibusbBackend implements it
// for real hardware (and umockdev); the simulator implements it in-process for demo mode. Every call
// is synchronous, bounded by a timeout, and returns the libusb-level error kind (stall, unplug,
// timeout stay distinct).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

namespace dr {

struct Platform;

enum class UsbDeviceMode : quint8 {
    Normal, // Device OS running: normal or listening mode (CDC PID); control requests work
    Dfu,    // DFU bootloader (DFU PID)
};
QString usbDeviceModeName(UsbDeviceMode mode);

// One Particle device on the bus.
struct UsbDeviceInfo
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    const Platform *platform = nullptr; // from PlatformDatabase::byUsbId
    UsbDeviceMode mode = UsbDeviceMode::Normal;
    QString deviceId;  // iSerialNumber, lower case (24 hex); may be a fixed string on Gen2 < 0.6.0
    int busNumber = 0;
    int address = 0;
    QString portPath;  // "1-1.4": bus and port numbers, stable across re-enumeration on the same port
    QString serialPort; // the matching serial port, when known (filled by the serial side)
    QString key;       // backend-specific identity for open()
    // False when listing it could not open it (openError: libusb's error, LIBUSB_ERROR_ACCESS when
    // this user may not, LIBUSB_ERROR_NOT_SUPPORTED on Windows without a WinUSB driver): the system
    // sees the device, but it cannot be used until that is fixed (core/doctor says how).
    bool canOpen = true;
    int openError = 0;
};

struct UsbSetup
{
    quint8 bmRequestType = 0;
    quint8 bRequest = 0;
    quint16 wValue = 0;
    quint16 wIndex = 0;
};

using UsbTimeout = std::chrono::milliseconds;
inline constexpr UsbTimeout kDefaultUsbTimeout{5000}; // dfu-util DFU_TIMEOUT, particle-usb

class UsbDeviceHandle
{
public:
    virtual ~UsbDeviceHandle() = default;

    virtual const UsbDeviceInfo &info() const = 0;

    // Control IN: returns the bytes received (at most `length`).
    virtual Result<QByteArray> controlIn(const UsbSetup &setup, quint16 length, UsbTimeout timeout) = 0;
    // Control OUT with `data` as the data stage (may be empty).
    virtual Result<void> controlOut(const UsbSetup &setup, const QByteArray &data, UsbTimeout timeout) = 0;

    // The raw active configuration descriptor, with every interface and class descriptor in it.
    virtual Result<QByteArray> configDescriptor() = 0;
    virtual Result<QString> stringDescriptor(quint8 index) = 0;

    virtual Result<void> claimInterface(int interface) = 0;
    virtual Result<void> setAltSetting(int interface, int alt) = 0;
    virtual void releaseInterface(int interface) = 0;

    // Number of control transfers issued through this handle (benchmarks count them).
    quint64 controlTransferCount() const { return m_transfers.load(); }

protected:
    void countTransfer() { m_transfers.fetch_add(1); }

private:
    std::atomic<quint64> m_transfers{0};
};

class UsbBackend
{
public:
    virtual ~UsbBackend() = default;
    // Particle devices present now (VID 0x2B04 and 0x1D50 with a PID the platform database knows).
    virtual Result<QList<UsbDeviceInfo>> listDevices() = 0;
    virtual Result<std::unique_ptr<UsbDeviceHandle>> open(const UsbDeviceInfo &device) = 0;
    // Blocks until the bus may have changed (hotplug event) or the timeout passed; returns true on an
    // event. Without hotplug support it just waits, and callers poll listDevices().
    virtual bool waitForBusChange(std::chrono::milliseconds timeout);
};

// Classifies a device from its ids through the platform database; nullopt when it is not a Particle
// device this program knows.
struct UsbIdentity
{
    const Platform *platform = nullptr;
    UsbDeviceMode mode = UsbDeviceMode::Normal;
};
std::optional<UsbIdentity> identifyParticleUsb(quint16 vendorId, quint16 productId);

} // namespace dr
