// Station mode (issue 15 goal): eight virtual Borons restored from Device OS 1.5.2 to 2.2.0 at once
// by the StationService, each on its own engine and thread, with the devices' timing model on (erase,
// program, USB transfer and reset times like real hardware), against one Boron alone in the same run.
// Prints the wall time of each (from the station's start to the last device's final inspection), the
// ratio (goal: at most 1.2x the single restore) and the host CPU time per device (getrusage: user +
// system of the whole process over the restore, divided by the number of devices).
// Usage: bench_station [--devices N] [--repeat R] [--no-timing]
#include "platform/platformdatabase.h"
#include "simulator/simulatedfleet.h"
#include "station/stationservice.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace dr;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Figures
{
    bool ok = false;
    qint64 wallMs = 0;
    double cpuSeconds = 0;
    qint64 slowestDeviceMs = 0; // the longest one device took, start to final inspection
    double modelBoundMs = 0; // the largest model time account (erase + program + transfer + resets + apply)
};

Figures restore(const FirmwareBundle &bundle, int devices, bool timing)
{
    Figures f;
    QStringList spec;
    for (int i = 0; i < devices; ++i)
        spec << QStringLiteral("boron@1.5.2");
    auto specs = sim::parseSimulationSpecs(spec.join(QLatin1Char(',')));
    auto fleet = sim::SimulatedFleet::create(*specs, bundle, timing);
    if (!fleet.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(fleet.error().text()));
        return f;
    }
    for (const auto &d : (*fleet)->devices())
        d->resetTimeAccount();
    QTemporaryDir folder;
    StationService station((*fleet)->usb());
    auto shared = std::make_shared<const FirmwareBundle>(bundle);
    station.setReleaseProvider(bundleReleases(shared));
    station.setSerialPortLookup([fl = fleet->get()](const QString &id) { return fl->serialPortFor(id); });
    station.setReportFolder(folder.path());
    StationRecipe recipe;
    recipe.name = QStringLiteral("bench");
    recipe.platformId = PlatformDatabase::builtin().byName(QStringLiteral("boron"))->id;
    recipe.targetVersion = QStringLiteral("2.2.0");
    recipe.userFirmware = UserFirmwareChoice::Tinker;
    recipe.maxParallel = devices;
    station.setRecipe(recipe);

    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        const StationCounters c = station.counters();
        if (c.done + c.failed == devices && !station.busy()) loop.quit();
    });
    QTimer::singleShot(devices * 120000, &loop, &QEventLoop::quit);
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    check.start();
    station.startWatching(50);
    loop.exec();
    f.wallMs = wall.elapsed();
    f.cpuSeconds = cpuSeconds() - cpu0;
    f.ok = station.counters().done == devices;
    for (const StationDevice &d : station.devices()) {
        f.slowestDeviceMs = std::max(f.slowestDeviceMs, d.startedAt.msecsTo(d.finishedAt));
        if (d.status != StationStatus::Done)
            std::fprintf(stderr, "  %s: %s %s\n", qPrintable(d.deviceId),
                         qPrintable(stationStatusName(d.status)), qPrintable(d.reason));
    }
    for (const auto &d : (*fleet)->devices())
        f.modelBoundMs = std::max(f.modelBoundMs, double(d->timeAccount().total().count()) / 1000.0);
    return f;
}

void print(const char *label, int devices, const Figures &f)
{
    std::printf("  %-10s %d device(s): %8lld ms wall (slowest device %lld ms, its model bound %.0f ms); "
                "host CPU %.3f s = %.1f ms per device\n",
                label, devices, static_cast<long long>(f.wallMs), static_cast<long long>(f.slowestDeviceMs),
                f.modelBoundMs, f.cpuSeconds, f.cpuSeconds * 1000.0 / devices);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dr.*.info=false\ndr.*.debug=false"));
    const QStringList args = app.arguments();
    const bool timing = !args.contains(QStringLiteral("--no-timing"));
    int devices = 8, repeat = 1;
    if (const qsizetype i = args.indexOf(QStringLiteral("--devices")); i > 0 && i + 1 < args.size())
        devices = std::max(1, args[i + 1].toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--repeat")); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args[i + 1].toInt());
    if (!PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok()) return 1;
    auto bundle = FirmwareBundle::open(test::corpusDir());
    if (!bundle.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(test::corpusMissingMessage()));
        return 1;
    }
    std::printf("Station: Boron 1.5.2 -> 2.2.0 (Tinker), timing model %s; %d at once against one alone\n",
                timing ? "on" : "off", devices);
    int failures = 0;
    for (int r = 0; r < repeat; ++r) {
        const Figures one = restore(*bundle, 1, timing);
        const Figures many = restore(*bundle, devices, timing);
        print("alone:", 1, one);
        print("together:", devices, many);
        if (!one.ok || !many.ok) {
            std::printf("  a restore failed\n");
            ++failures;
            continue;
        }
        std::printf("  ratio:      %.3f x the single restore's wall time (goal: at most 1.2)\n",
                    double(many.wallMs) / double(std::max<qint64>(1, one.wallMs)));
    }
    return failures ? 1 : 0;
}
