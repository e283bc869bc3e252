// The restore station's GUI under load (issue 15 goals: event-loop latency under 50 ms at the 99th
// percentile, resident memory under 120 MB): the station window as the app opens it (StationWindow
// on a StationService over the --simulate fleet, releases from the real binaries) while eight
// virtual Borons on Device OS 1.5.2 are restored at once to 2.2.0 with the timing model on (each
// takes about as long as a real Boron). A 10 ms precise QTimer on the GUI thread measures how late
// each tick comes (the event loop's latency); a thread reads VmRSS every 50 ms.
// Prints "key: value" lines: latency p50/p99/max, RSS before the devices, with them and at the
// peak, VmHWM, the peak less what the in-process virtual devices take, the process's CPU time per
// device, the wall time, and how many devices reached Done.
// Usage: bench_station_gui [--devices N] [--no-timing]
#include "platform/platformdatabase.h"
#include "simulator/simulatedfleet.h"
#include "station/stationservice.h"
#include "station/stationview.h"
#include "station/stationwindow.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace dr;

namespace {

long statusKb(const std::string &field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string key = field + ':';
    while (std::getline(status, line))
        if (line.compare(0, key.size(), key) == 0)
            return std::stol(line.substr(key.size()));
    return -1;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dr.*.info=false\ndr.*.debug=false"));
    const QStringList args = app.arguments();
    const bool timing = !args.contains(QStringLiteral("--no-timing"));
    int count = 8;
    if (const qsizetype i = args.indexOf(QStringLiteral("--devices")); i >= 0 && i + 1 < args.size())
        count = std::max(1, args.at(i + 1).toInt());
    if (!PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok())
        return std::fprintf(stderr, "bench_station_gui: the built-in data did not load\n"), 1;

    auto opened = FirmwareBundle::open(test::corpusDir());
    if (!opened.ok())
        return std::fprintf(stderr, "bench_station_gui: %s\n", qPrintable(test::corpusMissingMessage())), 1;
    auto bundle = std::make_shared<const FirmwareBundle>(std::move(*opened));

    // The station window as the app opens it, before any device is plugged in.
    auto fleet = sim::SimulatedFleet::empty();
    QTemporaryDir reports;
    StationService service(fleet->usb());
    service.setReleaseProvider(bundleReleases(bundle));
    service.setSerialPortLookup([f = fleet.get()](const QString &id) { return f->serialPortFor(id); });
    service.setReportFolder(reports.path());
    service.setSimulated(true);
    ui::StationWindow window(service, true);
    StationRecipe recipe;
    recipe.name = QStringLiteral("Borons to 2.2.0");
    recipe.platformId = PlatformDatabase::builtin().byName(QStringLiteral("boron"))->id;
    recipe.targetVersion = QStringLiteral("2.2.0");
    recipe.userFirmware = UserFirmwareChoice::Tinker;
    recipe.autoStart = true;
    recipe.maxParallel = count;
    window.setRecipe(recipe);
    window.resize(1280, 960);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return std::fprintf(stderr, "bench_station_gui: the window was never shown\n"), 1;
    service.startWatching(200);
    QTest::qWait(300);
    const long rssWindowKb = statusKb("VmRSS");

    QStringList specs;
    for (int i = 0; i < count; ++i)
        specs << QStringLiteral("boron@1.5.2");
    auto devices = sim::SimulatedFleet::makeDevices(*sim::parseSimulationSpecs(specs.join(QLatin1Char(','))), *bundle, timing);
    if (!devices.ok())
        return std::fprintf(stderr, "bench_station_gui: %s\n", qPrintable(devices.error().text())), 1;
    const long rssDevicesKb = statusKb("VmRSS");

    std::atomic_bool sampling{true};
    std::atomic_long peakKb{0};
    std::thread sampler([&] {
        while (sampling) {
            peakKb = std::max(peakKb.load(), statusKb("VmRSS"));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });

    // The event loop's latency: how late each tick of a 10 ms timer arrives.
    std::vector<double> lateMs;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        lateMs.push_back(std::max(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - 10.0));
        sinceTick.restart();
    });

    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    tick.start();
    if (!fleet->plug(*devices).ok())
        return std::fprintf(stderr, "bench_station_gui: the devices could not be plugged in\n"), 1;
    ui::StationView *view = window.view();
    // Settled: every device finished (a device re-enumerating shows as unplugged for a moment, so
    // that is not an end).
    auto settled = [&] {
        if (view->cardCount() < count || service.busy())
            return false;
        for (const StationDevice &d : service.devices())
            if (d.status != StationStatus::Done && d.status != StationStatus::Failed && d.status != StationStatus::Cancelled
                && d.status != StationStatus::NotSuitable)
                return false;
        return true;
    };
    int unplugEvents = 0; // rows the service showed as unplugged on the way
    int updates = 0;      // what the view had to draw
    QList<StationDevice> recorded;
    const auto recording = QObject::connect(&service, &StationService::deviceUpdated, [&](const StationDevice &d) {
        ++updates;
        recorded << d;
        unplugEvents += d.status == StationStatus::Unplugged ? 1 : 0;
    });
    QDeadlineTimer deadline(std::chrono::minutes(5));
    while (!settled() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    tick.stop();
    const double wallS = double(wall.elapsed()) / 1000.0;
    const double cpuS = cpuSeconds() - cpuBefore;
    sampling = false;
    sampler.join();
    // The replay below lets events run: a late update (a device seen again on the bus) must not
    // grow the list being replayed.
    QObject::disconnect(recording);
    const QList<StationDevice> replayed = recorded;

    int done = 0;
    for (const StationDevice &d : service.devices()) {
        done += d.status == StationStatus::Done ? 1 : 0;
        if (d.status != StationStatus::Done)
            std::printf("not-done: %s %s: %s %s\n", qPrintable(d.key), qPrintable(stationStatusName(d.status)),
                        qPrintable(d.error ? d.error->code : QString()), qPrintable(d.reason));
    }
    // The view's own share of the GUI thread: the same updates drawn again into a view of its own
    // (shown, so layouts and painting count), each timed.
    std::vector<double> viewMs;
    {
        ui::StationView replay;
        replay.setRecipe(recipe);
        replay.resize(1280, 960);
        replay.show();
        (void)QTest::qWaitForWindowExposed(&replay);
        for (const StationDevice &d : replayed) {
            QElapsedTimer t;
            t.start();
            replay.updateDevice(d);
            QCoreApplication::processEvents(); // its layout and paint
            viewMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("devices: %d boron 1.5.2 -> 2.2.0, timing model %s\n", count, timing ? "on" : "off");
    std::printf("done: %d of %d\n", done, count);
    std::printf("device-updates: %d (%.0f a second)\n", updates, updates / std::max(0.001, wallS));
    std::printf("unplugged-updates: %d\n", unplugEvents);
    std::printf("view-update-ms p50/p99/max (replayed): %.2f / %.2f / %.2f\n", percentile(viewMs, 50),
                percentile(viewMs, 99), viewMs.empty() ? -1.0 : *std::max_element(viewMs.begin(), viewMs.end()));
    std::printf("wall-s: %.1f\n", wallS);
    std::printf("latency-samples: %zu\n", lateMs.size());
    std::printf("latency-p50-ms: %.2f\n", percentile(lateMs, 50));
    std::printf("latency-p99-ms: %.2f\n", percentile(lateMs, 99));
    std::printf("latency-max-ms: %.2f\n", lateMs.empty() ? -1.0 : *std::max_element(lateMs.begin(), lateMs.end()));
    std::printf("rss-window-kb: %ld\n", rssWindowKb);
    std::printf("rss-with-devices-kb: %ld\n", rssDevicesKb);
    std::printf("rss-peak-kb: %ld\n", peakKb.load());
    std::printf("hwm-kb: %ld\n", statusKb("VmHWM"));
    // The virtual devices live in this process (their flash images) and would not in the app with
    // real devices: the peak without what making them added, as an estimate of the app's own.
    std::printf("rss-peak-without-virtual-devices-kb: %ld (estimate)\n", peakKb.load() - (rssDevicesKb - rssWindowKb));
    std::printf("cpu-s: %.2f (%.2f per device)\n", cpuS, cpuS / count);
    return done == count && !deadline.hasExpired() ? 0 : 1;
}
