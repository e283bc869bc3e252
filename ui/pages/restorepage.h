// Page 5: the running restore: progress, the live module table, instructions, the log, Cancel.
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace dr::ui {

class ModuleTable;
class RestoreWizard;

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

} // namespace dr::ui
