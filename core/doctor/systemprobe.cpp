// Gathers the doctor's snapshot of this computer. See systemprobe.h.
#include "doctor/systemprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <libusb.h>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dr {

namespace {

constexpr qint64 kMaxRuleFileSize = 1024 * 1024;

QString readSmall(const QString &path, qint64 limit = 4096)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.read(limit)).trimmed();
}

quint16 readHex16(const QString &path)
{
    bool ok = false;
    const uint v = readSmall(path).toUInt(&ok, 16);
    return ok && v <= 0xffff ? quint16(v) : 0;
}

#ifdef Q_OS_UNIX
void readIdentity(SystemSnapshot &s)
{
    const uid_t uid = geteuid();
    s.root = uid == 0;
    const passwd *pw = getpwuid(uid);
    if (pw) s.userName = QString::fromLocal8Bit(pw->pw_name);
    const int n = getgroups(0, nullptr);
    QList<gid_t> gids(qMax(n, 0) + 1);
    const int got = getgroups(n, gids.data());
    gids.resize(qMax(got, 0));
    gids.append(getegid());
    for (gid_t g : gids) {
        const group *gr = getgrgid(g);
        const QString name = gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(g);
        if (!s.groups.contains(name)) s.groups.append(name);
    }
    if (pw) {
        int count = 64;
        QList<gid_t> configured(count);
        if (getgrouplist(pw->pw_name, pw->pw_gid, configured.data(), &count) < 0) {
            configured.resize(count);
            getgrouplist(pw->pw_name, pw->pw_gid, configured.data(), &count);
        }
        configured.resize(count);
        for (gid_t g : configured) {
            const group *gr = getgrgid(g);
            s.configuredGroups.append(gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(g));
        }
    }
}

void readNode(const QString &path, bool &canOpen, QString &group, uint &mode)
{
    const QByteArray p = QFile::encodeName(path);
    canOpen = ::access(p.constData(), R_OK | W_OK) == 0;
    struct stat st
    {
    };
    if (::stat(p.constData(), &st) == 0) {
        mode = st.st_mode & 07777;
        const struct group *gr = getgrgid(st.st_gid);
        group = gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(st.st_gid);
    }
}
#endif

#ifdef Q_OS_LINUX
QString under(const QString &root, const QString &path)
{
    return root == QLatin1String("/") ? path : QDir::cleanPath(root + QLatin1Char('/') + path);
}

void readUdevData(const QString &file, SnapshotUsbDevice &d)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return;
    QStringList tags;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("G:") || line.startsWith("Q:")) {
            const QString tag = QString::fromUtf8(line.mid(2));
            if (!tags.contains(tag)) tags.append(tag);
        } else if (line.startsWith("E:")) {
            d.udevProperties.append(QString::fromUtf8(line.mid(2)));
        }
    }
    d.udevTags = tags;
}

void readUsbDevices(const QString &root, SystemSnapshot &s)
{
    const QString base = under(root, QStringLiteral("/sys/bus/usb/devices"));
    for (const QString &entry : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = base + QLatin1Char('/') + entry;
        const quint16 vendor = readHex16(dir + QStringLiteral("/idVendor"));
        if (vendor != 0x2b04) continue;
        SnapshotUsbDevice d;
        d.vendorId = vendor;
        d.productId = readHex16(dir + QStringLiteral("/idProduct"));
        d.busNumber = readSmall(dir + QStringLiteral("/busnum")).toInt();
        d.address = readSmall(dir + QStringLiteral("/devnum")).toInt();
        d.product = readSmall(dir + QStringLiteral("/product"));
        d.devNode = QStringLiteral("/dev/bus/usb/%1/%2")
                        .arg(d.busNumber, 3, 10, QLatin1Char('0'))
                        .arg(d.address, 3, 10, QLatin1Char('0'));
        readNode(under(root, d.devNode), d.canOpen, d.nodeGroup, d.nodeMode);
        // USB device nodes are character major 189, minor (bus - 1) * 128 + (address - 1).
        const int minor = (d.busNumber - 1) * 128 + (d.address - 1);
        readUdevData(under(root, QStringLiteral("/run/udev/data/c189:%1").arg(minor)), d);
        s.usbDevices.append(d);
    }
}

void readSerialPorts(const QString &root, SystemSnapshot &s)
{
    const QString base = under(root, QStringLiteral("/sys/class/tty"));
    for (const QString &entry :
         QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name)) {
        if (!entry.startsWith(QLatin1String("ttyACM")) && !entry.startsWith(QLatin1String("ttyUSB")))
            continue;
        // device -> the USB interface; its parent folder is the USB device with idVendor.
        QString dir =
            QFileInfo(base + QLatin1Char('/') + entry + QStringLiteral("/device")).canonicalFilePath();
        quint16 vendor = 0;
        quint16 product = 0;
        for (int up = 0; up < 3 && !dir.isEmpty() && vendor == 0; ++up) {
            vendor = readHex16(dir + QStringLiteral("/idVendor"));
            product = readHex16(dir + QStringLiteral("/idProduct"));
            dir = QFileInfo(dir).path();
        }
        if (vendor != 0x2b04) continue;
        SnapshotSerialPort p;
        p.devNode = QStringLiteral("/dev/") + entry;
        p.vendorId = vendor;
        p.productId = product;
        readNode(under(root, p.devNode), p.canOpen, p.nodeGroup, p.nodeMode);
        s.serialPorts.append(p);
    }
}

// ModemManager, brltty and the processes holding a Particle serial port open (their /proc/PID/fd
// links; other users' processes can only be seen by root).
void readProcesses(const QString &root, qint64 ownPid, SystemSnapshot &s)
{
    QHash<QString, SnapshotSerialPort *> ports;
    for (SnapshotSerialPort &p : s.serialPorts)
        ports.insert(p.devNode, &p);
    const QString base = under(root, QStringLiteral("/proc"));
    for (const QString &entry : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == ownPid) continue;
        const QString dir = base + QLatin1Char('/') + entry;
        const QString comm = readSmall(dir + QStringLiteral("/comm"));
        if (comm == QLatin1String("ModemManager"))
            s.modemManager = ProcessInfo{pid, comm};
        else if (comm == QLatin1String("brltty"))
            s.brltty = ProcessInfo{pid, comm};
        if (ports.isEmpty()) continue;
        const QString fdDir = dir + QStringLiteral("/fd");
        for (const QString &fd :
             QDir(fdDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
            const QString target = QFile::symLinkTarget(fdDir + QLatin1Char('/') + fd);
            const QString real = root == QLatin1String("/") || !target.startsWith(root)
                                     ? target
                                     : target.mid(QDir::cleanPath(root).size());
            if (SnapshotSerialPort *p = ports.value(real)) {
                bool seen = false;
                for (const ProcessInfo &h : p->holders)
                    seen = seen || h.pid == pid;
                if (!seen) p->holders.append(ProcessInfo{pid, comm});
            }
        }
    }
}

void readRuleFiles(const QString &root, SystemSnapshot &s)
{
    for (const char *folder :
         {"/etc/udev/rules.d", "/run/udev/rules.d", "/usr/lib/udev/rules.d", "/lib/udev/rules.d"}) {
        const QString dir = under(root, QLatin1String(folder));
        for (const QString &name :
             QDir(dir).entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name)) {
            QFile f(dir + QLatin1Char('/') + name);
            if (!f.open(QIODevice::ReadOnly)) continue;
            s.udevRules.append(udev::RuleFile{QLatin1String(folder) + QLatin1Char('/') + name,
                                              QString::fromUtf8(f.read(kMaxRuleFileSize))});
        }
    }
}
#else
// Windows and macOS: every Particle device libusb lists, opened once to learn whether it can be
// (Windows without a WinUSB driver answers LIBUSB_ERROR_NOT_SUPPORTED).
void readUsbDevicesWithLibusb(SystemSnapshot &s)
{
    libusb_context *ctx = nullptr;
    if (libusb_init(&ctx) != 0) return;
    libusb_device **list = nullptr;
    const ssize_t n = libusb_get_device_list(ctx, &list);
    for (ssize_t i = 0; i < n; ++i) {
        libusb_device_descriptor desc{};
        if (libusb_get_device_descriptor(list[i], &desc) < 0 || desc.idVendor != 0x2b04) continue;
        SnapshotUsbDevice d;
        d.vendorId = desc.idVendor;
        d.productId = desc.idProduct;
        d.busNumber = libusb_get_bus_number(list[i]);
        d.address = libusb_get_device_address(list[i]);
        libusb_device_handle *h = nullptr;
        d.openError = libusb_open(list[i], &h);
        d.canOpen = d.openError == 0;
        if (h) libusb_close(h);
        s.usbDevices.append(d);
    }
    if (n >= 0) libusb_free_device_list(list, 1);
    libusb_exit(ctx);
}
#endif

} // namespace

SystemSnapshot probeSystem(const SystemProbeOptions &options)
{
    SystemSnapshot s;
    s.libusbHotplug = libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
#if defined(Q_OS_LINUX)
    s.system = HostSystem::Linux;
#elif defined(Q_OS_WIN)
    s.system = HostSystem::Windows;
#elif defined(Q_OS_MACOS)
    s.system = HostSystem::MacOs;
#else
    s.system = HostSystem::Other;
#endif
#ifdef Q_OS_UNIX
    readIdentity(s);
#else
    s.userName = qEnvironmentVariable("USERNAME");
#endif
    if (qEnvironmentVariableIsSet("FLATPAK_ID") || QFileInfo::exists(QStringLiteral("/.flatpak-info")))
        s.sandbox = Sandbox::Flatpak;
    else if (qEnvironmentVariableIsSet("SNAP"))
        s.sandbox = Sandbox::Snap;
#ifdef Q_OS_LINUX
    const qint64 ownPid = options.ownPid ? options.ownPid : QCoreApplication::applicationPid();
    s.usbBusVisible = QFileInfo(under(options.root, QStringLiteral("/dev/bus/usb"))).isDir();
    readUsbDevices(options.root, s);
    readSerialPorts(options.root, s);
    readProcesses(options.root, ownPid, s);
    readRuleFiles(options.root, s);
#else
    Q_UNUSED(options);
    readUsbDevicesWithLibusb(s);
#endif
    return s;
}

} // namespace dr
