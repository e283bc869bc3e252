// The wizard as a person walks it (offscreen platform), against a virtual device holding a real
// release: platform, version, device, plan, restore, result; and the refusal and cancel paths.
#include "pages/devicepage.h"
#include "pages/planpage.h"
#include "pages/platformpage.h"
#include "pages/restorepage.h"
#include "pages/resultpage.h"
#include "pages/versionpage.h"
#include "platform/platformdatabase.h"
#include "restorewizard.h"
#include "simulator/simulatedfleet.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"
#include "support/corpus.h"
#include "support/signalrecorder.h"
#include "support/wizardtesting.h"
#include "version/deviceosversions.h"
#include "widgets/moduledescription.h"
#include "widgets/moduletable.h"
#include "widgets/planview.h"
#include "widgets/platformlist.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <pty.h>
#include <unistd.h>

using namespace dr;
using namespace dr::ui;

// A serial port where nothing answers: a pty nobody reads; both ends stay open while it lives.
struct SilentPort
{
    int master = -1, slave = -1;
    QString path;

    SilentPort()
    {
        char name[256];
        termios raw;
        cfmakeraw(&raw);
        if (openpty(&master, &slave, name, &raw, nullptr) == 0)
            path = QString::fromLocal8Bit(name);
    }
    ~SilentPort()
    {
        if (master >= 0)
            ::close(master);
        if (slave >= 0)
            ::close(slave);
    }
    SilentPort(const SilentPort &) = delete;
    SilentPort &operator=(const SilentPort &) = delete;
    bool ok() const { return !path.isEmpty(); }
};

class TestWizard : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> corpus;

    std::unique_ptr<sim::SimulatedFleet> fleet(const QString &spec, bool timing = false)
    {
        return test::makeFleet(spec, *corpus, timing);
    }
    // With DR_SCREENSHOT_DIR set, each page the walk reaches is saved there as a PNG (for the README
    // and for people to look at); tests/ui/render-screenshots.sh does this under Xvfb.
    static void shoot(QWidget &w, const char *name) { QVERIFY(test::shootIfAsked(w, name)); }
    template <typename Page>
    static Page *page(RestoreWizard &w, int id)
    {
        return qobject_cast<Page *>(w.page(id));
    }
    static bool selectVersion(QListWidget *list, const QString &v)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == v) {
                list->setCurrentRow(i);
                return true;
            }
        return false;
    }
    // Platform and version pages, then on to the device page.
    static void chooseUpToDevice(RestoreWizard &w, int platformId, const QString &version)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
        QVERIFY(page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(platformId));
        shoot(w, "1-platform");
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::VersionPageId));
        auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
        QVERIFY(selectVersion(vp->versions(), version));
        QVERIFY(vp->isComplete());
        shoot(w, "2-version");
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::DevicePageId));
    }

    // On the device page with the one device: once its modules are read, on to the plan and confirm it.
    static void confirmPlanForTheDevice(RestoreWizard &w)
    {
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000);
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::PlanPageId));
        page<PlanPage>(w, RestoreWizard::PlanPageId)->confirm()->setChecked(true);
    }

    // The letter after '&' in a label, lower case; a null QChar when it has none ("&&" is a literal &).
    static QChar mnemonicOf(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] != QLatin1Char('&'))
                continue;
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
        return QChar();
    }
    // Every mnemonic a person can use on the wizard's current page (its visible buttons, checkboxes,
    // labels with a buddy and checkable group boxes, and the wizard's own visible buttons) is unique.
    static void mnemonicsAreUniqueOn(RestoreWizard &w)
    {
        QHash<QChar, QString> seen;
        auto add = [&](const QString &text) {
            const QChar m = mnemonicOf(text);
            if (m.isNull())
                return;
            QVERIFY2(!seen.contains(m), qPrintable(QStringLiteral("page %1: \"%2\" and \"%3\" share the mnemonic %4")
                                                       .arg(w.currentId())
                                                       .arg(seen.value(m), text, m)));
            seen.insert(m, text);
        };
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton, QWizard::CustomButton1})
            if (w.button(b)->isVisible())
                add(w.button(b)->text());
        for (QWidget *child : w.currentPage()->findChildren<QWidget *>()) {
            if (!child->isVisibleTo(w.currentPage()))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(child))
                add(button->text());
            else if (auto *label = qobject_cast<QLabel *>(child); label && label->buddy())
                add(label->text());
            else if (auto *box = qobject_cast<QGroupBox *>(child); box && box->isCheckable())
                add(box->title());
            if (QTest::currentTestFailed())
                return;
        }
    }
    static QString cellText(QTableWidget *t, const QString &module, int column)
    {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0) && t->item(r, 0)->text() == module)
                return t->item(r, column) ? t->item(r, column)->text() : QString();
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreTests"));
        QSettings().clear();
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        corpus = std::move(*b);
    }

    void walksAWholeRestore()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));

        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_COMPARE_WITH_TIMEOUT(dp->list()->count(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000); // its modules were read
        QVERIFY2(w.session().before.has_value(), qPrintable(dp->findChildren<QLabel *>().value(1)->text()));
        shoot(w, "3-device");
        w.next();

        QCOMPARE(w.currentId(), int(RestoreWizard::PlanPageId));
        auto *pp = page<PlanPage>(w, RestoreWizard::PlanPageId);
        QCOMPARE(pp->view()->table()->rowCount(), 2);
        // People read what each module is; technicians find the slot name in the tooltip.
        QTableWidget *steps = pp->view()->table();
        QStringList modules;
        for (int r = 0; r < steps->rowCount(); ++r)
            modules << steps->item(r, 0)->text() + QLatin1Char('=') + steps->item(r, 0)->data(PlanView::SlotNameRole).toString();
        QCOMPARE(modules, (QStringList{QStringLiteral("Bootloader=bootloader"), QStringLiteral("System part 1=system-part1")}));
        QVERIFY2(steps->item(1, 0)->toolTip().contains(QLatin1String("system-part1")), qPrintable(steps->item(1, 0)->toolTip()));
        for (int r = 0; r < steps->rowCount(); ++r)
            QVERIFY2(steps->item(r, 0)->text() != w.session().plan.steps[r].part, qPrintable(steps->item(r, 0)->text()));
        const QLabel *summary = pp->view()->findChild<QLabel *>();
        QVERIFY2(summary->text().startsWith(QStringLiteral("Boron: Device OS 1.5.2 \u2192 2.2.0. 2 write(s), ")),
                 qPrintable(summary->text()));
        QVERIFY(!pp->isComplete()); // nothing is written without the confirmation
        pp->confirm()->setChecked(true);
        QVERIFY(pp->isComplete());
        shoot(w, "4-plan");
        w.next();

        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 60000);
        auto *rp = page<ResultPage>(w, RestoreWizard::ResultPageId);
        QVERIFY2(rp->outcome()->text().contains(QLatin1String("now runs Device OS 2.2.0")), qPrintable(rp->outcome()->text()));
        QTableWidget *t = rp->modules();
        QVERIFY(t->rowCount() >= 4);
        QStringList titles;
        for (int r = 0; r < t->rowCount(); ++r)
            titles << t->item(r, 0)->text();
        QVERIFY2(titles.contains(QStringLiteral("SoftDevice (radio stack)")), qPrintable(titles.join(QLatin1String(", "))));
        QVERIFY2(titles.contains(QStringLiteral("Bootloader")), qPrintable(titles.join(QLatin1String(", "))));
        const int sys = int(titles.indexOf(QStringLiteral("System part 1")));
        QVERIFY2(sys >= 0, qPrintable(titles.join(QLatin1String(", "))));
        QCOMPARE(t->item(sys, 0)->toolTip(), QStringLiteral("system-part1: system_part 1"));
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 2; c <= 5; ++c)
                QVERIFY2(t->item(r, c)->text() != QLatin1String("FAIL"), qPrintable(t->item(r, 0)->text()));
        QCOMPARE(f->devices().first()->module(ModuleFunction::SystemPart, 1)->version, quint16(2202));
        QVERIFY(!rp->tryAgainButton()->isVisible()); // nothing left to try again
        shoot(w, "6-result");

        // Save report: a text and a JSON file, both naming the device and the version.
        QTemporaryDir dir;
        QVERIFY(rp->saveReportTo(dir.filePath(QStringLiteral("report.txt"))));
        const QString id = w.session().device->usb.deviceId;
        for (const char *ext : {"txt", "json"}) {
            QFile file(dir.filePath(QStringLiteral("report.%1").arg(QLatin1String(ext))));
            QVERIFY2(file.open(QIODevice::ReadOnly), ext);
            const QByteArray text = file.readAll();
            QVERIFY2(text.contains(id.toLatin1()), ext);
            QVERIFY2(text.contains("2.2.0"), ext);
        }
        QVERIFY(rp->saveStatus()->text().contains(QLatin1String("report.json")));

        // Restore another device: back on the device page, platform and version kept.
        QTest::mouseClick(rp->anotherButton(), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(RestoreWizard::DevicePageId));
        QCOMPARE(w.session().platform->id, 13);
        QCOMPARE(w.session().target->toString(), QStringLiteral("2.2.0"));
        QVERIFY(!w.session().outcome.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000); // the same (only) device, read afresh
        QCOMPARE(w.session().before->systemDeviceOs()->toString(), QStringLiteral("2.2.0"));
    }

    void versionsBelowTheModelMinimumAreDisabledWithTheReason()
    {
        auto f = fleet(QStringLiteral("bsom@2.2.0"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
        QVERIFY(page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(23));
        w.next();
        auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
        vp->model()->setCurrentIndex(vp->model()->findData(QStringLiteral("B404")));
        QListWidget *list = vp->versions();
        QVERIFY(list->count() > 0);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *it = list->item(i);
            QVERIFY(!(it->flags() & Qt::ItemIsEnabled));
            QVERIFY2(it->text().contains(QLatin1String("the B404 needs 2.3.0 or newer")), qPrintable(it->text()));
        }
        QVERIFY(!vp->isComplete());
    }

    void userFileForAnotherPlatformIsRefusedOnTheSpot()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
        QVERIFY(page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(13));
        w.next();
        auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
        QVERIFY(selectVersion(vp->versions(), QStringLiteral("2.2.0")));
        DR_CORPUS_FILE(argonTinker, QStringLiteral("tinker-0.8.0-rc.27-argon.bin"));
        vp->chooseUserFile(argonTinker);
        QVERIFY(!vp->isComplete());
        const QLabel *status = vp->findChildren<QLabel *>().last();
        bool said = false;
        for (const QLabel *l : vp->findChildren<QLabel *>())
            said |= l->text().contains(QLatin1String("built for the Argon, not the Boron"));
        QVERIFY2(said, qPrintable(status->text()));
        DR_CORPUS_FILE(boronTinker, QStringLiteral("tinker-0.8.0-rc.27-boron.bin"));
        vp->chooseUserFile(boronTinker);
        QVERIFY(vp->isComplete());
    }

    void selectedPlatformIconLooksAsItDoesUnselected()
    {
        PlatformList list;
        list.setPlatforms(PlatformDatabase::builtin().platforms());
        list.resize(500, 600);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY(list.selectPlatform(13));
        const QSize size = list.iconSize();
        const QIcon icon = list.currentItem()->icon();
        const QImage normal = icon.pixmap(size, QIcon::Normal).toImage();
        // Selected (with and without focus) and active: the same picture, not tinted grey.
        for (QIcon::Mode mode : {QIcon::Selected, QIcon::Active})
            QCOMPARE(icon.pixmap(size, mode).toImage(), normal);
        // An unsupported platform's icon still draws greyed out, as its item is disabled.
        QListWidgetItem *unsupported = nullptr;
        for (int i = 0; i < list.count(); ++i)
            if (!(list.item(i)->flags() & Qt::ItemIsEnabled))
                unsupported = list.item(i);
        QVERIFY(unsupported);
        const QImage disabled = unsupported->icon().pixmap(size, QIcon::Disabled).toImage();
        const QColor board = disabled.pixelColor(disabled.width() / 5, disabled.height() / 2);
        QVERIFY2(board.hslSaturation() < 40, qPrintable(board.name())); // grey: next to no colour left
        // Drawn in the list, the selected item's board keeps its generation colour.
        const QImage shot = list.viewport()->grab().toImage();
        const QRect r = list.visualItemRect(list.currentItem());
        const QColor own = normal.pixelColor(normal.width() / 5, normal.height() / 2);
        bool found = false;
        for (int x = r.left(); x < r.left() + size.width() + 16 && !found; ++x)
            found |= shot.pixelColor(x, r.center().y()) == own;
        QVERIFY2(found, qPrintable(own.name()));
    }

    void restorePageSaysWhatToLookForInEveryPhase()
    {
        RestorePlan plan;
        PlanStep step;
        step.part = QStringLiteral("system-part1");
        step.function = ModuleFunction::SystemPart;
        step.index = 1;
        step.transport = StepTransport::YModem;
        plan.steps << step;
        RestoreProgress p;
        p.step = 0;
        p.stepCount = 1;
        for (RestorePhase phase : {RestorePhase::Locating, RestorePhase::EnteringDfu, RestorePhase::LeavingDfu,
                                   RestorePhase::EnteringListening, RestorePhase::Writing, RestorePhase::Rebooting,
                                   RestorePhase::Inspecting}) {
            p.phase = phase;
            QVERIFY2(!RestorePage::instructionFor(p, plan).isEmpty(), qPrintable(restorePhaseName(phase)));
        }
        p.phase = RestorePhase::EnteringListening;
        QVERIFY2(RestorePage::instructionFor(p, plan).contains(QLatin1String("LED blinks dark blue")),
                 qPrintable(RestorePage::instructionFor(p, plan)));
        // The step line names the module as people know it, not by its slot.
        p.phase = RestorePhase::Writing;
        p.message = QStringLiteral("Writing system-part1 (YModem)");
        QCOMPARE(RestorePage::stepText(p, plan), QStringLiteral("Writing System part 1 (YModem)"));
        p.phase = RestorePhase::Rebooting;
        QCOMPARE(RestorePage::stepText(p, plan), QStringLiteral("The device is applying System part 1 and restarting"));
    }

    // A wait the person cannot see the end of is said in words once it has lasted a while: how long
    // so far and how long at most; bytes that stop moving too. Nothing to say while a person is
    // asked or right after a change.
    void restorePageExplainsALongWait()
    {
        RestoreProgress p;
        p.phase = RestorePhase::Rebooting;
        p.waitLimitMs = 120000;
        QVERIFY(RestorePage::waitingText(p, 9000).isEmpty());
        const QString rebooting = RestorePage::waitingText(p, 23400);
        QVERIFY2(rebooting.contains(QLatin1String("23 s so far, at most 120 s")), qPrintable(rebooting));
        QVERIFY(rebooting.contains(QLatin1String("stops and says what to do")));
        p.waitLimitMs = 0; // nothing awaited: nothing to count down
        QVERIFY(RestorePage::waitingText(p, 60000).isEmpty());
        p.phase = RestorePhase::Writing;
        QVERIFY(RestorePage::waitingText(p, 14000).isEmpty());
        QVERIFY2(RestorePage::waitingText(p, 16000).contains(QLatin1String("No bytes have moved for 16 second")),
                 qPrintable(RestorePage::waitingText(p, 16000)));
        p.phase = RestorePhase::WaitingForPerson;
        p.waitLimitMs = 60000;
        QVERIFY(RestorePage::waitingText(p, 60000).isEmpty());
    }

    void wizardCancelDuringARestoreStopsItAndSaysSo()
    {
        auto f = fleet(QStringLiteral("photon@1.5.0"), true); // timing on: the restore takes a while
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QAbstractButton *cancel = w.button(QWizard::CancelButton);
        QCOMPARE(cancel->accessibleDescription(), QStringLiteral("Stop and close Device Restore"));
        chooseUpToDevice(w, 6, QStringLiteral("2.2.0"));
        confirmPlanForTheDevice(w);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cancel->accessibleDescription(), QStringLiteral("Stop and close Device Restore"));
        test::SignalRecorder<RestoreProgress> progress(&devices, &DeviceService::restoreProgress);
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::RestorePageId));
        QVERIFY(cancel->isVisible());
        QVERIFY2(cancel->accessibleDescription().startsWith(QLatin1String("Stop the restore at the next safe point")),
                 qPrintable(cancel->accessibleDescription()));
        QCOMPARE(cancel->toolTip(), cancel->accessibleDescription());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(), [](const auto &e) {
                                     const RestoreProgress &p = std::get<0>(e);
                                     return p.phase == RestorePhase::Writing && p.stepDone > 0;
                                 }), 60000);
        // The step line names the module being written by its description.
        const auto *stepLabel = w.findChild<QLabel *>(QStringLiteral("stepLabel"));
        QVERIFY(stepLabel);
        QVERIFY2(stepLabel->text().contains(QLatin1String("Writing System part"))
                     || stepLabel->text().contains(QLatin1String("Writing Bootloader")),
                 qPrintable(stepLabel->text()));

        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(w.isVisible()); // only the restore stops
        QVERIFY2(cancel->accessibleDescription().contains(QLatin1String("already stopping")),
                 qPrintable(cancel->accessibleDescription()));
        QCOMPARE(cancel->toolTip(), cancel->accessibleDescription());
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 60000);
        QVERIFY(w.isVisible());
        QVERIFY(w.session().outcome->cancelled);
        QCOMPARE(cancel->accessibleDescription(), QStringLiteral("Stop and close Device Restore"));
        QCOMPARE(cancel->toolTip(), cancel->accessibleDescription());
    }

    void cancelMidRestoreSaysWhereTheDeviceIs()
    {
        auto f = fleet(QStringLiteral("photon@1.5.0"), true); // timing on: the restore takes a while
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        chooseUpToDevice(w, 6, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000);
        QVERIFY2(w.session().before.has_value(), qPrintable(dp->findChildren<QLabel *>().value(1)->text()));
        w.next();
        page<PlanPage>(w, RestoreWizard::PlanPageId)->confirm()->setChecked(true);
        test::SignalRecorder<RestoreProgress> progress(&devices, &DeviceService::restoreProgress);
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::RestorePageId));
        auto *rp = page<RestorePage>(w, RestoreWizard::RestorePageId);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(), [](const auto &e) {
                                     const RestoreProgress &p = std::get<0>(e);
                                     return p.phase == RestorePhase::Writing && p.stepDone > 0;
                                 }), 60000);
        shoot(w, "5-restore");
        QTest::mouseClick(rp->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 60000);
        auto *result = page<ResultPage>(w, RestoreWizard::ResultPageId);
        QVERIFY(result->outcome()->text().contains(QLatin1String("cancelled")));
        QVERIFY(w.session().outcome->cancelled);
        shoot(w, "7-cancelled");
        QVERIFY(!w.session().outcome->deviceState.isEmpty());
        QVERIFY(result->deviceState()->text().contains(w.session().outcome->deviceState.left(20)));

        // Try again: the same device, read afresh, planned again and restored to the end.
        const QString id = w.session().device->usb.deviceId;
        QVERIFY(result->tryAgainButton()->isVisible());
        QTest::mouseClick(result->tryAgainButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::PlanPageId), 20000);
        QCOMPARE(w.session().device->usb.deviceId, id);
        QVERIFY(!w.session().plan.refused());
        QCOMPARE(w.session().plan.target.toString(), QStringLiteral("2.2.0"));
        auto *pp = page<PlanPage>(w, RestoreWizard::PlanPageId);
        QVERIFY(!pp->isComplete()); // confirmed afresh
        pp->confirm()->setChecked(true);
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 120000);
        QVERIFY2(w.session().outcome->success, qPrintable(result->outcome()->text()));
        QCOMPARE(f->devices().first()->module(ModuleFunction::SystemPart, 2)->version, quint16(2202));
    }

    void tryAgainSkipsWhatIsAlreadyInPlace()
    {
        // A device that already holds part of the target (system part 1 of 2.2.0, the rest of 1.5.0)
        // and runs: trying again plans only what is missing.
        auto f = fleet(QStringLiteral("photon@1.5.0"));
        for (const BundleModule *b : corpus->releaseModules(6, SemVer(2, 2, 0)))
            if (b->module.function() == ModuleFunction::SystemPart && b->module.index == 1)
                QVERIFY(f->devices().first()->loadModule(*b).ok());
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        chooseUpToDevice(w, 6, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000);
        // As if a restore had stopped: the result page offers Try again.
        RestoreOutcome stopped;
        stopped.cancelled = true;
        stopped.deviceState = QStringLiteral("The device runs Device OS.");
        w.session().outcome = stopped;
        w.tryAgain();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::PlanPageId), 20000);
        QVERIFY(w.session().before.has_value()); // read afresh
        for (const PlanStep &step : w.session().plan.steps)
            QVERIFY2(step.kind != StepKind::Flash || step.part != QLatin1String("system-part1"), qPrintable(step.reason));
        QVERIFY(w.session().plan.flashSteps() > 0);
    }

    // ------------------------------------------------------------ serial port by hand

    // A Boron in listening mode on a pty, not on USB (the fleet holds a Photon only).
    void inspectsADeviceOnASerialPortGivenByHand()
    {
        auto f = fleet(QStringLiteral("photon@2.2.0"));
        sim::VirtualDeviceConfig config;
        config.platformId = 13;
        config.deviceOs = SemVer(2, 2, 0);
        config.mode = sim::DeviceMode::Listening;
        auto device = sim::VirtualDevice::create(config);
        QVERIFY(device.ok());
        for (const BundleModule *b : corpus->releaseModules(13, SemVer(2, 2, 0)))
            QVERIFY((*device)->loadModule(*b).ok());
        auto port = sim::VirtualSerialPort::start(*device);
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().text()));

        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_COMPARE_WITH_TIMEOUT(dp->list()->count(), 1, 5000);
        QCOMPARE(dp->list()->selectedItems().size(), 1); // the only device
        QVERIFY(!dp->isComplete()); // a Photon, but the Boron was chosen

        QTest::keyClicks(dp->portPath(), (*port)->portPath());
        QTest::keyClick(dp->portPath(), Qt::Key_Return);
        QVERIFY(dp->portInspectionRunning());
        // The window keeps working meanwhile: the serial talk runs on the service's thread.
        QTRY_VERIFY_WITH_TIMEOUT(!dp->portInspectionRunning(), 15000);
        const QString id = (*device)->deviceId();
        QVERIFY2(dp->portStatus()->text().contains(id), qPrintable(dp->portStatus()->text()));
        QVERIFY2(dp->portStatus()->text().contains(QLatin1String("not in the list of USB devices")),
                 qPrintable(dp->portStatus()->text()));
        QVERIFY(dp->modules()->isVisible());
        QTableWidget *t = dp->modules();
        QVERIFY(t->rowCount() >= 3);
        bool sawSystemPart = false;
        for (int r = 0; r < t->rowCount(); ++r) {
            sawSystemPart |= t->item(r, 0)->text() == QLatin1String("System part 1")
                             && t->item(r, 1)->text().startsWith(QLatin1String("2.2.0"));
            for (int c = 2; c <= 5; ++c)
                QVERIFY2(t->item(r, c)->text() != QLatin1String("FAIL"), qPrintable(t->item(r, 0)->text()));
        }
        QVERIFY(sawSystemPart);
        shoot(w, "3-device-serial");
    }

    void aBadSerialPortPathSaysWhatToDo()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        // Nothing entered: says what to enter.
        QTest::mouseClick(dp->portInspectButton(), Qt::LeftButton);
        QVERIFY(!dp->portInspectionRunning());
        QVERIFY(dp->portStatus()->text().contains(QLatin1String("Enter the serial port")));
        dp->portPath()->setText(QStringLiteral("/dev/no-such-particle-port"));
        QTest::mouseClick(dp->portInspectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dp->portInspectionRunning(), 10000);
        const QString text = dp->portStatus()->text();
        QVERIFY2(text.contains(QLatin1String("Cannot open the serial port /dev/no-such-particle-port")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Check that the device is connected")), qPrintable(text)); // what to do
        shoot(w, "3-device-bad-port");
    }

    void aSilentSerialPortSaysWhatToDo()
    {
        const SilentPort port; // a port where nothing answers
        QVERIFY(port.ok());
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        dp->portPath()->setText(port.path);
        QTest::mouseClick(dp->portInspectButton(), Qt::LeftButton);
        QVERIFY(dp->portInspectionRunning());
        QVERIFY(!dp->isComplete()); // no going on while the port is asked
        QTRY_VERIFY_WITH_TIMEOUT(!dp->portInspectionRunning(), 15000);
        const QString text = dp->portStatus()->text();
        QVERIFY2(text.contains(QLatin1String("did not answer")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("listening mode")), qPrintable(text));
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000); // the USB Boron is still there to restore
    }

    void aSerialInspectionCanBeStopped()
    {
        const SilentPort port;
        QVERIFY(port.ok());
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        dp->portPath()->setText(port.path);
        QTest::mouseClick(dp->portInspectButton(), Qt::LeftButton);
        QVERIFY(dp->portInspectionRunning());
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dp->portInspectButton(), Qt::LeftButton); // now "Stop"
        QTRY_VERIFY_WITH_TIMEOUT(!dp->portInspectionRunning(), 5000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(dp->portStatus()->text().contains(QLatin1String("cancelled")), qPrintable(dp->portStatus()->text()));
    }

    void liveModulesFollowEveryWriteAndSayWhatIsNotConfirmedYet()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));
        confirmPlanForTheDevice(w);
        if (QTest::currentTestFailed())
            return;
        const RestorePlan plan = w.session().plan;
        auto *rp = page<RestorePage>(w, RestoreWizard::RestorePageId);
        QTableWidget *live = rp->liveModules();

        // Connected after the page: each slot sees the page as it is once the page has taken the report.
        RestorePhase lastPhase = RestorePhase::Locating;
        QStringList midRestoreInspections;     // "Module=version" rows of inspections before the final one
        QHash<int, QString> rowWhenStepWritten; // step -> its module's live row once the step is over
        QStringList busyBars, stalePercent;
        int writingStep = -1;
        connect(&devices, &DeviceService::inspected, &w, [&](const QString &id, const ModuleInspection &i) {
            if (!id.isEmpty() || lastPhase == RestorePhase::Inspecting)
                return;
            for (const InstalledModule &m : i.modules)
                if (m.store == ModuleStore::Main && !m.isEmpty())
                    midRestoreInspections << QStringLiteral("%1=%2").arg(int(*m.functionCode)).arg(m.version);
        });
        connect(&devices, &DeviceService::restoreProgress, &w, [&](const RestoreProgress &p) {
            lastPhase = p.phase;
            const RestoreProgress shown = RestorePage::withCurrentPhase(p);
            if (writingStep >= 0 && (p.step != writingStep || shown.phase != RestorePhase::Writing)
                && shown.phase != RestorePhase::EnteringDfu && shown.phase != RestorePhase::WaitingForPerson
                && !rowWhenStepWritten.contains(writingStep)) {
                const QString module = ModuleDescription::of(plan.steps[writingStep]);
                rowWhenStepWritten.insert(writingStep, module + QLatin1Char('=') + cellText(live, module, 1));
            }
            if (shown.phase == RestorePhase::Writing)
                writingStep = p.step;
            // No percentage from another phase: outside writing the step bar is busy or waiting.
            if (shown.phase != RestorePhase::Writing && shown.phase != RestorePhase::Done
                && rp->stepBar()->text().endsWith(QLatin1Char('%')))
                stalePercent << QStringLiteral("%1 %2").arg(restorePhaseName(p.phase), rp->stepBar()->text());
            if (shown.phase == RestorePhase::Rebooting || shown.phase == RestorePhase::EnteringDfu)
                busyBars << QString::number(rp->stepBar()->maximum());
        });
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 60000);
        QVERIFY(w.session().outcome && w.session().outcome->success);

        QVERIFY2(stalePercent.isEmpty(), qPrintable(stalePercent.join(QLatin1String("; "))));
        // Restarting or switching to DFU mode, the step bar is busy (no range), not a percentage.
        QVERIFY(!busyBars.isEmpty());
        QCOMPARE(busyBars.count(QStringLiteral("0")), busyBars.size());
        for (int i = 0; i < plan.steps.size(); ++i) {
            const PlanStep &s = plan.steps[i];
            if (s.kind != StepKind::Flash)
                continue;
            const QString want = QStringLiteral("%1=%2").arg(int(s.function)).arg(s.toVersion);
            if (s.transport == StepTransport::ControlRequest && i + 1 < plan.steps.size()) {
                // Written over control requests, the device restarts running: it is read again
                // before the next step, and the live view shows the new version.
                QVERIFY2(midRestoreInspections.contains(want), qPrintable(want + QLatin1String(" not in ")
                                                                         + midRestoreInspections.join(QLatin1Char(' '))));
            }
            if (s.transport == StepTransport::Dfu) {
                // Written in DFU mode, nothing can read it until the device runs again: the row says so.
                const QString row = rowWhenStepWritten.value(i);
                QVERIFY2(row.contains(ModuleTable::notYetConfirmedText()), qPrintable(row));
                QVERIFY2(row.contains(QString::number(s.toVersion)), qPrintable(row));
            }
        }
    }

    void aFailedRestoreSaysPlainlyWhatStoppedWithDetailsOnDemand()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));
        confirmPlanForTheDevice(w);
        if (QTest::currentTestFailed())
            return;
        f->devices().first()->injectFault(sim::Fault{sim::FaultKind::WriteError, 0, -1});
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 60000);
        const RestoreOutcome o = *w.session().outcome;
        QVERIFY(!o.success && o.error);
        auto *rp = page<ResultPage>(w, RestoreWizard::ResultPageId);
        const QString headline = rp->outcome()->text();
        // Which step stopped, in the words of the plan; not the device's request number.
        QVERIFY2(headline.contains(QLatin1String("could not be written")), qPrintable(headline));
        QVERIFY2(!headline.contains(o.error->message), qPrintable(headline));
        QVERIFY2(!headline.contains(QLatin1String("request")), qPrintable(headline));
        QVERIFY2(rp->deviceState()->text().contains(o.error->remedy), qPrintable(rp->deviceState()->text()));
        // The technical words, with the error code, only on demand.
        QVERIFY(rp->detailsToggle()->isVisible());
        QVERIFY(!rp->details()->isVisible());
        QVERIFY(rp->details()->text().contains(o.error->message));
        QVERIFY(rp->details()->text().contains(o.error->code));
        rp->detailsToggle()->click();
        QVERIFY(rp->details()->isVisible());
    }

    void everyPageHasUniqueMnemonicsAndOwnAccessibleNames()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
        QVERIFY(page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(13));
        mnemonicsAreUniqueOn(w);
        w.next();
        auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
        QVERIFY(selectVersion(vp->versions(), QStringLiteral("2.2.0")));
        mnemonicsAreUniqueOn(w);
        w.next();
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000);
        mnemonicsAreUniqueOn(w);
        w.next();
        auto *pp = page<PlanPage>(w, RestoreWizard::PlanPageId);
        pp->force()->setVisible(true); // shown when the plan has a recommendation to override
        mnemonicsAreUniqueOn(w);
        pp->force()->setVisible(false);
        // The confirmation's accessible name is a sentence of its own, not the label without its '&'.
        const QString id = w.session().device->usb.deviceId;
        QCOMPARE(pp->confirm()->accessibleName(), QStringLiteral("Write 2 module(s) to device %1").arg(id));
        pp->confirm()->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::RestorePageId));
        mnemonicsAreUniqueOn(w);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 60000);
        mnemonicsAreUniqueOn(w);
    }

    void platformBadgesAreDistinct()
    {
        QHash<QString, QString> seen;
        for (const Platform &p : PlatformDatabase::builtin().platforms()) {
            const QString badge = PlatformList::badgeText(p.displayName);
            QVERIFY2(!badge.isEmpty(), qPrintable(p.displayName));
            QVERIFY2(!seen.contains(badge), qPrintable(QStringLiteral("%1 and %2 share %3").arg(seen.value(badge), p.displayName, badge)));
            seen.insert(badge, p.displayName);
        }
        QCOMPARE(PlatformList::badgeText(QStringLiteral("Tracker")), QStringLiteral("TR"));
        QCOMPARE(PlatformList::badgeText(QStringLiteral("Tracker M")), QStringLiteral("TM"));
    }

    void pagesTakeTheHeightOfTheirContent()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.resize(980, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_COMPARE_WITH_TIMEOUT(dp->list()->count(), 1, 5000);
        // One device: a list one row high, not a tall empty box.
        QTRY_VERIFY(dp->list()->isVisible());
        QVERIFY2(dp->list()->height() < 4 * dp->list()->sizeHintForRow(0),
                 qPrintable(QStringLiteral("list %1 px high, a row %2 px, maximum %3 px")
                                .arg(dp->list()->height())
                                .arg(dp->list()->sizeHintForRow(0))
                                .arg(dp->list()->maximumHeight())));
        // Versions: every row visible, no scrolling, no empty rows below them.
        auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
        QVERIFY(vp->versions()->count() > 0);
        const int rowsHeight = vp->versions()->count() * vp->versions()->sizeHintForRow(0);
        QVERIFY(vp->versions()->maximumHeight() <= rowsHeight + 4 * vp->versions()->frameWidth() + 8);

        // No device: the group box keeps its own height and the Inspect button is not left alone.
        f->devices().first()->unplug();
        QTRY_VERIFY_WITH_TIMEOUT(!dp->list()->isVisible(), 10000);
        QVERIFY(!dp->inspectButton()->isVisible());
        auto *box = dp->findChild<QGroupBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->height() <= box->sizeHint().height());
        // The explanation sits at the top, right under the page title: the stretch is below.
        QVERIFY2(box->geometry().bottom() < dp->height() / 2, qPrintable(QString::number(box->geometry().bottom())));
    }

    // Issue 17: a device in DFU mode (blinking yellow) has its modules read back over DFU on the
    // service's worker, the table shows them (and what DFU cannot reach), the list its Device OS.
    void aDfuDevicesModulesAreReadOverDfuAndShown()
    {
        auto f = fleet(QStringLiteral("tracker@2.1.0:dfu"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        chooseUpToDevice(w, 26, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_COMPARE_WITH_TIMEOUT(dp->list()->count(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 10000);
        QVERIFY(w.session().before.has_value());
        QCOMPARE(w.session().before->source, ModuleInspection::Source::Dfu);
        QVERIFY2(dp->status()->text().contains(QLatin1String("over DFU")), qPrintable(dp->status()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(dp->list()->item(0)->text().contains(QLatin1String("Device OS 2.1.0")), 5000);
        QVERIFY(dp->inspectButton()->isEnabled());
        QTest::mouseClick(dp->inspectButton(), Qt::LeftButton);
        QTableWidget *t = dp->modules();
        QTRY_VERIFY_WITH_TIMEOUT(!cellText(t, QStringLiteral("System part 1"), 1).isEmpty(), 10000);
        QCOMPARE(cellText(t, QStringLiteral("System part 1"), 1), QStringLiteral("2.1.0 (2101)"));
        QCOMPARE(cellText(t, QStringLiteral("System part 1"), 2), QStringLiteral("PASS"));
        bool ncpNotRead = false;
        for (int r = 0; r < t->rowCount(); ++r)
            ncpNotRead |= t->item(r, 1) && t->item(r, 1)->text().startsWith(QLatin1String("Not read over DFU"));
        QVERIFY(ncpNotRead);
        shoot(w, "3-device-dfu");
    }

    void aDfuDevicesPlanWritesOnlyWhatIsOutOfDate()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2:dfu"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        chooseUpToDevice(w, 13, QStringLiteral("2.2.0"));
        auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
        QTRY_COMPARE_WITH_TIMEOUT(dp->list()->count(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 10000);
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::PlanPageId));
        QStringList parts;
        for (const PlanStep &s : w.session().plan.steps)
            parts << s.part;
        // The SoftDevice (the same in 1.5.2 and 2.2.0) and the application stay: as in normal mode.
        QCOMPARE(parts, (QStringList{QStringLiteral("bootloader"), QStringLiteral("system-part1")}));
    }

    void usbInspectionsSayWhatTheDeviceDoesNotReport()
    {
        ModuleInspection i;
        i.source = ModuleInspection::Source::ControlRequest;
        i.platformId = 13;
        InstalledModule m;
        m.functionCode = quint8(ModuleFunction::SystemPart);
        m.index = 1;
        m.version = 1512;
        // Integrity and dependencies only, as Device OS before 5.6 reports them over USB.
        m.validityChecked = validity::Integrity | validity::Dependencies;
        m.validityResult = m.validityChecked;
        i.modules << m;
        ModuleTable t;
        t.setInspection(i);
        QCOMPARE(t.rowCount(), 1);
        QCOMPARE(t.item(0, 3)->text(), QStringLiteral("not reported"));
        QCOMPARE(t.item(0, 4)->text(), QStringLiteral("not reported"));
        QVERIFY(t.item(0, 3)->toolTip().startsWith(QLatin1String("Not reported by the device")));
        QCOMPARE(t.selectionMode(), QAbstractItemView::NoSelection); // no highlighted row or cell frame
    }

    void restoreManyDevicesOnTheFirstPageAsksForTheStation()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *platforms = page<PlatformPage>(w, RestoreWizard::PlatformPageId);
        QPushButton *many = platforms->stationButton();
        QVERIFY(many->isVisibleTo(&w));
        QVERIFY(!many->accessibleName().isEmpty());
        QVERIFY(!many->accessibleDescription().isEmpty());
        mnemonicsAreUniqueOn(w);
        QSignalSpy asked(&w, &RestoreWizard::stationRequested);
        QTest::mouseClick(many, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(w.currentId(), int(RestoreWizard::PlatformPageId)); // the wizard itself stays where it was
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
