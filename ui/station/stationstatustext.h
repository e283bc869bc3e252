// What the station view says about a device's status, in words and colours: the headline ("Writing:
// step 3 of 7"), the line under it (the LED instruction, the one-line reason, the final inspection),
// the estimate left and the colours of the status badge. Colour is never the only signal: every
// status has its word. Pure functions of a StationDevice, so tests and the screenshots share them.
#pragma once

#include "station/stationdevice.h"

#include <QColor>
#include <QCoreApplication>

namespace dr::ui {

struct StatusColours
{
    QColor background; // the badge and the card's edge
    QColor text;       // on that background (contrast at least 4.5:1)
};

class StationStatusText
{
    Q_DECLARE_TR_FUNCTIONS(dr::ui::StationStatusText)

public:
    // The status word for people ("Waiting", "Writing", "Needs you", "Done", ...).
    static QString word(StationStatus status);
    // The badge's text: the word, with the step for a restore under way ("Writing: step 3 of 7").
    static QString headline(const StationDevice &d);
    // The line under the badge. `autoStart`: the recipe starts devices by itself (Waiting then
    // means queued, not "press Start").
    static QString detail(const StationDevice &d, bool autoStart);
    // "About 40 seconds left", or empty while there is no estimate.
    static QString eta(const RestoreProgress &p);
    // "Took 2 min 13 s" once finished; "Started 10:42" while under way; empty before.
    static QString timing(const StationDevice &d);
    // "Device OS 2.2.0; 6 modules, every check passed" for a final inspection.
    static QString inspectionSummary(const ModuleInspection &inspection);
    // "1.5.2 → 2.2.0" (either side may be unknown).
    static QString versions(const StationDevice &d);
    static StatusColours colours(StationStatus status);
    // A restore is under way (inspecting, planning, writing, or waiting for the person).
    static bool busy(StationStatus status);
    // It may be started (again): waiting, failed, cancelled, done or at target while attached.
    static bool startable(const StationDevice &d);
};

} // namespace dr::ui
