#include "pages/planpage.h"

#include "restorewizard.h"
#include "widgets/planview.h"

#include <QCheckBox>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dr::ui {

PlanPage::PlanPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("The plan"));
    setSubTitle(tr("Every step, in order. Nothing has been written yet."));
    // Leaving this page starts writing: it is the commit page (no way back from the restore page).
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_view = new PlanView(this);
    m_force = new QCheckBox(tr("Go &ahead despite Particle's recommendations"), this);
    m_force->setObjectName(QStringLiteral("force"));
    m_force->setAccessibleName(tr("Go ahead despite Particle's recommendations"));
    m_force->setAccessibleDescription(tr("Allows the steps marked as needing your confirmation"));
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setAccessibleDescription(tr("Confirms that the listed modules may be written to this device"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_force);
    layout->addWidget(m_confirm);
    setTabOrder(m_view->table(), m_view->messages());
    setTabOrder(m_view->messages(), m_force);
    setTabOrder(m_force, m_confirm);
    connect(m_force, &QCheckBox::toggled, this, &PlanPage::replan);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void PlanPage::initializePage()
{
    m_confirm->setChecked(false);
    replan();
}

void PlanPage::replan()
{
    RestoreSession &s = m_wizard->session();
    s.force = m_force->isChecked();
    s.plan = RestorePlanner::plan(s.planRequest());
    m_view->setPlan(s.plan);
    const bool overridable = std::any_of(s.plan.messages.begin(), s.plan.messages.end(),
                                         [](const PlanMessage &m) { return m.overridable; });
    m_force->setVisible(overridable);
    const QString id = s.device ? s.device->usb.deviceId : QString();
    // The accessible name is its own sentence: a mnemonic written "(&W)" in some languages would
    // leave "(W)" behind if it were the label with the '&' taken out.
    if (s.plan.nothingToWrite()) {
        m_confirm->setText(tr("Check device %1 &without writing anything").arg(id));
        m_confirm->setAccessibleName(tr("Check device %1 without writing anything", "accessible name").arg(id));
    } else {
        m_confirm->setText(tr("&Write %n module(s) to device %1", nullptr, s.plan.flashSteps()).arg(id));
        m_confirm->setAccessibleName(
            tr("Write %n module(s) to device %1", "accessible name", s.plan.flashSteps()).arg(id));
    }
    m_confirm->setEnabled(!s.plan.refused());
    Q_EMIT completeChanged();
}

bool PlanPage::isComplete() const
{
    return !m_wizard->session().plan.refused() && m_confirm->isChecked();
}


} // namespace dr::ui
