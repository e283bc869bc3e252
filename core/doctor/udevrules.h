// udev rules for Particle devices: the rule file Device Restore installs (made from platforms.json,
// so every platform's normal-mode and DFU product id is in it), and a small reader of udev rule
// files that says what udev would do to a device with given attributes (which tags and properties
// it gets, its mode and group). The doctor uses the reader to judge the rules a computer has; the
// package test uses it to show that the packaged rule matches a Particle device. It knows the part
// of udev's rule language such rules use (matches on ACTION, KERNEL, SUBSYSTEM(S), DRIVER(S),
// ATTR(S){}, ENV{}, TAG; assignments TAG, ENV{}, MODE, GROUP, OWNER; GOTO/LABEL; globs and "|"
// alternatives); a rule with any other match key is taken as not matching.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dr {

class PlatformDatabase;

namespace udev {

// The file name the package installs in /usr/lib/udev/rules.d and the doctor's fix in
// /etc/udev/rules.d. "uaccess" tags only count when set before 73-seat-late.rules runs.
inline constexpr const char *kRuleFileName = "60-device-restore.rules";
inline constexpr const char *kPackageRuleDir = "/usr/lib/udev/rules.d";
inline constexpr const char *kAdminRuleDir = "/etc/udev/rules.d";
inline constexpr const char *kSeatLateRuleFile = "73-seat-late.rules";

// The rule text for every platform of `db`: TAG+="uaccess" and ENV{ID_MM_DEVICE_IGNORE}="1" for
// vendor 0x2B04 with each CDC and DFU product id, on the USB device and on its serial port.
QString particleRules(const PlatformDatabase &db);

// One device as udev sees it while processing an event: its own subsystem, kernel name and
// attributes, and its parents (for SUBSYSTEMS/ATTRS/DRIVERS matches), nearest first.
struct DeviceNode
{
    QString subsystem;
    QString kernel;
    QString driver;
    QHash<QString, QString> attributes;
    QHash<QString, QString> environment;
};

struct DeviceEvent
{
    QString action = QStringLiteral("add");
    DeviceNode device;
    QList<DeviceNode> parents;

    // A Particle USB device (subsystem usb) and its CDC ACM serial port (subsystem tty).
    static DeviceEvent usbDevice(quint16 vendorId, quint16 productId);
    static DeviceEvent serialPort(quint16 vendorId, quint16 productId,
                                  const QString &kernel = QStringLiteral("ttyACM0"));
};

struct RuleFile
{
    QString path; // "/usr/lib/udev/rules.d/60-device-restore.rules"
    QString content;
};

// What the rules did to a device, and which file did each thing (for findings that name files).
struct RuleOutcome
{
    QStringList tags;
    QHash<QString, QString> environment;
    QString mode;  // "0666"; empty when no rule set it
    QString group; // "plugdev"; empty when no rule set it
    // Which file made each change: "TAG:uaccess", "ENV:ID_MM_DEVICE_IGNORE", "MODE", "GROUP" -> path.
    QHash<QString, QString> setBy;
    QStringList uaccessTooLate; // files whose TAG+="uaccess" ran after 73-seat-late.rules
};

// Rule files in the order udev reads them: by file name, a file in /etc hiding one of the same
// name in /run or /usr/lib (and /run hiding /usr/lib), as udev does.
QList<RuleFile> effectiveOrder(const QList<RuleFile> &files);

// Runs `files` (already in effective order) over `event`.
RuleOutcome apply(const QList<RuleFile> &files, const DeviceEvent &event);

// True when `pattern` (udev's glob: *, ?, [a-z], and "|" between alternatives) matches `value`.
bool globMatch(QStringView pattern, QStringView value);

// True when a rule file's text names Particle's USB vendor (2b04), i.e. it was meant for them.
bool mentionsParticle(const QString &content);

} // namespace udev
} // namespace dr
