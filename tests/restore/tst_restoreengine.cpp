// Whole restores, end to end: planner + engine + the real protocol code (DfuSe downloader, control
// requests) against virtual devices on the in-process USB bus, with the real Device OS binaries.
// Each test starts from a device holding a real release, restores it, and checks what the device
// itself reports afterwards.
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreengine.h"
#include "restore/restoreplanner.h"
#include "simulator/inprocessusb.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QTest>

#include <thread>

using namespace dr;

namespace {

struct Recorder : RestoreObserver
{
    QList<RestoreProgress> updates;
    QStringList lines;
    QList<PersonPrompt> prompts;
    bool answer = true;
    std::function<void(const RestoreProgress &)> onProgress;

    void progress(const RestoreProgress &p) override
    {
        updates.append(p);
        if (onProgress)
            onProgress(p);
    }
    void log(const QString &l) override { lines << l; }
    bool askPerson(const PersonPrompt &p) override
    {
        prompts << p;
        return answer;
    }
};

QString describe(const RestoreOutcome &o)
{
    QString s = o.error ? o.error->text() : QStringLiteral("ok");
    s += QStringLiteral("\nstate: ") + o.deviceState;
    for (const QString &m : o.mismatches)
        s += QStringLiteral("\nmismatch: ") + m;
    return s;
}

} // namespace

class TestRestoreEngine : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> corpus;

    struct Rig
    {
        std::shared_ptr<sim::VirtualDevice> device;
        std::shared_ptr<sim::InProcessUsbBus> bus;
        std::unique_ptr<UsbBackend> usb;
    };

    // A virtual device holding every module of a real release (and Tinker), plugged into a bus.
    Rig rig(const char *platformName, const SemVer &release)
    {
        const Platform *p = PlatformDatabase::builtin().byName(QString::fromLatin1(platformName));
        if (!p)
            qFatal("no platform %s", platformName);
        sim::VirtualDeviceConfig config;
        config.platformId = p->id;
        config.deviceOs = release;
        auto created = sim::VirtualDevice::create(config);
        if (!created.ok())
            qFatal("virtual device: %s", qPrintable(created.error().text()));
        Rig r;
        r.device = *created;
        for (const BundleModule *b : corpus->releaseModules(p->id, release))
            if (b->module.function() != ModuleFunction::UserPart)
                if (auto loaded = r.device->loadModule(b->module); !loaded.ok())
                    qFatal("load %s: %s", qPrintable(b->fileName), qPrintable(loaded.error().text()));
        if (const BundleModule *t = corpus->tinkerFor(p->id, release))
            if (auto loaded = r.device->loadModule(t->module); !loaded.ok())
                qFatal("load %s: %s", qPrintable(t->fileName), qPrintable(loaded.error().text()));
        r.device->resetDevice(sim::DeviceMode::Normal); // it has booted once (the Electron installs its bootloader)
        r.bus = sim::InProcessUsbBus::create();
        r.bus->plug(r.device);
        r.usb = r.bus->backend();
        return r;
    }

    RestorePlan planFor(Rig &r, RestoreEngine &engine, const SemVer &target, const QString &model = {})
    {
        auto inspection = engine.inspect(r.device->deviceId());
        if (!inspection.ok())
            qFatal("inspect: %s", qPrintable(inspection.error().text()));
        PlanRequest req;
        req.platform = &r.device->platform();
        req.device = *inspection;
        req.target = target;
        req.bundle = &*corpus;
        req.options.modelSku = model;
        return RestorePlanner::plan(req);
    }

    // Restores and checks the device's own module table afterwards.
    void restoreAndVerify(const char *platformName, const SemVer &from, const SemVer &to, const QString &model = {},
                          int expectedStages = 1)
    {
        Rig r = rig(platformName, from);
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        const RestorePlan plan = planFor(r, engine, to, model);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        QCOMPARE(plan.stages, expectedStages);
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY2(o.success, qPrintable(describe(o)));
        QVERIFY(o.after.has_value());
        for (const InstalledModule &m : o.after->modules)
            if (!m.isEmpty() && m.store == ModuleStore::Main)
                QVERIFY2(m.allChecksPass(), qPrintable(QStringLiteral("%1 %2 fails").arg(*m.functionCode).arg(m.index)));
        const InstalledModule *sys = o.after->find(ModuleFunction::SystemPart, 1);
        QVERIFY(sys);
        QCOMPARE(sys->version, *DeviceOsVersionTable::builtin().systemVersionFor(to));
        QCOMPARE(r.device->mode(), sim::DeviceMode::Normal);
        QCOMPARE(int(rec.prompts.size()), expectedStages - 1);
        // Progress never went backwards and ended at the total.
        quint64 last = 0;
        for (const RestoreProgress &p : rec.updates) {
            QVERIFY(p.done >= last);
            last = p.done;
        }
        QCOMPARE(rec.updates.last().done, rec.updates.last().total);
        QCOMPARE(rec.updates.last().phase, RestorePhase::Done);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        corpus = std::move(*b);
    }

    void boronUpgrade() { restoreAndVerify("boron", SemVer(1, 5, 2), SemVer(2, 2, 0)); }
    void boronDowngradeAsBrn402GoesThrough152() { restoreAndVerify("boron", SemVer(2, 2, 0), SemVer(1, 5, 0), QStringLiteral("BRN402"), 2); }
    void boronDowngradeAsBrn404() { restoreAndVerify("boron", SemVer(2, 2, 0), SemVer(1, 5, 0), QStringLiteral("BRN404")); }
    void photonUpgrade() { restoreAndVerify("photon", SemVer(1, 5, 0), SemVer(2, 2, 0)); }
    void photonDowngrade() { restoreAndVerify("photon", SemVer(2, 2, 0), SemVer(1, 5, 2)); }
    void electronUpgrade() { restoreAndVerify("electron", SemVer(1, 5, 2), SemVer(2, 2, 0)); }
    void argonUpgrade() { restoreAndVerify("argon", SemVer(2, 0, 0), SemVer(2, 2, 0)); }
    void bsomUpgrade() { restoreAndVerify("bsom", SemVer(2, 0, 0), SemVer(2, 2, 0), QStringLiteral("B402")); }
    void trackerUpgrade() { restoreAndVerify("tracker", SemVer(2, 0, 0), SemVer(2, 2, 0), QStringLiteral("T404")); }

    void deviceAlreadyAtTargetWritesNothing()
    {
        Rig r = rig("boron", SemVer(2, 2, 0));
        RestoreEngine engine(*r.usb);
        const RestorePlan plan = planFor(r, engine, SemVer(2, 2, 0));
        QVERIFY(plan.nothingToWrite());
        const quint64 before = r.device->bytesWritten();
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY2(o.success, qPrintable(describe(o)));
        QCOMPARE(r.device->bytesWritten(), before);
    }

    void unplugMidWriteThenRunAgainCompletes()
    {
        Rig r = rig("boron", SemVer(1, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        engine.setTimeouts(RestoreTimeouts{std::chrono::milliseconds(1500), std::chrono::milliseconds(20000),
                                           std::chrono::milliseconds(5000)});
        const RestorePlan plan = planFor(r, engine, SemVer(2, 2, 0));
        // Unplugged half way through the system part (after the bootloader went in).
        r.device->injectFault(sim::Fault{sim::FaultKind::Unplug, r.device->bytesWritten() + 300000, 1});
        const RestoreOutcome broken = engine.run(plan, r.device->deviceId());
        QVERIFY(!broken.success);
        QVERIFY(broken.error.has_value());
        QVERIFY2(broken.deviceState.contains(QLatin1String("again")), qPrintable(broken.deviceState));

        // The person plugs it back in; it comes up in DFU mode (its system part is incomplete).
        r.device->clearFaults();
        r.device->replug(sim::DeviceMode::Dfu);
        PlanRequest req;
        req.platform = &r.device->platform();
        req.target = SemVer(2, 2, 0);
        req.bundle = &*corpus;
        const RestorePlan again = RestorePlanner::plan(req); // modules unknown: the device is in DFU mode
        QVERIFY(!again.refused());
        const RestoreOutcome fixed = engine.run(again, r.device->deviceId());
        QVERIFY2(fixed.success, qPrintable(describe(fixed)));
        for (const InstalledModule &m : fixed.after->modules)
            if (!m.isEmpty() && m.store == ModuleStore::Main)
                QVERIFY(m.allChecksPass());
    }

    void cancelStopsAtASafePointAndSaysWhere()
    {
        Rig r = rig("photon", SemVer(1, 5, 0));
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        const RestorePlan plan = planFor(r, engine, SemVer(2, 2, 0));
        rec.onProgress = [&](const RestoreProgress &p) {
            if (p.phase == RestorePhase::Writing && p.stepDone > 0)
                engine.cancel();
        };
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY(o.cancelled);
        QVERIFY(!o.success);
        QVERIFY2(o.deviceState.contains(QLatin1String("DFU mode")), qPrintable(o.deviceState));
        // Nothing outside the layout was attempted.
        for (const auto &w : r.device->writeLog())
            QCOMPARE(w.status, sim::MemoryStatus::Ok);
    }

    void buttonsAreTheLastWayIntoDfu()
    {
        Rig r = rig("photon", SemVer(1, 5, 0));
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        engine.setTimeouts(RestoreTimeouts{std::chrono::milliseconds(2000), std::chrono::milliseconds(20000),
                                           std::chrono::milliseconds(5000)});
        engine.setSerialPortLookup({}); // no serial port either
        const RestorePlan plan = planFor(r, engine, SemVer(2, 2, 0));
        // The device refuses the DFU request (as one without control requests would): the engine asks
        // the person, who holds MODE and taps RESET.
        r.device->injectFault(sim::Fault{sim::FaultKind::Stall, 0, -1});
        bool asked = false;
        rec.onProgress = [&](const RestoreProgress &p) {
            if (p.phase == RestorePhase::WaitingForPerson && !asked) {
                asked = true;
                r.device->clearFaults();
                r.device->enterDfu();
            }
        };
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY(asked);
        QVERIFY(!rec.prompts.isEmpty());
        QVERIFY2(rec.prompts.first().instruction.contains(QLatin1String("blinks yellow")), qPrintable(rec.prompts.first().instruction));
        QVERIFY2(o.success, qPrintable(describe(o)));
    }

    void serialPortAt14400BaudIsTheWayIntoDfuWhenRequestsFail()
    {
        Rig r = rig("photon", SemVer(1, 5, 0));
        auto port = sim::VirtualSerialPort::start(r.device); // the device's USB serial port, on a pty
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().text()));
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        engine.setSerialPortLookup([&](const QString &id) { return id == r.device->deviceId() ? (*port)->portPath() : QString(); });
        const RestorePlan plan = planFor(r, engine, SemVer(2, 2, 0));
        r.device->injectFault(sim::Fault{sim::FaultKind::Stall, 0, 1}); // the DFU request is refused
        // The console switches the device on its own thread; the bus follows through this thread's
        // event loop, so the engine runs on a worker as in the app.
        RestoreOutcome o;
        std::atomic_bool done{false};
        std::thread worker([&] {
            o = engine.run(plan, r.device->deviceId());
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 60000);
        worker.join();
        QVERIFY2(o.success, qPrintable(describe(o)));
        QVERIFY(rec.prompts.isEmpty()); // no buttons needed
        QVERIFY2(rec.lines.join(QLatin1Char('\n')).contains(QLatin1String("14400 baud")), qPrintable(rec.lines.join(QLatin1Char('\n'))));
    }

    void refusedPlanWritesNothing()
    {
        Rig r = rig("bsom", SemVer(2, 2, 0));
        RestoreEngine engine(*r.usb);
        const RestorePlan plan = planFor(r, engine, SemVer(2, 2, 0), QStringLiteral("B404"));
        QVERIFY(plan.refused());
        const quint64 before = r.device->bytesWritten();
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY(!o.success);
        QCOMPARE(o.error->code, QStringLiteral("restore.plan-refused"));
        QCOMPARE(r.device->bytesWritten(), before);
    }
};

QTEST_GUILESS_MAIN(TestRestoreEngine)
#include "tst_restoreengine.moc"
