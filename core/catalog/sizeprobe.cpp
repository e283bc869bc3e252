#include "catalog/sizeprobe.h"

#include "catalog/networkpolicy.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace dr {

namespace {

Error probeError(const QString &code, const QString &message, const QString &remedy, const QString &detail = {})
{
    return makeError(code, message, remedy, detail);
}

} // namespace

SizeProbe::SizeProbe(DownloadPolicy policy) : m_policy(std::move(policy)) {}

Result<SizeEstimate> SizeProbe::run(const QList<DownloadRequest> &requests, int timeoutMs)
{
    m_cancelled = false;
    SizeEstimate out;
    std::optional<Error> failure;
    QNetworkAccessManager nam;
    nam.setProxyFactory(new SystemProxyFactory);
    nam.setAutoDeleteReplies(true);
    QEventLoop loop;
    int next = 0;
    int active = 0;
    const auto finishIfDone = [&] {
        if ((failure || next >= requests.size()) && active == 0)
            loop.quit();
    };

    // One file: its addresses in turn until one answers with a size (or says it has none).
    std::function<void(int, int)> ask;
    std::function<void()> launch;
    const auto settle = [&](int index, int urlIndex, std::optional<qint64> size, bool notFound) {
        if (notFound && urlIndex + 1 < requests[index].urls.size()) {
            ask(index, urlIndex + 1);
            return;
        }
        --active;
        if (notFound) {
            if (!requests[index].optional && !failure)
                failure = probeError(QStringLiteral("download.not-found"),
                                     QStringLiteral("%1 is not published there (not found).")
                                         .arg(requests[index].urls.value(urlIndex).toString()),
                                     QStringLiteral("Fetch the catalog again, or choose another release."));
        } else {
            ++out.files;
            if (size && *size >= 0)
                out.bytes += *size;
            else
                ++out.unknown;
        }
        launch();
        finishIfDone();
    };
    ask = [&](int index, int urlIndex) {
        const QUrl url = requests[index].urls.value(urlIndex);
        if (url.isLocalFile()) {
            const QFileInfo fi(url.toLocalFile());
            // Answered on the next turn of the loop, as a network reply would be.
            QTimer::singleShot(0, &loop, [=, &settle] { settle(index, urlIndex, fi.size(), !fi.isFile()); });
            return;
        }
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
        request.setTransferTimeout(m_policy.stallTimeoutMs);
        QNetworkReply *reply = nam.head(request);
        QObject::connect(reply, &QNetworkReply::redirected, reply, [&, reply](const QUrl &target) {
            if (NetworkPolicy::redirectAllowed(target, m_policy.trustedBases)) {
                Q_EMIT reply->redirectAllowed();
                return;
            }
            if (!failure)
                failure = probeError(QStringLiteral("download.redirect-refused"),
                                     QStringLiteral("%1 redirects to %2, which is neither https nor inside the "
                                                    "configured mirror.")
                                         .arg(url.toString(), target.toString()),
                                     QStringLiteral("Check the catalog address in the settings."));
            reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index, urlIndex] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (failure) {
                --active;
                finishIfDone();
                return;
            }
            if (status == 404 || status == 410) {
                settle(index, urlIndex, std::nullopt, true);
                return;
            }
            if (reply->error() != QNetworkReply::NoError && status == 0) {
                failure = probeError(QStringLiteral("download.unreachable"),
                                     QStringLiteral("%1 cannot be reached: %2").arg(url.host(), reply->errorString()),
                                     QStringLiteral("Check the network connection (and proxy settings)."));
                --active;
                finishIfDone();
                return;
            }
            // 405 and other refusals of HEAD: the size is simply not known before downloading.
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            settle(index, urlIndex, status == 200 && length.isValid() ? std::optional<qint64>(length.toLongLong())
                                                                      : std::nullopt,
                   false);
        });
    };
    launch = [&] {
        while (!failure && active < std::max(1, m_policy.maxParallel) && next < requests.size()) {
            ++active;
            const int index = next++;
            if (requests[index].urls.isEmpty()) {
                settle(index, 0, std::nullopt, false);
                continue;
            }
            ask(index, 0);
        }
    };

    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
        if (!failure)
            failure = probeError(QStringLiteral("download.timeout"),
                                 QStringLiteral("The download size could not be learnt within %1 s.").arg(timeoutMs / 1000.0),
                                 QStringLiteral("The server is slow or the network is down; the download itself may "
                                                "still work."));
        loop.quit();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled && !failure) {
            failure = probeError(QStringLiteral("download.cancelled"), QStringLiteral("Stopped."), QString());
            loop.quit();
        }
    });
    if (requests.isEmpty())
        return out;
    limit.start(timeoutMs);
    cancelPoll.start(50);
    launch();
    if (active > 0 || next < requests.size())
        loop.exec();
    // Replies still running are aborted with the manager; their handlers must not run any more.
    for (QNetworkReply *r : nam.findChildren<QNetworkReply *>()) {
        r->disconnect();
        r->abort();
    }
    if (failure)
        return *failure;
    return out;
}

} // namespace dr
