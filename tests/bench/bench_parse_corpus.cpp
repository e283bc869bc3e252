// Benchmark: parses (and checks) every real Device OS binary in the corpus N times and prints the
// median time per file, the total, and the throughput. Files are read into memory first, so this
// measures the parser, not the disk. Then it opens the corpus as a bundle N times (reading the files
// too) and prints the median, and the heap the opened bundle holds.
// Usage: bench_parse_corpus [--repeat N] [--no-checks]
#include "firmware/modulechecks.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

qint64 median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString micros(qint64 ns)
{
    return QString::number(double(ns) / 1000.0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int repeat = 20;
    bool withChecks = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--no-checks"))
            withChecks = false;
        else {
            err << "usage: bench_parse_corpus [--repeat N] [--no-checks]\n";
            return 2;
        }
    }
    for (const dr::Result<void> &r : {dr::PlatformDatabase::loadBuiltin(), dr::DeviceOsVersionTable::loadBuiltin()}) {
        if (!r.ok()) {
            err << r.error().text() << '\n';
            return 1;
        }
    }

    struct Input
    {
        QString name;
        QByteArray data;
    };
    std::vector<Input> inputs;
    for (const QString &path : dr::test::corpusFiles()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            inputs.push_back({QFileInfo(path).fileName(), f.readAll()});
    }
    if (inputs.size() < 160) {
        err << dr::test::corpusMissingMessage() << '\n';
        return 1;
    }

    const dr::ModuleChecks checks = dr::ModuleChecks::builtin();
    out << "bench_parse_corpus: " << inputs.size() << " files, " << repeat << " repetitions each, "
        << (withChecks ? "parse + checks" : "parse only") << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("file"), -46)
               .arg(QStringLiteral("bytes"), 8)
               .arg(QStringLiteral("median us"), 11)
               .arg(QStringLiteral("MB/s"), 9);

    qint64 totalMedianNs = 0;
    std::vector<qint64> medians;
    qint64 totalBytes = 0;
    int modules = 0;
    int rejected = 0;
    QElapsedTimer wall;
    wall.start();
    for (const Input &in : inputs) {
        std::vector<qint64> times;
        times.reserve(size_t(repeat));
        bool ok = false;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer t;
            t.start();
            const auto r = dr::ModuleParser::parse(in.data, in.name);
            if (r.ok() && withChecks)
                for (const dr::FirmwareModule &m : *r)
                    (void)checks.check(m);
            times.push_back(t.nsecsElapsed());
            ok = r.ok();
        }
        ok ? ++modules : ++rejected;
        const qint64 med = median(times);
        totalMedianNs += med;
        medians.push_back(med);
        totalBytes += in.data.size();
        const double mbps = med > 0 ? (double(in.data.size()) / (1024.0 * 1024.0)) / (double(med) / 1e9) : 0.0;
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(in.name, -46)
                   .arg(in.data.size(), 8)
                   .arg(micros(med), 11)
                   .arg(QString::number(mbps, 'f', 1), 9);
    }
    const double mb = double(totalBytes) / (1024.0 * 1024.0);
    out << "\nfiles: " << inputs.size() << " (" << modules << " modules, " << rejected << " rejected)\n"
        << "bytes: " << totalBytes << " (" << QString::number(mb, 'f', 1) << " MB)\n"
        << "total of medians: " << QString::number(double(totalMedianNs) / 1e6, 'f', 2) << " ms for one pass over the corpus\n"
        << "per file: median " << micros(median(medians)) << " us, mean " << micros(totalMedianNs / qint64(inputs.size()))
        << " us (of the per-file medians)\n"
        << "throughput: " << QString::number(mb / (double(totalMedianNs) / 1e9), 'f', 1) << " MB/s\n"
        << "wall time: " << QString::number(double(wall.nsecsElapsed()) / 1e6, 'f', 1) << " ms\n";

    // The whole bundle as the wizard and --simulate open it: reading every file (through one reused
    // buffer, the files in the page cache after the first pass), parsing, checking and tying modules
    // to releases; then what the opened bundle holds on the heap (descriptions only, no bytes).
    std::vector<qint64> opens;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        const auto b = dr::FirmwareBundle::open(dr::test::corpusDir());
        opens.push_back(t.nsecsElapsed());
        if (!b.ok()) {
            err << b.error().text() << '\n';
            return 1;
        }
    }
    out << "\nFirmwareBundle::open of the corpus folder: median "
        << QString::number(double(median(opens)) / 1e6, 'f', 1) << " ms over " << repeat << " opens\n";
#if defined(__GLIBC__)
    malloc_trim(0);
    const size_t heapBefore = mallinfo2().uordblks;
    {
        const auto b = dr::FirmwareBundle::open(dr::test::corpusDir());
        const size_t held = mallinfo2().uordblks - heapBefore;
        out << "heap held by the opened bundle: " << QString::number(double(held) / 1024.0, 'f', 0) << " KiB for "
            << b->modules().size() << " modules (" << QString::number(double(held) / double(b->modules().size()), 'f', 0)
            << " bytes each; the files are " << QString::number(mb, 'f', 1) << " MB)\n";
    }
#endif
    return 0;
}
