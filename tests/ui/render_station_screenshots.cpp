// Renders the restore station as a technician sees it into PNG files: the station with six devices
// in different states (writing, waiting for the person, done, failed, unplugged, not suitable), a
// device's details, and the recipe editor. The devices are StationDevice values as the station
// service sends them (the view draws only those). tests/ui/render-screenshots.sh runs it under Xvfb
// with a window manager after the wizard's shots; its ctest smoke renders offscreen. A blank or
// missing image fails the program (exit 1).
//
//   render_station_screenshots --out DIR [--size WIDTHxHEIGHT] [--language CODE]
#include "i18n/translations.h"
#include "platform/platformdatabase.h"
#include "station/recipeeditor.h"
#include "station/stationdetailsdialog.h"
#include "station/stationview.h"
#include "version/deviceosversions.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QSettings>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace dr;
using namespace dr::ui;

namespace {

bool complain(const QString &why)
{
    std::fprintf(stderr, "render_station_screenshots: %s\n", qPrintable(why));
    return false;
}

bool looksBlank(const QImage &image)
{
    QHash<QRgb, int> counts;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            ++counts[image.pixel(x, y)];
            ++samples;
        }
    int most = 0;
    for (int c : std::as_const(counts))
        most = std::max(most, c);
    return counts.size() < 8 || most > samples * 98 / 100;
}

bool save(QWidget &w, const QString &dir, const QString &name)
{
    QTest::qWait(150); // let the window settle (layouts, the window manager's placement)
    const QImage image = w.grab().toImage();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!image.save(path))
        return complain(QStringLiteral("cannot write %1").arg(path));
    const QImage back(path);
    if (back.isNull() || back.size() != image.size() || looksBlank(back))
        return complain(QStringLiteral("%1 is missing or blank").arg(path));
    std::printf("wrote %s (%dx%d)\n", qPrintable(path), back.width(), back.height());
    std::fflush(stdout);
    return true;
}

ModuleInspection inspectionAt(int platformId, const SemVer &version)
{
    ModuleInspection i;
    i.platformId = platformId;
    const DeviceOsRelease *release = DeviceOsVersionTable::builtin().release(version);
    InstalledModule bootloader;
    bootloader.functionCode = quint8(ModuleFunction::Bootloader);
    bootloader.version = release ? release->bootloaderModuleVersion : 0;
    bootloader.validityChecked = bootloader.validityResult = validity::Usual;
    i.modules << bootloader;
    for (int index = 1; index <= 2; ++index) {
        InstalledModule m;
        m.functionCode = quint8(ModuleFunction::SystemPart);
        m.index = index;
        m.version = release ? release->systemModuleVersion : 0;
        m.validityChecked = m.validityResult = validity::Usual;
        i.modules << m;
    }
    InstalledModule user;
    user.functionCode = quint8(ModuleFunction::UserPart);
    user.index = 1;
    user.version = 6;
    user.validityChecked = user.validityResult = validity::Usual;
    i.modules << user;
    i.resolveVersions(DeviceOsVersionTable::builtin());
    return i;
}

StationDevice device(const QString &id, int platformId, const QString &mode, const QString &port, const QString &from,
                     StationStatus status)
{
    StationDevice d;
    d.key = id;
    d.deviceId = id;
    d.platformId = platformId;
    const Platform *p = PlatformDatabase::builtin().byId(platformId);
    d.platformName = p ? p->displayName : QString();
    d.mode = mode;
    d.usbPortPath = port;
    d.currentVersion = from;
    d.targetVersion = QStringLiteral("2.2.0");
    d.status = status;
    return d;
}

// Six devices as a station shows them on a busy morning.
QList<StationDevice> sixDevices()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<StationDevice> list;

    StationDevice writing = device(QStringLiteral("e00fce681d2a4c6b8e0f1a2b"), 13, QStringLiteral("DFU"),
                                   QStringLiteral("1-2.1"), QStringLiteral("1.5.2"), StationStatus::Writing);
    writing.progress.phase = RestorePhase::Writing;
    writing.progress.step = 2;
    writing.progress.stepCount = 7;
    writing.progress.done = 412 * 1024;
    writing.progress.total = 980 * 1024;
    writing.progress.etaSeconds = 48;
    writing.progress.message = QCoreApplication::translate("dr::ui::StationScreens", "Writing system-part2 over DFU");
    writing.startedAt = now.addSecs(-35);
    list << writing;

    StationDevice asking = device(QStringLiteral("e00fce68c3b2a1908f7e6d5c"), 13, QStringLiteral("listening"),
                                  QStringLiteral("1-2.2"), QStringLiteral("1.5.2"), StationStatus::NeedsPerson);
    asking.prompt = PersonPrompt{QStringLiteral("Let the device connect"),
                                 QStringLiteral("Hold the MODE button until the LED blinks dark blue (about 3 seconds), "
                                                "then choose Done.")};
    asking.startedAt = now.addSecs(-80);
    list << asking;

    StationDevice done = device(QStringLiteral("e00fce6811223344556677aa"), 12, QStringLiteral("running"),
                                QStringLiteral("1-2.3"), QStringLiteral("2.2.0"), StationStatus::Done);
    done.finalInspection = inspectionAt(12, SemVer(2, 2, 0));
    done.startedAt = now.addSecs(-260);
    done.finishedAt = now.addSecs(-127);
    done.reportPath = QStringLiteral("/home/tech/station/2026-12-06/e00fce6811223344556677aa.txt");
    done.history << StationEvent{now.addSecs(-262), QStringLiteral("Plugged in (running Device OS 1.5.2)")}
                 << StationEvent{now.addSecs(-260), QStringLiteral("Restore started")}
                 << StationEvent{now.addSecs(-130), QStringLiteral("Final inspection passed")}
                 << StationEvent{now.addSecs(-127), QStringLiteral("Done: 1.5.2 to 2.2.0 in 2 min 13 s")};
    list << done;

    StationDevice failed = device(QStringLiteral("e00fce68deadbeef00112233"), 13, QStringLiteral("DFU"),
                                  QStringLiteral("1-2.4"), QStringLiteral("1.5.2"), StationStatus::Failed);
    failed.reason = QStringLiteral("The device stopped answering while system-part1 was written. Plug it in again and "
                                   "try again.");
    failed.error = makeError(QStringLiteral("dfu.timeout"), failed.reason);
    failed.startedAt = now.addSecs(-400);
    failed.finishedAt = now.addSecs(-310);
    failed.reportPath = QStringLiteral("/home/tech/station/2026-12-06/e00fce68deadbeef00112233.txt");
    list << failed;

    StationDevice unplugged = device(QStringLiteral("e00fce6899887766554433bb"), 23, QString(), QStringLiteral("1-2.5"),
                                     QStringLiteral("3.3.1"), StationStatus::Unplugged);
    unplugged.attached = false;
    unplugged.reason = QStringLiteral("Unplugged during step 2 of 5. Plug it in again, then press Start.");
    unplugged.history << StationEvent{now.addSecs(-90), QStringLiteral("Restore started")}
                      << StationEvent{now.addSecs(-30), QStringLiteral("Unplugged during step 2 of 5")};
    list << unplugged;

    StationDevice other = device(QStringLiteral("3a0027000c47343432313031"), 10, QStringLiteral("running"),
                                 QStringLiteral("1-2.6"), QStringLiteral("1.5.2"), StationStatus::NotSuitable);
    other.targetVersion.clear();
    other.reason = QStringLiteral("The recipe is for the Boron and the B Series SoM; this is an Electron.");
    list << other;
    return list;
}

StationRecipe boronRecipe()
{
    StationRecipe r;
    r.name = QStringLiteral("Customer returns: Borons to 2.2.0");
    r.platformId = 13;
    r.targetVersion = QStringLiteral("2.2.0");
    r.userFirmware = UserFirmwareChoice::Tinker;
    r.autoStart = true;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreScreenshots"));
    QString out;
    QString language = QStringLiteral("en"); // English too: its plural forms come from a translation file
    QSize size(1280, 960);
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--out"))
            out = args[i + 1];
        else if (args[i] == QLatin1String("--language"))
            language = args[i + 1];
        else if (args[i] == QLatin1String("--size")) {
            const QStringList wh = args[i + 1].split(QLatin1Char('x'));
            size = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
        } else {
            return complain(QStringLiteral("unknown option %1").arg(args[i])), 2;
        }
    }
    if (out.isEmpty() || size.width() < 200 || size.height() < 200)
        return complain(QStringLiteral("usage: render_station_screenshots --out DIR [--size WxH] [--language CODE]")), 2;
    if (!Translations::isKnown(language) || !Translations::install(app, language))
        return complain(QStringLiteral("the %1 translation is missing").arg(language)), 2;
    if (!QDir().mkpath(out))
        return complain(QStringLiteral("cannot create %1").arg(out)), 1;
    if (!PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok())
        return complain(QStringLiteral("the built-in data did not load")), 1;

    bool ok = true;
    StationView view;
    view.setWindowTitle(QStringLiteral("Device Restore station"));
    view.resize(size);
    view.setRecipe(boronRecipe());
    view.setReportFolder(QStringLiteral("/home/tech/station/2026-12-06"));
    const QList<StationDevice> devices = sixDevices();
    for (const StationDevice &d : devices)
        view.updateDevice(d);
    StationCounters counters;
    counters.done = 14;
    counters.failed = 1;
    counters.inProgress = 2;
    counters.waiting = 0;
    counters.notSuitable = 1;
    view.setCounters(counters);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return complain(QStringLiteral("the station was never shown")), 1;
    view.resize(size); // the window manager may have given it the whole screen, frame included
    ok = save(view, out, QStringLiteral("station-1-six-devices")) && ok;

    view.showDetails(devices.at(2).key);
    if (StationDetailsDialog *details = view.detailsDialog(devices.at(2).key)) {
        if (!QTest::qWaitForWindowExposed(details))
            return complain(QStringLiteral("the details were never shown")), 1;
        ok = save(*details, out, QStringLiteral("station-2-details")) && ok;
        details->close();
    } else {
        ok = complain(QStringLiteral("the details did not open"));
    }

    RecipeEditor editor;
    StationRecipe saved = boronRecipe();
    StationRecipe photons;
    photons.name = QStringLiteral("Photons for the lab, wait for a click");
    photons.platformId = 6;
    photons.autoStart = false;
    editor.setSavedRecipes({saved, photons});
    StationRecipe shown = saved;
    shown.includeNcp = true;
    shown.allowedSkus = {QStringLiteral("BRN404X")};
    editor.setRecipe(shown);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        return complain(QStringLiteral("the recipe editor was never shown")), 1;
    ok = save(editor, out, QStringLiteral("station-3-recipe")) && ok;
    QSettings().clear();
    return ok ? 0 : 1;
}
