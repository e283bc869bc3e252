#include "widgets/planview.h"

#include "restore/firmwarebundle.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dr::ui {

namespace {

QString versionText(const std::optional<int> &module, const std::optional<SemVer> &semver)
{
    if (!module)
        return QStringLiteral("\u2013");
    return semver ? QStringLiteral("%1 (%2)").arg(semver->toString()).arg(*module) : QString::number(*module);
}

} // namespace

PlanView::PlanView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Module"), tr("Now"), tr("After"), tr("How"), tr("Size"), tr("Why")});
    m_table->verticalHeader()->setVisible(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("planSteps"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    m_table->setAccessibleName(tr("Restore steps"));
    m_table->setAccessibleDescription(tr("Every step of the restore in order: module, version now and after, "
                                         "how it is sent, its size and why."));
    m_messages = new QListWidget(this);
    m_messages->setWordWrap(true);
    m_messages->setObjectName(QStringLiteral("planNotes"));
    m_messages->setAccessibleName(tr("Plan notes"));
    m_messages->setAccessibleDescription(tr("Refusals, warnings and notes about this restore."));
    m_messages->setMaximumHeight(160);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_messages);
}

void PlanView::clear(const QString &why)
{
    m_table->setRowCount(0);
    m_messages->clear();
    m_summary->setText(why);
}

void PlanView::setPlan(const RestorePlan &plan)
{
    const QLocale locale;
    m_table->setRowCount(0);
    m_messages->clear();

    QString summary = tr("%1: Device OS %2 \u2192 %3")
                          .arg(plan.platform ? plan.platform->displayName : QString(),
                               plan.current ? plan.current->toString() : tr("unknown"), plan.target.toString());
    if (plan.refused())
        summary += QStringLiteral(". ") + tr("Refused: nothing will be written.");
    else if (plan.nothingToWrite())
        summary += QStringLiteral(". ") + tr("Nothing to write: the device is already there.");
    else
        summary += QStringLiteral(". ") + tr("%n write(s), %1 in all", nullptr, plan.flashSteps())
                                              .arg(locale.formattedDataSize(plan.totalBytes()));
    if (plan.stages > 1)
        summary += QStringLiteral(", ") + tr("in %n stage(s)", nullptr, plan.stages);
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);

    for (const PlanStep &s : plan.steps) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList cells;
        if (s.kind == StepKind::WaitForConnection || s.kind == StepKind::WaitForReboot) {
            cells = {tr("Wait"), QString(), s.toDeviceOs ? s.toDeviceOs->toString() : QString(), tr("you confirm"),
                     QString(), s.reason};
        } else {
            const QString how = s.transport == StepTransport::Dfu
                                    ? tr("DFU")
                                    : tr("%1 (running)").arg(stepTransportName(s.transport));
            const QString after = s.kind == StepKind::InvalidateFormerUserPart ? tr("erased")
                                                                               : versionText(s.toVersion, s.toDeviceOs);
            cells = {s.part, versionText(s.fromVersion, s.fromDeviceOs), after, how, locale.formattedDataSize(s.bytes),
                     s.reason};
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 0 && s.source ? s.source->path : cells[c]);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();

    for (Severity sev : {Severity::Refusal, Severity::Warning, Severity::Info}) {
        for (const PlanMessage &m : plan.messages) {
            if (m.severity != sev)
                continue;
            QString label;
            QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
            if (sev == Severity::Refusal) {
                label = m.overridable ? tr("Needs your confirmation") : tr("Refused");
                icon = QStyle::SP_MessageBoxCritical;
            } else if (sev == Severity::Warning) {
                label = m.overridden ? tr("Confirmed") : tr("Warning");
                icon = QStyle::SP_MessageBoxWarning;
            } else {
                label = tr("Note");
            }
            auto *item = new QListWidgetItem(style()->standardIcon(icon), label + QStringLiteral(": ") + m.text,
                                             m_messages);
            item->setData(Qt::UserRole, m.code);
        }
    }
}

} // namespace dr::ui
