// Benchmark: downloading the releases two restores need from the local HTTP test server (the
// published layout built from the real corpus), verification and storing in the cache included,
// against curl fetching the same files from the same server in the same run. Prints both
// throughputs and their ratio (issue 11 goal: at least 0.9x curl), then checks that asking for the
// same releases again makes no request at all.
//   Boron 1.5.2 -> newest: the plan's releases (the corpus's newest Boron release is 2.2.0).
//   Photon 0.5.2 serial path: the real path to 3.3.1 stops at 0.7.0 and needs 3.3.1, which the
//   corpus lacks; every Photon release the layout holds stands in (0.5.2 per-module files from the
//   binary-host path, 1.5.x-2.2.0 restore zips): more bytes and more files than the real path.
// --synthetic-mb N adds one file of N MB of random bytes (labelled synthetic; not a release, so
// not verified) to compare raw transfer speed on a large body.
// --link-kbps N makes the server send each response at N kB/s (to us and to curl alike), as a
// real link would; unthrottled, localhost transfers take a few ms and the fixed costs of checking
// and durably storing each release dominate.
// Usage: bench_download [--repeat N] [--synthetic-mb N] [--link-kbps N]
#include "catalog/downloader.h"
#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"
#include "catalog/releasefetcher.h"
#include "platform/platformdatabase.h"
#include "support/httptestserver.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace dr;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 2) + QStringLiteral(" MB");
}

// curl fetching `urls` into `folder`, `parallel` at once (1: one after the other on one
// connection). Returns the wall time in ms, process start included; -1 on failure.
double curlMs(const QList<QUrl> &urls, const QString &folder, int parallel)
{
    QStringList args{QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--fail")};
    if (parallel > 1)
        args << QStringLiteral("--parallel") << QStringLiteral("--parallel-max") << QString::number(parallel);
    int n = 0;
    for (const QUrl &u : urls)
        args << QStringLiteral("-o") << QDir(folder).filePath(QString::number(n++)) << u.toString(QUrl::FullyEncoded);
    QElapsedTimer t;
    t.start();
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForFinished(120000) || curl.exitCode() != 0) {
        err << "curl failed: " << curl.readAllStandardError() << '\n';
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

struct Scenario
{
    QString name;
    QList<CatalogRelease> releases;
    QList<QUrl> urls; // every file's first URL, as curl fetches them
    qint64 bytes = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dr.*.debug=false"));
    int repeat = 10;
    int syntheticMb = 0;
    int linkKbps = 0;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--synthetic-mb") && i + 1 < args.size())
            syntheticMb = std::max(0, args[++i].toInt());
        else if (args[i] == QLatin1String("--link-kbps") && i + 1 < args.size())
            linkKbps = std::max(0, args[++i].toInt());
        else {
            err << "usage: bench_download [--repeat N] [--synthetic-mb N] [--link-kbps N]\n";
            return 2;
        }
    }
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        err << "bench_download: curl is needed (installer/setup-debian.sh installs it)\n";
        return 1;
    }
    for (const Result<void> &r : {PlatformDatabase::loadBuiltin(), DeviceOsVersionTable::loadBuiltin()})
        if (!r.ok()) {
            err << r.error().text() << '\n';
            return 1;
        }
    QTemporaryDir layoutDir;
    auto layout = test::buildReleaseLayout(layoutDir.path(), {QStringLiteral("boron"), QStringLiteral("photon")});
    if (!layout.ok()) {
        err << "bench_download: " << layout.error().text() << '\n';
        return 1;
    }
    test::HttpTestServer server(layout->root);
    if (!server.start()) {
        err << "bench_download: the test server cannot listen on 127.0.0.1\n";
        return 1;
    }
    if (linkKbps > 0) {
        server.setSlowRate(qint64(linkKbps) * 1000);
        server.setFault(QStringLiteral("*"), test::HttpTestServer::Fault::Slow);
    }
    const ReleaseSources sources = ReleaseSources::mirror(server.baseUrl());
    auto catalog = ReleaseCatalog::loadFolder(layout->root);
    if (!catalog.ok()) {
        err << catalog.error().text() << '\n';
        return 1;
    }
    const SemVer v152(1, 5, 2), v052(0, 5, 2);

    QList<Scenario> scenarios;
    {
        const Platform &boron = *PlatformDatabase::builtin().byName(QStringLiteral("boron"));
        const SemVer newest = *catalog->latest(boron.id);
        auto releases = catalog->releasesForPlan(boron, v152, newest, PlanOptions{}, sources);
        if (!releases.ok()) {
            err << releases.error().text() << '\n';
            return 1;
        }
        scenarios.append({QStringLiteral("Boron 1.5.2 -> %1 (the plan's releases)").arg(newest.toString()), *releases, {}, 0});
    }
    {
        Scenario photon{QStringLiteral("Photon 0.5.2 serial path, stood in by every Photon release of the layout"), {}, {}, 0};
        for (const test::LayoutRelease &lr : layout->releases)
            if (lr.platform == QLatin1String("photon")) {
                auto r = catalog->release(lr.platformId, lr.version, sources);
                if (r.ok())
                    photon.releases << *r;
            }
        scenarios.append(photon);
    }
    for (Scenario &s : scenarios)
        for (const CatalogRelease &r : s.releases)
            for (const ReleaseFile &f : r.files) {
                // Only files the server has (an optional bootloader may not be published).
                const QString local = layout->path(f.urls.first().path().mid(1));
                if (QFile::exists(local)) {
                    s.urls << f.urls.first();
                    s.bytes += QFileInfo(local).size();
                }
            }

    out << "bench_download: " << repeat << " runs each, median; local HTTP server on " << server.baseUrl().toString()
        << "; ours = download + verify + keep in the cache (3 transfers at once); link: "
        << (linkKbps > 0 ? QStringLiteral("%1 kB/s per connection").arg(linkKbps) : QStringLiteral("unthrottled"))
        << "\n\n";
    bool goalMet = true;
    for (const Scenario &s : scenarios) {
        QStringList keys;
        for (const CatalogRelease &r : s.releases)
            keys << r.key();
        std::vector<double> oursMs, curl3Ms, curl1Ms, downloadMs;
        int secondRequests = -1;
        for (int i = 0; i < repeat; ++i) {
            QTemporaryDir cacheDir;
            ReleaseCache cache(cacheDir.path());
            ReleaseFetcher fetcher(cache, sources);
            QElapsedTimer t;
            t.start();
            auto fetched = fetcher.fetch(*catalog, s.releases);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!fetched.ok() || fetched->downloaded.size() != s.releases.size()) {
                err << "bench_download: " << (fetched.ok() ? QStringLiteral("not every release was downloaded") : fetched.error().text()) << '\n';
                return 1;
            }
            oursMs.push_back(ms);
            // The same releases again (what a second restore of them asks for): no request.
            const int before = server.requestCount();
            auto again = fetcher.fetch(*catalog, s.releases);
            secondRequests = again.ok() ? server.requestCount() - before : -1;
            {
                // The transfer alone, through the same downloader, for where the time goes.
                QTemporaryDir d;
                QList<DownloadRequest> requests;
                int n = 0;
                for (const QUrl &u : s.urls)
                    requests.append({{u}, d.filePath(QString::number(n++))});
                Downloader downloader;
                QElapsedTimer t2;
                t2.start();
                if (!downloader.run(requests).ok())
                    return 1;
                downloadMs.push_back(double(t2.nsecsElapsed()) / 1e6);
            }
            QTemporaryDir c3, c1;
            const double a = curlMs(s.urls, c3.path(), 3);
            const double b = curlMs(s.urls, c1.path(), 1);
            if (a < 0 || b < 0)
                return 1;
            curl3Ms.push_back(a);
            curl1Ms.push_back(b);
        }
        const double ours = median(oursMs), c3 = median(curl3Ms), c1 = median(curl1Ms);
        const double best = std::min(c3, c1);
        const auto rate = [&s](double ms) { return double(s.bytes) / 1e6 / (ms / 1000.0); };
        const double ratio = rate(ours) / rate(best);
        goalMet = goalMet && ratio >= 0.9 && secondRequests == 0;
        out << s.name << "\n  releases: " << keys.join(QStringLiteral(", ")) << "\n  files: " << s.urls.size()
            << ", " << mb(s.bytes) << "\n";
        out << QStringLiteral("  ours (download+verify+cache): %1 ms, %2 MB/s\n").arg(ours, 0, 'f', 1).arg(rate(ours), 0, 'f', 1);
        out << QStringLiteral("  ours, transfer only:          %1 ms, %2 MB/s\n").arg(median(downloadMs), 0, 'f', 1).arg(rate(median(downloadMs)), 0, 'f', 1);
        out << QStringLiteral("  curl --parallel-max 3:        %1 ms, %2 MB/s\n").arg(c3, 0, 'f', 1).arg(rate(c3), 0, 'f', 1);
        out << QStringLiteral("  curl one by one:              %1 ms, %2 MB/s\n").arg(c1, 0, 'f', 1).arg(rate(c1), 0, 'f', 1);
        out << QStringLiteral("  ours / faster curl: %1x (goal >= 0.9x)\n").arg(ratio, 0, 'f', 2);
        out << "  the same releases again: " << secondRequests << " requests (goal 0)\n\n";
        out.flush();
    }

    if (syntheticMb > 0) {
        // Raw transfer: one large file of random bytes (synthetic, not a release: not verified).
        QTemporaryDir big;
        const QString path = QDir(layout->root).filePath(QStringLiteral("synthetic.bin"));
        {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            QByteArray chunk(1024 * 1024, Qt::Uninitialized);
            for (int m = 0; m < syntheticMb; ++m) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
                f.write(chunk);
            }
        }
        const QUrl url = server.url(QStringLiteral("synthetic.bin"));
        std::vector<double> oursMs, curlMs1;
        for (int i = 0; i < repeat; ++i) {
            Downloader d;
            QElapsedTimer t;
            t.start();
            auto r = d.run({{{url}, big.filePath(QStringLiteral("ours.bin"))}});
            if (!r.ok()) {
                err << r.error().text() << '\n';
                return 1;
            }
            oursMs.push_back(double(t.nsecsElapsed()) / 1e6);
            const double c = curlMs({url}, big.path(), 1);
            if (c < 0)
                return 1;
            curlMs1.push_back(c);
        }
        const double bytes = double(syntheticMb) * 1024 * 1024;
        const double ours = median(oursMs), c = median(curlMs1);
        out << "Synthetic file (" << syntheticMb << " MiB of random bytes, not a release, not verified)\n";
        out << QStringLiteral("  ours (download only): %1 ms, %2 MB/s\n").arg(ours, 0, 'f', 1).arg(bytes / 1e6 / (ours / 1000), 0, 'f', 1);
        out << QStringLiteral("  curl:                 %1 ms, %2 MB/s\n").arg(c, 0, 'f', 1).arg(bytes / 1e6 / (c / 1000), 0, 'f', 1);
        out << QStringLiteral("  ours / curl: %1x\n").arg(c / ours, 0, 'f', 2);
    }
    out << (goalMet ? "every goal met\n" : "a goal was missed\n");
    return 0;
}
