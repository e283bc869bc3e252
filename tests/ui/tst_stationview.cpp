// The station view driven by StationDevice values as the station service sends them: one card per
// device, the counters, a restore's step, bar and time left, the person's prompt answered for that
// device only, unplug and replug keeping the card and its history, the final inspection, the report
// and the report folder. The view does no I/O: every test feeds it values and watches its signals.
#include "i18n/translations.h"
#include "platform/platformdatabase.h"
#include "station/recipeeditor.h"
#include "station/stationcard.h"
#include "station/stationdetailsdialog.h"
#include "station/stationstatustext.h"
#include "station/stationview.h"
#include "version/deviceosversions.h"
#include "widgets/moduletable.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dr;
using namespace dr::ui;

namespace {

StationDevice boron(const QString &id, StationStatus status)
{
    StationDevice d;
    d.key = id;
    d.deviceId = id;
    d.platformId = 13;
    d.platformName = QStringLiteral("Boron");
    d.mode = QStringLiteral("DFU");
    d.usbPortPath = QStringLiteral("1-2.1");
    d.currentVersion = QStringLiteral("1.5.2");
    d.targetVersion = QStringLiteral("2.2.0");
    d.status = status;
    return d;
}

const QString kA = QStringLiteral("e00fce681f2c3a4b5c6d7e8f");
const QString kB = QStringLiteral("e00fce68aaaabbbbccccdddd");

ModuleInspection inspectionAt(const SemVer &version)
{
    ModuleInspection i;
    i.platformId = 13;
    const int system = *DeviceOsVersionTable::builtin().systemVersionFor(version);
    for (int index = 1; index <= 2; ++index) {
        InstalledModule m;
        m.functionCode = quint8(ModuleFunction::SystemPart);
        m.index = index;
        m.version = system;
        m.validityChecked = validity::Usual;
        m.validityResult = validity::Usual;
        i.modules << m;
    }
    i.resolveVersions(DeviceOsVersionTable::builtin());
    return i;
}

} // namespace

class TestStationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        // English as the app installs it: its plural forms ("2 modules") come from a translation file.
        QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
    }

    void eachDeviceKeyGetsOneCardInTheOrderTheyCame()
    {
        StationView view;
        QCOMPARE(view.cardCount(), 0);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("emptyNote"))->isVisibleTo(&view));
        view.updateDevice(boron(kA, StationStatus::Waiting));
        view.updateDevice(boron(kB, StationStatus::Waiting));
        view.updateDevice(boron(kA, StationStatus::Planning));
        QCOMPARE(view.cardCount(), 2);
        QCOMPARE(view.keys(), (QStringList{kA, kB}));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("emptyNote"))->isVisibleTo(&view));
        StationCard *a = view.card(kA);
        QCOMPARE(a->findChild<QLabel *>(QStringLiteral("deviceId"))->text(), kA);
        QCOMPARE(a->findChild<QLabel *>(QStringLiteral("platform"))->text(), QStringLiteral("Boron"));
        QVERIFY(a->findChild<QLabel *>(QStringLiteral("meta"))->text().contains(QStringLiteral("DFU")));
        QVERIFY(a->findChild<QLabel *>(QStringLiteral("meta"))->text().contains(QStringLiteral("1-2.1")));
        QCOMPARE(a->findChild<QLabel *>(QStringLiteral("versions"))->text(), QStringLiteral("1.5.2 \u2192 2.2.0"));
        QCOMPARE(a->badge()->text(), QStringLiteral("Planning"));
    }

    void countersShowWhatTheServiceCounts()
    {
        StationView view;
        StationCounters c;
        c.done = 5;
        c.failed = 1;
        c.inProgress = 3;
        c.waiting = 2;
        view.setCounters(c);
        QCOMPARE(view.counterLabel("done")->text(), QStringLiteral("Done: 5"));
        QCOMPARE(view.counterLabel("failed")->text(), QStringLiteral("Failed: 1"));
        QCOMPARE(view.counterLabel("inProgress")->text(), QStringLiteral("In progress: 3"));
        QCOMPARE(view.counterLabel("waiting")->text(), QStringLiteral("Waiting: 2"));
        QCOMPARE(view.counterLabel("done")->accessibleName(), QStringLiteral("Done: 5"));
    }

    void aWritingDeviceShowsItsStepBarAndTimeLeft()
    {
        StationView view;
        StationDevice d = boron(kA, StationStatus::Writing);
        d.progress.phase = RestorePhase::Writing;
        d.progress.step = 2;
        d.progress.stepCount = 5;
        d.progress.done = 300 * 1024;
        d.progress.total = 1200 * 1024;
        d.progress.etaSeconds = 40.2;
        d.progress.message = QStringLiteral("Writing system-part1 over DFU");
        view.updateDevice(d);
        StationCard *c = view.card(kA);
        QCOMPARE(c->badge()->text(), QStringLiteral("Writing: step 3 of 5"));
        QCOMPARE(c->detailLabel()->text(), d.progress.message);
        QVERIFY(c->progressBar()->isVisibleTo(c));
        QCOMPARE(c->progressBar()->maximum(), 1200);
        QCOMPARE(c->progressBar()->value(), 300);
        QCOMPARE(c->timeLabel()->text(), QStringLiteral("About 40 seconds left"));
        QVERIFY(c->cancelButton()->isEnabled());
        QVERIFY(!c->startButton()->isEnabled());

        d.progress.step = 3;
        d.progress.done = 900 * 1024;
        d.progress.etaSeconds = 600;
        view.updateDevice(d);
        QCOMPARE(c->badge()->text(), QStringLiteral("Writing: step 4 of 5"));
        QCOMPARE(c->progressBar()->value(), 900);
        QCOMPARE(c->timeLabel()->text(), QStringLiteral("About 10 minutes left"));
    }

    void aPromptShowsTheLedInstructionAndItsAnswerGoesToThatDeviceOnly()
    {
        StationView view;
        QSignalSpy answers(&view, &StationView::personAnswered);
        for (const QString &key : {kA, kB}) {
            StationDevice d = boron(key, StationStatus::NeedsPerson);
            d.prompt = PersonPrompt{QStringLiteral("Let the device connect"),
                                    QStringLiteral("Wait until the LED breathes cyan, then choose Done.")};
            view.updateDevice(d);
        }
        StationCard *b = view.card(kB);
        QCOMPARE(b->badge()->text(), QStringLiteral("Needs you"));
        QCOMPARE(b->detailLabel()->text(), QStringLiteral("Wait until the LED breathes cyan, then choose Done."));
        QVERIFY(b->doneButton()->isVisibleTo(b));
        QTest::mouseClick(b->doneButton(), Qt::LeftButton);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).at(0).toString(), kB);
        QCOMPARE(answers.at(0).at(1).toBool(), true);
        // One answer per prompt: B's buttons are spent, A's still wait.
        QVERIFY(!b->doneButton()->isEnabled());
        StationCard *a = view.card(kA);
        QVERIFY(a->doneButton()->isEnabled());
        QTest::mouseClick(a->stopButton(), Qt::LeftButton);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(1).at(0).toString(), kA);
        QCOMPARE(answers.at(1).at(1).toBool(), false);
        // The restore goes on: the buttons go away.
        view.updateDevice(boron(kB, StationStatus::Writing));
        QVERIFY(!b->doneButton()->isVisibleTo(b));
    }

    void aNewPromptAfterAnAnsweredOneCanBeAnsweredAgain()
    {
        StationView view;
        QSignalSpy answers(&view, &StationView::personAnswered);
        StationDevice d = boron(kA, StationStatus::NeedsPerson);
        d.prompt = PersonPrompt{QStringLiteral("Reset"), QStringLiteral("Press RESET.")};
        view.updateDevice(d);
        QTest::mouseClick(view.card(kA)->doneButton(), Qt::LeftButton);
        view.updateDevice(boron(kA, StationStatus::Writing));
        view.updateDevice(d);
        QVERIFY(view.card(kA)->doneButton()->isEnabled());
        QTest::mouseClick(view.card(kA)->doneButton(), Qt::LeftButton);
        QCOMPARE(answers.size(), 2);
    }

    void unplugAndReplugKeepTheCardAndItsHistory()
    {
        StationView view;
        StationDevice d = boron(kA, StationStatus::Writing);
        d.history << StationEvent{QDateTime::currentDateTimeUtc(), QStringLiteral("Restore started")};
        view.updateDevice(d);
        StationCard *card = view.card(kA);

        d.status = StationStatus::Unplugged;
        d.attached = false;
        d.history << StationEvent{QDateTime::currentDateTimeUtc(), QStringLiteral("Unplugged during step 3 of 5")};
        view.updateDevice(d);
        QCOMPARE(view.cardCount(), 1);
        QCOMPARE(view.card(kA), card);
        QCOMPARE(card->badge()->text(), QStringLiteral("Unplugged"));
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("meta"))->text().contains(QStringLiteral("not plugged in")));
        QVERIFY(!card->startButton()->isEnabled());

        d.status = StationStatus::Waiting;
        d.attached = true;
        d.history << StationEvent{QDateTime::currentDateTimeUtc(), QStringLiteral("Plugged in again")};
        view.updateDevice(d);
        QCOMPARE(view.cardCount(), 1);
        QCOMPARE(view.card(kA), card);
        QVERIFY(card->startButton()->isEnabled());

        QTest::mouseClick(card->detailsButton(), Qt::LeftButton);
        StationDetailsDialog *details = view.detailsDialog(kA);
        QVERIFY(details);
        QCOMPARE(details->history()->count(), 3);
        QVERIFY(details->history()->item(1)->text().endsWith(QStringLiteral("Unplugged during step 3 of 5")));
        QVERIFY(details->history()->item(2)->text().endsWith(QStringLiteral("Plugged in again")));
        details->close();
    }

    void aDoneDevicePulledOutStillSaysItIsDone()
    {
        StationView view;
        StationDevice d = boron(kA, StationStatus::Done);
        d.finalInspection = inspectionAt(SemVer(2, 2, 0));
        d.startedAt = QDateTime::currentDateTimeUtc().addSecs(-100);
        d.finishedAt = d.startedAt.addSecs(90);
        view.updateDevice(d);
        d.status = StationStatus::Unplugged;
        d.attached = false;
        view.updateDevice(d);
        StationCard *c = view.card(kA);
        QCOMPARE(c->badge()->text(), QStringLiteral("Done, unplugged"));
        QCOMPARE(c->detailLabel()->text(), QStringLiteral("Device OS 2.2.0; 2 modules, every check passed"));
        // Pulled out mid-restore, it says where instead.
        d.reason = QStringLiteral("Unplugged during step 2 of 5.");
        view.updateDevice(d);
        QCOMPARE(c->badge()->text(), QStringLiteral("Unplugged"));
        QCOMPARE(c->detailLabel()->text(), d.reason);
    }

    void unpluggedDevicesCanBeHiddenAndComeBackWhenPluggedIn()
    {
        StationView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        StationDevice a = boron(kA, StationStatus::Done);
        view.updateDevice(a);
        view.updateDevice(boron(kB, StationStatus::Writing));
        a.status = StationStatus::Unplugged;
        a.attached = false;
        view.updateDevice(a);
        QVERIFY(view.card(kA)->isVisible());
        view.hideUnpluggedBox()->setChecked(true);
        QVERIFY(!view.card(kA)->isVisible());
        QVERIFY(view.card(kB)->isVisible());
        a.status = StationStatus::Waiting;
        a.attached = true;
        view.updateDevice(a);
        QVERIFY(view.card(kA)->isVisible());
        QCOMPARE(view.cardCount(), 2);
    }

    void theDetailsShowTheDevicesLogKeptBeforeTheyOpened()
    {
        StationView view;
        view.updateDevice(boron(kA, StationStatus::Writing));
        view.updateDevice(boron(kB, StationStatus::Writing));
        view.appendLog(kA, QStringLiteral("Found the device in DFU mode at 1-2.1"));
        view.appendLog(kB, QStringLiteral("line of B"));
        view.showDetails(kA);
        StationDetailsDialog *details = view.detailsDialog(kA);
        QVERIFY(details);
        QCOMPARE(details->log()->toPlainText(), QStringLiteral("Found the device in DFU mode at 1-2.1"));
        view.appendLog(kA, QStringLiteral("Writing system-part1 (DFU)"));
        QVERIFY(details->log()->toPlainText().endsWith(QStringLiteral("Writing system-part1 (DFU)")));
        details->close();
        for (int i = 0; i < StationView::kMaxLogLines + 10; ++i)
            view.appendLog(kB, QString::number(i));
        QCOMPARE(view.log(kB).size(), StationView::kMaxLogLines);
        QCOMPARE(view.log(kB).last(), QString::number(StationView::kMaxLogLines + 9));
    }

    void theDetailsFollowTheDeviceWhileOpen()
    {
        StationView view;
        view.updateDevice(boron(kA, StationStatus::Writing));
        view.showDetails(kA);
        StationDetailsDialog *details = view.detailsDialog(kA);
        QVERIFY(details);
        QCOMPARE(details->modules()->rowCount(), 1); // the explaining row
        StationDevice done = boron(kA, StationStatus::Done);
        done.finalInspection = inspectionAt(SemVer(2, 2, 0));
        view.updateDevice(done);
        QCOMPARE(details->modules()->rowCount(), 2);
        details->close();
    }

    void aDoneDeviceShowsItsFinalInspection()
    {
        StationView view;
        StationDevice d = boron(kA, StationStatus::Done);
        d.currentVersion = QStringLiteral("2.2.0");
        d.finalInspection = inspectionAt(SemVer(2, 2, 0));
        d.startedAt = QDateTime(QDate(2026, 12, 6), QTime(10, 0, 0), Qt::UTC);
        d.finishedAt = d.startedAt.addSecs(133);
        view.updateDevice(d);
        StationCard *c = view.card(kA);
        QCOMPARE(c->badge()->text(), QStringLiteral("Done"));
        QCOMPARE(c->detailLabel()->text(), QStringLiteral("Device OS 2.2.0; 2 modules, every check passed"));
        QCOMPARE(c->timeLabel()->text(), QStringLiteral("Took 2 min 13 s"));
        QVERIFY(!c->progressBar()->isVisibleTo(c));
        QCOMPARE(c->startButton()->text(), QStringLiteral("Restore again"));
    }

    void aFailedDeviceSaysItsReasonInWords()
    {
        StationView view;
        StationDevice d = boron(kA, StationStatus::Failed);
        d.reason = QStringLiteral("The device stopped answering while system-part1 was written.");
        d.error = makeError(QStringLiteral("dfu.timeout"), d.reason, QStringLiteral("Plug it in again and try again."));
        view.updateDevice(d);
        StationCard *c = view.card(kA);
        QCOMPARE(c->badge()->text(), QStringLiteral("Failed"));
        QCOMPARE(c->detailLabel()->text(), d.reason);
        QVERIFY(c->detailLabel()->toolTip().contains(QStringLiteral("dfu.timeout")));
        QCOMPARE(c->startButton()->text(), QStringLiteral("Try again"));
        QVERIFY(c->startButton()->isEnabled());
        // Colour is not the only signal, but it is there: the badge is red, a done one green.
        QVERIFY(c->badge()->styleSheet().contains(StationStatusText::colours(StationStatus::Failed).background.name()));
    }

    void aDeviceTheRecipeDoesNotFitIsShownWithItsReasonAndLeftAlone()
    {
        StationView view;
        StationDevice d = boron(kA, StationStatus::NotSuitable);
        d.platformName = QStringLiteral("Photon");
        d.reason = QStringLiteral("The recipe is for Borons.");
        view.updateDevice(d);
        StationCard *c = view.card(kA);
        QCOMPARE(c->badge()->text(), QStringLiteral("Not suitable"));
        QCOMPARE(c->detailLabel()->text(), QStringLiteral("The recipe is for Borons. It is left alone."));
        QVERIFY(!c->startButton()->isEnabled());
        QVERIFY(!c->cancelButton()->isEnabled());
    }

    void startAndCancelAskForTheirOwnDevice()
    {
        StationView view;
        StationRecipe r;
        r.autoStart = false;
        view.setRecipe(r);
        view.updateDevice(boron(kA, StationStatus::Waiting));
        view.updateDevice(boron(kB, StationStatus::Writing));
        QSignalSpy starts(&view, &StationView::startRequested);
        QSignalSpy cancels(&view, &StationView::cancelRequested);
        QCOMPARE(view.card(kA)->detailLabel()->text(), QStringLiteral("Press Start to restore it."));
        QTest::mouseClick(view.card(kA)->startButton(), Qt::LeftButton);
        QTest::mouseClick(view.card(kB)->cancelButton(), Qt::LeftButton);
        QCOMPARE(starts.size(), 1);
        QCOMPARE(starts.at(0).at(0).toString(), kA);
        QCOMPARE(cancels.size(), 1);
        QCOMPARE(cancels.at(0).at(0).toString(), kB);
    }

    void startAllIsOfferedWhenTheRecipeWaitsForAClick()
    {
        StationView view;
        StationRecipe r;
        r.autoStart = true;
        view.setRecipe(r);
        QVERIFY(!view.startAllButton()->isVisibleTo(&view));
        r.autoStart = false;
        view.setRecipe(r);
        QVERIFY(view.startAllButton()->isVisibleTo(&view));
        QSignalSpy all(&view, &StationView::startAllRequested);
        QSignalSpy cancelAll(&view, &StationView::cancelAllRequested);
        QTest::mouseClick(view.startAllButton(), Qt::LeftButton);
        QTest::mouseClick(view.cancelAllButton(), Qt::LeftButton);
        QCOMPARE(all.size(), 1);
        QCOMPARE(cancelAll.size(), 1);
    }

    void theRecipeIsSummedUpInOneLine()
    {
        StationRecipe r;
        r.name = QStringLiteral("Borons to 2.2.0");
        r.platformId = 13;
        r.targetVersion = QStringLiteral("2.2.0");
        r.userFirmware = UserFirmwareChoice::Tinker;
        r.includeNcp = true;
        r.allowedSkus = {QStringLiteral("BRN404X")};
        r.autoStart = true;
        QCOMPARE(StationView::recipeSummary(r),
                 QStringLiteral("Boron to 2.2.0; then Tinker; with the radio (NCP) firmware; only BRN404X; starts by "
                                "itself when plugged in"));
        StationView view;
        view.setRecipe(r);
        QVERIFY(view.recipeLabel()->text().contains(QStringLiteral("Borons to 2.2.0")));
    }

    void theReportFolderAndEachReportAreAskedForBySignal()
    {
        StationView view;
        QSignalSpy folder(&view, &StationView::reportFolderRequested);
        QSignalSpy report(&view, &StationView::reportRequested);
        QVERIFY(!view.reportFolderButton()->isEnabled());
        view.setReportFolder(QStringLiteral("/tmp/station"));
        QVERIFY(view.reportFolderButton()->isEnabled());
        QTest::mouseClick(view.reportFolderButton(), Qt::LeftButton);
        QCOMPARE(folder.size(), 1);

        StationDevice d = boron(kA, StationStatus::Writing);
        view.updateDevice(d);
        QVERIFY(!view.card(kA)->reportButton()->isEnabled());
        d.status = StationStatus::Done;
        d.reportPath = QStringLiteral("/tmp/station/e00f.json");
        view.updateDevice(d);
        QTest::mouseClick(view.card(kA)->reportButton(), Qt::LeftButton);
        QCOMPARE(report.size(), 1);
        QCOMPARE(report.at(0).at(0).toString(), d.reportPath);
    }

    void everyButtonNamesItsDeviceForScreenReaders()
    {
        StationView view;
        view.updateDevice(boron(kA, StationStatus::Waiting));
        view.updateDevice(boron(kB, StationStatus::Waiting));
        const QList<QPushButton *> buttons = view.findChildren<QPushButton *>();
        QVERIFY(buttons.size() >= 12);
        for (QPushButton *b : buttons)
            QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(), qPrintable(b->objectName()));
        QVERIFY(view.card(kA)->cancelButton()->accessibleName().contains(kA.right(6)));
        QVERIFY(view.card(kB)->cancelButton()->accessibleName().contains(kB.right(6)));
        QVERIFY(view.card(kA)->accessibleName().contains(QStringLiteral("Waiting")));
    }

    // Alt+letter reaches one control only, in every language: the station's own buttons (the cards'
    // buttons repeat per device and have none) and the recipe editor.
    void mnemonicsAreUniqueInEveryLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"en", "de", "es", "ja"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void mnemonicsAreUniqueInEveryLanguage()
    {
        QFETCH(QString, code);
        QVERIFY(Translations::install(*qApp, code));
        auto check = [](QWidget &top) {
            QHash<QChar, QString> seen;
            for (QWidget *w : top.findChildren<QWidget *>()) {
                QString text;
                if (auto *b = qobject_cast<QAbstractButton *>(w))
                    text = b->text();
                else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                    text = l->text();
                const qsizetype at = text.indexOf(QLatin1Char('&'));
                if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == QLatin1Char('&'))
                    continue;
                const QChar m = text.at(at + 1).toLower();
                QVERIFY2(!seen.contains(m), qPrintable(QStringLiteral("\"%1\" and \"%2\"").arg(seen.value(m), text)));
                seen.insert(m, text);
            }
            QVERIFY2(seen.size() >= 4, qPrintable(top.objectName())); // the check saw the mnemonics
        };
        StationView view;
        StationRecipe r;
        r.autoStart = false;
        view.setRecipe(r);
        view.updateDevice(boron(kA, StationStatus::Waiting));
        check(view);
        RecipeEditor editor;
        check(editor);
        QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
    }

    void tabReachesEveryCardsButtons()
    {
        StationView view;
        view.resize(980, 600);
        view.updateDevice(boron(kA, StationStatus::Failed));
        view.updateDevice(boron(kB, StationStatus::Failed));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.cancelAllButton()->setFocus();
        QSet<QWidget *> reached;
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        QVERIFY(reached.contains(view.card(kA)->startButton()));
        QVERIFY(reached.contains(view.card(kB)->startButton()));
        QVERIFY(reached.contains(view.card(kB)->detailsButton()));
    }
};

QTEST_MAIN(TestStationView)
#include "tst_stationview.moc"
