// `device-restore restore --all | --watch | --recipe NAME`: station mode on the command line. Every
// attached device the recipe fits is restored at once, each on its own engine (StationService);
// --watch keeps going and restores each device as it is plugged in, until Ctrl+C. Progress is one
// line per change of a device's state, or JSON lines that carry the device ID.
#include "cli_station.h"

#include "cli.h"
#include "clioutput.h"
#include "clireleases.h"

#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "serial/moduleinspectionprinter.h"
#include "simulator/simulatedfleet.h"
#include "station/stationrecipestore.h"
#include "station/stationservice.h"
#include "usb/libusbbackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace dr::cli {

namespace {

std::atomic_int g_interrupts{0};

extern "C" void onStationInterrupt(int)
{
    // The first Ctrl+C cancels every device at its next safe point; a second one leaves at once.
    if (g_interrupts.fetch_add(1) >= 1) _exit(ExitCancelled);
}

bool finished(StationStatus s)
{
    return s == StationStatus::Done || s == StationStatus::AlreadyAtTarget || s == StationStatus::Failed ||
           s == StationStatus::Cancelled || s == StationStatus::Unplugged || s == StationStatus::NotSuitable;
}

QString who(const StationDevice &d)
{
    return d.deviceId.isEmpty() ? QStringLiteral("USB port %1").arg(d.usbPortPath) : d.deviceId;
}

// What the command line shows of the station: a line (or a JSON event) per change that matters.
class StationPrinter : public QObject
{
public:
    StationPrinter(StationService &station, bool json) : m_station(station), m_json(json)
    {
        connect(&station, &StationService::deviceUpdated, this, [this](const StationDevice &d) { show(d); });
    }

    void show(const StationDevice &d)
    {
        Seen &seen = m_seen[d.key];
        const bool statusChanged = !seen.any || seen.status != d.status;
        const bool stepChanged = d.progress.step != seen.step || d.progress.phase != seen.phase;
        const bool promptNew = d.prompt && (!seen.prompted || statusChanged);
        seen.any = true;
        seen.status = d.status;
        seen.step = d.progress.step;
        seen.phase = d.progress.phase;
        seen.prompted = d.prompt.has_value();
        if (m_json) {
            if (statusChanged || stepChanged) {
                QJsonObject o{{QStringLiteral("event"), QStringLiteral("device")},
                              {QStringLiteral("deviceId"), d.deviceId},
                              {QStringLiteral("key"), d.key},
                              {QStringLiteral("platform"), d.platformName},
                              {QStringLiteral("usbPort"), d.usbPortPath},
                              {QStringLiteral("mode"), d.mode},
                              {QStringLiteral("status"), stationStatusName(d.status)},
                              {QStringLiteral("from"), d.currentVersion},
                              {QStringLiteral("to"), d.targetVersion}};
                if (d.status == StationStatus::Writing)
                    o.insert(QStringLiteral("progress"),
                             QJsonObject{{QStringLiteral("phase"), restorePhaseName(d.progress.phase)},
                                         {QStringLiteral("step"), d.progress.step},
                                         {QStringLiteral("steps"), d.progress.stepCount},
                                         {QStringLiteral("done"), qint64(d.progress.done)},
                                         {QStringLiteral("total"), qint64(d.progress.total)},
                                         {QStringLiteral("message"), d.progress.message}});
                if (!d.reason.isEmpty()) o.insert(QStringLiteral("reason"), d.reason);
                if (d.error) o.insert(QStringLiteral("error"), errorJson(*d.error));
                printJsonLine(o);
            }
            if (promptNew)
                printJsonLine({{QStringLiteral("event"), QStringLiteral("prompt")},
                               {QStringLiteral("deviceId"), d.deviceId},
                               {QStringLiteral("key"), d.key},
                               {QStringLiteral("title"), d.prompt->title},
                               {QStringLiteral("instruction"), d.prompt->instruction}});
            if (statusChanged && finished(d.status) && d.status != StationStatus::NotSuitable) {
                QJsonObject o{{QStringLiteral("event"), QStringLiteral("result")},
                              {QStringLiteral("deviceId"), d.deviceId},
                              {QStringLiteral("key"), d.key},
                              {QStringLiteral("platform"), d.platformName},
                              {QStringLiteral("status"), stationStatusName(d.status)},
                              {QStringLiteral("success"),
                               d.status == StationStatus::Done || d.status == StationStatus::AlreadyAtTarget},
                              {QStringLiteral("deviceOs"), d.currentVersion},
                              {QStringLiteral("report"), d.reportPath},
                              {QStringLiteral("milliseconds"),
                               d.startedAt.isValid() ? d.startedAt.msecsTo(d.finishedAt) : 0}};
                if (d.error) o.insert(QStringLiteral("error"), errorJson(*d.error));
                if (!d.reason.isEmpty()) o.insert(QStringLiteral("reason"), d.reason);
                if (d.finalInspection)
                    o.insert(QStringLiteral("after"),
                             ModuleInspectionPrinter::json(*d.finalInspection, &PlatformDatabase::builtin()));
                printJsonLine(o);
            }
            return;
        }
        const QString head = QStringLiteral("%1 %2:").arg(who(d), d.platformName);
        if (promptNew)
            err() << head << " needs you: " << d.prompt->title << "\n  " << d.prompt->instruction << '\n';
        if (!statusChanged && !(stepChanged && d.status == StationStatus::Writing && d.progress.step >= 0))
            return;
        switch (d.status) {
        case StationStatus::Waiting:
            err() << head << " waiting"
                  << (d.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.reason)) << '\n';
            break;
        case StationStatus::Inspecting:
            err() << head << " reading its modules\n";
            break;
        case StationStatus::Planning:
            err() << head << " planning (Device OS "
                  << (d.currentVersion.isEmpty() ? QStringLiteral("unknown") : d.currentVersion) << ")\n";
            break;
        case StationStatus::Writing:
            if (d.progress.step >= 0)
                err() << head << " step " << d.progress.step + 1 << " of " << d.progress.stepCount << ": "
                      << d.progress.message << '\n';
            else
                err() << head << " restoring to " << d.targetVersion << '\n';
            break;
        case StationStatus::NeedsPerson:
            break;
        case StationStatus::Done:
            out() << head << " restored to Device OS " << d.currentVersion << "; final inspection passed\n";
            break;
        case StationStatus::AlreadyAtTarget:
            out() << head << " already runs Device OS " << d.currentVersion << "; nothing written\n";
            break;
        case StationStatus::Failed:
            out() << head << " FAILED: " << (d.error ? d.error->text() : d.reason) << '\n';
            break;
        case StationStatus::Cancelled:
            out() << head << " cancelled: " << d.reason << '\n';
            break;
        case StationStatus::Unplugged:
            out() << head << " unplugged"
                  << (d.reason.isEmpty() ? QString() : QStringLiteral(": ") + d.reason) << '\n';
            break;
        case StationStatus::NotSuitable:
            out() << head << " left alone: " << d.reason << '\n';
            break;
        }
        out().flush();
        err().flush();
    }

private:
    struct Seen
    {
        bool any = false;
        StationStatus status = StationStatus::Waiting;
        int step = -2;
        RestorePhase phase = RestorePhase::Locating;
        bool prompted = false;
    };
    StationService &m_station;
    bool m_json;
    QHash<QString, Seen> m_seen;
};

} // namespace

QList<QCommandLineOption> stationOptions()
{
    return {
        QCommandLineOption(QStringLiteral("all"),
                           QStringLiteral("Restore every attached device the platform and version "
                                          "fit, all at once; exits non-zero if any failed.")),
        QCommandLineOption(QStringLiteral("watch"),
                           QStringLiteral("Keep running and restore each device as it is plugged "
                                          "in, until Ctrl+C (a second Ctrl+C quits at once).")),
        QCommandLineOption(QStringLiteral("recipe"),
                           QStringLiteral("Use a saved station recipe (platform, version, user "
                                          "firmware, models); options given override it."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("report-folder"),
                           QStringLiteral("Where station mode saves each device's report and "
                                          "summary.csv / summary.json (default: the app's "
                                          "data folder, station/DATE)."),
                           QStringLiteral("DIR")),
    };
}

bool wantsStation(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("all")) || parser.isSet(QStringLiteral("watch")) ||
           parser.isSet(QStringLiteral("recipe"));
}

int runStationRestore(const QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool watch = parser.isSet(QStringLiteral("watch"));
    if (parser.isSet(QStringLiteral("device"))) {
        err() << "device-restore restore: --device names one device; --all and --watch take every device. "
                 "Give one or the other.\n";
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        err() << "device-restore restore: station mode writes to every device without asking each time: add "
                 "--yes.\n";
        return ExitUsage;
    }

    // The recipe: a saved one, with the options given on top.
    StationRecipe recipe;
    recipe.name = QStringLiteral("command line");
    recipe.userFirmware = UserFirmwareChoice::Auto;
    if (parser.isSet(QStringLiteral("recipe"))) {
        auto saved = StationRecipeStore().load(parser.value(QStringLiteral("recipe")));
        if (!saved.ok()) {
            printError(err(), "restore", saved.error());
            return ExitUsage;
        }
        recipe = *saved;
    }
    if (parser.isSet(QStringLiteral("platform"))) {
        const Platform *p = platformFromText(parser.value(QStringLiteral("platform")));
        if (!p) {
            err() << "device-restore restore: '" << parser.value(QStringLiteral("platform"))
                  << "' is not a known platform.\n";
            return ExitUsage;
        }
        recipe.platformId = p->id;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        const QString v = parser.value(QStringLiteral("version"));
        if (v != QLatin1String("latest") && v != QLatin1String("default") && !SemVer::parse(v)) {
            err() << "device-restore restore: '" << v << "' is not a Device OS version.\n";
            return ExitUsage;
        }
        recipe.targetVersion = v;
    }
    if (recipe.targetVersion.isEmpty()) {
        err() << "device-restore restore: --version (or a --recipe) is required.\n";
        return ExitUsage;
    }
    const QString user = parser.value(QStringLiteral("user-firmware"));
    if (parser.isSet(QStringLiteral("user-firmware"))) {
        recipe.userFirmware = user == QLatin1String("tinker") ? UserFirmwareChoice::Tinker
                              : user == QLatin1String("keep") ? UserFirmwareChoice::Keep
                              : user == QLatin1String("auto") ? UserFirmwareChoice::Auto
                                                              : UserFirmwareChoice::File;
        recipe.userFirmwarePath = recipe.userFirmware == UserFirmwareChoice::File ? user : QString();
    }
    if (parser.isSet(QStringLiteral("model")))
        recipe.allowedSkus = {parser.value(QStringLiteral("model")).toUpper()};
    recipe.autoStart = true;
    if (auto checked = StationRecipe::fromJson(recipe.toJson()); !checked.ok()) {
        printError(err(), "restore", checked.error());
        return ExitUsage;
    }

    // Devices: virtual ones, or the bus. Releases: --bundle or the demo's local binaries, else the catalog.
    std::shared_ptr<const FirmwareBundle> bundle;
    const bool simulate = parser.isSet(QStringLiteral("simulate"));
    const QString catalogUrl = configuredCatalogUrl(parser);
    if (parser.isSet(QStringLiteral("bundle")) || (simulate && catalogUrl.isEmpty())) {
        const QString path = parser.isSet(QStringLiteral("bundle")) ? parser.value(QStringLiteral("bundle"))
                                                                    : BundleLoader::defaultLocalSource();
        if (path.isEmpty()) {
            err() << "device-restore restore: no Device OS binaries. Give --bundle DIR|ZIP, or run "
                     "installer/fetch-real-binaries.sh.\n";
            return ExitUsage;
        }
        auto b = FirmwareBundle::open(path);
        if (!b.ok()) {
            printError(err(), "restore", b.error());
            return ExitInvalidInput;
        }
        bundle = std::make_shared<const FirmwareBundle>(std::move(*b));
    }
    std::unique_ptr<sim::SimulatedFleet> fleet;
    std::unique_ptr<LibusbBackend> libusb;
    if (simulate) {
        auto specs = sim::parseSimulationSpecs(parser.value(QStringLiteral("simulate")));
        if (!specs.ok()) {
            printError(err(), "restore", specs.error());
            return ExitUsage;
        }
        std::optional<FirmwareBundle> local;
        const FirmwareBundle *devicesFrom = bundle.get();
        if (!devicesFrom) {
            auto b = FirmwareBundle::open(BundleLoader::defaultLocalSource());
            if (!b.ok()) {
                printError(err(), "restore", b.error());
                return ExitInvalidInput;
            }
            local = std::move(*b);
            devicesFrom = &*local;
        }
        auto f = sim::SimulatedFleet::create(*specs, *devicesFrom);
        if (!f.ok()) {
            printError(err(), "restore", f.error());
            return ExitInvalidInput;
        }
        fleet = std::move(*f);
    } else {
        auto usb = LibusbBackend::create();
        if (!usb.ok()) {
            printError(err(), "restore", usb.error());
            return ExitFailure;
        }
        libusb = std::move(*usb);
    }
    UsbBackend &usb = fleet ? fleet->usb() : static_cast<UsbBackend &>(*libusb);

    StationService station(usb);
    if (bundle) {
        station.setReleaseProvider(bundleReleases(bundle));
    } else {
        auto sources = releaseSourcesFor(catalogUrl);
        if (!sources.ok()) {
            printError(err(), "restore", sources.error());
            return ExitUsage;
        }
        station.setReleaseProvider(catalogReleases(QString(), *sources));
    }
    if (fleet) {
        station.setSerialPortLookup([f = fleet.get()](const QString &id) { return f->serialPortFor(id); });
        station.setSimulated(true);
    }
    if (parser.isSet(QStringLiteral("report-folder")))
        station.setReportFolder(parser.value(QStringLiteral("report-folder")));
    StationPrinter printer(station, json);
    station.setRecipe(recipe);
    if (json)
        printJsonLine({{QStringLiteral("event"), QStringLiteral("station")},
                       {QStringLiteral("mode"), watch ? QStringLiteral("watch") : QStringLiteral("all")},
                       {QStringLiteral("recipe"), recipe.toJson()},
                       {QStringLiteral("reportFolder"), station.reportFolder()}});
    else
        err() << (watch ? "Watching for devices" : "Restoring every attached device") << " to Device OS "
              << recipe.targetVersion
              << (recipe.platformId >= 0
                      ? QStringLiteral(" (%1 only)")
                            .arg(PlatformDatabase::builtin().byId(recipe.platformId)->displayName)
                      : QString())
              << "; reports in " << station.reportFolder() << (watch ? ". Ctrl+C stops.\n" : "\n");

    // A person prompt: on a terminal, Enter answers the oldest one; otherwise the device is left to
    // do it on its own, as the single-device restore does with --yes.
    const bool interactive = isatty(STDIN_FILENO) && !json;
    QList<QString> prompts;
    std::unique_ptr<QSocketNotifier> stdinNotifier;
    if (interactive) {
        stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinNotifier.get(), &QSocketNotifier::activated, &station, [&] {
            char buf[256];
            if (::read(STDIN_FILENO, buf, sizeof buf) <= 0)
                stdinNotifier->setEnabled(false);
            else if (!prompts.isEmpty())
                station.answerPerson(prompts.takeFirst(), true);
        });
    }
    QObject::connect(&station, &StationService::deviceUpdated, &station, [&](const StationDevice &d) {
        if (d.status != StationStatus::NeedsPerson || prompts.contains(d.key)) return;
        if (interactive) {
            prompts.append(d.key);
            err() << "  Press Enter when " << who(d) << " is ready.\n";
        } else {
            station.answerPerson(d.key, true);
        }
    });

    g_interrupts.store(0);
    std::signal(SIGINT, onStationInterrupt);
    std::signal(SIGTERM, onStationInterrupt);
    QEventLoop loop;
    bool cancelling = false;
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (g_interrupts.load() > 0 && !cancelling) {
            cancelling = true;
            if (!json)
                err() << "\nStopping: every device stops at its next safe point (Ctrl+C again quits at "
                         "once).\n";
            station.cancelAll();
        }
        if (cancelling && !station.busy()) {
            loop.quit();
            return;
        }
        // --all: done once the bus was looked at and every device has finished (nothing queued).
        if (!watch && !cancelling && station.scanned() && !station.busy()) {
            bool allDone = true;
            for (const StationDevice &d : station.devices())
                allDone &= finished(d.status) || (d.status == StationStatus::Waiting && !d.attached);
            if (allDone) loop.quit();
        }
    });
    tick.start();
    station.startWatching(watch ? 500 : 200);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    int done = 0, failed = 0, notSuitable = 0, cancelled = 0;
    for (const StationDevice &d : station.devices()) {
        done += d.status == StationStatus::Done || d.status == StationStatus::AlreadyAtTarget ? 1 : 0;
        failed += d.status == StationStatus::Failed || d.status == StationStatus::Unplugged ? 1 : 0;
        cancelled += d.status == StationStatus::Cancelled ? 1 : 0;
        notSuitable += d.status == StationStatus::NotSuitable ? 1 : 0;
    }
    const QString csv = station.reportFolder() + QStringLiteral("/summary.csv");
    if (json)
        printJsonLine(
            {{QStringLiteral("event"), QStringLiteral("summary")},
             {QStringLiteral("done"), done},
             {QStringLiteral("failed"), failed},
             {QStringLiteral("cancelled"), cancelled},
             {QStringLiteral("notSuitable"), notSuitable},
             {QStringLiteral("summaryCsv"), csv},
             {QStringLiteral("summaryJson"), station.reportFolder() + QStringLiteral("/summary.json")}});
    else
        out() << done << " restored, " << failed << " failed, " << cancelled << " cancelled, " << notSuitable
              << " left alone. Summary: " << csv << '\n';
    // Ctrl+C is how --watch ends: cancelled only when it stopped a device mid-restore.
    if (g_interrupts.load() > 0 && (!watch || cancelled > 0)) return ExitCancelled;
    if (failed > 0 || cancelled > 0) return ExitFailure;
    if (done == 0 && !watch) {
        if (!json)
            err() << "device-restore restore: no attached device fits (plug them in with data cables, or "
                     "check --platform).\n";
        return ExitNoDevice;
    }
    return ExitOk;
}

} // namespace dr::cli
