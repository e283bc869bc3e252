// The station's recipe editor: every field of a recipe goes into the form and comes back out the
// same; saving asks with the form's recipe and a saved recipe chosen by name fills the form; a
// recipe without a name, or with "a file" and no file, cannot be saved or used; the target list
// offers each platform's versions and, for any platform, only the two rules.
#include "platform/platformdatabase.h"
#include "station/recipeeditor.h"
#include "version/deviceosversions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace dr;
using namespace dr::ui;

namespace {

StationRecipe boronRecipe()
{
    StationRecipe r;
    r.name = QStringLiteral("Borons to 2.2.0");
    r.platformId = 13;
    r.targetVersion = QStringLiteral("2.2.0");
    r.userFirmware = UserFirmwareChoice::File;
    r.userFirmwarePath = QStringLiteral("/srv/firmware/tracker-app.bin");
    r.includeNcp = true;
    r.allowedSkus = {QStringLiteral("BRN404X")};
    r.skipBelowModelMinimum = false;
    r.autoStart = false;
    r.maxParallel = 4;
    return r;
}

void compareRecipes(const StationRecipe &a, const StationRecipe &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.platformId, b.platformId);
    QCOMPARE(a.targetVersion, b.targetVersion);
    QCOMPARE(int(a.userFirmware), int(b.userFirmware));
    QCOMPARE(a.userFirmwarePath, b.userFirmwarePath);
    QCOMPARE(a.includeNcp, b.includeNcp);
    QCOMPARE(a.allowedSkus, b.allowedSkus);
    QCOMPARE(a.skipBelowModelMinimum, b.skipBelowModelMinimum);
    QCOMPARE(a.autoStart, b.autoStart);
    QCOMPARE(a.maxParallel, b.maxParallel);
}

} // namespace

class TestRecipeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
    }

    void everyFieldOfARecipeComesBackOutOfTheForm()
    {
        RecipeEditor editor;
        const StationRecipe r = boronRecipe();
        editor.setRecipe(r);
        compareRecipes(editor.recipe(), r);
        QVERIFY(editor.clickStartButton()->isChecked());
        QCOMPARE(editor.parallelBox()->value(), 4);

        StationRecipe any;
        any.name = QStringLiteral("Anything to the latest");
        any.platformId = -1;
        any.targetVersion = QStringLiteral("latest");
        any.userFirmware = UserFirmwareChoice::Keep;
        editor.setRecipe(any);
        compareRecipes(editor.recipe(), any);
    }

    void savingAsksWithTheFormsRecipeAndAChosenNameFillsTheForm()
    {
        RecipeEditor editor;
        QList<StationRecipe> saved; // the store: what the station keeps by name
        connect(&editor, &RecipeEditor::saveRequested, &editor, [&](const StationRecipe &r) {
            saved.removeIf([&](const StationRecipe &s) { return s.name == r.name; });
            saved << r;
            editor.setSavedRecipes(saved);
        });
        editor.setRecipe(boronRecipe());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        editor.nameEdit()->setText(QStringLiteral("Photons, wait for a click"));
        editor.platformBox()->setCurrentIndex(editor.platformBox()->findData(6));
        editor.userFirmwareBox()->setCurrentIndex(editor.userFirmwareBox()->findData(int(UserFirmwareChoice::Tinker)));
        editor.clickStartButton()->setChecked(true);
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(editor.savedList()->count(), 2);
        QCOMPARE(saved.at(1).platformId, 6);

        // Choosing the first by name brings every field of it back.
        const int first = editor.savedList()->findData(QStringLiteral("Borons to 2.2.0"));
        QVERIFY(first >= 0);
        editor.savedList()->setCurrentIndex(first);
        Q_EMIT editor.savedList()->activated(first);
        compareRecipes(editor.recipe(), boronRecipe());
        QVERIFY(editor.removeButton()->isEnabled());

        QSignalSpy removed(&editor, &RecipeEditor::removeRequested);
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("Borons to 2.2.0"));
    }

    void openTheStationSendsTheRecipeBeforeTheEditorCloses()
    {
        RecipeEditor editor;
        editor.show();
        editor.setRecipe(boronRecipe());
        bool visibleWhenAsked = false;
        StationRecipe asked;
        connect(&editor, &RecipeEditor::openRequested, &editor, [&](const StationRecipe &r) {
            visibleWhenAsked = editor.isVisible();
            asked = r;
        });
        QTest::mouseClick(editor.openButton(), Qt::LeftButton);
        QVERIFY(visibleWhenAsked);
        compareRecipes(asked, boronRecipe());
        QCOMPARE(editor.result(), int(QDialog::Accepted));
    }

    void aRecipeWithoutANameCannotBeSavedOrUsed()
    {
        RecipeEditor editor;
        QSignalSpy saves(&editor, &RecipeEditor::saveRequested);
        editor.nameEdit()->clear();
        QVERIFY(!editor.problem().isEmpty());
        QVERIFY(editor.problemLabel()->isVisibleTo(&editor));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(!editor.openButton()->isEnabled());
        editor.nameEdit()->setText(QStringLiteral("Borons"));
        QVERIFY(editor.problem().isEmpty());
        QVERIFY(editor.saveButton()->isEnabled());
        QVERIFY(editor.openButton()->isEnabled());
        QCOMPARE(saves.size(), 0);
    }

    void aFileAsUserFirmwareNeedsTheFile()
    {
        RecipeEditor editor;
        editor.nameEdit()->setText(QStringLiteral("Borons"));
        editor.userFirmwareBox()->setCurrentIndex(editor.userFirmwareBox()->findData(int(UserFirmwareChoice::File)));
        QVERIFY(editor.userFileEdit()->isEnabled());
        QCOMPARE(editor.problem(), QStringLiteral("Choose the user firmware file, or another user firmware."));
        QVERIFY(!editor.openButton()->isEnabled());
        editor.userFileEdit()->setText(QStringLiteral("/srv/app.bin"));
        QVERIFY(editor.openButton()->isEnabled());
        QCOMPARE(editor.recipe().userFirmwarePath, QStringLiteral("/srv/app.bin"));
    }

    void anyPlatformOffersTheTwoRulesAndAPlatformItsVersions()
    {
        RecipeEditor editor;
        editor.platformBox()->setCurrentIndex(editor.platformBox()->findData(-1));
        QCOMPARE(editor.targetBox()->count(), 2);
        QCOMPARE(editor.targetBox()->itemData(0).toString(), QStringLiteral("default"));
        QCOMPARE(editor.targetBox()->itemData(1).toString(), QStringLiteral("latest"));
        QVERIFY(!editor.modelList()->isEnabled());
        editor.platformBox()->setCurrentIndex(editor.platformBox()->findData(13));
        QVERIFY(editor.targetBox()->findData(QStringLiteral("2.2.0")) >= 2);
        QVERIFY(editor.modelList()->isEnabled());
        QVERIFY(editor.modelList()->count() >= 2); // the Boron's models, each to tick
    }

    void aPlatformsModelsCanBeChosen()
    {
        RecipeEditor editor;
        editor.platformBox()->setCurrentIndex(editor.platformBox()->findData(13));
        QVERIFY(editor.recipe().allowedSkus.isEmpty()); // none ticked: every model
        editor.modelList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(editor.recipe().allowedSkus, QStringList{editor.modelList()->item(0)->data(Qt::UserRole).toString()});
    }
};

QTEST_MAIN(TestRecipeEditor)
#include "tst_recipeeditor.moc"
