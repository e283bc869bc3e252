// `device-restore fetch`: gets a Device OS release (and, with --from, the releases a restore from
// there stops at) into the verified cache, so that restores work offline later.
#include "cli.h"
#include "clireleases.h"

#include "catalog/releasecache.h"
#include "platform/platformdatabase.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace dr::cli {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

int runFetch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Download a Device OS release into the verified cache (every module checked before it is kept), so that "
        "plan and restore can use it offline. Releases already cached are not downloaded again."));
    parser.addHelpOption();
    const QCommandLineOption platformOpt({QStringLiteral("p"), QStringLiteral("platform")},
                                         QStringLiteral("Platform name or id (boron, photon, 13, ...)."),
                                         QStringLiteral("PLATFORM"));
    const QCommandLineOption versionOpt({QStringLiteral("v"), QStringLiteral("version")},
                                        QStringLiteral("Device OS version."), QStringLiteral("VERSION"));
    const QCommandLineOption fromOpt(QStringLiteral("from"),
                                     QStringLiteral("Also the releases a restore from this version stops at."),
                                     QStringLiteral("VERSION"));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("Model/SKU (BRN402, ...), for --from."),
                                      QStringLiteral("SKU"));
    const QCommandLineOption noDfuOpt(QStringLiteral("no-dfu"),
                                      QStringLiteral("For --from: the restore will not use DFU mode (serial upgrade "
                                                     "path)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Progress and result as JSON lines."));
    const QCommandLineOption catalogOpt = catalogUrlOption();
    parser.addOptions({platformOpt, versionOpt, fromOpt, modelOpt, noDfuOpt, catalogOpt, jsonOpt});
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto usage = [&](const QString &text) {
        err << "device-restore fetch: " << text << "\nRun 'device-restore fetch --help' for the options.\n";
        return ExitUsage;
    };
    if (!parser.isSet(platformOpt) || !parser.isSet(versionOpt))
        return usage(QStringLiteral("--platform and --version are required."));
    const PlatformDatabase &db = PlatformDatabase::builtin();
    bool isNumber = false;
    const int number = parser.value(platformOpt).toInt(&isNumber);
    const Platform *platform = isNumber ? db.byId(number) : db.byName(parser.value(platformOpt));
    if (!platform)
        return usage(QStringLiteral("'%1' is not a known platform.").arg(parser.value(platformOpt)));
    const auto target = SemVer::parse(parser.value(versionOpt));
    if (!target)
        return usage(QStringLiteral("'%1' is not a Device OS version (for example 2.2.0).").arg(parser.value(versionOpt)));
    std::optional<SemVer> from;
    if (parser.isSet(fromOpt)) {
        from = SemVer::parse(parser.value(fromOpt));
        if (!from)
            return usage(QStringLiteral("'%1' is not a Device OS version.").arg(parser.value(fromOpt)));
    }
    auto sources = releaseSourcesFor(configuredCatalogUrl(parser));
    if (!sources.ok()) {
        printError(err, "fetch", sources.error());
        return ExitUsage;
    }
    const bool json = parser.isSet(jsonOpt);
    PlanOptions options;
    options.modelSku = parser.value(modelOpt);
    options.allowDfu = !parser.isSet(noDfuOpt);

    ReleaseCache cache;
    ReleaseFetcher fetcher(cache, *sources);
    std::optional<Result<PlanReleases>> result;
    {
        FetchReporter reporter(fetcher, json);
        FetchInterruptGuard guard(fetcher);
        result = fetcher.releasesForPlan(*platform, from, *target, options);
    }
    if (!result->ok()) {
        const Error &e = result->error();
        if (json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("result")},
                                             {QStringLiteral("success"), false},
                                             {QStringLiteral("error"),
                                              QJsonObject{{QStringLiteral("code"), e.code},
                                                          {QStringLiteral("message"), e.message},
                                                          {QStringLiteral("remedy"), e.remedy},
                                                          {QStringLiteral("detail"), e.detail}}}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        printError(err, "fetch", e);
        return exitCodeFor(e);
    }
    const PlanReleases &got = **result;
    if (json) {
        QJsonArray releases;
        for (const CachedRelease &r : got.fetched.releases) {
            QJsonArray files;
            for (const CachedFile &f : r.files)
                files.append(QJsonObject{{QStringLiteral("path"), f.cachePath},
                                         {QStringLiteral("size"), f.size},
                                         {QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())},
                                         {QStringLiteral("url"), f.sourceUrl.toString()}});
            releases.append(QJsonObject{
                {QStringLiteral("platform"), r.platformName},
                {QStringLiteral("version"), r.versionName},
                {QStringLiteral("source"), r.source == ReleaseSourceKind::RestoreZip ? QStringLiteral("restore-zip")
                                                                                      : QStringLiteral("module-files")},
                {QStringLiteral("downloaded"), got.fetched.downloaded.contains(r.key())},
                {QStringLiteral("files"), files}});
        }
        const QJsonObject catalog{{QStringLiteral("source"), got.catalog.source.toString()},
                                  {QStringLiteral("fetchedAt"), got.catalog.fetchedAt.toUTC().toString(Qt::ISODate)},
                                  {QStringLiteral("offline"), got.catalog.offline()}};
        out << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("result")},
                                         {QStringLiteral("success"), true},
                                         {QStringLiteral("cache"), cache.root()},
                                         {QStringLiteral("catalog"), catalog},
                                         {QStringLiteral("downloadedBytes"), got.fetched.downloadedBytes},
                                         {QStringLiteral("releases"), releases}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return ExitOk;
    }
    if (got.catalog.offline())
        out << "Note: " << got.catalog.describe() << "\n";
    for (const CachedRelease &r : got.fetched.releases) {
        qint64 size = 0;
        for (const CachedFile &f : r.files)
            size += f.size;
        const bool now = got.fetched.downloaded.contains(r.key());
        out << "Device OS " << r.versionName << " for the " << platform->displayName << ": "
            << (now ? QStringLiteral("downloaded, verified and kept") : QStringLiteral("already in the cache, verified"))
            << " (" << r.files.size() << (r.files.size() == 1 ? " file, " : " files, ") << sizeText(size) << ")\n";
        for (const CachedFile &f : r.files)
            out << "  " << f.cachePath << "  " << QString::fromLatin1(f.sha256.toHex().left(16)) << "...  "
                << f.sourceUrl.toString() << '\n';
    }
    if (!got.fetched.evicted.isEmpty())
        out << "Removed from the cache to stay within its size limit: " << got.fetched.evicted.join(QStringLiteral(", "))
            << '\n';
    out << "Cache: " << cache.root() << '\n';
    return ExitOk;
}

} // namespace dr::cli
