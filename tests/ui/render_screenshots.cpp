// Renders the wizard as people see it into PNG files, for the README and for people to look at:
// every page, the device's module table (Inspect), the version page with Particle's release catalog
// (from the local HTTP test server) and a download under way, the restore page mid-restore and with
// a prompt for the person, error states (another platform's device, a failed restore) and the results. The
// devices are virtual (core/simulator) and hold real releases from the binaries.
//
//   render_screenshots --out DIR [--size WIDTHxHEIGHT] [--language CODE] [--quick]
//
// Each image is the wizard window as Qt paints it (QWidget::grab), with any dialog it has open
// painted over it where the window system put it; tests/ui/render-screenshots.sh runs this under
// Xvfb with a window manager. Every image is read back and checked not to be blank: a blank or
// missing image, or a walk that does not reach its page, fails the program (exit 1).
// --quick: the virtual devices do not take real-hardware time (the ctest smoke).
#include "dialogs/doctordialog.h"
#include "dialogs/settingsdialog.h"
#include "doctor/doctorservice.h"
#include "i18n/translations.h"
#include "pages/devicepage.h"
#include "pages/planpage.h"
#include "pages/platformpage.h"
#include "pages/restorepage.h"
#include "pages/resultpage.h"
#include "pages/versionpage.h"
#include "platform/platformdatabase.h"
#include "restore/releaseservice.h"
#include "restorewizard.h"
#include "simulator/simulatedfleet.h"
#include "simulator/virtualdevice.h"
#include "support/corpus.h"
#include "support/doctorsnapshots.h"
#include "support/lockedusb.h"
#include "support/httptestserver.h"
#include "support/releaselayout.h"
#include "version/deviceosversions.h"
#include "widgets/downloadpanel.h"
#include "widgets/moduletable.h"
#include "widgets/platformlist.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QProgressBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace dr;
using namespace dr::ui;

namespace {

struct Options
{
    QString outDir;
    QSize size{980, 720};
    QString language;
    bool quick = false;
};

bool complain(const QString &why)
{
    std::fprintf(stderr, "render_screenshots: %s\n", qPrintable(why));
    return false;
}

// Too few colours, or nearly every pixel the same, is a blank image (an unpainted window).
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

class Renderer
{
public:
    Renderer(Options options, std::shared_ptr<const FirmwareBundle> corpus)
        : m_options(std::move(options)), m_corpus(std::move(corpus))
    {
    }

    int written() const { return m_written; }
    std::shared_ptr<const FirmwareBundle> corpus() const { return m_corpus; }
    QSize size() const { return m_options.size; }

    // The window, with the dialogs it has open painted over it where they are on the screen. It
    // serves no events itself (a shot from a progress slot must not let the restore finish first):
    // callers let the window settle before.
    bool shoot(QWidget &window, const QString &name)
    {
        QImage image = window.grab().toImage();
        QPainter painter(&image);
        const QPoint origin = window.mapToGlobal(QPoint(0, 0));
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top == &window || !top->isVisible() || !top->parentWidget() || top->parentWidget()->window() != &window)
                continue; // only the dialogs of this window
            painter.drawPixmap(top->mapToGlobal(QPoint(0, 0)) - origin, top->grab());
        }
        painter.end();
        return save(image, name);
    }

    bool save(const QImage &image, const QString &name)
    {
        const QString path = QDir(m_options.outDir).filePath(name + QStringLiteral(".png"));
        if (!image.save(path))
            return complain(QStringLiteral("cannot write %1").arg(path));
        const QImage back(path);
        if (back.isNull() || back.size() != image.size())
            return complain(QStringLiteral("%1 does not read back as the image written").arg(path));
        if (looksBlank(back))
            return complain(QStringLiteral("%1 is blank").arg(path));
        std::printf("wrote %s (%dx%d)\n", qPrintable(path), back.width(), back.height());
        std::fflush(stdout);
        ++m_written;
        return true;
    }

    // A wizard on virtual devices `spec` (PLATFORM@VERSION,...), shown at the chosen size.
    struct Rig
    {
        std::unique_ptr<sim::SimulatedFleet> fleet;
        std::unique_ptr<DeviceService> devices;
        std::unique_ptr<RestoreWizard> wizard;
    };
    std::optional<Rig> rig(const QString &spec, bool timing)
    {
        QSettings().clear(); // every walk starts like a first start
        auto specs = sim::parseSimulationSpecs(spec);
        if (!specs.ok())
            return complain(specs.error().text()), std::nullopt;
        auto fleet = sim::SimulatedFleet::create(*specs, *m_corpus, timing && !m_options.quick);
        if (!fleet.ok())
            return complain(fleet.error().text()), std::nullopt;
        Rig r;
        r.fleet = std::move(*fleet);
        r.devices = std::make_unique<DeviceService>(r.fleet->usb());
        r.wizard = std::make_unique<RestoreWizard>(*r.devices, m_corpus->source(), true);
        r.wizard->resize(m_options.size);
        r.wizard->show();
        if (!QTest::qWaitForWindowExposed(r.wizard.get()))
            return complain(QStringLiteral("the wizard was never shown")), std::nullopt;
        if (r.wizard->size() != m_options.size)
            std::fprintf(stderr, "render_screenshots: the window is %dx%d, not %dx%d (the window manager chose)\n",
                         r.wizard->width(), r.wizard->height(), m_options.size.width(), m_options.size.height());
        if (!QTest::qWaitFor([&] { return r.wizard->session().bundle != nullptr; }, 60000))
            return complain(QStringLiteral("the wizard did not load the binaries")), std::nullopt;
        return r;
    }

private:
    Options m_options;
    std::shared_ptr<const FirmwareBundle> m_corpus;
    int m_written = 0;
};

template <typename Page>
Page *page(RestoreWizard &w, int id)
{
    return qobject_cast<Page *>(w.page(id));
}

int platformId(const char *name)
{
    const Platform *p = PlatformDatabase::builtin().byName(QString::fromLatin1(name));
    return p ? p->id : -1;
}

// Platform and version (and model) pages; leaves the wizard on the device page. `shots` names the
// two images, or is empty.
bool chooseUpToDevice(Renderer &r, RestoreWizard &w, const char *platform, const QString &version,
                      const QString &modelSku, const QStringList &shots)
{
    if (!page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(platformId(platform)))
        return complain(QStringLiteral("no %1 in the platform list").arg(QLatin1String(platform)));
    QTest::qWait(100);
    if (!shots.isEmpty() && !r.shoot(w, shots.at(0)))
        return false;
    w.next();
    if (w.currentId() != RestoreWizard::VersionPageId)
        return complain(QStringLiteral("the platform page did not lead to the version page"));
    auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
    if (!modelSku.isEmpty()) {
        const int i = vp->model()->findData(modelSku);
        if (i < 0)
            return complain(QStringLiteral("no model %1").arg(modelSku));
        vp->model()->setCurrentIndex(i);
    }
    QListWidget *list = vp->versions();
    bool found = false;
    for (int i = 0; i < list->count() && !found; ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == version) {
            list->setCurrentRow(i);
            found = true;
        }
    if (!found || !vp->isComplete())
        return complain(QStringLiteral("version %1 cannot be chosen").arg(version));
    QTest::qWait(100);
    if (shots.size() > 1 && !r.shoot(w, shots.at(1)))
        return false;
    w.next();
    if (w.currentId() != RestoreWizard::DevicePageId)
        return complain(QStringLiteral("the version page did not lead to the device page"));
    return true;
}

// Device page with its one device read, then the plan confirmed; leaves the wizard on the plan page.
bool chooseDeviceAndConfirm(RestoreWizard &w)
{
    auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
    if (!QTest::qWaitFor([&] { return dp->list()->count() == 1 && dp->isComplete(); }, 10000))
        return complain(QStringLiteral("the device page did not read the device: %1").arg(dp->status()->text()));
    w.next();
    auto *pp = page<PlanPage>(w, RestoreWizard::PlanPageId);
    if (w.currentId() != RestoreWizard::PlanPageId)
        return complain(QStringLiteral("the device page did not lead to the plan"));
    pp->confirm()->setChecked(true);
    if (!pp->isComplete())
        return complain(QStringLiteral("the plan cannot be confirmed"));
    QTest::qWait(100);
    return true;
}

bool waitForResult(RestoreWizard &w, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return w.currentId() == RestoreWizard::ResultPageId; }, timeoutMs))
        return complain(QStringLiteral("the restore did not reach the result page"));
    QTest::qWait(100);
    return true;
}

// Boron 1.5.2 -> 2.2.0, the way the README's run command offers it: every page, Inspect, the
// restore half-way, the result.
bool wholeRestore(Renderer &r)
{
    auto rig = r.rig(QStringLiteral("boron@1.5.2"), true);
    if (!rig)
        return false;
    RestoreWizard &w = *rig->wizard;
    if (!chooseUpToDevice(r, w, "boron", QStringLiteral("2.2.0"), QString(), {QStringLiteral("01-platform"), QStringLiteral("02-version")}))
        return false;
    auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
    if (!QTest::qWaitFor([&] { return dp->list()->count() == 1 && dp->isComplete(); }, 10000))
        return complain(QStringLiteral("the device page did not read the device: %1").arg(dp->status()->text()));
    QTest::qWait(100);
    if (!r.shoot(w, QStringLiteral("03-device")))
        return false;
    QTest::mouseClick(dp->inspectButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return dp->modules()->isVisible() && dp->modules()->rowCount() > 1; }, 10000))
        return complain(QStringLiteral("Inspect did not show the module table"));
    QTest::qWait(100);
    if (!r.shoot(w, QStringLiteral("04-device-inspect")))
        return false;
    if (!chooseDeviceAndConfirm(w) || !r.shoot(w, QStringLiteral("05-plan")))
        return false;

    // Shot from the progress signal itself (after the page has shown it), once half the bytes are written:
    // without the timing model the restore is over before a poll would see it.
    bool shot = false, shotOk = true;
    QObject::connect(rig->devices.get(), &DeviceService::restoreProgress, &w, [&](const RestoreProgress &p) {
        const bool running = p.phase != RestorePhase::Done && p.phase != RestorePhase::Failed
                             && p.phase != RestorePhase::Cancelled && p.phase != RestorePhase::Inspecting;
        if (shot || !running || p.total == 0 || p.done * 2 < p.total)
            return;
        shot = true;
        shotOk = w.currentId() == RestoreWizard::RestorePageId
                     ? r.shoot(w, QStringLiteral("06-restore"))
                     : complain(QStringLiteral("the wizard left the restore page before half the bytes were written"));
    });
    w.next();
    if (!waitForResult(w, 10 * 60 * 1000))
        return false;
    if (!shot)
        return complain(QStringLiteral("the restore never reported half of its bytes written"));
    if (!shotOk)
        return false;
    if (!w.session().outcome || !w.session().outcome->success)
        return complain(QStringLiteral("the restore failed: %1").arg(page<ResultPage>(w, RestoreWizard::ResultPageId)->outcome()->text()));
    return r.shoot(w, QStringLiteral("08-result"));
}

// Boron 2.2.0 -> 1.5.0 as a BRN402: the downgrade stops at 1.5.2 until the device has connected to
// the cellular network, and the person is asked to wait for it.
bool restoreWithPrompt(Renderer &r)
{
    auto rig = r.rig(QStringLiteral("boron@2.2.0"), false);
    if (!rig)
        return false;
    RestoreWizard &w = *rig->wizard;
    if (!chooseUpToDevice(r, w, "boron", QStringLiteral("1.5.0"), QStringLiteral("BRN402"), {}) || !chooseDeviceAndConfirm(w))
        return false;
    w.next();
    QMessageBox *prompt = nullptr;
    if (!QTest::qWaitFor([&] {
            prompt = w.findChild<QMessageBox *>(QStringLiteral("personPrompt"));
            return (prompt && prompt->isVisible()) || w.currentId() == RestoreWizard::ResultPageId;
        }, 5 * 60 * 1000) || !prompt)
        return complain(QStringLiteral("the downgrade through 1.5.2 never asked the person"));
    if (!QTest::qWaitForWindowExposed(prompt))
        return complain(QStringLiteral("the prompt was never shown"));
    QTest::qWait(200); // the window manager places the box
    if (!r.shoot(w, QStringLiteral("07-restore-prompt")))
        return false;
    prompt->button(QMessageBox::Ok)->click();
    if (!waitForResult(w, 5 * 60 * 1000))
        return false;
    if (!w.session().outcome || !w.session().outcome->success)
        return complain(QStringLiteral("the downgrade failed: %1").arg(page<ResultPage>(w, RestoreWizard::ResultPageId)->outcome()->text()));
    return true;
}

// A virtual Boron on 1.5.2 (no timing), the wizard on the plan page for 2.2.0, confirmed: the start
// of the scenes where something goes wrong once the restore runs.
std::optional<Renderer::Rig> boronConfirmedFor220(Renderer &r)
{
    auto rig = r.rig(QStringLiteral("boron@1.5.2"), false);
    if (!rig)
        return std::nullopt;
    if (!chooseUpToDevice(r, *rig->wizard, "boron", QStringLiteral("2.2.0"), QString(), {})
        || !chooseDeviceAndConfirm(*rig->wizard))
        return std::nullopt;
    return rig;
}

// The cable came out after the plan was confirmed: the restore looks for the device, and after 10 s
// the restore page says how long it has waited and how long it waits at most. Then Cancel.
bool restoreWaiting(Renderer &r)
{
    auto rig = boronConfirmedFor220(r);
    if (!rig)
        return false;
    RestoreWizard &w = *rig->wizard;
    rig->fleet->devices().first()->unplug();
    w.next();
    auto *rp = page<RestorePage>(w, RestoreWizard::RestorePageId);
    if (!QTest::qWaitFor([&] { return rp->waitingNote()->isVisible(); }, 30000))
        return complain(QStringLiteral("the restore page never said it was still waiting for the device (page %1: %2)")
                            .arg(w.currentId())
                            .arg(rp->instruction()->text()));
    const bool shot = r.shoot(w, QStringLiteral("13-restore-waiting"));
    rp->cancelButton()->click();
    if (!waitForResult(w, 5 * 60 * 1000))
        return false;
    return shot;
}

// The flash refuses every write: the restore fails and the result page says why and what to do.
bool failedRestore(Renderer &r)
{
    auto rig = boronConfirmedFor220(r);
    if (!rig)
        return false;
    RestoreWizard &w = *rig->wizard;
    rig->fleet->devices().first()->injectFault(sim::Fault{sim::FaultKind::WriteError, 0, -1});
    w.next();
    if (!waitForResult(w, 5 * 60 * 1000))
        return false;
    if (!w.session().outcome || w.session().outcome->success)
        return complain(QStringLiteral("the restore with a failing flash did not fail"));
    return r.shoot(w, QStringLiteral("09-result-failed"));
}

// The person chose the Argon, but a Boron is attached; then no device at all.
bool deviceErrors(Renderer &r)
{
    {
        auto rig = r.rig(QStringLiteral("boron@1.5.2"), false);
        if (!rig)
            return false;
        RestoreWizard &w = *rig->wizard;
        if (!chooseUpToDevice(r, w, "argon", QStringLiteral("2.2.0"), QString(), {}))
            return false;
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        if (!QTest::qWaitFor([&] { return dp->list()->count() == 1 && !dp->status()->text().isEmpty(); }, 10000))
            return complain(QStringLiteral("the device page did not judge the Boron"));
        if (dp->isComplete())
            return complain(QStringLiteral("a Boron was accepted for an Argon restore"));
        QTest::qWait(100);
        if (!r.shoot(w, QStringLiteral("10-device-wrong-platform")))
            return false;
    }
    auto rig = r.rig(QStringLiteral("boron@1.5.2"), false);
    if (!rig)
        return false;
    RestoreWizard &w = *rig->wizard;
    rig->fleet->devices().first()->unplug();
    if (!chooseUpToDevice(r, w, "boron", QStringLiteral("2.2.0"), QString(), {}))
        return false;
    auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
    if (!QTest::qWaitFor([&] { return dp->list()->count() == 0 && !dp->list()->isVisible(); }, 10000))
        return complain(QStringLiteral("the device page still lists a device after the unplug"));
    QTest::qWait(300);
    return r.shoot(w, QStringLiteral("11-device-none"));
}

// The version page listing Particle's releases for a Boron (a copy of the published layout built
// from the corpus, served by the local HTTP test server), then downloading one, slowly enough to see.
bool catalogVersion(Renderer &r)
{
    QSettings().clear();
    QTemporaryDir layoutDir, cacheDir;
    auto layout = test::buildReleaseLayout(layoutDir.path(), {QStringLiteral("boron")});
    if (!layout.ok())
        return complain(layout.error().text());
    test::HttpTestServer server(layout->root);
    if (!server.start())
        return complain(QStringLiteral("the local HTTP test server did not start"));
    server.setSlowRate(512 * 1024);
    server.setFault(QStringLiteral("/assets/files/device-restore/2.2.0/boron.zip"), test::HttpTestServer::Fault::Slow);
    ReleaseService releases(cacheDir.path(), ReleaseSources::mirror(server.baseUrl()));
    auto specs = sim::parseSimulationSpecs(QStringLiteral("boron@1.5.2"));
    auto fleet = specs.ok() ? sim::SimulatedFleet::create(*specs, *r.corpus(), false)
                            : Result<std::unique_ptr<sim::SimulatedFleet>>(specs.error());
    if (!fleet.ok())
        return complain(fleet.error().text());
    DeviceService devices((*fleet)->usb());
    RestoreWizard w(devices, QString(), true, &releases);
    w.resize(r.size());
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return complain(QStringLiteral("the wizard was never shown"));
    if (!QTest::qWaitFor([&] { return w.catalogState() == RestoreWizard::CatalogState::Ready; }, 30000))
        return complain(QStringLiteral("the catalog did not load from the local server"));
    if (!page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(platformId("boron")))
        return complain(QStringLiteral("no boron in the platform list"));
    w.next();
    auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
    QListWidget *list = vp->versions();
    const bool labelled = QTest::qWaitFor([&] { // the plugged-in device's version gets its label
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("1.5.2"))
                return list->item(i)->text().contains(VersionPage::tr("on the device"));
        return false;
    }, 5000);
    if (!labelled)
        return complain(QStringLiteral("the device's version was never labelled on the version page"));
    QTest::qWait(100);
    if (!r.shoot(w, QStringLiteral("14-version-catalog")))
        return false;
    bool found = false;
    for (int i = 0; i < list->count() && !found; ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("2.2.0")) {
            list->setCurrentRow(i);
            found = true;
        }
    if (!found)
        return complain(QStringLiteral("the catalog lists no 2.2.0 for the Boron"));
    w.next();
    if (!QTest::qWaitFor([&] { return vp->download()->bar()->value() > 150; }, 30000))
        return complain(QStringLiteral("the download did not get going"));
    const bool shot = r.shoot(w, QStringLiteral("15-version-download"));
    releases.cancel();
    const bool stopped = QTest::qWaitFor([&] { return !vp->download()->running(); }, 10000);
    return shot && (stopped || complain(QStringLiteral("the download did not stop")));
}

// A computer without Particle's udev rule: the device page with a Boron this user may not open, then
// "Check this computer" with its findings and the udev fix shown before it runs. The check reads a
// made-up snapshot (support/doctorsnapshots.h), so the image does not depend on the machine.
bool computerCheck(Renderer &r)
{
    QSettings().clear();
    auto specs = sim::parseSimulationSpecs(QStringLiteral("boron@1.5.2"));
    auto fleet = specs.ok() ? sim::SimulatedFleet::create(*specs, *r.corpus(), false)
                            : Result<std::unique_ptr<sim::SimulatedFleet>>(specs.error());
    if (!fleet.ok())
        return complain(fleet.error().text());
    test::LockedUsb locked((*fleet)->usb());
    DeviceService devices(locked);
    RestoreWizard w(devices, r.corpus()->source(), true);
    w.resize(r.size());
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return complain(QStringLiteral("the wizard was never shown"));
    if (!QTest::qWaitFor([&] { return w.session().bundle != nullptr; }, 60000))
        return complain(QStringLiteral("the wizard did not load the binaries"));
    if (!chooseUpToDevice(r, w, "boron", QStringLiteral("2.2.0"), QString(), {}))
        return false;
    auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
    if (!QTest::qWaitFor([&] { return dp->unusablePanel()->isVisible(); }, 10000))
        return complain(QStringLiteral("the device page did not say the Boron cannot be opened"));
    QTest::qWait(100);
    if (!r.shoot(w, QStringLiteral("17-device-unusable")))
        return false;
    w.doctor().setSnapshotSource([] { return test::withoutRule(); });
    dp->checkComputerButton()->click();
    auto *dialog = w.findChild<DoctorDialog *>();
    if (!dialog || !QTest::qWaitFor([&] { return !dialog->shownCodes().isEmpty(); }, 10000))
        return complain(QStringLiteral("the computer check showed no findings"));
    QPushButton *fix = dialog->fixButton(QStringLiteral("usb.no-permission"));
    if (!fix)
        return complain(QStringLiteral("the computer check offered no udev fix"));
    fix->click();
    QTest::qWait(200);
    const bool shot = r.shoot(w, QStringLiteral("16-doctor"));
    dialog->close();
    return shot;
}

bool settings(Renderer &r)
{
    // With the release settings; the service is never asked for anything (no network).
    QTemporaryDir cacheDir;
    ReleaseService releases(cacheDir.path(), ReleaseSources::particle());
    SettingsDialog dialog(nullptr, &releases, 187LL * 1024 * 1024);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return complain(QStringLiteral("the settings dialog was never shown"));
    QTest::qWait(100);
    return r.shoot(dialog, QStringLiteral("12-settings"));
}

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--out") && !next.isEmpty()) {
            o.outDir = next;
            ++i;
        } else if (a == QLatin1String("--size") && !next.isEmpty()) {
            const QStringList wh = next.split(QLatin1Char('x'));
            o.size = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
            if (o.size.width() < 200 || o.size.height() < 200)
                return complain(QStringLiteral("--size wants WIDTHxHEIGHT, e.g. 980x720")), std::nullopt;
            ++i;
        } else if (a == QLatin1String("--language") && !next.isEmpty()) {
            o.language = next;
            ++i;
        } else if (a == QLatin1String("--quick")) {
            o.quick = true;
        } else {
            return complain(QStringLiteral("usage: render_screenshots --out DIR [--size WxH] [--language CODE] [--quick]")),
                   std::nullopt;
        }
    }
    if (o.outDir.isEmpty())
        return complain(QStringLiteral("--out DIR is required")), std::nullopt;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dr.*.info=false\ndr.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreScreenshots"));
    const std::optional<Options> options = parseOptions(app.arguments());
    if (!options)
        return 2;
    // English too, as the app does: its plural forms ("22 seconds left") come from a translation file.
    const QString language = options->language.isEmpty() ? QStringLiteral("en") : options->language;
    if (!Translations::isKnown(language))
        return complain(QStringLiteral("unknown language %1").arg(language)), 2;
    if (!Translations::install(app, language))
        return complain(QStringLiteral("the %1 translation is missing").arg(language)), 1;
    if (!QDir().mkpath(options->outDir))
        return complain(QStringLiteral("cannot create %1").arg(options->outDir)), 1;
    if (!PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok())
        return complain(QStringLiteral("the built-in data did not load")), 1;
    auto corpus = FirmwareBundle::open(test::corpusDir());
    if (!corpus.ok())
        return complain(corpus.error().text() + QLatin1Char(' ') + test::corpusMissingMessage()), 1;

    Renderer r(*options, std::make_shared<const FirmwareBundle>(std::move(*corpus)));
    bool ok = true;
    for (const auto &scene : {wholeRestore, catalogVersion, restoreWithPrompt, restoreWaiting, failedRestore, deviceErrors,
                              computerCheck, settings})
        ok = scene(r) && ok;
    std::printf("%d images in %s\n", r.written(), qPrintable(options->outDir));
    QSettings().clear();
    return ok ? 0 : 1;
}
