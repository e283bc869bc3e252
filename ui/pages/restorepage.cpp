#include "pages/restorepage.h"

#include "pages/pagecommon.h"
#include "restorewizard.h"
#include "widgets/moduletable.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

RestorePage::RestorePage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Restoring"));
    setSubTitle(tr("Keep the device plugged in. You can cancel at any time; the device stops at a safe point."));
    m_instruction = wrapLabel(QString(), this);
    QFont big = m_instruction->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_instruction->setFont(big);
    m_instruction->setAccessibleName(tr("Current instruction"));
    m_stepLabel = wrapLabel(QString(), this);
    m_step = new QProgressBar(this);
    m_step->setAccessibleName(tr("Progress of this step"));
    m_overall = new QProgressBar(this);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_eta = new QLabel(this);
    m_modules = new ModuleTable(this);
    m_logBox = new QGroupBox(tr("Show the &log"), this);
    m_logBox->setCheckable(true);
    m_logBox->setChecked(false);
    m_log = new QPlainTextEdit(m_logBox);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Restore log"));
    m_log->setVisible(false);
    auto *logLayout = new QVBoxLayout(m_logBox);
    logLayout->addWidget(m_log);
    connect(m_logBox, &QGroupBox::toggled, m_log, &QWidget::setVisible);
    m_cancel = new QPushButton(tr("&Cancel restore"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("This step:"), m_step);
    form->addRow(tr("Overall:"), m_overall);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instruction);
    layout->addWidget(m_stepLabel);
    layout->addLayout(form);
    layout->addWidget(m_eta);
    layout->addWidget(m_modules, 1);
    layout->addWidget(m_logBox);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);

    DeviceService &devices = wizard->devices();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_instruction->setText(tr("Stopping at the next safe point\u2026"));
        m_wizard->devices().cancelRestore();
    });
    connect(&devices, &DeviceService::restoreProgress, this, [this](const RestoreProgress &p) {
        if (!m_running)
            return;
        const int steps = p.stepCount;
        m_stepLabel->setText(p.step >= 0 ? tr("Step %1 of %2: %3").arg(p.step + 1).arg(steps).arg(p.message) : p.message);
        m_step->setMaximum(int(std::max<quint64>(1, p.stepTotal / 1024)));
        m_step->setValue(int(p.stepDone / 1024));
        m_overall->setMaximum(int(std::max<quint64>(1, p.total / 1024)));
        m_overall->setValue(int(p.done / 1024));
        m_eta->setText(p.etaSeconds && *p.etaSeconds >= 1 ? tr("About %n second(s) left", nullptr, qRound(*p.etaSeconds))
                                                         : QString());
        if (p.phase == RestorePhase::EnteringDfu)
            m_instruction->setText(tr("Putting the device into DFU mode: its LED will blink yellow."));
        else if (p.phase == RestorePhase::LeavingDfu || p.phase == RestorePhase::Rebooting)
            m_instruction->setText(tr("The device is restarting. Leave it plugged in."));
        else if (p.phase == RestorePhase::Writing)
            m_instruction->setText(tr("Writing. Do not unplug the device."));
        else if (p.phase == RestorePhase::Inspecting)
            m_instruction->setText(tr("Checking every module on the device."));
    });
    connect(&devices, &DeviceService::restoreLog, this, [this](const QString &line) {
        m_log->appendPlainText(line);
        m_wizard->session().log << line;
    });
    connect(&devices, &DeviceService::inspected, this, [this](const QString &id, const ModuleInspection &i) {
        if (m_running && id.isEmpty())
            m_modules->setInspection(i);
    });
    connect(&devices, &DeviceService::personNeeded, this, [this](const PersonPrompt &prompt) {
        m_instruction->setText(prompt.instruction);
        const auto answer = QMessageBox::question(this, prompt.title, prompt.instruction,
                                                  QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
        m_wizard->devices().answerPerson(answer == QMessageBox::Ok);
    });
    connect(&devices, &DeviceService::restoreFinished, this, [this](const RestoreOutcome &o) {
        if (!m_running)
            return;
        m_running = false;
        m_wizard->session().outcome = o;
        m_cancel->setEnabled(false);
        Q_EMIT completeChanged();
        m_wizard->next();
    });
}

void RestorePage::initializePage()
{
    RestoreSession &s = m_wizard->session();
    m_log->clear();
    m_step->setValue(0);
    m_overall->setValue(0);
    m_eta->clear();
    m_cancel->setEnabled(true);
    if (s.before)
        m_modules->setInspection(*s.before);
    else
        m_modules->showMessage(tr("The device's modules are shown here once it runs Device OS again."));
    m_instruction->setText(tr("Starting\u2026"));
    m_running = true;
    s.outcome.reset();
    m_wizard->devices().restore(s.plan, s.bundle, s.device->usb.deviceId);
}

bool RestorePage::isComplete() const
{
    return !m_running && m_wizard->session().outcome.has_value();
}


} // namespace dr::ui
