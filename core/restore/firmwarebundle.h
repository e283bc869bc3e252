// A set of Device OS binaries the planner can choose from: a folder (searched recursively) or a zip
// (a Particle release bundle, the docs restore image, or any zip of release binaries). Every .bin is
// parsed and judged; each module is tied to the Device OS release it belongs to, by its own version
// for system parts (the version table), else by its file name ("boron-bootloader@2.2.0.bin"), else
// by being in the same folder or zip as the system parts of exactly one release. Files are placed by
// their prefix, never by their name (the Electron's system-part1 file is index 3).
#pragma once

#include "common/result.h"
#include "firmware/firmwaremodule.h"
#include "firmware/modulechecks.h"
#include "platform/platform.h"
#include "serial/moduleinspection.h"
#include "version/semver.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dr {

struct BundleModule
{
    QString path;     // file path, or "bundle.zip:entry/name.bin"
    QString fileName; // the last part of the path
    QString group;    // the folder or zip the file came from (release inference)
    QString filePath; // the file on disk that holds it (the .bin, or the zip); empty when it was given as bytes
    QString zipEntry; // the entry inside that zip; empty for a .bin
    // Its description and verdict. A module opened from a file does not hold its bytes
    // (module.hasBytes() is false): readModule() reads them when they are needed.
    FirmwareModule module;
    ModuleVerdict verdict;
    std::optional<SemVer> release; // the Device OS release it belongs to; nullopt for user parts
    QString releaseBasis;          // why: "system module version 2202", "file name", "same folder as 2.2.0"
    bool isTinker = false;         // a user part named tinker*

    bool usable() const { return verdict.ok(); }

    // The module with its bytes, for writing it: the bytes it holds, or the file read again. The
    // module read again must be the one that was judged (same addresses, version, size, CRC-32 and
    // SHA-256), else this fails (bundle.changed) and the caller writes nothing. Any thread.
    Result<FirmwareModule> readModule() const;
};

struct BundleProblem
{
    QString path;
    Error error;
};

class FirmwareBundle
{
public:
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024; // no Particle module is larger
    static constexpr int kMaxFiles = 20000;

    // A folder or a .zip. Fails when the path does not exist, is not readable, or holds no module
    // at all; files that are not modules are listed in problems(), not fatal.
    static Result<FirmwareBundle> open(const QString &path);
    // Several folders, zips or files as one bundle (a plan's releases from the release cache);
    // fails as open() does on the first path that cannot be opened.
    static Result<FirmwareBundle> open(const QStringList &paths);

    // Adds one file's bytes (tests, downloads); its modules keep their bytes. Not-a-module files go
    // to problems().
    void addFile(const QString &path, const QString &group, const QByteArray &data);
    // Ties non-system modules to releases by their group; call after the last addFile().
    void resolveReleases();

    const QList<BundleModule> &modules() const { return m_modules; }
    const QList<BundleProblem> &problems() const { return m_problems; }
    QString source() const { return m_source; }

    // Releases with at least one system part for the platform, newest first.
    QList<SemVer> releasesFor(int platformId) const;
    // The module of a release at (function, index, mcuTarget); usable ones preferred; nullptr if none.
    const BundleModule *find(int platformId, ModuleFunction function, int index, const SemVer &release,
                             int mcuTarget = 0) const;
    // Every module of a release for a platform.
    QList<const BundleModule *> releaseModules(int platformId, const SemVer &release) const;
    // Tinker builds for a platform (user parts named tinker*, without the debugging variants).
    QList<const BundleModule *> tinkerFor(int platformId) const;
    // The version of the module a device holds (or will hold) at (function, index); nullopt for none.
    using InstalledVersion = std::function<std::optional<int>(ModuleFunction function, int index)>;
    // The one rule for choosing Tinker (the planner uses it too): the newest usable Tinker, by the
    // system part version it needs, that fits a user-part slot of `release` and whose dependencies
    // `installed` meets (its bootloader dependency is optional, as for any user part).
    const BundleModule *tinkerFor(const Platform &platform, const SemVer &release,
                                  const InstalledVersion &installed) const;
    // The same for a device cleanly on `deviceOs` (its system parts at that release's version).
    const BundleModule *tinkerFor(int platformId, const SemVer &deviceOs) const;

    // What a device cleanly restored to `release` would report: every module of the release in the
    // bundle, valid, plus `userFirmware` when given (the CLI's `plan --from`, demo devices, tests).
    ModuleInspection inspectionAfterRestore(int platformId, const SemVer &release,
                                            const FirmwareModule *userFirmware = nullptr) const;
    // The module as the device's inspection would list it.
    static InstalledModule installedModule(const FirmwareModule &module, bool valid = true);

    // "2.2.0" from "boron-system-part1@2.2.0.bin", "0.8.0-rc.27" from "tinker-0.8.0-rc.27-boron.bin".
    static std::optional<SemVer> versionFromFileName(const QString &fileName);

private:
    // addFile for bytes read from `filePath` (and `zipEntry` in it): the modules let go of their
    // bytes once judged and read them again from there.
    void addRead(const QString &path, const QString &group, const QByteArray &data, const QString &filePath,
                 const QString &zipEntry);

    QString m_source;
    QList<BundleModule> m_modules;
    QList<BundleProblem> m_problems;
};

} // namespace dr
