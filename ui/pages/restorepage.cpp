#include "pages/restorepage.h"

#include "pages/pagecommon.h"
#include "restorewizard.h"
#include "restore/restoreplanner.h"
#include "widgets/moduledescription.h"
#include "widgets/moduletable.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
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
    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_instruction->setAccessibleName(tr("Current instruction"));
    m_instruction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepLabel = wrapLabel(QString(), this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_step = new QProgressBar(this);
    m_step->setAccessibleName(tr("Progress of this step"));
    m_step->setAccessibleDescription(tr("How much of the current module has been sent"));
    m_overall = new QProgressBar(this);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setAccessibleDescription(tr("How much of the whole restore is done"));
    m_eta = new QLabel(this);
    m_waiting = wrapLabel(QString(), this);
    m_waiting->setObjectName(QStringLiteral("waitingNote"));
    m_waiting->setAccessibleName(tr("Waiting for the device"));
    m_waiting->hide();
    // Once a second: has anything changed? A wait the person cannot see the end of is said in words.
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(1000);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        const QString text = m_running ? waitingText(m_lastSeen, m_unchanged.elapsed()) : QString();
        m_waiting->setText(text);
        m_waiting->setVisible(!text.isEmpty());
    });
    m_modules = new ModuleTable(this);
    m_modules->setObjectName(QStringLiteral("liveModules"));
    m_modules->setAccessibleDescription(tr("The device's modules as it reports them, updated while the restore runs"));
    m_logToggle = new QToolButton(this);
    m_logToggle->setObjectName(QStringLiteral("logToggle"));
    m_logToggle->setText(tr("Show the &log"));
    m_logToggle->setCheckable(true);
    m_logToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logToggle->setArrowType(Qt::RightArrow);
    m_logToggle->setAutoRaise(true);
    m_logToggle->setFocusPolicy(Qt::StrongFocus);
    m_logToggle->setAccessibleName(tr("Show the log"));
    m_logToggle->setAccessibleDescription(tr("Shows or hides every message of the restore, with technical detail"));
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Restore log"));
    m_log->setAccessibleDescription(tr("Every message of the restore, oldest first"));
    m_log->setVisible(false);
    connect(m_logToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_log->setVisible(shown);
        m_logToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_logToggle->setText(shown ? tr("Hide the &log") : tr("Show the &log"));
        m_logToggle->setAccessibleName(shown ? tr("Hide the log") : tr("Show the log"));
    });
    m_cancel = new QPushButton(tr("Cancel &restore"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRestore"));
    m_cancel->setAccessibleName(tr("Cancel restore"));
    m_cancel->setAccessibleDescription(tr("Stop at the next safe point; the result page then says what state the "
                                          "device is in"));

    auto *form = new QFormLayout;
    form->addRow(tr("This step:"), m_step);
    form->addRow(tr("Overall:"), m_overall);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_logToggle);
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instruction);
    layout->addWidget(m_stepLabel);
    layout->addLayout(form);
    layout->addWidget(m_eta);
    layout->addWidget(m_waiting);
    layout->addWidget(m_modules, 2); // as high as its rows (ModuleTable), the rest below
    layout->addLayout(bottom);
    layout->addWidget(m_log, 1);
    layout->addStretch();
    setTabOrder(m_cancel, m_modules);
    setTabOrder(m_modules, m_logToggle);
    setTabOrder(m_logToggle, m_log);

    DeviceService &devices = wizard->devices();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_instruction->setText(tr("Stopping at the next safe point\u2026"));
        m_wizard->devices().cancelRestore();
    });
    connect(&devices, &DeviceService::restoreProgress, this, [this](const RestoreProgress &reported) {
        if (!m_running)
            return;
        const RestoreProgress p = withCurrentPhase(reported);
        if (p.phase != m_lastSeen.phase || p.step != m_lastSeen.step || p.stepDone != m_lastSeen.stepDone
            || p.message != m_lastSeen.message) {
            m_unchanged.restart();
            m_waiting->hide();
        }
        m_lastSeen = p;
        const RestorePlan &plan = m_wizard->session().plan;
        noteWrittenSteps(p);
        const QString what = stepText(p, plan);
        m_stepLabel->setText(p.step >= 0 ? tr("Step %1 of %2: %3").arg(p.step + 1).arg(p.stepCount).arg(what) : what);
        m_stepLabel->setToolTip(p.message); // the engine's words, with the slot name, for technicians
        showStepProgress(p);
        m_overall->setMaximum(int(std::max<quint64>(1, p.total / 1024)));
        m_overall->setValue(int(p.done / 1024));
        m_eta->setText(p.etaSeconds && *p.etaSeconds >= 1 ? tr("About %n second(s) left", nullptr, qRound(*p.etaSeconds))
                                                         : QString());
        m_eta->setVisible(!m_eta->text().isEmpty()); // no blank line while there is no estimate
        const QString text = instructionFor(p, plan);
        if (!text.isEmpty())
            m_instruction->setText(text);
    });
    connect(&devices, &DeviceService::restoreLog, this, [this](const QString &line) {
        m_log->appendPlainText(line);
        m_wizard->session().log << line;
    });
    connect(&devices, &DeviceService::inspected, this, [this](const QString &id, const ModuleInspection &i) {
        if (!m_running || !id.isEmpty())
            return;
        // What the device says now replaces every "written, not yet confirmed" row.
        m_modules->setInspection(i);
    });
    connect(&devices, &DeviceService::personNeeded, this, [this](const PersonPrompt &prompt) {
        // The instruction is said once, on the page in large text; the box only asks for the answer
        // (without blocking the window: a cancel or the end of the restore closes it).
        m_instruction->setText(prompt.instruction);
        if (m_prompt)
            m_prompt->deleteLater();
        m_prompt = new QMessageBox(QMessageBox::Information, prompt.title,
                                   tr("Do what the page says, then choose Done."),
                                   QMessageBox::Ok | QMessageBox::Cancel, this);
        m_prompt->setAccessibleDescription(prompt.instruction); // screen readers get the whole instruction
        m_prompt->setObjectName(QStringLiteral("personPrompt"));
        m_prompt->button(QMessageBox::Ok)->setText(tr("&Done"));
        m_prompt->button(QMessageBox::Cancel)->setText(tr("&Stop the restore"));
        m_prompt->setDefaultButton(QMessageBox::Ok);
        m_prompt->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_prompt, &QMessageBox::finished, this, [this](int) {
            const bool goOn = m_prompt && m_prompt->clickedButton() == m_prompt->button(QMessageBox::Ok);
            m_wizard->devices().answerPerson(goOn);
        });
        m_prompt->open();
    });
    connect(&devices, &DeviceService::restoreFinished, this, [this](const RestoreOutcome &o) {
        if (!m_running)
            return;
        m_running = false;
        m_watchdog->stop();
        m_waiting->hide();
        if (m_prompt) {
            m_prompt->disconnect(this);
            m_prompt->close();
        }
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
    m_logToggle->setChecked(false);
    m_step->setRange(0, 1);
    m_step->setValue(0);
    m_step->setFormat(QStringLiteral("%p%"));
    m_overall->setValue(0);
    m_writingStep = -1;
    m_eta->clear();
    m_eta->hide();
    m_waiting->hide();
    m_lastSeen = RestoreProgress();
    m_unchanged.restart();
    m_watchdog->start();
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

QString RestorePage::waitingText(const RestoreProgress &p, qint64 unchangedMs)
{
    const qint64 seconds = unchangedMs / 1000;
    switch (p.phase) {
    case RestorePhase::Writing:
        if (seconds < 15)
            return {};
        return tr("No bytes have moved for %n second(s). Keep the device plugged in: if the transfer does not go "
                  "on, it stops with an error that says what to do.",
                  nullptr, int(seconds));
    case RestorePhase::Locating:
    case RestorePhase::EnteringDfu:
    case RestorePhase::LeavingDfu:
    case RestorePhase::EnteringListening:
    case RestorePhase::Rebooting:
        if (seconds < 10 || p.waitLimitMs <= 0)
            return {};
        return tr("Still waiting for the device: %1 s so far, at most %2 s. If it does not answer by then, Device "
                  "Restore tries another way or stops and says what to do.")
            .arg(seconds)
            .arg((p.waitLimitMs + 999) / 1000);
    case RestorePhase::WaitingForPerson:
    case RestorePhase::Inspecting:
    case RestorePhase::Done:
    case RestorePhase::Failed:
    case RestorePhase::Cancelled:
        break;
    }
    return {};
}

RestoreProgress RestorePage::withCurrentPhase(const RestoreProgress &p)
{
    // The engine reports a DFU transfer's bytes under the phase it was in before the transfer
    // (entering DFU mode): once bytes of the step arrive, the device is in DFU mode and being written.
    RestoreProgress out = p;
    if (p.phase == RestorePhase::EnteringDfu && p.stepDone > 0)
        out.phase = RestorePhase::Writing;
    return out;
}

void RestorePage::showStepProgress(const RestoreProgress &p)
{
    // The step bar shows bytes only while bytes move; waiting phases show a busy bar (or say who is
    // waited for) instead of a percentage left over from the transfer before.
    if (p.phase == RestorePhase::Writing && p.stepTotal > 0) {
        m_step->setFormat(QStringLiteral("%p%"));
        m_step->setRange(0, int(std::max<quint64>(1, p.stepTotal / 1024)));
        m_step->setValue(int(p.stepDone / 1024));
    } else if (p.phase == RestorePhase::WaitingForPerson) {
        m_step->setRange(0, 1);
        m_step->setValue(0);
        m_step->setFormat(tr("Waiting for you"));
    } else if (p.phase == RestorePhase::Done || p.phase == RestorePhase::Failed || p.phase == RestorePhase::Cancelled) {
        m_step->setRange(0, 1);
        m_step->setValue(p.phase == RestorePhase::Done ? 1 : 0);
        m_step->setFormat(QStringLiteral("%p%"));
    } else {
        m_step->setRange(0, 0); // busy: restarting, switching modes, reading the modules
        m_step->setFormat(QString());
    }
}

void RestorePage::noteWrittenSteps(const RestoreProgress &p)
{
    // A write step is over when the restore moves to another step or on to restarting, leaving DFU
    // mode or reading the modules; until the device is read again its row says "not yet confirmed".
    const RestorePlan &plan = m_wizard->session().plan;
    const bool failed = p.phase == RestorePhase::Failed || p.phase == RestorePhase::Cancelled;
    const bool after = p.phase == RestorePhase::Rebooting || p.phase == RestorePhase::LeavingDfu
                       || p.phase == RestorePhase::Inspecting || p.phase == RestorePhase::Done;
    if (m_writingStep >= 0 && !failed && (p.step != m_writingStep || after)) {
        m_modules->markWritten(plan.steps[m_writingStep]);
        m_writingStep = -1;
    }
    if (failed)
        m_writingStep = -1;
    else if (p.phase == RestorePhase::Writing && p.step >= 0 && p.step < plan.steps.size())
        m_writingStep = p.step;
}

QString RestorePage::stepText(const RestoreProgress &p, const RestorePlan &plan)
{
    // The engine names modules by slot ("system-part1"); people read the module's description.
    if (p.step < 0 || p.step >= plan.steps.size())
        return p.message;
    const PlanStep &step = plan.steps[p.step];
    // The page's large text says what to do; the step line only says who is waited for.
    if (p.phase == RestorePhase::WaitingForPerson && step.kind == StepKind::WaitForConnection)
        return tr("Waiting for the device to connect to the network");
    if (p.phase == RestorePhase::WaitingForPerson && step.kind == StepKind::WaitForReboot)
        return tr("Waiting for the device to start");
    if (p.phase == RestorePhase::Writing && step.kind == StepKind::Flash)
        return tr("Writing %1 (%2)").arg(ModuleDescription::of(step), stepTransportText(step.transport));
    if (p.phase == RestorePhase::Writing && step.kind == StepKind::InvalidateFormerUserPart)
        return tr("Clearing the former user firmware slot");
    if (p.phase == RestorePhase::Rebooting && step.kind == StepKind::Flash)
        return tr("The device is applying %1 and restarting").arg(ModuleDescription::of(step));
    return p.message;
}

QString RestorePage::instructionFor(const RestoreProgress &p, const RestorePlan &plan)
{
    // What the person sees on the device, with the LED colour and pattern in words.
    switch (p.phase) {
    case RestorePhase::Locating:
        return tr("Looking for the device. Leave it plugged in.");
    case RestorePhase::EnteringDfu:
        return tr("Putting the device into DFU mode. Its LED will blink yellow.");
    case RestorePhase::EnteringListening:
        return tr("Putting the device into listening mode. Leave it plugged in; its LED blinks dark blue.");
    case RestorePhase::LeavingDfu:
        return tr("The device is leaving DFU mode and restarting. Leave it plugged in; the LED changes colour "
                  "several times.");
    case RestorePhase::Rebooting:
        return tr("The device is installing the update and restarting. Leave it plugged in; the LED may blink "
                  "magenta, then change colour several times.");
    case RestorePhase::Writing:
        if (p.step >= 0 && p.step < plan.steps.size() && plan.steps[p.step].transport != StepTransport::Dfu)
            return plan.steps[p.step].transport == StepTransport::YModem
                       ? tr("Sending over the serial port. The LED blinks dark blue. Do not unplug the device.")
                       : tr("Sending the update to the running device. The LED blinks magenta. Do not unplug the "
                            "device.");
        return tr("Writing in DFU mode. The LED blinks yellow. Do not unplug the device.");
    case RestorePhase::Inspecting:
        return tr("Checking every module on the device.");
    default:
        break; // waiting for the person (the prompt says what to do), or over
    }
    return QString();
}

bool RestorePage::isComplete() const
{
    return !m_running && m_wizard->session().outcome.has_value();
}


} // namespace dr::ui
