#include "clireleases.h"

#include "cli.h"

#include "catalog/releasecache.h"
#include "restore/bundleloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace dr::cli {

namespace {

QTextStream &errStream()
{
    static QTextStream s(stderr);
    return s;
}
QTextStream &outStream()
{
    static QTextStream s(stdout);
    return s;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QElapsedTimer &clock()
{
    static QElapsedTimer c = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return c;
}

std::atomic_bool g_fetchInterrupted{false};
extern "C" void onFetchInterrupt(int)
{
    g_fetchInterrupted.store(true);
}

} // namespace

QCommandLineOption catalogUrlOption()
{
    return QCommandLineOption(QStringLiteral("catalog-url"),
                              QStringLiteral("Where releases come from: a mirror of Particle's layout (https://..., "
                                             "file:///... or a folder). Default: DEVICE_RESTORE_CATALOG_URL, else "
                                             "Particle's own hosts."),
                              QStringLiteral("URL"));
}

QString configuredCatalogUrl(const QCommandLineParser &parser)
{
    const QString option = parser.isSet(QStringLiteral("catalog-url")) ? parser.value(QStringLiteral("catalog-url")) : QString();
    return option.isEmpty() ? qEnvironmentVariable("DEVICE_RESTORE_CATALOG_URL") : option;
}

Result<ReleaseSources> releaseSourcesFor(const QString &catalogUrl)
{
    return ReleaseSources::forAddress(catalogUrl);
}

FetchReporter::FetchReporter(ReleaseFetcher &fetcher, bool json) : m_json(json), m_tty(isatty(STDERR_FILENO))
{
    m_progress = QObject::connect(&fetcher, &ReleaseFetcher::progressChanged, &fetcher,
                                  [this](const DownloadProgress &p) { show(p); });
    m_stage_ = QObject::connect(&fetcher, &ReleaseFetcher::stageChanged, &fetcher, [this](const QString &text) {
        m_stage = text;
        if (m_json) {
            outStream() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("fetch")},
                                                     {QStringLiteral("message"), text}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
            outStream().flush();
        } else if (!m_tty) {
            errStream() << text << '\n';
            errStream().flush();
        }
    });
}

FetchReporter::~FetchReporter()
{
    QObject::disconnect(m_progress);
    QObject::disconnect(m_stage_);
    finish();
}

void FetchReporter::finish()
{
    if (m_drawn && m_tty) {
        errStream() << '\n';
        errStream().flush();
    }
    m_drawn = false;
}

void FetchReporter::show(const DownloadProgress &p)
{
    if (m_json) {
        QJsonObject o{{QStringLiteral("event"), QStringLiteral("download")},
                      {QStringLiteral("done"), p.done},
                      {QStringLiteral("total"), p.total},
                      {QStringLiteral("totalKnown"), p.totalKnown},
                      {QStringLiteral("files"), p.files},
                      {QStringLiteral("filesDone"), p.filesDone},
                      {QStringLiteral("bytesPerSecond"), qRound64(p.bytesPerSecond)}};
        if (p.etaSeconds)
            o.insert(QStringLiteral("etaSeconds"), *p.etaSeconds);
        outStream() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        outStream().flush();
        return;
    }
    if (p.done == 0 && p.total == 0)
        return; // nothing known yet
    const int percent = p.total > 0 ? int(std::min<qint64>(100, p.done * 100 / p.total)) : 0;
    const int filled = percent * 30 / 100;
    QString line = QStringLiteral("[%1%2] %3%  %4 of %5%6, %7/s")
                       .arg(QString(filled, QLatin1Char('#')), QString(30 - filled, QLatin1Char('.')))
                       .arg(percent, 3)
                       .arg(sizeText(p.done), sizeText(p.total), p.totalKnown ? QString() : QStringLiteral("+"))
                       .arg(sizeText(qint64(p.bytesPerSecond)));
    if (p.etaSeconds && *p.etaSeconds >= 1)
        line += QStringLiteral(", about %1 s left").arg(qRound(*p.etaSeconds));
    line += QStringLiteral("  (%1 of %2 files)").arg(p.filesDone).arg(p.files);
    if (m_tty) {
        errStream() << '\r' << line.leftJustified(100).left(100);
        m_drawn = true;
    } else {
        // Not a terminal: a line now and then, and the last one.
        const qint64 now = clock().elapsed();
        if (m_lastLineMs >= 0 && now - m_lastLineMs < 2000 && p.filesDone < p.files)
            return;
        m_lastLineMs = now;
        errStream() << line << '\n';
    }
    errStream().flush();
}

struct FetchInterruptGuard::Private
{
    struct sigaction oldInt{}, oldTerm{};
    QTimer timer;
};

FetchInterruptGuard::FetchInterruptGuard(ReleaseFetcher &fetcher) : d(std::make_unique<Private>())
{
    g_fetchInterrupted = false;
    struct sigaction sa{};
    sa.sa_handler = onFetchInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &d->oldInt);
    sigaction(SIGTERM, &sa, &d->oldTerm);
    // A signal handler may only set a flag; the event loop of the running download looks at it.
    d->timer.setInterval(100);
    QObject::connect(&d->timer, &QTimer::timeout, &fetcher, [&fetcher] {
        if (g_fetchInterrupted.exchange(false))
            fetcher.cancel();
    });
    d->timer.start();
}

FetchInterruptGuard::~FetchInterruptGuard()
{
    sigaction(SIGINT, &d->oldInt, nullptr);
    sigaction(SIGTERM, &d->oldTerm, nullptr);
}

int exitCodeFor(const Error &error)
{
    const QString &c = error.code;
    if (c == QLatin1String("download.cancelled"))
        return ExitCancelled;
    if (c.startsWith(QLatin1String("release.")) && c != QLatin1String("release.unavailable-offline"))
        return ExitInvalidInput;
    for (const char *prefix : {"zip.", "sidecar.", "catalog.", "bundle.", "kit."})
        if (c.startsWith(QLatin1String(prefix)))
            return ExitInvalidInput;
    return ExitFailure;
}

void printError(QTextStream &err, const char *command, const Error &error)
{
    err << "device-restore " << command << ": " << error.text() << '\n';
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("DR_VERBOSE"))
        err << "  " << QString(error.detail).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << '\n';
    err.flush();
}

std::variant<PlanBundle, int> resolvePlanBundle(const QCommandLineParser &parser, const QCommandLineOption &bundleOption,
                                                const PlanBundleRequest &request, const char *command)
{
    QTextStream &err = errStream();
    PlanBundle out;
    const auto openOwn = [&](const QString &path) -> std::optional<int> {
        auto b = FirmwareBundle::open(path);
        if (!b.ok()) {
            printError(err, command, b.error());
            return ExitInvalidInput;
        }
        out.own = std::move(*b);
        return std::nullopt;
    };
    if (parser.isSet(bundleOption)) {
        if (auto code = openOwn(parser.value(bundleOption)))
            return *code;
        return out;
    }
    const QString url = configuredCatalogUrl(parser);
    const QString local = BundleLoader::defaultLocalSource();
    if (url.isEmpty() && request.simulate) {
        // The demo: virtual devices and the releases they are restored to come from the local
        // binaries, so it needs no network.
        if (local.isEmpty()) {
            err << "device-restore " << command
                << ": no Device OS binaries for the virtual devices. Run installer/fetch-real-binaries.sh, or give "
                   "--bundle DIR|ZIP or --catalog-url URL.\n";
            return ExitUsage;
        }
        if (auto code = openOwn(local))
            return *code;
        return out;
    }
    auto sources = releaseSourcesFor(url);
    if (!sources.ok()) {
        printError(err, command, sources.error());
        return ExitUsage;
    }
    ReleaseCache cache;
    ReleaseFetcher fetcher(cache, *sources);
    std::optional<Result<PlanReleases>> resolved;
    {
        FetchReporter reporter(fetcher, request.json);
        FetchInterruptGuard guard(fetcher);
        resolved = fetcher.releasesForPlan(*request.platform, request.from, request.target, request.options);
    }
    if (resolved->ok()) {
        out.fromCatalog = std::move(**resolved);
        if (out.fromCatalog->catalog.offline())
            out.note = out.fromCatalog->catalog.describe();
        return out;
    }
    const Error &e = resolved->error();
    const bool unreachable = e.code == QLatin1String("release.unavailable-offline")
                             || (e.code.startsWith(QLatin1String("download.")) && e.code != QLatin1String("download.cancelled"));
    if (!url.isEmpty() || !unreachable || local.isEmpty()) {
        printError(err, command, e);
        return exitCodeFor(e);
    }
    // Particle cannot be reached and the developer binaries are here: use them, and say so.
    if (auto code = openOwn(local))
        return *code;
    out.note = QStringLiteral("Particle's releases cannot be had (%1); using the local binaries in %2.").arg(e.message, local);
    return out;
}

} // namespace dr::cli
