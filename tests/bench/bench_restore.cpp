// Whole restores against virtual devices with their timing model on (erase, program, USB transfer
// and reset times like real hardware) and real-device reset timing (reference row 14: the 1 s a
// device stays on the bus after a reset request, ~500 ms after leaving DFU, the bootloader applying
// OTA modules): our wall time against the model's own lower bound (the sum of the erase, program,
// transfer, reset and apply time the device spent), with a per-phase breakdown.
// The devices start in DFU mode with a real 1.5.2 release, so every module is written: Boron (system
// part, SoftDevice, Tinker over DFU, bootloader by control request) and Electron (three system parts
// and Tinker). The serial path: a Photon on 0.5.2 (no control requests) to 1.5.2 without DFU, its
// system parts over YModem in listening mode on a pty, the bootloader by control request; its bound
// adds the 1 s Device OS waits after each YModem file before restarting.
// Usage: bench_restore [--no-timing]
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreengine.h"
#include "restore/restoreplanner.h"
#include "simulator/inprocessusb.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"
#include "restore/syntheticphoton.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <cstdio>

using namespace dr;

namespace {

struct PhaseClock : RestoreObserver
{
    QElapsedTimer clock;
    RestorePhase phase = RestorePhase::Locating;
    qint64 since = 0;
    QMap<QString, qint64> millis;
    QStringList ymodem; // the engine's per-transfer YModem figures

    void log(const QString &line) override
    {
        if (line.startsWith(QLatin1String("YModem:")))
            ymodem << line;
    }

    void progress(const RestoreProgress &p) override
    {
        if (p.phase == phase)
            return;
        const qint64 now = clock.elapsed();
        millis[restorePhaseName(phase)] += now - since;
        phase = p.phase;
        since = now;
    }
};

int bench(const FirmwareBundle &bundle, const char *platformName, bool timing)
{
    const Platform *p = PlatformDatabase::builtin().byName(QString::fromLatin1(platformName));
    sim::VirtualDeviceConfig config;
    config.platformId = p->id;
    config.deviceOs = SemVer(1, 5, 2);
    auto device = sim::VirtualDevice::create(config);
    if (!device.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(device.error().text()));
        return 1;
    }
    auto &d = **device;
    for (const BundleModule *b : bundle.releaseModules(p->id, SemVer(1, 5, 2)))
        if (b->module.function() != ModuleFunction::UserPart)
            (void)d.loadModule(*b);
    d.resetDevice(sim::DeviceMode::Dfu); // stuck in DFU mode: nothing is known, everything is written
    auto bus = sim::InProcessUsbBus::create();
    bus->plug(*device);
    auto usb = bus->backend();

    PlanRequest req;
    req.platform = p;
    req.target = SemVer(2, 2, 0);
    req.bundle = &bundle;
    req.options.userFirmware = UserFirmwareChoice::Tinker;
    const RestorePlan plan = RestorePlanner::plan(req);
    if (plan.refused()) {
        std::fprintf(stderr, "plan refused: %s\n", qPrintable(plan.refusals().first().text));
        return 1;
    }
    d.setTimingEnabled(timing);
    d.setRealTiming(timing);
    d.resetTimeAccount();
    PhaseClock phases;
    RestoreEngine engine(*usb, &phases);
    QElapsedTimer wall;
    wall.start();
    phases.clock.start();
    const RestoreOutcome o = engine.run(plan, d.deviceId());
    const qint64 ours = wall.elapsed();
    phases.progress(RestoreProgress{RestorePhase::Done, -1, 0, 0, 0, 0, 0, std::nullopt, {}});
    if (!o.success) {
        std::fprintf(stderr, "restore failed: %s\n", qPrintable(o.error ? o.error->text() : QString()));
        return 1;
    }
    const sim::ModelTimeAccount a = d.timeAccount();
    const double bound = double(a.total().count()) / 1000.0;
    std::printf("%s 1.5.2 -> 2.2.0 (from DFU mode, %d writes, %lld bytes), timing model %s\n", platformName,
                plan.flashSteps(), static_cast<long long>(plan.totalBytes()), timing ? "on" : "off");
    QStringList parts;
    for (const PlanStep &s : plan.steps)
        parts << QStringLiteral("%1 (%2)").arg(s.part, stepTransportName(s.transport));
    std::printf("  steps: %s\n", qPrintable(parts.join(QLatin1String(", "))));
    std::printf("  ours:        %9.1f ms wall\n", double(ours));
    std::printf("  model bound: %9.1f ms = erase %.1f + program %.1f + transfer %.1f + resets %.1f + apply %.1f\n",
                bound, double(a.erase.count()) / 1000.0, double(a.program.count()) / 1000.0,
                double(a.transfer.count()) / 1000.0, double(a.resets.count()) / 1000.0,
                double(a.apply.count()) / 1000.0);
    if (timing && bound > 0)
        std::printf("  ratio:       %9.3f x the bound (goal: within 1.15)\n", double(ours) / bound);
    std::printf("  per phase:  ");
    for (auto it = phases.millis.cbegin(); it != phases.millis.cend(); ++it)
        if (it.value() > 0)
            std::printf(" %s %lld ms;", qPrintable(it.key()), static_cast<long long>(it.value()));
    std::printf("\n");
    return 0;
}

void printPhases(const PhaseClock &phases)
{
    std::printf("  per phase:  ");
    for (auto it = phases.millis.cbegin(); it != phases.millis.cend(); ++it)
        if (it.value() > 0)
            std::printf(" %s %lld ms;", qPrintable(it.key()), static_cast<long long>(it.value()));
    std::printf("\n");
}

// Photon 0.5.2 -> 1.5.2 with --no-dfu: listening mode and YModem over the virtual device's pty.
int benchSerial(const FirmwareBundle &corpus, bool timing)
{
    FirmwareBundle bundle = corpus;
    for (const test::SyntheticFile &f : test::photon070())
        bundle.addFile(QStringLiteral("synthetic/") + f.fileName, QStringLiteral("synthetic-0.7.0"), f.data);
    bundle.resolveReleases();
    const Platform *p = PlatformDatabase::builtin().byName(QStringLiteral("photon"));
    sim::VirtualDeviceConfig config;
    config.platformId = p->id;
    config.deviceOs = SemVer(0, 5, 2);
    auto device = sim::VirtualDevice::create(config);
    if (!device.ok())
        return 1;
    auto &d = **device;
    for (const BundleModule *b : bundle.releaseModules(p->id, SemVer(0, 5, 2)))
        if (b->module.function() != ModuleFunction::UserPart)
            (void)d.loadModule(*b);
    if (const BundleModule *t = bundle.tinkerFor(p->id, SemVer(0, 5, 2)))
        (void)d.loadModule(*t);
    d.resetDevice(sim::DeviceMode::Normal);
    auto bus = sim::InProcessUsbBus::create();
    bus->plug(*device);
    auto usb = bus->backend();
    sim::VirtualSerialConsole::Options consoleOptions;
    auto port = sim::VirtualSerialPort::start(*device, consoleOptions);
    if (!port.ok()) {
        std::fprintf(stderr, "pty: %s\n", qPrintable(port.error().text()));
        return 1;
    }
    sim::VirtualSerialConsole *console = (*port)->console();

    PhaseClock phases;
    RestoreEngine engine(*usb, &phases);
    engine.setSerialPortLookup([console](const QString &) { return console->slavePath(); });
    auto inspection = engine.inspect(d.deviceId());
    if (!inspection.ok()) {
        std::fprintf(stderr, "inspect: %s\n", qPrintable(inspection.error().text()));
        return 1;
    }
    PlanRequest req;
    req.platform = p;
    req.device = *inspection;
    req.target = SemVer(1, 5, 2);
    req.bundle = &bundle;
    req.options.allowDfu = false;
    const RestorePlan plan = RestorePlanner::plan(req);
    if (plan.refused()) {
        std::fprintf(stderr, "plan refused: %s\n", qPrintable(plan.refusals().first().text));
        return 1;
    }
    int ymodemSteps = 0;
    for (const PlanStep &s : plan.steps)
        ymodemSteps += s.transport == StepTransport::YModem ? 1 : 0;
    d.setTimingEnabled(timing);
    d.setRealTiming(timing);
    d.resetTimeAccount();
    QElapsedTimer wall;
    wall.start();
    phases.clock.start();
    const RestoreOutcome o = engine.run(plan, d.deviceId());
    const qint64 ours = wall.elapsed();
    phases.progress(RestoreProgress{RestorePhase::Done, -1, 0, 0, 0, 0, 0, std::nullopt, {}});
    if (!o.success) {
        std::fprintf(stderr, "restore failed: %s\n", qPrintable(o.error ? o.error->text() : QString()));
        return 1;
    }
    const sim::ModelTimeAccount a = d.timeAccount();
    const double deviceWaits = double(ymodemSteps * consoleOptions.restartDelayMs);
    const double bound = double(a.total().count()) / 1000.0 + deviceWaits;
    std::printf("photon 0.5.2 -> 1.5.2 --no-dfu via 0.7.0 (serial: %d stages, %d YModem files, %d writes, %lld bytes), "
                "timing model %s\n",
                plan.stages, ymodemSteps, plan.flashSteps(), static_cast<long long>(plan.totalBytes()), timing ? "on" : "off");
    QStringList parts;
    for (const PlanStep &s : plan.steps)
        parts << QStringLiteral("%1 (%2)").arg(s.part, stepTransportName(s.transport));
    std::printf("  steps: %s\n", qPrintable(parts.join(QLatin1String(", "))));
    std::printf("  ours:        %9.1f ms wall\n", double(ours));
    std::printf("  model bound: %9.1f ms = erase %.1f + program %.1f + transfer %.1f + resets %.1f + apply %.1f + "
                "device's pre-restart waits %.1f\n",
                bound, double(a.erase.count()) / 1000.0, double(a.program.count()) / 1000.0,
                double(a.transfer.count()) / 1000.0, double(a.resets.count()) / 1000.0,
                double(a.apply.count()) / 1000.0, deviceWaits);
    if (timing && bound > 0)
        std::printf("  ratio:       %9.3f x the bound (goal: within 1.15)\n", double(ours) / bound);
    printPhases(phases);
    for (const QString &line : std::as_const(phases.ymodem))
        std::printf("  %s\n", qPrintable(line));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool timing = !app.arguments().contains(QStringLiteral("--no-timing"));
    if (!PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok())
        return 1;
    auto bundle = FirmwareBundle::open(test::corpusDir());
    if (!bundle.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(test::corpusMissingMessage()));
        return 1;
    }
    int rc = 0;
    for (const char *p : {"boron", "electron"})
        rc |= bench(*bundle, p, timing);
#if defined(Q_OS_UNIX)
    rc |= benchSerial(*bundle, timing);
#endif
    return rc;
}
