// The engine and planner against a virtual device that boots like a real one (reference section 6,
// rows 1 and 2): a device that stays in DFU mode after leaving it, safe mode, and the order in which
// modules reach running Device OS. Planner + engine + the real protocol code on the in-process USB
// bus, with the real Device OS binaries. Each test names its row.
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreengine.h"
#include "restore/restoreplanner.h"
#include "simulator/inprocessusb.h"
#include "simulator/virtualdevice.h"
#include "support/corpus.h"
#include "usb/usberror.h"
#include "version/deviceosversions.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dr;

namespace {

struct Recorder : RestoreObserver
{
    QStringList lines;
    void log(const QString &l) override { lines << l; }
};

QString describe(const RestoreOutcome &o)
{
    QString s = o.error ? o.error->code + QLatin1Char(' ') + o.error->text() : QStringLiteral("ok");
    s += QStringLiteral("\nstate: ") + o.deviceState;
    for (const QString &m : o.mismatches)
        s += QStringLiteral("\nmismatch: ") + m;
    return s;
}

QStringList partsInOrder(const QList<PlanStep> &steps)
{
    QStringList out;
    for (const PlanStep &s : steps)
        if (s.kind == StepKind::Flash)
            out << s.part;
    return out;
}

} // namespace

class TestRestoreBoot : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> corpus;

    struct Rig
    {
        std::shared_ptr<sim::VirtualDevice> device;
        std::shared_ptr<sim::InProcessUsbBus> bus;
        std::unique_ptr<UsbBackend> usb;
    };

    // A virtual device holding every module of a real release and Tinker, started once, on a bus.
    Rig rig(const char *platformName, const SemVer &release)
    {
        const Platform *p = PlatformDatabase::builtin().byName(QString::fromLatin1(platformName));
        sim::VirtualDeviceConfig config;
        config.platformId = p->id;
        config.deviceOs = release;
        Rig r;
        r.device = *sim::VirtualDevice::create(config);
        for (const BundleModule *b : corpus->releaseModules(p->id, release))
            if (b->module.function() != ModuleFunction::UserPart)
                (void)r.device->loadModule(*b);
        if (const BundleModule *t = corpus->tinkerFor(p->id, release))
            (void)r.device->loadModule(*t);
        r.device->resetDevice(sim::DeviceMode::Normal);
        r.bus = sim::InProcessUsbBus::create();
        r.bus->plug(r.device);
        r.usb = r.bus->backend();
        return r;
    }

    PlanRequest requestFor(Rig &r, RestoreEngine &engine, const SemVer &target, bool allowDfu)
    {
        PlanRequest req;
        req.platform = &r.device->platform();
        if (auto inspection = engine.inspect(r.device->deviceId()); inspection.ok())
            req.device = *inspection;
        req.target = target;
        req.bundle = &*corpus;
        req.options.allowDfu = allowDfu;
        req.options.userFirmware = UserFirmwareChoice::Tinker;
        return req;
    }

    // Breaks the device's system-part1 in flash (one flipped byte: an interrupted write) and leaves
    // it in DFU mode, where the person found it.
    static void breakSystemPart(sim::VirtualDevice &d)
    {
        const auto part1 = d.module(ModuleFunction::SystemPart, 1);
        QVERIFY(part1 && part1->module);
        const quint32 at = part1->module->startAddress + 0x1000;
        QByteArray byte = d.peek(0, at, 1);
        byte[0] = char(~byte[0]);
        QVERIFY(d.load(0, at, byte).ok());
        d.resetDevice(sim::DeviceMode::Normal);
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

    // Row 1, end to end: a DFU write of a Boron's system part is interrupted (unplugged); plugged back
    // in, the device restarts and comes back in DFU mode (its bootloader will not start the broken
    // system part); running the restore again completes.
    void row1_interruptedDfuWriteComesBackInDfuAndRestoreAgainCompletes()
    {
        Rig r = rig("boron", SemVer(1, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        engine.setTimeouts(RestoreTimeouts{std::chrono::milliseconds(3000), std::chrono::milliseconds(20000),
                                           std::chrono::milliseconds(8000)});
        const RestorePlan plan = RestorePlanner::plan(requestFor(r, engine, SemVer(2, 2, 0), true));
        QVERIFY(!plan.refused());
        r.device->injectFault(sim::Fault{sim::FaultKind::Unplug, r.device->bytesWritten() + 300000, 1});
        const RestoreOutcome broken = engine.run(plan, r.device->deviceId());
        QVERIFY(!broken.success);

        r.device->clearFaults();
        r.device->replug(sim::DeviceMode::Normal); // plugged in: it restarts as it would
        QCOMPARE(r.device->mode(), sim::DeviceMode::Dfu);

        PlanRequest again;
        again.platform = &r.device->platform();
        again.target = SemVer(2, 2, 0);
        again.bundle = &*corpus;
        const RestorePlan second = RestorePlanner::plan(again); // modules unknown: it is in DFU mode
        QVERIFY(!second.refused());
        const RestoreOutcome fixed = engine.run(second, r.device->deviceId());
        QVERIFY2(fixed.success, qPrintable(describe(fixed)));
        QCOMPARE(r.device->mode(), sim::DeviceMode::Normal);
        QVERIFY(!r.device->safeMode());
    }

    // Row 1: a device that stays in DFU mode when it is asked to start Device OS, with only steps for
    // running Device OS left: the engine says which module failed and why, at once, without waiting
    // for a serial port or the re-enumeration timeout.
    void row1_stuckInDfuSaysWhichModuleFailedWithoutWaiting()
    {
        Rig r = rig("boron", SemVer(2, 2, 0));
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        engine.setTimeouts(RestoreTimeouts{std::chrono::milliseconds(20000), std::chrono::milliseconds(20000),
                                           std::chrono::milliseconds(20000)});
        const RestorePlan plan = RestorePlanner::plan(requestFor(r, engine, SemVer(2, 2, 0), false));
        QVERIFY(!plan.refused());
        // Tinker again over control requests, on a device whose system part then breaks.
        QVERIFY(!plan.steps.isEmpty());
        breakSystemPart(*r.device);
        QCOMPARE(r.device->mode(), sim::DeviceMode::Dfu);
        QElapsedTimer t;
        t.start();
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY(!o.success);
        QVERIFY(o.error);
        QCOMPARE(o.error->code, QStringLiteral("restore.stayed-in-dfu"));
        QVERIFY2(o.error->message.contains(QLatin1String("system-part1"))
                     && o.error->message.contains(QLatin1String("CRC")),
                 qPrintable(o.error->message));
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(o.deviceState.contains(QLatin1String("DFU")));
    }

    // Row 1: stuck in DFU mode before steps for running Device OS, the engine goes on with the plan
    // where it can: the DFU steps first (they write the system part again), then the rest.
    void row1_stuckInDfuWritesTheDfuStepsFirst()
    {
        Rig r = rig("boron", SemVer(1, 5, 2));
        Recorder rec;
        RestoreEngine engine(*r.usb, &rec);
        engine.setTimeouts(RestoreTimeouts{std::chrono::milliseconds(5000), std::chrono::milliseconds(20000),
                                           std::chrono::milliseconds(8000)});
        const RestorePlan plan = RestorePlanner::plan(requestFor(r, engine, SemVer(2, 2, 0), true));
        QVERIFY(!plan.refused());
        QCOMPARE(plan.steps.first().transport, StepTransport::ControlRequest); // the bootloader, on 1.5.2
        breakSystemPart(*r.device);
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY2(o.success, qPrintable(describe(o)));
        QStringList order;
        for (const StepRecord &s : o.steps)
            order << s.part;
        QVERIFY2(order.indexOf(QStringLiteral("system-part1")) < order.indexOf(QStringLiteral("bootloader")),
                 qPrintable(order.join(QLatin1Char(','))));
    }

    // Row 1: a restore that leaves a module whose dependency is not met ends in safe mode; the engine
    // recognises it and says which module needs what.
    void row1_safeModeIsRecognisedAndExplained()
    {
        Rig r = rig("boron", SemVer(1, 5, 2));
        RestoreEngine engine(*r.usb);
        RestorePlan plan = RestorePlanner::plan(requestFor(r, engine, SemVer(2, 2, 0), true));
        QVERIFY(!plan.refused());
        // The plan without its bootloader step (a bundle that lost it after planning, say).
        plan.steps.removeIf([](const PlanStep &s) { return s.function == ModuleFunction::Bootloader; });
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY(!o.success);
        QVERIFY(o.error);
        QCOMPARE(o.error->code, QStringLiteral("restore.safe-mode"));
        QVERIFY2(o.error->message.contains(QLatin1String("safe mode"))
                     && o.error->message.contains(QLatin1String("bootloader")),
                 qPrintable(o.error->message));
        QVERIFY(r.device->safeMode());
    }

    // Row 2, end to end: a Boron on 1.5.2 to 2.2.0 without DFU succeeds only because the bootloader goes
    // first (system-part1 2.2.0 names bootloader 1005 as dependency 1); the reverse order is refused by
    // the planner before anything is written, and a device sent it that way refuses with -1340.
    void row2_gen3NoDfuUpgradeSendsTheBootloaderFirst()
    {
        Rig r = rig("boron", SemVer(1, 5, 2));
        RestoreEngine engine(*r.usb);
        const PlanRequest req = requestFor(r, engine, SemVer(2, 2, 0), false);
        const RestorePlan plan = RestorePlanner::plan(req);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        const QStringList order = partsInOrder(plan.steps);
        QVERIFY2(order.indexOf(QStringLiteral("bootloader")) >= 0
                     && order.indexOf(QStringLiteral("bootloader")) < order.indexOf(QStringLiteral("system-part1")),
                 qPrintable(order.join(QLatin1Char(','))));
        QVERIFY(RestorePlanner::checkOrder(req, plan.steps).isEmpty());

        QList<PlanStep> reversed(plan.steps.rbegin(), plan.steps.rend());
        const QList<PlanMessage> refusals = RestorePlanner::checkOrder(req, reversed);
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().code, QStringLiteral("plan.dependency-deadlock"));
        QVERIFY2(refusals.first().text.contains(QLatin1String("-1340")), qPrintable(refusals.first().text));

        // A device sent the reverse order refuses the system part with -1340.
        RestorePlan wrong = plan;
        wrong.steps = reversed;
        const RestoreOutcome refused = engine.run(wrong, r.device->deviceId());
        QVERIFY(!refused.success);
        QVERIFY2(refused.error && refused.error->code.endsWith(QLatin1String("-1340")), qPrintable(describe(refused)));
        QCOMPARE(r.device->systemVersionString(), QStringLiteral("1.5.2"));

        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY2(o.success, qPrintable(describe(o)));
        QCOMPARE(r.device->systemVersionString(), QStringLiteral("2.2.0"));
    }

    // Row 2: a Gen 2 downgrade over control requests sends system part 2 before system part 1 (the
    // installed part 2 needs part 1 at its own version: Device OS refuses part 1 first).
    void row2_gen2DowngradeSendsPart2First()
    {
        Rig r = rig("photon", SemVer(2, 2, 0));
        RestoreEngine engine(*r.usb);
        const RestorePlan plan = RestorePlanner::plan(requestFor(r, engine, SemVer(1, 5, 2), false));
        QVERIFY2(!plan.refused(), qPrintable(plan.refusals().value(0).text));
        const QStringList order = partsInOrder(plan.steps);
        QVERIFY2(order.indexOf(QStringLiteral("system-part2")) < order.indexOf(QStringLiteral("system-part1")),
                 qPrintable(order.join(QLatin1Char(','))));
        const RestoreOutcome o = engine.run(plan, r.device->deviceId());
        QVERIFY2(o.success, qPrintable(describe(o)));
        QCOMPARE(r.device->systemVersionString(), QStringLiteral("1.5.2"));
    }

    // Row 2: the device's refusal codes read as a cause and a remedy.
    void row2_refusalCodesHaveCauseAndRemedy()
    {
        const Error dep = systemResultError(-1340, 251);
        QVERIFY2(dep.message.contains(QLatin1String("depends")), qPrintable(dep.message));
        QVERIFY2(dep.remedy.contains(QLatin1String("bootloader")), qPrintable(dep.remedy));
        const Error crc = systemResultError(-1330, 251);
        QVERIFY2(crc.message.contains(QLatin1String("CRC")), qPrintable(crc.message));
        QVERIFY(systemResultError(-1360, 251).message.contains(QLatin1String("platform")));
        QVERIFY(systemResultError(-1350, 251).message.contains(QLatin1String("slots")));
    }
};

QTEST_GUILESS_MAIN(TestRestoreBoot)
#include "tst_restoreboot.moc"
