#include "catalog/downloader.h"

#include "catalog/networkpolicy.h"
#include "catalog/transfer.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>

namespace dr {

namespace {
constexpr qint64 kReportEveryMs = 100;
constexpr qint64 kRateWindowMs = 3000;
} // namespace

Downloader::Downloader(DownloadPolicy policy, QObject *parent) : QObject(parent), m_policy(std::move(policy))
{
    qRegisterMetaType<dr::DownloadProgress>();
    qRegisterMetaType<dr::DownloadedFile>();
    qRegisterMetaType<QList<dr::DownloadedFile>>();
    qRegisterMetaType<dr::Error>();
}

Downloader::~Downloader()
{
    if (m_running) {
        // Gone mid-job: nothing it wrote stays.
        for (Transfer *t : std::as_const(m_transfers)) {
            t->abandon();
            QFile::remove(t->request().destination);
        }
    }
    qDeleteAll(m_transfers);
}

Error Downloader::cancelledError()
{
    return makeError(QStringLiteral("download.cancelled"), QStringLiteral("The download was cancelled."),
                     QStringLiteral("Nothing of it was kept; start it again when you are ready."));
}

bool Downloader::start(const QList<DownloadRequest> &requests)
{
    if (m_running)
        return false;
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setProxyFactory(new SystemProxyFactory); // the manager owns it
        m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    }
    qDeleteAll(m_transfers);
    m_transfers.clear();
    m_files.clear();
    m_next = m_active = m_done = 0;
    m_samples.clear();
    m_lastReportMs = -1;
    m_running = true;
    m_clock.start();
    for (const DownloadRequest &r : requests) {
        auto *t = new Transfer(*m_nam, r, m_policy);
        connect(t, &Transfer::progressed, this, [this] { reportProgress(false); });
        connect(t, &Transfer::succeeded, this, [this, t] { onTransferSucceeded(t); });
        connect(t, &Transfer::missing, this, [this, t] { onTransferSucceeded(t); });
        connect(t, &Transfer::failed, this, &Downloader::onTransferFailed);
        m_transfers.append(t);
    }
    if (m_transfers.isEmpty()) {
        // Nothing to fetch is a finished job (announced after start() returns, like any other end).
        QMetaObject::invokeMethod(this, [this] { endJob(std::nullopt); }, Qt::QueuedConnection);
        return true;
    }
    launchMore();
    reportProgress(true);
    return true;
}

void Downloader::cancel()
{
    QMetaObject::invokeMethod(this, &Downloader::cancelNow, Qt::AutoConnection);
}

void Downloader::cancelNow()
{
    if (m_running)
        endJob(cancelledError());
}

void Downloader::launchMore()
{
    while (m_running && m_active < std::max(1, m_policy.maxParallel) && m_next < m_transfers.size()) {
        ++m_active;
        // A transfer can fail at once (a bad address); it then ends the job from inside start().
        QPointer<Transfer> t = m_transfers.at(m_next++);
        t->start();
    }
}

void Downloader::onTransferSucceeded(Transfer *transfer)
{
    if (!m_running)
        return;
    --m_active;
    ++m_done;
    m_files.append(transfer->result());
    if (!transfer->result().missing)
        Q_EMIT fileDownloaded(transfer->result());
    if (m_done == m_transfers.size()) {
        endJob(std::nullopt);
        return;
    }
    reportProgress(false);
    launchMore();
}

void Downloader::onTransferFailed(const Error &error)
{
    if (m_running)
        endJob(error);
}

void Downloader::endJob(const std::optional<Error> &error)
{
    if (!m_running)
        return;
    if (!error)
        reportProgress(true);
    m_running = false;
    for (Transfer *t : std::as_const(m_transfers)) {
        t->abandon();
        if (error)
            QFile::remove(t->request().destination);
    }
    if (error) {
        Q_EMIT failed(*error);
        return;
    }
    // In the order asked for, not the order they finished in.
    QList<DownloadedFile> ordered;
    for (Transfer *t : std::as_const(m_transfers))
        ordered.append(t->result());
    m_files = ordered;
    Q_EMIT succeeded(m_files);
}

DownloadProgress Downloader::currentProgress()
{
    DownloadProgress p;
    p.files = int(m_transfers.size());
    p.filesDone = m_done;
    qint64 knownTotal = 0;
    int known = 0;
    for (const Transfer *t : std::as_const(m_transfers)) {
        p.done += t->bytesWritten();
        if (t->size()) {
            knownTotal += *t->size();
            ++known;
        }
        if (p.current.isEmpty() && t->bytesWritten() > 0 && (!t->size() || t->bytesWritten() < *t->size()))
            p.current = t->currentUrl();
    }
    p.total = knownTotal;
    p.totalKnown = known == p.files;
    const qint64 now = m_clock.elapsed();
    m_samples.append({now, p.done});
    while (m_samples.size() > 2 && now - m_samples.first().first > kRateWindowMs)
        m_samples.removeFirst();
    const auto &[t0, d0] = m_samples.first();
    if (now - t0 >= 200 && p.done >= d0)
        p.bytesPerSecond = double(p.done - d0) * 1000.0 / double(now - t0);
    else if (now > 0 && p.filesDone == p.files)
        p.bytesPerSecond = double(p.done) * 1000.0 / double(now); // a job shorter than the window: its average
    if (known > 0 && p.bytesPerSecond > 0) {
        // Files whose size is not announced yet count as the average of those that are.
        const double expected = p.totalKnown ? double(knownTotal)
                                             : double(knownTotal) + double(knownTotal) / known * (p.files - known);
        p.etaSeconds = std::max(0.0, (expected - double(p.done)) / p.bytesPerSecond);
    }
    return p;
}

void Downloader::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < kReportEveryMs)
        return;
    m_lastReportMs = now;
    Q_EMIT progressChanged(currentProgress());
}

Result<QList<DownloadedFile>> Downloader::run(const QList<DownloadRequest> &requests)
{
    if (m_running)
        return makeError(QStringLiteral("download.busy"), QStringLiteral("A download is already running."));
    std::optional<Result<QList<DownloadedFile>>> result;
    QEventLoop loop;
    const auto ok = connect(this, &Downloader::succeeded, &loop, [&](const QList<DownloadedFile> &files) {
        result = files;
        loop.quit();
    });
    const auto bad = connect(this, &Downloader::failed, &loop, [&](const Error &error) {
        result = error;
        loop.quit();
    });
    start(requests);
    if (!result)
        loop.exec();
    disconnect(ok);
    disconnect(bad);
    return std::move(*result);
}

} // namespace dr
