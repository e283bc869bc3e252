// Page 5: the running restore: progress, the live module table, instructions, the log, Cancel.
#pragma once

#include "restore/deviceservice.h"

#include <QPointer>
#include <QWizardPage>

class QMessageBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

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

    QToolButton *logToggle() const { return m_logToggle; }

    // The instruction in large text for a phase, with the LED colour and pattern in words; empty
    // while the person is asked in a prompt, or once the restore is over.
    static QString instructionFor(const RestoreProgress &p, const RestorePlan &plan);
    // What the current step does, with the module's description rather than its slot name.
    static QString stepText(const RestoreProgress &p, const RestorePlan &plan);

private:

    RestoreWizard *m_wizard;
    QLabel *m_instruction;
    QLabel *m_stepLabel;
    QProgressBar *m_step;
    QProgressBar *m_overall;
    QLabel *m_eta;
    ModuleTable *m_modules;
    QToolButton *m_logToggle;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPointer<QMessageBox> m_prompt;
    bool m_running = false;
};

} // namespace dr::ui
