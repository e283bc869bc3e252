// Judges a parsed module the way Device OS does (reference 2.6) plus what a restore tool must know:
// integrity (CRC-32), SHA-256, platform known, address range within its platform's slot bounds for
// the Device OS range that applies, function fits the slot at its address, and its dependencies
// described with Device OS versions. Every failure is an Error saying what is wrong and what to do.
#pragma once

#include "common/result.h"
#include "firmware/firmwaremodule.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QList>
#include <QString>

#include <optional>

namespace dr {

namespace moduleerror {
inline constexpr char CrcMismatch[] = "module.crc-mismatch";
inline constexpr char ShaMismatch[] = "module.sha-mismatch";
inline constexpr char UnknownPlatform[] = "module.unknown-platform";
inline constexpr char OutOfBounds[] = "module.out-of-bounds";
inline constexpr char WrongFunctionForSlot[] = "module.wrong-function-for-slot";
inline constexpr char NoSlot[] = "module.no-slot";                 // the platform has no slot for it
inline constexpr char UnsupportedPlatform[] = "module.unsupported-platform"; // known, but no slot facts (Core, A-SoM)
inline constexpr char UnknownFunction[] = "module.unknown-function";
} // namespace moduleerror

enum class CheckOutcome : quint8 {
    Pass,
    Fail,
    NotChecked, // could not be judged (e.g. bounds of a module whose platform is unknown)
};
QString checkOutcomeName(CheckOutcome o); // "PASS", "FAIL", "NOT CHECKED"

// A module's function and index in words: "system part 1", "bootloader", "radio stack", "bootloader 2".
QString modulePartWords(quint8 functionCode, quint8 index);

struct ModuleCheck
{
    CheckOutcome outcome = CheckOutcome::NotChecked;
    QString summary;            // one line for people, also on PASS ("0x7A3B9C12 matches")
    std::optional<Error> error; // set when outcome == Fail

    bool passed() const { return outcome == CheckOutcome::Pass; }
};

struct DependencyDescription
{
    ModuleDependency dependency;
    QString text;                        // "system part 1 >= 2202 (Device OS 2.2.0)"
    std::optional<SemVer> deviceOs;      // system parts: the release with exactly that version
    QList<SemVer> bootloaderReleases;    // bootloaders: every release that shipped that version
};

struct ModuleVerdict
{
    const Platform *platform = nullptr;   // nullptr when the platform id is unknown
    const ModuleSlot *slot = nullptr;     // the slot the bounds were checked against
    std::optional<SemVer> moduleDeviceOs; // system parts: the Device OS this version belongs to
    QList<SemVer> bootloaderReleases;     // bootloaders: the releases that shipped this version
    std::optional<SemVer> boundsDeviceOs; // the Device OS whose bounds applied, when it could be told
    QString boundsBasis;                  // why those bounds: "own version 2202 = 2.2.0", "any range: ..."

    ModuleCheck integrity; // CRC-32
    ModuleCheck sha;       // SHA-256
    ModuleCheck platformKnown;
    ModuleCheck bounds;       // end address within the slot bounds (and start not before them)
    ModuleCheck functionSlot; // the address belongs to a slot of the module's own function and index
    ModuleCheck compression;  // compressed modules: the payload inflates to exactly its declared size,
                              // no larger than the slot; NotChecked for modules that are not compressed
    QList<DependencyDescription> dependencies;

    bool ok() const; // every check passed (compression too, when the module is compressed)
    QList<Error> errors() const; // the failures, most fundamental first
};

class ModuleChecks
{
public:
    ModuleChecks(const PlatformDatabase &platforms, const DeviceOsVersionTable &versions);
    // On the built-in database and table (PlatformDatabase::loadBuiltin() must have succeeded).
    static ModuleChecks builtin();

    ModuleVerdict check(const FirmwareModule &module) const;

    // "system part 1 >= 2202 (Device OS 2.2.0)", "bootloader >= 1003 (Device OS 2.0.0, 2.0.1)"
    DependencyDescription describe(const ModuleDependency &dependency) const;
    // The Device OS release whose system parts carry this module version; nullopt when not in the table.
    std::optional<SemVer> deviceOsOfSystemVersion(int systemModuleVersion) const;

private:
    const PlatformDatabase *m_platforms;
    const DeviceOsVersionTable *m_versions;
};

} // namespace dr
