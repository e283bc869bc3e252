#include "support/httptestserver.h"

#include "common/blockingcall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace dr::test {

class HttpTestServer::Worker : public QObject
{
public:
    struct FaultRule
    {
        Fault fault = Fault::None;
        int times = -1;
        QString location;
    };

    explicit Worker(const QString &root) : m_root(QDir(root).absolutePath()) {}

    // --- called from the test's thread (under the mutex) ---
    mutable QMutex mutex;
    QHash<QString, QList<FaultRule>> faults; // per path, applied in order
    QList<Request> requests;
    int active = 0;
    int maxActive = 0;
    qint64 slowRate = 256 * 1024;
    quint16 port = 0;
    bool https = false;

    // --- run on the server's thread ---
    bool listen(const QSslConfiguration *tls = nullptr)
    {
        if (tls) {
            auto *ssl = new QSslServer(this);
            ssl->setSslConfiguration(*tls);
            m_server = ssl;
            QMutexLocker lock(&mutex);
            https = true;
        } else {
            m_server = new QTcpServer(this);
        }
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                adopt(s);
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return false;
        QMutexLocker lock(&mutex);
        port = m_server->serverPort();
        return true;
    }

    void closeAll()
    {
        if (m_server) {
            m_server->close();
            delete m_server;
            m_server = nullptr;
        }
        const auto sockets = m_buffers.keys();
        for (QTcpSocket *s : sockets) {
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
        m_buffers.clear();
        QMutexLocker lock(&mutex);
        active = 0;
    }

private:
    struct Connection
    {
        QByteArray in;
        bool busy = false; // a response is still being sent (slow, stalled)
    };

    void adopt(QTcpSocket *socket)
    {
        // As web servers do (nginx's tcp_nodelay): headers and body go out as written, not held
        // back by Nagle's algorithm until the client's delayed ACK (a 40 ms stall per response).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_buffers.insert(socket, Connection{});
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_buffers.contains(socket) && m_buffers[socket].busy)
                finishResponse(socket, false);
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }

    void onReadable(QTcpSocket *socket)
    {
        if (!m_buffers.contains(socket))
            return;
        m_buffers[socket].in += socket->readAll();
        serveNext(socket);
    }

    void serveNext(QTcpSocket *socket)
    {
        Connection &c = m_buffers[socket];
        if (c.busy)
            return;
        const int end = c.in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = c.in.left(end);
        c.in.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request r;
        r.method = requestLine.value(0);
        QByteArray target = requestLine.value(1);
        if (const int q = target.indexOf('?'); q >= 0)
            target.truncate(q);
        r.path = QUrl::fromPercentEncoding(target);
        bool close = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const int colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "range")
                r.range = value;
            else if (name == "connection" && value.toLower() == "close")
                close = true;
        }
        FaultRule rule;
        {
            QMutexLocker lock(&mutex);
            requests.append(r);
            maxActive = std::max(maxActive, ++active);
            auto it = faults.find(r.path);
            if (it == faults.end())
                it = faults.find(QStringLiteral("*"));
            if (it != faults.end()) {
                for (FaultRule &f : *it) {
                    if (f.times == 0 || (f.fault == Fault::IgnoreRange && r.range.isEmpty()))
                        continue;
                    rule = f;
                    if (f.times > 0)
                        --f.times;
                    break;
                }
            }
        }
        c.busy = true;
        respond(socket, r, rule, close);
    }

    void finishResponse(QTcpSocket *socket, bool keepAlive)
    {
        {
            QMutexLocker lock(&mutex);
            active = std::max(0, active - 1);
        }
        if (!m_buffers.contains(socket))
            return;
        m_buffers[socket].busy = false;
        if (keepAlive)
            QMetaObject::invokeMethod(this, [this, s = QPointer<QTcpSocket>(socket)] {
                if (s)
                    serveNext(s);
            }, Qt::QueuedConnection);
    }

    void sendSimple(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &extraHeaders,
                    bool close)
    {
        const QByteArray body = reason + '\n';
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extraHeaders
                      + "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
                      + (close ? "\r\nConnection: close" : "") + "\r\n\r\n" + body);
        endAfterWrite(socket, close);
    }

    // The response is over once its bytes left; then the connection serves the next request or closes.
    void endAfterWrite(QTcpSocket *socket, bool close)
    {
        if (close) {
            socket->disconnectFromHost();
            return;
        }
        finishResponse(socket, true);
    }

    void respond(QTcpSocket *socket, const Request &r, const FaultRule &rule, bool close)
    {
        if (r.method != "GET" && r.method != "HEAD") {
            sendSimple(socket, 405, "Method Not Allowed", {}, close);
            return;
        }
        switch (rule.fault) {
        case Fault::NotFound:
            sendSimple(socket, 404, "Not Found", {}, close);
            return;
        case Fault::ServerError:
            sendSimple(socket, 500, "Internal Server Error", {}, close);
            return;
        case Fault::RedirectToPlainHttp:
            sendSimple(socket, 302, "Found",
                       "Location: http://localhost:" + QByteArray::number(port) + QUrl::toPercentEncoding(r.path, "/")
                           + "\r\n",
                       close);
            return;
        case Fault::RedirectLoop:
            sendSimple(socket, 302, "Found",
                       "Location: http://127.0.0.1:" + QByteArray::number(port)
                           + QUrl::toPercentEncoding(r.path, "/") + "\r\n",
                       close);
            return;
        case Fault::Redirect:
            sendSimple(socket, 302, "Found", "Location: " + rule.location.toUtf8() + "\r\n", close);
            return;
        default:
            break;
        }

        const QString relative = r.path.mid(1);
        const QString file = QDir(m_root).filePath(relative);
        const QFileInfo info(file);
        if (r.path.split(QLatin1Char('/')).contains(QLatin1String("..")) || !info.isFile()) {
            sendSimple(socket, 404, "Not Found", {}, close);
            return;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            sendSimple(socket, 403, "Forbidden", {}, close);
            return;
        }
        QByteArray data = f.readAll();
        const qint64 size = data.size();
        if (rule.fault == Fault::FlipByte && size > 0)
            data[size / 2] = char(~data[size / 2]);

        qint64 first = 0, last = size - 1;
        bool partial = false;
        if (!r.range.isEmpty() && rule.fault != Fault::IgnoreRange) {
            static const QRegularExpression re(QStringLiteral(R"(^bytes=(\d+)-(\d*)$)"));
            const auto m = re.match(QString::fromLatin1(r.range));
            if (!m.hasMatch() || m.captured(1).toLongLong() >= size) {
                sendSimple(socket, 416, "Range Not Satisfiable",
                           "Content-Range: bytes */" + QByteArray::number(size) + "\r\n", close);
                return;
            }
            first = m.captured(1).toLongLong();
            if (!m.captured(2).isEmpty())
                last = std::min(size - 1, m.captured(2).toLongLong());
            partial = true;
        }
        const QByteArray body = data.mid(first, last - first + 1);
        qint64 announced = body.size();
        if (rule.fault == Fault::WrongContentLength)
            announced += 1000;
        QByteArray headers = partial ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
        headers += "Content-Type: application/octet-stream\r\nAccept-Ranges: bytes\r\nContent-Length: "
                   + QByteArray::number(announced) + "\r\n";
        if (partial)
            headers += "Content-Range: bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                       + QByteArray::number(size) + "\r\n";
        if (close)
            headers += "Connection: close\r\n";
        headers += "\r\n";
        socket->write(headers);
        if (r.method == "HEAD") {
            endAfterWrite(socket, close);
            return;
        }
        switch (rule.fault) {
        case Fault::Stall:
            return; // busy for ever: the client has to give up
        case Fault::DropMidBody:
            socket->write(body.left(body.size() / 2));
            socket->disconnectFromHost();
            return;
        case Fault::WrongContentLength:
            socket->write(body);
            socket->disconnectFromHost();
            return;
        case Fault::Slow:
            trickle(socket, body, close);
            return;
        default:
            socket->write(body);
            endAfterWrite(socket, close);
            return;
        }
    }

    void trickle(QTcpSocket *socket, const QByteArray &body, bool close)
    {
        // A piece every 10 ms (at least 1 KiB), so that high rates are kept as well as low ones.
        qint64 rate;
        {
            QMutexLocker lock(&mutex);
            rate = slowRate;
        }
        const qsizetype piece = qsizetype(std::max<qint64>(1024, rate / 100));
        auto *timer = new QTimer(socket);
        timer->setInterval(int(std::max<qint64>(1, piece * 1000 / std::max<qint64>(1, rate))));
        auto offset = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, this, [this, socket, timer, body, offset, close, piece] {
            socket->write(body.mid(*offset, piece));
            *offset += piece;
            if (*offset >= body.size()) {
                timer->stop();
                timer->deleteLater();
                endAfterWrite(socket, close);
            }
        });
        timer->start();
    }

    QString m_root;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_buffers;
};

HttpTestServer::HttpTestServer(const QString &root)
    : m_thread(std::make_unique<QThread>()), m_worker(std::make_unique<Worker>(root))
{
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

HttpTestServer::~HttpTestServer()
{
    stop();
    m_thread->quit();
    m_thread->wait();
    m_worker.reset();
}

bool HttpTestServer::start()
{
    bool ok = false;
    blockingCall(m_worker.get(), [&] { ok = m_worker->listen(); });
    return ok;
}

bool HttpTestServer::startTls(const QString &certificatePem, const QString &privateKeyPem)
{
    QFile certFile(certificatePem), keyFile(privateKeyPem);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    if (tls.localCertificate().isNull() || tls.privateKey().isNull())
        return false;
    bool ok = false;
    blockingCall(m_worker.get(), [&] { ok = m_worker->listen(&tls); });
    return ok;
}

void HttpTestServer::stop()
{
    blockingCall(m_worker.get(), [&] { m_worker->closeAll(); });
}

quint16 HttpTestServer::port() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->port;
}

QUrl HttpTestServer::baseUrl() const
{
    QMutexLocker lock(&m_worker->mutex);
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/")
                    .arg(m_worker->https ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_worker->port));
}

QUrl HttpTestServer::url(const QString &path) const
{
    return baseUrl().resolved(QUrl(path.startsWith(QLatin1Char('/')) ? path.mid(1) : path));
}

void HttpTestServer::setFault(const QString &path, Fault fault, int times, const QString &location)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->faults[path].append(Worker::FaultRule{fault, times, location});
}

void HttpTestServer::clearFaults()
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->faults.clear();
}

void HttpTestServer::setSlowRate(qint64 bytesPerSecond)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->slowRate = bytesPerSecond;
}

int HttpTestServer::requestCount() const
{
    QMutexLocker lock(&m_worker->mutex);
    return int(m_worker->requests.size());
}

QList<HttpTestServer::Request> HttpTestServer::requests() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->requests;
}

void HttpTestServer::clearRequests()
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->requests.clear();
    m_worker->maxActive = 0;
}

int HttpTestServer::maxConcurrentResponses() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->maxActive;
}

} // namespace dr::test
