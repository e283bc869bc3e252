// Issue 17's case: a Boron already in DFU mode whose system-part1 is out of date (1.5.2, the rest
// 2.2.0), restored to 2.2.0 with the virtual device's timing model on (erase, program, USB transfer at
// the model's rate) and real-device reset timing. Ours = reading its modules back over DFU + planning
// + the restore, wall time; the bound = the model's own time for writing system-part1 alone (erase,
// program, transfer, resets of the restore that follows the reading). Goal: at most 1.1x. The time
// the reading takes is printed on its own (wall, and the model's USB time for the bytes read).
// Usage: bench_dfu_inspect [--no-timing] [--repeat N]
#include "restore/dfurig.h"
#include "restore/restoreengine.h"
#include "restore/restoreplanner.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace dr;

namespace {

int benchOnce(const FirmwareBundle &bundle, bool timing)
{
    const Platform &p = test::platformNamed("boron");
    auto d = test::makeVirtualDevice(p, SemVer(2, 2, 0));
    for (const char *f : {"boron-bootloader@2.2.0.bin", "boron-softdevice@2.2.0.bin", "boron-system-part1@1.5.2.bin",
                          "tinker-0.8.0-rc.27-boron.bin"})
        test::loadCorpusFile(*d, QString::fromLatin1(f));
    d->resetDevice(sim::DeviceMode::Dfu);
    test::DfuRig rig = test::plugIn(d);
    d->setTimingEnabled(timing);
    d->setRealTiming(timing);
    d->resetTimeAccount();

    RestoreEngine engine(*rig.usb);
    QElapsedTimer wall;
    wall.start();
    auto inspection = engine.inspect(d->deviceId());
    const qint64 reading = wall.elapsed();
    if (!inspection.ok()) {
        std::fprintf(stderr, "inspect: %s\n", qPrintable(inspection.error().text()));
        return 1;
    }
    const sim::ModelTimeAccount read = d->timeAccount();
    PlanRequest req;
    req.platform = &p;
    req.device = *inspection;
    req.target = SemVer(2, 2, 0);
    req.bundle = &bundle;
    const RestorePlan plan = RestorePlanner::plan(req);
    if (plan.refused()) {
        std::fprintf(stderr, "plan refused: %s\n", qPrintable(plan.refusals().first().text));
        return 1;
    }
    d->resetTimeAccount();
    const RestoreOutcome o = engine.run(plan, d->deviceId());
    const qint64 ours = wall.elapsed();
    if (!o.success) {
        std::fprintf(stderr, "restore failed: %s\n", qPrintable(o.error ? o.error->text() : QString()));
        return 1;
    }
    const sim::ModelTimeAccount a = d->timeAccount();
    const double bound = double(a.total().count()) / 1000.0;
    QStringList parts;
    for (const PlanStep &s : plan.steps)
        parts << QStringLiteral("%1 (%2)").arg(s.part, stepTransportName(s.transport));
    std::printf("boron in DFU mode, system-part1 1.5.2, the rest 2.2.0 -> 2.2.0, timing model %s\n", timing ? "on" : "off");
    std::printf("  steps: %s\n", qPrintable(parts.join(QLatin1String(", "))));
    std::printf("  reading:     %9.1f ms wall, %llu bytes over DFU (model's USB time %.1f ms)\n", double(reading),
                static_cast<unsigned long long>(read.bytesTransferred), double(read.transfer.count()) / 1000.0);
    std::printf("  ours:        %9.1f ms wall (reading + plan + restore)\n", double(ours));
    std::printf("  model bound: %9.1f ms for writing system-part1 alone = erase %.1f + program %.1f + transfer %.1f + "
                "resets %.1f + apply %.1f\n",
                bound, double(a.erase.count()) / 1000.0, double(a.program.count()) / 1000.0,
                double(a.transfer.count()) / 1000.0, double(a.resets.count()) / 1000.0, double(a.apply.count()) / 1000.0);
    if (timing && bound > 0)
        std::printf("  ratio:       %9.3f x the bound (goal: at most 1.1)\n", double(ours) / bound);
    return plan.flashSteps() == 1 ? 0 : 1; // only system-part1 is out of date
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool timing = !args.contains(QStringLiteral("--no-timing"));
    const int at = int(args.indexOf(QStringLiteral("--repeat")));
    const int repeat = at >= 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : 1;
    if (!PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok())
        return 1;
    auto bundle = FirmwareBundle::open(test::corpusDir());
    if (!bundle.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(test::corpusMissingMessage()));
        return 1;
    }
    int rc = 0;
    for (int i = 0; i < repeat; ++i)
        rc |= benchOnce(*bundle, timing);
    return rc;
}
