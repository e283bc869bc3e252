// The doctor: looks at a snapshot of the computer (systemsnapshot.h) and says what stops it from
// reaching Particle devices or their releases, why, and what to do, with a fix where it has one.
// Pure: no I/O, so tests describe a computer by a snapshot and read the findings.
#pragma once

#include "doctor/finding.h"
#include "doctor/systemsnapshot.h"

#include <QCoreApplication>

namespace dr {

class PlatformDatabase;

// How the udev rules of a computer treat every Particle product id of the platform database.
struct UdevRuleCoverage
{
    QStringList particleFiles;  // rule files that name vendor 2b04
    QStringList noAccess;       // "Boron in DFU mode (2b04:d00d)": this user could not open it
    QStringList noModemIgnore;  // serial ports ModemManager would still probe
    QStringList uaccessTooLate; // files that set uaccess after 73-seat-late.rules, where it has no effect
    int productIds = 0;         // how many product ids (normal and DFU mode) were checked
    int serialProducts = 0;     // how many of them have a serial port (normal mode)
    bool complete() const { return noAccess.isEmpty() && noModemIgnore.isEmpty(); }
};

class Doctor
{
    Q_DECLARE_TR_FUNCTIONS(dr::Doctor)

public:
    static QList<Finding> diagnose(const SystemSnapshot &snapshot, const PlatformDatabase &db);

    static UdevRuleCoverage udevRuleCoverage(const QList<udev::RuleFile> &rules,
                                             const QStringList &userGroups, const PlatformDatabase &db);

    // The fix that writes Device Restore's udev rule (its text is shown before anything is written).
    static DoctorFix udevRuleFix(const PlatformDatabase &db);

    // What the device page says about a listed device this user may not open, before the person
    // asks for the whole check.
    static Finding unusableDevice(const QString &deviceName, HostSystem system, const PlatformDatabase &db);

    // The system this program was built for.
    static HostSystem thisSystem();

    // The worst severity among `findings` (Ok for none).
    static FindingSeverity worst(const QList<Finding> &findings);

    // "Boron", "Boron in DFU mode", "Particle device 2b04:c0ff".
    static QString deviceName(quint16 vendorId, quint16 productId, const PlatformDatabase &db);
};

} // namespace dr
