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
// The work is in two steps so a download can check each file as soon as it arrives: checkFile()
// does what needs that file alone (inflating, parsing and checking every module, hashing; most of
// the cost), combine() what needs the whole release (versions, platform, the sidecar against the
// modules, a system part present; cheap). verify() is both at once.
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

#include <functional>
#include <optional>

class QThreadPool;

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

// One module found in a file, with what its own checks (ModuleChecks) found; its bytes dropped.
struct CheckedModule
{
    FirmwareModule module;
    QString where;        // the file or URL, and the zip entry
    QList<Error> errors;  // the checks it failed, most fundamental first
};

// One file of a release after checkFile().
struct CheckedFile
{
    FetchedFile file;  // its data may be dropped once checked when it lies in file.path
    QByteArray sha256; // of the whole file
    qint64 size = 0;
    QList<CheckedModule> modules;
    std::optional<Sidecar> sidecar; // the release's sidecar, read
};

// Threads lent to check a zip's entries side by side.
struct CheckHelpers
{
    QThreadPool *pool = nullptr;   // null: the calling thread checks every entry itself
    std::function<void()> prepare; // run on each helper before it helps (its priority, say)
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
    // `helpers` lends threads to check a zip's entries side by side.
    Result<VerifiedRelease> verify(const CatalogRelease &release, const QList<FetchedFile> &files,
                                   const CheckHelpers &helpers = {}) const;

    // The checks one file of `release` gets on its own, on any thread. A file the release does
    // not name is refused. `helpers` lends threads to check a zip's entries side by side; the
    // caller works too, so a busy pool, even the caller's own, only means less help.
    Result<CheckedFile> checkFile(const CatalogRelease &release, const FetchedFile &file,
                                  const CheckHelpers &helpers = {}) const;
    // The release from its files, each through checkFile(): what needs them together.
    Result<VerifiedRelease> combine(const CatalogRelease &release, const QList<CheckedFile> &files) const;

    static ZipLimits restoreZipLimits();

private:
    Result<void> checkNames(const CatalogRelease &release, const QList<const FetchedFile *> &files) const;
    Result<QList<CheckedModule>> checkZipEntries(const FetchedFile &file, const CheckHelpers &helpers) const;
    Result<VerifiedRelease> combineZip(const CatalogRelease &release, const CheckedFile &zip,
                                       const CheckedFile &sidecar) const;
    Result<VerifiedRelease> combineModuleFiles(const CatalogRelease &release, const QList<CheckedFile> &files) const;
    // What the release asks of every module, after its own checks; `sidecarPart` when there is one.
    Result<void> checkModule(const CatalogRelease &release, const CheckedModule &module,
                             const SidecarPart *sidecarPart) const;

    const ReleaseCatalog *m_catalog;
};

} // namespace dr
