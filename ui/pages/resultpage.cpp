#include "pages/resultpage.h"

#include "pages/pagecommon.h"
#include "doctor/doctorservice.h"
#include "restore/restorereport.h"
#include "restorewizard.h"
#include "widgets/moduledescription.h"
#include "widgets/moduletable.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace dr::ui {

ResultPage::ResultPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Result"));
    setSubTitle(tr("What the device itself reports about every module now."));
    m_outcome = wrapLabel(QString(), this);
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_outcome->setFont(big);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_state = wrapLabel(QString(), this);
    m_state->setObjectName(QStringLiteral("deviceState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setText(tr("Show &details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setFocusPolicy(Qt::StrongFocus);
    m_detailsToggle->setAccessibleName(tr("Show details"));
    m_detailsToggle->setAccessibleDescription(tr("Shows or hides the technical detail of the error, for support"));
    m_details = wrapLabel(QString(), this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Technical detail"));
    m_details->setVisible(false);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_detailsToggle->setText(shown ? tr("Hide &details") : tr("Show &details"));
        m_detailsToggle->setAccessibleName(shown ? tr("Hide details") : tr("Show details"));
    });
    m_modules = new ModuleTable(this);
    m_modules->setObjectName(QStringLiteral("resultModules"));
    m_modules->setAccessibleName(tr("Modules on the device after the restore"));
    m_saved = wrapLabel(QString(), this);
    m_saved->setObjectName(QStringLiteral("saveStatus"));
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->setVisible(false);
    m_save = new QPushButton(tr("&Save report\u2026"), this);
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_save->setAccessibleName(tr("Save report"));
    m_save->setAccessibleDescription(tr("Save a text and a JSON file with the device, the plan, every step with its "
                                        "timing, the modules before and after, and any error"));
    m_tryAgain = new QPushButton(tr("&Try again"), this);
    m_tryAgain->setObjectName(QStringLiteral("tryAgain"));
    m_tryAgain->setAccessibleName(tr("Try again"));
    m_tryAgain->setAccessibleDescription(tr("Read the device again and plan the rest of the restore from what it "
                                            "holds now; modules already in place are skipped"));
    m_another = new QPushButton(tr("Restore &another device"), this);
    m_another->setObjectName(QStringLiteral("another"));
    m_another->setAccessibleName(tr("Restore another device"));
    m_another->setAccessibleDescription(tr("Choose the next device to restore with the same version"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_tryAgain);
    buttons->addWidget(m_another);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_state);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(m_modules, 1); // as high as its rows (ModuleTable); the stretch is below
    layout->addWidget(m_saved);
    layout->addLayout(buttons);
    layout->addStretch();
    setFinalPage(true);
    setTabOrder(m_detailsToggle, m_modules);
    setTabOrder(m_modules, m_save);
    setTabOrder(m_save, m_tryAgain);
    setTabOrder(m_tryAgain, m_another);

    connect(m_another, &QPushButton::clicked, wizard, &RestoreWizard::restoreAnother);
    connect(m_tryAgain, &QPushButton::clicked, wizard, &RestoreWizard::tryAgain);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const RestoreSession &s = m_wizard->session();
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested =
            QStringLiteral("%1/device-restore-%2.txt").arg(dir, s.device ? s.device->usb.deviceId : QString());
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggested, tr("Report (*.txt)"));
        if (!path.isEmpty())
            saveReportTo(path);
    });
}

QString ResultPage::failureHeadline(const RestoreOutcome &o, const RestorePlan &plan)
{
    // The cause in plain words: which step stopped. The error's technical message (request
    // numbers, codes) goes to the details; the device state and the remedy follow below.
    for (auto it = o.steps.crbegin(); it != o.steps.crend(); ++it) {
        if (!it->error || it->index < 0 || it->index >= plan.steps.size())
            continue;
        const PlanStep &step = plan.steps[it->index];
        if (step.kind == StepKind::Flash)
            return tr("\u2716 The restore stopped at step %1 of %2: %3 could not be written.")
                .arg(it->index + 1)
                .arg(plan.steps.size())
                .arg(ModuleDescription::of(step));
        if (step.kind == StepKind::InvalidateFormerUserPart)
            return tr("\u2716 The restore stopped at step %1 of %2: the former user firmware could not be cleared.")
                .arg(it->index + 1)
                .arg(plan.steps.size());
        return tr("\u2716 The restore stopped at step %1 of %2, while waiting for the device.")
            .arg(it->index + 1)
            .arg(plan.steps.size());
    }
    return tr("\u2716 The restore failed: %1").arg(o.error ? o.error->message : QString());
}

bool ResultPage::saveReportTo(const QString &path)
{
    QString base = path;
    for (const QLatin1String ext : {QLatin1String(".txt"), QLatin1String(".json")})
        if (base.endsWith(ext))
            base.chop(ext.size());
    const RestoreSession &s = m_wizard->session();
    RestoreReport report;
    report.deviceId = s.device ? s.device->usb.deviceId : QString();
    report.platform = s.platform;
    report.simulated = m_wizard->simulated();
    report.before = s.before;
    report.plan = s.plan;
    report.outcome = s.outcome.value_or(RestoreOutcome());
    report.log = s.log;
    if (m_wizard->doctor().hasChecked())
        report.computerCheck = m_wizard->doctor().findings();
    m_saved->setVisible(true);
    if (auto r = saveRestoreReport(report, base); !r.ok()) {
        m_saved->setText(tr("The report was not saved. %1").arg(r.error().text()));
        m_saved->setToolTip(r.error().detail);
        return false;
    }
    m_saved->setText(tr("Report saved as %1 and %2.")
                         .arg(QDir::toNativeSeparators(base + QLatin1String(".txt")),
                              QDir::toNativeSeparators(base + QLatin1String(".json"))));
    m_saved->setToolTip(QString());
    return true;
}

void ResultPage::initializePage()
{
    // The support report carries the computer check: run it now (without the network part, which
    // takes seconds) unless the person already did.
    if (!m_wizard->doctor().hasChecked())
        m_wizard->doctor().check(false);
    const RestoreSession &s = m_wizard->session();
    if (!s.outcome)
        return;
    const RestoreOutcome &o = *s.outcome;
    // The restore page's Cancel, once pressed, is disabled and hands the focus on inside that page:
    // once this page shows, the keyboard starts on its own table.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isAncestorOf(QApplication::focusWidget()))
                m_modules->setFocus(Qt::OtherFocusReason);
        },
        Qt::QueuedConnection);
    m_saved->clear();
    m_saved->setVisible(false);
    // Try again: only where something is left to do, on a device that is still known.
    m_tryAgain->setVisible(!o.success && s.device.has_value());
    const QString id = s.device ? s.device->usb.deviceId : QString();
    if (o.success)
        m_outcome->setText(s.plan.nothingToWrite()
                               ? tr("\u2714 Device %1 already had Device OS %2; every module passes its checks.")
                                     .arg(id, s.plan.target.toString())
                               : tr("\u2714 Device %1 now runs Device OS %2; every module passes its checks.")
                                     .arg(id, s.plan.target.toString()));
    else if (o.cancelled)
        m_outcome->setText(tr("\u2716 The restore was cancelled."));
    else
        m_outcome->setText(failureHeadline(o, s.plan));
    QString state = o.success ? QString() : o.deviceState;
    // The device state already says how to go on after a cancel; other failures add their remedy.
    if (o.error && !o.error->remedy.isEmpty() && !o.cancelled)
        state += QLatin1Char('\n') + o.error->remedy;
    m_state->setText(state.trimmed());
    m_state->setVisible(!state.trimmed().isEmpty());
    // The error's own words, its code and its technical detail: for support, on demand.
    QStringList details;
    if (o.error && !o.cancelled) {
        details << o.error->message;
        if (!o.error->detail.isEmpty())
            details << o.error->detail;
        details << tr("Error code: %1").arg(o.error->code);
    }
    m_details->setText(details.join(QLatin1Char('\n')));
    m_detailsToggle->setChecked(false);
    m_detailsToggle->setVisible(!details.isEmpty());
    if (o.after)
        m_modules->setInspection(*o.after);
    else
        m_modules->showMessage(o.success ? tr("The device's modules could not be read after the restore.")
                                         : tr("The device's modules were not read after the restore stopped."));
}

} // namespace dr::ui
