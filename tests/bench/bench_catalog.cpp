// Opening the release catalog from the cache (issue 11 goal: under 20 ms): Particle's real catalog
// files (../shared/data/catalog) kept in a temporary cache, then opened --repeat times (the three
// files read, their SHA-256 checked against the manifest, parsed into the model). Also prints the
// parse alone, and opening a cached restore zip (its files' SHA-256 checked) from the corpus layout.
#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"
#include "platform/platformdatabase.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace dr;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Figures
{
    double min = 0, median = 0, max = 0;
};

template<typename Fn>
Figures measure(int repeat, Fn fn)
{
    QList<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        if (!fn())
            return {-1, -1, -1};
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.first(), ms.at(ms.size() / 2), ms.last()};
}

void print(QTextStream &out, const char *what, const Figures &f)
{
    out << QStringLiteral("%1 min %2 ms, median %3 ms, max %4 ms\n")
               .arg(QLatin1String(what), -48)
               .arg(f.min, 0, 'f', 2)
               .arg(f.median, 0, 'f', 2)
               .arg(f.max, 0, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int repeat = 20;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--repeat")); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args.at(i + 1).toInt());
    QTextStream out(stdout);
    if (!PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok())
        return 1;
    const QString data = dr::test::catalogDataDir();
    const QByteArray restore = readAll(data + QStringLiteral("/deviceRestore.json"));
    const QByteArray versions = readAll(data + QStringLiteral("/deviceOsVersions.json"));
    const QByteArray info = readAll(data + QStringLiteral("/versionInfo.json"));
    if (restore.isEmpty()) {
        out << "bench_catalog: no catalog copies in " << data << '\n';
        return 1;
    }
    QTemporaryDir dir;
    ReleaseCache cache(dir.filePath(QStringLiteral("cache")));
    if (!cache.storeCatalog(restore, versions, info, QUrl(QStringLiteral("https://docs.particle.io"))).ok())
        return 1;

    out << "Catalog: " << restore.size() + versions.size() + info.size() << " bytes in 3 files, " << repeat
        << " runs (goal: open from the cache under 20 ms)\n";
    print(out, "parse (ReleaseCatalog::fromJson)",
          measure(repeat, [&] { return ReleaseCatalog::fromJson(restore, versions, info).ok(); }));
    print(out, "open from the cache (read, SHA-256, parse)", measure(repeat, [&] {
              return ReleaseCache(dir.filePath(QStringLiteral("cache"))).openCatalog().ok();
          }));

    auto layout = dr::test::buildReleaseLayout(dir.filePath(QStringLiteral("layout")), {QStringLiteral("boron")});
    if (!layout.ok()) {
        out << "bench_catalog: " << layout.error().text() << '\n';
        return 1;
    }
    auto catalog = ReleaseCatalog::loadFolder(layout->root);
    auto release = catalog->release(13, SemVer(2, 2, 0), layout->sources());
    const QList<FetchedFile> files = dr::test::fetchFromFolder(*release);
    qint64 bytes = 0;
    for (const FetchedFile &f : files)
        bytes += f.data.size();
    print(out, "verify boron 2.2.0 restore zip + sidecar",
          measure(repeat, [&] { return ReleaseVerifier(&*catalog).verify(*release, files).ok(); }));
    if (!cache.addRelease(*catalog, *release, files).ok())
        return 1;
    print(out, "open cached boron 2.2.0 (SHA-256 of its files)",
          measure(repeat, [&] { return cache.openRelease(13, SemVer(2, 2, 0)).ok(); }));
    out << "(boron 2.2.0: " << bytes << " bytes in " << files.size() << " files)\n";
    return 0;
}
