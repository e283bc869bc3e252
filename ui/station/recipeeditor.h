// "Restore many devices": the station's recipe, edited and saved by name. Platform (or any
// supported one), target Device OS (Particle's recommended version, the latest, or one of the
// releases the version page lists), what runs afterwards (Tinker, the device's own application, a
// file), the radio firmware, which models, and whether a device is restored as soon as it is
// plugged in or waits for a click. The saved recipes come from whoever opens the editor (the
// station's recipe store) and saving or removing one is asked for by signal: the editor reads
// and writes no files itself.
#pragma once

#include "station/stationrecipe.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace dr {
struct ReleaseListing;
}

namespace dr::ui {

class RecipeEditor : public QDialog
{
    Q_OBJECT

public:
    explicit RecipeEditor(QWidget *parent = nullptr);

    // The releases the version page lists; without them the Device OS versions this program knows.
    void setListing(std::shared_ptr<const ReleaseListing> listing);
    // The recipes saved so far, by name; the form keeps what it shows.
    void setSavedRecipes(const QList<StationRecipe> &recipes);
    // Fills the form with `recipe` (a saved one is chosen in the list too).
    void setRecipe(const StationRecipe &recipe);
    // The recipe as the form says now.
    StationRecipe recipe() const;
    // Saving or removing failed (the store's words): shown where the form's problems are.
    void showStoreError(const QString &text);
    // Why the form's recipe cannot be used yet ("Give the recipe a name."), empty when it can.
    QString problem() const;

    QComboBox *savedList() const { return m_saved; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *platformBox() const { return m_platform; }
    QComboBox *targetBox() const { return m_target; }
    QComboBox *userFirmwareBox() const { return m_user; }
    QLineEdit *userFileEdit() const { return m_userFile; }
    QCheckBox *ncpBox() const { return m_ncp; }
    QListWidget *modelList() const { return m_models; }
    QCheckBox *skipBelowMinimumBox() const { return m_skipBelowMinimum; }
    QRadioButton *autoStartButton() const { return m_autoStart; }
    QRadioButton *clickStartButton() const { return m_clickStart; }
    QSpinBox *parallelBox() const { return m_parallel; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *openButton() const { return m_open; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void saveRequested(const dr::StationRecipe &recipe);
    void removeRequested(const QString &name);
    // "Open the station" with a usable recipe, sent before the editor closes (so whoever opens the
    // station shows its window while the editor is still up: the program never has no window).
    void openRequested(const dr::StationRecipe &recipe);

private:
    void fillTargets();
    void fillModels();
    void showProblem();

    std::shared_ptr<const ReleaseListing> m_listing;
    QList<StationRecipe> m_recipes;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QComboBox *m_platform;
    QComboBox *m_target;
    QComboBox *m_user;
    QLineEdit *m_userFile;
    QPushButton *m_browse;
    QCheckBox *m_ncp;
    QListWidget *m_models;
    QCheckBox *m_skipBelowMinimum;
    QRadioButton *m_autoStart;
    QRadioButton *m_clickStart;
    QSpinBox *m_parallel;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_open;
    QLabel *m_problem;
    bool m_filling = false;
};

} // namespace dr::ui
