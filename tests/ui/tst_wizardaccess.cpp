// The wizard without a mouse and for assistive technology: each page's focus order (Tab from the
// first control through the page and the wizard's buttons), an accessible name and description on
// every control a person can reach, the system palette followed (dark), the Settings dialog (by
// keyboard; the interface language stored for the next start), and what persists between runs.
#include "dialogs/settingsdialog.h"
#include "pages/devicepage.h"
#include "pages/planpage.h"
#include "pages/platformpage.h"
#include "pages/restorepage.h"
#include "pages/resultpage.h"
#include "pages/versionpage.h"
#include "platform/platformdatabase.h"
#include "restorewizard.h"
#include "simulator/simulatedfleet.h"
#include "support/corpus.h"
#include "support/wizardtesting.h"
#include "version/deviceosversions.h"
#include "widgets/moduletable.h"
#include "widgets/platformlist.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

using namespace dr;
using namespace dr::ui;

class TestWizardAccess : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> corpus;

    std::unique_ptr<sim::SimulatedFleet> fleet(const QString &spec, bool timing = false)
    {
        return test::makeFleet(spec, *corpus, timing);
    }
    static void shoot(QWidget &w, const char *name) { QVERIFY(test::shootIfAsked(w, name)); }
    static bool selectVersion(QListWidget *list, const QString &v)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == v) {
                list->setCurrentRow(i);
                return true;
            }
        return false;
    }
    static QString nameOf(QWidget *w)
    {
        if (!w)
            return QStringLiteral("(none)");
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    }

    // From the page's first control, Tab until focus comes back to it: the page's part of the
    // cycle in order, and every widget visited.
    static QStringList tabCycle(RestoreWizard &w, QList<QWidget *> *visited)
    {
        QWidget *first = QApplication::focusWidget();
        QStringList onPage;
        QWidget *page = w.currentPage();
        QWidget *now = first;
        for (int i = 0; i < 40; ++i) {
            visited->append(now);
            if (now && page->isAncestorOf(now))
                onPage << nameOf(now);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            now = QApplication::focusWidget();
            if (now == first)
                return onPage;
        }
        onPage << QStringLiteral("(focus never came back)");
        return onPage;
    }

    // Every widget a person can reach: a name, and a description (what it does or holds).
    static void checkAccessible(RestoreWizard &w, const QList<QWidget *> &visited)
    {
        QList<QWidget *> all = visited;
        for (QWidget *child : w.findChildren<QWidget *>())
            if (child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus) && !child->focusProxy())
                all.append(child);
        for (QWidget *widget : std::as_const(all)) {
            QVERIFY(widget);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(iface, qPrintable(nameOf(widget)));
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("no accessible name: %1 on page %2").arg(nameOf(widget)).arg(w.currentId())));
            QVERIFY2(!widget->accessibleDescription().trimmed().isEmpty(),
                     qPrintable(QStringLiteral("no accessible description: %1 on page %2")
                                    .arg(nameOf(widget))
                                    .arg(w.currentId())));
        }
    }

    void checkPage(RestoreWizard &w, const QStringList &expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget() && w.currentPage()->isAncestorOf(QApplication::focusWidget()),
                                 3000);
        QCOMPARE(nameOf(QApplication::focusWidget()), expected.first()); // the page's main control
        QList<QWidget *> visited;
        const QStringList cycle = tabCycle(w, &visited);
        QCOMPARE(cycle, expected);
        // The Settings button is in the cycle: reachable without a mouse.
        QVERIFY(visited.contains(w.button(QWizard::CustomButton1)));
        checkAccessible(w, visited);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreAccessTests"));
        QSettings().clear();
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        corpus = std::move(*b);
    }

    void everyPageHasAFocusOrderAndAccessibleControls()
    {
        auto f = fleet(QStringLiteral("photon@1.5.0"), true); // timing on: the restore page stays a while
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);

        auto *platform = qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId));
        QVERIFY(platform->list()->selectPlatform(6));
        checkPage(w, {QStringLiteral("platforms"), QStringLiteral("restoreMany")}); // then "Restore many devices"
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(&w, Qt::Key_N, Qt::AltModifier); // Next by its mnemonic

        QTRY_COMPARE(w.currentId(), int(RestoreWizard::VersionPageId));
        auto *version = qobject_cast<VersionPage *>(w.page(RestoreWizard::VersionPageId));
        QVERIFY(selectVersion(version->versions(), QStringLiteral("2.2.0")));
        QStringList versionOrder{QStringLiteral("versions"), QStringLiteral("prereleases"), QStringLiteral("model"),
                                 QStringLiteral("userFirmware"), QStringLiteral("bundlePath"),
                                 QStringLiteral("bundleFolder"), QStringLiteral("bundleZip")};
        if (version->useDefaultButton()->isVisible() && version->useDefaultButton()->isEnabled())
            versionOrder << QStringLiteral("bundleDefault");
        checkPage(w, versionOrder);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(&w, Qt::Key_N, Qt::AltModifier);

        QTRY_COMPARE(w.currentId(), int(RestoreWizard::DevicePageId));
        auto *device = qobject_cast<DevicePage *>(w.page(RestoreWizard::DevicePageId));
        QTRY_VERIFY_WITH_TIMEOUT(device->isComplete(), 5000);
        checkPage(w, {QStringLiteral("devices"), QStringLiteral("inspect"), QStringLiteral("portPath"),
                      QStringLiteral("portInspect")});
        if (QTest::currentTestFailed())
            return;
        // Inspect by keyboard shows the module table, which joins the order.
        QTest::keyClick(&w, Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(device->modules()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(device->modules()->rowCount() > 1, 5000);
        device->list()->setFocus();
        checkPage(w, {QStringLiteral("devices"), QStringLiteral("inspect"), QStringLiteral("deviceModules"),
                      QStringLiteral("portPath"), QStringLiteral("portInspect")});
        if (QTest::currentTestFailed())
            return;
        shoot(w, "keyboard-3-device-inspected");
        QTest::keyClick(&w, Qt::Key_N, Qt::AltModifier);

        QTRY_COMPARE(w.currentId(), int(RestoreWizard::PlanPageId));
        auto *plan = qobject_cast<PlanPage *>(w.page(RestoreWizard::PlanPageId));
        QStringList planOrder{QStringLiteral("planSteps"), QStringLiteral("planNotes")};
        if (plan->force()->isVisible())
            planOrder << QStringLiteral("force");
        planOrder << QStringLiteral("confirm");
        checkPage(w, planOrder);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(&w, Qt::Key_W, Qt::AltModifier); // the confirmation: "&Write n modules to device ..."
        QTRY_VERIFY(plan->confirm()->isChecked()); // a mnemonic clicks after a short press animation
        QTest::keyClick(&w, Qt::Key_R, Qt::AltModifier); // "&Restore"

        QTRY_COMPARE(w.currentId(), int(RestoreWizard::RestorePageId));
        checkPage(w, {QStringLiteral("cancelRestore"), QStringLiteral("liveModules"), QStringLiteral("logToggle")});
        if (QTest::currentTestFailed())
            return;
        auto *restore = qobject_cast<RestorePage *>(w.page(RestoreWizard::RestorePageId));
        QTest::keyClick(&w, Qt::Key_L, Qt::AltModifier); // the log opens by keyboard
        QTRY_VERIFY(restore->logToggle()->isChecked());
        restore->cancelButton()->setFocus();
        checkPage(w, {QStringLiteral("cancelRestore"), QStringLiteral("liveModules"), QStringLiteral("logToggle"),
                      QStringLiteral("log")});
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(&w, Qt::Key_R, Qt::AltModifier); // "Cancel &restore"

        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 60000);
        checkPage(w, {QStringLiteral("resultModules"), QStringLiteral("saveReport"), QStringLiteral("tryAgain"),
                      QStringLiteral("another")});
        if (QTest::currentTestFailed())
            return;
    }

    void settingsOpenByKeyboardAndStoreTheLanguage()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSettings().remove(SettingsDialog::languageKey());

        QTest::keyClick(&w, Qt::Key_G, Qt::AltModifier); // "Settin&gs..."
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<SettingsDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QComboBox *language = dialog->languageBox();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(language));
        QStringList shown;
        for (int i = 0; i < language->count(); ++i)
            shown << language->itemText(i);
        QCOMPARE(shown, QStringList({QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                                     QStringLiteral("Espa\u00f1ol"), QStringLiteral("\u65e5\u672c\u8a9e")}));
        QCOMPARE(language->currentIndex(), 0);
        const QLabel *note = dialog->findChild<QLabel *>(QStringLiteral("note"));
        QVERIFY(note->text().contains(QLatin1String("next time")));
        language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
        QVERIFY(note->text().contains(QLatin1String("next time you start")));
        QTest::keyClick(language, Qt::Key_Return); // OK is the default button
        QTRY_VERIFY(!w.findChild<SettingsDialog *>());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));

        // Shown again, it says what is stored; Cancel changes nothing; System default stores "".
        w.showSettings();
        QTRY_VERIFY((dialog = w.findChild<SettingsDialog *>()) != nullptr);
        QCOMPARE(dialog->languageBox()->currentText(), QStringLiteral("Deutsch"));
        dialog->languageBox()->setCurrentIndex(1);
        dialog->reject();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QTRY_VERIFY(!w.findChild<SettingsDialog *>());
        w.showSettings();
        QTRY_VERIFY((dialog = w.findChild<SettingsDialog *>()) != nullptr);
        dialog->languageBox()->setCurrentIndex(0);
        dialog->accept();
        QVERIFY(QSettings().contains(QStringLiteral("ui/language")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    }

    void geometryPlatformVersionAndSourcePersist()
    {
        QSettings().clear();
        auto f = fleet(QStringLiteral("boron@1.5.2,photon@2.2.0")); // two devices: no platform from the bus
        {
            DeviceService devices(f->usb(), 100);
            RestoreWizard w(devices, test::corpusDir(), true);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
            QCOMPARE(QSettings().value(QStringLiteral("restore/bundle")).toString(), w.session().bundle->source());
            w.resize(910, 655);
            auto *platform = qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId));
            QVERIFY(platform->list()->selectPlatform(6));
            w.next();
            auto *version = qobject_cast<VersionPage *>(w.page(RestoreWizard::VersionPageId));
            QVERIFY(selectVersion(version->versions(), QStringLiteral("1.5.2")));
            w.next();
            QCOMPARE(w.currentId(), int(RestoreWizard::DevicePageId));
            w.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("restore/platform")).toInt(), 6);
        QCOMPARE(QSettings().value(QStringLiteral("restore/target")).toString(), QStringLiteral("1.5.2"));

        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, QString(), true); // no source given: the stored one
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(910, 655));
        QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
        QCOMPARE(QDir::cleanPath(w.session().bundle->source()), QDir::cleanPath(test::corpusDir()));
        auto *platform = qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId));
        QCOMPARE(platform->list()->currentPlatformId(), 6);
        w.next();
        auto *version = qobject_cast<VersionPage *>(w.page(RestoreWizard::VersionPageId));
        QVERIFY(version->versions()->currentItem());
        QCOMPARE(version->versions()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("1.5.2"));
    }

    // The device list comes after the window (a worker thread scans the bus; `--simulate` plugs its
    // devices in once they are made): the one device's platform is chosen when it appears, over the
    // one remembered, until the person picks a platform themselves.
    void theOneDeviceChoosesThePlatformUntilThePersonDoes()
    {
        QSettings().setValue(QStringLiteral("restore/platform"), 6);
        auto f = sim::SimulatedFleet::empty();
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *platform = qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId));
        QCOMPARE(platform->list()->currentPlatformId(), 6); // nothing attached: the remembered one

        auto argon = sim::SimulatedFleet::makeDevices(*sim::parseSimulationSpecs(QStringLiteral("argon@2.2.0")), *corpus);
        QVERIFY2(argon.ok(), qPrintable(argon.ok() ? QString() : argon.error().text()));
        QVERIFY(f->plug(*argon).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.attachedDevices().size(), 1, 5000);
        QCOMPARE(platform->list()->currentPlatformId(), 12);

        // The person picks the Photon: a device plugged in afterwards does not undo that.
        QVERIFY(platform->list()->selectPlatform(6));
        argon->first()->unplug();
        QTRY_COMPARE_WITH_TIMEOUT(w.attachedDevices().size(), 0, 5000);
        auto boron = sim::SimulatedFleet::makeDevices(*sim::parseSimulationSpecs(QStringLiteral("boron@2.2.0")), *corpus);
        QVERIFY(boron.ok());
        QVERIFY(f->plug(*boron).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.attachedDevices().size(), 1, 5000);
        QCOMPARE(w.attachedDevices().first().usb.platform->id, 13);
        QCOMPARE(platform->list()->currentPlatformId(), 6);
        QSettings().remove(QStringLiteral("restore/platform"));
    }

    void severalDevicesAreNeverChosenForThePerson()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2,boron@2.2.0"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(w.attachedDevices().size(), 2, 5000);
        auto *platform = qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId));
        QVERIFY(platform->list()->selectPlatform(13));
        w.next();
        auto *version = qobject_cast<VersionPage *>(w.page(RestoreWizard::VersionPageId));
        QVERIFY(selectVersion(version->versions(), QStringLiteral("2.2.0")));
        w.next();
        auto *device = qobject_cast<DevicePage *>(w.page(RestoreWizard::DevicePageId));
        QTRY_COMPARE_WITH_TIMEOUT(device->list()->count(), 2, 5000);
        QTest::qWait(500); // polls come and go: still nothing chosen
        QVERIFY(device->list()->selectedItems().isEmpty());
        device->list()->setFocus(); // focus alone chooses nothing either
        QTest::qWait(200);
        QVERIFY(device->list()->selectedItems().isEmpty());
        QVERIFY(!device->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(device->status()->text().contains(QLatin1String("choose the one to restore")),
                 qPrintable(device->status()->text()));
        QTest::keyClick(device->list(), Qt::Key_Down); // the person chooses with the keyboard
        QTRY_VERIFY_WITH_TIMEOUT(device->isComplete(), 5000);
        QCOMPARE(device->list()->selectedItems().size(), 1);
    }

    void followsADarkPalette()
    {
        const QPalette before = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
        const auto restorePalette = qScopeGuard([&] { QApplication::setPalette(before); });

        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        RestoreWizard w(devices, test::corpusDir(), true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
        auto *platform = qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId));
        QVERIFY(platform->list()->selectPlatform(13));
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::DevicePageId));
        // No widget sets colours of its own: every text is light on dark.
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            const QPalette p = widget->palette();
            QVERIFY2(p.color(QPalette::WindowText).lightness() > 180, qPrintable(nameOf(widget)));
            QVERIFY2(p.color(QPalette::Text).lightness() > 180, qPrintable(nameOf(widget)));
            QVERIFY2(p.color(QPalette::Base).lightness() < 80, qPrintable(nameOf(widget)));
        }
        shoot(w, "dark-3-device");
    }
};

QTEST_MAIN(TestWizardAccess)
#include "tst_wizardaccess.moc"
