// UsbBackend on libusb-1.0 (see libusbbackend.h).
#include "usb/libusbbackend.h"

#include "platform/platformdatabase.h"
#include "usb/usberror.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <libusb.h>

#include <thread>

namespace dr {

namespace {
// The translation context of this file's messages.
struct LibusbText
{
    Q_DECLARE_TR_FUNCTIONS(dr::LibusbBackend)
};
} // namespace

Q_LOGGING_CATEGORY(lcUsb, "dr.usb")

QString usbDeviceModeName(UsbDeviceMode mode)
{
    return mode == UsbDeviceMode::Dfu ? QStringLiteral("dfu") : QStringLiteral("normal");
}

std::optional<UsbIdentity> identifyParticleUsb(quint16 vendorId, quint16 productId)
{
    if (vendorId != 0x2B04 && vendorId != 0x1D50)
        return std::nullopt;
    const Platform *p = PlatformDatabase::builtin().byUsbId(vendorId, productId);
    if (!p)
        return std::nullopt;
    UsbIdentity id;
    id.platform = p;
    id.mode = (p->dfuProductId != 0 && productId == p->dfuProductId) ? UsbDeviceMode::Dfu : UsbDeviceMode::Normal;
    return id;
}

namespace {

class LibusbHandle : public UsbDeviceHandle
{
public:
    LibusbHandle(libusb_device_handle *h, UsbDeviceInfo info) : m_h(h), m_info(std::move(info)) {}
    ~LibusbHandle() override
    {
        for (int i : m_claimed)
            libusb_release_interface(m_h, i);
        libusb_close(m_h);
    }

    const UsbDeviceInfo &info() const override { return m_info; }

    Result<QByteArray> controlIn(const UsbSetup &s, quint16 length, UsbTimeout timeout) override
    {
        countTransfer();
        QByteArray buf(length, Qt::Uninitialized);
        const int r = libusb_control_transfer(m_h, s.bmRequestType, s.bRequest, s.wValue, s.wIndex,
                                              reinterpret_cast<unsigned char *>(buf.data()), length,
                                              unsigned(timeout.count()));
        if (r < 0)
            return libusbError(r, requestName(s));
        buf.truncate(r);
        return buf;
    }

    Result<void> controlOut(const UsbSetup &s, const QByteArray &data, UsbTimeout timeout) override
    {
        countTransfer();
        QByteArray copy = data; // libusb wants a non-const buffer
        const int r = libusb_control_transfer(m_h, s.bmRequestType, s.bRequest, s.wValue, s.wIndex,
                                              reinterpret_cast<unsigned char *>(copy.data()), quint16(copy.size()),
                                              unsigned(timeout.count()));
        if (r < 0)
            return libusbError(r, requestName(s));
        if (r != copy.size())
            return makeError(usberror::ShortTransfer,
                             LibusbText::tr("The device took %1 of %2 bytes of %3.")
                                 .arg(r)
                                 .arg(copy.size())
                                 .arg(requestName(s)),
                             LibusbText::tr("Re-plug the device and try again."));
        return {};
    }

    Result<QByteArray> configDescriptor() override
    {
        libusb_config_descriptor *cfg = nullptr;
        const int r = libusb_get_active_config_descriptor(libusb_get_device(m_h), &cfg);
        if (r < 0) return libusbError(r, LibusbText::tr("reading the configuration descriptor"));
        // Serialise libusb's parsed view back to the wire layout (class descriptors live in `extra`).
        QByteArray out;
        auto raw = [&](const void *p, int n) { out.append(static_cast<const char *>(p), n); };
        raw(cfg, LIBUSB_DT_CONFIG_SIZE);
        raw(cfg->extra, cfg->extra_length);
        for (int i = 0; i < cfg->bNumInterfaces; ++i) {
            const libusb_interface &itf = cfg->interface[i];
            for (int a = 0; a < itf.num_altsetting; ++a) {
                const libusb_interface_descriptor &alt = itf.altsetting[a];
                raw(&alt, LIBUSB_DT_INTERFACE_SIZE);
                raw(alt.extra, alt.extra_length);
                for (int e = 0; e < alt.bNumEndpoints; ++e) {
                    raw(&alt.endpoint[e], LIBUSB_DT_ENDPOINT_SIZE);
                    raw(alt.endpoint[e].extra, alt.endpoint[e].extra_length);
                }
            }
        }
        libusb_free_config_descriptor(cfg);
        return out;
    }

    Result<QString> stringDescriptor(quint8 index) override
    {
        countTransfer();
        unsigned char buf[256];
        const int r = libusb_get_string_descriptor_ascii(m_h, index, buf, sizeof buf);
        if (r < 0) return libusbError(r, LibusbText::tr("reading string descriptor %1").arg(index));
        return QString::fromLatin1(reinterpret_cast<const char *>(buf), r);
    }

    Result<void> claimInterface(int interface) override
    {
        const int r = libusb_claim_interface(m_h, interface);
        if (r < 0) return libusbError(r, LibusbText::tr("claiming interface %1").arg(interface));
        m_claimed.append(interface);
        return {};
    }

    Result<void> setAltSetting(int interface, int alt) override
    {
        countTransfer();
        const int r = libusb_set_interface_alt_setting(m_h, interface, alt);
        if (r < 0) return libusbError(r, LibusbText::tr("selecting alt setting %1").arg(alt));
        return {};
    }

    void releaseInterface(int interface) override
    {
        if (m_claimed.removeOne(interface))
            libusb_release_interface(m_h, interface);
    }

private:
    static QString requestName(const UsbSetup &s)
    {
        return QStringLiteral("control request 0x%1/%2 (wValue %3, wIndex %4)")
            .arg(s.bmRequestType, 2, 16, QLatin1Char('0')).arg(s.bRequest).arg(s.wValue).arg(s.wIndex);
    }

    libusb_device_handle *m_h;
    UsbDeviceInfo m_info;
    QList<int> m_claimed;
};

QString portPathOf(libusb_device *dev)
{
    uint8_t ports[8];
    const int n = libusb_get_port_numbers(dev, ports, sizeof ports);
    QString path = QString::number(libusb_get_bus_number(dev));
    for (int i = 0; i < n; ++i)
        path += (i == 0 ? QLatin1Char('-') : QLatin1Char('.')) + QString::number(ports[i]);
    return path;
}

} // namespace

Result<std::unique_ptr<LibusbBackend>> LibusbBackend::create()
{
    libusb_context *ctx = nullptr;
    const int r = libusb_init(&ctx);
    if (r < 0) return libusbError(r, LibusbText::tr("starting libusb"));
    return std::unique_ptr<LibusbBackend>(new LibusbBackend(ctx));
}

LibusbBackend::~LibusbBackend()
{
    for (auto it = m_serials.cbegin(); it != m_serials.cend(); ++it)
        libusb_unref_device(it.key());
    if (m_ctx) {
        if (m_hotplugRegistered) {
            libusb_hotplug_deregister_callback(m_ctx, m_hotplugHandles[0]);
            libusb_hotplug_deregister_callback(m_ctx, m_hotplugHandles[1]);
        }
        libusb_exit(m_ctx);
    }
}

bool UsbBackend::waitForBusChange(std::chrono::milliseconds timeout)
{
    std::this_thread::sleep_for(timeout);
    return false;
}

static int LIBUSB_CALL onHotplug(libusb_context *, libusb_device *, libusb_hotplug_event, void *user)
{
    static_cast<std::atomic_int *>(user)->fetch_add(1);
    return 0; // stay registered
}

bool LibusbBackend::registerHotplug()
{
    // Once, whichever thread asks first (the station's monitor and a test may both wait on one backend).
    const std::lock_guard lock(m_hotplugMutex);
    if (m_hotplugRegistered.load())
        return true;
    const auto events = libusb_hotplug_event(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT);
    const int vendors[2] = {0x2B04, 0x1D50};
    for (int i = 0; i < 2; ++i) {
        if (libusb_hotplug_register_callback(m_ctx, events, LIBUSB_HOTPLUG_NO_FLAGS, vendors[i], LIBUSB_HOTPLUG_MATCH_ANY,
                                             LIBUSB_HOTPLUG_MATCH_ANY, onHotplug, &m_events, &m_hotplugHandles[i])
            != LIBUSB_SUCCESS) {
            if (i == 1)
                libusb_hotplug_deregister_callback(m_ctx, m_hotplugHandles[0]);
            return false;
        }
    }
    m_hotplugRegistered.store(true);
    return true;
}

bool LibusbBackend::waitForBusChange(std::chrono::milliseconds timeout)
{
    if (!hasHotplug() || !registerHotplug())
        return UsbBackend::waitForBusChange(timeout);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const int before = m_events.load();
    while (m_events.load() == before) {
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        timeval tv{};
        tv.tv_sec = decltype(tv.tv_sec)(left.count() / 1000000);
        tv.tv_usec = decltype(tv.tv_usec)(left.count() % 1000000);
        libusb_handle_events_timeout_completed(m_ctx, &tv, nullptr);
    }
    return true;
}

bool LibusbBackend::hasHotplug() const
{
    return libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
}

Result<QList<UsbDeviceInfo>> LibusbBackend::listDevices()
{
    libusb_device **list = nullptr;
    const ssize_t n = libusb_get_device_list(m_ctx, &list);
    if (n < 0) return libusbError(int(n), LibusbText::tr("listing USB devices"));
    QList<UsbDeviceInfo> out;
    const std::lock_guard serialsLock(m_serialMutex);
    QHash<libusb_device *, QString> serials; // this listing's, replacing the last one's
    for (ssize_t i = 0; i < n; ++i) {
        libusb_device *dev = list[i];
        libusb_device_descriptor desc{};
        if (libusb_get_device_descriptor(dev, &desc) < 0)
            continue;
        const auto identity = identifyParticleUsb(desc.idVendor, desc.idProduct);
        if (!identity)
            continue;
        UsbDeviceInfo info;
        info.vendorId = desc.idVendor;
        info.productId = desc.idProduct;
        info.platform = identity->platform;
        info.mode = identity->mode;
        info.busNumber = libusb_get_bus_number(dev);
        info.address = libusb_get_device_address(dev);
        info.portPath = portPathOf(dev);
        info.key = QStringLiteral("%1:%2").arg(info.busNumber).arg(info.address);
        if (const auto known = m_serials.constFind(dev); desc.iSerialNumber && known != m_serials.cend()) {
            // Read when this enumeration was first listed: a serial number does not change within one.
            info.deviceId = *known;
            serials.insert(dev, *known);
        } else if (desc.iSerialNumber) {
            libusb_device_handle *h = nullptr;
            const int opened = libusb_open(dev, &h);
            if (opened == 0) {
                unsigned char buf[128];
                const int r = libusb_get_string_descriptor_ascii(h, desc.iSerialNumber, buf, sizeof buf);
                if (r > 0) {
                    info.deviceId = QString::fromLatin1(reinterpret_cast<const char *>(buf), r).toLower();
                    serials.insert(dev, info.deviceId);
                }
                libusb_close(h); // promptly: an open usbfs node costs CPU under umockdev
            } else {
                qCDebug(lcUsb) << "cannot open" << info.key << "to read its serial number:" << opened;
                info.canOpen = false;
                info.openError = opened;
            }
        }
        out.append(info);
    }
    // Keep a reference on every device whose serial number is kept (a new enumeration then always is
    // a new libusb_device), and drop the devices that are gone.
    for (auto it = serials.cbegin(); it != serials.cend(); ++it)
        if (!m_serials.contains(it.key()))
            libusb_ref_device(it.key());
    for (auto it = m_serials.cbegin(); it != m_serials.cend(); ++it)
        if (!serials.contains(it.key()))
            libusb_unref_device(it.key());
    m_serials = std::move(serials);
    libusb_free_device_list(list, 1);
    return out;
}

Result<std::unique_ptr<UsbDeviceHandle>> LibusbBackend::open(const UsbDeviceInfo &device)
{
    libusb_device **list = nullptr;
    const ssize_t n = libusb_get_device_list(m_ctx, &list);
    if (n < 0) return libusbError(int(n), LibusbText::tr("listing USB devices"));
    libusb_device *found = nullptr;
    for (ssize_t i = 0; i < n && !found; ++i) {
        if (libusb_get_bus_number(list[i]) == device.busNumber && libusb_get_device_address(list[i]) == device.address)
            found = list[i];
    }
    libusb_device_handle *h = nullptr;
    const int r = found ? libusb_open(found, &h) : LIBUSB_ERROR_NO_DEVICE;
    libusb_free_device_list(list, 1);
    if (r < 0) return libusbError(r, LibusbText::tr("opening the device"));
    return std::unique_ptr<UsbDeviceHandle>(new LibusbHandle(h, device));
}

} // namespace dr
