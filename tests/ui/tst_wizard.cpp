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
#include "support/corpus.h"
#include "version/deviceosversions.h"
#include "widgets/moduletable.h"
#include "widgets/planview.h"
#include "widgets/platformlist.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace dr;
using namespace dr::ui;

class TestWizard : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> corpus;

    std::unique_ptr<sim::SimulatedFleet> fleet(const QString &spec, bool timing = false)
    {
        auto specs = sim::parseSimulationSpecs(spec);
        auto f = sim::SimulatedFleet::create(*specs, *corpus, timing);
        if (!f.ok())
            qFatal("%s", qPrintable(f.error().text()));
        return std::move(*f);
    }
    // With DR_SCREENSHOT_DIR set, each page the walk reaches is saved there as a PNG (for the README
    // and for people to look at); tests/ui/render-screenshots.sh does this under Xvfb.
    static void shoot(QWidget &w, const char *name)
    {
        const QString dir = qEnvironmentVariable("DR_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w.grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name))));
    }
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
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 2; c <= 5; ++c)
                QVERIFY2(t->item(r, c)->text() != QLatin1String("FAIL"), qPrintable(t->item(r, 0)->text()));
        QCOMPARE(f->devices().first()->module(ModuleFunction::SystemPart, 1)->version, quint16(2202));
        shoot(w, "6-result");
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
        QSignalSpy progress(&devices, &DeviceService::restoreProgress);
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::RestorePageId));
        auto *rp = page<RestorePage>(w, RestoreWizard::RestorePageId);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(), [](const QList<QVariant> &a) {
                                     const auto p = a.at(0).value<RestoreProgress>();
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
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
