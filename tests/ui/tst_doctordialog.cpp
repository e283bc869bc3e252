// "Check this computer" and the device page of a computer that cannot open the device: the page
// shows the permission finding instead of an empty list and opens the check; the dialog shows the
// findings worst first, shows the udev rule before installing it, runs the fix command (here the
// real program against a temporary root) and checks again; a refused password is said plainly.
#include "support/corpus.h"
#include "support/doctorsnapshots.h"
#include "support/lockedusb.h"
#include "support/wizardtesting.h"

#include "dialogs/doctordialog.h"
#include "doctor/doctor.h"
#include "doctor/doctorservice.h"
#include "doctor/udevrules.h"
#include "pages/devicepage.h"
#include "pages/platformpage.h"
#include "pages/versionpage.h"
#include "platform/platformdatabase.h"
#include "restorewizard.h"
#include "version/deviceosversions.h"
#include "widgets/platformlist.h"

#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::ui;

class TestDoctorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        auto corpus = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(corpus.ok(), qPrintable(test::corpusMissingMessage()));
        m_corpus = std::make_shared<const FirmwareBundle>(std::move(*corpus));
    }

    void devicePageShowsThePermissionFindingInsteadOfAnEmptyList()
    {
        auto fleet = test::makeFleet(QStringLiteral("boron@1.5.2"), *m_corpus);
        test::LockedUsb locked(fleet->usb());
        DeviceService devices(locked);
        RestoreWizard w(devices, m_corpus->source(), true);
        w.show();
        QVERIFY(QTest::qWaitFor([&] { return w.session().bundle != nullptr; }, 60000));
        QVERIFY(
            qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId))->list()->selectPlatform(13));
        w.next();
        auto *vp = qobject_cast<VersionPage *>(w.page(RestoreWizard::VersionPageId));
        for (int i = 0; i < vp->versions()->count(); ++i)
            if (vp->versions()->item(i)->data(Qt::UserRole).toString() == QLatin1String("2.2.0"))
                vp->versions()->setCurrentRow(i);
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::DevicePageId));
        auto *dp = qobject_cast<DevicePage *>(w.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return dp->unusablePanel()->isVisible(); }, 10000));
        QVERIFY(!dp->list()->isVisible());
        QCOMPARE(dp->list()->count(), 0);
        QVERIFY(dp->unusableText()->text().contains(
            QLatin1String("The Boron is connected, but this user may not open it.")));
        QVERIFY(dp->unusableText()->text().contains(QLatin1String("udev rule")));
        QVERIFY(!dp->isComplete());
        QVERIFY(test::shootIfAsked(w, "device-unusable"));

        w.doctor().setSnapshotSource([] { return test::withoutRule(); });
        dp->checkComputerButton()->click();
        auto *dialog = w.findChild<DoctorDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->shownCodes().isEmpty(); }, 10000));
        dialog->close();
    }

    void dialogShowsFindingsWorstFirstWithTheirFix()
    {
        DoctorService service;
        service.setSnapshotSource([] { return test::withoutRule(); });
        DoctorDialog dialog(service);
        dialog.show();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.shownCodes().isEmpty(); }, 10000));
        const QStringList codes = dialog.shownCodes();
        QCOMPARE(codes.first(), QStringLiteral("usb.no-permission"));
        QVERIFY(codes.indexOf(QStringLiteral("udev.rule-missing")) <
                codes.indexOf(QStringLiteral("network.reach")));
        QVERIFY(codes.contains(QStringLiteral("modemmanager.probing")));
        QVERIFY(codes.contains(QStringLiteral("serial.no-permission")));
        QVERIFY(dialog.fixButton(QStringLiteral("usb.no-permission")));
        QVERIFY(!dialog.fixButton(QStringLiteral("network.reach")));
        QVERIFY(dialog.summary()->text().contains(QLatin1String("need attention")));
        QVERIFY(!dialog.fixBox()->isVisible());
    }

    void fixShowsTheRuleThenInstallsItAndChecksAgain()
    {
        QTemporaryDir root;
        DoctorService service;
        service.setSnapshotSource([] { return test::withoutRule(); });
        service.setFixCommand({QStringLiteral(DR_BINARY_DIR "/bin/device-restore"), QStringLiteral("doctor"),
                               QStringLiteral("--fix"), QStringLiteral("install-udev-rule"),
                               QStringLiteral("--root"), root.path()});
        QSignalSpy checks(&service, &DoctorService::checked);
        DoctorDialog dialog(service);
        dialog.show();
        QVERIFY(checks.wait(10000));
        dialog.fixButton(QStringLiteral("usb.no-permission"))->click();
        QVERIFY(dialog.fixBox()->isVisible());
        QCOMPARE(dialog.fixPreview()->toPlainText(), udev::particleRules(PlatformDatabase::builtin()));
        QVERIFY(test::shootIfAsked(dialog, "doctor-fix"));
        dialog.applyFixButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog.fixResult()->text().contains(QLatin1String("is installed")); }, 30000));
        QVERIFY(dialog.fixResult()->text().contains(QLatin1String("plug it in again")));
        QVERIFY(QFile::exists(root.path() + QStringLiteral("/etc/udev/rules.d/60-device-restore.rules")));
        QVERIFY(QTest::qWaitFor([&] { return checks.count() == 2; }, 10000)); // checked again after the fix
        QVERIFY(!dialog.applyFixButton()->isEnabled());
    }

    void refusedPasswordIsSaidPlainly()
    {
        DoctorService service;
        service.setSnapshotSource([] { return test::withoutRule(); });
        service.setFixCommand(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 126")}); // pkexec: dismissed
        DoctorDialog dialog(service);
        dialog.show();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.shownCodes().isEmpty(); }, 10000));
        dialog.fixButton(QStringLiteral("udev.rule-missing"))->click();
        dialog.applyFixButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog.fixResult()->text().contains(QLatin1String("not installed")); }, 10000));
        QVERIFY(dialog.fixResult()->text().contains(QLatin1String("administrator rights were not given")));
        QVERIFY(dialog.applyFixButton()->isEnabled()); // the person may try again
    }

    void missingPkexecIsNamed()
    {
        DoctorService service;
        service.setSnapshotSource([] { return test::withoutRule(); });
        service.setFixCommand({QStringLiteral("/nonexistent/pkexec")});
        QSignalSpy done(&service, &DoctorService::fixFinished);
        service.applyFix(Doctor::udevRuleFix(PlatformDatabase::builtin()));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(
            done.first().at(1).toString().contains(QLatin1String("/nonexistent/pkexec cannot be started")));
    }

private:
    std::shared_ptr<const FirmwareBundle> m_corpus;
};

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"
