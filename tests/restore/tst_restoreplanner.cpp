// The restore planner's rules, one behaviour per test, on the real Device OS binaries of the corpus
// (as a bundle folder) and synthetic modules only where the real set lacks a release.
#include "firmware/modulebuilder.h"
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreplanner.h"
#include "support/corpus.h"
#include "syntheticphoton.h"
#include "version/deviceosversions.h"

#include <QTest>

using namespace dr;

namespace {

const Platform &platform(const char *name)
{
    const Platform *p = PlatformDatabase::builtin().byName(QString::fromLatin1(name));
    if (!p)
        qFatal("platform %s missing from the database", name);
    return *p;
}

// Plan options, fluently.
struct Opts : PlanOptions
{
    Opts &model(const QString &sku)
    {
        modelSku = sku;
        return *this;
    }
    Opts &file(const BundleModule &b)
    {
        userFirmware = UserFirmwareChoice::File;
        userFile = b;
        return *this;
    }
    Opts &forced()
    {
        force = true;
        return *this;
    }
    Opts &noDfu()
    {
        allowDfu = false;
        return *this;
    }
    Opts &protectedDevice()
    {
        deviceProtected = true;
        return *this;
    }
};

// Steps as "part:transport:mode" strings, in order, for compact assertions.
QStringList stepList(const RestorePlan &plan)
{
    QStringList out;
    for (const PlanStep &s : plan.steps) {
        switch (s.kind) {
        case StepKind::Flash:
            out << QStringLiteral("%1@%2:%3").arg(s.part).arg(s.toVersion).arg(stepTransportName(s.transport));
            break;
        case StepKind::InvalidateFormerUserPart:
            out << QStringLiteral("invalidate:%1").arg(s.part);
            break;
        case StepKind::WaitForConnection:
            out << QStringLiteral("wait-for-connection");
            break;
        case StepKind::WaitForReboot:
            out << QStringLiteral("wait-for-reboot:%1").arg(s.toDeviceOs->toString());
            break;
        }
    }
    return out;
}

QStringList codes(const RestorePlan &plan, Severity s)
{
    QStringList out;
    for (const PlanMessage &m : plan.messages)
        if (m.severity == s)
            out << m.code;
    return out;
}

QString describe(const RestorePlan &plan)
{
    QString out = stepList(plan).join(QLatin1String("\n  "));
    for (const PlanMessage &m : plan.messages)
        out += QStringLiteral("\n  [%1] %2: %3").arg(severityName(m.severity), m.code, m.text);
    return out;
}

} // namespace

class TestRestorePlanner : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> corpus;

    // The device as it would be after a clean restore to `version` (every release module of the
    // corpus, valid), with the given user firmware.
    ModuleInspection deviceAt(const Platform &p, const SemVer &version, const FirmwareModule *user = nullptr)
    {
        return corpus->inspectionAfterRestore(p.id, version, user);
    }
    const FirmwareModule &tinker(const Platform &p)
    {
        const auto list = corpus->tinkerFor(p.id);
        if (list.isEmpty())
            qFatal("no tinker for %s in the corpus", qPrintable(p.name));
        return list.first()->module;
    }
    RestorePlan plan(const Platform &p, std::optional<ModuleInspection> device, const SemVer &target,
                     PlanOptions options = {}, const FirmwareBundle *bundle = nullptr)
    {
        PlanRequest r;
        r.platform = &p;
        r.device = std::move(device);
        r.target = target;
        r.bundle = bundle ? bundle : &*corpus;
        r.options = std::move(options);
        return RestorePlanner::plan(r);
    }
    // A user app built for `systemVersion` (it depends on system part 1 >= that version).
    BundleModule appFor(const Platform &p, int systemVersion, int index = 1, const QString &name = QStringLiteral("app.bin"))
    {
        ModuleSpec spec;
        const ModuleSlot *slot = p.slotFor(ModuleFunction::UserPart, index);
        if (!slot)
            qFatal("no user slot %d on %s", index, qPrintable(p.name));
        spec.platformId = quint16(p.id);
        spec.functionCode = quint8(ModuleFunction::UserPart);
        spec.index = quint8(index);
        spec.version = 6;
        spec.startAddress = slot->bounds.start;
        spec.dependency = {quint8(ModuleFunction::SystemPart), quint8(p.generation == 2 && p.id != 10 ? 2 : 1),
                           quint16(systemVersion)};
        spec.payload = QByteArray(2048, '\x5a');
        spec.productId = quint16(p.id);
        spec.productVersion = 1;
        FirmwareBundle b;
        b.addFile(name, QStringLiteral("app"), ModuleBuilder::build(spec));
        if (b.modules().size() != 1)
            qFatal("synthetic app did not parse: %s",
                   b.problems().isEmpty() ? "?" : qPrintable(b.problems().first().error.text()));
        return b.modules().first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PlatformDatabase::loadBuiltin().ok(), "platform database");
        QVERIFY2(DeviceOsVersionTable::loadBuiltin().ok(), "version table");
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().text() + QLatin1Char(' ') + test::corpusMissingMessage()));
        corpus = std::move(*b);
    }

    void bundleTiesModulesToReleases()
    {
        const Platform &boron = platform("boron");
        QCOMPARE(corpus->releasesFor(boron.id).first(), SemVer(2, 2, 0));
        const BundleModule *sd = corpus->find(boron.id, ModuleFunction::RadioStack, 0, SemVer(2, 2, 0));
        QVERIFY(sd);
        QCOMPARE(sd->fileName, QStringLiteral("boron-softdevice@2.2.0.bin"));
        QCOMPARE(sd->releaseBasis, QStringLiteral("file name"));
        // The Electron's "system-part1" file is module index 3: found by its prefix, not its name.
        const Platform &electron = platform("electron");
        const BundleModule *idx3 = corpus->find(electron.id, ModuleFunction::SystemPart, 3, SemVer(2, 2, 0));
        QVERIFY(idx3);
        QCOMPARE(idx3->fileName, QStringLiteral("electron-system-part1@2.2.0.bin"));
        QCOMPARE(idx3->module.startAddress, 0x08060000u);
        QCOMPARE(idx3->releaseBasis, QStringLiteral("system module version 2202"));
        // Files that are not modules are problems, not modules.
        bool sawDeepUpdate = false;
        for (const BundleProblem &pr : corpus->problems())
            sawDeepUpdate |= pr.path.endsWith(QLatin1String("deep_update_2014_06.bin"));
        QVERIFY(sawDeepUpdate);
    }

    void versionFromFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::newRow("release") << "boron-system-part1@2.2.0.bin" << "2.2.0";
        QTest::newRow("lto") << "photon-bootloader@2.2.0+lto.bin" << "2.2.0";
        QTest::newRow("rc") << "boron-bootloader@1.0.1-rc.1.bin" << "1.0.1-rc.1";
        QTest::newRow("old style") << "system-part1-0.5.2-photon.bin" << "0.5.2";
        QTest::newRow("tinker rc") << "tinker-0.8.0-rc.27-argon.bin" << "0.8.0-rc.27";
        QTest::newRow("tinker p2") << "tinker-5.0.0-p2.bin" << "5.0.0";
        QTest::newRow("none") << "photon_tinker.bin" << "";
    }
    void versionFromFileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, version);
        const auto v = FirmwareBundle::versionFromFileName(name);
        QCOMPARE(v.has_value(), !version.isEmpty());
        if (v)
            QCOMPARE(*v, *SemVer::parse(version));
    }

    void boronUpgradeSendsBootloaderFirstThenDfu()
    {
        const Platform &boron = platform("boron");
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(1, 5, 2), &tinker(boron)), SemVer(2, 2, 0));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        // 1.5.2 and 2.2.0 ship the same SoftDevice (202): it is skipped.
        QCOMPARE(stepList(p), (QStringList{QStringLiteral("bootloader@1006:control request"),
                                           QStringLiteral("system-part1@2202:DFU")}));
        QCOMPARE(p.steps[0].mode, StepMode::Running);
        QCOMPARE(p.steps[1].mode, StepMode::Dfu);
        QVERIFY(codes(p, Severity::Info).contains(QStringLiteral("plan.skip-current")));
        QVERIFY(codes(p, Severity::Info).contains(QStringLiteral("plan.keeps-user-firmware")));
        QCOMPARE(p.stages, 1);
        QCOMPARE(p.steps[1].fromDeviceOs, SemVer(1, 5, 2));
        QCOMPARE(p.steps[1].toDeviceOs, SemVer(2, 2, 0));
    }

    void gen3BootloaderGoesBeforeTheSoftDevice()
    {
        const Platform &boron = platform("boron");
        ModuleInspection dev = deviceAt(boron, SemVer(1, 5, 2), &tinker(boron));
        for (InstalledModule &m : dev.modules)
            if (m.function() == ModuleFunction::RadioStack)
                m.validityResult = validity::Usual & ~validity::Integrity;
        const RestorePlan p = plan(boron, dev, SemVer(2, 2, 0));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(stepList(p), (QStringList{QStringLiteral("bootloader@1006:control request"),
                                           QStringLiteral("softdevice@202:DFU"), QStringLiteral("system-part1@2202:DFU")}));
        // The softdevice is written without its prefix (DROP_MODULE_INFO).
        QCOMPARE(p.steps[1].bytes, p.steps[1].source->module.length() - 24);
        QCOMPARE(p.steps[1].address, 0x1000u);
    }

    void downgradeReplacesUserFirmwareFirst()
    {
        const Platform &boron = platform("boron");
        const BundleModule app = appFor(boron, 2202);
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &app.module), SemVer(2, 0, 0),
                                   Opts().model(QStringLiteral("BRN404")));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        const QStringList steps = stepList(p);
        QVERIFY2(steps.first().startsWith(QLatin1String("tinker@")), qPrintable(describe(p)));
        QVERIFY(steps.contains(QStringLiteral("system-part1@2008:DFU")));
        QVERIFY(codes(p, Severity::Warning).contains(QStringLiteral("plan.downgrade")));
        QVERIFY(codes(p, Severity::Warning).contains(QStringLiteral("plan.below-factory-version")));
        // The bootloader goes to the downgraded Device OS, after the DFU steps.
        QVERIFY2(steps.last().startsWith(QLatin1String("bootloader@")), qPrintable(describe(p)));
    }

    void brn402DowngradeStopsAt152()
    {
        const Platform &boron = platform("boron");
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), SemVer(1, 5, 0),
                                   Opts().model(QStringLiteral("BRN402")));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(p.stages, 2);
        const QStringList steps = stepList(p);
        const int wait = steps.indexOf(QStringLiteral("wait-for-connection"));
        QVERIFY2(wait > 0, qPrintable(describe(p)));
        QVERIFY(steps.mid(0, wait).contains(QStringLiteral("system-part1@1512:DFU")));
        // Stage 2 goes on from 1.5.2 to 1.5.0's system part.
        const int sys150 = int(corpus->find(boron.id, ModuleFunction::SystemPart, 1, SemVer(1, 5, 0))->module.version);
        QVERIFY2(steps.mid(wait).contains(QStringLiteral("system-part1@%1:DFU").arg(sys150)), qPrintable(describe(p)));
        for (int i = 0; i < p.steps.size(); ++i)
            QCOMPARE(p.steps[i].stage, i <= wait ? 1 : 2);
    }

    void brn404DowngradeIsOneStage()
    {
        const Platform &boron = platform("boron");
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), SemVer(1, 5, 0),
                                   Opts().model(QStringLiteral("BRN404")));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(p.stages, 1);
        QVERIFY(!stepList(p).contains(QStringLiteral("wait-for-connection")));
    }

    void unknownBoronModelTakesTheSafeTwoStagePath()
    {
        const Platform &boron = platform("boron");
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), SemVer(1, 5, 0));
        QCOMPARE(p.stages, 2);
        QVERIFY(codes(p, Severity::Warning).contains(QStringLiteral("plan.two-stage-unknown-model")));
    }

    void photonUpgradeWritesSystemPartsThenBootloader()
    {
        const Platform &photon = platform("photon");
        const RestorePlan p = plan(photon, deviceAt(photon, SemVer(1, 5, 0), &tinker(photon)), SemVer(2, 2, 0));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        const QStringList steps = stepList(p);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0], QStringLiteral("system-part1@2202:DFU"));
        QCOMPARE(steps[1], QStringLiteral("system-part2@2202:DFU"));
        QVERIFY2(steps[2].startsWith(QLatin1String("bootloader@")), qPrintable(describe(p)));
        QCOMPARE(p.steps[2].transport, StepTransport::ControlRequest);
        QCOMPARE(p.steps[2].mode, StepMode::Running);
    }

    void photonDowngrade()
    {
        const Platform &photon = platform("photon");
        const BundleModule app = appFor(photon, 2202);
        const RestorePlan p = plan(photon, deviceAt(photon, SemVer(2, 2, 0), &app.module), SemVer(1, 5, 2));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        const QStringList steps = stepList(p);
        QVERIFY2(steps.size() == 4, qPrintable(describe(p)));
        QVERIFY(steps[0].startsWith(QLatin1String("tinker@")));
        QCOMPARE(steps[1], QStringLiteral("system-part1@1512:DFU"));
        QCOMPARE(steps[2], QStringLiteral("system-part2@1512:DFU"));
        QVERIFY(steps[3].startsWith(QLatin1String("bootloader@")));
    }

    void electronSystemPartsInIndexOrderAndNoBootloader()
    {
        const Platform &electron = platform("electron");
        const RestorePlan p = plan(electron, deviceAt(electron, SemVer(1, 5, 2), &tinker(electron)), SemVer(2, 2, 0));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(p.flashSteps(), 3);
        QList<quint32> addresses;
        for (const PlanStep &s : p.steps) {
            QCOMPARE(s.function, ModuleFunction::SystemPart);
            addresses << s.address;
        }
        QCOMPARE(addresses, (QList<quint32>{0x08020000, 0x08040000, 0x08060000}));
        QCOMPARE(p.steps[2].source->fileName, QStringLiteral("electron-system-part1@2.2.0.bin"));
    }

    void electronSerialUpgradeNeedsIntermediateReleases()
    {
        const Platform &electron = platform("electron");
        // From 0.5.2 over YModem the path goes through 0.5.5, which the corpus lacks.
        PlanRequest req;
        req.platform = &electron;
        req.currentDeviceOs = SemVer(0, 5, 2);
        req.target = SemVer(2, 2, 0);
        req.bundle = &*corpus;
        req.options.allowDfu = false;
        const RestorePlan serial = RestorePlanner::plan(req);
        QVERIFY(serial.refused());
        QVERIFY2(codes(serial, Severity::Refusal).contains(QStringLiteral("plan.missing-intermediate")),
                 qPrintable(describe(serial)));
        QVERIFY(serial.refusals().first().text.contains(QLatin1String("0.5.5")));
        // Over DFU no sequence is needed.
        req.options.allowDfu = true;
        QVERIFY2(!RestorePlanner::plan(req).refused(), qPrintable(describe(RestorePlanner::plan(req))));
    }

    // The corpus plus synthetic Photon system parts for releases it lacks (0.7.0, and 0.6.4 to stand
    // for a device on 0.6.x).
    FirmwareBundle photonBundle(bool with070, bool with064 = false)
    {
        FirmwareBundle b = *corpus;
        QList<test::SyntheticFile> files;
        if (with070)
            files += test::photon070();
        if (with064)
            files += test::syntheticGen2SystemParts(QStringLiteral("photon"), SemVer(0, 6, 4), 110);
        for (const test::SyntheticFile &f : files)
            b.addFile(QStringLiteral("synthetic/") + f.fileName, QStringLiteral("synthetic/") + f.fileName.section(QLatin1Char('@'), 1), f.data);
        b.resolveReleases();
        return b;
    }

    void photonSerialUpgradeFromBelow070GoesThrough070()
    {
        // device-os pull request 1426: a 0.8.0+ system-part1 over YModem onto a Photon below 0.7.0
        // hard-faults it; 0.7.0 first (reference 7.1).
        const Platform &photon = platform("photon");
        QCOMPARE(photon.serialUpgradePath, QList<SemVer>{SemVer(0, 7, 0)});
        QCOMPARE(platform("p1").serialUpgradePath, QList<SemVer>{SemVer(0, 7, 0)});
        const FirmwareBundle b = photonBundle(true);
        const RestorePlan p = plan(photon, b.inspectionAfterRestore(photon.id, SemVer(0, 5, 2), &tinker(photon)), SemVer(1, 5, 2),
                                   Opts().noDfu(), &b);
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(p.stages, 2);
        const QStringList steps = stepList(p);
        QCOMPARE(steps.mid(0, 6), (QStringList{QStringLiteral("system-part1@207:YModem"), QStringLiteral("system-part2@207:YModem"),
                                               QStringLiteral("wait-for-reboot:0.7.0"), QStringLiteral("system-part1@1512:YModem"),
                                               QStringLiteral("system-part2@1512:YModem"), QStringLiteral("bootloader@502:control request")}));
    }

    void photonSerialUpgradeFrom070NeedsNoIntermediate()
    {
        const Platform &photon = platform("photon");
        const FirmwareBundle b = photonBundle(true);
        const RestorePlan p = plan(photon, b.inspectionAfterRestore(photon.id, SemVer(0, 7, 0)), SemVer(1, 5, 2),
                                   Opts().noDfu(), &b);
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(p.stages, 1);
        QCOMPARE(stepList(p).mid(0, 2), (QStringList{QStringLiteral("system-part1@1512:YModem"), QStringLiteral("system-part2@1512:YModem")}));
        // Nor from a later release.
        const RestorePlan later = plan(photon, deviceAt(photon, SemVer(1, 5, 0)), SemVer(1, 5, 2), Opts().noDfu(), &b);
        QVERIFY2(!later.refused(), qPrintable(describe(later)));
        QCOMPARE(later.stages, 1);
    }

    void photonOverDfuFromBelow070NeedsNoIntermediate()
    {
        const Platform &photon = platform("photon");
        const FirmwareBundle b = photonBundle(false); // no 0.7.0 at all: DFU does not need it
        const RestorePlan p = plan(photon, b.inspectionAfterRestore(photon.id, SemVer(0, 5, 2)), SemVer(1, 5, 2), Opts(), &b);
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(p.stages, 1);
        for (const PlanStep &s : p.steps)
            QVERIFY2(s.toVersion != 207, qPrintable(describe(p)));
    }

    void photonSerialUpgradeWithout070InTheBundleNamesTheMissingParts()
    {
        const Platform &photon = platform("photon");
        const RestorePlan p = plan(photon, deviceAt(photon, SemVer(0, 5, 2)), SemVer(1, 5, 2), Opts().noDfu());
        QVERIFY(p.refused());
        QCOMPARE(p.refusals().first().code, QStringLiteral("plan.missing-intermediate"));
        const QString text = p.refusals().first().text;
        QVERIFY2(text.contains(QLatin1String("photon-system-part1@0.7.0.bin"))
                     && text.contains(QLatin1String("photon-system-part2@0.7.0.bin")),
                 qPrintable(text));
    }

    void photonOn06xGoesThrough070AndNeverDeadlocks()
    {
        // From 0.6.0 Device OS checks dependencies before it applies a module: 1.5.2's part 1 needs
        // part 2 >= 207 and its part 2 needs part 1 >= 1512, so without 0.7.0 neither can go first.
        const Platform &photon = platform("photon");
        const FirmwareBundle b = photonBundle(true, true);
        const ModuleInspection on064 = b.inspectionAfterRestore(photon.id, SemVer(0, 6, 4), &tinker(photon));
        const RestorePlan p = plan(photon, on064, SemVer(1, 5, 2), Opts().noDfu(), &b);
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(stepList(p).mid(0, 4), (QStringList{QStringLiteral("system-part1@207:YModem"), QStringLiteral("system-part2@207:YModem"),
                                                     QStringLiteral("wait-for-reboot:0.7.0"), QStringLiteral("system-part1@1512:YModem")}));

        // Without the intermediate in the platform data the plan would deadlock: it is refused, never
        // handed to the engine.
        Platform withoutPath = photon;
        withoutPath.serialUpgradePath.clear();
        const RestorePlan stuck = plan(withoutPath, on064, SemVer(1, 5, 2), Opts().noDfu(), &b);
        QVERIFY(stuck.refused());
        QCOMPARE(stuck.refusals().first().code, QStringLiteral("plan.dependency-deadlock"));
        QVERIFY2(stuck.refusals().first().text.contains(QLatin1String("system part 2")), qPrintable(stuck.refusals().first().text));
        // The same from 0.5.2 (which does not check, but hard-faults instead).
        const RestorePlan crash = plan(withoutPath, b.inspectionAfterRestore(photon.id, SemVer(0, 5, 2)), SemVer(1, 5, 2),
                                       Opts().noDfu(), &b);
        QCOMPARE(crash.refusals().value(0).code, QStringLiteral("plan.dependency-deadlock"));
        // Over DFU all parts are written before Device OS starts: fine from 0.6.4 without 0.7.0.
        QVERIFY2(!plan(withoutPath, on064, SemVer(1, 5, 2), Opts(), &b).refused(), qPrintable(describe(plan(withoutPath, on064, SemVer(1, 5, 2), Opts(), &b))));
    }

    void otherGen3Platforms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("argon") << "argon";
        QTest::newRow("bsom") << "bsom";
        QTest::newRow("tracker") << "tracker";
    }
    // A model of the platform that can run the release (the first without a newer hard minimum).
    static QString modelFor(const Platform &p, const SemVer &release)
    {
        for (const DeviceModel &m : p.models)
            if (!m.minimumDeviceOs || !(release < *m.minimumDeviceOs))
                return m.sku;
        return QString();
    }
    void otherGen3Platforms()
    {
        QFETCH(QString, name);
        const Platform &p = platform(name.toLatin1().constData());
        const RestorePlan plan1 = plan(p, deviceAt(p, SemVer(2, 0, 0), &tinker(p)), SemVer(2, 2, 0),
                                       Opts().model(modelFor(p, SemVer(2, 2, 0))));
        QVERIFY2(!plan1.refused(), qPrintable(describe(plan1)));
        QVERIFY(stepList(plan1).contains(QStringLiteral("system-part1@2202:DFU")));
        QVERIFY(stepList(plan1).first().startsWith(QLatin1String("bootloader@")));
    }

    void deviceAlreadyAtTargetWritesNothing()
    {
        const Platform &boron = platform("boron");
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), SemVer(2, 2, 0));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QVERIFY2(p.nothingToWrite(), qPrintable(describe(p)));
        QVERIFY(codes(p, Severity::Info).contains(QStringLiteral("plan.nothing-to-do")));
        QVERIFY(!p.expected.isEmpty());
    }

    void invalidModuleIsRewrittenEvenAtTargetVersion()
    {
        const Platform &boron = platform("boron");
        ModuleInspection dev = deviceAt(boron, SemVer(2, 2, 0), &tinker(boron));
        for (InstalledModule &m : dev.modules)
            if (m.function() == ModuleFunction::SystemPart)
                m = FirmwareBundle::installedModule(corpus->find(boron.id, ModuleFunction::SystemPart, 1, SemVer(2, 2, 0))->module, false);
        const RestorePlan p = plan(boron, dev, SemVer(2, 2, 0));
        QCOMPARE(stepList(p), QStringList{QStringLiteral("system-part1@2202:DFU")});
        QCOMPARE(p.steps[0].reason, QStringLiteral("fails its checks on the device"));
    }

    void explicitUserFileIsNeverSkipped()
    {
        const Platform &boron = platform("boron");
        const BundleModule app = appFor(boron, 2202);
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &app.module), SemVer(2, 2, 0),
                                   Opts().file(app));
        QCOMPARE(stepList(p), QStringList{QStringLiteral("user@6:DFU")});
    }

    void unknownDeviceGetsEverythingAndTinker()
    {
        const Platform &boron = platform("boron");
        const RestorePlan p = plan(boron, std::nullopt, SemVer(2, 2, 0));
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        const QStringList steps = stepList(p);
        QCOMPARE(steps.size(), 4);
        QVERIFY(steps.last().startsWith(QLatin1String("bootloader@"))); // after DFU: nothing runs yet
        QVERIFY(std::any_of(steps.begin(), steps.end(), [](const QString &s) { return s.startsWith(QLatin1String("tinker@")); }));
        QVERIFY(codes(p, Severity::Warning).contains(QStringLiteral("plan.bootloader-late")));
    }

    void refusesUserFileForAnotherPlatform()
    {
        const Platform &boron = platform("boron");
        const Platform &argon = platform("argon");
        const BundleModule app = appFor(argon, 2202, 1, QStringLiteral("argon-app.bin"));
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), SemVer(2, 2, 0),
                                   Opts().file(app));
        QVERIFY(p.refused());
        QCOMPARE(codes(p, Severity::Refusal), QStringList{QStringLiteral("plan.user-file-wrong-platform")});
        QVERIFY(p.refusals().first().text.contains(QLatin1String("Argon")));
    }

    void refusesUserFileBuiltForNewerDeviceOs()
    {
        const Platform &boron = platform("boron");
        const BundleModule app = appFor(boron, 2202);
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), SemVer(2, 0, 0),
                                   Opts().file(app).model(QStringLiteral("BRN404")));
        QVERIFY(codes(p, Severity::Refusal).contains(QStringLiteral("plan.user-file-needs-newer")));
    }

    void refuses256KAppBefore310()
    {
        const Platform &boron = platform("boron");
        const BundleModule app = appFor(boron, 2202, 2, QStringLiteral("big-app.bin"));
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), SemVer(2, 2, 0),
                                   Opts().file(app));
        QVERIFY(codes(p, Severity::Refusal).contains(QStringLiteral("plan.user-file-needs-newer")));
        QVERIFY(p.refusals().first().text.contains(QLatin1String("3.1.0")));
    }

    void refusesCorruptAndMissingParts()
    {
        const Platform &boron = platform("boron");
        DR_CORPUS_FILE(sysPath, QStringLiteral("boron-system-part1@2.2.0.bin"));
        DR_CORPUS_FILE(sdPath, QStringLiteral("boron-softdevice@2.2.0.bin"));
        QFile sys(sysPath), sd(sdPath);
        QVERIFY(sys.open(QIODevice::ReadOnly) && sd.open(QIODevice::ReadOnly));
        QByteArray corrupt = sys.readAll();
        corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0x01);

        FirmwareBundle bad;
        bad.addFile(QStringLiteral("boron-system-part1@2.2.0.bin"), QStringLiteral("b"), corrupt);
        bad.addFile(QStringLiteral("boron-softdevice@2.2.0.bin"), QStringLiteral("b"), sd.readAll());
        bad.resolveReleases();
        const RestorePlan p = plan(boron, std::nullopt, SemVer(2, 2, 0), {}, &bad);
        QVERIFY(p.refused());
        QVERIFY2(codes(p, Severity::Refusal).contains(QStringLiteral("plan.corrupt-part")), qPrintable(describe(p)));

        FirmwareBundle partial;
        sd.seek(0);
        partial.addFile(QStringLiteral("boron-softdevice@2.2.0.bin"), QStringLiteral("b"), sd.readAll());
        partial.resolveReleases();
        const RestorePlan q = plan(boron, std::nullopt, SemVer(2, 2, 0), {}, &partial);
        QVERIFY(q.refused());
        QVERIFY2(codes(q, Severity::Refusal).contains(QStringLiteral("plan.missing-part")), qPrintable(describe(q)));
    }

    void modelMinimumIsHard()
    {
        const Platform &bsom = platform("bsom");
        const RestorePlan p = plan(bsom, deviceAt(bsom, SemVer(2, 2, 0), &tinker(bsom)), SemVer(2, 2, 0),
                                   Opts().forced().model(QStringLiteral("B404")));
        QVERIFY(p.refused()); // force does not override a hard minimum
        QVERIFY(codes(p, Severity::Refusal).contains(QStringLiteral("plan.below-model-minimum")));
    }

    void protectedDeviceNeverBelow611()
    {
        const Platform &boron = platform("boron");
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), SemVer(2, 2, 0),
                                   Opts().forced().protectedDevice());
        QVERIFY(codes(p, Severity::Refusal).contains(QStringLiteral("plan.protected-minimum")));
    }

    // A synthetic release module (for releases the real corpus lacks), placed at its slot.
    static void addSynthetic(FirmwareBundle &b, const Platform &p, const QString &part, ModuleFunction f, int index,
                             int version, const SemVer &release, QList<ModuleDependency> deps = {},
                             std::optional<quint32> start = std::nullopt)
    {
        const ModuleSlot *slot = p.slotFor(f, index, 0, release);
        if (!slot)
            qFatal("no slot %s on %s at %s", qPrintable(part), qPrintable(p.name), qPrintable(release.toString()));
        ModuleSpec spec;
        spec.platformId = quint16(p.id);
        spec.functionCode = quint8(f);
        spec.index = quint8(index);
        spec.version = quint16(version);
        spec.payload = QByteArray(4096, char(version & 0x7F));
        const qsizetype length = 24 + spec.payload.size() + 36 + 4;
        spec.startAddress = start.value_or(f == ModuleFunction::UserPart && p.mcu == QLatin1String("rtl872x")
                                               ? slot->bounds.end - quint32(length) // its CRC ends at the slot end
                                               : slot->bounds.start);
        if (!deps.isEmpty())
            spec.dependency = deps.value(0);
        if (deps.size() > 1)
            spec.dependency2 = deps.value(1);
        const QString name = QStringLiteral("%1-%2@%3.bin").arg(p.name, part, release.toString());
        b.addFile(name, QStringLiteral("synthetic-") + release.toString(), ModuleBuilder::build(spec));
        if (b.problems().size())
            qFatal("synthetic %s: %s", qPrintable(name), qPrintable(b.problems().last().error.text()));
    }
    static ModuleDependency dep(ModuleFunction f, int index, int version)
    {
        return ModuleDependency{quint8(f), quint8(index), quint16(version)};
    }
    FirmwareBundle p2Releases()
    {
        const Platform &p2 = platform("p2");
        FirmwareBundle b;
        for (const auto &[v, sys, boot, pre] : {std::tuple{SemVer(5, 6, 0), 5600, 2400, 8}, std::tuple{SemVer(5, 9, 0), 5901, 2700, 9}}) {
            addSynthetic(b, p2, QStringLiteral("prebootloader-part1"), ModuleFunction::Bootloader, 2, pre, v);
            addSynthetic(b, p2, QStringLiteral("bootloader"), ModuleFunction::Bootloader, 0, boot, v,
                         {dep(ModuleFunction::Bootloader, 2, pre)});
            addSynthetic(b, p2, QStringLiteral("system-part1"), ModuleFunction::SystemPart, 1, sys, v,
                         {dep(ModuleFunction::Bootloader, 0, boot)});
        }
        addSynthetic(b, p2, QStringLiteral("tinker"), ModuleFunction::UserPart, 1, 4, SemVer(5, 6, 0),
                     {dep(ModuleFunction::SystemPart, 1, 5600)});
        b.resolveReleases();
        return b;
    }

    void rtl872xPrebootloaderFirstWhenUpgrading()
    {
        const Platform &p2 = platform("p2");
        const FirmwareBundle b = p2Releases();
        const RestorePlan p = plan(p2, b.inspectionAfterRestore(p2.id, SemVer(5, 6, 0)), SemVer(5, 9, 0),
                                   Opts().model(QStringLiteral("P2")), &b);
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QStringList steps = stepList(p);
        steps.removeIf([](const QString &x) { return x.startsWith(QLatin1String("tinker")); });
        QCOMPARE(steps, (QStringList{QStringLiteral("prebootloader-part1@9:control request"),
                                     QStringLiteral("bootloader@2700:control request"),
                                     QStringLiteral("system-part1@5901:DFU")}));
        // The MBR is never part of a plan.
        for (const PlanStep &st : p.steps)
            QVERIFY(!(st.function == ModuleFunction::Bootloader && st.index == 1));
    }

    void rtl872xPrebootloaderLastWhenDowngrading()
    {
        const Platform &p2 = platform("p2");
        const FirmwareBundle b = p2Releases();
        const RestorePlan p = plan(p2, b.inspectionAfterRestore(p2.id, SemVer(5, 9, 0)), SemVer(5, 6, 0),
                                   Opts().model(QStringLiteral("P2")), &b);
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QStringList steps = stepList(p);
        steps.removeIf([](const QString &x) { return x.startsWith(QLatin1String("tinker")); });
        QCOMPARE(steps, (QStringList{QStringLiteral("system-part1@5600:DFU"),
                                     QStringLiteral("bootloader@2400:control request"),
                                     QStringLiteral("prebootloader-part1@8:control request")}));
    }

    void p2BelowItsRecommendedMinimumNeedsForce()
    {
        // Early P2s ran 3.2.1-p2.x; Particle recommends 5.0.0 or newer (reference 7.2).
        const Platform &p2 = platform("p2");
        const SemVer old(3, 2, 1, {QStringLiteral("p2"), QStringLiteral("3")});
        FirmwareBundle b = p2Releases();
        addSynthetic(b, p2, QStringLiteral("system-part1"), ModuleFunction::SystemPart, 1, 3212, old);
        b.resolveReleases();
        const RestorePlan p = plan(p2, std::nullopt, old, {}, &b);
        QVERIFY2(codes(p, Severity::Refusal).contains(QStringLiteral("plan.below-recommended-minimum")), qPrintable(describe(p)));
        QVERIFY(p.refusals().first().overridable);
        const RestorePlan forced = plan(p2, std::nullopt, old, Opts().forced(), &b);
        QVERIFY2(!codes(forced, Severity::Refusal).contains(QStringLiteral("plan.below-recommended-minimum")), qPrintable(describe(forced)));
    }

    void gen3With256KTinkerInvalidatesTheOldUserSlot()
    {
        const Platform &boron = platform("boron");
        FirmwareBundle b;
        const SemVer v310(3, 1, 0);
        addSynthetic(b, boron, QStringLiteral("bootloader"), ModuleFunction::Bootloader, 0, 1100, v310);
        addSynthetic(b, boron, QStringLiteral("system-part1"), ModuleFunction::SystemPart, 1, 3103, v310,
                     {dep(ModuleFunction::Bootloader, 0, 1100), dep(ModuleFunction::RadioStack, 0, 202)});
        addSynthetic(b, boron, QStringLiteral("tinker"), ModuleFunction::UserPart, 2, 6, v310,
                     {dep(ModuleFunction::SystemPart, 1, 3103)});
        b.resolveReleases();
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), v310,
                                   Opts().model(QStringLiteral("BRN404")).forced(), &b);
        PlanOptions tinkerChoice;
        tinkerChoice.userFirmware = UserFirmwareChoice::Tinker;
        tinkerChoice.modelSku = QStringLiteral("BRN404");
        const RestorePlan t = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), v310, tinkerChoice, &b);
        QVERIFY2(!t.refused(), qPrintable(describe(t)));
        const QStringList steps = stepList(t);
        QCOMPARE(steps.mid(steps.size() - 2),
                 (QStringList{QStringLiteral("invalidate:tinker"), QStringLiteral("tinker@6:DFU")}));
        QCOMPARE(t.steps.last().address, 0xB4000u);
        QCOMPARE(t.steps[t.steps.size() - 2].address, 0xD4000u);
        Q_UNUSED(p);
    }

    void gen3SystemPartMovesTo0x28000From620()
    {
        const Platform &boron = platform("boron");
        FirmwareBundle b;
        const SemVer v620(6, 2, 0);
        addSynthetic(b, boron, QStringLiteral("bootloader"), ModuleFunction::Bootloader, 0, 3100, v620);
        addSynthetic(b, boron, QStringLiteral("system-part1"), ModuleFunction::SystemPart, 1, 6200, v620,
                     {dep(ModuleFunction::Bootloader, 0, 3100), dep(ModuleFunction::RadioStack, 0, 202)});
        b.resolveReleases();
        QVERIFY2(b.modules().last().usable(), qPrintable(b.modules().last().verdict.errors().value(0).text()));
        const RestorePlan p = plan(boron, deviceAt(boron, SemVer(2, 2, 0), &tinker(boron)), v620,
                                   Opts().model(QStringLiteral("BRN404")), &b);
        QVERIFY2(!p.refused(), qPrintable(describe(p)));
        QCOMPARE(stepList(p), (QStringList{QStringLiteral("bootloader@3100:control request"),
                                           QStringLiteral("system-part1@6200:DFU")}));
        QCOMPARE(p.steps[1].address, 0x28000u);
        // The bundle has no 6.2.0 SoftDevice, and the device's 202 is what the system part needs.
        QVERIFY(codes(p, Severity::Info).contains(QStringLiteral("plan.part-not-in-bundle")));
    }

    void recommendationNeedsForce()
    {
        const Platform &photon = platform("photon");
        // Below the factory version of the Photon (1.4.4): refused unless forced.
        FirmwareBundle old;
        for (const QString &n : {QStringLiteral("system-part1-0.5.2-photon.bin"), QStringLiteral("system-part2-0.5.2-photon.bin")}) {
            QFile f(test::corpusFile(n));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(n));
            old.addFile(n, QStringLiteral("old"), f.readAll());
        }
        for (const BundleModule *t : corpus->tinkerFor(photon.id)) {
            QFile f(t->path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            old.addFile(t->path, QStringLiteral("tinker"), f.readAll());
        }
        old.resolveReleases();
        const SemVer v052 = old.releasesFor(photon.id).value(0);
        QCOMPARE(v052, SemVer(0, 5, 2));
        const RestorePlan refused = plan(photon, std::nullopt, v052, Opts().model(QStringLiteral("Photon")), &old);
        QVERIFY2(refused.refused(), qPrintable(describe(refused)));
        for (const PlanMessage &m : refused.refusals())
            QVERIFY2(m.overridable, qPrintable(m.code));
        const RestorePlan forced = plan(photon, std::nullopt, v052,
                                        Opts().forced().model(QStringLiteral("Photon")), &old);
        QVERIFY2(!forced.refused(), qPrintable(describe(forced)));
        QVERIFY(std::any_of(forced.messages.begin(), forced.messages.end(), [](const PlanMessage &m) { return m.overridden; }));
    }
};

QTEST_GUILESS_MAIN(TestRestorePlanner)
#include "tst_restoreplanner.moc"
