// Bus watching for Particle devices (see usbdevicemonitor.h).
#include "usb/usbdevicemonitor.h"

#include "usb/libusbbackend.h"

namespace dr {

UsbDeviceMonitor::UsbDeviceMonitor(BackendFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
    qRegisterMetaType<dr::UsbDeviceInfo>();
    qRegisterMetaType<dr::Error>();
    if (!m_factory) {
        m_factory = []() -> Result<std::unique_ptr<UsbBackend>> {
            auto b = LibusbBackend::create();
            if (!b)
                return b.error();
            return std::unique_ptr<UsbBackend>(std::move(*b));
        };
    }
}

UsbDeviceMonitor::~UsbDeviceMonitor()
{
    stop();
}

void UsbDeviceMonitor::start(std::chrono::milliseconds pollInterval)
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this, pollInterval] { run(pollInterval); });
}

void UsbDeviceMonitor::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QList<UsbDeviceInfo> UsbDeviceMonitor::devices() const
{
    std::lock_guard lock(m_mutex);
    return m_devices;
}

void UsbDeviceMonitor::run(std::chrono::milliseconds interval)
{
    auto backend = m_factory();
    if (!backend) {
        Q_EMIT scanFailed(backend.error());
        return;
    }
    // Arm hotplug before the first scan, so no device can arrive unseen between the two.
    (*backend)->waitForBusChange(std::chrono::milliseconds(0));
    while (!m_stop) {
        auto list = (*backend)->listDevices();
        m_scans.fetch_add(1);
        if (!list) {
            Q_EMIT scanFailed(list.error());
        } else {
            QList<UsbDeviceInfo> arrived, left;
            {
                std::lock_guard lock(m_mutex);
                auto same = [](const UsbDeviceInfo &a, const UsbDeviceInfo &b) {
                    return a.key == b.key && a.productId == b.productId && a.deviceId == b.deviceId;
                };
                for (const UsbDeviceInfo &d : *list) {
                    if (std::none_of(m_devices.cbegin(), m_devices.cend(), [&](const UsbDeviceInfo &o) { return same(o, d); }))
                        arrived.append(d);
                }
                for (const UsbDeviceInfo &o : m_devices) {
                    if (std::none_of(list->cbegin(), list->cend(), [&](const UsbDeviceInfo &d) { return same(o, d); }))
                        left.append(o);
                }
                m_devices = *list;
            }
            for (const UsbDeviceInfo &d : left)
                Q_EMIT deviceLeft(d);
            for (const UsbDeviceInfo &d : arrived)
                Q_EMIT deviceArrived(d);
        }
        // Hotplug wakes us early; without it this is the polling interval. Sliced so stop() is quick.
        for (auto waited = std::chrono::milliseconds(0); waited < interval && !m_stop; waited += std::chrono::milliseconds(100)) {
            if ((*backend)->waitForBusChange(std::min(std::chrono::milliseconds(100), interval - waited)))
                break;
        }
    }
}

} // namespace dr
