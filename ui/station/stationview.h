// The restore station: every device plugged in while it is open, one card each (StationCard), the
// recipe they get, and counters at the top (done, failed, in progress, waiting). Draws what the
// station service reports (updateDevice, setCounters) and says what the person asked for through
// signals; it does no I/O of its own (the report folder and reports are opened by whoever listens).
// A device unplugged and plugged in again keeps its card: cards are found by the device's key.
#pragma once

#include "station/stationdetailsdialog.h"
#include "station/stationdevice.h"
#include "station/stationrecipe.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace dr::ui {

class StationCard;

class StationView : public QWidget
{
    Q_OBJECT

public:
    explicit StationView(QWidget *parent = nullptr);

    void setRecipe(const StationRecipe &recipe);
    // A device's new state; a key not seen before gets a card at the end of the list.
    void updateDevice(const StationDevice &device);
    void setCounters(const StationCounters &counters);
    // Where the reports are saved (shown on the button's tooltip); empty disables the button.
    void setReportFolder(const QString &path);
    // A line of the device's restore log (the engine's words), for its details; the newest
    // kMaxLogLines are kept per device.
    void appendLog(const QString &key, const QString &line);
    QStringList log(const QString &key) const { return m_logs.value(key); }
    static constexpr int kMaxLogLines = 2000;

    int cardCount() const { return int(m_order.size()); }
    StationCard *card(const QString &key) const { return m_cards.value(key); }
    QStringList keys() const { return m_order; }
    QLabel *counterLabel(const char *which) const; // "done", "failed", "inProgress", "waiting"
    QLabel *recipeLabel() const { return m_recipe; }
    QPushButton *startAllButton() const { return m_startAll; }
    QPushButton *cancelAllButton() const { return m_cancelAll; }
    QPushButton *reportFolderButton() const { return m_reportFolder; }
    QPushButton *changeRecipeButton() const { return m_changeRecipe; }
    QCheckBox *hideUnpluggedBox() const { return m_hideUnplugged; }
    StationDetailsDialog *detailsDialog(const QString &key) const { return m_dialogs.value(key); }

    // The recipe in one line: "Boron to 2.2.0, Tinker, starts by itself".
    static QString recipeSummary(const StationRecipe &recipe);

public Q_SLOTS:
    void showDetails(const QString &key);

Q_SIGNALS:
    void startRequested(const QString &key);
    void cancelRequested(const QString &key);
    void personAnswered(const QString &key, bool goOn);
    void startAllRequested();
    void cancelAllRequested();
    void reportFolderRequested();
    void reportRequested(const QString &path);
    void recipeChangeRequested();

private:
    QLabel *makeCounter(const char *name, StationStatus colourOf, QWidget *parent);
    void setCounter(const char *which, const QString &word, int n);
    void updateEmptyNote();
    void showOrHide(StationCard *card);

    StationRecipe m_recipeValue;
    QLabel *m_recipe;
    QLabel *m_done;
    QLabel *m_failed;
    QLabel *m_inProgress;
    QLabel *m_waiting;
    QPushButton *m_startAll;
    QPushButton *m_cancelAll;
    QPushButton *m_reportFolder;
    QPushButton *m_changeRecipe;
    QCheckBox *m_hideUnplugged;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QVBoxLayout *m_list;
    QHash<QString, StationCard *> m_cards;
    QStringList m_order;
    QHash<QString, QPointer<StationDetailsDialog>> m_dialogs;
    QHash<QString, QStringList> m_logs;
};

} // namespace dr::ui
