#include "station/stationcard.h"

#include "pages/pagecommon.h"
#include "station/stationstatustext.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dr::ui {

namespace {

QLabel *plainLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

StationCard::StationCard(const QString &key, QWidget *parent) : QFrame(parent), m_key(key)
{
    setObjectName(QStringLiteral("stationCard"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    // What the device is: the left column, as wide as a device ID.
    m_platform = plainLabel(this, "platform");
    QFont strong = m_platform->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.25);
    strong.setBold(true);
    m_platform->setFont(strong);
    m_id = plainLabel(this, "deviceId");
    m_id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_meta = plainLabel(this, "meta");
    m_versions = plainLabel(this, "versions");
    auto *identity = new QVBoxLayout;
    identity->setSpacing(2);
    identity->addWidget(m_platform);
    identity->addWidget(m_id);
    identity->addWidget(m_meta);
    identity->addWidget(m_versions);
    identity->addStretch();

    // Its status: large enough to read from the other end of the bench.
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("status"));
    QFont big = m_badge->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_badge->setFont(big);
    m_badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_detail = wrapLabel(QString(), this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The status column takes the card's spare width (with or without a progress bar in it).
    QSizePolicy wide = m_detail->sizePolicy();
    wide.setHorizontalPolicy(QSizePolicy::Expanding);
    m_detail->setSizePolicy(wide);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMinimumWidth(160);
    m_time = plainLabel(this, "time");
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_time);

    // The person's answer, only while the device waits for them.
    m_personRow = new QWidget(this);
    m_personRow->setObjectName(QStringLiteral("personRow"));
    m_personDone = new QPushButton(tr("Done"), m_personRow);
    m_personDone->setObjectName(QStringLiteral("personDone"));
    m_personStop = new QPushButton(tr("Stop this restore"), m_personRow);
    m_personStop->setObjectName(QStringLiteral("personStop"));
    auto *personLayout = new QHBoxLayout(m_personRow);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(m_personDone);
    personLayout->addWidget(m_personStop);
    personLayout->addStretch();
    m_personRow->hide();

    auto *status = new QVBoxLayout;
    status->setSpacing(4);
    status->addWidget(m_badge, 0, Qt::AlignLeft);
    status->addWidget(m_detail);
    status->addLayout(progressRow);
    status->addWidget(m_personRow);
    status->addStretch();

    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("start"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_details = new QPushButton(tr("Details\u2026"), this);
    m_details->setObjectName(QStringLiteral("details"));
    m_report = new QPushButton(tr("Report"), this);
    m_report->setObjectName(QStringLiteral("report"));
    // Every card's buttons as wide as the widest text any of them can show, so the columns line up
    // down the list whatever state each device is in.
    int buttonWidth = 0;
    for (const QString &text : {tr("Start"), tr("Try again"), tr("Restore again"), tr("Cancel"), tr("Details\u2026"),
                                tr("Report")}) {
        m_start->setText(text);
        buttonWidth = std::max(buttonWidth, m_start->sizeHint().width());
    }
    m_start->setText(tr("Start"));
    for (QPushButton *b : {m_start, m_cancel, m_details, m_report})
        b->setFixedWidth(buttonWidth);
    auto *actionsHost = new QWidget(this);
    actionsHost->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *actions = new QGridLayout(actionsHost);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_start, 0, 0);
    actions->addWidget(m_cancel, 0, 1);
    actions->addWidget(m_details, 1, 0);
    actions->addWidget(m_report, 1, 1);
    actions->setRowStretch(2, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8); // room for the coloured edge on the left
    layout->addLayout(identity);
    layout->addSpacing(12);
    layout->addLayout(status, 1);
    layout->addSpacing(12);
    layout->addWidget(actionsHost, 0, Qt::AlignTop);
    // The identity column is as wide as a device ID in the fixed font, whatever the device.
    const int idWidth = m_id->fontMetrics().horizontalAdvance(QString(24, QLatin1Char('0'))) + 4;
    for (QLabel *l : {m_platform, m_id, m_meta, m_versions})
        l->setFixedWidth(idWidth);
    m_meta->setWordWrap(true); // "not plugged in" is longer in some languages

    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(m_key); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_key); });
    connect(m_details, &QPushButton::clicked, this, [this] { Q_EMIT detailsRequested(m_key); });
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (!m_device.reportPath.isEmpty())
            Q_EMIT reportRequested(m_device.reportPath);
    });
    // One answer per prompt: the buttons go away until the service sends the next state.
    connect(m_personDone, &QPushButton::clicked, this, [this] {
        m_personRow->setEnabled(false);
        Q_EMIT personAnswered(m_key, true);
    });
    connect(m_personStop, &QPushButton::clicked, this, [this] {
        m_personRow->setEnabled(false);
        Q_EMIT personAnswered(m_key, false);
    });
}

QString StationCard::modeText(const QString &mode)
{
    // The service names the mode in stable English words; people read them in their language.
    if (mode.isEmpty())
        return tr("mode not known");
    if (mode == QLatin1String("running"))
        return tr("running");
    if (mode == QLatin1String("listening"))
        return tr("listening mode");
    if (mode == QLatin1String("safe mode"))
        return tr("safe mode");
    return mode; // "DFU", and any mode this view does not know yet, as the service says it
}

QString StationCard::shortName(const StationDevice &d)
{
    const QString platform = d.platformName.isEmpty() ? tr("Device") : d.platformName;
    if (d.deviceId.isEmpty())
        return d.usbPortPath.isEmpty() ? platform : tr("%1 on USB port %2").arg(platform, d.usbPortPath);
    return tr("%1 \u2026%2").arg(platform, d.deviceId.right(6));
}

void StationCard::setDevice(const StationDevice &device, bool autoStart)
{
    const bool wasAsking = m_device.status == StationStatus::NeedsPerson;
    // Progress comes many times a second; the colours and fonts change only with the status (style
    // sheets are costly to apply).
    const bool restyle = !m_styled || m_device.status != device.status;
    m_styled = true;
    m_device = device;
    const StationDevice &d = m_device;

    m_platform->setText(d.platformName.isEmpty() ? tr("Unknown platform") : d.platformName);
    m_id->setText(d.deviceId.isEmpty() ? tr("ID not known yet") : d.deviceId);
    QStringList meta;
    meta << (d.attached ? modeText(d.mode) : tr("not plugged in"));
    if (!d.usbPortPath.isEmpty())
        meta << tr("USB %1").arg(d.usbPortPath);
    m_meta->setText(meta.join(QStringLiteral(" \u00b7 ")));
    m_versions->setText(StationStatusText::versions(d));
    m_versions->setToolTip(tr("Device OS now \u2192 the recipe's target"));

    m_badge->setText(StationStatusText::headline(d));
    if (restyle) {
        const StatusColours c = StationStatusText::colours(d.status);
        m_badge->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 3px 10px; }")
                .arg(c.background.name(), c.text.name()));
        // The coloured edge repeats the badge's colour down the whole card, for a glance along the list.
        setStyleSheet(QStringLiteral("QFrame#stationCard { border: 1px solid palette(mid); border-left: 6px solid %1; "
                                     "border-radius: 3px; }")
                          .arg(d.status == StationStatus::Unplugged ? c.background.name() : c.text.name()));
        QFont detailFont = font();
        detailFont.setBold(d.status == StationStatus::NeedsPerson || d.status == StationStatus::Failed);
        if (d.status == StationStatus::NeedsPerson)
            detailFont.setPointSizeF(detailFont.pointSizeF() * 1.15);
        m_detail->setFont(detailFont);
    }

    m_detail->setText(StationStatusText::detail(d, autoStart));
    m_detail->setToolTip(d.error ? QStringLiteral("%1: %2").arg(d.error->code, d.error->text()) : QString());

    showProgress();

    const bool asking = d.status == StationStatus::NeedsPerson && d.prompt.has_value();
    m_personRow->setVisible(asking);
    if (asking && !wasAsking)
        m_personRow->setEnabled(true);

    m_start->setEnabled(StationStatusText::startable(d));
    m_start->setText(d.status == StationStatus::Failed || d.status == StationStatus::Cancelled ? tr("Try again")
                     : d.status == StationStatus::Done || d.status == StationStatus::AlreadyAtTarget
                         ? tr("Restore again")
                         : tr("Start"));
    m_cancel->setEnabled(StationStatusText::busy(d.status)
                         || (d.status == StationStatus::Waiting && d.attached && autoStart));
    m_report->setEnabled(!d.reportPath.isEmpty());
    m_report->setToolTip(d.reportPath);
    describe();
}

void StationCard::showProgress()
{
    const StationDevice &d = m_device;
    const RestoreProgress &p = d.progress;
    QString time = StationStatusText::timing(d);
    if (d.status == StationStatus::Writing && p.total > 0) {
        m_progress->setRange(0, int(std::max<quint64>(1, p.total / 1024)));
        m_progress->setValue(int(std::min(p.done, p.total) / 1024));
        m_progress->setFormat(QStringLiteral("%p%"));
        const QString eta = StationStatusText::eta(p);
        if (!eta.isEmpty())
            time = eta;
        m_progress->show();
    } else if (d.status == StationStatus::Inspecting || d.status == StationStatus::Planning
               || d.status == StationStatus::Writing) {
        m_progress->setRange(0, 0); // busy: nothing to count in bytes yet
        m_progress->show();
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->hide();
    }
    m_progress->setAccessibleName(tr("Progress of %1").arg(shortName(d)));
    m_time->setText(time);
    m_time->setVisible(!time.isEmpty());
}

void StationCard::describe()
{
    const StationDevice &d = m_device;
    const QString name = shortName(d);
    const QString status = StationStatusText::headline(d);
    setAccessibleName(tr("%1: %2").arg(name, status));
    setAccessibleDescription(m_detail->text());
    m_badge->setAccessibleName(tr("Status of %1").arg(name));
    m_badge->setAccessibleDescription(status);
    m_detail->setAccessibleName(tr("What is happening on %1").arg(name));
    m_start->setAccessibleName(tr("%1 %2").arg(m_start->text(), name));
    m_start->setAccessibleDescription(tr("Restore this device with the station's recipe"));
    m_cancel->setAccessibleName(tr("Cancel %1").arg(name));
    m_cancel->setAccessibleDescription(tr("Stop this device's restore at the next safe point; the others go on"));
    m_details->setAccessibleName(tr("Details of %1").arg(name));
    m_details->setAccessibleDescription(tr("Its modules as last read, the error in full and its history"));
    m_report->setAccessibleName(tr("Report of %1").arg(name));
    m_report->setAccessibleDescription(d.reportPath.isEmpty() ? tr("There is no report yet")
                                                              : tr("Open the saved restore report"));
    m_personDone->setAccessibleName(tr("Done with %1").arg(name));
    m_personDone->setAccessibleDescription(d.prompt ? d.prompt->instruction : QString());
    m_personStop->setAccessibleName(tr("Stop the restore of %1").arg(name));
}

} // namespace dr::ui
