// A station device in full: what it is, its status, the error with its code, remedy and detail,
// its modules as last read (the module table of the wizard), its history, oldest first, kept
// across unplug and replug, and its restore log. Non-modal: the station goes on while it is open, and it follows the
// device's updates.
#pragma once

#include "station/stationdevice.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace dr::ui {

class ModuleTable;

class StationDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StationDetailsDialog(QWidget *parent = nullptr);
    void setDevice(const StationDevice &device);
    void setLog(const QStringList &lines);
    void appendLog(const QString &line);

    ModuleTable *modules() const { return m_modules; }
    QListWidget *history() const { return m_history; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *errorLabel() const { return m_error; }

private:
    QLabel *m_summary;
    QLabel *m_error;
    ModuleTable *m_modules;
    QListWidget *m_history;
    QPlainTextEdit *m_log;
};

} // namespace dr::ui
