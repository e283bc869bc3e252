// A device's modules as `particle serial inspect` shows them, in a table: module (its description for
// people, the slot name in its tooltip), version (with the
// Device OS release), and the four checks, each PASS or FAIL in words and with an icon.
#pragma once

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
};

} // namespace dr::ui
