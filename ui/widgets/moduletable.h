// A device's modules as `particle serial inspect` shows them, in a table: module (its description for
// people, the slot name in its tooltip), version (with the
// Device OS release), and the four checks, each PASS or FAIL in words and with an icon.
#pragma once

#include "restore/restoreplan.h"
#include "serial/moduleinspection.h"

#include <QTableWidget>

namespace dr::ui {

class ModuleTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ModuleTable(QWidget *parent = nullptr);
    void setInspection(const dr::ModuleInspection &inspection);
    void showMessage(const QString &text); // empty table with one explaining row
    // A step of a running restore has written (or cleared) its module, but the device cannot be read
    // yet (DFU mode, restarting): the module's row says so in words until the next inspection
    // replaces the table. Steps without a module (waits) change nothing.
    void markWritten(const dr::PlanStep &step);
    // The row's text "written, not yet confirmed" (for tests and the page).
    static QString notYetConfirmedText();
};

} // namespace dr::ui
