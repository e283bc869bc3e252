// The doctor's udev fix: writes Device Restore's rule (udev::particleRules) into
// ROOT/etc/udev/rules.d, where it takes precedence over a packaged rule of the same name, and makes
// udev re-read its rules and re-apply them to Particle devices already plugged in. It needs root:
// the GUI and `doctor --fix` run `pkexec device-restore doctor --fix install-udev-rule`, and tests
// run the same command with --root pointing at a temporary folder.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dr {

class PlatformDatabase;

class UdevRuleFix
{
    Q_DECLARE_TR_FUNCTIONS(dr::UdevRuleFix)

public:
    // The command that applies the fix with administrator rights: pkexec PROGRAM doctor --fix
    // install-udev-rule. PROGRAM must be an absolute path (pkexec requires it).
    static QStringList elevatedCommand(const QString &program);

    // Writes the rule to ROOT/etc/udev/rules.d/60-device-restore.rules (mode 0644, replaced in one
    // step) and returns the path written.
    static Result<QString> install(const QString &root, const PlatformDatabase &db);

    // udevadm control --reload-rules, then udevadm trigger for vendor 2b04 (USB devices and their
    // serial ports), so devices already plugged in get the rule. Only for the real root.
    static Result<void> reloadUdev();
};

} // namespace dr
