// Page 3: which attached device to restore, with its modules read before the plan is made.
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace dr::ui {

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

} // namespace dr::ui
