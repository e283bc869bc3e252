// Page 3: which attached device to restore, with its modules read before the plan is made (over
// DFU for a device in DFU mode, with progress). The list follows the bus; with several devices none
// is chosen for the person. "Inspect" shows the module table of any listed device; a device in listening mode can also be asked over a serial
// port given by hand (for one USB does not show, or too old for USB control requests).
#pragma once

#include "restore/deviceservice.h"

#include <QHash>
#include <QWizardPage>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dr::ui {

class ModuleTable;
class RestoreWizard;

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
    ModuleTable *modules() const { return m_modules; }
    QLabel *status() const { return m_status; }
    QLineEdit *portPath() const { return m_port; }
    QPushButton *portInspectButton() const { return m_portInspect; }
    QLabel *portStatus() const { return m_portStatus; }
    // Shown instead of the list when a Particle device is attached but cannot be opened (no
    // permission, no driver): the computer check's finding, with a button that opens the check.
    QWidget *unusablePanel() const { return m_unusable; }
    QLabel *unusableText() const { return m_unusableText; }
    QPushButton *checkComputerButton() const { return m_checkComputer; }
    bool portInspectionRunning() const { return m_portBusy; }

private:
    struct PortResult
    {
        QString port;
        QString deviceId;
        ModuleInspection inspection;
    };

    void devicesChanged(const QList<DeviceSummary> &devices);
    void showUnusable(const QList<DeviceSummary> &unusable);
    void selectionChanged();
    void inspectSelected();
    void startOrStopPortInspection();
    void portInspected(const QString &port, const QString &deviceId, const ModuleInspection &inspection);
    void portInspectFailed(const QString &port, const Error &error);
    void setPortBusy(bool busy);
    static QString modulesTitle(const QString &deviceId, const ModuleInspection &inspection);
    void showModules(const QString &title, const ModuleInspection &inspection);
    void showModulesMessage(const QString &title, const QString &message);
    void continueRetryWhenReady();
    const DeviceSummary *selected() const;

    RestoreWizard *m_wizard;
    QListWidget *m_list;
    QLabel *m_empty;
    QWidget *m_unusable;
    QLabel *m_unusableText;
    QPushButton *m_checkComputer;
    QLabel *m_status;
    QPushButton *m_inspect;
    QLabel *m_modulesTitle;
    ModuleTable *m_modules;
    QGroupBox *m_portBox;
    QLineEdit *m_port;
    QPushButton *m_portInspect;
    QLabel *m_portStatus;
    QList<DeviceSummary> m_devices;
    QHash<QString, ModuleInspection> m_usbInspections; // by device ID, read while this page is shown
    std::optional<PortResult> m_portResult;
    QString m_inspectedId;   // the selected device whose modules are being read for the plan
    QString m_shownId;       // whose modules the table shows ("" = none or a port's)
    QString m_portRunning;   // the port being asked; empty when none
    bool m_portBusy = false;
    bool m_waitingForInspection = false;
    bool m_active = false;
};

} // namespace dr::ui
