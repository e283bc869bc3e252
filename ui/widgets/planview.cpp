#include "widgets/planview.h"

#include "restore/firmwarebundle.h"
#include "restore/restoreplanner.h"
#include "widgets/moduledescription.h"
#include "widgets/viewfitting.h"

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
    makeReadOnlyTable(m_table); // Tab leaves the table; the arrow keys move inside it
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("planSteps"));
    m_table->setAccessibleName(tr("Restore steps"));
    m_table->setAccessibleDescription(tr("Every step of the restore in order: module, version now and after, "
                                         "how it is sent, its size and why."));
    m_messages = new QListWidget(this);
    m_messages->setWordWrap(true);
    m_messages->setObjectName(QStringLiteral("planNotes"));
    m_messages->setAccessibleName(tr("Plan notes"));
    m_messages->setAccessibleDescription(tr("Refusals, warnings and notes about this restore."));
    m_messages->hide(); // until a plan has notes (setPlan)
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1); // up to its rows (setPlan); the space left goes below the notes
    layout->addWidget(m_messages);
    layout->addStretch();
}

void PlanView::clear(const QString &why)
{
    m_table->setRowCount(0);
    fitHeightToContents(m_table);
    m_messages->clear();
    m_messages->hide();
    m_summary->setText(why);
}

void PlanView::setPlan(const RestorePlan &plan)
{
    const QLocale locale;
    m_table->setRowCount(0);
    m_messages->clear();

    // Whole sentences, each with its own arguments and plural, so every language can order them.
    const QString platform = plan.platform ? plan.platform->displayName : QString();
    QStringList sentences;
    sentences << (plan.current ? tr("%1: Device OS %2 \u2192 %3.").arg(platform, plan.current->toString(),
                                                                      plan.target.toString())
                               : tr("%1: Device OS unknown \u2192 %2.").arg(platform, plan.target.toString()));
    if (plan.refused())
        sentences << tr("Refused: nothing will be written.");
    else if (plan.nothingToWrite())
        sentences << tr("Nothing to write: the device is already there.");
    else
        sentences << tr("%n write(s), %1 in all.", nullptr, plan.flashSteps())
                         .arg(locale.formattedDataSize(plan.totalBytes()));
    if (plan.stages > 1)
        sentences << tr("The restore runs in %n stage(s).", nullptr, plan.stages);
    const QString summary = sentences.join(QLatin1Char(' '));
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
                                    : tr("%1 (running)").arg(stepTransportText(s.transport));
            const QString after = s.kind == StepKind::InvalidateFormerUserPart ? tr("erased")
                                                                               : versionText(s.toVersion, s.toDeviceOs);
            cells = {ModuleDescription::of(s), versionText(s.fromVersion, s.fromDeviceOs), after, how,
                     locale.formattedDataSize(s.bytes), s.reason};
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(row, c, item);
        }
        if (s.kind != StepKind::WaitForConnection && s.kind != StepKind::WaitForReboot) {
            // Technicians: the slot name of platforms.json and the file that is sent.
            QTableWidgetItem *module = m_table->item(row, 0);
            module->setData(SlotNameRole, s.part);
            module->setToolTip(s.source ? QStringLiteral("%1\n%2").arg(ModuleDescription::technical(s), s.source->path)
                                        : ModuleDescription::technical(s));
        }
    }
    fitColumnsToContents(m_table);
    fitHeightToContents(m_table);

    for (Severity sev : {Severity::Refusal, Severity::Warning, Severity::Info}) {
        for (const PlanMessage &m : plan.messages) {
            if (m.severity != sev)
                continue;
            QString label;
            QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
            if (sev == Severity::Refusal) {
                label = m.overridable ? tr("Needs your confirmation: %1") : tr("Refused: %1");
                icon = QStyle::SP_MessageBoxCritical;
            } else if (sev == Severity::Warning) {
                label = m.overridden ? tr("Confirmed: %1") : tr("Warning: %1");
                icon = QStyle::SP_MessageBoxWarning;
            } else {
                label = tr("Note: %1");
            }
            auto *item = new QListWidgetItem(style()->standardIcon(icon), label.arg(m.text), m_messages);
            item->setData(Qt::UserRole, m.code);
        }
    }
    // As high as its notes (a long list scrolls once the page is full); none: no empty box.
    m_messages->setVisible(m_messages->count() > 0);
    fitHeightToContents(m_messages);
}

} // namespace dr::ui
