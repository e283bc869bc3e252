// Benchmark: YModem transfer of a real system part (600 KB+) into the virtual device over a pty,
// through the real QSerialPort client, with the device's timing model off and on. Prints bytes per
// second, the share of the time the sender spent waiting for the device per block, and (timing on)
// the model's own lower bound (USB transfer + OTA erase + program). Asserts nothing about speed.
//
//   bench_ymodem_transfer [--file boron-system-part1@1.5.2.bin] [--repeat N] [--no-timing]
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "serial/listeningmodeclient.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dr;
using namespace dr::sim;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    bool ok = false;
    QString error;
    double wallS = 0;
    YmodemTransferStats stats;
    int blocks = 0;
    int retries = 0;
    ModelTimeAccount account;
    bool applied = false;
};

Run transferOnce(const QByteArray &file, const FirmwareModule &module, const QStringList &baseModules, bool timing,
                 const QString &linkPath)
{
    Run run;
    VirtualDeviceConfig config;
    config.platformId = module.platformId;
    config.mode = DeviceMode::Listening;
    config.deviceOs = SemVer(1, 5, 2);
    config.timingEnabled = false; // loading the base modules takes no time
    auto device = VirtualDevice::create(config);
    if (!device) {
        run.error = device.error().text();
        return run;
    }
    for (const QString &name : baseModules) {
        auto parsed = ModuleParser::parse(readFile(test::corpusFile(name)), name);
        if (!parsed || !(*device)->loadModule(parsed->front())) {
            run.error = QStringLiteral("cannot load %1").arg(name);
            return run;
        }
    }
    (*device)->setTimingEnabled(timing);
    (*device)->resetTimeAccount();

    VirtualSerialConsole::Options options;
    options.linkPath = linkPath;
    options.restartDelayMs = 50;
    auto port = VirtualSerialPort::start(*device, options);
    if (!port) {
        run.error = port.error().text();
        return run;
    }
    ListeningModeClient client;
    if (const auto opened = client.openPort((*port)->portPath(), 115200); !opened) {
        run.error = opened.error().text();
        return run;
    }

    // A plain event loop: QTest::qWaitFor sleeps 10 ms between rounds and would add that to every block.
    QEventLoop loop;
    bool done = false;
    QObject::connect(&client, &ListeningModeClient::transferFinished, &loop, [&](const YmodemOutcome &o) {
        run.ok = true;
        run.blocks = o.blocks;
        run.retries = o.retries;
        done = true;
        loop.quit();
    });
    QObject::connect(&client, &ListeningModeClient::transferFailed, &loop, [&](const Error &e) {
        run.error = e.text() + QLatin1String(" | ") + e.detail;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    client.sendFile("system-part1.bin", file);
    if (!done)
        loop.exec();
    if (!done)
        run.error = QStringLiteral("the transfer did not end within 600 s");
    run.wallS = double(wall.nsecsElapsed()) / 1e9;
    run.stats = client.lastTransferStats();
    run.account = (*device)->timeAccount();
    if (run.ok) {
        // The device resets and applies the module: check it took it.
        const bool appliedInTime = QTest::qWaitFor([&] {
            const auto m = (*device)->module(module.function(), module.index);
            return m && m->present && m->version == module.version && m->valid();
        }, 20000);
        Q_UNUSED(appliedInTime); // judged below from the device's state
        const auto m = (*device)->module(module.function(), module.index);
        run.applied = m && m->present && m->version == module.version && m->valid();
    }
    client.close();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("YModem transfer into the virtual device over a pty"));
    parser.addHelpOption();
    QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("corpus file to send"), QStringLiteral("name"),
                                  QStringLiteral("boron-system-part1@1.5.2.bin"));
    QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("runs per timing setting"), QStringLiteral("n"),
                                    QStringLiteral("3"));
    QCommandLineOption noTimingOption(QStringLiteral("no-timing"), QStringLiteral("skip the run with the timing model on"));
    parser.addOptions({fileOption, repeatOption, noTimingOption});
    parser.process(app);

    if (const auto p = PlatformDatabase::loadBuiltin(); !p) {
        std::fprintf(stderr, "%s\n", qPrintable(p.error().text()));
        return 2;
    }
    if (const auto v = DeviceOsVersionTable::loadBuiltin(); !v) {
        std::fprintf(stderr, "%s\n", qPrintable(v.error().text()));
        return 2;
    }
    const QString name = parser.value(fileOption);
    const QString path = test::corpusFile(name);
    if (path.isEmpty()) {
        std::fprintf(stderr, "%s is missing. %s\n", qPrintable(name), qPrintable(test::corpusMissingMessage()));
        return 2;
    }
    const QByteArray file = readFile(path);
    const auto parsed = ModuleParser::parse(file, name);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error().text()));
        return 2;
    }
    const FirmwareModule &module = parsed->front();
    const Platform *platform = PlatformDatabase::builtin().byId(module.platformId);
    // What the device needs so that the new module's dependencies hold (Gen 3: bootloader + SoftDevice).
    QStringList base;
    if (platform && platform->generation >= 3)
        base << platform->name + QStringLiteral("-bootloader@1.5.2.bin") << platform->name + QStringLiteral("-softdevice@1.5.2.bin");
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    QTemporaryDir dir;

    std::printf("YModem over a pty into the virtual %s: %s, %lld bytes, %d blocks of 1024\n",
                platform ? qPrintable(platform->displayName) : "device", qPrintable(name), qlonglong(file.size()),
                int((file.size() + 1023) / 1024));
    std::printf("%-7s %3s %9s %10s %12s %11s %10s %8s %7s\n", "timing", "run", "wall s", "KiB/s", "wait share",
                "wait/block", "bound s", "ratio", "applied");
    int failures = 0;
    for (const bool timing : {false, true}) {
        if (timing && parser.isSet(noTimingOption))
            continue;
        for (int r = 1; r <= repeat; ++r) {
            const Run run = transferOnce(file, module, base, timing, dir.filePath(QStringLiteral("tty%1%2").arg(timing).arg(r)));
            if (!run.ok) {
                std::printf("%-7s %3d FAILED: %s\n", timing ? "on" : "off", r, qPrintable(run.error));
                ++failures;
                continue;
            }
            const double elapsed = double(run.stats.elapsedNs) / 1e9;
            const double waitShare = run.stats.elapsedNs ? double(run.stats.waitingNs) / double(run.stats.elapsedNs) : 0;
            const double waitPerBlockMs = run.blocks ? double(run.stats.waitingNs) / 1e6 / run.blocks : 0;
            const double bound = double((run.account.transfer + run.account.erase + run.account.program).count()) / 1e6;
            std::printf("%-7s %3d %9.3f %10.1f %11.1f%% %9.3fms %10.3f %8s %7s\n", timing ? "on" : "off", r, elapsed,
                        double(file.size()) / 1024.0 / elapsed, waitShare * 100.0, waitPerBlockMs, bound,
                        timing && bound > 0 ? qPrintable(QString::number(elapsed / bound, 'f', 2) + QLatin1Char('x')) : "-",
                        run.applied ? "yes" : "NO");
            if (!run.applied)
                ++failures;
        }
    }
    std::printf("wait share: time with every byte written, waiting for the device's answer, over the transfer time.\n"
                "bound: the timing model's USB transfer + OTA erase + program time for this transfer.\n");
    return failures ? 1 : 0;
}
