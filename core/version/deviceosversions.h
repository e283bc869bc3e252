// The table that maps Device OS releases (semver) to the module versions they ship:
// system parts and bootloader (reference section 6.3). Data lives in resources/device-os-versions.json.
#pragma once

#include "common/result.h"
#include "version/semver.h"

#include <QList>

#include <optional>

namespace dr {

struct DeviceOsRelease
{
    SemVer version;
    int systemModuleVersion = 0;     // e.g. 2302 for 2.3.1
    int bootloaderModuleVersion = 0; // e.g. 1006 for 2.3.1; 0 when unknown
    // A few releases were built with the number of another one (0.5.0-rc.2 and 0.5.0 are both 13).
    // Set on the entry that is not the answer for semverForSystemVersion().
    std::optional<SemVer> sameSystemVersionAs;
    // Side-branch pre-releases numbered out of semver order (1.5.1-tracker.1 is 1503 but sorts
    // after 1.5.1-rc.1, 1510); such entries are exempt from the "grows with the semver" rule.
    QString outOfOrderReason;
};

class DeviceOsVersionTable
{
public:
    // Validates the file: every entry has a semver and a system version, system versions are unique
    // and grow with the semver. Errors name the file and the offending field.
    static Result<DeviceOsVersionTable> load(const QString &path);
    static Result<DeviceOsVersionTable> fromJson(const QByteArray &json, const QString &sourceName);

    // The table embedded in the program (:/dr/device-os-versions.json), loaded once by loadBuiltin().
    static Result<void> loadBuiltin();
    static const DeviceOsVersionTable &builtin();

    const QList<DeviceOsRelease> &releases() const { return m_releases; } // ascending by semver

    std::optional<SemVer> semverForSystemVersion(int systemModuleVersion) const;
    std::optional<int> systemVersionFor(const SemVer &version) const;
    std::optional<int> bootloaderVersionFor(const SemVer &version) const;
    // Several releases can ship the same bootloader; this returns all of them, ascending
    // (final releases only unless includePrereleases).
    QList<SemVer> semversForBootloaderVersion(int bootloaderModuleVersion, bool includePrereleases = false) const;
    const DeviceOsRelease *release(const SemVer &version) const; // exact match, build metadata ignored

private:
    QList<DeviceOsRelease> m_releases;
};

} // namespace dr
