// Restore kits: releases carried to a computer without internet in one zip. A kit holds
//   manifest.json   format name and version, the tool that wrote it, the catalog's source and
//                   fetch date, and for every file its path, SHA-256, size, source URL and date;
//   catalog/        the three catalog files (the importing computer then lists releases offline);
//   releases/       the cached files of every release, as the cache lays them out.
// Export takes the chosen releases from the cache (each checked as it is read); a kit for a set of
// versions also holds the intermediate releases their plans may need (RestorePlanner::
// intermediateReleases, from any starting release, with or without DFU). Import checks the whole
// kit first (each file's size and SHA-256 against the manifest, then every release as a download
// is checked, ReleaseVerifier) and only then adds it to the cache: a kit with one altered file adds
// nothing. A kit of a newer format version is refused with a message saying so.
#pragma once

#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace dr {

namespace kiterror {
inline constexpr char NotAKit[] = "kit.not-a-kit";           // no manifest, or not our format
inline constexpr char FutureFormat[] = "kit.future-format";  // written by a newer Device Restore
inline constexpr char BadManifest[] = "kit.bad-manifest";    // the manifest is malformed
inline constexpr char Altered[] = "kit.altered";             // a file differs from the manifest
inline constexpr char Incomplete[] = "kit.incomplete";       // a listed file is missing, or one is not listed
inline constexpr char NotCached[] = "kit.not-cached";        // export: a release is not in the cache
} // namespace kiterror

struct KitFile
{
    QString path;      // in the kit: "releases/2.2.0/boron/boron.zip", "catalog/versionInfo.json"
    QByteArray sha256; // 32 bytes
    qint64 size = 0;
    QUrl sourceUrl;
    QDateTime date; // when it was fetched
};

struct KitRelease
{
    QString version;
    QString platform;
    int platformId = -1;
    QList<KitFile> files;
};

struct KitManifest
{
    static constexpr char kFormat[] = "device-restore/restore-kit";
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QString toolVersion;
    QDateTime createdAt;
    QUrl catalogSource;
    QDateTime catalogFetchedAt;
    QList<KitFile> catalogFiles;
    QList<KitRelease> releases;

    // Refuses another format, a newer format version (kit.future-format) and malformed fields
    // (kit.bad-manifest naming the field). Paths must stay inside the kit.
    static Result<KitManifest> fromJson(const QByteArray &json, const QString &where);
    QByteArray toJson() const;
};

struct KitImport
{
    QList<CachedRelease> added;
    bool catalogStored = false; // the kit's catalog became the cache's (it had none, or an older one)
};

class RestoreKit
{
public:
    // The releases a kit for `targets` of one platform holds: each target and every intermediate
    // release a plan to it may stop at. Stops the catalog lacks are listed in `missingStops`.
    static Result<QList<CatalogRelease>> releasesFor(const ReleaseCatalog &catalog, const Platform &platform,
                                                     const QList<SemVer> &targets, QStringList *missingStops = nullptr);

    // Writes the kit of `releases` (all in `cache`, with the cache's catalog) to `path`.
    static Result<KitManifest> exportKit(ReleaseCache &cache, const QList<CatalogRelease> &releases,
                                         const QString &path);

    // Checks the whole kit, then adds its releases (and its catalog when newer) to `cache`.
    static Result<KitImport> importKit(ReleaseCache &cache, const QString &path);
};

} // namespace dr
