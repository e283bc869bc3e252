#include "station/stationwindow.h"

#include "pages/pagecommon.h"
#include "station/stationservice.h"
#include "station/stationview.h"

#include <QCloseEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace dr::ui {

StationWindow::StationWindow(StationService &service, bool simulated, QWidget *parent)
    : QWidget(parent), m_service(service), m_view(new StationView(this))
{
    setObjectName(QStringLiteral("stationWindow"));
    setWindowTitle(simulated ? tr("Device Restore station (simulated devices)") : tr("Device Restore station"));
    m_closing = wrapLabel(tr("Stopping every restore at its next safe point; the window closes when they have "
                             "stopped."),
                          this);
    m_closing->setObjectName(QStringLiteral("closingNote"));
    m_closing->setFrameShape(QFrame::StyledPanel);
    m_closing->setMargin(6);
    m_closing->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_closing);
    layout->addWidget(m_view, 1);
    resize(1100, 800);

    for (const StationDevice &d : service.devices())
        m_view->updateDevice(d);
    m_view->setCounters(service.counters());
    m_view->setRecipe(service.recipe());
    m_view->setReportFolder(service.reportFolder());

    connect(&service, &StationService::deviceUpdated, m_view, &StationView::updateDevice);
    connect(&service, &StationService::countersChanged, m_view, &StationView::setCounters);
    connect(&service, &StationService::deviceLog, m_view, &StationView::appendLog);
    connect(&service, &StationService::idle, this, [this] {
        if (m_closeWhenIdle)
            QTimer::singleShot(0, this, &QWidget::close);
    });
    connect(m_view, &StationView::startRequested, this, [this](const QString &key) { m_service.start(key); });
    connect(m_view, &StationView::cancelRequested, this, [this](const QString &key) { m_service.cancel(key); });
    connect(m_view, &StationView::personAnswered, this,
            [this](const QString &key, bool goOn) { m_service.answerPerson(key, goOn); });
    connect(m_view, &StationView::startAllRequested, this, [this] { m_service.startAll(); });
    connect(m_view, &StationView::cancelAllRequested, this, [this] { m_service.cancelAll(); });
    connect(m_view, &StationView::reportFolderRequested, this,
            [this] { Q_EMIT reportFolderRequested(m_service.reportFolder()); });
    connect(m_view, &StationView::reportRequested, this, &StationWindow::reportRequested);
    connect(m_view, &StationView::recipeChangeRequested, this, &StationWindow::recipeChangeRequested);
}

void StationWindow::setRecipe(const StationRecipe &recipe)
{
    m_service.setRecipe(recipe);
    m_view->setRecipe(recipe);
}

void StationWindow::closeEvent(QCloseEvent *event)
{
    if (!m_service.busy()) {
        event->accept();
        return;
    }
    // A device mid-write is left where it can be restored again, never cut off: the service stops
    // each restore at its next safe point and says when all have stopped (idle).
    m_closeWhenIdle = true;
    m_closing->show();
    m_service.cancelAll();
    event->ignore();
}

} // namespace dr::ui
