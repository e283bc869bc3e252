// Benchmark: one real system part downloaded into the virtual device (through umockdev and the real
// libusb) by our DfuSe client and by dfu-util, in one run: wall time, CPU time and control transfers
// of each, and the ratios. Then, with the device's timing model on, our time against the model's own
// lower bound (erase + program + transfer). Prints figures; asserts nothing about speed.
//
//   bench_usb_dfu [--file boron-system-part1@2.2.0.bin] [--platform 13] [--repeat N] [--no-timing]
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "simulator/umockdevusbattachment.h"
#include "support/corpus.h"
#include "usb/controlrequest.h"
#include "usb/dfusedownloader.h"
#include "usb/libusbbackend.h"
#include "usb/usbdevicefinder.h"
#include "version/deviceosversions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/resource.h>

#include <cstdio>

using namespace dr;
using namespace dr::sim;
using namespace std::chrono;

namespace {

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Figures
{
    double wall = 0;       // s
    double clientCpu = 0;  // s, the host side only
    double deviceCpu = 0;  // s, the virtual device's handler (same for both hosts, for reference)
    quint64 transfers = 0; // control transfers the device answered
    bool ok = false;
    QString error;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Brings the device (back) into DFU mode by control request and waits for it.
bool intoDfu(UmockdevUsbAttachment &bus, const std::shared_ptr<VirtualDevice> &device)
{
    bus.waitUntilSettled();
    if (device->mode() == DeviceMode::Dfu)
        return true;
    auto usb = LibusbBackend::create();
    if (!usb)
        return false;
    auto info = waitForUsbDevice(**usb, {device->deviceId(), UsbDeviceMode::Normal, {}}, 10s);
    if (!info)
        return false;
    auto handle = (*usb)->open(*info);
    if (!handle)
        return false;
    ControlRequestClient control(**handle, *info->platform);
    const bool ok = control.enterDfu().ok();
    handle->reset();
    usb->reset();
    return ok && bus.waitUntilSettled() && device->mode() == DeviceMode::Dfu;
}

Figures runOurs(UmockdevUsbAttachment &bus, const std::shared_ptr<VirtualDevice> &device, const FirmwareModule &module,
                bool verify)
{
    Figures f;
    if (!intoDfu(bus, device)) {
        f.error = QStringLiteral("device did not enter DFU mode");
        return f;
    }
    const quint64 before = bus.controlTransfers(device);
    const double processBefore = cpuSeconds(RUSAGE_SELF);
    const double threadBefore = cpuSeconds(RUSAGE_THREAD);
    QElapsedTimer timer;
    timer.start();
    {
        auto usb = LibusbBackend::create();
        if (!usb) {
            f.error = usb.error().message;
            return f;
        }
        auto info = waitForUsbDevice(**usb, {device->deviceId(), UsbDeviceMode::Dfu, {}}, 10s);
        if (!info) {
            f.error = info.error().message;
            return f;
        }
        auto handle = (*usb)->open(*info);
        if (!handle) {
            f.error = handle.error().message;
            return f;
        }
        DfuseDownloader dfu(**handle, *info->platform);
        dfu.setVerify(verify);
        Result<void> r = dfu.open();
        if (r)
            r = dfu.writeModule(module);
        if (r)
            r = dfu.leave(module.startAddress);
        f.ok = r.ok();
        if (!r)
            f.error = r.error().message;
    }
    f.wall = double(timer.nsecsElapsed()) / 1e9;
    f.clientCpu = cpuSeconds(RUSAGE_THREAD) - threadBefore;
    f.deviceCpu = cpuSeconds(RUSAGE_SELF) - processBefore - f.clientCpu;
    bus.waitUntilSettled();
    f.transfers = bus.controlTransfers(device) - before;
    return f;
}

Figures runDfuUtil(UmockdevUsbAttachment &bus, const std::shared_ptr<VirtualDevice> &device,
                   const FirmwareModule &module, const QString &path)
{
    Figures f;
    if (!intoDfu(bus, device)) {
        f.error = QStringLiteral("device did not enter DFU mode");
        return f;
    }
    const quint64 before = bus.controlTransfers(device);
    const double childBefore = cpuSeconds(RUSAGE_CHILDREN);
    const double processBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("libumockdev-preload.so.0"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("dfu-util"),
            {QStringLiteral("-d"),
             QStringLiteral("%1:%2").arg(device->usbVendorId(), 4, 16, QLatin1Char('0')).arg(device->usbProductId(), 4, 16, QLatin1Char('0')),
             QStringLiteral("-a"), QStringLiteral("0"), QStringLiteral("-s"),
             QStringLiteral("0x%1:leave").arg(module.startAddress, 8, 16, QLatin1Char('0')), QStringLiteral("-D"), path});
    p.waitForFinished(600000);
    f.wall = double(timer.nsecsElapsed()) / 1e9;
    f.clientCpu = cpuSeconds(RUSAGE_CHILDREN) - childBefore;
    f.deviceCpu = cpuSeconds(RUSAGE_SELF) - processBefore;
    f.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!f.ok)
        f.error = QString::fromLocal8Bit(p.readAll()).right(400);
    bus.waitUntilSettled();
    f.transfers = bus.controlTransfers(device) - before;
    return f;
}

void print(const char *name, const Figures &f)
{
    if (!f.ok) {
        std::printf("%-28s FAILED: %s\n", name, qPrintable(f.error));
        return;
    }
    std::printf("%-28s wall %8.3f s   host CPU %7.3f s   device CPU %7.3f s   control transfers %6llu\n", name,
                f.wall, f.clientCpu, f.deviceCpu, static_cast<unsigned long long>(f.transfers));
}

Figures best(const QList<Figures> &runs)
{
    Figures b = runs.first();
    for (const Figures &f : runs) {
        if (!f.ok)
            return f;
        if (f.wall < b.wall)
            b = f;
    }
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("file"), QStringLiteral("Corpus file to download."), QStringLiteral("name"),
                      QStringLiteral("boron-system-part1@2.2.0.bin")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per host (best wall time is shown)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("no-timing"), QStringLiteral("Skip the timing-model run.")});
    parser.addHelpOption();
    parser.process(app);

    if (!PlatformDatabase::loadBuiltin() || !DeviceOsVersionTable::loadBuiltin()) {
        std::fprintf(stderr, "cannot load the built-in databases\n");
        return 1;
    }
    const QString path = dr::test::corpusFile(parser.value(QStringLiteral("file")));
    if (path.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(dr::test::corpusMissingMessage()));
        return 1;
    }
    auto modules = ModuleParser::parse(readFile(path), path);
    if (!modules || modules->isEmpty()) {
        std::fprintf(stderr, "cannot parse %s\n", qPrintable(path));
        return 1;
    }
    const FirmwareModule module = modules->first();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    auto bus = UmockdevUsbAttachment::create();
    if (!bus) {
        std::fprintf(stderr, "%s\n", qPrintable(bus.error().text()));
        return 1;
    }
    VirtualDeviceConfig config;
    config.platformId = module.platformId;
    config.mode = DeviceMode::Dfu;
    auto device = VirtualDevice::create(config);
    if (!device || !(*bus)->attach(*device)) {
        std::fprintf(stderr, "cannot create the virtual device\n");
        return 1;
    }
    std::printf("Image: %s (%lld bytes at 0x%08x), platform %d, timing model off, best of %d\n",
                qPrintable(QFileInfo(path).fileName()), static_cast<long long>(module.flashImage().size()),
                module.startAddress, module.platformId, repeat);

    QList<Figures> ours, oursVerify, dfuUtil;
    for (int i = 0; i < repeat; ++i) {
        ours.append(runOurs(**bus, *device, module, false));
        oursVerify.append(runOurs(**bus, *device, module, true));
        dfuUtil.append(runDfuUtil(**bus, *device, module, path));
    }
    const Figures o = best(ours), ov = best(oursVerify), du = best(dfuUtil);
    print("Device Restore (no verify)", o);
    print("Device Restore (verify)", ov);
    print("dfu-util 0.11", du);
    if (o.ok && du.ok) {
        std::printf("Ratios ours/dfu-util (no verify): wall %.2f, host CPU %.2f, control transfers %.2f\n",
                    o.wall / du.wall, du.clientCpu > 0 ? o.clientCpu / du.clientCpu : 0.0, double(o.transfers) / double(du.transfers));
    }
    if (ov.ok && du.ok) {
        std::printf("Ratios ours/dfu-util (verify):    wall %.2f, host CPU %.2f, control transfers %.2f\n",
                    ov.wall / du.wall, du.clientCpu > 0 ? ov.clientCpu / du.clientCpu : 0.0, double(ov.transfers) / double(du.transfers));
    }

    if (!parser.isSet(QStringLiteral("no-timing"))) {
        (*device)->setTimingEnabled(true);
        const TimingModel t = (*device)->timingModel();
        std::printf("\nTiming model on (%s: erase %.1f ms/KiB, program %.1f ms/KiB, USB %.0f KB/s)\n",
                    qPrintable((*device)->platform().mcu), t.eraseMicrosPerKiB / 1000, t.programMicrosPerKiB / 1000,
                    t.usbBytesPerSecond / 1000);
        for (bool verify : {false, true}) {
            if (!intoDfu(**bus, *device)) {
                std::printf("device did not enter DFU mode\n");
                return 1;
            }
            (*device)->resetTimeAccount();
            const Figures f = runOurs(**bus, *device, module, verify);
            const ModelTimeAccount a = (*device)->timeAccount();
            const double bound = double(duration_cast<microseconds>(a.erase + a.program + a.transfer).count()) / 1e6;
            print(verify ? "Device Restore (verify)" : "Device Restore (no verify)", f);
            std::printf("  model lower bound %.3f s (erase %.3f s, program %.3f s, transfer %.3f s): ours/bound %.3f\n",
                        bound, double(a.erase.count()) / 1e6, double(a.program.count()) / 1e6,
                        double(a.transfer.count()) / 1e6, bound > 0 ? f.wall / bound : 0.0);
        }
        (*device)->setTimingEnabled(false);
    }
    (*bus)->waitUntilSettled();
    return (o.ok && ov.ok && du.ok) ? 0 : 1;
}
