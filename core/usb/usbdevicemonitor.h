// Watches the bus for Particle devices coming and going, on its own thread: libusb hotplug where the
// platform has it, polling otherwise. Each scan opens a fresh backend from the factory, so the libusb
// context is created late and anew (test-infra gotcha 2) and a monitor can start before any device.
// Signals are emitted from the monitor's thread; receivers in the GUI thread get them queued.
#pragma once

#include "common/result.h"
#include "usb/usbdevice.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace dr {

class UsbDeviceMonitor : public QObject
{
    Q_OBJECT

public:
    using BackendFactory = std::function<Result<std::unique_ptr<UsbBackend>>()>;

    // With no factory, the libusb backend.
    explicit UsbDeviceMonitor(BackendFactory factory = {}, QObject *parent = nullptr);
    ~UsbDeviceMonitor() override;

    void start(std::chrono::milliseconds pollInterval = std::chrono::milliseconds(500));
    void stop();
    QList<UsbDeviceInfo> devices() const; // the last scan
    int scanCount() const { return m_scans.load(); } // scans done so far (hotplug is armed before the first)

Q_SIGNALS:
    void deviceArrived(const dr::UsbDeviceInfo &device);
    void deviceLeft(const dr::UsbDeviceInfo &device);
    void scanFailed(const dr::Error &error);

private:
    void run(std::chrono::milliseconds interval);
    BackendFactory m_factory;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_scans{0};
    mutable std::mutex m_mutex;
    QList<UsbDeviceInfo> m_devices;
};

} // namespace dr

Q_DECLARE_METATYPE(dr::UsbDeviceInfo)
