// A small HTTP/1.1 file server on 127.0.0.1 (port chosen by the system) for the download tests and
// benchmark: serves one folder with byte ranges and keep-alive, counts and records every request,
// and can misbehave on purpose per file (404, 500, stall, a dropped connection, a wrong
// Content-Length, a flipped byte, redirects to plain http or in a loop, a slow trickle). It runs
// on its own thread, so it keeps serving while the test blocks (curl in a QProcess, a CLI run).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace dr::test {

class HttpTestServer
{
public:
    enum class Fault {
        None,
        NotFound,           // 404
        ServerError,        // 500
        Stall,              // headers, then not one byte of the body (the connection stays open)
        DropMidBody,        // half the body, then the connection is closed
        WrongContentLength, // announces 1000 bytes more than it sends, then closes
        FlipByte,           // the body with the byte in the middle of the file inverted
        RedirectToPlainHttp, // 302 to http://localhost:PORT/same/path (outside the 127.0.0.1 base)
        RedirectLoop,       // 302 to itself, for ever
        Redirect,           // 302 to the location given with setFault
        Slow,               // the body in 4 KiB pieces at the slow rate (setSlowRate)
        IgnoreRange,        // answers a Range request with 200 and the whole file (only counts Range requests)
    };

    struct Request
    {
        QByteArray method;
        QString path;  // decoded, from the root, with a leading '/'
        QByteArray range; // the Range header, empty when none
    };

    explicit HttpTestServer(const QString &root);
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    bool start();   // listens on 127.0.0.1, port 0
    // The same over TLS with this certificate and key (PEM files), for https:// tests.
    bool startTls(const QString &certificatePem, const QString &privateKeyPem);
    void stop();    // closes the port and every connection
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/ (https:// after startTls)
    QUrl url(const QString &path) const;

    // `path` like "/a/b.zip", or "*" for every file without faults of its own. `times` requests
    // misbehave, then the next fault set for the path applies, then it serves normally (-1: always).
    // `location` is for Fault::Redirect.
    void setFault(const QString &path, Fault fault, int times = -1, const QString &location = {});
    void clearFaults();
    void setSlowRate(qint64 bytesPerSecond);

    int requestCount() const;
    QList<Request> requests() const;
    void clearRequests();
    int maxConcurrentResponses() const; // responses in progress at the same moment, at most

private:
    class Worker;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<Worker> m_worker;
};

} // namespace dr::test
