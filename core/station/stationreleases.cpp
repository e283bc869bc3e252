// Releases for the station from one bundle (see stationreleases.h).
#include "station/stationreleases.h"

#include "catalog/releasecache.h"
#include "catalog/releasefetcher.h"
#include "platform/platform.h"

#include <QMutex>

namespace dr {

StationReleaseProvider bundleReleases(std::shared_ptr<const FirmwareBundle> bundle)
{
    return [bundle](const Platform &platform, const std::optional<SemVer> &, const QString &targetVersion,
                    const PlanOptions &) -> Result<StationReleases> {
        if (targetVersion == QLatin1String("default"))
            return makeError(
                QStringLiteral("station.no-catalog"),
                QStringLiteral("The recipe asks for Particle's default Device OS, which only the release "
                               "catalog knows, but the releases come from a folder of binaries."),
                QStringLiteral("Name the version in the recipe, or use the release catalog."));
        if (targetVersion == QLatin1String("latest")) {
            std::optional<SemVer> newest;
            for (const SemVer &v : bundle->releasesFor(platform.id))
                if (!v.isPrerelease() && (!newest || *newest < v)) newest = v;
            if (!newest)
                return makeError(QStringLiteral("station.no-release"),
                                 QStringLiteral("The binaries hold no Device OS release for the %1.")
                                     .arg(platform.displayName),
                                 QStringLiteral("Open binaries that include one."));
            return StationReleases{bundle, *newest};
        }
        const auto target = SemVer::parse(targetVersion);
        if (!target)
            return makeError(QStringLiteral("station.bad-target"),
                             QStringLiteral("\"%1\" is not a Device OS version.").arg(targetVersion),
                             QStringLiteral("Correct the recipe's target version."));
        return StationReleases{bundle, *target};
    };
}

StationReleaseProvider catalogReleases(const QString &cacheRoot, const ReleaseSources &sources)
{
    auto mutex = std::make_shared<QMutex>();
    return [cacheRoot, sources, mutex](const Platform &platform, const std::optional<SemVer> &from,
                                       const QString &targetVersion,
                                       const PlanOptions &options) -> Result<StationReleases> {
        QMutexLocker lock(mutex.get());
        ReleaseCache cache(cacheRoot);
        ReleaseFetcher fetcher(cache, sources);
        std::optional<SemVer> target = SemVer::parse(targetVersion);
        if (targetVersion == QLatin1String("latest") || targetVersion == QLatin1String("default")) {
            auto snapshot = fetcher.catalog();
            if (!snapshot.ok()) return snapshot.error();
            target = targetVersion == QLatin1String("latest")
                         ? snapshot->catalog.latest(platform.id)
                         : snapshot->catalog.particleDefault(platform.id);
            if (!target)
                return makeError(QStringLiteral("station.no-release"),
                                 QStringLiteral("The release catalog names no %1 Device OS for the %2.")
                                     .arg(targetVersion, platform.displayName),
                                 QStringLiteral("Name the version in the recipe."));
        }
        if (!target)
            return makeError(QStringLiteral("station.bad-target"),
                             QStringLiteral("\"%1\" is not a Device OS version.").arg(targetVersion),
                             QStringLiteral("Correct the recipe's target version."));
        auto releases = fetcher.releasesForPlan(platform, from, *target, options);
        if (!releases.ok()) return releases.error();
        return StationReleases{std::make_shared<const FirmwareBundle>(std::move(releases->bundle)), *target};
    };
}

} // namespace dr
