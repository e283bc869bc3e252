// Downloads a set of files over HTTP(S) (or reads file:// ones) with Qt Network: a few at a time,
// with progress for the whole job (bytes, rate, time left) as signals, cancellable, each file with
// a stall timeout, retries and resume (Transfer). The files go where the caller says (temporary
// files); when one fails for good, or the job is cancelled, every file of the job is removed and
// one error says which URL failed, how and what to do. The system proxy is used.
// Use it from the thread it lives on: start() and the signals (GUI: move it to a worker thread),
// or run(), which blocks in its own event loop (command line, a worker).
#pragma once

#include "catalog/download.h"
#include "common/result.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <atomic>

class QNetworkAccessManager;

namespace dr {

class Transfer;

class Downloader : public QObject
{
    Q_OBJECT

public:
    explicit Downloader(DownloadPolicy policy = {}, QObject *parent = nullptr);
    ~Downloader() override;

    const DownloadPolicy &policy() const { return m_policy; }
    void setPolicy(const DownloadPolicy &policy) { m_policy = policy; }

    // Starts a job; false (and nothing happens) while one is running.
    bool start(const QList<DownloadRequest> &requests);
    // Any thread. The job ends with failed(download.cancelled) and its files removed.
    void cancel();
    bool isRunning() const { return m_running; }

    // start() and wait for the end in a local event loop.
    Result<QList<DownloadedFile>> run(const QList<DownloadRequest> &requests);

    static Error cancelledError();

Q_SIGNALS:
    void progressChanged(const dr::DownloadProgress &progress);
    void fileDownloaded(const dr::DownloadedFile &file);
    void succeeded(const QList<dr::DownloadedFile> &files);
    void failed(const dr::Error &error);

private:
    void cancelNow();
    void launchMore();
    void onTransferSucceeded(Transfer *transfer);
    void onTransferFailed(const Error &error);
    void endJob(const std::optional<Error> &error);
    DownloadProgress currentProgress();
    void reportProgress(bool force);

    DownloadPolicy m_policy;
    QNetworkAccessManager *m_nam = nullptr;
    QList<Transfer *> m_transfers;
    QList<DownloadedFile> m_files;
    int m_next = 0;
    int m_active = 0;
    int m_done = 0;
    bool m_running = false;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
    QList<std::pair<qint64, qint64>> m_samples; // (ms, done bytes) over the last seconds, for the rate
};

} // namespace dr
