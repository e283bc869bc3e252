// Page 4: every step of the plan, its warnings and refusals, and the confirmation before writing.
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>

class QCheckBox;

namespace dr::ui {

class PlanView;
class RestoreWizard;

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

} // namespace dr::ui
