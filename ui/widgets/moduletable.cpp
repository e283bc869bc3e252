#include "widgets/moduletable.h"

#include "widgets/moduledescription.h"
#include "widgets/viewfitting.h"

#include <QHeaderView>
#include <QStyle>

namespace dr::ui {

ModuleTable::ModuleTable(QWidget *parent) : QTableWidget(0, 7, parent)
{
    setHorizontalHeaderLabels({tr("Module"), tr("Version"), tr("Integrity"), tr("Address range"), tr("Platform"),
                               tr("Dependencies"), tr("Needs")});
    verticalHeader()->setVisible(false);
    makeReadOnlyTable(this); // Tab leaves the table; the arrow keys move inside it
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("Modules on the device"));
    setAccessibleDescription(tr("Each module with its version and the device's four checks."));
}

void ModuleTable::showMessage(const QString &text)
{
    setRowCount(1);
    for (int c = 0; c < columnCount(); ++c)
        setItem(0, c, new QTableWidgetItem(c == 0 ? text : QString()));
    setSpan(0, 0, 1, columnCount());
    fitHeightToContents(this);
}

namespace {
// Rows are found again by the module's function and index (main MCU only).
constexpr int FunctionRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;
} // namespace

QString ModuleTable::notYetConfirmedText()
{
    return tr("written, not yet confirmed");
}

void ModuleTable::markWritten(const PlanStep &step)
{
    if ((step.kind != StepKind::Flash && step.kind != StepKind::InvalidateFormerUserPart) || step.mcuTarget != 0)
        return;
    int row = -1;
    for (int r = 0; r < rowCount() && row < 0; ++r) {
        const QTableWidgetItem *title = item(r, 0);
        if (title && title->data(FunctionRole).toInt() == int(step.function) && title->data(IndexRole).toInt() == step.index
            && !title->data(FunctionRole).isNull())
            row = r;
    }
    if (row < 0) {
        if (columnSpan(0, 0) > 1) { // the explaining message: the written module takes its place
            clearSpans();
            setRowCount(0);
        }
        row = rowCount();
        insertRow(row);
        auto *title = new QTableWidgetItem(ModuleDescription::of(step));
        title->setToolTip(ModuleDescription::technical(step));
        title->setData(FunctionRole, int(step.function));
        title->setData(IndexRole, step.index);
        setItem(row, 0, title);
    }
    QString version;
    if (step.kind == StepKind::InvalidateFormerUserPart)
        version = tr("cleared, not yet confirmed");
    else if (step.toDeviceOs)
        version = tr("%1 (%2), written, not yet confirmed").arg(step.toDeviceOs->toString()).arg(step.toVersion);
    else
        version = tr("%1, written, not yet confirmed").arg(step.toVersion);
    auto *v = new QTableWidgetItem(version);
    QFont italic = font();
    italic.setItalic(true);
    v->setFont(italic);
    v->setToolTip(tr("The restore wrote this module; the device has not been read since (it is in DFU mode or "
                     "restarting), so its checks are not known yet."));
    setItem(row, 1, v);
    for (int c = 2; c < columnCount(); ++c)
        setItem(row, c, new QTableWidgetItem(c <= 5 ? tr("not yet confirmed") : QString()));
    fitColumnsToContents(this);
    fitHeightToContents(this);
}

void ModuleTable::setInspection(const ModuleInspection &inspection)
{
    clearSpans();
    setRowCount(0);
    const QIcon pass = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon fail = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const InstalledModule &m : inspection.modules) {
        if (m.isEmpty() || m.store != ModuleStore::Main)
            continue;
        const int row = rowCount();
        insertRow(row);
        auto *title = new QTableWidgetItem(ModuleDescription::of(m));
        // Technicians still see the slot as platforms.json names it.
        title->setToolTip(ModuleDescription::technical(inspection.platformId, m));
        title->setData(FunctionRole, int(*m.functionCode));
        title->setData(IndexRole, m.index);
        setItem(row, 0, title);
        QString version = QString::number(m.version);
        if (m.deviceOs)
            version = QStringLiteral("%1 (%2)").arg(m.deviceOs->toString()).arg(m.version);
        setItem(row, 1, new QTableWidgetItem(version));
        int col = 2;
        for (InspectionCheck c : {InspectionCheck::Integrity, InspectionCheck::AddressRange, InspectionCheck::Platform,
                                  InspectionCheck::Dependencies}) {
            const CheckState st = m.check(c);
            // The control-request module table before Device OS 5.6 holds only the integrity and
            // dependency results: the other checks are not reported, which is not the same as skipped.
            const bool overUsb = inspection.source == ModuleInspection::Source::ControlRequest;
            // Over DFU Device Restore makes the checks on the bytes it read (the device runs nothing).
            const bool overDfu = inspection.source == ModuleInspection::Source::Dfu;
            auto *item = new QTableWidgetItem(st == CheckState::Pass   ? tr("PASS")
                                              : st == CheckState::Fail ? tr("FAIL")
                                              : overUsb                ? tr("not reported")
                                              : overDfu                ? tr("not checked")
                                                                       : tr("not checked by the device"));
            if (st != CheckState::NotChecked)
                item->setIcon(st == CheckState::Pass ? pass : fail);
            else if (overUsb)
                item->setToolTip(tr("Not reported by the device: its module table over USB does not include this "
                                    "check."));
            setItem(row, col++, item);
        }
        QStringList deps;
        for (const InstalledDependency &d : m.dependencies) {
            InstalledModule dm;
            dm.functionCode = d.functionCode;
            dm.index = d.index;
            deps << QStringLiteral("%1 \u2265 %2").arg(ModuleDescription::of(dm)).arg(d.deviceOs ? d.deviceOs->toString() : QString::number(d.version));
        }
        setItem(row, 6, new QTableWidgetItem(deps.join(QLatin1String(", "))));
    }
    // What DFU could not reach (a network co-processor): unknown, said plainly, never shown as absent.
    for (const UnreadModule &u : inspection.notRead) {
        const int row = rowCount();
        insertRow(row);
        InstalledModule m;
        m.functionCode = u.functionCode;
        m.index = u.index;
        auto *title = new QTableWidgetItem(ModuleDescription::of(m));
        title->setToolTip(u.part);
        setItem(row, 0, title);
        auto *why = new QTableWidgetItem(tr("Not read over DFU: %1").arg(u.reason));
        why->setToolTip(u.reason);
        setItem(row, 1, why);
        setSpan(row, 1, 1, columnCount() - 1);
    }
    fitColumnsToContents(this);
    fitHeightToContents(this);
}

} // namespace dr::ui
