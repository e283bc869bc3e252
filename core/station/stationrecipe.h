// A station recipe: what every device plugged into a restore station gets (platform or any
// supported, target Device OS, user firmware policy, model rules, automatic start or a click).
// Saved and loaded by name. Pure data plus JSON; the store lives beside it (stationrecipestore.*).
#pragma once

#include "common/result.h"
#include "restore/restoreplanner.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dr {

struct StationRecipe
{
    QString name;            // "Borons to 6.3.5"
    int platformId = -1;     // -1: any supported platform
    QString targetVersion;   // "6.3.5"; "default" for each platform's Particle default, "latest" for the newest GA
    UserFirmwareChoice userFirmware = UserFirmwareChoice::Tinker;
    QString userFirmwarePath; // with UserFirmwareChoice::File
    bool includeNcp = false;
    QStringList allowedSkus;  // empty: any model; else only these ("B404X", ...)
    bool skipBelowModelMinimum = true; // a model whose minimum is above the target is shown and left alone
    bool autoStart = true;    // restore as soon as a device is plugged in; false: wait for a click
    int maxParallel = 8;

    QJsonObject toJson() const;
    // Errors name the key that is wrong and what it should hold.
    static Result<StationRecipe> fromJson(const QJsonObject &o);
};

} // namespace dr
