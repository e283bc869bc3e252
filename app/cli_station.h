// Station mode of `device-restore restore` (--all, --watch, --recipe): see cli_station.cpp.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace dr::cli {

QList<QCommandLineOption> stationOptions();
bool wantsStation(const QCommandLineParser &parser);
// Runs after runRestore parsed the options (platform, version, user-firmware, model, yes, json,
// simulate, bundle, catalog-url are read by name).
int runStationRestore(const QCommandLineParser &parser);

} // namespace dr::cli
