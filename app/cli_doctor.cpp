// `device-restore doctor [--json] [--no-network]`: what stops this computer from reaching Particle
// devices or their releases, why, and what to do (core/doctor). `--fix install-udev-rule` applies
// the udev fix (as root: the GUI runs it through pkexec); `--root DIR` writes below DIR instead of
// / (tests) and then leaves udev alone. `--print-udev-rule` prints the rule the package installs.
#include "cli.h"
#include "clireleases.h"

#include "doctor/doctor.h"
#include "doctor/findingsjson.h"
#include "doctor/networkprobe.h"
#include "doctor/systemprobe.h"
#include "doctor/udevrulefix.h"
#include "doctor/udevrules.h"
#include "platform/platformdatabase.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace dr::cli {

namespace {

QString systemName(HostSystem s)
{
    switch (s) {
    case HostSystem::Linux:
        return QStringLiteral("linux");
    case HostSystem::Windows:
        return QStringLiteral("windows");
    case HostSystem::MacOs:
        return QStringLiteral("macos");
    case HostSystem::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString sandboxName(Sandbox s)
{
    switch (s) {
    case Sandbox::None:
        return QStringLiteral("none");
    case Sandbox::Flatpak:
        return QStringLiteral("flatpak");
    case Sandbox::Snap:
        return QStringLiteral("snap");
    }
    return {};
}

int runFix(const QString &fix, const QString &root)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (fix != doctorFixName(DoctorFixKind::InstallUdevRule)) {
        err << "device-restore doctor: unknown fix '" << fix << "'. Known: install-udev-rule.\n";
        return ExitUsage;
    }
    const bool realRoot = root.isEmpty() || root == QLatin1String("/");
    if (realRoot && !probeSystem({QStringLiteral("/"), 0}).root) {
        err << "device-restore doctor: --fix install-udev-rule writes to /etc/udev/rules.d and needs "
               "administrator "
               "rights. Run: pkexec device-restore doctor --fix install-udev-rule\n";
        return ExitUsage;
    }
    auto written = UdevRuleFix::install(realRoot ? QStringLiteral("/") : root, PlatformDatabase::builtin());
    if (!written.ok()) {
        err << "device-restore doctor: " << written.error().text() << '\n';
        return ExitFailure;
    }
    out << "Wrote " << *written << ".\n";
    if (!realRoot) {
        out << "Not reloading udev: the rule was written below " << root << ", not to this system.\n";
        return ExitOk;
    }
    auto reloaded = UdevRuleFix::reloadUdev();
    if (!reloaded.ok()) {
        err << "device-restore doctor: " << reloaded.error().text() << '\n';
        return ExitFailure;
    }
    out << "udev reloaded its rules. Unplug the device and plug it in again.\n";
    return ExitOk;
}

} // namespace

int runDoctor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check what stops this computer from reaching Particle devices and their releases: USB and serial "
        "port "
        "permissions, udev rules, ModemManager and other programs holding ports, sandboxes, and the release "
        "sources over the network. Each finding says what was found, why it matters and what to do."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption noNetOpt(QStringLiteral("no-network"),
                                      QStringLiteral("Do not check the release sources."));
    const QCommandLineOption timeoutOpt(
        QStringLiteral("timeout"), QStringLiteral("Seconds to wait for the release sources (default 5)."),
        QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption fixOpt(
        QStringLiteral("fix"),
        QStringLiteral("Apply a fix as administrator: install-udev-rule writes Device "
                       "Restore's udev rule to /etc/udev/rules.d and reloads udev."),
        QStringLiteral("FIX"));
    const QCommandLineOption rootOpt(
        QStringLiteral("root"),
        QStringLiteral("With --fix: write below this folder instead of / (udev is not "
                       "reloaded)."),
        QStringLiteral("DIR"));
    const QCommandLineOption printRuleOpt(
        QStringLiteral("print-udev-rule"),
        QStringLiteral("Print the udev rule for Particle devices and exit."));
    const QCommandLineOption urlOpt = catalogUrlOption();
    parser.addOptions({jsonOpt, noNetOpt, timeoutOpt, fixOpt, rootOpt, printRuleOpt, urlOpt});
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (parser.isSet(printRuleOpt)) {
        out << udev::particleRules(PlatformDatabase::builtin());
        return ExitOk;
    }
    if (parser.isSet(fixOpt)) return runFix(parser.value(fixOpt), parser.value(rootOpt));
    if (parser.isSet(rootOpt)) {
        err << "device-restore doctor: --root only goes with --fix.\n";
        return ExitUsage;
    }
    bool timeoutOk = false;
    const double timeoutSeconds = parser.value(timeoutOpt).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0 || timeoutSeconds > 120) {
        err << "device-restore doctor: --timeout takes seconds between 0 and 120.\n";
        return ExitUsage;
    }
    auto sources = releaseSourcesFor(configuredCatalogUrl(parser));
    if (!sources.ok()) {
        err << "device-restore doctor: " << sources.error().text() << '\n';
        return ExitUsage;
    }

    SystemSnapshot snapshot = probeSystem();
    if (!parser.isSet(noNetOpt)) {
        snapshot.networkChecked = true;
        snapshot.sources =
            NetworkProbe::probe(*sources, std::chrono::milliseconds(qint64(timeoutSeconds * 1000)));
    }
    const QList<Finding> findings = Doctor::diagnose(snapshot, PlatformDatabase::builtin());

    if (parser.isSet(jsonOpt)) {
        QJsonObject system{{QStringLiteral("os"), systemName(snapshot.system)},
                           {QStringLiteral("user"), snapshot.userName},
                           {QStringLiteral("root"), snapshot.root},
                           {QStringLiteral("groups"), QJsonArray::fromStringList(snapshot.groups)},
                           {QStringLiteral("sandbox"), sandboxName(snapshot.sandbox)},
                           {QStringLiteral("libusb_hotplug"), snapshot.libusbHotplug},
                           {QStringLiteral("usb_devices"), int(snapshot.usbDevices.size())},
                           {QStringLiteral("serial_ports"), int(snapshot.serialPorts.size())},
                           {QStringLiteral("udev_rule_files"), int(snapshot.udevRules.size())},
                           {QStringLiteral("network_checked"), snapshot.networkChecked}};
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("device-restore/doctor")},
                              {QStringLiteral("format_version"), 1},
                              {QStringLiteral("tool_version"), QStringLiteral(DR_VERSION_STRING)},
                              {QStringLiteral("worst"), findingSeverityName(Doctor::worst(findings))},
                              {QStringLiteral("system"), system},
                              {QStringLiteral("findings"), findingsJson(findings)}};
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << findingsText(findings);
    const FindingSeverity worst = Doctor::worst(findings);
    out << (worst >= FindingSeverity::Warning
                ? "\nSome findings need attention (see 'what to do' above).\n"
                : "\nNothing stops this computer from restoring Particle devices.\n");
    return ExitOk;
}

} // namespace dr::cli
