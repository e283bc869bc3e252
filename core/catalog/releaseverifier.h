// Checks the files of one Device OS release before anything of them is kept (issue 11): a restore
// zip with its sidecar, or per-module files. No source publishes a hash of a zip, so what is checked
// is inside the modules (release-sources.md section 6):
//   - the zip within limits (SafeZip: entry count, sizes, names);
//   - every entry a module whose header is parsed (never a slot or address from a file name);
//   - every module passes the project's checks (ModuleChecks: CRC-32, SHA-256, platform known,
//     bounds, function fits its slot, compression), with one known exception: the SoftDevice's
//     stored SHA-256 is reused across platforms and does not match its bytes, so for the radio
//     stack it must equal the sidecar's fwUniqueId instead (its CRC-32 still covers every byte);
//   - every module is for the release's platform, and its version is the release's (system parts
//     by versionInfo.json `sys`, the bootloader by `boot`; the built-in table when the catalog has
//     no row);
//   - the sidecar agrees with the bytes: each module (other than user parts the generator adds
//     without a sidecar entry, such as Tracker's Monitor Edge) has its part, every part its module.
// A failure names the file or URL, the check, and what to do.
#pragma once

#include "catalog/releasecatalog.h"
#include "catalog/safezip.h"
#include "catalog/sidecar.h"
#include "common/result.h"
#include "firmware/firmwaremodule.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace dr {

namespace releaseerror {
inline constexpr char MissingFile[] = "release.missing-file";     // a required file was not given
inline constexpr char NotAModule[] = "release.not-a-module";      // an entry that is no module
inline constexpr char ModuleCheck[] = "release.module-check";     // a module failed one of its checks
inline constexpr char WrongPlatform[] = "release.wrong-platform"; // a module of another platform
inline constexpr char WrongVersion[] = "release.wrong-version";   // a module of another release
inline constexpr char Empty[] = "release.empty";                  // no system part at all
} // namespace releaseerror

// One file as fetched (or read from a kit or the cache): its name in the release (ReleaseFile::name),
// its bytes and where it came from.
struct FetchedFile
{
    QString name;
    QByteArray data;
    QUrl sourceUrl;
    QString path; // where `data` lies on the disk, a temporary file the fetch owns (empty: memory only)
};

struct VerifiedFile
{
    QString name;
    QString cachePath;  // ReleaseFile::cachePath
    QByteArray sha256;  // of the whole file, 32 bytes
    qint64 size = 0;
    QUrl sourceUrl;
    QByteArray data;    // the very bytes that were checked (shared, not copied)
    QString path;       // FetchedFile::path: the cache may move this file into place instead of writing
};

struct VerifiedRelease
{
    CatalogRelease release;
    QList<VerifiedFile> files;     // the files that make it, as they should be kept
    QList<FirmwareModule> modules; // what they hold (descriptions; bytes dropped)
};

class ReleaseVerifier
{
public:
    // `catalog` gives the module versions of each release; nullptr: the built-in version table only.
    explicit ReleaseVerifier(const ReleaseCatalog *catalog = nullptr);

    // Verifies the files of `release` (its ReleaseFile list says which are required). Files the
    // release does not name are refused. Nothing is written anywhere.
    Result<VerifiedRelease> verify(const CatalogRelease &release, const QList<FetchedFile> &files) const;

    static ZipLimits restoreZipLimits();

private:
    Result<VerifiedRelease> verifyZip(const CatalogRelease &release, const FetchedFile &zip,
                                      const FetchedFile &sidecar) const;
    Result<VerifiedRelease> verifyModuleFiles(const CatalogRelease &release, const QList<FetchedFile> &files) const;
    // The checks every module gets; `sidecarPart` when there is one.
    Result<void> checkModule(const CatalogRelease &release, const FirmwareModule &module, const QString &where,
                             const SidecarPart *sidecarPart) const;

    const ReleaseCatalog *m_catalog;
};

} // namespace dr
