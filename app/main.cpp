// Entry point: `device-restore <command> ...` runs the command line; no command opens the GUI.
#include "cli.h"
#include "clireleases.h"
#include "startupprobe.h"

#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include "i18n/translations.h"
#include "restore/bundleloader.h"
#include "restore/deviceservice.h"
#include "restore/releaseservice.h"
#include "dialogs/settingsdialog.h"
#include "restorewizard.h"
#include "simulator/simulatedfleet.h"
#include "stationlauncher.h"
#include "usb/libusbbackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace {

// The GUI's own texts (the command line stays English).
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(dr::App)
};

// --language CODE (or --language=CODE) from the arguments, before QCommandLineParser runs: its
// texts are translated, so the translators must be in before it is set up.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--language") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--language=")))
            return args[i].mid(int(qstrlen("--language=")));
    }
    return {};
}

QString languageCodes()
{
    QStringList codes;
    for (const dr::ui::Language &l : dr::ui::Translations::languages())
        codes << l.code;
    return codes.join(QStringLiteral(", "));
}

bool loadData()
{
    for (const dr::Result<void> &r : {dr::PlatformDatabase::loadBuiltin(), dr::DeviceOsVersionTable::loadBuiltin()}) {
        if (!r.ok()) {
            QTextStream(stderr) << "device-restore: " << r.error().text() << '\n';
            if (!r.error().detail.isEmpty())
                QTextStream(stderr) << "  " << r.error().detail << '\n';
            return false;
        }
    }
    return true;
}

void printUsage()
{
    QTextStream out(stdout);
    out << "Usage: device-restore [COMMAND] [OPTIONS]\n\n"
           "Without a command, opens the Device Restore window.\n\nCommands:\n";
    for (const auto &c : dr::cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(16) << c.summary << '\n';
    out << "\nRun 'device-restore COMMAND --help' for the options of a command.\n";
}


// The --simulate devices, made on a worker thread once the window is up (reading their releases
// from the binaries and booting them takes longer than the window takes to appear), then plugged in
// as a person plugs in a device: the device page lists them and the platform page follows the one
// device. A release missing from the binaries ends the program as before, after saying so.
void attachSimulatedDevices(dr::sim::SimulatedFleet &fleet, const QList<dr::sim::SimulationSpec> &specs,
                            const QString &bundlePath, dr::DeviceService &devices, QWidget &window)
{
    using Made = dr::Result<QList<std::shared_ptr<dr::sim::VirtualDevice>>>;
    auto *watcher = new QFutureWatcher<Made>(&window);
    QObject::connect(watcher, &QFutureWatcher<Made>::finished, &window, [watcher, &fleet, &devices, &window] {
        watcher->deleteLater();
        const Made made = watcher->result();
        const dr::Result<void> plugged = made.ok() ? fleet.plug(*made) : dr::Result<void>(made.error());
        if (!plugged.ok()) {
            const QString text = plugged.error().text();
            QTextStream(stderr) << "device-restore: " << text << '\n';
            QMessageBox::critical(&window, MainText::tr("Device Restore"), text);
            QCoreApplication::exit(dr::cli::ExitFailure);
            return;
        }
        devices.refresh();
    });
    watcher->setFuture(QtConcurrent::run([specs, bundlePath]() -> Made {
        auto files = dr::BundleLoader::openShared(bundlePath);
        if (!files.ok())
            return files.error();
        return dr::sim::SimulatedFleet::makeDevices(specs, **files);
    }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestore"));
    QCoreApplication::setApplicationName(QStringLiteral("device-restore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DR_VERSION_STRING));

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage();
        return dr::cli::ExitOk;
    }
    if (first == QLatin1String("--version")) {
        std::printf("device-restore %s\n", DR_VERSION_STRING);
        return dr::cli::ExitOk;
    }
    if (const dr::cli::Command *cmd = first.startsWith(QLatin1Char('-')) || first.isEmpty()
                                          ? nullptr
                                          : dr::cli::findCommand(first)) {
        QCoreApplication app(argc, argv);
        // The command line prints what matters itself; the engine's log lines appear with DR_VERBOSE=1.
        if (qEnvironmentVariableIsEmpty("DR_VERBOSE"))
            QLoggingCategory::setFilterRules(QStringLiteral("dr.*.info=false\ndr.*.debug=false"));
        if (!loadData())
            return dr::cli::ExitFailure;
        QStringList args = app.arguments();
        args.removeAt(1);
        args[0] = QStringLiteral("device-restore ") + first;
        return cmd->run(args);
    }
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << "device-restore: unknown command '" << first << "'.\n";
        printUsage();
        return dr::cli::ExitUsage;
    }

    QApplication app(argc, argv);
    // The menu entry's id (installer/linux): Wayland compositors match the window to its icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.devicerestore.DeviceRestore"));
    // The language: --language, else the settings' choice ("" follows the system).
    const QString languageArg = languageArgument(app.arguments());
    const QString language = dr::ui::Translations::resolveLanguage(
        languageArg.isEmpty() ? QSettings().value(dr::ui::Translations::settingsKey()).toString() : languageArg,
        QLocale::system().uiLanguages());
    dr::ui::Translations::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(MainText::tr("Restore Particle devices to a chosen Device OS version."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      MainText::tr("Attach virtual devices instead of USB, e.g. boron@1.5.2,photon@2.2.0."),
                                      MainText::tr("PLATFORM@VERSION,..."));
    const QCommandLineOption bundle({QStringLiteral("b"), QStringLiteral("bundle")},
                                    MainText::tr("Folder or zip of Device OS release binaries."), MainText::tr("DIR|ZIP"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        MainText::tr("Show the window in this language: %1 (default: the system language, or the one chosen in "
                     "the settings).")
            .arg(languageCodes()),
        MainText::tr("CODE"));
    const QCommandLineOption station(QStringLiteral("station"),
                                     MainText::tr("Open the restore station (many devices, one recipe) instead of the "
                                                  "wizard."));
    const QCommandLineOption recipe(QStringLiteral("recipe"),
                                    MainText::tr("With --station: use the saved recipe of this name."),
                                    MainText::tr("NAME"));
    parser.addOptions({simulate, bundle, languageOption, station, recipe});
    parser.process(app);
    if (parser.isSet(languageOption) && !dr::ui::Translations::isKnown(parser.value(languageOption).trimmed().toLower())) {
        QTextStream(stderr) << "device-restore: "
                            << MainText::tr("unknown language '%1'.").arg(parser.value(languageOption)) << '\n';
        return dr::cli::ExitUsage;
    }
    if (!loadData())
        return dr::cli::ExitFailure;

    auto fail = [](const QString &text) {
        QMessageBox::critical(nullptr, MainText::tr("Device Restore"), text);
        QTextStream(stderr) << "device-restore: " << text << '\n';
        return dr::cli::ExitFailure;
    };
    std::unique_ptr<dr::UsbBackend> libusb;
    std::unique_ptr<dr::sim::SimulatedFleet> fleet;
    QList<dr::sim::SimulationSpec> simulated;
    const QString ownBundle = parser.value(bundle); // the person's own binaries, when given
    QString bundlePath = ownBundle;
    if (parser.isSet(simulate)) {
        // Virtual devices hold real releases from the binaries: by default the ones the setup
        // script fetched. They are made after the window is up (attachSimulatedDevices).
        if (bundlePath.isEmpty())
            bundlePath = dr::BundleLoader::defaultLocalSource();
        if (bundlePath.isEmpty())
            return fail(MainText::tr("The virtual devices need Device OS binaries, and none were found. Run "
                                     "installer/fetch-real-binaries.sh (it puts them in "
                                     "~/.cache/device-restore/real-binaries), or give --bundle with a folder or zip "
                                     "of release binaries."));
        auto specs = dr::sim::parseSimulationSpecs(parser.value(simulate));
        if (!specs.ok())
            return fail(specs.error().text());
        simulated = *specs;
        fleet = dr::sim::SimulatedFleet::empty();
    } else {
        auto usb = dr::LibusbBackend::create();
        if (!usb.ok())
            return fail(usb.error().text());
        libusb = std::move(*usb);
    }
    dr::DeviceService devices(fleet ? fleet->usb() : *libusb);
    if (fleet) // virtual devices have their serial ports on ptys the system's port list does not show
        devices.setSerialPortLookup([f = fleet.get()](const QString &id) { return f->serialPortFor(id); });
    // Releases come from the catalog (DEVICE_RESTORE_CATALOG_URL, else the settings' address, else
    // Particle's) through the verified cache; without a kept catalog and a network, the version page
    // uses the local binaries as before.
    QString catalogUrl = qEnvironmentVariable("DEVICE_RESTORE_CATALOG_URL");
    if (catalogUrl.isEmpty())
        catalogUrl = dr::ui::SettingsDialog::storedCatalogUrl();
    auto sources = dr::cli::releaseSourcesFor(catalogUrl);
    if (!sources.ok()) {
        QTextStream(stderr) << "device-restore: " << sources.error().text() << '\n';
        sources = dr::ReleaseSources::particle();
    }
    dr::ReleaseService releases(QString(), *sources);
    dr::ui::RestoreWizard wizard(devices, ownBundle, fleet != nullptr, &releases);
    if (dr::app::attachStartupProbeIfRequested(wizard)) // DR_STARTUP_PROBE=1: tests/bench/bench_gui.sh
        QObject::connect(&devices, &dr::DeviceService::devicesChanged, &wizard, [](const QList<dr::DeviceSummary> &list) {
            if (!list.isEmpty())
                dr::app::reportStartupMilestone("first-device-ms");
        });
    // The restore station: from the wizard's "Restore many devices", or at once with --station. Its
    // devices' releases come as the command line's station takes them: the binaries given (or, for
    // --simulate without a catalog address, the ones the setup script fetched), else the catalog.
    const bool stationFromBinaries =
        !ownBundle.isEmpty() || (fleet && qEnvironmentVariableIsEmpty("DEVICE_RESTORE_CATALOG_URL"));
    const QString stationBinaries = bundlePath.isEmpty() ? dr::BundleLoader::defaultLocalSource() : bundlePath;
    dr::app::StationLauncher stations(fleet ? fleet->usb() : *libusb,
                                      stationFromBinaries
                                          ? dr::app::StationLauncher::binariesOpenedOnFirstUse(stationBinaries)
                                          : dr::catalogReleases(QString(), *sources),
                                      stationFromBinaries, fleet != nullptr);
    if (fleet)
        stations.setSerialPortLookup([f = fleet.get()](const QString &id) { return f->serialPortFor(id); });
    QObject::connect(&wizard, &dr::ui::RestoreWizard::stationRequested, &wizard,
                     [&stations, &wizard] { stations.chooseRecipe(&wizard, wizard.listing()); });
    QObject::connect(&stations, &dr::app::StationLauncher::stationOpened, &wizard, &QWidget::hide);
    if (parser.isSet(station)) {
        if (parser.isSet(recipe)) {
            if (const auto opened = stations.openStation(parser.value(recipe)); !opened.ok())
                return fail(opened.error().text());
        } else {
            // Without a recipe the editor is the only window: closing it ends the program.
            QObject::connect(&stations, &dr::app::StationLauncher::editorClosed, &app, [&stations](bool accepted) {
                if (!accepted && !stations.window())
                    QCoreApplication::quit();
            });
            stations.chooseRecipe(nullptr, nullptr);
        }
    } else {
        if (parser.isSet(recipe))
            return fail(MainText::tr("--recipe is for the restore station: give --station too."));
        wizard.show();
    }
    if (fleet)
        attachSimulatedDevices(*fleet, simulated, bundlePath, devices, wizard);
    return app.exec();
}
