#include "pages/resultpage.h"

#include "pages/pagecommon.h"
#include "restore/restorereport.h"
#include "restorewizard.h"
#include "widgets/moduletable.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
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
    m_state = wrapLabel(QString(), this);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modules = new ModuleTable(this);
    m_save = new QPushButton(tr("&Save report\u2026"), this);
    m_another = new QPushButton(tr("Restore &another device"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_another);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_state);
    layout->addWidget(m_modules, 1);
    layout->addLayout(buttons);
    setFinalPage(true);

    connect(m_another, &QPushButton::clicked, wizard, &RestoreWizard::restoreAnother);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const RestoreSession &s = m_wizard->session();
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = QStringLiteral("%1/device-restore-%2.txt").arg(dir, s.device ? s.device->usb.deviceId : QString());
        QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggested, tr("Report (*.txt)"));
        if (path.isEmpty())
            return;
        if (path.endsWith(QLatin1String(".txt")))
            path.chop(4);
        RestoreReport report;
        report.deviceId = s.device ? s.device->usb.deviceId : QString();
        report.platform = s.platform;
        report.simulated = m_wizard->simulated();
        report.before = s.before;
        report.plan = s.plan;
        report.outcome = s.outcome.value_or(RestoreOutcome());
        report.log = s.log;
        if (auto r = saveRestoreReport(report, path); !r.ok())
            QMessageBox::warning(this, tr("Save report"), r.error().text());
        else
            m_state->setText(m_state->text() + QLatin1Char('\n') + tr("Report saved as %1.txt and %1.json.").arg(path));
    });
}

void ResultPage::initializePage()
{
    const RestoreSession &s = m_wizard->session();
    if (!s.outcome)
        return;
    const RestoreOutcome &o = *s.outcome;
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
        m_outcome->setText(tr("\u2716 The restore failed: %1").arg(o.error ? o.error->message : QString()));
    QString state = o.success ? QString() : o.deviceState;
    // The device state already says how to go on after a cancel; other failures add their remedy.
    if (o.error && !o.error->remedy.isEmpty() && !o.cancelled)
        state += QLatin1Char('\n') + o.error->remedy;
    m_state->setText(state.trimmed());
    m_state->setVisible(!state.trimmed().isEmpty());
    if (o.after)
        m_modules->setInspection(*o.after);
    else
        m_modules->showMessage(o.success ? tr("The device's modules could not be read after the restore.")
                                         : tr("The device's modules are shown once it runs Device OS again."));
}

} // namespace dr::ui
