// The doctor's network check. See networkprobe.h.
#include "doctor/networkprobe.h"

#include "catalog/networkpolicy.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace dr {

namespace {

struct Target
{
    SourceReach reach;
    QUrl url;
};

QList<Target> targetsOf(const ReleaseSources &sources)
{
    const QList<QPair<QUrl, QString>> bases = {
        {sources.docsBase, NetworkProbe::tr("%1 (release catalog and restore zips)")},
        {sources.binaryBase, NetworkProbe::tr("%1 (module files of older releases)")},
        {sources.githubBase, NetworkProbe::tr("%1 (fallback for module files)")},
    };
    QList<Target> out;
    for (const auto &[url, label] : bases) {
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            continue;
        bool seen = false;
        for (const Target &t : out)
            seen = seen || t.reach.host == url.host();
        if (seen) continue;
        Target t;
        t.url = url;
        t.reach.host = url.host();
        t.reach.label = label.arg(url.host());
        out.append(t);
    }
    return out;
}

} // namespace

QList<SourceReach> NetworkProbe::targets(const ReleaseSources &sources)
{
    QList<SourceReach> out;
    for (const Target &t : targetsOf(sources))
        out.append(t.reach);
    return out;
}

QList<SourceReach> NetworkProbe::probe(const ReleaseSources &sources, std::chrono::milliseconds timeout)
{
    QList<Target> targets = targetsOf(sources);
    if (targets.isEmpty()) return {};
    QEventLoop loop;
    int pending = int(targets.size());
    auto done = [&pending, &loop] {
        if (--pending == 0) loop.quit();
    };
    SystemProxyFactory proxies;
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    QList<int> lookups;

    auto connectTo = [&](Target &t) {
        auto socket = std::make_unique<QSslSocket>();
        QSslSocket *s = socket.get();
        const QList<QNetworkProxy> found = proxies.queryProxy(QNetworkProxyQuery(t.url));
        const QNetworkProxy proxy = found.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : found.first();
        s->setProxy(proxy);
        const bool secure = t.url.scheme() == QLatin1String("https");
        const int port = t.url.port(secure ? 443 : 80);
        auto finished = std::make_shared<bool>(false);
        auto succeed = [&t, finished, done] {
            if (*finished) return;
            *finished = true;
            t.reach.connected = true;
            done();
        };
        auto fail = [&t, finished, done, s] {
            if (*finished) return;
            *finished = true;
            t.reach.connectError = s->errorString();
            done();
        };
        QObject::connect(s, &QSslSocket::sslErrors, s, [&t, finished, done](const QList<QSslError> &errors) {
            if (*finished) return;
            *finished = true;
            t.reach.connectError = errors.isEmpty() ? QString() : errors.first().errorString();
            done();
        });
        QObject::connect(s, &QAbstractSocket::errorOccurred, s, fail);
        if (secure) {
            QObject::connect(s, &QSslSocket::encrypted, s, succeed);
            s->connectToHostEncrypted(t.url.host(), quint16(port));
        } else {
            QObject::connect(s, &QAbstractSocket::connected, s, succeed);
            s->connectToHost(t.url.host(), quint16(port));
        }
        sockets.push_back(std::move(socket));
    };

    for (Target &t : targets) {
        const QList<QNetworkProxy> found = proxies.queryProxy(QNetworkProxyQuery(t.url));
        if (!found.isEmpty() && found.first().type() != QNetworkProxy::NoProxy &&
            found.first().type() != QNetworkProxy::DefaultProxy) {
            // The proxy resolves the name; a local lookup failing would say nothing.
            const QNetworkProxy &p = found.first();
            t.reach.proxy = QStringLiteral("%1:%2").arg(p.hostName()).arg(p.port());
            t.reach.resolved = true;
            connectTo(t);
            continue;
        }
        Target *target = &t;
        lookups.append(
            QHostInfo::lookupHost(t.url.host(), &loop, [target, &connectTo, done](const QHostInfo &info) {
                if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                    target->reach.resolveError = info.errorString();
                    done();
                    return;
                }
                target->reach.resolved = true;
                connectTo(*target);
            }));
    }
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    if (pending > 0) loop.exec();
    for (int id : lookups)
        QHostInfo::abortHostLookup(id);
    QList<SourceReach> out;
    const QString late = tr("no answer within %1 s").arg(timeout.count() / 1000.0, 0, 'g', 2);
    for (Target &t : targets) {
        if (!t.reach.resolved && t.reach.resolveError.isEmpty()) t.reach.resolveError = late;
        if (t.reach.resolved && !t.reach.connected && t.reach.connectError.isEmpty())
            t.reach.connectError = late;
        out.append(t.reach);
    }
    for (auto &s : sockets)
        s->disconnect();
    return out;
}

} // namespace dr
