// The restore station's window: the station view bound to a StationService (what the service says
// goes to the view; what the person asks for goes to the service). Reports, the report folder and
// another recipe are asked for by signal: whoever runs the window opens files and edits recipes.
// Closing it while restores run stops them at their next safe point first, then closes.
#pragma once

#include "station/stationrecipe.h"

#include <QWidget>

class QLabel;

namespace dr {
class StationService;
}

namespace dr::ui {

class StationView;

class StationWindow : public QWidget
{
    Q_OBJECT

public:
    // `service` must outlive the window.
    explicit StationWindow(StationService &service, bool simulated = false, QWidget *parent = nullptr);

    StationView *view() const { return m_view; }
    QLabel *closingNote() const { return m_closing; }
    // The recipe for the devices from now on, on the service and in the view.
    void setRecipe(const StationRecipe &recipe);

Q_SIGNALS:
    void reportFolderRequested(const QString &folder);
    void reportRequested(const QString &path);
    void recipeChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    StationService &m_service;
    StationView *m_view;
    QLabel *m_closing;
    bool m_closeWhenIdle = false;
};

} // namespace dr::ui
