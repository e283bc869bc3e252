// Snapshots of computers for the doctor's tests: a Linux desktop where everything is in order, and
// the rule files such computers have.
#pragma once

#include "doctor/systemsnapshot.h"
#include "doctor/udevrules.h"
#include "platform/platformdatabase.h"

namespace dr::test {

// systemd's rules that matter here: serial ports belong to dialout (50-udev-default.rules) and the
// seat rules that turn the uaccess tag into an ACL (73-seat-late.rules).
inline QList<udev::RuleFile> systemRules()
{
    return {
        {QStringLiteral("/usr/lib/udev/rules.d/50-udev-default.rules"),
         QStringLiteral("SUBSYSTEM==\"tty\", KERNEL==\"tty[A-Z]*[0-9]|ttymxc[0-9]*\", GROUP=\"dialout\"\n")},
        {QStringLiteral("/usr/lib/udev/rules.d/73-seat-late.rules"),
         QStringLiteral("TAG==\"uaccess\", ENV{MAJOR}!=\"\", RUN{builtin}+=\"uaccess\"\n")},
    };
}

inline udev::RuleFile packagedRule()
{
    return {QStringLiteral("/usr/lib/udev/rules.d/60-device-restore.rules"),
            udev::particleRules(PlatformDatabase::builtin())};
}

// A person logged in at a Debian desktop with the package installed, a Boron plugged in and usable,
// its serial port free, ModemManager not running, the release sources answering.
inline SystemSnapshot healthyLinux()
{
    SystemSnapshot s;
    s.system = HostSystem::Linux;
    s.userName = QStringLiteral("ana");
    s.groups = {QStringLiteral("ana"), QStringLiteral("plugdev")};
    s.configuredGroups = s.groups;
    s.udevRules = systemRules();
    s.udevRules.append(packagedRule());
    SnapshotUsbDevice boron;
    boron.vendorId = 0x2b04;
    boron.productId = 0xc00d;
    boron.busNumber = 1;
    boron.address = 5;
    boron.devNode = QStringLiteral("/dev/bus/usb/001/005");
    boron.canOpen = true;
    boron.udevTags = QStringList{QStringLiteral("uaccess"), QStringLiteral("seat")};
    s.usbDevices = {boron};
    SnapshotSerialPort port;
    port.devNode = QStringLiteral("/dev/ttyACM0");
    port.vendorId = 0x2b04;
    port.productId = 0xc00d;
    port.canOpen = true;
    port.nodeGroup = QStringLiteral("dialout");
    port.nodeMode = 0660;
    s.serialPorts = {port};
    s.networkChecked = true;
    SourceReach docs;
    docs.label = QStringLiteral("docs.particle.io (release catalog and restore zips)");
    docs.host = QStringLiteral("docs.particle.io");
    docs.resolved = true;
    docs.connected = true;
    s.sources = {docs};
    return s;
}

// The computer the screenshots and the dialog tests show: a fresh Debian desktop without Device
// Restore's rule, a Boron plugged in that this user may not open, its port in the dialout group the
// user is not in, ModemManager running; the release sources answer.
inline SystemSnapshot withoutRule()
{
    SystemSnapshot s = healthyLinux();
    s.udevRules = systemRules();
    s.usbDevices[0].canOpen = false;
    s.usbDevices[0].nodeGroup = QStringLiteral("root");
    s.usbDevices[0].nodeMode = 0664;
    s.usbDevices[0].udevTags = QStringList{};
    s.serialPorts[0].canOpen = false;
    s.modemManager = ProcessInfo{812, QStringLiteral("ModemManager")};
    return s;
}

} // namespace dr::test
