// Releases for the station from one bundle (see stationreleases.h).
#include "station/stationreleases.h"

#include "platform/platform.h"

namespace dr {

StationReleaseProvider bundleReleases(std::shared_ptr<const FirmwareBundle> bundle)
{
    return [bundle](const Platform &platform, const std::optional<SemVer> &, const QString &targetVersion,
                    const PlanOptions &) -> Result<StationReleases> {
        if (targetVersion == QLatin1String("default"))
            return makeError(QStringLiteral("station.no-catalog"),
                             QStringLiteral("The recipe asks for Particle's default Device OS, which only the release "
                                            "catalog knows, but the releases come from a folder of binaries."),
                             QStringLiteral("Name the version in the recipe, or use the release catalog."));
        if (targetVersion == QLatin1String("latest")) {
            std::optional<SemVer> newest;
            for (const SemVer &v : bundle->releasesFor(platform.id))
                if (!v.isPrerelease() && (!newest || *newest < v))
                    newest = v;
            if (!newest)
                return makeError(QStringLiteral("station.no-release"),
                                 QStringLiteral("The binaries hold no Device OS release for the %1.").arg(platform.displayName),
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

} // namespace dr
