// Page 2: the Device OS binaries, the version to restore, the model and the user firmware.
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
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
    void chooseUserFile(const QString &path); // validates it on the spot

private:
    void fillVersions();
    RestoreWizard *m_wizard;
    QLineEdit *m_bundlePath;
    QLabel *m_bundleStatus;
    QListWidget *m_versions;
    QCheckBox *m_prereleases;
    QComboBox *m_model;
    QComboBox *m_user;
    QLabel *m_userStatus;
    bool m_userFileOk = false;
};

} // namespace dr::ui
