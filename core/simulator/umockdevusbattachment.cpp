// umockdev attachment of virtual devices (see umockdevusbattachment.h). The URB handling follows the
// verified recipe in test-infra section 3: resolve the URB and its buffer at SUBMITURB, hand the
// client's URB pointer back at REAPURB, report OUT transfers with actual_length = wLength, and let a
// held URB be discarded with -ENOENT so libusb's timeout works.
#include <sys/ioctl.h> // must precede linux/usbdevice_fs.h
#include <linux/usb/ch9.h>
#include <linux/usbdevice_fs.h>

#pragma push_macro("signals")
#undef signals
#include <umockdev.h>
#pragma pop_macro("signals")

#include "simulator/umockdevusbattachment.h"

#include "simulator/consolebehaviour.h"

#include <QObject>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <list>
#include <map>
#include <mutex>
#include <thread>

namespace dr::sim {

using namespace std::chrono;

namespace {

struct Urb
{
    UMockdevIoctlData *urb = nullptr; // resolved struct usbdevfs_urb (ref held until reaped)
    UMockdevIoctlData *buf = nullptr; // resolved buffer: 8-byte setup + data
    int status = 0;
    int actual = 0;
    QByteArray in;
    gulong clientAddr = 0;
    UMockdevIoctlClient *client = nullptr; // the open file it was submitted on (a reference is held,
                                           // so its address is not reused while the URB exists)
};

struct Port;

// One enumeration of a device: a device node, its ioctl handler, its URB queues.
struct Enumeration
{
    UmockdevUsbAttachment::Private *owner = nullptr;
    std::shared_ptr<Port> port;
    QString devnode;
    QString sysPath;
    UMockdevIoctlBase *handler = nullptr;
    std::mutex mutex;
    std::deque<Urb *> done;
    std::list<Urb *> flying;
    bool gone = false;
};

struct Port
{
    int number = 1;
    std::shared_ptr<VirtualUsbDevice> usb;
    std::shared_ptr<Enumeration> current;
    std::atomic<quint64> transfers{0};
    QMetaObject::Connection unplugConnection;
};

struct Job
{
    std::shared_ptr<Port> port;
    std::shared_ptr<Enumeration> enumeration;
    std::optional<DeviceMode> resetInto; // nullopt: removal only (unplug)
};

void freeUrb(Urb *u)
{
    if (u->buf)
        g_object_unref(u->buf);
    if (u->urb)
        g_object_unref(u->urb);
    if (u->client)
        g_object_unref(u->client);
    delete u;
}

gboolean onIoctl(UMockdevIoctlBase *, UMockdevIoctlClient *client, gpointer user);

} // namespace

struct UmockdevUsbAttachment::Private
{
    UMockdevTestbed *testbed = nullptr;
    std::mutex mutex;
    std::vector<std::shared_ptr<Port>> ports;
    std::vector<std::shared_ptr<Enumeration>> enumerations; // all, kept until destruction
    int nextDevnum = 2;
    milliseconds resetDelay{30};

    std::thread worker;
    std::condition_variable cv;
    std::deque<Job> jobs;
    bool busy = false;
    bool stopping = false;

    Result<void> enumerate(const std::shared_ptr<Port> &port);
    void schedule(Job job);
    void run();
    void execute(const Job &job);
};

namespace {

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

void completeUrbNow(Enumeration *e, Urb *u)
{
    std::lock_guard lock(e->mutex);
    e->done.push_back(u);
}

gboolean onIoctl(UMockdevIoctlBase *, UMockdevIoctlClient *client, gpointer user)
{
    auto *e = static_cast<Enumeration *>(user);
    const gulong request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData *arg = umockdev_ioctl_client_get_arg(client);
    bool gone;
    {
        std::lock_guard lock(e->mutex);
        gone = e->gone;
    }

    switch (request) {
    case USBDEVFS_GET_CAPABILITIES: {
        UMockdevIoctlData *v = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), nullptr);
        if (!v) {
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return TRUE;
        }
        const guint32 caps = USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM
                             | USBDEVFS_CAP_REAP_AFTER_DISCONNECT | USBDEVFS_CAP_ZERO_PACKET;
        std::memcpy(v->data, &caps, sizeof caps);
        umockdev_ioctl_client_complete(client, 0, 0);
        g_object_unref(v);
        return TRUE;
    }
    case USBDEVFS_GETDRIVER:
        umockdev_ioctl_client_complete(client, -1, ENODATA); // no kernel driver bound
        return TRUE;
    case USBDEVFS_CLAIMINTERFACE:
    case USBDEVFS_RELEASEINTERFACE:
    case USBDEVFS_CLEAR_HALT:
    case USBDEVFS_RESETEP:
    case USBDEVFS_SETCONFIGURATION:
    case USBDEVFS_RESET:
        if (gone)
            umockdev_ioctl_client_complete(client, -1, ENODEV);
        else
            umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    case USBDEVFS_SETINTERFACE: {
        if (gone) {
            umockdev_ioctl_client_complete(client, -1, ENODEV);
            return TRUE;
        }
        UMockdevIoctlData *v = umockdev_ioctl_data_resolve(arg, 0, sizeof(struct usbdevfs_setinterface), nullptr);
        if (!v) {
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return TRUE;
        }
        struct usbdevfs_setinterface si;
        std::memcpy(&si, v->data, sizeof si);
        g_object_unref(v);
        const bool ok = e->port->usb->setInterface(int(si.interface), int(si.altsetting));
        umockdev_ioctl_client_complete(client, ok ? 0 : -1, ok ? 0 : EINVAL);
        return TRUE;
    }
    case USBDEVFS_SUBMITURB: {
        if (gone) {
            umockdev_ioctl_client_complete(client, -1, ENODEV);
            return TRUE;
        }
        UMockdevIoctlData *urbData = umockdev_ioctl_data_resolve(arg, 0, sizeof(struct usbdevfs_urb), nullptr);
        if (!urbData) {
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return TRUE;
        }
        auto *urb = reinterpret_cast<struct usbdevfs_urb *>(urbData->data);
        if (urb->type != USBDEVFS_URB_TYPE_CONTROL || urb->buffer_length < 8) {
            g_object_unref(urbData);
            umockdev_ioctl_client_complete(client, -1, EINVAL); // only control transfers exist here
            return TRUE;
        }
        UMockdevIoctlData *buf = umockdev_ioctl_data_resolve(urbData, offsetof(struct usbdevfs_urb, buffer),
                                                             gsize(urb->buffer_length), nullptr);
        if (!buf) {
            g_object_unref(urbData);
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return TRUE;
        }
        struct usb_ctrlrequest setup;
        std::memcpy(&setup, buf->data, sizeof setup);
        const quint16 wLength = le16toh(setup.wLength);
        const bool in = setup.bRequestType & 0x80;
        const QByteArray out = in ? QByteArray()
                                  : QByteArray(reinterpret_cast<const char *>(buf->data) + 8,
                                               std::min<int>(wLength, buf->data_len - 8));
        auto *u = new Urb;
        u->urb = urbData;
        u->buf = buf;
        u->clientAddr = arg->client_addr;
        u->client = static_cast<UMockdevIoctlClient *>(g_object_ref(client));
        e->port->transfers.fetch_add(1);
        const UsbControlReply reply = e->port->usb->control(
            UsbSetup{setup.bRequestType, setup.bRequest, le16toh(setup.wValue), le16toh(setup.wIndex)}, wLength, out);
        switch (reply.kind) {
        case UsbControlReply::Kind::Data:
            u->status = 0;
            u->in = in ? reply.data.left(wLength) : QByteArray();
            u->actual = in ? int(u->in.size()) : wLength; // OUT: the whole data stage was taken
            completeUrbNow(e, u);
            break;
        case UsbControlReply::Kind::Stall:
            u->status = -EPIPE;
            completeUrbNow(e, u);
            break;
        case UsbControlReply::Kind::Gone:
            u->status = -ENODEV;
            completeUrbNow(e, u);
            break;
        case UsbControlReply::Kind::NoReply: {
            std::lock_guard lock(e->mutex);
            e->flying.push_back(u); // held until libusb discards it (its timeout)
            break;
        }
        }
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_REAPURB:
    case USBDEVFS_REAPURBNDELAY: {
        Urb *u = nullptr;
        {
            // usbfs keeps URBs per open file: a URB is reaped only through the file it was submitted
            // on. One left by a program that was killed between submitting and reaping it stays
            // (freed with the enumeration); handed to another program it would be written into
            // memory that is not there.
            std::lock_guard lock(e->mutex);
            for (auto it = e->done.begin(); it != e->done.end(); ++it) {
                if ((*it)->client == client) {
                    u = *it;
                    e->done.erase(it);
                    break;
                }
            }
            gone = e->gone;
        }
        if (!u) {
            umockdev_ioctl_client_complete(client, -1, gone ? ENODEV : EAGAIN);
            return TRUE;
        }
        auto *urb = reinterpret_cast<struct usbdevfs_urb *>(u->urb->data);
        urb->status = u->status;
        urb->actual_length = u->actual;
        if (!u->in.isEmpty())
            std::memcpy(u->buf->data + 8, u->in.constData(), size_t(std::min<qsizetype>(u->in.size(), u->buf->data_len - 8)));
        UMockdevIoctlData *pp = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
        if (pp) {
            umockdev_ioctl_data_set_ptr(pp, 0, u->urb);
            g_object_unref(pp);
        }
        umockdev_ioctl_client_complete(client, 0, 0);
        freeUrb(u);
        return TRUE;
    }
    case USBDEVFS_DISCARDURB: {
        const gulong addr = arg->client_addr;
        bool found = false;
        {
            std::lock_guard lock(e->mutex);
            for (auto it = e->flying.begin(); it != e->flying.end(); ++it) {
                if ((*it)->clientAddr == addr && (*it)->client == client) {
                    (*it)->status = -ENOENT;
                    (*it)->actual = 0;
                    e->done.push_back(*it);
                    e->flying.erase(it);
                    found = true;
                    break;
                }
            }
        }
        umockdev_ioctl_client_complete(client, found ? 0 : -1, found ? 0 : EINVAL);
        return TRUE;
    }
    default:
        return FALSE; // the client gets ENOTTY
    }
}

} // namespace

Result<void> UmockdevUsbAttachment::Private::enumerate(const std::shared_ptr<Port> &port)
{
    auto e = std::make_shared<Enumeration>();
    e->owner = this;
    e->port = port;
    int devnum;
    {
        std::lock_guard lock(mutex);
        devnum = nextDevnum++;
    }
    VirtualUsbDevice &usb = *port->usb;
    e->sysPath = QStringLiteral("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-%1").arg(port->number);
    e->devnode = QStringLiteral("/dev/bus/usb/001/%1").arg(devnum, 3, 10, QLatin1Char('0'));
    const QString vid = QStringLiteral("%1").arg(usb.device().usbVendorId(), 4, 16, QLatin1Char('0'));
    const QString pid = QStringLiteral("%1").arg(usb.device().usbProductId(), 4, 16, QLatin1Char('0'));
    const QString description =
        QStringLiteral("P: /devices/pci0000:00/0000:00:14.0/usb1/1-%1\n").arg(port->number)
        + QStringLiteral("N: bus/usb/001/%1\n").arg(devnum, 3, 10, QLatin1Char('0'))
        + QStringLiteral("E: SUBSYSTEM=usb\nE: DEVTYPE=usb_device\nE: DRIVER=usb\nE: BUSNUM=001\n")
        + QStringLiteral("E: DEVNUM=%1\n").arg(devnum, 3, 10, QLatin1Char('0'))
        + QStringLiteral("E: DEVNAME=%1\n").arg(e->devnode)
        + QStringLiteral("E: PRODUCT=%1/%2/250\n").arg(vid, pid)
        + QStringLiteral("A: busnum=1\\n\nA: devnum=%1\\n\nA: speed=12\\n\n").arg(devnum)
        + QStringLiteral("A: idVendor=%1\\n\nA: idProduct=%2\\n\n").arg(vid, pid)
        + QStringLiteral("A: serial=%1\\n\n").arg(usbSerialNumber(usb.device()))
        + QStringLiteral("A: bConfigurationValue=1\\n\nA: bNumConfigurations=1\\n\n")
        + QStringLiteral("H: descriptors=%1\n").arg(hex(usb.deviceDescriptor() + usb.configDescriptor()));

    e->handler = umockdev_ioctl_base_new();
    g_signal_connect(e->handler, "handle-ioctl", G_CALLBACK(onIoctl), e.get());
    GError *error = nullptr;
    // Attach before add (test-infra): the device node must answer from its first open.
    if (!umockdev_testbed_attach_ioctl(testbed, e->devnode.toUtf8().constData(), e->handler, &error)) {
        const QString msg = QString::fromUtf8(error ? error->message : "unknown");
        g_clear_error(&error);
        return makeError(QStringLiteral("sim.umockdev"), QStringLiteral("umockdev refused the ioctl handler: %1").arg(msg));
    }
    if (!umockdev_testbed_add_from_string(testbed, description.toUtf8().constData(), &error)) {
        const QString msg = QString::fromUtf8(error ? error->message : "unknown");
        g_clear_error(&error);
        return makeError(QStringLiteral("sim.umockdev"), QStringLiteral("umockdev refused the device: %1").arg(msg));
    }
    std::lock_guard lock(mutex);
    port->current = e;
    enumerations.push_back(e);
    return {};
}

void UmockdevUsbAttachment::Private::schedule(Job job)
{
    std::lock_guard lock(mutex);
    jobs.push_back(std::move(job));
    cv.notify_all();
}

void UmockdevUsbAttachment::Private::run()
{
    std::unique_lock lock(mutex);
    for (;;) {
        cv.wait(lock, [this] { return stopping || !jobs.empty(); });
        if (stopping)
            return;
        Job job = std::move(jobs.front());
        jobs.pop_front();
        busy = true;
        lock.unlock();
        execute(job);
        lock.lock();
        busy = false;
        cv.notify_all();
    }
}

void UmockdevUsbAttachment::Private::execute(const Job &job)
{
    // Let the reply that announced the reset reach the host first, as the real device does; with a
    // timing switch on, the device stays on the bus as long as a real one (1 s after a reset request,
    // ~500 ms after the DFU leave: VirtualDevice::lingerBeforeReset).
    const milliseconds linger = job.resetInto ? job.port->usb->device().lingerBeforeReset() : milliseconds(0);
    std::this_thread::sleep_for(std::max(resetDelay, linger));
    const std::shared_ptr<Enumeration> &e = job.enumeration;
    {
        std::lock_guard lock(e->mutex);
        if (e->gone)
            return;
        e->gone = true;
        for (Urb *u : e->flying) {
            u->status = -ENODEV;
            e->done.push_back(u);
        }
        e->flying.clear();
    }
    const QByteArray sys = e->sysPath.toUtf8();
    umockdev_testbed_uevent(testbed, sys.constData(), "remove");
    umockdev_testbed_remove_device(testbed, sys.constData());
    if (!job.resetInto)
        return;
    job.port->usb->device().resetDevice(*job.resetInto);
    job.port->usb->busReset();
    if (auto r = enumerate(job.port); !r)
        qWarning("umockdev re-enumeration failed: %s", qPrintable(r.error().message));
}

UmockdevUsbAttachment::UmockdevUsbAttachment() : d(std::make_unique<Private>()) {}

UmockdevUsbAttachment::~UmockdevUsbAttachment()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        d->cv.notify_all();
    }
    if (d->worker.joinable())
        d->worker.join();
    for (const auto &port : d->ports) {
        QObject::disconnect(port->unplugConnection);
        port->usb->setResetHandler({});
        port->current.reset(); // a port and its current enumeration hold each other: break the cycle
    }
    for (const auto &e : d->enumerations) {
        umockdev_testbed_detach_ioctl(d->testbed, e->devnode.toUtf8().constData(), nullptr);
        g_object_unref(e->handler);
        std::lock_guard lock(e->mutex);
        for (Urb *u : e->done)
            freeUrb(u);
        for (Urb *u : e->flying)
            freeUrb(u);
        e->done.clear();
        e->flying.clear();
    }
    if (d->testbed)
        g_object_unref(d->testbed);
}

Result<std::unique_ptr<UmockdevUsbAttachment>> UmockdevUsbAttachment::create()
{
    std::unique_ptr<UmockdevUsbAttachment> a(new UmockdevUsbAttachment());
    a->d->testbed = umockdev_testbed_new(); // sets UMOCKDEV_DIR for this process and its children
    // Only meaningful after testbed_new (test-infra gotcha 1).
    if (!umockdev_in_mock_environment())
        return makeError(QStringLiteral("sim.umockdev"),
                         QStringLiteral("This process does not run under the umockdev preload."),
                         QStringLiteral("Link libumockdev-preload with --no-as-needed or run under umockdev-wrapper."));
    a->d->worker = std::thread([p = a->d.get()] { p->run(); });
    return a;
}

Result<std::shared_ptr<VirtualUsbDevice>> UmockdevUsbAttachment::attach(std::shared_ptr<VirtualDevice> device)
{
    auto port = std::make_shared<Port>();
    port->usb = std::make_shared<VirtualUsbDevice>(device);
    {
        std::lock_guard lock(d->mutex);
        port->number = int(d->ports.size()) + 1;
        d->ports.push_back(port);
    }
    Private *p = d.get();
    std::weak_ptr<Port> weak = port;
    port->usb->setResetHandler([p, weak](DeviceMode mode) {
        if (auto port = weak.lock())
            p->schedule(Job{port, port->current, mode});
    });
    port->unplugConnection = QObject::connect(device.get(), &VirtualDevice::unplugged, [p, weak] {
        if (auto port = weak.lock())
            p->schedule(Job{port, port->current, std::nullopt});
    });
    if (auto r = d->enumerate(port); !r)
        return r.error();
    return port->usb;
}

bool UmockdevUsbAttachment::waitUntilSettled(milliseconds timeout)
{
    std::unique_lock lock(d->mutex);
    return d->cv.wait_for(lock, timeout, [this] { return d->jobs.empty() && !d->busy; });
}

quint64 UmockdevUsbAttachment::controlTransfers(const std::shared_ptr<VirtualDevice> &device) const
{
    std::lock_guard lock(d->mutex);
    for (const auto &port : d->ports) {
        if (&port->usb->device() == device.get())
            return port->transfers.load();
    }
    return 0;
}

void UmockdevUsbAttachment::setResetDelay(milliseconds delay)
{
    std::lock_guard lock(d->mutex);
    d->resetDelay = delay;
}

} // namespace dr::sim
