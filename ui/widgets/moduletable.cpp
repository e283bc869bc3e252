#include "widgets/moduletable.h"

#include "widgets/moduledescription.h"

#include <QHeaderView>
#include <QStyle>

namespace dr::ui {

ModuleTable::ModuleTable(QWidget *parent) : QTableWidget(0, 7, parent)
{
    setHorizontalHeaderLabels({tr("Module"), tr("Version"), tr("Integrity"), tr("Address range"), tr("Platform"),
                               tr("Dependencies"), tr("Needs")});
    verticalHeader()->setVisible(false);
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    horizontalHeader()->setStretchLastSection(true);
    setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    setAccessibleName(tr("Modules on the device"));
    setAccessibleDescription(tr("Each module with its version and the device's four checks."));
}

void ModuleTable::showMessage(const QString &text)
{
    setRowCount(1);
    for (int c = 0; c < columnCount(); ++c)
        setItem(0, c, new QTableWidgetItem(c == 0 ? text : QString()));
    setSpan(0, 0, 1, columnCount());
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
        setItem(row, 0, title);
        QString version = QString::number(m.version);
        if (m.deviceOs)
            version = QStringLiteral("%1 (%2)").arg(m.deviceOs->toString()).arg(m.version);
        setItem(row, 1, new QTableWidgetItem(version));
        int col = 2;
        for (InspectionCheck c : {InspectionCheck::Integrity, InspectionCheck::AddressRange, InspectionCheck::Platform,
                                  InspectionCheck::Dependencies}) {
            const CheckState st = m.check(c);
            auto *item = new QTableWidgetItem(st == CheckState::Pass   ? tr("PASS")
                                              : st == CheckState::Fail ? tr("FAIL")
                                                                       : tr("not checked"));
            if (st != CheckState::NotChecked)
                item->setIcon(st == CheckState::Pass ? pass : fail);
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
    resizeColumnsToContents();
}

} // namespace dr::ui
