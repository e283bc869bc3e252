// The doctor's udev fix. See udevrulefix.h.
#include "doctor/udevrulefix.h"

#include "doctor/udevrules.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>

namespace dr {

QStringList UdevRuleFix::elevatedCommand(const QString &program)
{
    return {QStringLiteral("pkexec"), program, QStringLiteral("doctor"), QStringLiteral("--fix"),
            QStringLiteral("install-udev-rule")};
}

Result<QString> UdevRuleFix::install(const QString &root, const PlatformDatabase &db)
{
    const QString dir = QDir::cleanPath(root + QLatin1Char('/') + QLatin1String(udev::kAdminRuleDir));
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("doctor.fix-failed"), tr("The folder %1 cannot be created.").arg(dir),
                         tr("Run the fix as administrator."));
    const QString path = dir + QLatin1Char('/') + QLatin1String(udev::kRuleFileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("doctor.fix-failed"),
                         tr("%1 cannot be written: %2").arg(path, file.errorString()),
                         tr("Run the fix as administrator."));
    file.write(udev::particleRules(db).toUtf8());
    if (!file.commit())
        return makeError(QStringLiteral("doctor.fix-failed"),
                         tr("%1 cannot be written: %2").arg(path, file.errorString()),
                         tr("Run the fix as administrator."));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

Result<void> UdevRuleFix::reloadUdev()
{
    const QList<QStringList> steps = {
        {QStringLiteral("control"), QStringLiteral("--reload-rules")},
        {QStringLiteral("trigger"), QStringLiteral("--action=add"), QStringLiteral("--subsystem-match=usb"),
         QStringLiteral("--attr-match=idVendor=2b04")},
        {QStringLiteral("trigger"), QStringLiteral("--action=add"), QStringLiteral("--subsystem-match=tty")},
    };
    for (const QStringList &args : steps) {
        QProcess udevadm;
        udevadm.start(QStringLiteral("udevadm"), args);
        const bool finished = udevadm.waitForFinished(15000);
        if (!finished || udevadm.exitStatus() != QProcess::NormalExit || udevadm.exitCode() != 0)
            return makeError(
                QStringLiteral("doctor.udev-reload-failed"),
                tr("The rule is installed, but udev did not reload its rules (udevadm %1).")
                    .arg(args.join(QLatin1Char(' '))),
                tr("Unplug the device and plug it in again; if it still cannot be opened, restart "
                   "the computer."),
                udevadm.errorString() + QLatin1Char(' ') +
                    QString::fromLocal8Bit(udevadm.readAllStandardError()));
    }
    return {};
}

} // namespace dr
