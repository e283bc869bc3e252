// Where Device OS release files are fetched from: the base URLs (settings, `--catalog-url`) and
// the published layout below them (release-sources.md sections 2 and 3). A company mirror or a
// plain folder (file://) that copies the layout serves the same files:
//   {docs}/assets/files/deviceRestore.json, deviceOsVersions.json, versionInfo.json
//   {docs}/assets/files/device-restore/{version}/{platform}.zip and .json (restore zip + sidecar)
//   {binaries}/v{version}/{platform}-{part}@{version}[+lto].bin (per-module files, old releases)
//   {github}/v{version}/{same file name} (fallback for per-module files; empty = none)
#pragma once

#include "common/result.h"

#include <QString>
#include <QUrl>

namespace dr {

struct ReleaseSources
{
    QUrl docsBase = QUrl(QStringLiteral("https://docs.particle.io"));
    QUrl binaryBase = QUrl(QStringLiteral("https://api.particle.io/v1/firmware/device-os"));
    QUrl githubBase = QUrl(QStringLiteral("https://github.com/particle-iot/device-os/releases/download"));

    // Particle's public hosts (the defaults above).
    static ReleaseSources particle() { return {}; }
    // A mirror or folder holding the same paths as the public hosts below one root:
    // {root}/assets/files/... and {root}/v1/firmware/device-os/v{version}/...; no GitHub fallback.
    static ReleaseSources mirror(const QUrl &root);
    // What a person gives as the catalog address (settings, --catalog-url): empty for Particle's
    // hosts, else an https, http or file URL or a folder path, the root of a mirror.
    static Result<ReleaseSources> forAddress(const QString &address);

    // The three catalog files, by name ("deviceRestore.json", ...).
    QUrl catalogFile(const QString &name) const;
    // {docs}/assets/files/device-restore/{version}/{fileName}
    QUrl restoreFile(const QString &version, const QString &fileName) const;
    // {binaries}/v{version}/{fileName}
    QUrl binaryFile(const QString &version, const QString &fileName) const;
    // {github}/v{version}/{fileName}; empty when there is no GitHub fallback.
    QUrl githubFile(const QString &version, const QString &fileName) const;

    // The catalog file names, in the order they are read.
    static QStringList catalogFileNames();
};

// base + "/" + relative path, without doubling slashes (works for https:// and file://).
QUrl appendPath(const QUrl &base, const QString &relative);

} // namespace dr
