// Prints a ModuleInspection the way `particle serial inspect` does (a Platform line, then each
// module with its four checks and its dependencies), and as JSON for `inspect --json` and support
// reports. Versions are shown with their Device OS semver when the version table knows them.
#pragma once

#include "platform/platformdatabase.h"
#include "serial/moduleinspection.h"

#include <QJsonObject>
#include <QString>

namespace dr {

class ModuleInspectionPrinter
{
public:
    // platforms may be null (the platform is then shown by id only). Call
    // ModuleInspection::resolveVersions() first to show semvers.
    static QString text(const ModuleInspection &inspection, const PlatformDatabase *platforms);
    static QJsonObject json(const ModuleInspection &inspection, const PlatformDatabase *platforms);

    // "Bootloader", "System", "User", "Radio stack", ... as the CLI names module functions.
    static QString functionTitle(quint8 functionCode);
    static QString checkStateText(CheckState state); // "PASS", "FAIL", "not checked"
};

} // namespace dr
