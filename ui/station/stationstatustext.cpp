#include "station/stationstatustext.h"

#include <QLocale>

#include <algorithm>

namespace dr::ui {

QString StationStatusText::word(StationStatus status)
{
    switch (status) {
    case StationStatus::Waiting:
        return tr("Waiting");
    case StationStatus::Inspecting:
        return tr("Reading");
    case StationStatus::Planning:
        return tr("Planning");
    case StationStatus::Writing:
        return tr("Writing");
    case StationStatus::NeedsPerson:
        return tr("Needs you");
    case StationStatus::Done:
        return tr("Done");
    case StationStatus::AlreadyAtTarget:
        return tr("Already at target");
    case StationStatus::Failed:
        return tr("Failed");
    case StationStatus::Cancelled:
        return tr("Cancelled");
    case StationStatus::Unplugged:
        return tr("Unplugged");
    case StationStatus::NotSuitable:
        return tr("Not suitable");
    }
    return {};
}

namespace {
// Unplugged after its restore finished well: the usual end at a station (done, then pulled out).
bool doneThenUnplugged(const StationDevice &d)
{
    return d.status == StationStatus::Unplugged && d.reason.isEmpty() && !d.error && d.finalInspection
           && d.finishedAt.isValid();
}
} // namespace

QString StationStatusText::headline(const StationDevice &d)
{
    if (doneThenUnplugged(d))
        return tr("Done, unplugged");
    const RestoreProgress &p = d.progress;
    if (d.status == StationStatus::Writing && p.step >= 0 && p.stepCount > 0)
        return tr("Writing: step %1 of %2").arg(p.step + 1).arg(p.stepCount);
    return word(d.status);
}

QString StationStatusText::eta(const RestoreProgress &p)
{
    if (!p.etaSeconds || *p.etaSeconds < 1)
        return {};
    const int seconds = qRound(*p.etaSeconds);
    if (seconds < 120)
        return tr("About %n second(s) left", nullptr, seconds);
    return tr("About %n minute(s) left", nullptr, (seconds + 30) / 60);
}

QString StationStatusText::timing(const StationDevice &d)
{
    if (!d.startedAt.isValid())
        return {};
    if (busy(d.status) || !d.finishedAt.isValid())
        return busy(d.status) ? tr("Started %1").arg(QLocale().toString(d.startedAt.toLocalTime().time(), QLocale::ShortFormat))
                              : QString();
    const qint64 seconds = std::max<qint64>(0, d.startedAt.secsTo(d.finishedAt));
    const QString took = seconds < 60 ? tr("%1 s").arg(seconds) : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("Took %1").arg(took);
}

QString StationStatusText::inspectionSummary(const ModuleInspection &inspection)
{
    int modules = 0;
    int failing = 0;
    for (const InstalledModule &m : inspection.modules) {
        if (m.isEmpty())
            continue;
        ++modules;
        if (!m.allChecksPass())
            ++failing;
    }
    const std::optional<SemVer> os = inspection.systemDeviceOs();
    const QString checks = failing == 0 ? tr("%n module(s), every check passed", nullptr, modules)
                                        : tr("%n module(s), %1 with a failed check", nullptr, modules).arg(failing);
    return os ? tr("Device OS %1; %2").arg(os->toString(), checks) : checks;
}

QString StationStatusText::versions(const StationDevice &d)
{
    const QString from = d.currentVersion.isEmpty() ? tr("unknown") : d.currentVersion;
    if (d.targetVersion.isEmpty() || d.status == StationStatus::NotSuitable) // it gets nothing
        return from;
    return tr("%1 \u2192 %2").arg(from, d.targetVersion);
}

QString StationStatusText::detail(const StationDevice &d, bool autoStart)
{
    switch (d.status) {
    case StationStatus::Waiting:
        return autoStart ? tr("Starts as soon as a place is free.") : tr("Press Start to restore it.");
    case StationStatus::Inspecting:
        return tr("Reading its modules to plan the restore. Leave it plugged in.");
    case StationStatus::Planning:
        return d.progress.message.isEmpty() ? tr("Getting the releases and making the plan.") : d.progress.message;
    case StationStatus::Writing:
        return d.progress.message.isEmpty() ? tr("Do not unplug the device.") : d.progress.message;
    case StationStatus::NeedsPerson:
        return d.prompt ? d.prompt->instruction : tr("Look at the device and follow the instruction.");
    case StationStatus::Done:
        return d.finalInspection ? inspectionSummary(*d.finalInspection) : tr("Restored and checked.");
    case StationStatus::AlreadyAtTarget:
        return d.finalInspection ? tr("Nothing written. %1").arg(inspectionSummary(*d.finalInspection))
                                 : tr("Nothing written: it already runs the target.");
    case StationStatus::Failed:
        if (!d.reason.isEmpty())
            return d.reason;
        return d.error ? d.error->message : tr("The restore stopped with an error.");
    case StationStatus::Cancelled:
        return d.reason.isEmpty() ? tr("Stopped at a safe point. Press Start to try again.") : d.reason;
    case StationStatus::Unplugged:
        if (doneThenUnplugged(d))
            return inspectionSummary(*d.finalInspection);
        return d.reason.isEmpty() ? tr("Plug it in again to go on; its row and history stay here.") : d.reason;
    case StationStatus::NotSuitable:
        return d.reason.isEmpty() ? tr("The recipe does not fit this device: it is left alone.")
                                  : tr("%1 It is left alone.").arg(d.reason);
    }
    return {};
}

StatusColours StationStatusText::colours(StationStatus status)
{
    // Light badge colours with dark text of the same hue: readable in light and dark themes alike,
    // and told apart by their words for people who do not see the colours.
    switch (status) {
    case StationStatus::Waiting:
    case StationStatus::Cancelled:
        return {QColor(0xe0, 0xe0, 0xe0), QColor(0x21, 0x21, 0x21)};
    case StationStatus::Inspecting:
    case StationStatus::Planning:
    case StationStatus::Writing:
        return {QColor(0xcf, 0xe3, 0xfc), QColor(0x0b, 0x3a, 0x78)};
    case StationStatus::NeedsPerson:
        return {QColor(0xff, 0xe0, 0x82), QColor(0x5c, 0x3c, 0x00)};
    case StationStatus::Done:
    case StationStatus::AlreadyAtTarget:
        return {QColor(0xc8, 0xe6, 0xc9), QColor(0x1b, 0x4d, 0x20)};
    case StationStatus::Failed:
        return {QColor(0xff, 0xcd, 0xd2), QColor(0x8e, 0x0b, 0x0b)};
    case StationStatus::Unplugged:
        return {QColor(0x61, 0x61, 0x61), QColor(0xff, 0xff, 0xff)};
    case StationStatus::NotSuitable:
        return {QColor(0xe1, 0xd5, 0xf0), QColor(0x3f, 0x1d, 0x66)};
    }
    return {QColor(Qt::white), QColor(Qt::black)};
}

bool StationStatusText::busy(StationStatus status)
{
    return status == StationStatus::Inspecting || status == StationStatus::Planning || status == StationStatus::Writing
           || status == StationStatus::NeedsPerson;
}

bool StationStatusText::startable(const StationDevice &d)
{
    if (!d.attached)
        return false;
    switch (d.status) {
    case StationStatus::Waiting:
    case StationStatus::Failed:
    case StationStatus::Cancelled:
    case StationStatus::Done:
    case StationStatus::AlreadyAtTarget:
        return true;
    default:
        return false;
    }
}

} // namespace dr::ui
