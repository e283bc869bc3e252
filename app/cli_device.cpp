// `device-restore list | inspect | restore`: the device commands, on the same engine as the GUI,
// against real devices (libusb) or virtual ones (--simulate PLATFORM@VERSION,...).
#include "cli.h"
#include "cli_station.h"
#include "clioutput.h"
#include "clireleases.h"

#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreengine.h"
#include "restore/restoreplanjson.h"
#include "restore/restoreplanner.h"
#include "serial/listeningmodeclient.h"
#include "serial/listeningmodesession.h"
#include "serial/moduleinspectionprinter.h"
#include "version/deviceosversions.h"
#include "simulator/simulatedfleet.h"
#include "usb/controlrequest.h"
#include "usb/dfumodulereader.h"
#include "usb/libusbbackend.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace dr::cli {

namespace {

std::atomic<RestoreEngine *> g_engine{nullptr};
std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    if (RestoreEngine *e = g_engine.load())
        e->cancel();
}

// Where devices come from: the real bus, or virtual devices.
struct DeviceSource
{
    std::unique_ptr<LibusbBackend> libusb;
    std::unique_ptr<sim::SimulatedFleet> fleet;
    std::optional<FirmwareBundle> bundle;

    UsbBackend &usb() { return fleet ? fleet->usb() : static_cast<UsbBackend &>(*libusb); }
    // Virtual devices have their serial ports on ptys; real ones are found by the engine's default.
    void useSerialPorts(RestoreEngine &engine) const
    {
        if (fleet)
            engine.setSerialPortLookup([f = fleet.get()](const QString &id) { return f->serialPortFor(id); });
    }
};

const QCommandLineOption kSimulate(QStringLiteral("simulate"),
                                   QStringLiteral("Use virtual devices instead of USB, e.g. boron@1.5.2,photon@2.2.0."),
                                   QStringLiteral("PLATFORM@VERSION,..."));
const QCommandLineOption kBundle({QStringLiteral("b"), QStringLiteral("bundle")},
                                 QStringLiteral("Folder or zip of Device OS release binaries (default: the local set "
                                                "installer/fetch-real-binaries.sh fetched)."),
                                 QStringLiteral("DIR|ZIP"));
const QCommandLineOption kDevice({QStringLiteral("d"), QStringLiteral("device")},
                                 QStringLiteral("Device ID (24 hex digits) of the device to use."), QStringLiteral("ID"));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Machine-readable output (JSON)."));

// Opens the bundle (when needed) and the device source. Returns an exit code on failure.
std::optional<int> openSource(const QCommandLineParser &parser, DeviceSource &src, bool needBundle, const char *command)
{
    if (needBundle || parser.isSet(kSimulate)) {
        const QString path = parser.isSet(kBundle) ? parser.value(kBundle) : BundleLoader::defaultLocalSource();
        if (path.isEmpty()) {
            err() << "device-restore " << command
                  << ": no Device OS binaries. Give --bundle DIR|ZIP, or run installer/fetch-real-binaries.sh.\n";
            return ExitUsage;
        }
        auto b = FirmwareBundle::open(path);
        if (!b.ok()) {
            err() << "device-restore " << command << ": " << b.error().text() << '\n';
            return ExitInvalidInput;
        }
        src.bundle = std::move(*b);
    }
    if (parser.isSet(kSimulate)) {
        auto specs = sim::parseSimulationSpecs(parser.value(kSimulate));
        if (!specs.ok()) {
            err() << "device-restore " << command << ": " << specs.error().text() << '\n';
            return ExitUsage;
        }
        auto fleet = sim::SimulatedFleet::create(*specs, *src.bundle);
        if (!fleet.ok()) {
            err() << "device-restore " << command << ": " << fleet.error().text() << '\n';
            return ExitInvalidInput;
        }
        src.fleet = std::move(*fleet);
        return std::nullopt;
    }
    auto usb = LibusbBackend::create();
    if (!usb.ok()) {
        err() << "device-restore " << command << ": " << usb.error().text() << '\n';
        return ExitFailure;
    }
    src.libusb = std::move(*usb);
    return std::nullopt;
}

// The one device to work on: the one named, or the only one attached. Never chosen silently among several.
std::optional<UsbDeviceInfo> chooseDevice(const QCommandLineParser &parser, DeviceSource &src, const char *command,
                                          int *exitCode)
{
    auto list = src.usb().listDevices();
    if (!list.ok()) {
        err() << "device-restore " << command << ": " << list.error().text() << '\n';
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    const QString wanted = parser.value(kDevice).toLower();
    QList<UsbDeviceInfo> matches;
    for (const UsbDeviceInfo &d : *list)
        if (wanted.isEmpty() || d.deviceId == wanted)
            matches.append(d);
    if (matches.size() == 1)
        return matches.first();
    *exitCode = ExitNoDevice;
    if (matches.isEmpty()) {
        err() << "device-restore " << command << ": "
              << (wanted.isEmpty() ? QStringLiteral("no Particle device is attached. Plug it in with a data cable "
                                                    "(not a charge-only one) and try again.")
                                   : QStringLiteral("no attached device has the ID %1.").arg(wanted))
              << '\n';
    } else {
        err() << "device-restore " << command << ": " << matches.size()
              << " devices are attached; say which with --device ID:\n";
        for (const UsbDeviceInfo &d : matches)
            err() << "  " << d.deviceId << "  " << (d.platform ? d.platform->displayName : QStringLiteral("?")) << '\n';
    }
    return std::nullopt;
}

// The Device OS a device runs (control request 20), or in DFU mode the one its system part holds
// (the module headers read over DFU: a few KB, no module written or read whole).
QString systemVersionOf(UsbBackend &usb, const UsbDeviceInfo &d)
{
    if (!d.platform)
        return {};
    auto h = usb.open(d);
    if (!h.ok())
        return {};
    if (d.mode == UsbDeviceMode::Dfu) {
        DfuModuleReader reader(**h, *d.platform);
        reader.setHeadersOnly(true);
        reader.setTimeLimit(std::chrono::milliseconds(10000));
        auto inspection = reader.read();
        const auto v = inspection.ok() ? inspection->systemDeviceOs() : std::nullopt;
        return v ? v->toString() : QString();
    }
    ControlRequestClient c(**h, *d.platform);
    auto v = c.systemVersion();
    return v.ok() ? *v : QString();
}

} // namespace

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the attached Particle devices."));
    parser.addHelpOption();
    parser.addOptions({kSimulate, kBundle, kJson});
    parser.process(arguments);
    DeviceSource src;
    if (auto code = openSource(parser, src, false, "list"))
        return *code;
    auto list = src.usb().listDevices();
    if (!list.ok()) {
        err() << "device-restore list: " << list.error().text() << '\n';
        return ExitFailure;
    }
    QJsonArray devices;
    for (const UsbDeviceInfo &d : *list) {
        const QString version = systemVersionOf(src.usb(), d);
        if (parser.isSet(kJson)) {
            devices.append(QJsonObject{{QStringLiteral("deviceId"), d.deviceId},
                                       {QStringLiteral("platform"), d.platform ? d.platform->name : QString()},
                                       {QStringLiteral("platformId"), d.platform ? d.platform->id : -1},
                                       {QStringLiteral("mode"), usbDeviceModeName(d.mode)},
                                       {QStringLiteral("deviceOs"), version.isEmpty() ? QJsonValue() : QJsonValue(version)},
                                       {QStringLiteral("port"), d.portPath},
                                       {QStringLiteral("serialPort"), d.serialPort}});
        } else {
            out() << d.deviceId << "  " << (d.platform ? d.platform->displayName : QStringLiteral("?")).leftJustified(10)
                  << "  " << (d.mode == UsbDeviceMode::Dfu ? QStringLiteral("DFU mode") : QStringLiteral("running")).leftJustified(9)
                  << "  " << (version.isEmpty() ? QStringLiteral("-") : QStringLiteral("Device OS ") + version).leftJustified(16)
                  << "  USB " << d.portPath << '\n';
        }
    }
    if (parser.isSet(kJson))
        out() << QJsonDocument(QJsonObject{{QStringLiteral("devices"), devices}}).toJson(QJsonDocument::Indented);
    else if (list->isEmpty())
        out() << "No Particle device is attached. Plug it in with a data cable (not a charge-only one).\n";
    return ExitOk;
}

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show a device's modules and their checks (integrity, address range, platform, dependencies)."));
    parser.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("Ask over this serial port instead (device in listening mode, "
                                                    "blinking dark blue), e.g. /dev/ttyACM0."),
                                     QStringLiteral("PATH"));
    parser.addOptions({kSimulate, kBundle, kDevice, portOpt, kJson});
    parser.process(arguments);
    auto print = [&](const ModuleInspection &inspection) {
        if (parser.isSet(kJson))
            out() << QJsonDocument(ModuleInspectionPrinter::json(inspection, &PlatformDatabase::builtin()))
                         .toJson(QJsonDocument::Indented);
        else
            out() << ModuleInspectionPrinter::text(inspection, &PlatformDatabase::builtin());
    };
    if (parser.isSet(portOpt)) {
        // Listening mode over serial: the `s` command (reference 3.2), for devices without control requests.
        ListeningModeClient client;
        if (auto opened = client.openPort(parser.value(portOpt)); !opened.ok()) {
            err() << "device-restore inspect: " << opened.error().text() << '\n';
            return ExitNoDevice;
        }
        ListeningModeSession session(client);
        auto inspection = session.inspect();
        if (!inspection.ok()) {
            err() << "device-restore inspect: " << inspection.error().text() << '\n';
            return ExitFailure;
        }
        inspection->resolveVersions(DeviceOsVersionTable::builtin());
        print(*inspection);
        return ExitOk;
    }
    DeviceSource src;
    if (auto code = openSource(parser, src, false, "inspect"))
        return *code;
    int code = ExitOk;
    const auto device = chooseDevice(parser, src, "inspect", &code);
    if (!device)
        return code;
    // In DFU mode (blinking yellow) the modules are read back over DFU: about a second.
    struct Reading : RestoreObserver
    {
        bool json = false;
        bool said = false;
        void progress(const RestoreProgress &p) override
        {
            if (json || said || p.phase != RestorePhase::Inspecting)
                return;
            err() << "The device is in DFU mode: reading its modules back over DFU...\n";
            err().flush();
            said = true;
        }
    } reading;
    reading.json = parser.isSet(kJson);
    RestoreEngine engine(src.usb(), &reading);
    src.useSerialPorts(engine);
    auto inspection = engine.inspect(device->deviceId);
    if (!inspection.ok()) {
        err() << "device-restore inspect: " << inspection.error().text() << '\n';
        return ExitFailure;
    }
    print(*inspection);
    return ExitOk;
}

namespace {

// Human or JSON-lines reporting of a running restore.
struct CliObserver : RestoreObserver
{
    bool json = false;
    bool interactive = false;
    bool tty = false;
    QString lastMessage;

    void progress(const RestoreProgress &p) override
    {
        if (json) {
            QJsonObject o{{QStringLiteral("event"), QStringLiteral("progress")},
                          {QStringLiteral("phase"), restorePhaseName(p.phase)},
                          {QStringLiteral("step"), p.step},
                          {QStringLiteral("steps"), p.stepCount},
                          {QStringLiteral("done"), qint64(p.done)},
                          {QStringLiteral("total"), qint64(p.total)},
                          {QStringLiteral("message"), p.message}};
            if (p.etaSeconds)
                o.insert(QStringLiteral("etaSeconds"), *p.etaSeconds);
            printJsonLine(o);
            return;
        }
        const int percent = p.total ? int(p.done * 100 / p.total) : 0;
        const int filled = percent * 30 / 100;
        QString line = QStringLiteral("[%1%2] %3%  %4")
                           .arg(QString(filled, QLatin1Char('#')), QString(30 - filled, QLatin1Char('.')))
                           .arg(percent, 3)
                           .arg(p.message);
        if (p.etaSeconds && *p.etaSeconds >= 1)
            line += QStringLiteral("  (about %1 s left)").arg(qRound(*p.etaSeconds));
        if (tty) {
            err() << '\r' << line.leftJustified(100).left(100);
            err().flush();
        } else if (p.message != lastMessage) {
            err() << line << '\n';
        }
        lastMessage = p.message;
    }
    void log(const QString &line) override
    {
        if (json)
            printJsonLine({{QStringLiteral("event"), QStringLiteral("log")}, {QStringLiteral("message"), line}});
    }
    bool askPerson(const PersonPrompt &prompt) override
    {
        if (json)
            printJsonLine({{QStringLiteral("event"), QStringLiteral("prompt")},
                           {QStringLiteral("title"), prompt.title},
                           {QStringLiteral("instruction"), prompt.instruction}});
        if (!interactive)
            return true; // --yes without a terminal: the device is left to connect on its own
        err() << "\n\n" << prompt.title << "\n" << prompt.instruction << "\nPress Enter to go on (Ctrl-C stops). ";
        err().flush();
        char buf[16];
        return std::fgets(buf, sizeof buf, stdin) != nullptr && !g_interrupted.load();
    }
};

} // namespace

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Restore a device to a Device OS version: plan, confirm, write, then check every module."));
    parser.addHelpOption();
    const QCommandLineOption platformOpt({QStringLiteral("p"), QStringLiteral("platform")},
                                         QStringLiteral("Platform (boron, photon, ...); must match the device."),
                                         QStringLiteral("PLATFORM"));
    const QCommandLineOption versionOpt({QStringLiteral("v"), QStringLiteral("version")},
                                        QStringLiteral("Target Device OS version."), QStringLiteral("VERSION"));
    const QCommandLineOption userOpt(QStringLiteral("user-firmware"),
                                     QStringLiteral("auto (default), tinker, keep, or a firmware file."),
                                     QStringLiteral("auto|tinker|keep|FILE"), QStringLiteral("auto"));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("Model/SKU (BRN402, B404X, ...)."),
                                      QStringLiteral("SKU"));
    const QCommandLineOption forceOpt(QStringLiteral("force"),
                                      QStringLiteral("Go ahead despite recommendations (never despite hard rules)."));
    const QCommandLineOption yesOpt({QStringLiteral("y"), QStringLiteral("yes")},
                                    QStringLiteral("Do not ask for confirmation."));
    const QCommandLineOption noDfuOpt(QStringLiteral("no-dfu"),
                                      QStringLiteral("Never use DFU mode: USB control requests, or listening mode and "
                                                     "YModem over the serial port for Device OS too old for them."));
    const QCommandLineOption catalogOpt = catalogUrlOption();
    parser.addOptions({platformOpt, versionOpt, kDevice, kBundle, userOpt, modelOpt, forceOpt, yesOpt, noDfuOpt, kJson,
                       kSimulate, catalogOpt});
    parser.addOptions(stationOptions());
    parser.process(arguments);
    if (wantsStation(parser))
        return runStationRestore(parser);
    if (!parser.isSet(platformOpt) || !parser.isSet(versionOpt)) {
        err() << "device-restore restore: --platform and --version are required.\n"
                 "Run 'device-restore restore --help' for the options.\n";
        return ExitUsage;
    }
    const auto target = SemVer::parse(parser.value(versionOpt));
    if (!target) {
        err() << "device-restore restore: '" << parser.value(versionOpt) << "' is not a Device OS version.\n";
        return ExitUsage;
    }
    const bool json = parser.isSet(kJson);
    const bool interactive = isatty(STDIN_FILENO) && !json;
    if (!parser.isSet(yesOpt) && !interactive) {
        err() << "device-restore restore: add --yes to restore without a terminal to confirm on.\n";
        return ExitUsage;
    }

    // The releases come from --bundle, or for the demo (--simulate without a catalog) from the
    // local binaries; otherwise from the cache and the catalog once the device's version is known.
    const bool ownBundle = parser.isSet(kBundle) || (parser.isSet(kSimulate) && configuredCatalogUrl(parser).isEmpty());
    DeviceSource src;
    if (auto code = openSource(parser, src, ownBundle, "restore"))
        return *code;
    int code = ExitOk;
    const auto device = chooseDevice(parser, src, "restore", &code);
    if (!device)
        return code;
    const Platform *platform = PlatformDatabase::builtin().byName(parser.value(platformOpt));
    if (!platform || device->platform != platform) {
        err() << "device-restore restore: the device " << device->deviceId << " is a "
              << (device->platform ? device->platform->displayName : QStringLiteral("device of unknown platform"))
              << ", but --platform names " << (platform ? platform->displayName : parser.value(platformOpt))
              << ". Nothing was written.\n";
        return ExitInvalidInput;
    }

    RestoreEngine engine(src.usb());
    src.useSerialPorts(engine);
    engine.setUsbPortPath(device->portPath); // an old Gen 2 without an ID is then only taken on its port
    PlanRequest request;
    request.platform = platform;
    request.target = *target;
    request.options.modelSku = parser.value(modelOpt);
    request.options.force = parser.isSet(forceOpt);
    request.options.allowDfu = !parser.isSet(noDfuOpt);
    const QString user = parser.value(userOpt);
    request.options.userFirmware = user == QLatin1String("tinker") ? UserFirmwareChoice::Tinker
                                   : user == QLatin1String("keep") ? UserFirmwareChoice::Keep
                                                                   : UserFirmwareChoice::Auto;
    std::optional<FirmwareBundle> userFile;
    if (user != QLatin1String("auto") && user != QLatin1String("tinker") && user != QLatin1String("keep")) {
        auto f = FirmwareBundle::open(user);
        if (!f.ok() || f->modules().size() != 1) {
            err() << "device-restore restore: " << (f.ok() ? QStringLiteral("%1 must hold exactly one module.").arg(user) : f.error().text())
                  << " Nothing was written.\n";
            return ExitInvalidInput;
        }
        userFile = std::move(*f);
        request.options.userFirmware = UserFirmwareChoice::File;
        request.options.userFile = userFile->modules().first();
    }
    if (device->mode == UsbDeviceMode::Normal) {
        auto inspection = engine.inspect(device->deviceId);
        if (inspection.ok()) {
            request.device = *inspection;
            const QString v = systemVersionOf(src.usb(), *device);
            if (auto sv = SemVer::parse(v))
                request.currentDeviceOs = sv;
        }
    } else {
        // In DFU mode: its modules read back over DFU, so only what is out of date is written; when
        // they cannot be read (Device Protection, an unplug) the plan writes every part and says why.
        if (!json)
            err() << "The device is in DFU mode: reading its modules back over DFU...\n";
        auto inspection = engine.inspect(device->deviceId);
        if (inspection.ok())
            request.device = *inspection;
        else
            request.deviceNotRead = inspection.error().message;
    }
    std::optional<PlanBundle> releases;
    if (ownBundle) {
        request.bundle = &*src.bundle;
    } else {
        PlanBundleRequest wanted{platform, request.currentDeviceOs, *target, request.options, parser.isSet(kSimulate), json};
        auto resolved = resolvePlanBundle(parser, kBundle, wanted, "restore");
        if (const int *failed = std::get_if<int>(&resolved)) {
            if (!json)
                err() << "Nothing was written.\n";
            return *failed;
        }
        releases = std::move(std::get<PlanBundle>(resolved));
        request.bundle = &releases->bundle();
        if (!releases->note.isEmpty() && !json)
            err() << "Note: " << releases->note << '\n';
    }
    const RestorePlan plan = RestorePlanner::plan(request);
    if (json)
        printJsonLine({{QStringLiteral("event"), QStringLiteral("plan")}, {QStringLiteral("plan"), restorePlanToJson(plan)}});
    else {
        err() << "Device " << device->deviceId << " (" << platform->displayName << "), Device OS "
              << (plan.current ? plan.current->toString() : QStringLiteral("unknown")) << " -> " << target->toString() << '\n';
        int n = 0;
        for (const PlanStep &s : plan.steps)
            err() << "  " << ++n << ". " << (s.kind == StepKind::Flash ? s.part + QStringLiteral(" ") + QString::number(s.toVersion) : s.reason)
                  << (s.kind == StepKind::Flash ? QStringLiteral(" (%1)").arg(stepTransportName(s.transport)) : QString()) << '\n';
        for (const PlanMessage &m : plan.messages)
            if (m.severity != Severity::Info)
                err() << (m.severity == Severity::Refusal ? "REFUSED: " : "WARNING: ") << m.text << '\n';
    }
    if (plan.refused()) {
        if (!json)
            err() << "Nothing was written.\n";
        return ExitInvalidInput;
    }
    // In DFU mode with every module in place (a restore stopped after its last byte): nothing is
    // written, but the device is started and checked, as the window's "Check device" does; otherwise
    // it would stay blinking yellow.
    const bool onlyStart = plan.nothingToWrite() && device->mode == UsbDeviceMode::Dfu;
    if (plan.nothingToWrite() && !onlyStart) {
        if (json)
            printJsonLine({{QStringLiteral("event"), QStringLiteral("result")}, {QStringLiteral("success"), true},
                           {QStringLiteral("nothingWritten"), true}});
        else
            out() << "The device already runs Device OS " << target->toString()
                  << " and every module passes its checks. Nothing was written.\n";
        return ExitOk;
    }
    if (!parser.isSet(yesOpt) && !onlyStart) {
        err() << "Write " << plan.flashSteps() << " module(s) to device " << device->deviceId << "? [y/N] ";
        err().flush();
        char buf[16] = {};
        if (!std::fgets(buf, sizeof buf, stdin) || (buf[0] != 'y' && buf[0] != 'Y')) {
            err() << "Nothing was written.\n";
            return ExitCancelled;
        }
    }

    CliObserver observer;
    observer.json = json;
    observer.interactive = interactive;
    observer.tty = isatty(STDERR_FILENO);
    RestoreEngine runner(src.usb(), &observer);
    src.useSerialPorts(runner);
    runner.setUsbPortPath(device->portPath);
    g_engine.store(&runner);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const RestoreOutcome outcome = runner.run(plan, device->deviceId);
    g_engine.store(nullptr);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (json) {
        QJsonObject o{{QStringLiteral("event"), QStringLiteral("result")},
                      {QStringLiteral("success"), outcome.success},
                      {QStringLiteral("cancelled"), outcome.cancelled},
                      {QStringLiteral("deviceState"), outcome.deviceState},
                      {QStringLiteral("milliseconds"), outcome.milliseconds}};
        if (onlyStart)
            o.insert(QStringLiteral("nothingWritten"), true);
        if (outcome.error)
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), outcome.error->code},
                                                          {QStringLiteral("message"), outcome.error->message},
                                                          {QStringLiteral("remedy"), outcome.error->remedy},
                                                          {QStringLiteral("detail"), outcome.error->detail}});
        if (outcome.after)
            o.insert(QStringLiteral("after"), ModuleInspectionPrinter::json(*outcome.after, &PlatformDatabase::builtin()));
        printJsonLine(o);
    } else {
        if (observer.tty)
            err() << '\n';
        if (outcome.after)
            out() << ModuleInspectionPrinter::text(*outcome.after, &PlatformDatabase::builtin());
        out() << (outcome.success ? QStringLiteral("Restored: ") : QStringLiteral("Restore stopped: "))
              << (outcome.error ? outcome.error->text() + QLatin1Char(' ') : QString()) << outcome.deviceState << '\n';
    }
    return outcome.success ? ExitOk : outcome.cancelled ? ExitCancelled : ExitFailure;
}

} // namespace dr::cli
