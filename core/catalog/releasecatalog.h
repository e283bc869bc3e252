// The Device OS release catalog: which versions exist, their state, and for each platform which
// releases can be had and from where. Built from Particle's three published files
// (release-sources.md sections 1, 5): deviceRestore.json (versions, restore zips per platform),
// deviceOsVersions.json (release_state, default_platforms, publish dates) and versionInfo.json
// (module version <-> semver). Pure: no I/O but reading the given bytes.
//
// For the downloader (fetch, plan/restore resolution):
//   - release(platformId, version, sources) says what to fetch for one release and from where: a
//     restore zip + its sidecar, or per-module files with URL fallbacks (ReleaseFile::urls in order).
//   - releasesForPlan(...) lists every release a plan from A to B needs (the target and the
//     intermediate releases the planner stops at), so only those are fetched.
//   - Fetched bytes go to ReleaseCache::addRelease(), which verifies them (ReleaseVerifier) before
//     anything is kept.
#pragma once

#include "catalog/releasesources.h"
#include "common/result.h"
#include "platform/platformdatabase.h"
#include "restore/restoreplanner.h"
#include "version/semver.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace dr {

namespace catalogerror {
inline constexpr char Malformed[] = "catalog.malformed";       // a catalog file is not what it must be
inline constexpr char UnknownPlatform[] = "catalog.unknown-platform";
inline constexpr char UnknownVersion[] = "catalog.unknown-version";
inline constexpr char NotAvailable[] = "catalog.not-available"; // the version exists, not for that platform
} // namespace catalogerror

enum class ReleaseState : quint8 {
    Unknown,  // not in deviceOsVersions.json
    Ga,       // generally available
    Preview,  // developer preview
    Archived, // withdrawn from the default lists
};
QString releaseStateName(ReleaseState s); // "ga", "preview", "archived", "unknown"

struct CatalogPlatform
{
    QString name;  // catalog name, "boron"
    QString title; // "Boron", "B4xx"
    int id = -1;
    int generation = 0;
    QString mcu;                       // as the catalog writes it: "nRF52840", "RTL8721"
    bool listed = true;                // in deviceRestore.json `platforms` (A SoM has zips but is not)
    bool discontinued = false;
    const Platform *platform = nullptr; // our platforms.json entry; nullptr when it does not know the id
};

enum class ReleaseSourceKind : quint8 {
    RestoreZip,  // {platform}.zip with its {platform}.json sidecar from the docs site
    ModuleFiles, // per-module files from the binary host, GitHub releases as the fallback
};

struct ReleaseFile
{
    enum class Role : quint8 { Zip, Sidecar, Module };
    Role role = Role::Module;
    QString name;      // "boron.zip", "boron.json", "electron-system-part1@0.5.5.bin"
    QString cachePath; // where it lives in the cache and in kits: "6.3.5/boron/boron.zip"
    QList<QUrl> urls;  // where to fetch it, in order of preference
    bool required = true; // false: fetch when published (Gen 2 bootloaders of old releases)
};

// One version for one platform, and the files that make it.
struct CatalogRelease
{
    SemVer version;
    QString versionName; // as the catalog writes it
    int platformId = -1;
    QString platformName;
    ReleaseSourceKind source = ReleaseSourceKind::RestoreZip;
    QList<ReleaseFile> files;

    // "6.3.5/boron": the cache folder (and kit folder) of this release.
    QString key() const { return versionName + QLatin1Char('/') + platformName; }
};

struct CatalogVersion
{
    SemVer version;
    QString name; // as written in versionNames
    ReleaseState state = ReleaseState::Unknown;
    std::optional<int> systemModuleVersion;     // versionInfo.json `sys`
    std::optional<int> bootloaderModuleVersion; // versionInfo.json `boot`
    QDateTime publishedAt;                      // invalid when unknown
    QList<int> zipPlatforms;     // platform ids with a restore zip
    QList<int> filePlatforms;    // platform ids published without a zip (per-module files)
    QList<int> defaultPlatforms; // Particle's default (recommended) release for these ids

    // Semver pre-releases and developer previews: hidden unless asked for.
    bool prerelease() const { return version.isPrerelease() || state == ReleaseState::Preview; }
    // Long-term support lines are the even majors from 2.x on (docs LTS page: 2.x, 4.x, 6.x); only
    // their final releases. The 0.x releases predate the LTS scheme.
    bool lts() const { return version.major() >= 2 && version.major() % 2 == 0 && !version.isPrerelease(); }
    bool availableFor(int platformId) const
    {
        return zipPlatforms.contains(platformId) || filePlatforms.contains(platformId);
    }
};

// Where a catalog came from: fetched now, or kept in the cache (then the app is offline, and
// fetchedAt says since when its information dates).
struct CatalogProvenance
{
    QUrl source;         // the base the files were fetched from
    QDateTime fetchedAt; // when they were fetched (UTC); invalid when unknown
    bool fromCache = false;
};

class ReleaseCatalog
{
public:
    // The three files' bytes; sourceNames default to the published file names. Unknown keys are
    // ignored (a `versionsProtected` key is coming). Malformed or truncated JSON, or a field of
    // the wrong type, fails with the file and the field named (catalog.malformed).
    static Result<ReleaseCatalog> fromJson(const QByteArray &deviceRestore, const QByteArray &deviceOsVersions,
                                           const QByteArray &versionInfo,
                                           const PlatformDatabase &platforms = PlatformDatabase::builtin());
    // The three files from a folder: either they lie in it, or in {folder}/assets/files/.
    static Result<ReleaseCatalog> loadFolder(const QString &folder,
                                             const PlatformDatabase &platforms = PlatformDatabase::builtin());

    // Every platform: the listed ones in catalog order, then the unlisted ones that have files.
    const QList<CatalogPlatform> &platforms() const { return m_platforms; }
    const CatalogPlatform *platform(int id) const;
    const CatalogPlatform *platform(QStringView name) const; // catalog name or our name/display name
    // Every version, newest first.
    const QList<CatalogVersion> &versions() const { return m_versions; }
    const CatalogVersion *version(const SemVer &v) const;
    int zipCount() const;

    // The versions a platform can be restored to, newest first (pre-releases only when asked).
    QList<const CatalogVersion *> versionsFor(int platformId, bool includePrereleases = false) const;
    // Particle's recommended release for the platform (deviceOsVersions.json default_platforms).
    std::optional<SemVer> particleDefault(int platformId) const;
    // The newest release that is not a pre-release, and the newest such of an even major.
    std::optional<SemVer> latest(int platformId) const;
    std::optional<SemVer> latestLts(int platformId) const;

    // What to fetch for one release: the restore zip and sidecar, or the per-module files (system
    // parts required; the Gen 2 bootloader optional). Fails when the version or platform is
    // unknown or the version was not published for the platform.
    Result<CatalogRelease> release(int platformId, const SemVer &version,
                                   const ReleaseSources &sources = ReleaseSources::particle()) const;

    // Every release a plan from `from` (nullopt: unknown) to `target` needs, in the order the plan
    // uses them: the intermediate releases the planner stops at (RestorePlanner::intermediateReleases:
    // the BRN402/B402 stop at 1.5.2; without DFU the serial upgrade path of platforms.json), then
    // the target. A stop the catalog does not hold for the platform fails with its name.
    Result<QList<CatalogRelease>> releasesForPlan(const Platform &platform, const std::optional<SemVer> &from,
                                                  const SemVer &target, const PlanOptions &options,
                                                  const ReleaseSources &sources = ReleaseSources::particle()) const;

    const CatalogProvenance &provenance() const { return m_provenance; }
    void setProvenance(const CatalogProvenance &p) { m_provenance = p; }
    // Read from the cache instead of fetched: the lists may be older than Particle's.
    bool offline() const { return m_provenance.fromCache; }

    // The module versions a release ships, from versionInfo.json.
    std::optional<int> systemModuleVersion(const SemVer &v) const;
    std::optional<int> bootloaderModuleVersion(const SemVer &v) const;

private:
    CatalogProvenance m_provenance;
    QList<CatalogPlatform> m_platforms;
    QList<CatalogVersion> m_versions;
    QHash<QString, int> m_versionIndex; // semver text without build metadata -> m_versions index
    struct ModuleVersions
    {
        int system = 0;
        int bootloader = 0;
    };
    QHash<QString, ModuleVersions> m_versionInfo;
};

} // namespace dr
