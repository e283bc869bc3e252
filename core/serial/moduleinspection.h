// What a device says about its installed modules, in one model whatever the source: the listening
// mode `s` JSON (reference 3.2, parsed by ModuleInspectionJson), the USB control request 90 reply
// (reference 4; the usb code fills these plain structs), or the modules read back from flash over
// DFU UPLOAD by the host (DfuModuleReader, judged as Device OS judges them). Feeds the GUI's inspection view, the CLI's
// `inspect` output (ModuleInspectionPrinter) and the restore planner.
#pragma once

#include "platform/platform.h"
#include "serial/consolecommand.h"
#include "version/deviceosversions.h"
#include "version/semver.h"

#include <QList>
#include <QString>

#include <optional>

namespace dr {

// Validity bits of module_validation_flags_t (reference 2.6).
namespace validity {
inline constexpr quint8 Integrity = 1 << 1;    // 2: CRC-32
inline constexpr quint8 Dependencies = 1 << 2; // 4
inline constexpr quint8 Range = 1 << 3;        // 8: address range
inline constexpr quint8 Platform = 1 << 4;     // 16
inline constexpr quint8 Product = 1 << 5;
inline constexpr quint8 DependenciesFull = 1 << 6;
inline constexpr quint8 Usual = Integrity | Dependencies | Range | Platform; // 30
} // namespace validity

// module_store_t (reference 2.2)
enum class ModuleStore : quint8 { Main = 0, Factory = 1, Backup = 2, Scratchpad = 3 };
QString moduleStoreName(ModuleStore store); // "main", "factory", "backup", "scratchpad"

enum class InspectionCheck : quint8 {
    Integrity = validity::Integrity,
    AddressRange = validity::Range,
    Platform = validity::Platform,
    Dependencies = validity::Dependencies,
};
// The four checks in the order `particle serial inspect` prints them.
inline constexpr InspectionCheck kInspectionChecks[] = {InspectionCheck::Integrity, InspectionCheck::AddressRange,
                                                        InspectionCheck::Platform, InspectionCheck::Dependencies};
QString inspectionCheckName(InspectionCheck check); // "Integrity", "Address Range", "Platform", "Dependencies"

enum class CheckState : quint8 { Pass, Fail, NotChecked };

struct InstalledDependency
{
    quint8 functionCode = 0;
    int index = 0;
    int version = 0;
    std::optional<SemVer> deviceOs;   // filled by resolveVersions(): system parts
    QList<SemVer> bootloaderReleases; // filled by resolveVersions(): bootloaders

    ModuleFunction function() const { return static_cast<ModuleFunction>(functionCode); }
};

struct InstalledModule
{
    // nullopt for an empty slot (the `s` JSON omits "f" for it, e.g. an empty factory location).
    std::optional<quint8> functionCode;
    int index = 0;
    int version = 0;
    ModuleStore store = ModuleStore::Main;
    qint64 maxSize = 0;          // size of the slot's bounds
    quint8 validityChecked = 0;  // vc
    quint8 validityResult = 0;   // vv: the bits that passed
    QString userSha256;          // user parts: 64 upper-case hex digits ("u"); empty otherwise
    QList<InstalledDependency> dependencies;
    std::optional<SemVer> deviceOs;   // filled by resolveVersions(): system parts
    QList<SemVer> bootloaderReleases; // filled by resolveVersions(): bootloaders

    bool isEmpty() const { return !functionCode.has_value(); }
    std::optional<ModuleFunction> function() const;
    // NotChecked when the device did not run the check (bit clear in vc).
    CheckState check(InspectionCheck c) const;
    bool allChecksPass() const; // every check the device ran passed
};

// A slot of the platform that an inspection could not read (over DFU: a module on the network
// co-processor, memory the bootloader does not let the host read). Its module is unknown, not absent.
struct UnreadModule
{
    QString part; // the slot's name: "ncp", "bootloader"
    quint8 functionCode = 0;
    int index = 0;
    int mcuTarget = 0;
    QString reason; // in words, for people: why it was not read

    ModuleFunction function() const { return static_cast<ModuleFunction>(functionCode); }
};

struct ModuleInspection
{
    enum class Source : quint8 { SerialJson, ControlRequest, Dfu };

    Source source = Source::SerialJson;
    int platformId = -1;
    QList<DeviceProperty> properties; // top-level key/values of the `s` JSON (imei, iccid, cellfw)
    QList<InstalledModule> modules;
    QList<UnreadModule> notRead; // only over DFU: what the read could not reach

    // The first non-empty module with this function and index in the main store.
    const InstalledModule *find(ModuleFunction function, int index) const;
    // The Device OS release of the installed system part(s), when the table knows it.
    std::optional<SemVer> systemDeviceOs() const;

    // Fills deviceOs / bootloaderReleases of every module and dependency from the version table.
    void resolveVersions(const DeviceOsVersionTable &table);
};

// "serial", "control-request", "dfu": the stable name JSON output uses.
QString inspectionSourceName(ModuleInspection::Source source);

// The `s` JSON function and store characters (reference 2.2, 3.2).
std::optional<quint8> moduleFunctionFromJsonChar(char c);
char moduleFunctionJsonChar(quint8 functionCode);
std::optional<ModuleStore> moduleStoreFromJsonChar(char c);
char moduleStoreJsonChar(ModuleStore store);

} // namespace dr
