// One file of a download job: fetches a URL (then its fallbacks) into a file, with a stall timeout,
// retries with back-off on passing failures, resuming with an HTTP Range request when bytes already
// arrived (206 with the matching Content-Range appends; 200 starts again from byte 0), a check that
// the body is as long as announced, redirects checked against NetworkPolicy and TLS errors refused.
// Lives on the thread of its QNetworkAccessManager; Downloader runs several.
#pragma once

#include "catalog/download.h"
#include "common/result.h"

#include <QFile>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace dr {

class Transfer : public QObject
{
    Q_OBJECT

public:
    Transfer(QNetworkAccessManager &nam, DownloadRequest request, const DownloadPolicy &policy,
             QObject *parent = nullptr);
    ~Transfer() override;

    void start();
    // Stops without emitting anything; the partial file is left for the caller to remove.
    void abandon();

    qint64 bytesWritten() const { return m_written; }
    std::optional<qint64> size() const { return m_total; }
    const DownloadRequest &request() const { return m_request; }
    const DownloadedFile &result() const { return m_result; }
    QUrl currentUrl() const;

Q_SIGNALS:
    void progressed();
    void succeeded();
    void failed(const dr::Error &error);
    void missing(); // an optional file that every address answered "not found" for

private:
    // Why an attempt ended, in the words the final error uses.
    struct AttemptFailure
    {
        bool transient = false;
        QString code;
        QString cause;
        QString remedy;
        QString detail;
    };

    void startAttempt();
    void onResponseHeaders();
    void onReadyRead();
    void onFinished();
    void onRedirected(const QUrl &target);
    void onStalled();
    void endAttempt(const std::optional<AttemptFailure> &failure);
    std::optional<AttemptFailure> classifyFinishedReply();
    void restartFromZero();
    // Opens the destination for what the server sends (continuing m_written bytes).
    std::optional<AttemptFailure> openFile();
    AttemptFailure cannotOpen(const QString &why) const; // the destination cannot be written
    void dropReply();

    QNetworkAccessManager &m_nam;
    DownloadRequest m_request;
    DownloadPolicy m_policy;
    QFile m_file;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    int m_urlIndex = 0;
    int m_attempt = 0;        // on the current URL
    qint64 m_written = 0;     // bytes in the file
    qint64 m_resumeFrom = 0;  // what the current attempt asked for with Range (0: the whole file)
    qint64 m_bodyReceived = 0;             // body bytes of the current response
    std::optional<qint64> m_bodyAnnounced; // its Content-Length
    std::optional<qint64> m_total;         // the whole file's size, as the server announced it
    bool m_headersSeen = false;
    bool m_accepting = false; // the current response's body goes into the file
    bool m_stalled = false;
    bool m_resumedOnce = false;
    bool m_rangeRestarted = false; // a resume was refused and the file started again (once per URL)
    bool m_abandoned = false;
    std::optional<AttemptFailure> m_pending; // a failure found before the reply finished
    QList<QUrl> m_redirects;                 // followed in the current attempt
    QStringList m_history;                   // one line per failed attempt, for the error's detail
    DownloadedFile m_result;
};

} // namespace dr
