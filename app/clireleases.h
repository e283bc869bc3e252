// Where the command line gets Device OS releases: a person's own folder or zip (--bundle), or the
// release catalog (--catalog-url, DEVICE_RESTORE_CATALOG_URL, else Particle's) through the verified
// cache, downloading what a plan needs, with a progress line; the local developer binaries
// (installer/fetch-real-binaries.sh) for the --simulate demo and when Particle cannot be reached.
#pragma once

#include "catalog/download.h"
#include "catalog/releasefetcher.h"
#include "common/result.h"
#include "restore/firmwarebundle.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace dr::cli {

QCommandLineOption catalogUrlOption();

// --catalog-url, else DEVICE_RESTORE_CATALOG_URL; empty when neither is given.
QString configuredCatalogUrl(const QCommandLineParser &parser);
// The sources below a URL or folder (a mirror of Particle's layout), or Particle's when empty.
Result<ReleaseSources> releaseSourcesFor(const QString &catalogUrl);

// Reports a fetch as it goes: a progress line on stderr (redrawn on a terminal), or JSON lines
// ({"event": "download", ...}) on stdout.
class FetchReporter
{
public:
    FetchReporter(ReleaseFetcher &fetcher, bool json);
    ~FetchReporter();
    void finish(); // ends the progress line

private:
    void show(const DownloadProgress &p);
    bool m_json;
    bool m_tty;
    bool m_drawn = false;
    qint64 m_lastLineMs = -1;
    QString m_stage;
    QMetaObject::Connection m_progress, m_stage_;
};

// Ctrl-C while a fetch runs cancels it (the fetch then fails with download.cancelled).
class FetchInterruptGuard
{
public:
    explicit FetchInterruptGuard(ReleaseFetcher &fetcher);
    ~FetchInterruptGuard();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The exit code for a failed fetch or resolution (README "Exit codes").
int exitCodeFor(const Error &error);
// Prints "device-restore COMMAND: message remedy" and the detail on a second line.
void printError(QTextStream &err, const char *command, const Error &error);

// The releases a plan needs, as a bundle: --bundle when given; else the catalog through the cache
// (downloading what is missing); the local developer binaries for --simulate without a configured
// catalog, and as the fallback when Particle's catalog cannot be reached. `note` says which was
// used when it was not the obvious one.
struct PlanBundle
{
    std::optional<FirmwareBundle> own;      // --bundle or the local binaries
    std::optional<PlanReleases> fromCatalog;
    QString note;
    const FirmwareBundle &bundle() const { return fromCatalog ? fromCatalog->bundle : *own; }
};
struct PlanBundleRequest
{
    const Platform *platform = nullptr;
    std::optional<SemVer> from;
    SemVer target;
    PlanOptions options;
    bool simulate = false;
    bool json = false; // download progress as JSON lines on stdout
};
// Returns the bundle, or the exit code after printing why (nothing was written).
std::variant<PlanBundle, int> resolvePlanBundle(const QCommandLineParser &parser, const QCommandLineOption &bundleOption,
                                                const PlanBundleRequest &request, const char *command);

} // namespace dr::cli
