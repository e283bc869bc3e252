// Whole restores, end to end: planner + engine + the real protocol code (DfuSe downloader, control
// requests) against virtual devices on the in-process USB bus, with the real Device OS binaries.
// Each test starts from a device holding a real release, restores it, and checks what the device
// itself reports afterwards.
#include "firmware/modulebuilder.h"
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreengine.h"
#include "restore/restoreplanner.h"
#include "simulator/inprocessusb.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"
#include "support/corpus.h"
#include "syntheticphoton.h"
#include "version/deviceosversions.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
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
    // The real binaries plus synthetic Photon 0.7.0 system parts (the serial path goes through 0.7.0).
    std::optional<FirmwareBundle> corpusWith070;

    struct Rig
    {
        std::shared_ptr<sim::VirtualDevice> device;
        std::shared_ptr<sim::InProcessUsbBus> bus;
        std::unique_ptr<UsbBackend> usb;
    };

    // A virtual device holding every module of a real release (and Tinker), plugged into a bus; the
    // release comes from `bundle` (the real binaries when none is given).
    Rig rig(const char *platformName, const SemVer &release, const FirmwareBundle *bundle = nullptr,
            bool deviceProtected = false)
    {
        const FirmwareBundle &source = bundle ? *bundle : *corpus;
        const Platform *p = PlatformDatabase::builtin().byName(QString::fromLatin1(platformName));
        if (!p)
            qFatal("no platform %s", platformName);
        sim::VirtualDeviceConfig config;
        config.platformId = p->id;
        config.deviceOs = release;
        config.deviceProtected = deviceProtected;
        auto created = sim::VirtualDevice::create(config);
        if (!created.ok())
            qFatal("virtual device: %s", qPrintable(created.error().text()));
        Rig r;
        r.device = *created;
        for (const BundleModule *b : source.releaseModules(p->id, release))
            if (b->module.function() != ModuleFunction::UserPart)
                if (auto loaded = r.device->loadModule(*b); !loaded.ok())
                    qFatal("load %s: %s", qPrintable(b->fileName), qPrintable(loaded.error().text()));
        if (const BundleModule *t = source.tinkerFor(p->id, release))
            if (auto loaded = r.device->loadModule(*t); !loaded.ok())
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
        // Every wait for the device says how long it lasts at most (the page's stall note); moving
        // bytes are not a wait.
        for (const RestoreProgress &p : std::as_const(rec.updates)) {
            switch (p.phase) {
            case RestorePhase::Locating:
            case RestorePhase::EnteringDfu:
            case RestorePhase::LeavingDfu:
            case RestorePhase::EnteringListening:
            case RestorePhase::Rebooting:
                if (p.stepDone == 0) // a DFU transfer's bytes come under the phase before it
                    QVERIFY2(p.waitLimitMs > 0, qPrintable(restorePhaseName(p.phase) + QLatin1Char(' ') + p.message));
                break;
            case RestorePhase::Writing:
                QCOMPARE(p.waitLimitMs, qint64(0));
                break;
            default:
                break;
            }
        }
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

    // ---- the serial path: listening mode + YModem, for Device OS too old for control requests ----

    // A device of a real release with its USB serial port on a pty; the engine finds the port by ID.
    struct SerialRig
    {
        Rig usb;
        std::unique_ptr<sim::VirtualSerialPort> port;
    };
    SerialRig serialRig(const char *platformName, const SemVer &release)
    {
        SerialRig r{rig(platformName, release), {}};
        auto port = sim::VirtualSerialPort::start(r.usb.device);
        if (!port.ok())
            qFatal("pty: %s", qPrintable(port.error().text()));
        r.port = std::move(*port);
        return r;
    }
    static void useSerialPort(RestoreEngine &engine, SerialRig &r)
    {
        sim::VirtualSerialConsole *console = r.port->console();
        const QString id = r.usb.device->deviceId();
        engine.setSerialPortLookup([console, id](const QString &wanted) {
            return wanted.compare(id, Qt::CaseInsensitive) == 0 ? console->slavePath() : QString();
        });
    }
    static RestoreTimeouts shortTimeouts()
    {
        RestoreTimeouts t;
        t.reenumerate = std::chrono::milliseconds(8000);
        t.firmwareUpdate = std::chrono::milliseconds(30000);
        t.applyAndReboot = std::chrono::milliseconds(15000);
        t.listeningMode = std::chrono::milliseconds(3000);
        return t;
    }
    // The engine on a worker thread, as in the app; this thread keeps its event loop running.
    static RestoreOutcome runOnWorker(RestoreEngine &engine, const RestorePlan &plan, const QString &deviceId)
    {
        RestoreOutcome o;
        std::atomic_bool done{false};
        std::thread worker([&] {
            o = engine.run(plan, deviceId);
            done = true;
        });
        QElapsedTimer t;
        t.start();
        while (!done.load() && t.elapsed() < 300000)
            QTest::qWait(20);
        worker.join();
        return o;
    }
    RestorePlan serialPlan(RestoreEngine &engine, const QString &deviceId, const Platform &p, const SemVer &target,
                           const FirmwareBundle &bundle, bool force = false)
    {
        auto inspection = engine.inspect(deviceId); // over serial: no control requests on this Device OS
        if (!inspection.ok())
            qFatal("inspect: %s (%s)", qPrintable(inspection.error().text()), qPrintable(inspection.error().detail));
        PlanRequest req;
        req.platform = &p;
        req.device = *inspection;
        req.target = target;
        req.bundle = &bundle;
        req.options.allowDfu = false;
        req.options.force = force;
        return RestorePlanner::plan(req);
    }
    static void verifyAllPass(const RestoreOutcome &o, const SemVer &target)
    {
        QVERIFY2(o.success, qPrintable(describe(o)));
        QVERIFY(o.after.has_value());
        for (const InstalledModule &m : o.after->modules)
            if (!m.isEmpty() && m.store == ModuleStore::Main)
                QVERIFY2(m.allChecksPass(), qPrintable(QStringLiteral("%1 %2 fails").arg(*m.functionCode).arg(m.index)));
        const InstalledModule *sys = o.after->find(ModuleFunction::SystemPart, 1);
        QVERIFY(sys);
        QCOMPARE(sys->version, *DeviceOsVersionTable::builtin().systemVersionFor(target));
        QVERIFY(o.mismatches.isEmpty());
    }
    static QStringList applied(const sim::VirtualDevice &d)
    {
        QStringList out;
        for (const auto &u : d.appliedUpdates())
            out << QStringLiteral("%1%2@%3")
                       .arg(u.function == ModuleFunction::SystemPart   ? QStringLiteral("s")
                            : u.function == ModuleFunction::Bootloader ? QStringLiteral("b")
                                                                       : QStringLiteral("u"))
                       .arg(u.index)
                       .arg(u.version);
        return out;
    }

    // Synthetic Electron system parts for a release the real set lacks, with dependencies shaped
    // like the real 1.5.2 ones (part 3 -> part 2 of before, part 1 -> part 3, part 2 -> part 1).
    static void addSyntheticElectronRelease(FirmwareBundle &b, const SemVer &release, int version, int previous)
    {
        const Platform &p = *PlatformDatabase::builtin().byName(QStringLiteral("electron"));
        const bool threeParts = !(release < SemVer(0, 6, 0));
        QList<int> indexes{1, 2};
        if (threeParts)
            indexes << 3;
        auto dep = [](int index, int v) { return ModuleDependency{quint8(ModuleFunction::SystemPart), quint8(index), quint16(v)}; };
        for (int index : indexes) {
            const ModuleSlot *slot = p.slotFor(ModuleFunction::SystemPart, index, 0, release);
            QVERIFY(slot);
            ModuleSpec spec;
            spec.platformId = quint16(p.id);
            spec.functionCode = quint8(ModuleFunction::SystemPart);
            spec.index = quint8(index);
            spec.version = quint16(version);
            spec.startAddress = slot->bounds.start;
            spec.prefixOffset = 0x184;
            spec.payload = QByteArray(48 * 1024 + index * 1000, char(0x30 + index));
            if (threeParts)
                spec.dependency = index == 3 ? dep(2, previous) : index == 1 ? dep(3, version) : dep(1, version);
            else if (index == 2)
                spec.dependency = dep(1, version);
            b.addFile(QStringLiteral("synthetic/electron-%1@%2.bin").arg(slot->name, release.toString()),
                      QStringLiteral("synthetic-") + release.toString(), ModuleBuilder::build(spec));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        corpus = std::move(*b);
        corpusWith070 = *corpus;
        for (const test::SyntheticFile &f : test::photon070())
            corpusWith070->addFile(QStringLiteral("synthetic/") + f.fileName, QStringLiteral("synthetic-photon-0.7.0"), f.data);
        corpusWith070->resolveReleases();
        QVERIFY(corpusWith070->releasesFor(6).contains(SemVer(0, 7, 0)));
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

    // The bundle keeps what it checked, not the bytes: they are read when the restore starts. A file
    // that changed after the plan was made (another download over it, a damaged drive) stops the
    // restore before the first write.
    void binaryChangedAfterPlanningWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Platform *boron = PlatformDatabase::builtin().byName(QStringLiteral("boron"));
        QVERIFY(boron);
        for (const BundleModule *b : corpus->releaseModules(boron->id, SemVer(2, 2, 0)))
            QVERIFY(QFile::copy(b->path, dir.filePath(b->fileName)));
        auto copied = FirmwareBundle::open(dir.path());
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().text()));
        Rig r = rig("boron", SemVer(1, 5, 2));
        RestoreEngine engine(*r.usb);
        auto inspection = engine.inspect(r.device->deviceId());
        QVERIFY(inspection.ok());
        PlanRequest req;
        req.platform = boron;
        req.device = *inspection;
        req.target = SemVer(2, 2, 0);
        req.bundle = &*copied;
        const RestorePlan plan = RestorePlanner::plan(req);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        // The last module the plan writes: the restore must not even write the ones before it.
        const PlanStep *last = nullptr;
        for (const PlanStep &s : plan.steps)
            if (s.kind == StepKind::Flash)
                last = &s;
        QVERIFY(last && last->source);
        QFile f(last->source->path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        QVERIFY(f.seek(0) && f.write(bytes) == bytes.size());
        f.close();

        const quint64 before = r.device->bytesWritten();
        const qsizetype writesBefore = r.device->writeLog().size();
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY(!o.success);
        QVERIFY(o.error);
        QCOMPARE(o.error->code, QStringLiteral("bundle.changed"));
        QVERIFY2(o.error->message.contains(last->source->fileName), qPrintable(o.error->text()));
        QCOMPARE(r.device->bytesWritten(), before);
        QCOMPARE(r.device->writeLog().size(), writesBefore);

        // Put back, the same plan restores.
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size());
        f.close();
        const RestoreOutcome again = engine.run(plan, r.device->deviceId());
        QVERIFY2(again.success, qPrintable(describe(again)));
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

    void photonFrom052OverYmodemWithoutDfuGoesThrough070()
    {
        SerialRig r = serialRig("photon", SemVer(0, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb.usb, &rec);
        engine.setTimeouts(shortTimeouts());
        useSerialPort(engine, r);
        const Platform &photon = r.usb.device->platform();
        const RestorePlan plan = serialPlan(engine, r.usb.device->deviceId(), photon, SemVer(1, 5, 2), *corpusWith070);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        QCOMPARE(plan.stages, 2);
        QStringList transports;
        for (const PlanStep &s : plan.steps)
            transports << s.part + QLatin1Char(':') + stepTransportName(s.transport);
        QCOMPARE(transports.mid(0, 2), (QStringList{QStringLiteral("system-part1:YModem"), QStringLiteral("system-part2:YModem")}));
        QCOMPARE(r.usb.device->mode(), sim::DeviceMode::Normal); // inspect left listening mode again

        const RestoreOutcome o = runOnWorker(engine, plan, r.usb.device->deviceId());
        verifyAllPass(o, SemVer(1, 5, 2));
        // 0.7.0 first, then 1.5.2 (system parts 1, 2, then the bootloader), then Tinker.
        const QStringList took = applied(*r.usb.device);
        QCOMPARE(took.mid(0, 5), (QStringList{QStringLiteral("s1@207"), QStringLiteral("s2@207"),
                                              QStringLiteral("s1@1512"), QStringLiteral("s2@1512"),
                                              QStringLiteral("b0@502")}));
        QVERIFY(!r.usb.device->hardFaulted());
        QVERIFY(rec.prompts.isEmpty()); // the 28800-baud request did it, and the engine saw 0.7.0 start itself
        const QString log = rec.lines.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("28800 baud")), qPrintable(log));
        bool sawListening = false, sawBytes = false;
        quint64 last = 0;
        for (const RestoreProgress &p : rec.updates) {
            sawListening |= p.phase == RestorePhase::EnteringListening;
            sawBytes |= p.phase == RestorePhase::Writing && p.stepDone > 0 && p.stepDone < p.stepTotal;
            QVERIFY(p.done >= last);
            last = p.done;
        }
        QVERIFY(sawListening);
        QVERIFY(sawBytes); // byte progress during the YModem transfer
        QCOMPARE(rec.updates.last().done, rec.updates.last().total);
        QCOMPARE(r.usb.device->mode(), sim::DeviceMode::Normal);
    }

    void photonBelow070HardFaultsOnADirect080SystemPart1()
    {
        // The plan the planner made before it knew pull request 1426: 1.5.2 straight onto 0.5.2 over
        // YModem. The device takes system-part1, restarts into a hard fault and never comes back.
        SerialRig r = serialRig("photon", SemVer(0, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb.usb, &rec);
        RestoreTimeouts t = shortTimeouts();
        t.applyAndReboot = std::chrono::milliseconds(3000);
        engine.setTimeouts(t);
        useSerialPort(engine, r);
        Platform withoutPath = r.usb.device->platform();
        withoutPath.serialUpgradePath.clear();
        auto inspection = engine.inspect(r.usb.device->deviceId());
        QVERIFY(inspection.ok());
        PlanRequest req;
        req.platform = &withoutPath;
        req.device = *inspection;
        req.target = SemVer(1, 5, 2);
        req.bundle = &*corpus;
        req.options.allowDfu = false;
        RestorePlan direct = RestorePlanner::plan(req);
        // The planner itself refuses it now (part 1 needs part 2 >= 207 before it arrives) ...
        QVERIFY(direct.refused());
        QCOMPARE(direct.refusals().first().code, QStringLiteral("plan.dependency-deadlock"));
        // ... so strip the refusal to run it anyway and show what the device does.
        direct.messages.removeIf([](const PlanMessage &m) { return m.severity == Severity::Refusal; });
        QCOMPARE(direct.steps.first().part, QStringLiteral("system-part1"));
        QCOMPARE(direct.steps.first().toVersion, 1512);

        const RestoreOutcome o = runOnWorker(engine, direct, r.usb.device->deviceId());
        QVERIFY(!o.success);
        QVERIFY(o.error.has_value());
        QCOMPARE(o.error->code, QStringLiteral("restore.device-lost"));
        QCOMPARE(applied(*r.usb.device), QStringList{QStringLiteral("s1@1512")});
        QVERIFY(r.usb.device->hardFaulted());
        QVERIFY(!r.usb.device->isAttached());
        // Resets do not help while system-part2 is below 207; DFU mode (MODE + RESET) still works.
        r.usb.device->resetDevice(sim::DeviceMode::Normal);
        QVERIFY(r.usb.device->hardFaulted());
        r.usb.device->enterDfu();
        QVERIFY(!r.usb.device->hardFaulted());
        QVERIFY(r.usb.device->isAttached());
    }

    void electronFrom052OverYmodemThroughIntermediates()
    {
        // The real set has 0.5.2 and 1.5.2; the way goes through 0.5.5, 0.6.4, 0.7.0 and 1.2.1 (reference
        // 7.1), which only exist here as synthetic modules.
        FirmwareBundle bundle = *corpus;
        const qsizetype corpusProblems = bundle.problems().size();
        addSyntheticElectronRelease(bundle, SemVer(0, 5, 5), 23, 17);
        addSyntheticElectronRelease(bundle, SemVer(0, 6, 4), 110, 23);
        addSyntheticElectronRelease(bundle, SemVer(0, 7, 0), 207, 110);
        addSyntheticElectronRelease(bundle, SemVer(1, 2, 1), 1213, 207);
        bundle.resolveReleases();
        QVERIFY2(bundle.problems().size() == corpusProblems, qPrintable(bundle.problems().last().error.text()));

        SerialRig r = serialRig("electron", SemVer(0, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb.usb, &rec);
        engine.setTimeouts(shortTimeouts());
        useSerialPort(engine, r);
        const Platform &electron = r.usb.device->platform();
        // 1.5.2 is below the Electron models' recommended 2.2.0: go ahead anyway.
        const RestorePlan plan = serialPlan(engine, r.usb.device->deviceId(), electron, SemVer(1, 5, 2), bundle, true);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        QCOMPARE(plan.stages, 5);

        const RestoreOutcome o = runOnWorker(engine, plan, r.usb.device->deviceId());
        verifyAllPass(o, SemVer(1, 5, 2));
        // The device took every release in turn, each in dependency order (Device OS checks them from 0.6.0).
        const QStringList expected{
            QStringLiteral("s1@23"),   QStringLiteral("s2@23"),                             // 0.5.5
            QStringLiteral("s3@110"),  QStringLiteral("s1@110"),  QStringLiteral("s2@110"),  // 0.6.4
            QStringLiteral("s3@207"),  QStringLiteral("s1@207"),  QStringLiteral("s2@207"),  // 0.7.0
            QStringLiteral("s3@1213"), QStringLiteral("s1@1213"), QStringLiteral("s2@1213"), // 1.2.1
            QStringLiteral("s3@1512"), QStringLiteral("s1@1512"), QStringLiteral("s2@1512"), // 1.5.2
        };
        QCOMPARE(applied(*r.usb.device), expected);
        QVERIFY(rec.prompts.isEmpty()); // between releases the engine waits for the device itself
    }

    void cancelMidYmodemThenRunAgainCompletes()
    {
        SerialRig r = serialRig("photon", SemVer(0, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb.usb, &rec);
        engine.setTimeouts(shortTimeouts());
        useSerialPort(engine, r);
        const Platform &photon = r.usb.device->platform();
        const QString id = r.usb.device->deviceId();
        const RestorePlan plan = serialPlan(engine, id, photon, SemVer(1, 5, 2), *corpusWith070);
        QVERIFY(!plan.refused());
        // Cancelled a third of the way through the first YModem transfer.
        rec.onProgress = [&](const RestoreProgress &p) {
            if (p.phase == RestorePhase::Writing && p.step == 0 && p.stepDone > p.stepTotal / 3)
                engine.cancel();
        };
        const RestoreOutcome stopped = runOnWorker(engine, plan, id);
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.success);
        QVERIFY2(stopped.deviceState.contains(QLatin1String("between two YModem blocks"))
                     && stopped.deviceState.contains(QLatin1String("listening mode")),
                 qPrintable(stopped.deviceState));
        QVERIFY(r.usb.device->appliedUpdates().isEmpty()); // nothing was applied
        QVERIFY(!r.usb.device->firmwareUpdatePending());
        const auto part1 = r.usb.device->module(ModuleFunction::SystemPart, 1);
        QVERIFY(part1 && part1->valid() && part1->version == 17);
        // Give the device's receiver a moment to print its answer to CA CA, then run again.
        QTest::qWait(300);
        rec.onProgress = nullptr;
        r.usb.device->resetDevice(sim::DeviceMode::Normal); // the person pressed RESET, as the message says
        const RestorePlan again = serialPlan(engine, id, photon, SemVer(1, 5, 2), *corpusWith070);
        QVERIFY(!again.refused());
        const RestoreOutcome fixed = runOnWorker(engine, again, id);
        verifyAllPass(fixed, SemVer(1, 5, 2));
    }

    // Row 5: Device OS 0.5.2 says "Downloaded file successfully!" before it validates, and its
    // receiver checks no CRC: a block damaged on the way makes an invalid module that the device
    // drops after its restart. The engine finds that by inspecting the device, and sends it again.
    void row5_damagedYmodemTransferIsFoundByInspectionAndSentAgain()
    {
        SerialRig r = serialRig("photon", SemVer(0, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb.usb, &rec);
        engine.setTimeouts(shortTimeouts());
        useSerialPort(engine, r);
        const QString id = r.usb.device->deviceId();
        const RestorePlan plan = serialPlan(engine, id, r.usb.device->platform(), SemVer(1, 5, 2), *corpusWith070);
        QVERIFY(!plan.refused());
        r.usb.device->injectFault(sim::Fault{sim::FaultKind::DamagedBlock, r.usb.device->bytesWritten() + 64 * 1024, 1});
        const RestoreOutcome o = runOnWorker(engine, plan, id);
        verifyAllPass(o, SemVer(1, 5, 2));
        const QString log = rec.lines.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("Downloaded file successfully!")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("does not hold the system-part1 it was sent: its system-part1 is still version 17")),
                 qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("Sending the system-part1 again (attempt 2 of 2)")), qPrintable(log));
        // The damaged copy was never applied: the device took each module once, in order.
        QCOMPARE(applied(*r.usb.device).mid(0, 2), (QStringList{QStringLiteral("s1@207"), QStringLiteral("s2@207")}));
    }

    // Row 5: when every transfer arrives damaged the engine stops after the second one, says what the
    // device holds, and the device keeps running what it had.
    void row5_ymodemTransferDamagedEveryTimeStopsWithAClearError()
    {
        SerialRig r = serialRig("photon", SemVer(0, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb.usb, &rec);
        engine.setTimeouts(shortTimeouts());
        useSerialPort(engine, r);
        const QString id = r.usb.device->deviceId();
        const RestorePlan plan = serialPlan(engine, id, r.usb.device->platform(), SemVer(1, 5, 2), *corpusWith070);
        QVERIFY(!plan.refused());
        r.usb.device->injectFault(sim::Fault{sim::FaultKind::DamagedBlock, 0, -1});
        const RestoreOutcome o = runOnWorker(engine, plan, id);
        QVERIFY(!o.success);
        QVERIFY(o.error.has_value());
        QCOMPARE(o.error->code, QStringLiteral("restore.ymodem-not-applied"));
        QVERIFY2(o.error->message.contains(QLatin1String("system-part1")) && o.error->message.contains(QLatin1String("still version 17")),
                 qPrintable(o.error->message));
        QVERIFY(!o.error->remedy.isEmpty());
        QVERIFY2(o.error->detail.contains(QLatin1String("Downloaded file successfully!")), qPrintable(o.error->detail));
        QVERIFY(r.usb.device->appliedUpdates().isEmpty());
        const auto part1 = r.usb.device->module(ModuleFunction::SystemPart, 1);
        QVERIFY(part1 && part1->valid() && part1->version == 17);
    }

    // Row 6: a Photon on 0.5.2 shows "00000000050C" as its USB serial number. Chosen by what USB shows
    // (as the CLI does), it is found by platform and USB port, tells its ID over serial, and is restored.
    void row6_oldPhotonWithAFixedSerialNumberIsFoundByPortAndRestored()
    {
        SerialRig r = serialRig("photon", SemVer(0, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb.usb, &rec);
        engine.setTimeouts(shortTimeouts());
        sim::VirtualSerialConsole *console = r.port->console();
        const QString id = r.usb.device->deviceId();
        engine.setSerialPortLookup([console, id](const QString &wanted) { // as the system's port list shows it
            return wanted.compare(id, Qt::CaseInsensitive) == 0 || wanted.compare(QLatin1String("00000000050C"), Qt::CaseInsensitive) == 0
                       ? console->slavePath()
                       : QString();
        });
        auto listed = r.usb.usb->listDevices();
        QVERIFY(listed.ok() && listed->size() == 1);
        const QString shown = listed->first().deviceId;
        QCOMPARE(shown, QStringLiteral("00000000050c"));
        const RestorePlan plan = serialPlan(engine, shown, r.usb.device->platform(), SemVer(1, 5, 2), *corpusWith070);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        const RestoreOutcome o = runOnWorker(engine, plan, shown);
        verifyAllPass(o, SemVer(1, 5, 2));
        // Past 0.6.0 it shows its ID on USB; the engine followed it across that change.
        auto after = r.usb.usb->listDevices();
        QVERIFY(after.ok() && after->size() == 1);
        QCOMPARE(after->first().deviceId, id);
    }

    // Row 6: two old Photons both show "00000000050C": neither inspect nor restore guesses which is which.
    void row6_twoOldPhotonsWithTheSameSerialNumberAreNotGuessed()
    {
        SerialRig r = serialRig("photon", SemVer(0, 5, 2));
        RestoreEngine engine(*r.usb.usb);
        engine.setTimeouts(shortTimeouts());
        useSerialPort(engine, r);
        const QString id = r.usb.device->deviceId();
        const RestorePlan plan = serialPlan(engine, id, r.usb.device->platform(), SemVer(1, 5, 2), *corpusWith070);
        QVERIFY(!plan.refused());
        Rig other = rig("photon", SemVer(0, 5, 2));
        other.bus->remove(other.device);
        r.usb.bus->plug(other.device);
        const quint64 before = r.usb.device->bytesWritten() + other.device->bytesWritten();

        for (const QString &asked : {id, QStringLiteral("00000000050c")}) {
            auto inspection = engine.inspect(asked);
            QVERIFY(!inspection.ok());
            QCOMPARE(inspection.error().code, QStringLiteral("usb.ambiguous-device"));
            QVERIFY2(inspection.error().remedy.contains(QLatin1String("Unplug")), qPrintable(inspection.error().remedy));
        }
        const RestoreOutcome o = runOnWorker(engine, plan, id);
        QVERIFY(!o.success);
        QCOMPARE(o.error->code, QStringLiteral("usb.ambiguous-device"));
        QCOMPARE(r.usb.device->bytesWritten() + other.device->bytesWritten(), before);
        QVERIFY(r.usb.device->appliedUpdates().isEmpty() && other.device->appliedUpdates().isEmpty());
    }

    void deviceThatNeverListensAsksThePersonAndDecliningCancels()
    {
        SerialRig r = serialRig("photon", SemVer(0, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb.usb, &rec);
        engine.setTimeouts(shortTimeouts());
        useSerialPort(engine, r);
        const Platform &photon = r.usb.device->platform();
        const QString id = r.usb.device->deviceId();
        const RestorePlan plan = serialPlan(engine, id, photon, SemVer(1, 5, 2), *corpusWith070);
        QVERIFY(!plan.refused());
        // From now on the console stays silent: the 28800-baud request cannot help.
        r.usb.device->injectFault(sim::Fault{sim::FaultKind::Silence, 0, -1});
        rec.answer = false;
        const quint64 before = r.usb.device->bytesWritten();
        const RestoreOutcome o = runOnWorker(engine, plan, id);
        QVERIFY(o.cancelled);
        QCOMPARE(rec.prompts.size(), 1);
        QVERIFY2(rec.prompts.first().instruction.contains(QLatin1String("blinks dark blue")),
                 qPrintable(rec.prompts.first().instruction));
        QVERIFY2(rec.prompts.first().instruction.contains(QLatin1String("MODE")), qPrintable(rec.prompts.first().instruction));
        QCOMPARE(r.usb.device->bytesWritten(), before); // nothing written
        QVERIFY(r.usb.device->appliedUpdates().isEmpty());
        QVERIFY2(o.deviceState.contains(QLatin1String("Nothing has been written")), qPrintable(o.deviceState));
    }

    // device-os-behaviour.md row 7, end to end: Gen 2 Device OS 1.0.1 has no requests 20, 30 and 72 and
    // answers 90 with JSON text; the engine inspects it and updates it over control requests anyway.
    void electron101IsRestoredOverControlRequests()
    {
        FirmwareBundle bundle = *corpus;
        addSyntheticElectronRelease(bundle, SemVer(1, 0, 1), 1002, 207);
        addSyntheticElectronRelease(bundle, SemVer(1, 2, 1), 1213, 1002);
        bundle.resolveReleases();
        Rig r = rig("electron", SemVer(1, 0, 1), &bundle);
        QCOMPARE(r.device->systemVersionString(), QStringLiteral("1.0.1"));
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        engine.setTimeouts(shortTimeouts());
        auto inspection = engine.inspect(r.device->deviceId());
        QVERIFY2(inspection.ok(), qPrintable(inspection.ok() ? QString() : inspection.error().text()));
        QCOMPARE(inspection->source, ModuleInspection::Source::ControlRequest); // the JSON form, decoded
        const InstalledModule *part = inspection->find(ModuleFunction::SystemPart, 1);
        QVERIFY(part);
        QCOMPARE(part->version, 1002);
        PlanRequest req;
        req.platform = &r.device->platform();
        req.device = *inspection;
        req.target = SemVer(1, 2, 1);
        req.bundle = &bundle;
        req.options.allowDfu = false;
        req.options.force = true; // below the Electron models' recommended 2.2.0
        const RestorePlan plan = RestorePlanner::plan(req);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        for (const PlanStep &s : plan.steps)
            if (s.kind == StepKind::Flash)
                QCOMPARE(s.transport, StepTransport::ControlRequest);
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        verifyAllPass(o, SemVer(1, 2, 1));
        QCOMPARE(applied(*r.device), (QStringList{QStringLiteral("s3@1213"), QStringLiteral("s1@1213"),
                                                  QStringLiteral("s2@1213")}));
    }

    // device-os-behaviour.md row 19, end to end: a device with Device Protection on is refused with the
    // reason, before anything is written; the plan says the same when it is known.
    void protectedDeviceIsRefusedWithTheReasonBeforeAnyWrite()
    {
        // Without a system part it can start, the device stays in DFU mode (the boot model): the engine
        // reads the protected bootloader's state before any write. (The normal-mode refusals, -1801
        // and request 76, are in tst_deviceosusb: no 6.x system part exists in the real binaries.)
        Rig r = rig("boron", SemVer(6, 2, 0), nullptr, true);
        RestoreEngine engine(*r.usb);
        engine.setTimeouts(shortTimeouts());
        {
            PlanRequest req;
            req.platform = &r.device->platform();
            req.target = SemVer(2, 2, 0);
            req.bundle = &*corpus;
            const RestorePlan plan = RestorePlanner::plan(req);
            QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
            const RestoreOutcome o = engine.run(plan, r.device->deviceId());
            QVERIFY(!o.success);
            QVERIFY(o.error);
            QCOMPARE(o.error->code, QStringLiteral("device.protected"));
            QVERIFY(o.error->message.contains(QStringLiteral("Device Protection")));
            QVERIFY(!o.error->remedy.isEmpty());
            QVERIFY(r.device->writeLog().isEmpty());
            QVERIFY(r.device->appliedUpdates().isEmpty());
        }
        PlanRequest req;
        req.platform = &r.device->platform();
        req.target = SemVer(2, 2, 0);
        req.bundle = &*corpus;

        req.options.deviceProtected = true;
        const RestorePlan refused = RestorePlanner::plan(req);
        QVERIFY(refused.refused());
        QCOMPARE(refused.refusals().value(0).code, QStringLiteral("plan.device-protected"));
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
