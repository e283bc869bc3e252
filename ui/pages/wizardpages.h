// The six pages of the restore wizard.
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace dr::ui {

class PlanView;
class PlatformList;
class ModuleTable;
class RestoreWizard;
struct RestoreSession;

class PlatformPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlatformPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    PlatformList *list() const { return m_list; }

private:
    RestoreWizard *m_wizard;
    PlatformList *m_list;
};

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

class DevicePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DevicePage(RestoreWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget *list() const { return m_list; }
    QPushButton *inspectButton() const { return m_inspect; }

private:
    void devicesChanged(const QList<DeviceSummary> &devices);
    void selectionChanged();
    const DeviceSummary *selected() const;
    RestoreWizard *m_wizard;
    QListWidget *m_list;
    QLabel *m_empty;
    QLabel *m_status;
    QPushButton *m_inspect;
    QList<DeviceSummary> m_devices;
    QString m_inspectedId;
    bool m_waitingForInspection = false;
    bool m_active = false;
};

class PlanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlanPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    PlanView *view() const { return m_view; }
    QCheckBox *confirm() const { return m_confirm; }
    QCheckBox *force() const { return m_force; }

private:
    void replan();
    RestoreWizard *m_wizard;
    PlanView *m_view;
    QCheckBox *m_force;
    QCheckBox *m_confirm;
};

class RestorePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestorePage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *instruction() const { return m_instruction; }

private:
    RestoreWizard *m_wizard;
    QLabel *m_instruction;
    QLabel *m_stepLabel;
    QProgressBar *m_step;
    QProgressBar *m_overall;
    QLabel *m_eta;
    ModuleTable *m_modules;
    QGroupBox *m_logBox;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    bool m_running = false;
};

class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(RestoreWizard *wizard);
    void initializePage() override;
    QLabel *outcome() const { return m_outcome; }
    ModuleTable *modules() const { return m_modules; }
    QPushButton *saveButton() const { return m_save; }

private:
    RestoreWizard *m_wizard;
    QLabel *m_outcome;
    QLabel *m_state;
    ModuleTable *m_modules;
    QPushButton *m_save;
    QPushButton *m_another;
};

} // namespace dr::ui
