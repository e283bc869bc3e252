// Page 6: the outcome, the final module table, and the report.
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace dr::ui {

class ModuleTable;
class RestoreWizard;

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
