// DeviceService: all USB work on one worker thread, results as signals, the caller's thread free.
#include "platform/platformdatabase.h"
#include "restore/deviceservice.h"
#include "restore/restoreplanner.h"
#include "simulator/simulatedfleet.h"
#include "support/corpus.h"
#include "support/signalrecorder.h"
#include "syntheticphoton.h"
#include "version/deviceosversions.h"

#include <QTest>
#include <QTimer>

using namespace dr;

class TestDeviceService : public QObject
{
    Q_OBJECT

    std::shared_ptr<const FirmwareBundle> bundle;

    std::unique_ptr<sim::SimulatedFleet> fleet(const QString &spec)
    {
        auto specs = sim::parseSimulationSpecs(spec);
        if (!specs.ok())
            qFatal("%s", qPrintable(specs.error().text()));
        auto f = sim::SimulatedFleet::create(*specs, *bundle);
        if (!f.ok())
            qFatal("%s", qPrintable(f.error().text()));
        return std::move(*f);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        bundle = std::make_shared<const FirmwareBundle>(std::move(*b));
    }

    void listsDevicesWithTheirDeviceOs()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2,photon@2.2.0"));
        DeviceService service(f->usb(), 100);
        // The first list may come before the recorder was connected: ask for one more.
        test::SignalRecorder<QList<DeviceSummary>> changed(&service, &DeviceService::devicesChanged);
        service.refresh();
        QVERIFY(changed.waitForCount(1, 5000));
        const auto devices = std::get<0>(changed.last());
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices[0].deviceOs, QStringLiteral("1.5.2"));
        QCOMPARE(devices[1].deviceOs, QStringLiteral("2.2.0"));
        QCOMPARE(devices[0].usb.platform->id, 13);
    }

    void restoresOnTheWorkerWhileTheCallerStaysResponsive()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        f->devices().first()->setTimingEnabled(true); // real-ish erase/program times
        DeviceService service(f->usb(), 100);
        const QString id = f->devices().first()->deviceId();
        test::SignalRecorder<QString, ModuleInspection> inspected(&service, &DeviceService::inspected);
        service.inspect(id);
        QVERIFY(inspected.waitForCount(1, 5000));
        PlanRequest req;
        req.platform = PlatformDatabase::builtin().byId(13);
        req.device = std::get<1>(inspected.last());
        req.target = SemVer(2, 2, 0);
        req.bundle = bundle.get();
        const RestorePlan plan = RestorePlanner::plan(req);
        QVERIFY(!plan.refused());

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        test::SignalRecorder<RestoreProgress> progress(&service, &DeviceService::restoreProgress);
        test::SignalRecorder<RestoreOutcome> finished(&service, &DeviceService::restoreFinished);
        service.restore(plan, bundle, id);
        QVERIFY(finished.waitForCount(1, 120000));
        const RestoreOutcome outcome = std::get<0>(finished.last());
        QVERIFY2(outcome.success, qPrintable(outcome.error ? outcome.error->text() : QString()));
        QVERIFY(progress.count() > 3);
        // The caller's event loop ran all along (about one tick per 20 ms of the restore).
        QVERIFY2(ticks > int(outcome.milliseconds / 20 / 4), qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(outcome.milliseconds)));
    }

    void cancelStopsTheRestore()
    {
        auto f = fleet(QStringLiteral("photon@1.5.0"));
        f->devices().first()->setTimingEnabled(true);
        DeviceService service(f->usb(), 100);
        const QString id = f->devices().first()->deviceId();
        PlanRequest req;
        req.platform = PlatformDatabase::builtin().byId(6);
        req.target = SemVer(2, 2, 0);
        req.bundle = bundle.get();
        const RestorePlan plan = RestorePlanner::plan(req);
        test::SignalRecorder<RestoreOutcome> finished(&service, &DeviceService::restoreFinished);
        connect(&service, &DeviceService::restoreProgress, this, [&](const RestoreProgress &p) {
            if (p.phase == RestorePhase::Writing && p.stepDone > 0)
                service.cancelRestore();
        });
        service.restore(plan, bundle, id);
        QVERIFY(finished.waitForCount(1, 120000));
        const RestoreOutcome outcome = std::get<0>(finished.last());
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.deviceState.isEmpty());
    }

    // Photon 0.5.2 answers no control requests: its modules come from its console in listening mode,
    // on the pty the fleet gives it, which the system's serial port list never shows.
    void inspectsAnOldDeviceOverTheSerialPortTheLookupGives()
    {
        auto f = fleet(QStringLiteral("photon@0.5.2"));
        DeviceService service(f->usb(), 100);
        service.setSerialPortLookup([fl = f.get()](const QString &id) { return fl->serialPortFor(id); });
        const QString id = f->devices().first()->deviceId();
        test::SignalRecorder<QString, ModuleInspection> inspected(&service, &DeviceService::inspected);
        test::SignalRecorder<QString, Error> failed(&service, &DeviceService::inspectFailed);
        service.inspect(id);
        QTRY_VERIFY_WITH_TIMEOUT(inspected.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : std::get<1>(failed.at(0)).text()));
        QCOMPARE(std::get<0>(inspected.last()), id);
        const ModuleInspection inspection = std::get<1>(inspected.last());
        QCOMPARE(inspection.systemDeviceOs(), std::optional<SemVer>(SemVer(0, 5, 2)));
    }

    void withoutTheLookupTheOldDeviceCannotBeInspected()
    {
        auto f = fleet(QStringLiteral("photon@0.5.2"));
        DeviceService service(f->usb(), 100);
        test::SignalRecorder<QString, ModuleInspection> inspected(&service, &DeviceService::inspected);
        test::SignalRecorder<QString, Error> failed(&service, &DeviceService::inspectFailed);
        service.inspect(f->devices().first()->deviceId());
        QTRY_VERIFY_WITH_TIMEOUT(inspected.count() + failed.count() > 0, 30000);
        QVERIFY(inspected.isEmpty());
        QCOMPARE(failed.count(), 1);
    }

    void restoresAnOldPhotonOverYmodemWithoutDfu()
    {
        auto f = fleet(QStringLiteral("photon@0.5.2"));
        DeviceService service(f->usb(), 100);
        service.setSerialPortLookup([fl = f.get()](const QString &id) { return fl->serialPortFor(id); });
        const QString id = f->devices().first()->deviceId();
        test::SignalRecorder<QString, ModuleInspection> inspected(&service, &DeviceService::inspected);
        service.inspect(id);
        QVERIFY(inspected.waitForCount(1, 30000));
        // Over the serial path the system parts go through 0.7.0 (device-os PR 1426), which the
        // real binaries lack: synthetic 0.7.0 parts stand in for it.
        auto withRelease070 = std::make_shared<FirmwareBundle>(*bundle);
        for (const test::SyntheticFile &file : test::photon070())
            withRelease070->addFile(QStringLiteral("synthetic/") + file.fileName, QStringLiteral("synthetic-photon-0.7.0"),
                                    file.data);
        withRelease070->resolveReleases();
        PlanRequest req;
        req.platform = PlatformDatabase::builtin().byId(6);
        req.device = std::get<1>(inspected.last());
        req.target = SemVer(1, 5, 2);
        req.bundle = withRelease070.get();
        req.options.allowDfu = false;
        const RestorePlan plan = RestorePlanner::plan(req);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        for (const PlanStep &s : plan.steps)
            QVERIFY2(s.transport != StepTransport::Dfu, qPrintable(s.part));

        test::SignalRecorder<RestoreProgress> progress(&service, &DeviceService::restoreProgress);
        test::SignalRecorder<RestoreOutcome> finished(&service, &DeviceService::restoreFinished);
        test::SignalRecorder<PersonPrompt> prompts(&service, &DeviceService::personNeeded);
        service.restore(plan, withRelease070, id);
        QVERIFY(finished.waitForCount(1, 180000));
        const RestoreOutcome outcome = std::get<0>(finished.last());
        QVERIFY2(outcome.success, qPrintable(outcome.error ? outcome.error->text() + QLatin1Char(' ') + outcome.error->detail
                                                          : outcome.mismatches.join(QLatin1String("; "))));
        QVERIFY(prompts.isEmpty()); // the 28800-baud request put it in listening mode: no buttons
        bool listened = false;
        for (const auto &[p] : progress)
            listened |= p.phase == RestorePhase::EnteringListening;
        QVERIFY(listened);
        QVERIFY(outcome.after.has_value());
        QCOMPARE(outcome.after->systemDeviceOs(), std::optional<SemVer>(SemVer(1, 5, 2)));
    }
};

QTEST_GUILESS_MAIN(TestDeviceService)
#include "tst_deviceservice.moc"
