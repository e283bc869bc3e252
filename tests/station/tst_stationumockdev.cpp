// The station through the real libusb: virtual devices presented by umockdev (each on its own USB
// port, re-enumerating with a new address on every reset) with their serial ports on ptys, one
// LibusbBackend shared by the station's monitor and every engine, as on a real hub.
#include "platform/platformdatabase.h"
#include "simulator/consolebehaviour.h"
#include "simulator/simulatedfleet.h"
#include "simulator/umockdevusbattachment.h"
#include "simulator/virtualserialconsole.h"
#include "station/stationservice.h"
#include "support/corpus.h"
#include "usb/libusbbackend.h"
#include "version/deviceosversions.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace dr;

class TestStationUmockdev : public QObject
{
    Q_OBJECT

    std::shared_ptr<const FirmwareBundle> bundle;

    // A hub of virtual devices on umockdev, their ptys, and a station on the real libusb.
    struct Hub
    {
        std::unique_ptr<sim::UmockdevUsbAttachment> bus;
        QList<std::shared_ptr<sim::VirtualDevice>> devices;
        std::vector<std::unique_ptr<sim::VirtualSerialPort>> ports;
        std::unique_ptr<LibusbBackend> usb; // after the attachment, gone before it (test-infra section 3)
        std::unique_ptr<StationService> station;
        QTemporaryDir folder;

        ~Hub()
        {
            station.reset();
            usb.reset();
            ports.clear();
            bus.reset();
        }
        QString portFor(const QString &id) const
        {
            QString found;
            int matches = 0;
            for (const auto &p : ports) {
                const auto d = p->console()->device();
                if (d->deviceId().compare(id, Qt::CaseInsensitive) == 0) return p->console()->slavePath();
                if (sim::usbSerialNumber(*d).compare(id, Qt::CaseInsensitive) == 0) {
                    found = p->console()->slavePath();
                    ++matches;
                }
            }
            return matches == 1 ? found : QString();
        }
    };

    std::unique_ptr<Hub> hub(const QString &spec)
    {
        auto h = std::make_unique<Hub>();
        auto attachment = sim::UmockdevUsbAttachment::create();
        if (!attachment.ok()) {
            qWarning("%s", qPrintable(attachment.error().text()));
            return nullptr;
        }
        h->bus = std::move(*attachment);
        auto specs = sim::parseSimulationSpecs(spec);
        auto devices = sim::SimulatedFleet::makeDevices(*specs, *bundle);
        if (!devices.ok()) {
            qWarning("%s", qPrintable(devices.error().text()));
            return nullptr;
        }
        for (const auto &d : *devices) {
            if (!h->bus->attach(d).ok()) return nullptr;
            auto port = sim::VirtualSerialPort::start(d);
            if (!port.ok()) return nullptr;
            h->ports.push_back(std::move(*port));
            h->devices << d;
        }
        auto usb = LibusbBackend::create();
        if (!usb.ok()) return nullptr;
        h->usb = std::move(*usb);
        h->station = std::make_unique<StationService>(*h->usb);
        h->station->setReleaseProvider(bundleReleases(bundle));
        Hub *raw = h.get();
        h->station->setSerialPortLookup([raw](const QString &id) { return raw->portFor(id); });
        h->station->setReportFolder(h->folder.path());
        h->station->setSimulated(true);
        return h;
    }

    static StationRecipe recipe(int platformId, const QString &target)
    {
        StationRecipe r;
        r.name = QStringLiteral("umockdev");
        r.platformId = platformId;
        r.targetVersion = target;
        r.userFirmware = UserFirmwareChoice::Auto;
        return r;
    }

    static bool settle(StationService &station, int rows, int ms)
    {
        QDeadlineTimer deadline(ms);
        for (;;) {
            bool done = station.devices().size() >= rows && !station.busy();
            for (const StationDevice &d : station.devices())
                done &= d.status != StationStatus::Waiting && d.status != StationStatus::Inspecting &&
                        d.status != StationStatus::Planning && d.status != StationStatus::Writing;
            if (done) return true;
            if (deadline.hasExpired()) return false;
            QTest::qWait(50);
        }
    }

    static QString describe(const QList<StationDevice> &rows)
    {
        QStringList out;
        for (const StationDevice &d : rows)
            out << QStringLiteral("%1 %2 %3 [%4]")
                       .arg(d.key, d.platformName, stationStatusName(d.status), d.reason);
        return out.join(QLatin1String("; "));
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

    void restoresMixedDevicesAtOnceThroughLibusb()
    {
        auto h =
            hub(QStringLiteral("boron@1.5.2,argon@1.5.2,photon@1.5.2,electron@2.0.0,boron@2.0.0,p1@1.5.0"));
        QVERIFY(h);
        h->station->setRecipe(recipe(-1, QStringLiteral("2.2.0")));
        h->station->startWatching(200);
        QVERIFY2(settle(*h->station, 6, 240000), qPrintable(describe(h->station->devices())));
        for (const auto &d : h->devices) {
            const StationDevice row = h->station->device(d->deviceId());
            QVERIFY2(row.status == StationStatus::Done, qPrintable(describe(h->station->devices())));
            QVERIFY(row.finalInspection.has_value());
            QCOMPARE(row.finalInspection->systemDeviceOs().value_or(SemVer()), SemVer(2, 2, 0));
            QCOMPARE(d->systemVersionString(), QStringLiteral("2.2.0"));
            QVERIFY(row.usbPortPath.startsWith(QStringLiteral("1-")));
        }
        QCOMPARE(h->station->counters().done, 6);
    }

    // Two Borons on the same plan re-enumerate (into DFU mode and out of it) at the same moments on
    // the real libusb: each engine finds its own by device ID, and each flash gets its own plan once.
    void twoBoronsReEnumeratingTogetherKeepTheirIdentitiesThroughLibusb()
    {
        auto h = hub(QStringLiteral("boron@1.5.2,boron@1.5.2"));
        QVERIFY(h);
        h->station->setRecipe(recipe(13, QStringLiteral("2.2.0")));
        h->station->startWatching(200);
        QVERIFY2(settle(*h->station, 2, 240000), qPrintable(describe(h->station->devices())));
        QSet<QString> ports;
        for (const auto &d : h->devices) {
            const StationDevice row = h->station->device(d->deviceId());
            QVERIFY2(row.status == StationStatus::Done, qPrintable(describe(h->station->devices())));
            QCOMPARE(d->bytesWritten(), row.progress.total);
            QCOMPARE(d->systemVersionString(), QStringLiteral("2.2.0"));
            ports.insert(row.usbPortPath);
        }
        QCOMPARE(ports.size(), 2);
        QCOMPARE(h->devices[0]->resetCount(), h->devices[1]->resetCount());
    }
};

QTEST_GUILESS_MAIN(TestStationUmockdev)
#include "tst_stationumockdev.moc"
