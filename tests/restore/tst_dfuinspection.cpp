// A device found in DFU mode (issue 17): its modules read back over DFU UPLOAD give the same module
// table the device reports in normal mode, the plan writes only what is old, missing or damaged, a
// protected device is not read and the plan says why, and an unplug, a cancel or the time limit
// stop the reading with nothing written. Virtual devices on the in-process USB bus with the real
// Device OS binaries (the P2's system part, bootloaders: ModuleBuilder).
#include "dfurig.h"
#include "restore/deviceservice.h"
#include "restore/restoreengine.h"
#include "restore/restoreplanner.h"
#include "support/signalrecorder.h"
#include "usb/dfumodulereader.h"
#include "usb/usberror.h"
#include "version/deviceosversions.h"

#include <QSet>
#include <QTest>

using namespace dr;
using namespace dr::test;

namespace {

struct Recorder : RestoreObserver
{
    QList<RestoreProgress> updates;
    void progress(const RestoreProgress &p) override { updates.append(p); }
};

// One module as a comparable line: what both ways of reading must agree on. `as` is the module the
// other way reported: the checks it made (Device OS before 5.6 reports integrity and dependencies
// only, without sizes) are the ones compared.
QString describeModule(const InstalledModule &m, const InstalledModule &as)
{
    QStringList deps;
    for (const InstalledDependency &d : m.dependencies)
        deps << QStringLiteral("%1.%2>=%3").arg(d.functionCode).arg(d.index).arg(d.version);
    return QStringLiteral("f%1 #%2 %3 v%4 max%5 vc%6 vv%7 sha%8 deps[%9]")
        .arg(m.functionCode ? int(*m.functionCode) : -1)
        .arg(m.index)
        .arg(moduleStoreName(m.store))
        .arg(m.version)
        .arg(as.maxSize > 0 ? m.maxSize : 0)
        .arg(m.validityChecked & as.validityChecked)
        .arg(m.validityResult & as.validityChecked)
        .arg(as.userSha256.isEmpty() ? QString() : m.userSha256, deps.join(QLatin1Char(',')));
}

// Every main-store module of `i`, described as `other` reports the same module.
QStringList describeMain(const ModuleInspection &i, const ModuleInspection &other)
{
    QStringList out;
    for (const InstalledModule &m : i.modules) {
        if (m.isEmpty() || m.store != ModuleStore::Main)
            continue;
        const InstalledModule *o = other.find(*m.function(), m.index);
        out << describeModule(m, o ? *o : m);
    }
    out.sort();
    return out;
}

Result<ModuleInspection> readOverDfu(DfuRig &r, std::function<void(const DfuReadProgress &)> onProgress = {},
                                     const std::atomic_bool *cancel = nullptr,
                                     std::chrono::milliseconds limit = DfuModuleReader::kDefaultTimeLimit)
{
    auto list = r.usb->listDevices();
    if (!list.ok() || list->isEmpty())
        return makeError(QStringLiteral("test.no-device"), QStringLiteral("the device is not on the bus"));
    auto handle = r.usb->open(list->first());
    if (!handle.ok())
        return handle.error();
    DfuModuleReader reader(**handle, r.device->platform());
    reader.setProgress(std::move(onProgress));
    reader.setCancelFlag(cancel);
    reader.setTimeLimit(limit);
    return reader.read();
}

QSet<QString> flashedParts(const RestorePlan &plan)
{
    QSet<QString> parts;
    for (const PlanStep &s : plan.steps)
        if (s.kind == StepKind::Flash)
            parts.insert(s.part);
    return parts;
}

QString messages(const RestorePlan &plan)
{
    QStringList out;
    for (const PlanMessage &m : plan.messages)
        out << m.code + QStringLiteral(": ") + m.text;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestDfuInspection : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> bundle; // the corpus plus the P2's "5.9.0" modules

    struct Mixed
    {
        DfuRig rig;
        SemVer target;
        QSet<QString> expectedWrites; // the slots that are old, missing or damaged
    };

    // Flips a byte in the middle of the module the device holds at (function, index).
    static void damage(sim::VirtualDevice &d, ModuleFunction f, int index)
    {
        const auto m = d.module(f, index);
        if (!m || !m->module)
            qFatal("no module %d #%d to damage", int(f), index);
        flipByte(d, m->module->startAddress + quint32(m->module->size / 2));
    }

    // Each platform with a current, an old, a missing and a damaged module, in DFU mode.
    Mixed mixed(const QByteArray &name)
    {
        const Platform &p = platformNamed(name.constData());
        Mixed m;
        std::shared_ptr<sim::VirtualDevice> d;
        if (name == "photon") {
            d = makeVirtualDevice(p, SemVer(2, 2, 0));
            loadCorpusFile(*d, QStringLiteral("photon-bootloader@2.2.0+lto.bin"));
            loadCorpusFile(*d, QStringLiteral("photon-system-part1@2.2.0.bin"));
            loadCorpusFile(*d, QStringLiteral("photon-system-part2@1.5.2.bin")); // old
            damage(*d, ModuleFunction::Bootloader, 0);                             // damaged; no Tinker: missing
            m.target = SemVer(2, 2, 0);
            m.expectedWrites = {QStringLiteral("system-part2"), QStringLiteral("bootloader"), QStringLiteral("tinker")};
        } else if (name == "electron") {
            d = makeVirtualDevice(p, SemVer(2, 2, 0));
            loadCorpusFile(*d, QStringLiteral("electron-bootloader@2.2.0+lto.bin"));
            loadCorpusFile(*d, QStringLiteral("electron-system-part1@2.2.0.bin"));
            loadCorpusFile(*d, QStringLiteral("electron-system-part2@2.2.0.bin"));
            loadCorpusFile(*d, QStringLiteral("electron-system-part3@1.5.2.bin")); // old; no Tinker: missing
            damage(*d, ModuleFunction::SystemPart, 3); // damaged: the release's system-part1 (index 3)
            m.target = SemVer(2, 2, 0);
            m.expectedWrites = {QStringLiteral("system-part3"), QStringLiteral("system-part1"), QStringLiteral("tinker")};
        } else if (name == "boron") {
            d = makeVirtualDevice(p, SemVer(2, 2, 0));
            loadCorpusFile(*d, QStringLiteral("boron-bootloader@2.2.0.bin"));
            loadCorpusFile(*d, QStringLiteral("boron-system-part1@1.5.2.bin")); // old; no SoftDevice: missing
            loadCorpusFile(*d, QStringLiteral("tinker-0.8.0-rc.27-boron.bin"));
            damage(*d, ModuleFunction::UserPart, 1); // damaged
            m.target = SemVer(2, 2, 0);
            m.expectedWrites = {QStringLiteral("system-part1"), QStringLiteral("softdevice"), QStringLiteral("tinker")};
        } else if (name == "tracker") {
            d = makeVirtualDevice(p, SemVer(2, 2, 0));
            loadCorpusFile(*d, QStringLiteral("tracker-bootloader@2.2.0.bin"));
            loadCorpusFile(*d, QStringLiteral("tracker-softdevice@2.2.0.bin"));
            loadCorpusFile(*d, QStringLiteral("tracker-system-part1@2.0.0.bin")); // old; no Tinker: missing
            damage(*d, ModuleFunction::Bootloader, 0);                           // damaged
            m.target = SemVer(2, 2, 0);
            m.expectedWrites = {QStringLiteral("system-part1"), QStringLiteral("bootloader"), QStringLiteral("tinker")};
        } else if (name == "p2") {
            d = makeVirtualDevice(p, SemVer(5, 9, 0));
            loadModuleBytes(*d, p2Bootloader(2600), QStringLiteral("p2 bootloader 5.8.0")); // old
            loadModuleBytes(*d, p2SystemPart(5901), QStringLiteral("p2 system-part1 5.9.0"));
            loadCorpusFile(*d, QStringLiteral("tinker-5.0.0-p2.bin")); // grows down from 0x08600000
            damage(*d, ModuleFunction::UserPart, 1);                  // damaged; no prebootloader-part1: missing
            m.target = SemVer(5, 9, 0);
            m.expectedWrites = {QStringLiteral("bootloader"), QStringLiteral("prebootloader-part1"),
                                QStringLiteral("tinker")};
        } else {
            qFatal("no mix for %s", name.constData());
        }
        // It has run once (the Electron takes its bootloader from its system parts then), and is now
        // in DFU mode, blinking yellow.
        d->resetDevice(sim::DeviceMode::Normal);
        d->resetDevice(sim::DeviceMode::Dfu);
        m.rig = plugIn(d);
        return m;
    }

    static void platforms()
    {
        QTest::addColumn<QByteArray>("platform");
        for (const char *p : {"photon", "electron", "boron", "p2", "tracker"})
            QTest::newRow(p) << QByteArray(p);
    }

    RestorePlan plan(const ModuleInspection &inspection, const Platform &p, const SemVer &target)
    {
        PlanRequest req;
        req.platform = &p;
        req.device = inspection;
        req.target = target;
        req.bundle = &*bundle;
        return RestorePlanner::plan(req);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = FirmwareBundle::open(corpusDir());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text() + corpusMissingMessage()));
        bundle = std::move(*opened);
        const QString group = QStringLiteral("synthetic-p2-5.9.0");
        bundle->addFile(QStringLiteral("synthetic/p2-bootloader@5.9.0.bin"), group, p2Bootloader(2700));
        bundle->addFile(QStringLiteral("synthetic/p2-prebootloader-part1@5.9.0.bin"), group, p2Prebootloader(3));
        bundle->addFile(QStringLiteral("synthetic/p2-system-part1@5.9.0.bin"), group, p2SystemPart(5901));
        bundle->resolveReleases();
    }

    void dfuInspectionEqualsNormalModeAfterReset_data() { platforms(); }
    void dfuInspectionEqualsNormalModeAfterReset()
    {
        QFETCH(QByteArray, platform);
        Mixed m = mixed(platform);
        auto overDfu = readOverDfu(m.rig);
        QVERIFY2(overDfu.ok(), qPrintable(overDfu.ok() ? QString() : overDfu.error().text()));
        QCOMPARE(overDfu->source, ModuleInspection::Source::Dfu);
        QCOMPARE(overDfu->platformId, m.rig.device->platform().id);

        m.rig.device->resetDevice(sim::DeviceMode::Normal);
        QCOMPARE(m.rig.device->mode(), sim::DeviceMode::Normal); // system-part1 is sound: Device OS runs
        RestoreEngine engine(*m.rig.usb);
        auto running = engine.inspect(m.rig.device->deviceId());
        QVERIFY2(running.ok(), qPrintable(running.ok() ? QString() : running.error().text()));
        QCOMPARE(running->source, ModuleInspection::Source::ControlRequest);
        QCOMPARE(describeMain(*overDfu, *running), describeMain(*running, *overDfu));
        QCOMPARE(overDfu->systemDeviceOs(), running->systemDeviceOs());
    }

    void planWritesExactlyTheOldMissingAndDamagedModules_data() { platforms(); }
    void planWritesExactlyTheOldMissingAndDamagedModules()
    {
        QFETCH(QByteArray, platform);
        Mixed m = mixed(platform);
        auto overDfu = readOverDfu(m.rig);
        QVERIFY2(overDfu.ok(), qPrintable(overDfu.ok() ? QString() : overDfu.error().text()));
        const RestorePlan p = plan(*overDfu, m.rig.device->platform(), m.target);
        QVERIFY2(!p.refused(), qPrintable(messages(p)));
        QCOMPARE(flashedParts(p), m.expectedWrites);
        QVERIFY2(messages(p).contains(QLatin1String("plan.read-over-dfu")), qPrintable(messages(p)));
    }

    void deviceOsComesFromTheSystemPartsModuleVersion()
    {
        Mixed m = mixed("tracker"); // system-part1 of 2.0.0
        auto overDfu = readOverDfu(m.rig);
        QVERIFY2(overDfu.ok(), qPrintable(overDfu.ok() ? QString() : overDfu.error().text()));
        QCOMPARE(overDfu->systemDeviceOs(), std::optional<SemVer>(SemVer(2, 0, 0)));
        const RestorePlan p = plan(*overDfu, m.rig.device->platform(), m.target);
        QCOMPARE(p.current, std::optional<SemVer>(SemVer(2, 0, 0)));
    }

    void networkCoprocessorIsListedAsNotRead()
    {
        Mixed m = mixed("tracker");
        auto overDfu = readOverDfu(m.rig);
        QVERIFY2(overDfu.ok(), qPrintable(overDfu.ok() ? QString() : overDfu.error().text()));
        QCOMPARE(overDfu->notRead.size(), qsizetype(1));
        const UnreadModule &ncp = overDfu->notRead.first();
        QCOMPARE(ncp.part, QStringLiteral("ncp"));
        QCOMPARE(ncp.function(), ModuleFunction::NcpFirmware);
        QVERIFY2(ncp.reason.contains(QLatin1String("network co-processor")), qPrintable(ncp.reason));
        QVERIFY(!overDfu->find(ModuleFunction::NcpFirmware, 0)); // unknown, not reported as anything
    }

    void userFirmwareReadOverDfuIsKeptWhenItRunsOnTheTarget()
    {
        const Platform &p = platformNamed("boron");
        auto d = makeVirtualDevice(p, SemVer(2, 2, 0));
        for (const char *f : {"boron-bootloader@2.2.0.bin", "boron-softdevice@2.2.0.bin", "boron-system-part1@1.5.2.bin",
                              "tinker-0.8.0-rc.27-boron.bin"})
            loadCorpusFile(*d, QString::fromLatin1(f));
        d->resetDevice(sim::DeviceMode::Dfu);
        DfuRig r = plugIn(d);
        auto overDfu = readOverDfu(r);
        QVERIFY2(overDfu.ok(), qPrintable(overDfu.ok() ? QString() : overDfu.error().text()));
        const RestorePlan plan = this->plan(*overDfu, p, SemVer(2, 2, 0));
        QVERIFY2(!plan.refused(), qPrintable(messages(plan)));
        QCOMPARE(flashedParts(plan), QSet<QString>{QStringLiteral("system-part1")});
        QVERIFY2(messages(plan).contains(QLatin1String("keeps its user firmware")), qPrintable(messages(plan)));
    }

    void protectedDeviceIsNotReadAndThePlanWritesEveryPart()
    {
        const Platform &p = platformNamed("boron");
        auto d = makeVirtualDevice(p, SemVer(2, 2, 0), /*deviceProtected=*/true);
        ModuleSpec boot;
        boot.startAddress = 0x000F4000;
        boot.platformId = quint16(p.id);
        boot.functionCode = quint8(ModuleFunction::Bootloader);
        boot.index = 0;
        boot.version = 3100; // 6.2.0's: the bootloader knows Device Protection and says "sm=p"
        boot.payload = QByteArray(16000, char(0x42));
        loadModuleBytes(*d, ModuleBuilder::build(boot), QStringLiteral("protected bootloader"));
        loadCorpusFile(*d, QStringLiteral("boron-system-part1@2.2.0.bin"));
        d->resetDevice(sim::DeviceMode::Dfu);
        DfuRig r = plugIn(d);
        d->resetTimeAccount();

        auto overDfu = readOverDfu(r);
        QVERIFY(!overDfu.ok());
        QCOMPARE(overDfu.error().code, QString::fromLatin1(dfuinspecterror::Protected));
        QCOMPARE(d->timeAccount().bytesTransferred, quint64(0)); // not one UPLOAD

        PlanRequest req;
        req.platform = &p;
        req.deviceNotRead = overDfu.error().message;
        req.target = SemVer(2, 2, 0);
        req.bundle = &*bundle;
        const RestorePlan plan = RestorePlanner::plan(req);
        QSet<QString> release;
        for (const BundleModule *b : bundle->releaseModules(p.id, SemVer(2, 2, 0)))
            if (const ModuleSlot *s = p.slotFor(b->module.function(), b->module.index, b->module.mcuTarget, SemVer(2, 2, 0)))
                release.insert(s->name);
        release.insert(QStringLiteral("tinker"));
        QCOMPARE(flashedParts(plan), release);
        QVERIFY2(messages(plan).contains(QLatin1String("plan.modules-not-read"))
                     && messages(plan).contains(QLatin1String("Device Protection")),
                 qPrintable(messages(plan)));
    }

    void unplugWhileReadingGivesAClearErrorAndWritesNothing()
    {
        Mixed m = mixed("boron");
        auto device = m.rig.device;
        device->clearWriteLog();
        const quint64 writtenBefore = device->bytesWritten();
        auto overDfu = readOverDfu(m.rig, [device](const DfuReadProgress &) {
            if (device->isAttached())
                device->unplug(); // the cable comes out after the first bytes
        });
        QVERIFY(!overDfu.ok());
        QCOMPARE(overDfu.error().code, QString::fromLatin1(dfuinspecterror::Unplugged));
        QVERIFY2(overDfu.error().message.contains(QLatin1String("Nothing was written")), qPrintable(overDfu.error().text()));
        QCOMPARE(device->bytesWritten(), writtenBefore);
        QVERIFY(device->writeLog().isEmpty());
    }

    void cancelStopsTheReading()
    {
        Mixed m = mixed("boron");
        std::atomic_bool cancel{false};
        int reports = 0;
        auto overDfu = readOverDfu(
            m.rig, [&](const DfuReadProgress &) { cancel.store(++reports == 2); }, &cancel);
        QVERIFY(!overDfu.ok());
        QCOMPARE(overDfu.error().code, QString::fromLatin1(usberror::Cancelled));
        QCOMPARE(reports, 2);
    }

    void timeLimitStopsTheReading()
    {
        Mixed m = mixed("boron");
        m.rig.device->setTimingEnabled(true); // USB at the model's rate: system-part1 takes most of a second
        auto overDfu = readOverDfu(m.rig, {}, nullptr, std::chrono::milliseconds(100));
        QVERIFY(!overDfu.ok());
        QCOMPARE(overDfu.error().code, QString::fromLatin1(dfuinspecterror::TimedOut));
    }

    void engineInspectReadsADfuDeviceWithProgressAndLeavesItInDfu()
    {
        Mixed m = mixed("electron");
        Recorder rec;
        RestoreEngine engine(*m.rig.usb, &rec);
        auto inspection = engine.inspect(m.rig.device->deviceId());
        QVERIFY2(inspection.ok(), qPrintable(inspection.ok() ? QString() : inspection.error().text()));
        QCOMPARE(inspection->source, ModuleInspection::Source::Dfu);
        QVERIFY(rec.updates.size() > 2);
        for (const RestoreProgress &p : std::as_const(rec.updates))
            QCOMPARE(p.phase, RestorePhase::Inspecting);
        QVERIFY(rec.updates.last().done > 0);
        QCOMPARE(rec.updates.last().done, rec.updates.last().total);
        QCOMPARE(m.rig.device->mode(), sim::DeviceMode::Dfu);
    }

    void deviceServiceReadsADfuDeviceOnItsWorkerAndListsItsDeviceOs()
    {
        Mixed m = mixed("boron");
        DeviceService service(*m.rig.usb, 50);
        SignalRecorder<QString, ModuleInspection> inspected(&service, &DeviceService::inspected);
        SignalRecorder<QString, RestoreProgress> progress(&service, &DeviceService::inspectProgress);
        SignalRecorder<QList<DeviceSummary>> lists(&service, &DeviceService::devicesChanged);
        QVERIFY(lists.waitForCount(1, 5000));
        QCOMPARE(std::get<0>(lists.last()).value(0).deviceOs, QString()); // not read yet
        service.inspect(m.rig.device->deviceId());
        QVERIFY(inspected.waitForCount(1, 10000));
        QCOMPARE(std::get<1>(inspected.last()).source, ModuleInspection::Source::Dfu);
        QVERIFY(progress.count() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(std::get<0>(lists.last()).value(0).deviceOs, QStringLiteral("1.5.2"), 5000);
        QCOMPARE(std::get<0>(lists.last()).value(0).usb.mode, UsbDeviceMode::Dfu);
    }
};

QTEST_GUILESS_MAIN(TestDfuInspection)
#include "tst_dfuinspection.moc"
