// What the station knows about one attached device, as the station view and the command line show
// it: a value type the station service sends with every change (deviceUpdated). The contract between
// core/station (which drives one engine per device) and ui/ (which only draws these).
#pragma once

#include "common/result.h"
#include "restore/restoreengine.h"
#include "serial/moduleinspection.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dr {

enum class StationStatus : quint8 {
    Waiting,       // attached, recipe fits, not started (recipe waits for a click, or queued)
    Inspecting,    // reading its modules to plan
    Planning,      // releases being resolved / downloaded, plan being made
    Writing,       // the restore runs: step k of n (progress)
    NeedsPerson,   // waiting for the person at the station (prompt holds the LED instruction)
    Done,          // restored and its final inspection passed
    AlreadyAtTarget, // inspected: nothing to write
    Failed,        // error holds the one-line reason
    Cancelled,
    Unplugged,     // gone before it was done (waiting, failed, cancelled) or mid-restore; keeps its row and
                   // history. A Done/AlreadyAtTarget/NotSuitable device taken off keeps its status, attached=false.
    NotSuitable,   // the recipe does not fit (other platform, model minimum): left alone, reason says why
};

// Stable English name for JSON and CSV ("waiting", "writing", "done", ...).
QString stationStatusName(StationStatus s);

struct StationEvent
{
    QDateTime at;
    QString text; // "Restore started", "Unplugged during step 3 of 5", ...
};

struct StationDevice
{
    QString key;        // stable row key: the device ID, or "port:<usb port path>" for an old Gen 2 without one
    QString deviceId;   // 24 hex digits once known
    int platformId = -1;
    QString platformName; // "Boron"
    QString mode;         // "running", "DFU", "listening", "safe mode", ""
    QString usbPortPath;  // "1-2.3": where it is plugged in
    QString currentVersion; // Device OS as last read, "" when unknown
    QString targetVersion;
    StationStatus status = StationStatus::Waiting;
    QString reason;       // NotSuitable / Failed: one line, for people
    std::optional<Error> error; // Failed: the typed error
    RestoreProgress progress;   // Writing: step k of n, bytes, ETA
    std::optional<PersonPrompt> prompt; // NeedsPerson
    std::optional<ModuleInspection> finalInspection; // Done / AlreadyAtTarget
    QString reportPath;   // the saved restore report, once there is one
    QDateTime startedAt, finishedAt;
    QList<StationEvent> history; // kept across unplug / replug
    bool attached = true;
};

struct StationCounters
{
    int done = 0, failed = 0, inProgress = 0, waiting = 0, notSuitable = 0;
};

} // namespace dr

Q_DECLARE_METATYPE(dr::StationDevice)
Q_DECLARE_METATYPE(dr::StationCounters)
