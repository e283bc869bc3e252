#include "station/stationview.h"

#include "pages/pagecommon.h"
#include "platform/platformdatabase.h"
#include "station/stationcard.h"
#include "station/stationdetailsdialog.h"
#include "station/stationstatustext.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dr::ui {

StationView::StationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stationView"));
    auto *title = new QLabel(tr("Restore station"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_recipe = wrapLabel(QString(), this);
    m_recipe->setObjectName(QStringLiteral("recipe"));
    m_recipe->setAccessibleName(tr("Recipe"));

    auto *counters = new QHBoxLayout;
    m_done = makeCounter("done", StationStatus::Done, this);
    m_failed = makeCounter("failed", StationStatus::Failed, this);
    m_inProgress = makeCounter("inProgress", StationStatus::Writing, this);
    m_waiting = makeCounter("waiting", StationStatus::Waiting, this);
    for (QLabel *l : {m_done, m_failed, m_inProgress, m_waiting})
        counters->addWidget(l, 1);
    setCounters(StationCounters());

    m_startAll = new QPushButton(tr("Start &all waiting"), this);
    m_startAll->setObjectName(QStringLiteral("startAll"));
    m_startAll->setAccessibleDescription(tr("Start every device that waits for a click"));
    m_cancelAll = new QPushButton(tr("Ca&ncel all"), this);
    m_cancelAll->setObjectName(QStringLiteral("cancelAll"));
    m_cancelAll->setAccessibleDescription(tr("Stop every restore under way at its next safe point"));
    m_reportFolder = new QPushButton(tr("Open &report folder"), this);
    m_reportFolder->setObjectName(QStringLiteral("reportFolder"));
    m_reportFolder->setAccessibleDescription(tr("Open the folder with each device's report and the summary of the "
                                                "station's restores"));
    m_reportFolder->setEnabled(false);
    m_changeRecipe = new QPushButton(tr("Change r&ecipe\u2026"), this);
    m_changeRecipe->setObjectName(QStringLiteral("changeRecipe"));
    m_changeRecipe->setAccessibleDescription(tr("Choose or edit what the devices get"));
    // A day's devices pile up: the ones already taken away can be hidden (they keep their cards).
    m_hideUnplugged = new QCheckBox(tr("&Hide unplugged devices"), this);
    m_hideUnplugged->setObjectName(QStringLiteral("hideUnplugged"));
    m_hideUnplugged->setAccessibleDescription(tr("Show only the devices plugged in now; the others come back when "
                                                 "plugged in again or when this is unticked"));
    connect(m_hideUnplugged, &QCheckBox::toggled, this, [this] {
        for (StationCard *c : std::as_const(m_cards))
            showOrHide(c);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startAll);
    buttons->addWidget(m_cancelAll);
    buttons->addWidget(m_hideUnplugged);
    buttons->addStretch();
    buttons->addWidget(m_changeRecipe);
    buttons->addWidget(m_reportFolder);

    m_empty = wrapLabel(tr("Plug in the devices to restore, one after another or several on a hub. Each appears "
                           "here with what it holds and what it gets."),
                        this);
    m_empty->setObjectName(QStringLiteral("emptyNote"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);

    auto *listHost = new QWidget;
    listHost->setObjectName(QStringLiteral("stationCards"));
    m_list = new QVBoxLayout(listHost);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    m_list->addWidget(m_empty);
    m_list->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("stationScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(listHost);
    m_scroll->setAccessibleName(tr("Devices"));
    // Tab moves card to card through their buttons: the list follows the focus.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 10, 10);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_recipe);
    layout->addLayout(counters);
    layout->addLayout(buttons);
    layout->addWidget(m_scroll, 1);

    connect(m_startAll, &QPushButton::clicked, this, &StationView::startAllRequested);
    connect(m_cancelAll, &QPushButton::clicked, this, &StationView::cancelAllRequested);
    connect(m_reportFolder, &QPushButton::clicked, this, &StationView::reportFolderRequested);
    connect(m_changeRecipe, &QPushButton::clicked, this, &StationView::recipeChangeRequested);
    setRecipe(StationRecipe());
}

QLabel *StationView::makeCounter(const char *name, StationStatus colourOf, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    l->setFont(f);
    l->setAlignment(Qt::AlignCenter);
    const StatusColours c = StationStatusText::colours(colourOf);
    l->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 6px; }")
                         .arg(c.background.name(), c.text.name()));
    return l;
}

QLabel *StationView::counterLabel(const char *which) const
{
    return findChild<QLabel *>(QLatin1String(which), Qt::FindDirectChildrenOnly);
}

void StationView::setCounter(const char *which, const QString &word, int n)
{
    QLabel *l = counterLabel(which);
    l->setText(QStringLiteral("%1: %2").arg(word).arg(n));
    l->setAccessibleName(l->text());
}

void StationView::setCounters(const StationCounters &c)
{
    setCounter("done", tr("Done"), c.done);
    setCounter("failed", tr("Failed"), c.failed);
    setCounter("inProgress", tr("In progress"), c.inProgress);
    setCounter("waiting", tr("Waiting"), c.waiting);
}

QString StationView::recipeSummary(const StationRecipe &r)
{
    const Platform *p = r.platformId >= 0 ? PlatformDatabase::builtin().byId(r.platformId) : nullptr;
    const QString platform = p ? p->displayName : tr("Any supported platform");
    QString target = r.targetVersion;
    if (target.isEmpty() || target == QLatin1String("default"))
        target = tr("Particle's recommended version");
    else if (target == QLatin1String("latest"))
        target = tr("the latest release");
    QString user;
    switch (r.userFirmware) {
    case UserFirmwareChoice::Auto:
        user = tr("its application if it runs there, else Tinker");
        break;
    case UserFirmwareChoice::Tinker:
        user = tr("Tinker");
        break;
    case UserFirmwareChoice::Keep:
        user = tr("its own application");
        break;
    case UserFirmwareChoice::File:
        user = tr("the file %1").arg(r.userFirmwarePath.section(QLatin1Char('/'), -1));
        break;
    }
    QStringList parts;
    parts << tr("%1 to %2").arg(platform, target) << tr("then %1").arg(user);
    if (r.includeNcp)
        parts << tr("with the radio (NCP) firmware");
    if (!r.allowedSkus.isEmpty())
        parts << tr("only %1").arg(r.allowedSkus.join(QStringLiteral(", ")));
    parts << (r.autoStart ? tr("starts by itself when plugged in") : tr("waits for Start"));
    return parts.join(QStringLiteral("; "));
}

void StationView::setRecipe(const StationRecipe &recipe)
{
    m_recipeValue = recipe;
    const QString name = recipe.name.isEmpty() ? tr("Recipe") : recipe.name;
    m_recipe->setText(tr("<b>%1</b>: %2").arg(name.toHtmlEscaped(), recipeSummary(recipe).toHtmlEscaped()));
    m_recipe->setAccessibleDescription(recipeSummary(recipe));
    m_startAll->setVisible(!recipe.autoStart);
    for (StationCard *c : std::as_const(m_cards))
        c->setDevice(c->device(), recipe.autoStart);
}

void StationView::setReportFolder(const QString &path)
{
    m_reportFolder->setEnabled(!path.isEmpty());
    m_reportFolder->setToolTip(path);
}

void StationView::updateDevice(const StationDevice &device)
{
    StationCard *c = m_cards.value(device.key);
    if (!c) {
        c = new StationCard(device.key, m_scroll->widget());
        m_cards.insert(device.key, c);
        m_order << device.key;
        m_list->insertWidget(m_list->count() - 1, c); // before the stretch
        connect(c, &StationCard::startRequested, this, &StationView::startRequested);
        connect(c, &StationCard::cancelRequested, this, &StationView::cancelRequested);
        connect(c, &StationCard::personAnswered, this, &StationView::personAnswered);
        connect(c, &StationCard::reportRequested, this, &StationView::reportRequested);
        connect(c, &StationCard::detailsRequested, this, &StationView::showDetails);
        updateEmptyNote();
    }
    c->setDevice(device, m_recipeValue.autoStart);
    showOrHide(c);
    if (StationDetailsDialog *d = m_dialogs.value(device.key))
        d->setDevice(device);
}

void StationView::showOrHide(StationCard *card)
{
    card->setVisible(!(m_hideUnplugged->isChecked() && !card->device().attached));
}

void StationView::appendLog(const QString &key, const QString &line)
{
    QStringList &lines = m_logs[key];
    lines << line;
    if (lines.size() > kMaxLogLines)
        lines.remove(0, lines.size() - kMaxLogLines);
    if (StationDetailsDialog *d = m_dialogs.value(key))
        d->appendLog(line);
}

void StationView::updateEmptyNote()
{
    m_empty->setVisible(m_cards.isEmpty());
}

void StationView::showDetails(const QString &key)
{
    StationCard *c = m_cards.value(key);
    if (!c)
        return;
    QPointer<StationDetailsDialog> &dialog = m_dialogs[key];
    if (!dialog) {
        dialog = new StationDetailsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setDevice(c->device());
        dialog->setLog(m_logs.value(key));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace dr::ui
