// The USB face of the virtual device (see virtualusbdevice.h): descriptors and strings per mode
// (reference device-os-behaviour.md section 7, row 20), standard requests, and the dispatch of class
// and vendor requests to the DFU bootloader and to Device OS's control-request channel.
#include "simulator/virtualusbdevice.h"

#include "simulator/bootloaderdfu.h"
#include "simulator/consolebehaviour.h"
#include "simulator/controlrequestchannel.h"

namespace dr::sim {

namespace {

constexpr quint16 kTransferSize = 4096; // wTransferSize of every Particle bootloader (reference 5.1)
constexpr quint16 kBcdDeviceOs = 0x0250;
constexpr quint8 kStrManufacturer = 1, kStrProduct = 2, kStrSerial = 3;
constexpr quint8 kStrControlInterface = 4; // Device OS: the vendor interface's "<Name> Control Interface"
constexpr quint8 kStrDeviceState = 0xFA;   // 6.2.0+ bootloaders: "sm=o" / "sm=p" (Device Protection)

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}

} // namespace

struct VirtualUsbDevice::State
{
    explicit State(const std::shared_ptr<VirtualDevice> &device) : dfu(device), control(device) {}

    std::mutex mutex; // the reset handler and the transfer count; the handlers lock themselves
    ResetHandler resetHandler;
    quint64 transfers = 0;
    BootloaderDfu dfu;
    ControlRequestChannel control;
};

VirtualUsbDevice::VirtualUsbDevice(std::shared_ptr<VirtualDevice> device)
    : m_device(device), d(std::make_unique<State>(device))
{
}

VirtualUsbDevice::~VirtualUsbDevice() = default;

void VirtualUsbDevice::setResetHandler(ResetHandler handler)
{
    std::lock_guard lock(d->mutex);
    d->resetHandler = std::move(handler);
}

void VirtualUsbDevice::busReset()
{
    d->dfu.busReset();
    d->control.busReset();
}

void VirtualUsbDevice::setPendingChecks(int count)
{
    d->control.setExtraPendingChecks(count);
}

quint64 VirtualUsbDevice::controlTransferCount() const
{
    std::lock_guard lock(d->mutex);
    return d->transfers;
}

QByteArray VirtualUsbDevice::deviceDescriptor() const
{
    const bool dfu = m_device->mode() == DeviceMode::Dfu;
    QByteArray b;
    b.append(char(18));
    b.append(char(1));
    put16(b, 0x0200);
    if (dfu)
        b.append(char(0)).append(char(0)).append(char(0));
    else
        b.append(char(0xEF)).append(char(0x02)).append(char(0x01)); // composite with IAD
    b.append(char(64));
    put16(b, m_device->usbVendorId());
    put16(b, m_device->usbProductId());
    put16(b, dfu ? d->dfu.traits().bcdDevice : kBcdDeviceOs);
    b.append(char(kStrManufacturer)).append(char(kStrProduct)).append(char(kStrSerial));
    b.append(char(1));
    return b;
}

QByteArray VirtualUsbDevice::configDescriptor() const
{
    QByteArray body;
    int interfaces = 0;
    quint8 iConfiguration = 0;
    if (m_device->mode() == DeviceMode::Dfu) {
        const BootloaderTraits t = d->dfu.traits();
        iConfiguration = t.iConfiguration;
        interfaces = 1;
        for (const VirtualMemoryInfo &m : m_device->memories()) {
            const char itf[] = {9, 4, 0, char(m.alt), 0, char(0xFE), 1, 2, char(t.firstAltString + m.alt)};
            body.append(itf, sizeof itf);
        }
        // DFU functional: CanDnload | CanUpload | WillDetach (0x0B), detach 255 ms, wTransferSize, DfuSe 1.1a
        const char fn[] = {9, 0x21, 0x0B, char(0xFF), 0, char(kTransferSize & 0xFF), char(kTransferSize >> 8), 0x1A, 0x01};
        body.append(fn, sizeof fn);
    } else {
        interfaces = 3;
        const char cdc[] = {
            8, 0x0B, 0, 2, 2, 2, 1, 0,                         // IAD: interfaces 0-1, CDC ACM
            9, 4, 0, 0, 1, 2, 2, 1, 0,                         // interface 0: CDC communication
            5, 0x24, 0x00, 0x10, 0x01,                         // CDC header 1.10
            5, 0x24, 0x01, 0x00, 0x01,                         // call management
            4, 0x24, 0x02, 0x02,                               // ACM
            5, 0x24, 0x06, 0x00, 0x01,                         // union: 0 master, 1 slave
            7, 5, char(0x81), 3, 8, 0, char(0xFF),             // interrupt IN
            9, 4, 1, 0, 2, 0x0A, 0, 0, 0,                      // interface 1: CDC data
            7, 5, 0x02, 2, 64, 0, 0,                           // bulk OUT
            7, 5, char(0x82), 2, 64, 0, 0,                     // bulk IN
            9, 4, 2, 0, 0, char(0xFF), char(0xFF), char(0xFF), char(kStrControlInterface), // vendor: control requests
        };
        body.append(cdc, sizeof cdc);
    }
    QByteArray b;
    b.append(char(9));
    b.append(char(2));
    put16(b, quint16(9 + body.size()));
    b.append(char(interfaces)).append(char(1)).append(char(iConfiguration)).append(char(0xC0)).append(char(50));
    return b + body;
}

std::optional<QString> VirtualUsbDevice::string(quint8 index) const
{
    const bool dfu = m_device->mode() == DeviceMode::Dfu;
    const Platform &p = m_device->platform();
    // Gen 3 Device OS names its CDC function "<Name> CDC Mode" (hal/src/<platform>/
    // app_usbd_string_config.h); Gen 2 Device OS shows the bare product name.
    const QString product = p.generation >= 3 ? p.displayName + QStringLiteral(" CDC Mode") : p.displayName;
    switch (index) {
    case kStrManufacturer: return QStringLiteral("Particle");
    case kStrProduct: return dfu ? p.displayName + QStringLiteral(" DFU Mode") : product;
    case kStrSerial: return usbSerialNumber(*m_device); // not always the ID on old Gen 2 (row 6)
    default: break;
    }
    if (dfu) {
        if (index == kStrDeviceState)
            return d->dfu.deviceStateString();
        const int first = d->dfu.traits().firstAltString;
        if (index >= first)
            return d->dfu.altString(index - first);
        return std::nullopt;
    }
    if (index == kStrControlInterface)
        return p.displayName + QStringLiteral(" Control Interface");
    return std::nullopt;
}

std::optional<QByteArray> VirtualUsbDevice::stringDescriptor(quint8 index) const
{
    QByteArray b;
    if (index == 0) {
        b.append(char(4)).append(char(3));
        put16(b, 0x0409);
        return b;
    }
    const auto s = string(index);
    if (!s)
        return std::nullopt;
    const QString text = s->left(126);
    b.append(char(2 + 2 * text.size())).append(char(3));
    for (QChar c : text)
        put16(b, c.unicode());
    return b;
}

bool VirtualUsbDevice::setInterface(int interface, int alt)
{
    if (m_device->mode() != DeviceMode::Dfu)
        return interface >= 0 && interface <= 2 && alt == 0;
    return interface == 0 && d->dfu.selectAlt(alt);
}

UsbControlReply VirtualUsbDevice::control(const UsbSetup &setup, quint16 wLength, const QByteArray &out)
{
    VirtualDevice &dev = *m_device;
    if (!dev.isAttached())
        return UsbControlReply::gone();
    // Unplugged or reset once the trigger is reached, also between transfers (after the last byte,
    // during a mode switch); an unplug inside a write is placed at its byte by VirtualDevice::program.
    if (dev.takeFault(FaultKind::Unplug))
        return UsbControlReply::gone();
    if (dev.takeFault(FaultKind::Reset)) {
        // It leaves the bus without answering and starts again where its flash lets it.
        dev.resetDevice(DeviceMode::Normal);
        return UsbControlReply::gone();
    }
    if (dev.faultActive(FaultKind::Timeout))
        return UsbControlReply::none();
    if (dev.takeFault(FaultKind::Stall))
        return UsbControlReply::stall();
    {
        std::lock_guard lock(d->mutex);
        d->transfers++;
    }

    std::optional<DeviceMode> resetInto;
    UsbControlReply reply = UsbControlReply::stall();
    const bool in = setup.bmRequestType & 0x80;
    const quint8 type = setup.bmRequestType & 0x60;
    const bool dfuMode = dev.mode() == DeviceMode::Dfu;
    const Platform &platform = dev.platform();

    if (type == 0x00) { // standard
        if (in && setup.bRequest == 6) { // GET_DESCRIPTOR
            const quint8 dt = quint8(setup.wValue >> 8);
            std::optional<QByteArray> desc;
            if (dt == 1)
                desc = deviceDescriptor();
            else if (dt == 2)
                desc = configDescriptor();
            else if (dt == 3)
                desc = stringDescriptor(quint8(setup.wValue & 0xFF));
            if (desc)
                reply = UsbControlReply::ok(desc->left(wLength));
        } else if (in && setup.bRequest == 0) { // GET_STATUS
            reply = UsbControlReply::ok(QByteArray(2, '\0').left(wLength));
        } else if (in && setup.bRequest == 8) { // GET_CONFIGURATION
            reply = UsbControlReply::ok(QByteArray(1, '\1').left(wLength));
        }
    } else if (type == 0x20 && dfuMode && (setup.wIndex & 0xFF) == 0) { // DFU class, interface 0
        reply = d->dfu.handle(setup, wLength, out, resetInto);
    } else if (type == 0x40 && !dfuMode) { // vendor: Device OS control requests
        // Device OS answers vendor requests only from controlRequestsSince on (Gen 2 0.8.0, Gen 3
        // 0.9.0; reference 7.3): older releases stall them, which is why their restore goes over serial.
        const auto running = SemVer::parse(dev.systemVersionString());
        const bool supported = platform.controlRequestsSupported
                               && !(platform.controlRequestsSince && running && *running < *platform.controlRequestsSince);
        if (!supported)
            reply = UsbControlReply::stall();
        else if (!in && wLength == 0 && platform.controlOutTransfersRequireDataStage)
            reply = UsbControlReply::none(); // rtl872x: an OUT request without a data stage never completes
        else
            reply = d->control.handle(setup, wLength, out, resetInto);
    }

    // A device that vanished while handling the request (unplug at byte N) never answers it.
    if (!dev.isAttached())
        return UsbControlReply::gone();
    if (resetInto && reply.kind == UsbControlReply::Kind::Data) {
        ResetHandler handler;
        {
            std::lock_guard lock(d->mutex);
            handler = d->resetHandler;
        }
        if (handler)
            handler(*resetInto);
    }
    return reply;
}

} // namespace dr::sim
