#include "widgets/downloadpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace dr::ui {

DownloadPanel::DownloadPanel(QWidget *parent) : QWidget(parent)
{
    m_what = new QLabel(this);
    m_what->setObjectName(QStringLiteral("downloadWhat"));
    m_what->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("downloadProgress"));
    m_bar->setAccessibleName(tr("Download progress"));
    m_bar->setTextVisible(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_cancel = new QPushButton(tr("Stop the down&load"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDownload"));
    m_cancel->setAccessibleName(tr("Stop the download"));
    m_cancel->setAccessibleDescription(tr("Stops downloading; nothing of this download is kept"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("downloadError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 10); // apart from the binaries box below
    layout->addWidget(m_what);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping the download\u2026"));
        Q_EMIT cancelRequested();
    });
    clear();
}

void DownloadPanel::start(const QString &what)
{
    m_running = true;
    m_what->setText(what);
    m_what->setVisible(true);
    m_bar->setRange(0, 0); // busy until the sizes are known
    m_bar->setVisible(true);
    m_status->setText(tr("Connecting\u2026"));
    m_status->setVisible(true);
    m_cancel->setEnabled(true);
    m_cancel->setVisible(true);
    m_error->clear();
    m_error->setVisible(false);
    setVisible(true);
}

void DownloadPanel::setProgress(const DownloadProgress &p)
{
    if (!m_running)
        return;
    if (p.totalKnown && p.total > 0) {
        // Per mille, so that large totals fit an int and the bar still moves smoothly.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, p.done * 1000 / p.total)));
    }
    const QString text = progressText(p);
    m_status->setText(text);
    m_bar->setAccessibleDescription(text);
}

QString DownloadPanel::progressText(const DownloadProgress &p)
{
    const QLocale locale;
    QStringList parts;
    parts << (p.totalKnown ? tr("%1 of %2").arg(locale.formattedDataSize(p.done, 1), locale.formattedDataSize(p.total, 1))
                           : locale.formattedDataSize(p.done, 1));
    if (p.bytesPerSecond > 0)
        parts << tr("%1/s", "download rate").arg(locale.formattedDataSize(qint64(p.bytesPerSecond), 1));
    if (p.etaSeconds) {
        const int seconds = int(std::ceil(*p.etaSeconds));
        parts << (seconds < 90 ? tr("about %n second(s) left", nullptr, std::max(1, seconds))
                               : tr("about %n minute(s) left", nullptr, (seconds + 59) / 60));
    }
    if (p.files > 1)
        parts << tr("file %1 of %2").arg(std::min(p.filesDone + 1, p.files)).arg(p.files);
    return locale.createSeparatedList(parts);
}

void DownloadPanel::finish()
{
    m_running = false;
    clear();
}

void DownloadPanel::fail(const Error &e)
{
    m_running = false;
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setVisible(false);
    m_error->setText(e.code == QLatin1String("download.cancelled")
                         ? tr("Download stopped. Nothing of it was kept; choose Next to start it again.")
                         : tr("Download failed: %1").arg(e.text()));
    m_error->setToolTip(e.detail);
    m_error->setAccessibleName(m_error->text());
    m_error->setVisible(true);
    setVisible(true);
}

void DownloadPanel::clear()
{
    m_running = false;
    m_what->setVisible(false);
    m_bar->setVisible(false);
    m_status->setVisible(false);
    m_cancel->setVisible(false);
    m_error->setVisible(false);
    setVisible(false);
}

} // namespace dr::ui
