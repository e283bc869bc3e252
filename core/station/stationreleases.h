// Where a station's device workers get the Device OS releases a plan needs: a function each worker
// calls on its own thread (so it must be thread-safe) with the device's platform, its current Device
// OS and the recipe's target ("6.3.5", "latest", "default"). The answer is the target as a version
// and a bundle holding it and every stop the plan makes on the way.
#pragma once

#include "catalog/releasesources.h"
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

using StationReleaseProvider =
    std::function<Result<StationReleases>(const Platform &platform, const std::optional<SemVer> &from,
                                          const QString &targetVersion, const PlanOptions &options)>;

// Releases from one opened bundle (a folder or zip of binaries, a restore kit, --simulate's binaries):
// "latest" is the newest final release the bundle holds for the platform; "default" needs Particle's
// catalog and is refused with what to do.
StationReleaseProvider bundleReleases(std::shared_ptr<const FirmwareBundle> bundle);

// Releases from Particle's catalog (or a mirror: `sources`) through the verified cache at `cacheRoot`
// (empty: the default), downloading what a plan lacks; "latest" and "default" as the catalog says.
// Each call opens the cache on the calling thread; calls are taken one at a time (the cache is not
// thread-safe), so a download for one device holds only the devices that wait for releases too.
StationReleaseProvider catalogReleases(const QString &cacheRoot, const ReleaseSources &sources);

} // namespace dr
