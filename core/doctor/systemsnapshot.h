// What the doctor knows about the computer, gathered in one go (systemprobe.*) and judged without
// further I/O (doctor.*): the Particle devices and serial ports the system sees and whether this user
// may open them, the user's groups, the processes that matter (ModemManager, brltty, holders of a
// port), the udev rule files, libusb's hotplug support, a sandbox, root, and how the release sources
// answer. Tests build snapshots by hand to describe a computer.
#pragma once

#include "doctor/udevrules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dr {

enum class HostSystem
{
    Linux,
    Windows,
    MacOs,
    Other
};
enum class Sandbox
{
    None,
    Flatpak,
    Snap
};

struct ProcessInfo
{
    qint64 pid = 0;
    QString name; // from /proc/PID/comm: "ModemManager", "minicom"
};

// A Particle USB device (vendor 0x2B04) the system lists.
struct SnapshotUsbDevice
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    int busNumber = 0;
    int address = 0;
    QString devNode; // "/dev/bus/usb/001/005" (Linux)
    QString product; // the device's product string, when readable ("Boron DFU Mode")
    bool canOpen = true;
    // Linux: the node's group and mode; "root", 0664 when no rule gave access.
    QString nodeGroup;
    uint nodeMode = 0;
    // What udev recorded for the device when it was plugged in (/run/udev/data): its tags and
    // properties, so a rule installed after the device was plugged in can be told apart.
    std::optional<QStringList> udevTags;
    QStringList udevProperties; // "ID_MM_DEVICE_IGNORE=1"
    // Windows: libusb's error when opening it (LIBUSB_ERROR_NOT_SUPPORTED: no WinUSB driver); 0 = opened.
    int openError = 0;
};

// A serial port of a Particle device (its USB ids are Particle's).
struct SnapshotSerialPort
{
    QString devNode; // "/dev/ttyACM0", "COM5"
    quint16 vendorId = 0;
    quint16 productId = 0;
    bool canOpen = true;
    QString nodeGroup; // "dialout"
    uint nodeMode = 0;
    QList<ProcessInfo> holders; // other processes that have it open
};

// How one release source answered: its name resolved (unless a proxy resolves it), a connection was made.
struct SourceReach
{
    QString label; // "docs.particle.io (catalog and restore zips)"
    QString host;
    bool resolved = false;
    QString resolveError;
    bool connected = false; // a TLS connection (https) or a TCP connection (an http mirror) was made
    QString connectError;
    QString proxy; // "http://proxy:3128" when the system proxy is used for it; empty = direct
};

struct SystemSnapshot
{
    HostSystem system = HostSystem::Linux;
    QString userName;
    bool root = false;
    QStringList groups;           // the groups this process has now
    QStringList configuredGroups; // the groups /etc/group gives the user (takes effect at the next login)
    Sandbox sandbox = Sandbox::None;
    bool usbBusVisible = true; // /dev/bus/usb exists (a sandbox without USB access hides it)
    bool libusbHotplug = true;

    QList<SnapshotUsbDevice> usbDevices;
    QList<SnapshotSerialPort> serialPorts;
    QList<udev::RuleFile> udevRules; // every *.rules file of /etc, /run, /usr/lib and /lib udev rules.d
    std::optional<ProcessInfo> modemManager;
    std::optional<ProcessInfo> brltty;

    bool networkChecked = false;
    QList<SourceReach> sources;
};

} // namespace dr
