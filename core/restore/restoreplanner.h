// Works out how to bring a device to a target Device OS: which modules, in which order, over which
// transport and in which mode, and what must be refused or confirmed first. Pure: no I/O, no clock.
// The rules come from Particle's upgrade/downgrade documentation (reference sections 5.5, 5.6, 7):
// dependency order, Gen2 system parts 1-2-3 then the Photon/P1 bootloader, the Electron bootloader
// inside its system parts, Gen3 bootloader before the SoftDevice, user firmware first on downgrades,
// the BRN402/B402 stop at 1.5.2, model minimums, protected devices, 256 KB apps, rtl872x
// prebootloader order, skipping what is already in place.
#pragma once

#include "firmware/firmwaremodule.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreplan.h"
#include "serial/moduleinspection.h"

#include <optional>

namespace dr {

// The transport in words for people, translated ("DFU", "control request", "YModem", "-");
// stepTransportName() is the stable English name the JSON output uses.
QString stepTransportText(StepTransport t);

enum class UserFirmwareChoice : quint8 {
    Auto,   // keep the current application when the target satisfies it, else Tinker
    Tinker, // always install Tinker
    Keep,   // keep the current application; refuse when the target does not satisfy it
    File,   // install the given file
};

struct PlanOptions
{
    UserFirmwareChoice userFirmware = UserFirmwareChoice::Auto;
    std::optional<BundleModule> userFile; // with UserFirmwareChoice::File
    bool includeNcp = false;
    bool force = false;    // go ahead despite recommendations (never despite hard rules)
    bool allowDfu = true;  // false: only control requests / YModem (no DFU driver, say)
    QString modelSku;      // "BRN402", "B404X"...; empty when unknown
    bool deviceProtected = false;
};

struct PlanRequest
{
    const Platform *platform = nullptr;
    // What the device reports about its modules (source Dfu: read back over DFU, with what could
    // not be read in notRead); nullopt when unknown.
    std::optional<ModuleInspection> device;
    // Why `device` is unknown, in words ("The device has Device Protection on: ..."): the plan says so
    // in its note when it writes every part. Empty when nobody tried.
    QString deviceNotRead;
    std::optional<SemVer> currentDeviceOs; // from the device; else derived from its system part
    SemVer target;
    const FirmwareBundle *bundle = nullptr;
    PlanOptions options;
};

class RestorePlanner
{
public:
    static RestorePlan plan(const PlanRequest &request);

    // The releases a plan from `current` to `target` stops at before the target, in order: the
    // BRN402/B402 stop at 1.5.2 on a downgrade from 2.x or newer, and without DFU the serial upgrade
    // path's releases between the two (platforms.json restoreOrder.serialUpgradePath). Empty when
    // `current` is unknown. plan() uses it; so does the catalog, to fetch only what a plan needs.
    static QList<SemVer> intermediateReleases(const Platform &platform, const std::optional<SemVer> &current,
                                              const SemVer &target, const PlanOptions &options);

    // The refusals Device OS would give when these steps reach the device the request describes in this
    // order (reference row 2: dependency 1 first, the bootloader included; the reverse check of system
    // parts); empty when it takes every one. DFU steps are not checked: the device does not start
    // between them. plan() applies the same check to the order it makes.
    static QList<PlanMessage> checkOrder(const PlanRequest &request, const QList<PlanStep> &steps);

    // Device OS version from which the platform answers USB control requests (reference 7.3).
    static SemVer controlRequestsSince(const Platform &platform);
};

} // namespace dr
