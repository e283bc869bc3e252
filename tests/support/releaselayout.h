// Builds Particle's published release layout in a folder from the real corpus modules, for tests
// that fetch releases (the local HTTP test server serves this folder) or read them from file://:
//   {root}/assets/files/deviceRestore.json, deviceOsVersions.json, versionInfo.json
//       Particle's real catalog files (../shared/data/catalog) restricted to what the corpus holds;
//   {root}/assets/files/device-restore/{version}/{platform}.zip and .json
//       for every release the real catalog publishes as a restore zip: the corpus modules of that
//       release (part names as the docs generator writes them) and a sidecar made from them;
//   {root}/v1/firmware/device-os/v{version}/{platform}-{part}@{version}[+lto].bin
//       for the other releases the corpus holds (0.5.2, 1.5.0, 2.0.0): per-module files, as
//       Particle's binary host serves them, and listed in the catalog without a zip.
// ReleaseSources::mirror(layout.rootUrl) points the catalog at it.
#pragma once

#include "catalog/releasecatalog.h"
#include "catalog/releaseverifier.h"
#include "common/result.h"
#include "version/semver.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dr::test {

struct LayoutRelease
{
    QString platform; // "boron"
    int platformId = -1;
    SemVer version;
    bool zip = false;        // restore zip + sidecar; else per-module files
    QStringList files;       // paths below the root
    QStringList moduleNames; // zip entry names, or the per-module file names
};

struct ReleaseLayout
{
    QString root;     // the folder
    QUrl rootUrl;     // file:// URL of the folder
    QList<LayoutRelease> releases;

    ReleaseSources sources() const { return ReleaseSources::mirror(rootUrl); }
    const LayoutRelease *find(const QString &platform, const QString &version) const;
    // The absolute path of a file below the root ("assets/files/device-restore/2.2.0/boron.zip").
    QString path(const QString &relative) const;
};

// Builds the layout in `root` (created when missing). `platforms` limits it to those platform names
// (empty: every supported platform the corpus has). Needs PlatformDatabase::loadBuiltin() and
// DeviceOsVersionTable::loadBuiltin() done; fails with a message when the corpus or the catalog
// copies are missing.
Result<ReleaseLayout> buildReleaseLayout(const QString &root, const QStringList &platforms = {});

// A release's files read from file:// URLs the way the downloader fetches them: each file from
// its first URL that exists; optional files that exist nowhere are left out. Required ones that
// are missing are left out too (the verifier then names them).
QList<FetchedFile> fetchFromFolder(const CatalogRelease &release);

// Where the real catalog copies are (DR_SOURCE_DIR/../shared/data/catalog, or DEVICE_RESTORE_CATALOG_DATA).
QString catalogDataDir();

} // namespace dr::test
