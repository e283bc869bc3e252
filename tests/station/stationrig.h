// A station on virtual devices for the station tests: a fleet on the in-process bus (each device
// with its pty serial port), a StationService on it with the corpus as its releases and a report
// folder of its own, and waits that keep the test's event loop running.
#pragma once

#include "platform/platformdatabase.h"
#include "simulator/simulatedfleet.h"
#include "station/stationservice.h"
#include "support/corpus.h"

#include <QTemporaryDir>
#include <QTest>

namespace dr::test {

struct StationRig
{
    std::shared_ptr<const FirmwareBundle> bundle;
    std::unique_ptr<sim::SimulatedFleet> fleet;
    std::unique_ptr<StationService> station;
    QTemporaryDir folder;

    // Devices from a --simulate spec; more can be plugged later with plug().
    bool make(std::shared_ptr<const FirmwareBundle> b, const QString &spec, bool timing = false)
    {
        bundle = std::move(b);
        fleet = sim::SimulatedFleet::empty();
        if (!spec.isEmpty() && !plug(spec, timing)) return false;
        station = std::make_unique<StationService>(fleet->usb());
        station->setReleaseProvider(bundleReleases(bundle));
        station->setSerialPortLookup([f = fleet.get()](const QString &id) { return f->serialPortFor(id); });
        station->setReportFolder(folder.path());
        station->setSimulated(true);
        return true;
    }

    bool plug(const QString &spec, bool timing = false)
    {
        auto specs = sim::parseSimulationSpecs(spec);
        if (!specs.ok()) {
            qWarning("%s", qPrintable(specs.error().text()));
            return false;
        }
        auto devices = sim::SimulatedFleet::makeDevices(*specs, *bundle, timing);
        if (!devices.ok()) {
            qWarning("%s", qPrintable(devices.error().text()));
            return false;
        }
        return fleet->plug(*devices).ok();
    }

    static StationRecipe recipe(const QString &platform, const QString &target, bool autoStart = true)
    {
        StationRecipe r;
        r.name = QStringLiteral("test");
        r.platformId = platform.isEmpty() ? -1 : PlatformDatabase::builtin().byName(platform)->id;
        r.targetVersion = target;
        // Auto: an application the target runs stays (a device already at the target is only
        // inspected); Tinker would be written again every time.
        r.userFirmware = UserFirmwareChoice::Auto;
        r.autoStart = autoStart;
        return r;
    }

    StationDevice row(const std::shared_ptr<sim::VirtualDevice> &d) const
    {
        return station->device(d->deviceId());
    }

    // Waits (event loop running) until `done` holds.
    template <typename Pred> static bool waitFor(Pred done, int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!done()) {
            if (deadline.hasExpired()) return false;
            QTest::qWait(20);
        }
        return true;
    }

    bool waitForRows(int n, int ms = 10000)
    {
        return waitFor([&] { return station->devices().size() >= n; }, ms);
    }
    // Every row that was started has finished.
    bool waitUntilSettled(int ms)
    {
        return waitFor(
            [&] {
                if (station->busy()) return false;
                for (const StationDevice &d : station->devices())
                    if (d.status == StationStatus::Inspecting || d.status == StationStatus::Planning ||
                        d.status == StationStatus::Writing || d.status == StationStatus::NeedsPerson)
                        return false;
                return true;
            },
            ms);
    }
};

inline QString describe(const QList<StationDevice> &rows)
{
    QStringList out;
    for (const StationDevice &d : rows)
        out << QStringLiteral("%1 %2 %3 [%4 %5]")
                   .arg(d.key, d.platformName, stationStatusName(d.status),
                        d.error ? d.error->code : QString(), d.reason);
    return out.join(QLatin1String("; "));
}

} // namespace dr::test
