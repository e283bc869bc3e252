// Stable names of the station's device states, for JSON events, summary files and tests.
#include "station/stationdevice.h"

namespace dr {

QString stationStatusName(StationStatus s)
{
    switch (s) {
    case StationStatus::Waiting:
        return QStringLiteral("waiting");
    case StationStatus::Inspecting:
        return QStringLiteral("inspecting");
    case StationStatus::Planning:
        return QStringLiteral("planning");
    case StationStatus::Writing:
        return QStringLiteral("writing");
    case StationStatus::NeedsPerson:
        return QStringLiteral("needs-person");
    case StationStatus::Done:
        return QStringLiteral("done");
    case StationStatus::AlreadyAtTarget:
        return QStringLiteral("already-at-target");
    case StationStatus::Failed:
        return QStringLiteral("failed");
    case StationStatus::Cancelled:
        return QStringLiteral("cancelled");
    case StationStatus::Unplugged:
        return QStringLiteral("unplugged");
    case StationStatus::NotSuitable:
        return QStringLiteral("not-suitable");
    }
    return QStringLiteral("waiting");
}

} // namespace dr
