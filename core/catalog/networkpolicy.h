// The rules every download follows, apart from the transfer mechanics: which redirect targets are
// acceptable (https, or inside a mirror the person configured, which may be plain http on a LAN or
// 127.0.0.1 in tests), which failures are worth another attempt, and which proxy to use (the
// system's, never for loopback addresses). Plain functions, so they are tested without a network.
#pragma once

#include <QList>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QUrl>

namespace dr {

namespace NetworkPolicy {

// True when `target` is https, or lies under one of `trustedBases` (same scheme, host, port and a
// path below the base's path). A redirect from https to plain http is refused unless trusted.
bool redirectAllowed(const QUrl &target, const QList<QUrl> &trustedBases);

// True when `url` lies under `base` (scheme, host and port equal; path at or below base's path).
bool isUnder(const QUrl &url, const QUrl &base);

// Worth another attempt: the server had a passing problem (5xx, 408, 429) or the connection
// broke mid-way. Not for 404/403 or other client errors, refused connections, unknown hosts
// (offline: fail fast) or TLS errors (never retried, never ignored).
bool isTransientHttpStatus(int status);
bool isTransientNetworkError(QNetworkReply::NetworkError error);
bool isTlsError(QNetworkReply::NetworkError error);

} // namespace NetworkPolicy

// The system's proxy configuration (environment, desktop settings) for every request, except
// loopback hosts, which a proxy could not reach on our behalf.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace dr
