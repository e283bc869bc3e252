// The restore station end to end, offscreen: the station window on a StationService over virtual
// Borons, an Argon and a Photon (real Device OS binaries, serial ports on ptys) restored at once to
// 2.2.0, each card reaching Done with its final inspection and report, the counters following;
// the report folder asked for by signal with the service's folder; closing while restores run
// stops them first.
#include "../station/stationrig.h"

#include "i18n/translations.h"
#include "station/stationcard.h"
#include "station/stationview.h"
#include "station/stationwindow.h"
#include "version/deviceosversions.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dr;
using namespace dr::ui;
using test::StationRig;

class TestStationWindow : public QObject
{
    Q_OBJECT

    std::shared_ptr<const FirmwareBundle> bundle;

    static QString badges(StationView *view)
    {
        QStringList out;
        for (const QString &key : view->keys())
            out << view->card(key)->badge()->text() + QStringLiteral(" (") + view->card(key)->detailLabel()->text()
                       + QLatin1Char(')');
        return out.join(QStringLiteral("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        bundle = std::make_shared<const FirmwareBundle>(std::move(*b));
    }

    void fourDevicesRestoredAtOnceEachReachDoneInTheView()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,boron@1.5.2,argon@1.5.2,photon@1.5.2")));
        StationWindow window(*rig.station, true);
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setRecipe(StationRig::recipe({}, QStringLiteral("2.2.0")));
        rig.station->startWatching(100);
        StationView *view = window.view();
        QVERIFY2(StationRig::waitFor([&] { return view->cardCount() == 4; }, 10000), qPrintable(badges(view)));
        const bool allDone = StationRig::waitFor(
            [&] {
                for (const QString &key : view->keys())
                    if (view->card(key)->badge()->text() != QStringLiteral("Done"))
                        return false;
                return true;
            },
            300000);
        QVERIFY2(allDone, qPrintable(badges(view)));
        QVERIFY2(StationRig::waitFor([&] { return view->counterLabel("done")->text() == QStringLiteral("Done: 4"); }, 5000),
                 qPrintable(view->counterLabel("done")->text()));
        QCOMPARE(view->counterLabel("failed")->text(), QStringLiteral("Failed: 0"));
        QCOMPARE(view->counterLabel("inProgress")->text(), QStringLiteral("In progress: 0"));
        for (const QString &key : view->keys()) {
            StationCard *card = view->card(key);
            QVERIFY2(card->detailLabel()->text().startsWith(QStringLiteral("Device OS 2.2.0; ")),
                     qPrintable(card->detailLabel()->text()));
            QVERIFY(card->detailLabel()->text().endsWith(QStringLiteral("every check passed")));
            QVERIFY(card->reportButton()->isEnabled());
            QCOMPARE(card->findChild<QLabel *>(QStringLiteral("versions"))->text(), QStringLiteral("2.2.0 \u2192 2.2.0"));
        }

        // Each device's details hold its own restore log.
        view->showDetails(view->keys().first());
        StationDetailsDialog *details = view->detailsDialog(view->keys().first());
        QVERIFY(details);
        QVERIFY2(details->log()->toPlainText().contains(QStringLiteral("Restore finished")),
                 qPrintable(details->log()->toPlainText().right(400)));
        QVERIFY(!details->log()->toPlainText().contains(view->keys().at(1)));
        details->close();

        QSignalSpy folder(&window, &StationWindow::reportFolderRequested);
        QVERIFY(view->reportFolderButton()->isEnabled());
        QTest::mouseClick(view->reportFolderButton(), Qt::LeftButton);
        QCOMPARE(folder.size(), 1);
        QCOMPARE(folder.at(0).at(0).toString(), rig.folder.path());
        QSignalSpy report(&window, &StationWindow::reportRequested);
        QTest::mouseClick(view->card(view->keys().first())->reportButton(), Qt::LeftButton);
        QCOMPARE(report.size(), 1);
        QVERIFY(QFile::exists(report.at(0).at(0).toString()));
    }

    void closingWhileRestoresRunStopsThemFirst()
    {
        StationRig rig;
        QVERIFY(rig.make(bundle, QStringLiteral("boron@1.5.2,boron@1.5.2"), true)); // real timing: time to close mid-way
        StationWindow window(*rig.station, true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setRecipe(StationRig::recipe(QStringLiteral("boron"), QStringLiteral("2.2.0")));
        rig.station->startWatching(100);
        QVERIFY(StationRig::waitFor([&] { return rig.station->busy(); }, 20000));
        window.close();
        QVERIFY(window.isVisible()); // still there: the restores stop at their next safe point first
        QVERIFY(window.closingNote()->isVisibleTo(&window));
        QVERIFY2(StationRig::waitFor([&] { return !window.isVisible(); }, 120000), qPrintable(badges(window.view())));
        QVERIFY(!rig.station->busy());
    }
};

QTEST_MAIN(TestStationWindow)
#include "tst_stationwindow.moc"
