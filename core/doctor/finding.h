// One thing the doctor found: what it is, why it matters, what to do, and the fix it can apply
// itself, if any. Codes are stable (scripts read `doctor --json`); texts are for people.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace dr {

enum class FindingSeverity
{
    Ok,      // checked and fine
    Info,    // worth knowing; nothing stops a restore
    Warning, // may get in the way of a restore
    Problem, // stops a restore until dealt with
};
QString findingSeverityName(FindingSeverity severity); // "ok", "info", "warning", "problem"

enum class DoctorFixKind
{
    InstallUdevRule, // write the package's udev rule to /etc/udev/rules.d (pkexec), reload udev, re-plug
};
QString doctorFixName(DoctorFixKind kind); // "install-udev-rule"

struct DoctorFix
{
    DoctorFixKind kind = DoctorFixKind::InstallUdevRule;
    QString label;      // the button: "Install the udev rule"
    QString targetPath; // the file it writes
    QString preview;    // what it writes, shown to the person before anything happens
    QString afterwards; // what the person does once it worked: "Unplug the device and plug it in again."
};

struct Finding
{
    QString code; // "usb.no-permission", "udev.rule-stale", ...
    FindingSeverity severity = FindingSeverity::Info;
    QString title;  // what was found
    QString why;    // why it matters
    QString remedy; // what to do; empty for Ok findings
    QString detail; // technical detail: files, ids, pids
    std::optional<DoctorFix> fix;
};

} // namespace dr
