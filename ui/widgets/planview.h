// A restore plan for people: one row per step (module, now -> after, how, size, why) and, under
// it, refusals, warnings and notes in plain words, each marked by text and icon, not colour alone.
#pragma once

#include "restore/restoreplan.h"

#include <QWidget>

class QTableWidget;
class QListWidget;
class QLabel;

namespace dr::ui {

class PlanView : public QWidget
{
    Q_OBJECT

public:
    // On the module cell of each write: the slot name as platforms.json spells it ("system-part1").
    static constexpr int SlotNameRole = Qt::UserRole + 1;

    explicit PlanView(QWidget *parent = nullptr);

    void setPlan(const dr::RestorePlan &plan);
    void clear(const QString &why);

    QTableWidget *table() const { return m_table; }
    QListWidget *messages() const { return m_messages; }

private:
    QLabel *m_summary;
    QTableWidget *m_table;
    QListWidget *m_messages;
};

} // namespace dr::ui
