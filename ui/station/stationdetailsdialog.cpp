#include "station/stationdetailsdialog.h"

#include "pages/pagecommon.h"
#include "station/stationcard.h"
#include "station/stationstatustext.h"
#include "widgets/moduletable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

StationDetailsDialog::StationDetailsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("stationDetails"));
    m_summary = wrapLabel(QString(), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = wrapLabel(QString(), this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Error"));
    m_modules = new ModuleTable(this);
    m_modules->setObjectName(QStringLiteral("modules"));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("History"));
    m_history->setAccessibleDescription(tr("What happened to this device at the station, oldest first"));
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Restore log"));
    m_log->setAccessibleDescription(tr("Every message of this device's restores, with technical detail"));
    m_log->setMaximumBlockCount(2000);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *modulesTitle = new QLabel(tr("Modules as last read:"), this);
    modulesTitle->setBuddy(m_modules);
    // History (what the station saw, for people) and the log (the engine's words) share one place.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("historyAndLog"));
    tabs->addTab(m_history, tr("&History"));
    tabs->addTab(m_log, tr("&Log"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(modulesTitle);
    layout->addWidget(m_modules, 2);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    resize(860, 560);
}

void StationDetailsDialog::setLog(const QStringList &lines)
{
    m_log->setPlainText(lines.join(QLatin1Char('\n')));
}

void StationDetailsDialog::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void StationDetailsDialog::setDevice(const StationDevice &d)
{
    setWindowTitle(tr("Details of %1").arg(StationCard::shortName(d)));
    QStringList lines;
    lines << tr("<b>%1</b> %2").arg(d.platformName.toHtmlEscaped(), d.deviceId.toHtmlEscaped());
    if (!d.usbPortPath.isEmpty())
        lines << tr("USB port: %1").arg(d.usbPortPath.toHtmlEscaped());
    lines << tr("Device OS: %1").arg(StationStatusText::versions(d).toHtmlEscaped());
    lines << tr("Status: %1. %2")
                 .arg(StationStatusText::headline(d).toHtmlEscaped(), StationStatusText::detail(d, true).toHtmlEscaped());
    if (!d.reportPath.isEmpty())
        lines << tr("Report: %1").arg(d.reportPath.toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    if (d.error) {
        QStringList e;
        e << tr("<b>Error %1</b>: %2").arg(d.error->code.toHtmlEscaped(), d.error->message.toHtmlEscaped());
        if (!d.error->remedy.isEmpty())
            e << tr("What to do: %1").arg(d.error->remedy.toHtmlEscaped());
        if (!d.error->detail.isEmpty())
            e << tr("Detail: %1").arg(d.error->detail.toHtmlEscaped());
        m_error->setText(e.join(QStringLiteral("<br>")));
    }
    m_error->setVisible(d.error.has_value());

    if (d.finalInspection)
        m_modules->setInspection(*d.finalInspection);
    else
        m_modules->showMessage(tr("The modules are shown here once the restore's final inspection has read them."));

    m_history->clear();
    const QLocale locale;
    for (const StationEvent &e : d.history)
        m_history->addItem(tr("%1  %2").arg(locale.toString(e.at.toLocalTime().time(), QStringLiteral("HH:mm:ss")), e.text));
    m_history->scrollToBottom();
}

} // namespace dr::ui
