// The app's station launcher (app/stationlauncher.*) with a recipe store of the test's own: the
// editor saves a recipe by name into the store and shows it again when opened the next time;
// opening the station by name uses every field of the saved recipe; a name the store does not
// have is an error that names it; "Change recipe" opens the editor on the station's recipe, and
// the editor's new recipe goes to the running station.
#include "stationlauncher.h"

#include "i18n/translations.h"
#include "platform/platformdatabase.h"
#include "simulator/simulatedfleet.h"
#include "station/stationservice.h"
#include "station/stationview.h"
#include "version/deviceosversions.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::ui;

namespace {

// Releases are never asked for: no device is plugged in.
Result<StationReleases> noReleases(const Platform &, const std::optional<SemVer> &, const QString &, const PlanOptions &)
{
    return makeError(QStringLiteral("test.no-releases"), QStringLiteral("no releases in this test"));
}

RecipeEditor *openEditor()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *e = qobject_cast<RecipeEditor *>(w); e && e->isVisible())
            return e;
    return nullptr;
}

} // namespace

class TestStationLauncher : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<sim::SimulatedFleet> fleet;

    std::unique_ptr<app::StationLauncher> launcher()
    {
        auto l = std::make_unique<app::StationLauncher>(fleet->usb(), noReleases, true, true);
        l->setRecipeStore(dir.filePath(QStringLiteral("recipes.json")));
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
        fleet = sim::SimulatedFleet::empty();
    }

    void aRecipeSavedInTheEditorIsThereTheNextTimeAndOpensTheStation()
    {
        {
            auto l = launcher();
            l->chooseRecipe(nullptr, nullptr);
            RecipeEditor *editor = openEditor();
            QVERIFY(editor);
            QCOMPARE(editor->recipe().targetVersion, QStringLiteral("latest")); // binaries know no recommended one
            editor->nameEdit()->setText(QStringLiteral("Borons for the lab"));
            editor->platformBox()->setCurrentIndex(editor->platformBox()->findData(13));
            editor->targetBox()->setCurrentIndex(editor->targetBox()->findData(QStringLiteral("2.2.0")));
            editor->clickStartButton()->setChecked(true);
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
            QCOMPARE(editor->savedList()->findData(QStringLiteral("Borons for the lab")), 0);
            editor->reject();
        }
        // A new launcher (the app started again) reads it from the store by name.
        auto l = launcher();
        QVERIFY(l->openStation(QStringLiteral("Borons for the lab")).ok());
        QVERIFY(l->window() && l->window()->isVisible());
        const StationRecipe r = l->service()->recipe();
        QCOMPARE(r.name, QStringLiteral("Borons for the lab"));
        QCOMPARE(r.platformId, 13);
        QCOMPARE(r.targetVersion, QStringLiteral("2.2.0"));
        QVERIFY(!r.autoStart);
        QVERIFY(l->window()->view()->recipeLabel()->text().contains(QStringLiteral("Borons for the lab")));
        QVERIFY(l->window()->view()->startAllButton()->isVisibleTo(l->window()));
    }

    void aNameTheStoreDoesNotHaveIsAnErrorNamingIt()
    {
        auto l = launcher();
        const Result<void> opened = l->openStation(QStringLiteral("No such recipe"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().text().contains(QStringLiteral("No such recipe")), qPrintable(opened.error().text()));
        QVERIFY(!l->window());
    }

    void changeRecipeEditsTheRunningStationsRecipe()
    {
        auto l = launcher();
        StationRecipe r;
        r.name = QStringLiteral("Argons");
        r.platformId = 12;
        r.targetVersion = QStringLiteral("latest");
        l->openStation(r);
        QTest::mouseClick(l->window()->view()->changeRecipeButton(), Qt::LeftButton);
        RecipeEditor *editor = openEditor();
        QVERIFY(editor);
        QCOMPARE(editor->recipe().name, QStringLiteral("Argons"));
        QCOMPARE(editor->recipe().platformId, 12);
        editor->platformBox()->setCurrentIndex(editor->platformBox()->findData(13));
        QTest::mouseClick(editor->openButton(), Qt::LeftButton);
        QTRY_COMPARE(l->service()->recipe().platformId, 13);
        QVERIFY(l->window()->isVisible());
    }
};

QTEST_MAIN(TestStationLauncher)
#include "tst_stationlauncher.moc"
