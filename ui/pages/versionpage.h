// Page 2: the Device OS binaries, the version to restore, the model and the user firmware.
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QListWidget;

namespace dr::ui {

class RestoreWizard;

class VersionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VersionPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget *versions() const { return m_versions; }
    QComboBox *userFirmware() const { return m_user; }
    QComboBox *model() const { return m_model; }
    QCheckBox *showPrereleases() const { return m_prereleases; }
    QLineEdit *bundlePath() const { return m_bundlePath; }
    QLabel *bundleStatus() const { return m_bundleStatus; }
    QPushButton *useDefaultButton() const { return m_useDefault; }
    void chooseUserFile(const QString &path); // validates it on the spot

private:
    void fillVersions();
    void useSource(const QString &path); // reads a folder or zip of binaries (on the loader's thread)
    RestoreWizard *m_wizard;
    QLineEdit *m_bundlePath;
    QLabel *m_bundleStatus;
    QPushButton *m_useDefault;
    const Platform *m_modelsFor = nullptr;
    std::optional<Error> m_bundleError; // why the last source could not be read
    QListWidget *m_versions;
    QCheckBox *m_prereleases;
    QComboBox *m_model;
    QComboBox *m_user;
    QLabel *m_userStatus;
    bool m_userFileOk = false;
};

} // namespace dr::ui
