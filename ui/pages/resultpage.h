// Page 6: the outcome in one sentence, the device's own module table (every check PASS or FAIL in
// words and with an icon), the report (text and JSON), and what to do next: restore another
// device, or after a failure or cancel try again from where the device is now.
#pragma once

#include "restore/restoreengine.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QToolButton;

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
    QLabel *deviceState() const { return m_state; }
    ModuleTable *modules() const { return m_modules; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *anotherButton() const { return m_another; }
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QLabel *saveStatus() const { return m_saved; }
    QToolButton *detailsToggle() const { return m_detailsToggle; }
    QLabel *details() const { return m_details; } // the error's technical words, shown on demand

    // Writes BASE.txt and BASE.json (a trailing .txt or .json is dropped); says so on the page.
    bool saveReportTo(const QString &path);

    // The failure in one plain sentence: the step that stopped and its module, without the
    // technical message (that is in details()).
    static QString failureHeadline(const dr::RestoreOutcome &outcome, const dr::RestorePlan &plan);

private:
    RestoreWizard *m_wizard;
    QLabel *m_outcome;
    QLabel *m_state;
    QToolButton *m_detailsToggle;
    QLabel *m_details;
    ModuleTable *m_modules;
    QLabel *m_saved;
    QPushButton *m_save;
    QPushButton *m_tryAgain;
    QPushButton *m_another;
};

} // namespace dr::ui
