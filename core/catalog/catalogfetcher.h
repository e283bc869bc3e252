// Gets the release catalog (Particle's deviceRestore.json, deviceOsVersions.json, versionInfo.json)
// and keeps the last good copy with the time it was fetched, so the app works offline: the network
// is asked when the kept copy is missing or older than a day (or the caller insists); when the
// network cannot be used, the kept copy serves and the snapshot says since when. A fetched copy
// must parse as a catalog before it replaces the kept one; a broken download keeps nothing.
// The copy is kept by the release cache (ReleaseCache::storeCatalog/openCatalog: the files with
// their SHA-256 sums, the source and the date, checked again when read).
#pragma once

#include "catalog/releasecatalog.h"
#include "catalog/releasesources.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace dr {

class Downloader;
class ReleaseCache;

struct CatalogSnapshot
{
    ReleaseCatalog catalog;
    QDateTime fetchedAt; // when these files came from the network (UTC)
    QUrl source;         // the docs base they came from
    bool fromNetwork = false; // fetched just now
    // Set when a fresh copy was wanted but could not be had (offline, or the server sent a broken
    // catalog), so the kept copy serves.
    std::optional<Error> networkError;

    bool offline() const { return networkError.has_value(); }
    // "catalog of 2026-12-06 03:20 UTC (kept copy: the network could not be reached)"
    QString describe() const;
};

class CatalogFetcher
{
public:
    static constexpr qint64 kMaxAgeSeconds = 24 * 3600;

    CatalogFetcher(ReleaseCache &cache, ReleaseSources sources);

    enum class Refresh {
        IfStale,  // the network only when no copy is kept or it is older than kMaxAgeSeconds
        Always,   // the network first (the kept copy when it cannot be reached)
        Never,    // the kept copy only
    };
    // The catalog: from the network or the kept copy as `refresh` says. Fails only when there is
    // no kept copy and the network cannot give a usable one (the error says why), or on cancel.
    Result<CatalogSnapshot> load(Downloader &downloader, Refresh refresh = Refresh::IfStale) const;

    // Told before the network is asked ("Fetching the catalog from ...").
    void setStageReporter(std::function<void(const QString &)> report) { m_report = std::move(report); }

    // The kept copy; cache.no-catalog when there is none.
    Result<CatalogSnapshot> loadKept() const;
    // Downloads the three files, parses them and keeps them (replacing the kept copy).
    Result<CatalogSnapshot> fetch(Downloader &downloader) const;

private:
    ReleaseCache &m_cache;
    std::function<void(const QString &)> m_report;
    ReleaseSources m_sources;
};

} // namespace dr
