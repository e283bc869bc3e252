// `device-restore catalog` (the Device OS releases per platform, with labels and what is cached)
// and `device-restore kit export|import` (restore kits for computers without internet).
#include "cli.h"

#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"
#include "catalog/restorekit.h"
#include "platform/platformdatabase.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("an unknown date");
}

QCommandLineOption catalogUrlOption()
{
    return QCommandLineOption(QStringLiteral("catalog-url"),
                              QStringLiteral("Read the catalog from this file:// folder (a mirror of Particle's layout) "
                                             "instead of the cached one, and keep it in the cache."),
                              QStringLiteral("URL"));
}

// The three catalog files below a file:// folder (the folder itself or its assets/files/).
Result<QList<QByteArray>> readCatalogFolder(const QString &folder)
{
    QDir dir(folder);
    if (!QFile::exists(dir.filePath(QStringLiteral("deviceRestore.json"))))
        dir.setPath(dir.filePath(QStringLiteral("assets/files")));
    QList<QByteArray> out;
    for (const QString &name : ReleaseSources::catalogFileNames()) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QString::fromLatin1(catalogerror::Malformed),
                             QStringLiteral("%1 cannot be read.").arg(f.fileName()),
                             QStringLiteral("Give --catalog-url a folder that holds assets/files/deviceRestore.json, "
                                            "deviceOsVersions.json and versionInfo.json."),
                             f.errorString());
        out << f.readAll();
    }
    return out;
}

void printError(QTextStream &err, const QString &command, const Error &e)
{
    err << "device-restore " << command << ": " << e.message << '\n';
    if (!e.remedy.isEmpty())
        err << "  " << e.remedy << '\n';
    if (!e.detail.isEmpty())
        err << "  (" << e.detail << ")\n";
}

} // namespace

Result<ReleaseCatalog> openCliCatalog(ReleaseCache &cache, const QString &catalogUrl)
{
    if (catalogUrl.isEmpty())
        return cache.openCatalog();
    const QUrl url = QUrl::fromUserInput(catalogUrl, QDir::currentPath(), QUrl::AssumeLocalFile);
    if (!url.isLocalFile())
        return makeError(QStringLiteral("catalog.url-scheme"),
                         QStringLiteral("--catalog-url %1: this command reads a catalog from a file:// folder.").arg(catalogUrl),
                         QStringLiteral("Give a folder that mirrors Particle's layout, for example "
                                        "--catalog-url file:///srv/particle-mirror."));
    auto bytes = readCatalogFolder(url.toLocalFile());
    if (!bytes.ok())
        return bytes.error();
    auto catalog = ReleaseCatalog::fromJson(bytes->at(0), bytes->at(1), bytes->at(2));
    if (!catalog.ok())
        return catalog.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Kept as the last catalog fetched, so the next run works without the folder (offline).
    if (auto kept = cache.storeCatalog(bytes->at(0), bytes->at(1), bytes->at(2), url, now); !kept.ok())
        return kept.error();
    catalog->setProvenance({url, now, false});
    return catalog;
}

const Platform *platformFromText(const QString &text)
{
    bool isNumber = false;
    const int id = text.toInt(&isNumber);
    return isNumber ? PlatformDatabase::builtin().byId(id) : PlatformDatabase::builtin().byName(text);
}

int runCatalog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the Device OS releases each platform can be restored to, with Particle's labels and what is in the "
        "release cache. Works offline from the last catalog kept."));
    parser.addHelpOption();
    const QCommandLineOption platformOpt({QStringLiteral("p"), QStringLiteral("platform")},
                                         QStringLiteral("Only this platform (name or id), with every version."),
                                         QStringLiteral("PLATFORM"));
    const QCommandLineOption allOpt(QStringLiteral("all"),
                                    QStringLiteral("Also list pre-releases and developer previews."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption urlOpt = catalogUrlOption();
    parser.addOptions({platformOpt, allOpt, jsonOpt, urlOpt});
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const CatalogPlatform *only = nullptr;
    ReleaseCache cache;
    auto catalog = openCliCatalog(cache, parser.value(urlOpt));
    if (!catalog.ok()) {
        printError(err, QStringLiteral("catalog"), catalog.error());
        return catalog.error().code == QLatin1String(cacheerror::NoCatalog) ? ExitFailure : ExitInvalidInput;
    }
    if (parser.isSet(platformOpt)) {
        const Platform *p = platformFromText(parser.value(platformOpt));
        only = p ? catalog->platform(p->id) : catalog->platform(parser.value(platformOpt));
        if (!only) {
            QStringList names;
            for (const CatalogPlatform &c : catalog->platforms())
                if (c.listed)
                    names << c.name;
            err << "device-restore catalog: '" << parser.value(platformOpt)
                << "' is not a platform of the release catalog. Known: " << names.join(QStringLiteral(", ")) << ".\n";
            return ExitUsage;
        }
    }
    const bool all = parser.isSet(allOpt);
    const QList<CachedRelease> cached = cache.releases();
    const auto cachedRelease = [&cached](int platformId, const SemVer &v) -> const CachedRelease * {
        for (const CachedRelease &r : cached)
            if (r.platformId == platformId && r.version == v)
                return &r;
        return nullptr;
    };
    const CatalogProvenance &from = catalog->provenance();

    QList<const CatalogPlatform *> platforms;
    for (const CatalogPlatform &p : catalog->platforms())
        if (only ? &p == only : p.listed)
            platforms << &p;

    const auto labelsOf = [&](const CatalogPlatform &p, const CatalogVersion &v) {
        QStringList labels;
        if (catalog->particleDefault(p.id) == v.version)
            labels << QStringLiteral("default");
        if (catalog->latest(p.id) == v.version)
            labels << QStringLiteral("latest");
        if (v.lts())
            labels << QStringLiteral("LTS");
        if (v.prerelease())
            labels << QStringLiteral("pre-release");
        return labels;
    };

    if (parser.isSet(jsonOpt)) {
        QJsonArray platformsJson;
        for (const CatalogPlatform *p : std::as_const(platforms)) {
            QJsonArray versions;
            for (const CatalogVersion *v : catalog->versionsFor(p->id, all)) {
                const CachedRelease *c = cachedRelease(p->id, v->version);
                QJsonObject o{{QStringLiteral("version"), v->name},
                              {QStringLiteral("state"), releaseStateName(v->state)},
                              {QStringLiteral("labels"), QJsonArray::fromStringList(labelsOf(*p, *v))},
                              {QStringLiteral("prerelease"), v->prerelease()},
                              {QStringLiteral("lts"), v->lts()},
                              {QStringLiteral("source"), v->zipPlatforms.contains(p->id) ? QStringLiteral("zip")
                                                                                         : QStringLiteral("files")},
                              {QStringLiteral("cached"), c != nullptr},
                              {QStringLiteral("size"), c ? QJsonValue(c->size()) : QJsonValue()},
                              {QStringLiteral("published_at"),
                               v->publishedAt.isValid() ? QJsonValue(v->publishedAt.toString(Qt::ISODate)) : QJsonValue()}};
                versions.append(o);
            }
            const auto opt = [](const std::optional<SemVer> &v) { return v ? QJsonValue(v->toString()) : QJsonValue(); };
            platformsJson.append(QJsonObject{{QStringLiteral("name"), p->name},
                                             {QStringLiteral("title"), p->title},
                                             {QStringLiteral("id"), p->id},
                                             {QStringLiteral("listed"), p->listed},
                                             {QStringLiteral("default"), opt(catalog->particleDefault(p->id))},
                                             {QStringLiteral("latest"), opt(catalog->latest(p->id))},
                                             {QStringLiteral("latest_lts"), opt(catalog->latestLts(p->id))},
                                             {QStringLiteral("versions"), versions}});
        }
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("device-restore/catalog")},
                               {QStringLiteral("format_version"), 1},
                               {QStringLiteral("offline"), catalog->offline()},
                               {QStringLiteral("fetched_at"), from.fetchedAt.isValid()
                                                                  ? QJsonValue(from.fetchedAt.toString(Qt::ISODate))
                                                                  : QJsonValue()},
                               {QStringLiteral("source"), from.source.toString()},
                               {QStringLiteral("platforms"), platformsJson}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    if (catalog->offline())
        out << "Offline: the release catalog kept in the cache, fetched " << dateText(from.fetchedAt) << " from "
            << from.source.toString() << ".\n\n";
    else
        out << "Release catalog from " << from.source.toString() << " (kept in the cache for offline use).\n\n";
    if (!only) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("Platform"), -12)
                   .arg(QStringLiteral("Id"), 3)
                   .arg(QStringLiteral("Releases"), 9)
                   .arg(QStringLiteral("Default"), -9)
                   .arg(QStringLiteral("Latest"), -9)
                   .arg(QStringLiteral("Cached"));
        for (const CatalogPlatform *p : std::as_const(platforms)) {
            int inCache = 0;
            for (const CachedRelease &r : cached)
                inCache += r.platformId == p->id ? 1 : 0;
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(p->name, -12)
                       .arg(p->id, 3)
                       .arg(catalog->versionsFor(p->id, all).size(), 9)
                       .arg(catalog->particleDefault(p->id) ? catalog->particleDefault(p->id)->toString() : QStringLiteral("-"), -9)
                       .arg(catalog->latest(p->id) ? catalog->latest(p->id)->toString() : QStringLiteral("-"), -9)
                       .arg(inCache);
        }
        out << "\nRun 'device-restore catalog --platform NAME' for a platform's versions"
            << (all ? "" : " (--all adds pre-releases)") << ".\n";
        return ExitOk;
    }
    out << only->title << " (" << only->name << ", platform " << only->id << ")\n\n";
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("Version"), -16)
               .arg(QStringLiteral("State"), -9)
               .arg(QStringLiteral("Source"), -7)
               .arg(QStringLiteral("Labels"), -28)
               .arg(QStringLiteral("Cached"));
    const auto versions = catalog->versionsFor(only->id, all);
    for (const CatalogVersion *v : versions) {
        const CachedRelease *c = cachedRelease(only->id, v->version);
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(v->name, -16)
                   .arg(releaseStateName(v->state), -9)
                   .arg(v->zipPlatforms.contains(only->id) ? QStringLiteral("zip") : QStringLiteral("files"), -7)
                   .arg(labelsOf(*only, *v).join(QStringLiteral(", ")), -28)
                   .arg(c ? QStringLiteral("yes (%1)").arg(sizeText(c->size())) : QStringLiteral("no"));
    }
    if (versions.isEmpty())
        out << "  (none" << (all ? "" : "; --all adds pre-releases") << ")\n";
    const int hidden = int(catalog->versionsFor(only->id, true).size() - versions.size());
    if (hidden > 0)
        out << "\n" << hidden << " pre-releases and previews not shown (--all shows them).\n";
    return ExitOk;
}

namespace {

int runKitExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a restore kit: the chosen releases of one platform from the release cache, with the intermediate "
        "releases their plans may need and the catalog, in one zip to carry to a computer without internet."));
    parser.addHelpOption();
    const QCommandLineOption platformOpt({QStringLiteral("p"), QStringLiteral("platform")},
                                         QStringLiteral("Platform name or id."), QStringLiteral("PLATFORM"));
    const QCommandLineOption versionOpt({QStringLiteral("v"), QStringLiteral("version")},
                                        QStringLiteral("Device OS version; repeat or separate with commas."),
                                        QStringLiteral("VERSION"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The kit file to write."), QStringLiteral("FILE"));
    const QCommandLineOption urlOpt = catalogUrlOption();
    parser.addOptions({platformOpt, versionOpt, outOpt, urlOpt});
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usage = [&](const QString &text) {
        err << "device-restore kit export: " << text << "\nRun 'device-restore kit export --help' for the options.\n";
        return ExitUsage;
    };
    if (!parser.isSet(platformOpt) || !parser.isSet(versionOpt) || !parser.isSet(outOpt))
        return usage(QStringLiteral("--platform, --version and -o are required."));
    const Platform *platform = platformFromText(parser.value(platformOpt));
    if (!platform)
        return usage(QStringLiteral("'%1' is not a known platform.").arg(parser.value(platformOpt)));
    QList<SemVer> targets;
    for (const QString &list : parser.values(versionOpt)) {
        for (const QString &text : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto v = SemVer::parse(text.trimmed());
            if (!v)
                return usage(QStringLiteral("'%1' is not a Device OS version.").arg(text));
            targets << *v;
        }
    }
    ReleaseCache cache;
    auto catalog = openCliCatalog(cache, parser.value(urlOpt));
    if (!catalog.ok()) {
        printError(err, QStringLiteral("kit export"), catalog.error());
        return ExitFailure;
    }
    QStringList missingStops;
    auto releases = RestoreKit::releasesFor(*catalog, *platform, targets, &missingStops);
    if (!releases.ok()) {
        printError(err, QStringLiteral("kit export"), releases.error());
        return ExitInvalidInput;
    }
    QStringList notCached;
    for (const CatalogRelease &r : *releases)
        if (!cache.contains(r.platformId, r.version))
            notCached << r.versionName;
    if (!notCached.isEmpty()) {
        err << "device-restore kit export: these releases of the " << platform->displayName
            << " are not in the release cache: " << notCached.join(QStringLiteral(", ")) << ".\n"
            << (findCommand(u"fetch") ? QStringLiteral("  Fetch them first (device-restore fetch --platform %1 "
                                                        "--version V), then export the kit.\n")
                                             .arg(platform->name)
                                       : QStringLiteral("  Import a restore kit that holds them first, then export "
                                                        "the kit.\n"));
        return ExitFailure;
    }
    auto kit = RestoreKit::exportKit(cache, *releases, parser.value(outOpt));
    if (!kit.ok()) {
        printError(err, QStringLiteral("kit export"), kit.error());
        return ExitFailure;
    }
    qint64 bytes = QFileInfo(parser.value(outOpt)).size();
    out << "Wrote " << parser.value(outOpt) << " (" << sizeText(bytes) << "): ";
    QStringList names;
    for (const KitRelease &k : kit->releases)
        names << k.platform + QLatin1Char(' ') + k.version;
    out << names.join(QStringLiteral(", ")) << ", and the release catalog.\n";
    if (!missingStops.isEmpty())
        out << "Note: the catalog has no " << missingStops.join(QStringLiteral(", "))
            << "; a restore without DFU that would step through them cannot be done from this kit.\n";
    return ExitOk;
}

int runKitImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check every file of a restore kit, then add its releases (and its catalog, when newer) to the release "
        "cache. A kit with any file that fails its checks adds nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The restore kit."));
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "device-restore kit import: give one kit file.\nRun 'device-restore kit import --help' for the options.\n";
        return ExitUsage;
    }
    ReleaseCache cache;
    auto imported = RestoreKit::importKit(cache, parser.positionalArguments().first());
    if (!imported.ok()) {
        printError(err, QStringLiteral("kit import"), imported.error());
        return imported.error().code == QLatin1String(cacheerror::WriteFailed) ? ExitFailure : ExitInvalidInput;
    }
    QStringList names;
    for (const CachedRelease &r : imported->added)
        names << r.platformName + QLatin1Char(' ') + r.versionName;
    out << "Checked every file of " << parser.positionalArguments().first() << ".\n";
    out << "Added to the release cache: " << (names.isEmpty() ? QStringLiteral("nothing new") : names.join(QStringLiteral(", ")))
        << ".\n";
    if (imported->catalogStored)
        out << "The kit's release catalog is now the one used offline.\n";
    return ExitOk;
}

} // namespace

int runKit(const QStringList &arguments)
{
    const QString sub = arguments.size() > 1 ? arguments.at(1) : QString();
    QStringList rest = arguments;
    if (sub == QLatin1String("export") || sub == QLatin1String("import")) {
        rest.removeAt(1);
        rest[0] = arguments[0] + QLatin1Char(' ') + sub;
        return sub == QLatin1String("export") ? runKitExport(rest) : runKitImport(rest);
    }
    QTextStream stream(sub == QLatin1String("--help") || sub == QLatin1String("-h") ? stdout : stderr);
    stream << "Usage: device-restore kit export --platform P --version V... -o FILE\n"
              "       device-restore kit import FILE\n"
              "Restore kits carry releases from the release cache to a computer without internet.\n";
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? ExitOk : ExitUsage;
}

} // namespace dr::cli
