// The main window as a person uses it (offscreen): the real binaries load without blocking the
// window, choosing a platform, where the device is and where it should go shows the plan, and
// refusals are shown in words.
#include "mainwindow.h"
#include "platform/platformdatabase.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"
#include "widgets/planview.h"
#include "widgets/platformlist.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace dr;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QStringList column(QTableWidget *t, int c)
    {
        QStringList out;
        for (int r = 0; r < t->rowCount(); ++r)
            out << (t->item(r, c) ? t->item(r, c)->text() : QString());
        return out;
    }
    static QStringList messageTexts(QListWidget *l)
    {
        QStringList out;
        for (int i = 0; i < l->count(); ++i)
            out << l->item(i)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreTests"));
        QSettings().clear();
        qputenv("DEVICE_RESTORE_CORPUS", test::corpusDir().toLocal8Bit());
    }

    void plansABoronUpgradeFromTheRealBinaries()
    {
        ui::MainWindow w;
        QSignalSpy ready(&w, &ui::MainWindow::bundleReady);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(ready.wait(20000) || ready.count() > 0, qPrintable(test::corpusMissingMessage()));
        QVERIFY(w.bundle());

        QVERIFY(w.platformList()->selectPlatform(13));
        QComboBox *now = w.currentCombo();
        QComboBox *target = w.targetCombo();
        QVERIFY(now->findData(QStringLiteral("1.5.2")) >= 0);
        now->setCurrentIndex(now->findData(QStringLiteral("1.5.2")));
        target->setCurrentIndex(target->findData(QStringLiteral("2.2.0")));
        QTableWidget *table = w.planView()->table();
        QCOMPARE(column(table, 0), (QStringList{QStringLiteral("bootloader"), QStringLiteral("system-part1")}));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("2.2.0 (2202)"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("DFU"));
    }

    void showsHardRefusalsInWords()
    {
        ui::MainWindow w;
        QSignalSpy ready(&w, &ui::MainWindow::bundleReady);
        w.show();
        QVERIFY(ready.wait(20000) || ready.count() > 0);
        QVERIFY(w.platformList()->selectPlatform(23)); // B SoM
        w.modelCombo()->setCurrentIndex(w.modelCombo()->findData(QStringLiteral("B404")));
        w.targetCombo()->setCurrentIndex(w.targetCombo()->findData(QStringLiteral("2.2.0")));
        w.forceCheck()->setChecked(true); // a hard minimum is not a recommendation
        const QStringList texts = messageTexts(w.planView()->messages());
        QVERIFY2(std::any_of(texts.begin(), texts.end(),
                             [](const QString &t) { return t.startsWith(QLatin1String("Refused:")) && t.contains(QLatin1String("B404")); }),
                 qPrintable(texts.join(QLatin1Char('\n'))));
    }

    void unsupportedPlatformsAreVisibleButDisabled()
    {
        ui::MainWindow w;
        ui::PlatformList *list = w.platformList();
        bool sawTachyon = false;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *it = list->item(i);
            if (it->data(Qt::UserRole).toInt() == 42) {
                sawTachyon = true;
                QVERIFY(!(it->flags() & Qt::ItemIsEnabled));
                QVERIFY(it->text().contains(QLatin1String("Not supported")));
            }
        }
        QVERIFY(sawTachyon);
        QVERIFY(!list->selectPlatform(42));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
