// The station service against virtual devices on the in-process bus (real Device OS binaries, each
// device with its serial port on a pty): several devices restored at once, each verified by its
// final inspection; faults, unplugs and identities kept apart per device; reports and the summary.
#include "stationrig.h"

#include "station/stationsummary.h"
#include "support/signalrecorder.h"
#include "version/deviceosversions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace dr;
using test::StationRig;

class TestStationService : public QObject
{
    Q_OBJECT

    std::shared_ptr<const FirmwareBundle> bundle;

    // Every module the plan's target release has for the device, at the version the device holds.
    static bool holdsRelease(const sim::VirtualDevice &d, const SemVer &v)
    {
        return d.systemVersionString() == v.toString();
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

    void restoresMixedDevicesAtOnceEachVerifiedByItsFinalInspection()
    {
        StationRig rig;
        QVERIFY(rig.make(
            bundle,
            QStringLiteral("boron@1.5.2,boron@1.5.2,argon@1.5.2,photon@1.5.2,electron@2.0.0,p1@1.5.0")));
        test::SignalRecorder<QString> summaries(rig.station.get(), &StationService::summaryWritten);
        rig.station->setRecipe(StationRig::recipe({}, QStringLiteral("2.2.0")));
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(6));
        QVERIFY2(rig.waitUntilSettled(300000), qPrintable(test::describe(rig.station->devices())));
        const QList<StationDevice> rows = rig.station->devices();
        QCOMPARE(rows.size(), 6);
        for (const StationDevice &d : rows) {
            QVERIFY2(d.status == StationStatus::Done, qPrintable(test::describe(rows)));
            QVERIFY(d.finalInspection.has_value());
            QCOMPARE(d.finalInspection->systemDeviceOs().value_or(SemVer()), SemVer(2, 2, 0));
            QCOMPARE(d.currentVersion, QStringLiteral("2.2.0"));
            QVERIFY(QFile::exists(d.reportPath));
        }
        for (const auto &d : rig.fleet->devices())
            QVERIFY(holdsRelease(*d, SemVer(2, 2, 0)));
        const StationCounters c = rig.station->counters();
        QCOMPARE(c.done, 6);
        QCOMPARE(c.failed, 0);
        QCOMPARE(c.inProgress, 0);
        QVERIFY(summaries.waitForCount(6, 5000));
    }
    void aFaultFailsItsDeviceWithTheReasonWhileTheOthersComplete()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,argon@1.5.2,boron@1.5.2,photon@1.5.2")));
        const auto faulty = rig.fleet->devices().at(1);
        faulty->injectFault({sim::FaultKind::WriteError, 100000, -1});
        rig.station->setRecipe(StationRig::recipe({}, QStringLiteral("2.2.0")));
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(4));
        QVERIFY2(rig.waitUntilSettled(300000), qPrintable(test::describe(rig.station->devices())));
        for (const auto &d : rig.fleet->devices()) {
            const StationDevice row = rig.row(d);
            if (d == faulty) {
                QCOMPARE(row.status, StationStatus::Failed);
                QVERIFY(row.error.has_value());
                QVERIFY2(row.error->code.startsWith(QStringLiteral("dfu.")), qPrintable(row.error->code));
                QVERIFY(!row.reason.isEmpty());
                QVERIFY(QFile::exists(row.reportPath));
            } else {
                QVERIFY2(row.status == StationStatus::Done,
                         qPrintable(test::describe(rig.station->devices())));
                QVERIFY(holdsRelease(*d, SemVer(2, 2, 0)));
            }
        }
        QCOMPARE(rig.station->counters().done, 3);
        QCOMPARE(rig.station->counters().failed, 1);
    }

    void aDeviceUnpluggedHalfWayKeepsItsRowAndCompletesAfterANewStart()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,boron@1.5.2")));
        RestoreTimeouts t;
        t.reenumerate = std::chrono::seconds(5);
        rig.station->setTimeouts(t);
        const auto pulled = rig.fleet->devices().at(0);
        const auto other = rig.fleet->devices().at(1);
        pulled->injectFault({sim::FaultKind::Unplug, 300000, 1});
        rig.station->setRecipe(StationRig::recipe(QStringLiteral("boron"), QStringLiteral("2.2.0")));
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(2));
        QVERIFY2(rig.waitUntilSettled(120000), qPrintable(test::describe(rig.station->devices())));
        StationDevice row = rig.row(pulled);
        QCOMPARE(row.status, StationStatus::Unplugged);
        QVERIFY(!row.attached);
        QVERIFY2(row.reason.startsWith(QStringLiteral("Unplugged during step")), qPrintable(row.reason));
        QCOMPARE(rig.row(other).status, StationStatus::Done);

        pulled->clearFaults();
        pulled->replug(sim::DeviceMode::Normal); // it boots where its half-written flash lets it
        QVERIFY(StationRig::waitFor([&] { return rig.row(pulled).attached; }, 5000));
        row = rig.row(pulled);
        QCOMPARE(row.status, StationStatus::Waiting); // no restart by itself: a person starts it
        QCOMPARE(rig.station->devices().size(), 2);   // the same row, not a new one
        QVERIFY(rig.station->start(row.key));
        QVERIFY(StationRig::waitFor([&] { return rig.row(pulled).status == StationStatus::Done; }, 120000));
        row = rig.row(pulled);
        QVERIFY(holdsRelease(*pulled, SemVer(2, 2, 0)));
        QStringList history;
        for (const StationEvent &e : row.history)
            history << e.text;
        QCOMPARE(history.filter(QStringLiteral("Restore started")).size(), 2);
        QCOMPARE(history.filter(QStringLiteral("Plugged in again")).size(), 1);
    }

    // Both Borons on the same plan, with real-device reset timing: their resets (into DFU, out of
    // it) come at the same moments, so each engine sees the other's re-enumeration beside its own.
    void twoBoronsReEnumeratingTogetherKeepTheirIdentities()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,boron@1.5.2")));
        for (const auto &d : rig.fleet->devices())
            d->setRealTiming(true);
        rig.station->setRecipe(StationRig::recipe(QStringLiteral("boron"), QStringLiteral("2.2.0")));
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(2));
        QVERIFY2(rig.waitUntilSettled(120000), qPrintable(test::describe(rig.station->devices())));
        for (const auto &d : rig.fleet->devices()) {
            const StationDevice row = rig.row(d);
            QVERIFY2(row.status == StationStatus::Done, qPrintable(test::describe(rig.station->devices())));
            QCOMPARE(row.deviceId, d->deviceId());
            // Exactly its own plan went into its flash: the bytes of every write step once.
            QCOMPARE(d->bytesWritten(), row.progress.total);
            QVERIFY(holdsRelease(*d, SemVer(2, 2, 0)));
            QCOMPARE(row.usbPortPath, QStringLiteral("1-%1").arg(rig.fleet->devices().indexOf(d) + 1));
        }
        QCOMPARE(rig.fleet->devices().at(0)->resetCount(), rig.fleet->devices().at(1)->resetCount());
    }

    void watchModeRestoresEachPluggedDeviceOnceAndOnlyInspectsOneAtTheTarget()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QString()));
        rig.station->setRecipe(StationRig::recipe(QStringLiteral("boron"), QStringLiteral("2.2.0")));
        test::SignalRecorder<QString> summaries(rig.station.get(), &StationService::summaryWritten);
        rig.station->startWatching(100);
        QVERIFY(rig.plug(QStringLiteral("boron@1.5.2")));
        QVERIFY(rig.waitForRows(1));
        QVERIFY(StationRig::waitFor([&] { return rig.station->counters().done == 1; }, 60000));
        QVERIFY(rig.plug(QStringLiteral("boron@2.2.0")));
        QVERIFY(rig.waitForRows(2));
        QVERIFY(StationRig::waitFor([&] { return rig.station->counters().done == 2; }, 60000));
        QVERIFY(rig.plug(QStringLiteral("boron@2.0.0")));
        QVERIFY(rig.waitForRows(3));
        QVERIFY(StationRig::waitFor([&] { return rig.station->counters().done == 3; }, 60000));
        QTest::qWait(500); // nothing more happens: no device is restored twice
        QVERIFY(summaries.waitForCount(3, 5000));
        QCOMPARE(summaries.count(), 3);
        const auto devices = rig.fleet->devices();
        QCOMPARE(rig.row(devices[0]).status, StationStatus::Done);
        QCOMPARE(rig.row(devices[1]).status, StationStatus::AlreadyAtTarget);
        QCOMPARE(devices[1]->bytesWritten(), quint64(0));
        QCOMPARE(devices[1]->resetCount(), 1); // its boot at plug-in only
        QCOMPARE(rig.row(devices[2]).status, StationStatus::Done);
        for (const auto &d : devices) {
            int starts = 0;
            for (const StationEvent &e : rig.row(d).history)
                starts += e.text == QLatin1String("Restore started") ? 1 : 0;
            QCOMPARE(starts, 1);
        }
        const auto entries = StationSummary(rig.station->reportFolder()).entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[1].result, QStringLiteral("already-at-target"));
        QCOMPARE(entries[1].from, QStringLiteral("2.2.0"));
        QCOMPARE(entries[1].deviceId, devices[1]->deviceId());

        // The technician takes a finished device off the hub: it stays done, and its row stays.
        devices[0]->unplug();
        QVERIFY(StationRig::waitFor([&] { return !rig.row(devices[0]).attached; }, 5000));
        QCOMPARE(rig.row(devices[0]).status, StationStatus::Done);
        QCOMPARE(rig.station->counters().done, 3);
        QCOMPARE(rig.station->devices().size(), 3);
    }

    void devicesTheRecipeDoesNotFitAreShownWithTheReasonAndLeftAlone()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,photon@1.5.2")));
        rig.station->setRecipe(StationRig::recipe(QStringLiteral("boron"), QStringLiteral("2.2.0")));
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(2));
        QVERIFY2(rig.waitUntilSettled(60000), qPrintable(test::describe(rig.station->devices())));
        const auto photon = rig.fleet->devices().at(1);
        const StationDevice row = rig.row(photon);
        QCOMPARE(row.status, StationStatus::NotSuitable);
        QVERIFY2(row.reason.contains(QStringLiteral("Boron")), qPrintable(row.reason));
        QCOMPARE(photon->bytesWritten(), quint64(0));
        QVERIFY(!rig.station->start(row.key));
        QCOMPARE(rig.station->counters().notSuitable, 1);
        QCOMPARE(rig.station->counters().done, 1);
    }

    // Device OS 0.5.x and its bootloader show a fixed USB serial number, not the device ID: in DFU
    // mode each such Photon is known by its USB port, and several are restored side by side.
    void oldGen2DevicesAreIdentifiedByTheirUsbPort()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("photon@0.5.2:dfu,photon@0.5.2:dfu")));
        rig.station->setRecipe(StationRig::recipe(QStringLiteral("photon"), QStringLiteral("1.5.2")));
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(2));
        QVERIFY2(rig.waitUntilSettled(120000), qPrintable(test::describe(rig.station->devices())));
        const QList<StationDevice> rows = rig.station->devices();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].key, QStringLiteral("port:1-1"));
        QCOMPARE(rows[1].key, QStringLiteral("port:1-2"));
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(rows[i].status == StationStatus::Done, qPrintable(test::describe(rows)));
            // Known by its ID once Device OS 1.5.2 shows it.
            QVERIFY(StationRig::waitFor(
                [&] {
                    return rig.station->device(rows[i].key).deviceId == rig.fleet->devices()[i]->deviceId();
                },
                5000));
            QVERIFY(holdsRelease(*rig.fleet->devices()[i], SemVer(1, 5, 2)));
        }
    }

    // Two Photons on 0.5.2, running: both show 00000000050C and neither says which serial port is
    // its own, so neither is guessed at: both stop with the reason, nothing written.
    void ambiguousOldGen2DevicesStopWithTheReason()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("photon@0.5.2,photon@0.5.2")));
        rig.station->setRecipe(StationRig::recipe(QStringLiteral("photon"), QStringLiteral("1.5.2")));
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(2));
        QVERIFY(StationRig::waitFor([&] { return rig.station->counters().failed == 2; }, 10000));
        for (const StationDevice &row : rig.station->devices()) {
            QCOMPARE(row.status, StationStatus::Failed);
            QCOMPARE(row.error->code, QStringLiteral("station.ambiguous-device"));
            QVERIFY2(row.reason.contains(QStringLiteral("00000000050C")), qPrintable(row.reason));
            QVERIFY(row.error->remedy.contains(QStringLiteral("DFU mode")));
        }
        for (const auto &d : rig.fleet->devices())
            QCOMPARE(d->bytesWritten(), quint64(0));
    }

    // A BRN402 going from 2.x down to 1.5.0 stops at 1.5.2 until the person has seen it connect to the
    // cellular network (the plan's prompt). The other Boron finishes meanwhile; the answer goes to
    // the waiting device alone.
    void aPersonPromptHoldsOnlyItsOwnDevice()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@2.2.0,boron@1.5.2")));
        const auto waiting = rig.fleet->devices().at(0);
        const auto other = rig.fleet->devices().at(1);
        StationRecipe recipe = StationRig::recipe(QStringLiteral("boron"), QStringLiteral("1.5.0"));
        recipe.allowedSkus = {QStringLiteral("BRN402")};
        rig.station->setRecipe(recipe);
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(2));
        QVERIFY2(
            StationRig::waitFor([&] { return rig.row(waiting).status == StationStatus::NeedsPerson; }, 60000),
            qPrintable(test::describe(rig.station->devices())));
        QVERIFY(rig.row(waiting).prompt.has_value());
        QVERIFY(rig.row(waiting).prompt->instruction.contains(QStringLiteral("1.5.2")));
        QVERIFY(StationRig::waitFor([&] { return rig.row(other).status == StationStatus::Done; }, 60000));
        QCOMPARE(rig.row(waiting).status, StationStatus::NeedsPerson); // still: nobody answered it
        QCOMPARE(waiting->systemVersionString(), QStringLiteral("1.5.2"));
        rig.station->answerPerson(other->deviceId(), true); // not the one waiting: changes nothing
        QTest::qWait(300);
        QCOMPARE(rig.row(waiting).status, StationStatus::NeedsPerson);
        rig.station->answerPerson(waiting->deviceId(), true);
        QVERIFY2(StationRig::waitFor([&] { return rig.row(waiting).status == StationStatus::Done; }, 60000),
                 qPrintable(test::describe(rig.station->devices())));
        QVERIFY(!rig.row(waiting).prompt.has_value());
        QVERIFY(holdsRelease(*waiting, SemVer(1, 5, 0)));
        QVERIFY(holdsRelease(*other, SemVer(1, 5, 0)));
    }

    void cancelStopsOneDeviceAndLeavesTheOthers()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,boron@1.5.2"), true));
        rig.station->setRecipe(StationRig::recipe(QStringLiteral("boron"), QStringLiteral("2.2.0")));
        const QString first = rig.fleet->devices().at(0)->deviceId();
        connect(rig.station.get(), &StationService::deviceUpdated, this, [&](const StationDevice &d) {
            if (d.key == first && d.status == StationStatus::Writing && d.progress.stepDone > 0)
                rig.station->cancel(first);
        });
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(2));
        QVERIFY2(rig.waitUntilSettled(300000), qPrintable(test::describe(rig.station->devices())));
        QCOMPARE(rig.station->device(first).status, StationStatus::Cancelled);
        QCOMPARE(rig.row(rig.fleet->devices().at(1)).status, StationStatus::Done);
        const auto entries = StationSummary(rig.station->reportFolder()).entries();
        QCOMPARE(entries.size(), 2);
    }

    void summaryFilesListEveryFinishedDevice()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,argon@2.2.0")));
        rig.fleet->devices().at(0)->injectFault({sim::FaultKind::EraseError, 0, -1});
        rig.station->setRecipe(StationRig::recipe({}, QStringLiteral("2.2.0")));
        test::SignalRecorder<QString> summaries(rig.station.get(), &StationService::summaryWritten);
        rig.station->startWatching(100);
        QVERIFY(rig.waitForRows(2));
        QVERIFY2(rig.waitUntilSettled(120000), qPrintable(test::describe(rig.station->devices())));
        QVERIFY(summaries.waitForCount(2, 5000));
        const QString csvPath = std::get<0>(summaries.last());
        QCOMPARE(csvPath, rig.station->reportFolder() + QStringLiteral("/summary.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], StationSummary::csvHeader());
        QFile json(rig.station->reportFolder() + QStringLiteral("/summary.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray devices =
            QJsonDocument::fromJson(json.readAll()).object().value(QLatin1String("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue &v : devices)
            byId.insert(v.toObject().value(QLatin1String("deviceId")).toString(), v.toObject());
        const QJsonObject failed = byId.value(rig.fleet->devices().at(0)->deviceId());
        QCOMPARE(failed.value(QLatin1String("platform")).toString(), QStringLiteral("boron"));
        QCOMPARE(failed.value(QLatin1String("from")).toString(), QStringLiteral("1.5.2"));
        QCOMPARE(failed.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QVERIFY2(failed.value(QLatin1String("errorCode")).toString().startsWith(QStringLiteral("dfu.")),
                 qPrintable(failed.value(QLatin1String("errorCode")).toString()));
        QVERIFY(failed.value(QLatin1String("durationMs")).toInteger() > 0);
        QVERIFY(QFile::exists(rig.station->reportFolder() + QLatin1Char('/') +
                              failed.value(QLatin1String("report")).toString()));
        const QJsonObject same = byId.value(rig.fleet->devices().at(1)->deviceId());
        QCOMPARE(same.value(QLatin1String("result")).toString(), QStringLiteral("already-at-target"));
        QCOMPARE(same.value(QLatin1String("to")).toString(), QStringLiteral("2.2.0"));
        QCOMPARE(same.value(QLatin1String("errorCode")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestStationService)
#include "tst_stationservice.moc"
