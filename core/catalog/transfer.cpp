#include "catalog/transfer.h"

#include "catalog/networkpolicy.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcDownload, "dr.download")

namespace dr {

namespace {

struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    std::optional<qint64> total;
};

// "bytes 100-199/1000" (RFC 9110 14.4); the total may be "*".
std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$)"));
    const auto m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return std::nullopt;
    ContentRange r;
    r.first = m.captured(1).toLongLong();
    r.last = m.captured(2).toLongLong();
    if (m.captured(3) != QLatin1String("*"))
        r.total = m.captured(3).toLongLong();
    if (r.last < r.first || (r.total && r.last >= *r.total))
        return std::nullopt;
    return r;
}

QString reasonOf(int status)
{
    switch (status) {
    case 403: return QStringLiteral("forbidden");
    case 404: return QStringLiteral("not found");
    case 408: return QStringLiteral("request timeout");
    case 429: return QStringLiteral("too many requests");
    case 500: return QStringLiteral("internal server error");
    case 502: return QStringLiteral("bad gateway");
    case 503: return QStringLiteral("service unavailable");
    case 504: return QStringLiteral("gateway timeout");
    default: return {};
    }
}

} // namespace

Transfer::Transfer(QNetworkAccessManager &nam, DownloadRequest request, const DownloadPolicy &policy, QObject *parent)
    : QObject(parent), m_nam(nam), m_request(std::move(request)), m_policy(policy)
{
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(m_policy.stallTimeoutMs);
    connect(&m_stallTimer, &QTimer::timeout, this, &Transfer::onStalled);
    m_file.setFileName(m_request.destination);
}

Transfer::~Transfer()
{
    abandon();
}

QUrl Transfer::currentUrl() const
{
    return m_urlIndex < m_request.urls.size() ? m_request.urls.at(m_urlIndex) : QUrl();
}

void Transfer::start()
{
    if (m_request.urls.isEmpty()) {
        Q_EMIT failed(makeError(QStringLiteral("download.no-source"),
                                QStringLiteral("No address to download %1 from.").arg(m_request.destination)));
        return;
    }
    startAttempt();
}

void Transfer::abandon()
{
    m_abandoned = true;
    m_stallTimer.stop();
    dropReply();
    m_file.close();
}

void Transfer::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // Aborted from the event loop, after anything Qt already queued for it (a connection error
    // on its way): aborting a reply whose error is pending makes Qt report it twice.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            if (reply->isRunning())
                reply->abort();
            reply->deleteLater();
        },
        Qt::QueuedConnection);
}

void Transfer::restartFromZero()
{
    m_written = 0;
    m_resumeFrom = 0;
    m_total.reset();
    if (m_file.isOpen())
        m_file.resize(0);
    else if (QFile::exists(m_request.destination))
        QFile::resize(m_request.destination, 0);
}

std::optional<Transfer::AttemptFailure> Transfer::openFile()
{
    if (m_file.isOpen())
        return std::nullopt;
    // What arrived before (m_written bytes) is continued; otherwise the file starts empty.
    const QIODevice::OpenMode mode =
        m_written > 0 ? QIODevice::WriteOnly | QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate;
    if (m_file.open(mode))
        return std::nullopt;
    return cannotOpen(m_file.errorString());
}

Transfer::AttemptFailure Transfer::cannotOpen(const QString &why) const
{
    return AttemptFailure{false, QStringLiteral("download.write-failed"),
                          QStringLiteral("%1 could not be opened for writing (%2)").arg(m_request.destination, why),
                          QStringLiteral("Check that the cache folder is writable and the disk has room."), {}};
}

void Transfer::startAttempt()
{
    if (m_abandoned)
        return;
    ++m_attempt;
    m_headersSeen = false;
    m_accepting = false;
    m_stalled = false;
    m_pending.reset();
    m_bodyReceived = 0;
    m_bodyAnnounced.reset();
    m_redirects.clear();

    const QUrl url = currentUrl();
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http") && scheme != QLatin1String("file")) {
        endAttempt(AttemptFailure{false, QStringLiteral("download.bad-address"),
                                  QStringLiteral("%1 is not an http, https or file address").arg(url.toString()),
                                  QStringLiteral("Check the catalog address in the settings or --catalog-url."), {}});
        return;
    }
    // A resumed attempt appends to what arrived before. Once a server refused to continue a file,
    // it is not asked to again. The file is opened when the server answers with it (openFile()):
    // a probe for a file that is not published (404) leaves nothing to create and remove.
    if (m_rangeRestarted && m_written > 0)
        restartFromZero();
    m_resumeFrom = m_written;
    // A folder the file cannot go into fails before any request is made.
    if (const QFileInfo folder(QFileInfo(m_request.destination).absolutePath()); !folder.isDir() || !folder.isWritable()) {
        endAttempt(cannotOpen(folder.exists() ? QStringLiteral("its folder is not writable")
                                              : QStringLiteral("its folder does not exist")));
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // The bytes exactly as stored: Qt would otherwise ask for gzip and decompress, which does not
    // mix with byte ranges.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("device-restore/" DR_VERSION_STRING));
    if (m_resumeFrom > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumeFrom) + '-');

    qCDebug(lcDownload) << "GET" << url << "attempt" << m_attempt << "from byte" << m_resumeFrom;
    m_reply = m_nam.get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Transfer::onResponseHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &Transfer::onRedirected);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    // TLS errors are never ignored: nothing connects to sslErrors to call ignoreSslErrors(), so the
    // reply fails with SslHandshakeFailedError and the error names it.
    m_stallTimer.start();
}

void Transfer::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    m_stallTimer.start();
    // Loops are caught here: Qt 6.4 ends a reply redirected to its own URL without an error.
    const bool seen = m_redirects.contains(target) || target == currentUrl();
    m_redirects.append(target);
    if (seen || m_redirects.size() > m_policy.maxRedirects) {
        m_pending = AttemptFailure{false, QStringLiteral("download.redirect-loop"),
                                   QStringLiteral("%1 redirected %2 times, in a loop (last to %3)")
                                       .arg(currentUrl().toString())
                                       .arg(m_redirects.size())
                                       .arg(target.toString()),
                                   QStringLiteral("The server is misconfigured; try again later or use another "
                                                  "mirror."),
                                   {}};
        m_reply->abort();
        return;
    }
    if (!NetworkPolicy::redirectAllowed(target, m_policy.trustedBases)) {
        m_pending = AttemptFailure{false, QStringLiteral("download.redirect-refused"),
                                   QStringLiteral("%1 redirected to %2, which is neither https nor inside the "
                                                  "configured mirror")
                                       .arg(currentUrl().toString(), target.toString()),
                                   QStringLiteral("Use an https address for the catalog, or a mirror that serves "
                                                  "its files itself."),
                                   {}};
        m_reply->abort();
        return;
    }
    Q_EMIT m_reply->redirectAllowed();
}

void Transfer::onResponseHeaders()
{
    if (!m_reply || m_headersSeen || m_pending)
        return;
    const bool local = m_reply->url().isLocalFile();
    const QVariant statusValue = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = local ? 200 : statusValue.toInt();
    if (!local && (!statusValue.isValid() || (status >= 300 && status < 400)))
        return; // no final answer yet (a redirect is being followed)
    m_headersSeen = true;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        m_bodyAnnounced = length.toLongLong();

    if (status == 200) {
        if (m_resumeFrom > 0) {
            // The server ignored the Range request and sends the whole file: start again from byte 0.
            qCDebug(lcDownload) << currentUrl() << "answered 200 to a Range request; starting from byte 0";
            restartFromZero();
        }
        m_total = m_bodyAnnounced;
        m_accepting = true;
    } else if (status == 206) {
        const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
        const bool changed = range && range->total && m_total && *range->total != *m_total;
        if (!range || range->first != m_resumeFrom || changed) {
            // A range we did not ask for, or the file changed size on the server: what we hold
            // cannot be continued. The next attempt fetches the whole file.
            m_pending = AttemptFailure{true, QStringLiteral("download.bad-range"),
                                       QStringLiteral("%1 answered a resume from byte %2 with Content-Range '%3'")
                                           .arg(currentUrl().toString())
                                           .arg(m_resumeFrom)
                                           .arg(QString::fromLatin1(m_reply->rawHeader("Content-Range"))),
                                       QStringLiteral("Try again later."),
                                       {}};
            restartFromZero();
            m_reply->abort();
            return;
        }
        m_total = range->total;
        m_resumedOnce = true;
        m_accepting = true;
    } else {
        return; // an error page: its body is not the file (classified when the reply finishes)
    }
    if (auto failed = openFile()) {
        m_pending = failed;
        m_accepting = false;
        m_reply->abort();
        return;
    }
    if (m_total && *m_total > m_policy.maxFileBytes) {
        m_pending = AttemptFailure{false, QStringLiteral("download.too-large"),
                                   QStringLiteral("%1 announces %2 bytes, more than any release file (limit %3)")
                                       .arg(currentUrl().toString())
                                       .arg(*m_total)
                                       .arg(m_policy.maxFileBytes),
                                   QStringLiteral("Check the catalog address: it does not serve Device OS releases."),
                                   {}};
        m_accepting = false;
        m_reply->abort();
    }
}

void Transfer::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_headersSeen)
        onResponseHeaders();
    m_stallTimer.start();
    const QByteArray data = m_reply->readAll();
    if (!m_accepting || data.isEmpty())
        return;
    if (m_written + data.size() > m_policy.maxFileBytes) {
        m_pending = AttemptFailure{false, QStringLiteral("download.too-large"),
                                   QStringLiteral("%1 sent more than %2 bytes, more than any release file")
                                       .arg(currentUrl().toString())
                                       .arg(m_policy.maxFileBytes),
                                   QStringLiteral("Check the catalog address: it does not serve Device OS releases."),
                                   {}};
        m_accepting = false;
        m_reply->abort();
        return;
    }
    if (m_file.write(data) != data.size()) {
        m_pending = AttemptFailure{false, QStringLiteral("download.write-failed"),
                                   QStringLiteral("writing %1 failed (%2)").arg(m_request.destination, m_file.errorString()),
                                   QStringLiteral("Free some space on the disk that holds the cache, then try again."),
                                   {}};
        m_accepting = false;
        m_reply->abort();
        return;
    }
    m_written += data.size();
    m_bodyReceived += data.size();
    Q_EMIT progressed();
}

void Transfer::onStalled()
{
    if (!m_reply)
        return;
    m_stalled = true;
    m_reply->abort();
}

void Transfer::onFinished()
{
    if (!m_reply || m_abandoned)
        return;
    m_stallTimer.stop();
    if (!m_headersSeen)
        onResponseHeaders();
    if (m_accepting && m_reply->bytesAvailable() > 0)
        onReadyRead();
    std::optional<AttemptFailure> failure = m_pending ? m_pending : classifyFinishedReply();
    if (!failure)
        failure = openFile(); // an empty file, or an answer without headers (a local file)
    if (m_file.isOpen() && !m_file.flush() && !failure)
        failure = AttemptFailure{false, QStringLiteral("download.write-failed"),
                                 QStringLiteral("writing %1 failed (%2)").arg(m_request.destination, m_file.errorString()),
                                 QStringLiteral("Free some space on the disk that holds the cache, then try again."),
                                 {}};
    m_file.close();
    dropReply();
    endAttempt(failure);
}

std::optional<Transfer::AttemptFailure> Transfer::classifyFinishedReply()
{
    const QString url = currentUrl().toString();
    const QNetworkReply::NetworkError error = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString qtText = m_reply->errorString();
    const bool shortBody = m_bodyAnnounced && m_bodyReceived < *m_bodyAnnounced;

    if (m_stalled)
        return AttemptFailure{true, QStringLiteral("download.timeout"),
                              QStringLiteral("%1 sent nothing for %2 s (after %3 bytes)")
                                  .arg(url)
                                  .arg(m_policy.stallTimeoutMs / 1000.0)
                                  .arg(m_written),
                              QStringLiteral("Check the network connection and try again."), {}};
    if (error == QNetworkReply::TooManyRedirectsError)
        return AttemptFailure{false, QStringLiteral("download.redirect-loop"),
                              QStringLiteral("%1 redirected more than %2 times").arg(url).arg(m_policy.maxRedirects),
                              QStringLiteral("The server is misconfigured; try again later or use another mirror."),
                              qtText};
    if (error == QNetworkReply::InsecureRedirectError)
        return AttemptFailure{false, QStringLiteral("download.redirect-refused"),
                              QStringLiteral("%1 redirected from https to plain http").arg(url),
                              QStringLiteral("Use a mirror that serves its files over https."), qtText};
    if (NetworkPolicy::isTlsError(error))
        return AttemptFailure{false, QStringLiteral("download.tls"),
                              QStringLiteral("the secure connection for %1 could not be verified (%2)").arg(url, qtText),
                              QStringLiteral("Check the computer's date and time and whether something on the network "
                                             "intercepts HTTPS; Device Restore never accepts an unverified "
                                             "certificate."),
                              qtText};
    if (status == 416 && m_resumeFrom > 0) {
        // The file is not as long as what we hold: start it again from byte 0.
        const qint64 from = m_resumeFrom;
        restartFromZero();
        return AttemptFailure{true, QStringLiteral("download.bad-range"),
                              QStringLiteral("%1 cannot continue from byte %2 (HTTP 416)").arg(url).arg(from),
                              QStringLiteral("Try again later."), qtText};
    }
    if (status != 0 && (status < 200 || status > 599))
        return AttemptFailure{true, QStringLiteral("download.connection"),
                              QStringLiteral("%1 gave no usable answer (HTTP %2)").arg(url).arg(status),
                              QStringLiteral("Check the network connection and try again."), qtText};
    if (status != 0 && status != 200 && status != 206) {
        const QString reason = reasonOf(status);
        const QString cause = QStringLiteral("%1 answered HTTP %2%3")
                                  .arg(url)
                                  .arg(status)
                                  .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason));
        if (NetworkPolicy::isTransientHttpStatus(status))
            return AttemptFailure{true, QStringLiteral("download.server-error"), cause,
                                  QStringLiteral("The server has a problem; try again later."), qtText};
        if (status == 404)
            return AttemptFailure{false, QStringLiteral("download.not-found"), cause,
                                  QStringLiteral("The release is not published there; check the version and the "
                                                 "catalog address."),
                                  qtText};
        if (status == 403)
            return AttemptFailure{false, QStringLiteral("download.forbidden"), cause,
                                  QStringLiteral("The server refuses this file; if it is GitHub, its limit of "
                                                 "requests per hour may be reached: try again in an hour."),
                                  qtText};
        return AttemptFailure{false, QStringLiteral("download.http-error"), cause,
                              QStringLiteral("Check the catalog address."), qtText};
    }
    if (shortBody && (error == QNetworkReply::NoError || NetworkPolicy::isTransientNetworkError(error)))
        return AttemptFailure{true, QStringLiteral("download.short-body"),
                              QStringLiteral("%1 sent %2 of the %3 bytes it announced (Content-Length) before the "
                                             "connection ended")
                                  .arg(url)
                                  .arg(m_bodyReceived)
                                  .arg(*m_bodyAnnounced),
                              QStringLiteral("Check the network connection and try again."), qtText};
    if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError)
        return AttemptFailure{false, QStringLiteral("download.unreachable"),
                              QStringLiteral("%1 cannot be reached (%2)").arg(url, qtText),
                              QStringLiteral("Check the network connection (releases already downloaded work "
                                             "offline)."),
                              qtText};
    if (error == QNetworkReply::ContentNotFoundError || error == QNetworkReply::ContentAccessDenied)
        return AttemptFailure{false, QStringLiteral("download.not-found"),
                              QStringLiteral("%1 does not exist or cannot be read").arg(url),
                              QStringLiteral("Check the catalog folder: it must hold the published layout."), qtText};
    if (error != QNetworkReply::NoError)
        return AttemptFailure{NetworkPolicy::isTransientNetworkError(error), QStringLiteral("download.connection"),
                              QStringLiteral("the transfer of %1 broke off after %2 bytes (%3)")
                                  .arg(url)
                                  .arg(m_bodyReceived)
                                  .arg(qtText),
                              QStringLiteral("Check the network connection and try again."), qtText};
    if (m_total && m_written != *m_total)
        return AttemptFailure{true, QStringLiteral("download.short-body"),
                              QStringLiteral("%1 ended at byte %2 of %3").arg(url).arg(m_written).arg(*m_total),
                              QStringLiteral("Check the network connection and try again."), {}};
    return std::nullopt;
}

void Transfer::endAttempt(const std::optional<AttemptFailure> &failure)
{
    if (m_abandoned)
        return;
    if (!failure) {
        m_result = DownloadedFile{currentUrl(), m_request.destination, m_written, m_attempt, m_resumedOnce};
        qCDebug(lcDownload) << "done" << currentUrl() << m_written << "bytes, attempt" << m_attempt;
        Q_EMIT succeeded();
        return;
    }
    m_history << QStringLiteral("attempt %1: %2%3")
                     .arg(m_attempt)
                     .arg(failure->cause)
                     .arg(failure->detail.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(failure->detail));
    qCDebug(lcDownload) << m_history.last();
    if (failure->code == QLatin1String("download.bad-range") && !m_rangeRestarted) {
        // What we held could not be continued: once per URL, fetching the whole file again is a
        // fresh start rather than another attempt.
        m_rangeRestarted = true;
        --m_attempt;
    }
    if (failure->transient && m_attempt < m_policy.maxAttempts) {
        const int delay = m_policy.retryDelayMs << std::min(m_attempt - 1, 10);
        QTimer::singleShot(delay, this, &Transfer::startAttempt);
        return;
    }
    const bool local = failure->code == QLatin1String("download.write-failed");
    if (!local && m_urlIndex + 1 < m_request.urls.size()) {
        // The next source (e.g. GitHub after Particle's binary host) serves the same file.
        ++m_urlIndex;
        m_attempt = 0;
        m_rangeRestarted = false;
        restartFromZero();
        startAttempt();
        return;
    }
    if (m_request.optional && failure->code == QLatin1String("download.not-found")) {
        m_file.remove();
        m_result = DownloadedFile{currentUrl(), m_request.destination, 0, m_attempt, false, true};
        Q_EMIT missing();
        return;
    }
    QString message = QStringLiteral("Could not download %1: %2").arg(QFileInfo(currentUrl().path()).fileName(),
                                                                       failure->cause);
    if (failure->transient && m_attempt > 1)
        message += QStringLiteral(" (%1 attempts)").arg(m_attempt);
    Q_EMIT failed(makeError(failure->code, message + QLatin1Char('.'), failure->remedy,
                            m_history.join(QLatin1Char('\n'))));
}

} // namespace dr
