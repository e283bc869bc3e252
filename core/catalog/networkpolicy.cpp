#include "catalog/networkpolicy.h"

#include <QHostAddress>

namespace dr {

bool NetworkPolicy::isUnder(const QUrl &url, const QUrl &base)
{
    if (url.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(base.host(), Qt::CaseInsensitive) != 0
        || url.port(-1) != base.port(-1))
        return false;
    QString basePath = base.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    const QString path = url.path();
    // ".." segments would escape the base while still starting with its path.
    if (path.contains(QLatin1String("/../")) || path.endsWith(QLatin1String("/..")))
        return false;
    return path.startsWith(basePath) || path + QLatin1Char('/') == basePath;
}

bool NetworkPolicy::redirectAllowed(const QUrl &target, const QList<QUrl> &trustedBases)
{
    if (!target.isValid() || target.isRelative())
        return false;
    for (const QUrl &base : trustedBases)
        if (isUnder(target, base))
            return true;
    return target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

bool NetworkPolicy::isTransientHttpStatus(int status)
{
    return status >= 500 || status == 408 || status == 429;
}

bool NetworkPolicy::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

bool NetworkPolicy::isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback()
        || query.url().isLocalFile())
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

} // namespace dr
