// `device-restore plan`: what a restore would do, before anything is written.
#include "cli.h"
#include "clireleases.h"

#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreplanjson.h"
#include "restore/restoreplanner.h"
#include "version/deviceosversions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace dr::cli {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString versionText(const std::optional<int> &module, const std::optional<SemVer> &semver)
{
    if (!module)
        return QStringLiteral("-");
    return semver ? QStringLiteral("%1 (%2)").arg(*module).arg(semver->toString()) : QString::number(*module);
}

void printPlan(QTextStream &out, const RestorePlan &plan)
{
    out << "Plan: " << plan.platform->displayName << ", Device OS "
        << (plan.current ? plan.current->toString() : QStringLiteral("unknown")) << " -> " << plan.target.toString();
    if (plan.stages > 1)
        out << " in " << plan.stages << " stages";
    out << "\n\n";
    if (!plan.steps.isEmpty()) {
        out << QStringLiteral("  %1  %2 %3 %4 %5 %6 %7\n")
                   .arg(QStringLiteral("#"), 2)
                   .arg(QStringLiteral("Module"), -20)
                   .arg(QStringLiteral("Now"), -14)
                   .arg(QStringLiteral("After"), -14)
                   .arg(QStringLiteral("How"), -16)
                   .arg(QStringLiteral("Size"), 9)
                   .arg(QStringLiteral("Why"));
        int n = 0;
        for (const PlanStep &s : plan.steps) {
            ++n;
            if (s.kind == StepKind::WaitForConnection || s.kind == StepKind::WaitForReboot) {
                out << QStringLiteral("  %1  -- %2 --\n").arg(n, 2).arg(s.reason);
                continue;
            }
            const QString after = s.kind == StepKind::InvalidateFormerUserPart
                                      ? QStringLiteral("erased")
                                      : versionText(s.toVersion, s.toDeviceOs);
            out << QStringLiteral("  %1  %2 %3 %4 %5 %6 %7\n")
                       .arg(n, 2)
                       .arg(s.part, -20)
                       .arg(versionText(s.fromVersion, s.fromDeviceOs), -14)
                       .arg(after, -14)
                       .arg(stepTransportName(s.transport) + (s.mode == StepMode::Dfu ? QString() : QStringLiteral("*")), -16)
                       .arg(sizeText(s.bytes), 9)
                       .arg(s.reason);
        }
        if (std::any_of(plan.steps.begin(), plan.steps.end(), [](const PlanStep &s) { return s.mode == StepMode::Running; }))
            out << "\n  * sent while the device runs Device OS (not in DFU mode)\n";
        out << "\n  " << plan.flashSteps() << " writes, " << sizeText(plan.totalBytes()) << " in all\n";
    }
    for (Severity sev : {Severity::Refusal, Severity::Warning, Severity::Info}) {
        for (const PlanMessage &m : plan.messages) {
            if (m.severity != sev)
                continue;
            const QString tag = sev == Severity::Refusal ? QStringLiteral("REFUSED")
                                : sev == Severity::Warning ? (m.overridden ? QStringLiteral("OVERRIDDEN")
                                                                           : QStringLiteral("WARNING"))
                                                           : QStringLiteral("note");
            out << "\n" << tag << ": " << m.text;
            if (sev == Severity::Refusal && m.overridable)
                out << " (--force goes ahead anyway)";
        }
    }
    out << "\n";
    if (plan.refused())
        out << "\nNothing will be written: the plan is refused.\n";
}

} // namespace

int runPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Work out how a restore would bring a device to a Device OS version, without writing anything.\n"
        "Without a device, --from says which release the device runs (a device cleanly restored to it)."));
    parser.addHelpOption();
    const QCommandLineOption platformOpt({QStringLiteral("p"), QStringLiteral("platform")},
                                         QStringLiteral("Platform name or id (boron, photon, 13, ...)."),
                                         QStringLiteral("PLATFORM"));
    const QCommandLineOption versionOpt({QStringLiteral("v"), QStringLiteral("version")},
                                        QStringLiteral("Target Device OS version."), QStringLiteral("VERSION"));
    const QCommandLineOption bundleOpt({QStringLiteral("b"), QStringLiteral("bundle")},
                                       QStringLiteral("Folder or zip of Device OS release binaries (default: the "
                                                      "releases from the cache, downloaded when missing)."),
                                       QStringLiteral("DIR|ZIP"));
    const QCommandLineOption fromOpt(QStringLiteral("from"),
                                     QStringLiteral("Device OS the device runs now (assumes its modules are intact)."),
                                     QStringLiteral("VERSION"));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("Model/SKU (BRN402, B404X, ...)."),
                                      QStringLiteral("SKU"));
    const QCommandLineOption userOpt(QStringLiteral("user-firmware"),
                                     QStringLiteral("auto (default), tinker, keep, or a firmware file."),
                                     QStringLiteral("auto|tinker|keep|FILE"), QStringLiteral("auto"));
    const QCommandLineOption ncpOpt(QStringLiteral("ncp"), QStringLiteral("Also update the network co-processor."));
    const QCommandLineOption forceOpt(QStringLiteral("force"),
                                      QStringLiteral("Go ahead despite recommendations (never despite hard rules)."));
    const QCommandLineOption noDfuOpt(QStringLiteral("no-dfu"),
                                      QStringLiteral("Do not use DFU mode (control requests and YModem only)."));
    const QCommandLineOption protectedOpt(QStringLiteral("protected"),
                                          QStringLiteral("The device has Device Protection on."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the plan as JSON."));
    const QCommandLineOption catalogOpt = catalogUrlOption();
    parser.addOptions({platformOpt, versionOpt, bundleOpt, fromOpt, modelOpt, userOpt, ncpOpt, forceOpt, noDfuOpt,
                       protectedOpt, jsonOpt, catalogOpt});
    parser.process(arguments);

    QTextStream err(stderr);
    auto usage = [&](const QString &text) {
        err << "device-restore plan: " << text << "\nRun 'device-restore plan --help' for the options.\n";
        return ExitUsage;
    };
    if (!parser.isSet(platformOpt) || !parser.isSet(versionOpt))
        return usage(QStringLiteral("--platform and --version are required."));

    const PlatformDatabase &db = PlatformDatabase::builtin();
    const QString platformText = parser.value(platformOpt);
    bool isNumber = false;
    const int platformNumber = platformText.toInt(&isNumber);
    const Platform *platform = isNumber ? db.byId(platformNumber) : db.byName(platformText);
    if (!platform) {
        QStringList names;
        for (const Platform &p : db.platforms())
            if (p.supported)
                names << p.name;
        return usage(QStringLiteral("'%1' is not a known platform. Known: %2.").arg(platformText, names.join(QLatin1String(", "))));
    }
    const auto target = SemVer::parse(parser.value(versionOpt));
    if (!target)
        return usage(QStringLiteral("'%1' is not a Device OS version (for example 2.2.0).").arg(parser.value(versionOpt)));
    std::optional<SemVer> from;
    if (parser.isSet(fromOpt)) {
        from = SemVer::parse(parser.value(fromOpt));
        if (!from)
            return usage(QStringLiteral("'%1' is not a Device OS version.").arg(parser.value(fromOpt)));
    }

    PlanRequest request;
    request.platform = platform;
    request.target = *target;
    PlanOptions &o = request.options;
    o.modelSku = parser.value(modelOpt);
    o.includeNcp = parser.isSet(ncpOpt);
    o.force = parser.isSet(forceOpt);
    o.allowDfu = !parser.isSet(noDfuOpt);
    o.deviceProtected = parser.isSet(protectedOpt);
    const QString user = parser.value(userOpt);
    if (user == QLatin1String("auto")) {
        o.userFirmware = UserFirmwareChoice::Auto;
    } else if (user == QLatin1String("tinker")) {
        o.userFirmware = UserFirmwareChoice::Tinker;
    } else if (user == QLatin1String("keep")) {
        o.userFirmware = UserFirmwareChoice::Keep;
    } else {
        auto file = FirmwareBundle::open(user);
        if (!file.ok()) {
            err << "device-restore plan: " << file.error().text() << '\n';
            return ExitInvalidInput;
        }
        if (file->modules().size() != 1) {
            err << "device-restore plan: " << user << " holds " << file->modules().size()
                << " modules; give one user firmware file.\n";
            return ExitInvalidInput;
        }
        o.userFirmware = UserFirmwareChoice::File;
        o.userFile = file->modules().first();
    }
    // The releases: --bundle, else the cache and the catalog (downloading what the plan needs).
    auto resolved = resolvePlanBundle(parser, bundleOpt, PlanBundleRequest{platform, from, *target, o, false, false},
                                      "plan");
    if (const int *failed = std::get_if<int>(&resolved))
        return *failed;
    const PlanBundle &releases = std::get<PlanBundle>(resolved);
    const FirmwareBundle *bundle = &releases.bundle();
    request.bundle = bundle;
    if (!releases.note.isEmpty())
        err << "Note: " << releases.note << '\n';
    if (from) {
        const BundleModule *app = bundle->tinkerFor(platform->id, *from);
        if (bundle->releasesFor(platform->id).contains(*from))
            request.device = bundle->inspectionAfterRestore(platform->id, *from, app ? &app->module : nullptr);
        request.currentDeviceOs = from;
    }

    const RestorePlan plan = RestorePlanner::plan(request);
    QTextStream out(stdout);
    if (parser.isSet(jsonOpt))
        out << QJsonDocument(restorePlanToJson(plan)).toJson(QJsonDocument::Indented);
    else
        printPlan(out, plan);
    return plan.refused() ? ExitInvalidInput : ExitOk;
}

} // namespace dr::cli
