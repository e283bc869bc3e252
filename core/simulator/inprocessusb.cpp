// In-process USB bus of virtual devices (see inprocessusb.h).
#include "simulator/inprocessusb.h"

#include "simulator/consolebehaviour.h"
#include "usb/usberror.h"

#include <libusb.h>

#include <QObject>

#include <algorithm>
#include <thread>

namespace dr::sim {

struct InProcessUsbBus::Slot
{
    std::shared_ptr<VirtualUsbDevice> usb;
    int port = 1;
    std::atomic<int> address{0}; // changes on every enumeration; 0 = not on the bus
    std::optional<DeviceMode> pendingReset;
    std::mutex mutex;
};

class InProcessHandle : public UsbDeviceHandle
{
public:
    InProcessHandle(std::shared_ptr<InProcessUsbBus::Slot> slot, UsbDeviceInfo info)
        : m_slot(std::move(slot)), m_info(std::move(info))
    {
    }

    const UsbDeviceInfo &info() const override { return m_info; }

    Result<QByteArray> controlIn(const UsbSetup &setup, quint16 length, UsbTimeout timeout) override
    {
        countTransfer();
        auto r = transfer(setup, length, {}, timeout);
        if (!r)
            return r.error();
        return r->left(length);
    }

    Result<void> controlOut(const UsbSetup &setup, const QByteArray &data, UsbTimeout timeout) override
    {
        countTransfer();
        auto r = transfer(setup, quint16(data.size()), data, timeout);
        if (!r)
            return r.error();
        return {};
    }

    Result<QByteArray> configDescriptor() override
    {
        if (!present())
            return libusbError(LIBUSB_ERROR_NO_DEVICE, QStringLiteral("reading the configuration descriptor"));
        return m_slot->usb->configDescriptor();
    }

    Result<QString> stringDescriptor(quint8 index) override
    {
        countTransfer();
        if (!present())
            return libusbError(LIBUSB_ERROR_NO_DEVICE, QStringLiteral("reading a string descriptor"));
        const auto s = m_slot->usb->string(index);
        if (!s)
            return libusbError(LIBUSB_ERROR_PIPE, QStringLiteral("reading string descriptor %1").arg(index));
        return *s;
    }

    Result<void> claimInterface(int) override
    {
        if (!present())
            return libusbError(LIBUSB_ERROR_NO_DEVICE, QStringLiteral("claiming the interface"));
        return {};
    }

    Result<void> setAltSetting(int interface, int alt) override
    {
        countTransfer();
        if (!present())
            return libusbError(LIBUSB_ERROR_NO_DEVICE, QStringLiteral("selecting an alt setting"));
        if (!m_slot->usb->setInterface(interface, alt))
            return libusbError(LIBUSB_ERROR_NOT_FOUND, QStringLiteral("selecting alt setting %1").arg(alt));
        return {};
    }

    void releaseInterface(int) override {}

private:
    bool present() const { return m_slot->address.load() == m_info.address && m_slot->usb->device().isAttached(); }

    Result<QByteArray> transfer(const UsbSetup &setup, quint16 length, const QByteArray &out, UsbTimeout timeout)
    {
        const QString what = QStringLiteral("control request 0x%1/%2").arg(setup.bmRequestType, 2, 16, QLatin1Char('0')).arg(setup.bRequest);
        if (!present())
            return libusbError(LIBUSB_ERROR_NO_DEVICE, what);
        const UsbControlReply reply = m_slot->usb->control(setup, length, out);
        // A reset the request asked for happens once its reply is out: the device re-enumerates.
        std::optional<DeviceMode> reset;
        {
            std::lock_guard lock(m_slot->mutex);
            reset = std::exchange(m_slot->pendingReset, std::nullopt);
        }
        if (reset) {
            // A real device stays on the bus a while after the reply (VirtualDevice::lingerBeforeReset).
            std::this_thread::sleep_for(m_slot->usb->device().lingerBeforeReset());
            m_slot->address.store(0);
            m_slot->usb->device().resetDevice(*reset);
        }
        switch (reply.kind) {
        case UsbControlReply::Kind::Data:
            return reply.data;
        case UsbControlReply::Kind::Stall:
            return libusbError(LIBUSB_ERROR_PIPE, what);
        case UsbControlReply::Kind::NoReply:
            std::this_thread::sleep_for(timeout);
            return libusbError(LIBUSB_ERROR_TIMEOUT, what);
        case UsbControlReply::Kind::Gone:
            return libusbError(LIBUSB_ERROR_NO_DEVICE, what);
        }
        return libusbError(LIBUSB_ERROR_OTHER, what);
    }

    std::shared_ptr<InProcessUsbBus::Slot> m_slot;
    UsbDeviceInfo m_info;
};

class InProcessBackend : public UsbBackend
{
public:
    explicit InProcessBackend(std::shared_ptr<InProcessUsbBus> bus) : m_bus(std::move(bus)) {}

    Result<QList<UsbDeviceInfo>> listDevices() override
    {
        std::vector<std::shared_ptr<InProcessUsbBus::Slot>> slots;
        {
            std::lock_guard lock(m_bus->m_mutex);
            slots = m_bus->m_slots;
        }
        QList<UsbDeviceInfo> out;
        for (const auto &slot : slots) {
            VirtualDevice &dev = slot->usb->device();
            if (!dev.isAttached() || slot->address.load() == 0)
                continue;
            UsbDeviceInfo info;
            info.vendorId = dev.usbVendorId();
            info.productId = dev.usbProductId();
            const auto identity = identifyParticleUsb(info.vendorId, info.productId);
            if (!identity)
                continue;
            info.platform = identity->platform;
            info.mode = identity->mode;
            info.deviceId = usbSerialNumber(dev).toLower(); // as LibusbBackend reads iSerialNumber
            info.busNumber = 1;
            info.address = slot->address.load();
            info.portPath = QStringLiteral("1-%1").arg(slot->port);
            info.key = QStringLiteral("sim:%1:%2").arg(slot->port).arg(info.address);
            out.append(info);
        }
        return out;
    }

    Result<std::unique_ptr<UsbDeviceHandle>> open(const UsbDeviceInfo &device) override
    {
        std::lock_guard lock(m_bus->m_mutex);
        for (const auto &slot : m_bus->m_slots) {
            if (QStringLiteral("1-%1").arg(slot->port) == device.portPath && slot->address.load() == device.address
                && slot->usb->device().isAttached())
                return std::unique_ptr<UsbDeviceHandle>(new InProcessHandle(slot, device));
        }
        return libusbError(LIBUSB_ERROR_NO_DEVICE, QStringLiteral("opening the device"));
    }

private:
    std::shared_ptr<InProcessUsbBus> m_bus;
};

std::shared_ptr<InProcessUsbBus> InProcessUsbBus::create()
{
    return std::shared_ptr<InProcessUsbBus>(new InProcessUsbBus());
}

std::shared_ptr<VirtualUsbDevice> InProcessUsbBus::plug(std::shared_ptr<VirtualDevice> device)
{
    auto slot = std::make_shared<Slot>();
    slot->usb = std::make_shared<VirtualUsbDevice>(device);
    std::weak_ptr<Slot> weak = slot;
    slot->usb->setResetHandler([weak](DeviceMode mode) {
        if (auto s = weak.lock()) {
            std::lock_guard lock(s->mutex);
            s->pendingReset = mode;
        }
    });
    std::weak_ptr<InProcessUsbBus> weakBus = shared_from_this();
    // Every reset re-enumerates: new address, fresh USB state.
    QObject::connect(device.get(), &VirtualDevice::resetCompleted, device.get(), [weak, weakBus](DeviceMode) {
        auto s = weak.lock();
        auto bus = weakBus.lock();
        if (!s || !bus)
            return;
        s->usb->busReset();
        std::lock_guard lock(bus->m_mutex);
        s->address.store(bus->m_nextAddress++);
    }, Qt::DirectConnection);
    std::lock_guard lock(m_mutex);
    // The lowest free port: after a removal, a count would give a port that is still taken.
    slot->port = 1;
    while (std::any_of(m_slots.cbegin(), m_slots.cend(), [&](const std::shared_ptr<Slot> &s) { return s->port == slot->port; }))
        ++slot->port;
    slot->address.store(m_nextAddress++);
    m_slots.push_back(slot);
    return slot->usb;
}

void InProcessUsbBus::remove(const std::shared_ptr<VirtualDevice> &device)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_slots, [&](const std::shared_ptr<Slot> &s) { return &s->usb->device() == device.get(); });
}

std::unique_ptr<UsbBackend> InProcessUsbBus::backend()
{
    return std::make_unique<InProcessBackend>(shared_from_this());
}

} // namespace dr::sim
