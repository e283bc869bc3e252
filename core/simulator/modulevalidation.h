// Device OS's verdicts on the virtual device's modules (reference section 6, rows 1 and 2): the checks
// on one module found in flash (fetch_module), the dependency check of the installed set
// (validate_module_dependencies), what HAL_FLASH_End / HAL_FLASH_OTA_Validate accept from the OTA
// region (only a bootloader *dependency 2* waived, user parts unchecked, and the full reverse check
// for system parts), and what a device does when it starts with what is in its flash: DFU mode when
// system-part1 fails its check, safe mode when a dependency is not met. Pure functions over the
// scanned modules: the VirtualDevice holds the memories and calls them.
#pragma once

#include "common/result.h"
#include "firmware/firmwaremodule.h"
#include "platform/platform.h"
#include "simulator/bootbehaviour.h"
#include "simulator/virtualdevice.h"
#include "version/semver.h"

#include <QList>
#include <QString>

#include <optional>

namespace dr::sim {

// Integrity, range and platform of one module read from flash; dependencies come later
// (judgeDependencies), once every module is known.
void judgeModule(VirtualModuleInfo &info, const ModuleSlot &slot, int platformId);

// An installed, present module with that function and index at the version or newer.
bool dependencySatisfied(const ModuleDependency &dep, const QList<VirtualModuleInfo> &modules);

// Sets ValidityDependencies on every module whose dependencies the others meet (not transitive). A
// user part's second dependency (the bootloader) is optional, as in the module table Device OS reports.
void judgeDependencies(QList<VirtualModuleInfo> &modules);

// Device OS system error codes for a module it refuses (services/inc/system_error.h).
namespace otaerror {
constexpr int ModuleNotFound = -1300;
constexpr int UnsupportedModule = -1310;
constexpr int IntegrityCheckFailed = -1330;
constexpr int DependencyCheckFailed = -1340;
constexpr int InvalidAddress = -1350;
constexpr int InvalidPlatform = -1360;
} // namespace otaerror

// The Device OS error code an OTA refusal of validateOtaModule carries (its Error code is
// "sim.ota.<code>"); 0 for any other error.
int otaSystemError(const Error &error);

// What HAL_FLASH_End / HAL_FLASH_OTA_Validate decide about the image in the OTA region. `running` is
// the Device OS the device runs: before 0.6.0 HAL_FLASH_End checked integrity only (device-os pull
// request 1063 added the dependency checks).
Result<FirmwareModule> validateOtaModule(const Platform &platform, const QByteArray &image, const SemVer &layout,
                                         const QList<VirtualModuleInfo> &installed,
                                         const std::optional<SemVer> &running);

// Where a device comes up after a reset, from what its flash holds.
struct BootOutcome
{
    DeviceMode mode = DeviceMode::Normal;
    bool safeMode = false;      // Device OS runs, the application does not (breathing magenta)
    bool factoryReset = false;  // the Gen 2 bootloader tried a factory reset first
    QString failedModule;       // the slot that stopped the boot ("system-part1"), empty when none
    QString reason;             // why, in words: "fails its CRC check", "needs bootloader 1005 (has 501)"
};

BootOutcome decideBoot(const BootBehaviour &behaviour, const QList<VirtualModuleInfo> &modules, DeviceMode requested);

} // namespace dr::sim
