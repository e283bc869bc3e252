// Page 5: the running restore: progress, the live module table, instructions, the log, Cancel.
#pragma once

#include "restore/deviceservice.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWizardPage>

class QMessageBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
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
    // The progress as the page shows it: a DFU transfer's bytes count as writing, whatever phase
    // the engine last named.
    static RestoreProgress withCurrentPhase(const RestoreProgress &p);
    // What the page says when nothing has changed for `unchangedMs` (a stall watchdog that explains
    // itself): how long the device has been waited for and how long the engine waits at most, or
    // that no bytes have moved; empty while there is nothing to say yet.
    static QString waitingText(const RestoreProgress &p, qint64 unchangedMs);
    QLabel *waitingNote() const { return m_waiting; }
    QProgressBar *stepBar() const { return m_step; }
    ModuleTable *liveModules() const { return m_modules; }

private:
    void showStepProgress(const RestoreProgress &p);
    void noteWrittenSteps(const RestoreProgress &p);

    RestoreWizard *m_wizard;
    QLabel *m_instruction;
    QLabel *m_stepLabel;
    QProgressBar *m_step;
    QProgressBar *m_overall;
    QLabel *m_eta;
    QLabel *m_waiting;
    QTimer *m_watchdog;
    QElapsedTimer m_unchanged;  // since the progress last changed
    RestoreProgress m_lastSeen; // the progress as last shown
    ModuleTable *m_modules;
    QToolButton *m_logToggle;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPointer<QMessageBox> m_prompt;
    bool m_running = false;
    int m_writingStep = -1;    // the step whose bytes are being sent; -1 between writes
};

} // namespace dr::ui
