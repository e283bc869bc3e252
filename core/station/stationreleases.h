// Where a station's device workers get the Device OS releases a plan needs: a function each worker
// calls on its own thread (so it must be thread-safe) with the device's platform, its current Device
// OS and the recipe's target ("6.3.5", "latest", "default"). The answer is the target as a version
// and a bundle holding it and every stop the plan makes on the way.
#pragma once

#include "common/result.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreplanner.h"
#include "version/semver.h"

#include <functional>
#include <memory>
#include <optional>

namespace dr {

struct Platform;

struct StationReleases
{
    std::shared_ptr<const FirmwareBundle> bundle;
    SemVer target;
};

using StationReleaseProvider = std::function<Result<StationReleases>(
    const Platform &platform, const std::optional<SemVer> &from, const QString &targetVersion, const PlanOptions &options)>;

// Releases from one opened bundle (a folder or zip of binaries, a restore kit, --simulate's binaries):
// "latest" is the newest final release the bundle holds for the platform; "default" needs Particle's
// catalog and is refused with what to do.
StationReleaseProvider bundleReleases(std::shared_ptr<const FirmwareBundle> bundle);

} // namespace dr
