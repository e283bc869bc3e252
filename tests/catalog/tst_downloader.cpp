// The downloader against a real HTTP server on 127.0.0.1 (tests/support/httptestserver): parallel
// transfers with a cap, progress, retries, resume with Range, and every fault ending in one clear
// error with nothing left on disk.
#include "catalog/downloader.h"
#include "support/httptestserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using dr::test::HttpTestServer;
using Fault = HttpTestServer::Fault;

class TestDownloader : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_served;
    std::unique_ptr<QTemporaryDir> m_target;
    std::unique_ptr<HttpTestServer> m_server;
    QHash<QString, QByteArray> m_content;

    QByteArray makeFile(const QString &path, qsizetype size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator rng(quint32(qHash(path)));
        for (qsizetype i = 0; i < size; ++i)
            data[i] = char(rng.bounded(256));
        const QString full = m_served->filePath(path);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile f(full);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != size)
            qFatal("cannot write %s", qPrintable(full));
        m_content.insert(path, data);
        return data;
    }

    // Short timeouts and delays so that faults end quickly.
    dr::DownloadPolicy fastPolicy() const
    {
        dr::DownloadPolicy p;
        p.stallTimeoutMs = 400;
        p.retryDelayMs = 20;
        p.maxAttempts = 3;
        p.trustedBases = {m_server->baseUrl()};
        return p;
    }

    dr::DownloadRequest request(const QString &path) const
    {
        return {{m_server->url(path)}, m_target->filePath(QFileInfo(path).fileName())};
    }

    QString readTarget(const QString &name) const
    {
        QFile f(m_target->filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().toHex()) : QString();
    }

    bool targetIsEmpty() const { return QDir(m_target->path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty(); }

private Q_SLOTS:
    void init()
    {
        m_served = std::make_unique<QTemporaryDir>();
        m_target = std::make_unique<QTemporaryDir>();
        m_content.clear();
        makeFile(QStringLiteral("a.bin"), 300 * 1024);
        makeFile(QStringLiteral("b.bin"), 70 * 1024 + 3);
        makeFile(QStringLiteral("c.bin"), 1);
        makeFile(QStringLiteral("d.bin"), 512 * 1024);
        makeFile(QStringLiteral("e.bin"), 64 * 1024);
        makeFile(QStringLiteral("f.bin"), 64 * 1024);
        makeFile(QStringLiteral("moved/a.bin"), 300 * 1024);
        m_server = std::make_unique<HttpTestServer>(m_served->path());
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void downloadsEveryFileOfAJobByteForByte()
    {
        dr::Downloader d(fastPolicy());
        QList<dr::DownloadRequest> requests;
        for (const char *name : {"a.bin", "b.bin", "c.bin", "d.bin", "e.bin"})
            requests << request(QString::fromLatin1(name));
        QSignalSpy progress(&d, &dr::Downloader::progressChanged);
        auto result = d.run(requests);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QCOMPARE(result->size(), 5);
        for (const dr::DownloadedFile &f : *result) {
            const QString name = QFileInfo(f.path).fileName();
            QCOMPARE(readTarget(name), QString::fromLatin1(m_content.value(name).toHex()));
            QCOMPARE(f.bytes, m_content.value(name).size());
            QCOMPARE(f.attempts, 1);
            QVERIFY(!f.resumed);
        }
        QCOMPARE(m_server->requestCount(), 5);
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().at(0).value<dr::DownloadProgress>();
        QVERIFY(last.totalKnown);
        QCOMPARE(last.done, last.total);
        QCOMPARE(last.filesDone, 5);
    }

    void keepsAtMostThreeTransfersRunningAtOnce()
    {
        m_server->setSlowRate(512 * 1024);
        m_server->setFault(QStringLiteral("*"), Fault::Slow);
        dr::Downloader d(fastPolicy());
        QList<dr::DownloadRequest> requests;
        for (const char *name : {"a.bin", "b.bin", "d.bin", "e.bin", "f.bin", "c.bin"})
            requests << request(QString::fromLatin1(name));
        auto result = d.run(requests);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QCOMPARE(m_server->maxConcurrentResponses(), 3);
    }

    void reportsRateAndTimeLeftWhileBytesMove()
    {
        m_server->setSlowRate(600 * 1024);
        m_server->setFault(QStringLiteral("*"), Fault::Slow);
        dr::Downloader d(fastPolicy());
        QList<dr::DownloadProgress> seen;
        connect(&d, &dr::Downloader::progressChanged, this, [&](const dr::DownloadProgress &p) { seen << p; });
        auto result = d.run({request(QStringLiteral("d.bin"))});
        QVERIFY(result.ok());
        bool rateAndEta = false;
        qint64 last = 0;
        for (const dr::DownloadProgress &p : seen) {
            QVERIFY(p.done >= last);
            last = p.done;
            if (p.bytesPerSecond > 0 && p.etaSeconds && p.done < p.total)
                rateAndEta = true;
            QCOMPARE(p.files, 1);
        }
        QVERIFY2(rateAndEta, "no progress report with a rate and a time left");
        QCOMPARE(seen.last().done, qint64(512 * 1024));
    }

    void notFoundFailsAtOnceNamingTheUrl()
    {
        dr::Downloader d(fastPolicy());
        auto result = d.run({request(QStringLiteral("missing.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.not-found"));
        QVERIFY2(result.error().message.contains(m_server->url(QStringLiteral("missing.bin")).toString()),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("404")));
        QVERIFY(!result.error().remedy.isEmpty());
        QCOMPARE(m_server->requestCount(), 1); // never retried
        QVERIFY(targetIsEmpty());
    }

    void serverErrorIsRetriedUntilItPasses()
    {
        m_server->setFault(QStringLiteral("/b.bin"), Fault::ServerError, 2);
        dr::Downloader d(fastPolicy());
        auto result = d.run({request(QStringLiteral("b.bin"))});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QCOMPARE(result->first().attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(readTarget(QStringLiteral("b.bin")), QString::fromLatin1(m_content.value(QStringLiteral("b.bin")).toHex()));
    }

    void serverErrorThatPersistsEndsInAClearErrorWithNothingKept()
    {
        m_server->setFault(QStringLiteral("/b.bin"), Fault::ServerError);
        dr::Downloader d(fastPolicy());
        QElapsedTimer clock;
        clock.start();
        auto result = d.run({request(QStringLiteral("b.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.server-error"));
        QVERIFY2(result.error().message.contains(QStringLiteral("HTTP 500")), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("3 attempts")));
        QCOMPARE(m_server->requestCount(), 3);
        QVERIFY(clock.elapsed() >= 20 + 40); // backed off: 20 ms, then 40 ms
        QVERIFY(targetIsEmpty());
    }

    void stalledServerTimesOutWithNothingKept()
    {
        m_server->setFault(QStringLiteral("/a.bin"), Fault::Stall);
        auto policy = fastPolicy();
        policy.maxAttempts = 2;
        dr::Downloader d(policy);
        auto result = d.run({request(QStringLiteral("a.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.timeout"));
        QVERIFY2(result.error().message.contains(QStringLiteral("sent nothing for 0.4 s")), qPrintable(result.error().message));
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(targetIsEmpty());
    }

    void droppedConnectionResumesWithARangeRequest()
    {
        m_server->setFault(QStringLiteral("/a.bin"), Fault::DropMidBody, 1);
        dr::Downloader d(fastPolicy());
        auto result = d.run({request(QStringLiteral("a.bin"))});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QVERIFY(result->first().resumed);
        // (Qt may send the first request again by itself when the connection closes; the last
        // request is ours, asking for the rest.)
        const auto requests = m_server->requests();
        QVERIFY(requests.first().range.isEmpty());
        QCOMPARE(requests.last().range, QByteArray("bytes=") + QByteArray::number(300 * 1024 / 2) + '-');
        QCOMPARE(readTarget(QStringLiteral("a.bin")), QString::fromLatin1(m_content.value(QStringLiteral("a.bin")).toHex()));
    }

    void serverIgnoringTheRangeStartsAgainFromByteZero()
    {
        m_server->setFault(QStringLiteral("/a.bin"), Fault::DropMidBody, 1);
        m_server->setFault(QStringLiteral("/a.bin"), Fault::IgnoreRange, 1);
        dr::Downloader d(fastPolicy());
        auto result = d.run({request(QStringLiteral("a.bin"))});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QVERIFY(!result->first().resumed);
        QVERIFY(!m_server->requests().last().range.isEmpty()); // it asked for the rest
        QCOMPARE(result->first().bytes, qint64(300 * 1024));         // and took the whole file once
        QCOMPARE(readTarget(QStringLiteral("a.bin")), QString::fromLatin1(m_content.value(QStringLiteral("a.bin")).toHex()));
    }

    void bodyShorterThanItsContentLengthEndsInAClearError()
    {
        m_server->setFault(QStringLiteral("/b.bin"), Fault::WrongContentLength);
        dr::Downloader d(fastPolicy());
        auto result = d.run({request(QStringLiteral("b.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.short-body"));
        QVERIFY2(result.error().message.contains(QStringLiteral("Content-Length")), qPrintable(result.error().message));
        QVERIFY(targetIsEmpty());
    }

    void redirectToPlainHttpIsRefused()
    {
        m_server->setFault(QStringLiteral("/a.bin"), Fault::RedirectToPlainHttp);
        dr::Downloader d(fastPolicy());
        auto result = d.run({request(QStringLiteral("a.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.redirect-refused"));
        QVERIFY2(result.error().message.contains(QStringLiteral("http://localhost:")), qPrintable(result.error().message));
        QCOMPARE(m_server->requestCount(), 1); // the redirect was not followed
        QVERIFY(targetIsEmpty());
    }

    void redirectLoopEndsInAClearError()
    {
        m_server->setFault(QStringLiteral("/a.bin"), Fault::RedirectLoop);
        dr::Downloader d(fastPolicy());
        auto result = d.run({request(QStringLiteral("a.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.redirect-loop"));
        QVERIFY(m_server->requestCount() <= fastPolicy().maxRedirects + 1);
        QVERIFY(targetIsEmpty());
    }

    void redirectInsideTheMirrorIsFollowed()
    {
        m_server->setFault(QStringLiteral("/a.bin"), Fault::Redirect, -1, QStringLiteral("/moved/a.bin"));
        dr::Downloader d(fastPolicy());
        auto result = d.run({request(QStringLiteral("a.bin"))});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QCOMPARE(readTarget(QStringLiteral("a.bin")),
                 QString::fromLatin1(m_content.value(QStringLiteral("moved/a.bin")).toHex()));
    }

    void fallbackAddressServesAFileTheFirstDoesNotHave()
    {
        dr::Downloader d(fastPolicy());
        dr::DownloadRequest r{{m_server->url(QStringLiteral("missing/e.bin")), m_server->url(QStringLiteral("e.bin"))},
                              m_target->filePath(QStringLiteral("e.bin"))};
        auto result = d.run({r});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QCOMPARE(result->first().url, m_server->url(QStringLiteral("e.bin")));
        QCOMPARE(readTarget(QStringLiteral("e.bin")), QString::fromLatin1(m_content.value(QStringLiteral("e.bin")).toHex()));
    }

    void optionalFileNoAddressHasIsLeftOut()
    {
        dr::Downloader d(fastPolicy());
        auto optional = request(QStringLiteral("missing.bin"));
        optional.optional = true;
        auto result = d.run({request(QStringLiteral("c.bin")), optional});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QCOMPARE(result->size(), 2);
        QVERIFY(!result->at(0).missing);
        QVERIFY(result->at(1).missing);
        QVERIFY(!QFile::exists(m_target->filePath(QStringLiteral("missing.bin"))));
    }

    void optionalFileStillFailsTheJobOnOtherErrors()
    {
        m_server->setFault(QStringLiteral("/b.bin"), Fault::ServerError);
        dr::Downloader d(fastPolicy());
        auto optional = request(QStringLiteral("b.bin"));
        optional.optional = true;
        auto result = d.run({optional});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.server-error"));
        QVERIFY(targetIsEmpty());
    }

    void oneFailedFileRemovesTheFilesAlreadyDownloaded()
    {
        m_server->setFault(QStringLiteral("/d.bin"), Fault::NotFound);
        auto policy = fastPolicy();
        policy.maxParallel = 1; // c.bin finishes before d.bin starts
        dr::Downloader d(policy);
        auto result = d.run({request(QStringLiteral("c.bin")), request(QStringLiteral("d.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.not-found"));
        QVERIFY(targetIsEmpty());
    }

    void cancelEndsTheJobWithNothingKept()
    {
        m_server->setSlowRate(64 * 1024);
        m_server->setFault(QStringLiteral("*"), Fault::Slow);
        dr::Downloader d(fastPolicy());
        connect(&d, &dr::Downloader::progressChanged, &d, [&d](const dr::DownloadProgress &p) {
            if (p.done > 0)
                d.cancel();
        });
        auto result = d.run({request(QStringLiteral("a.bin")), request(QStringLiteral("d.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.cancelled"));
        QVERIFY(targetIsEmpty());
    }

    void cancelFromAnotherThreadIsHonoured()
    {
        m_server->setSlowRate(64 * 1024);
        m_server->setFault(QStringLiteral("*"), Fault::Slow);
        dr::Downloader d(fastPolicy());
        std::thread canceller([&d] {
            QThread::msleep(150);
            d.cancel();
        });
        auto result = d.run({request(QStringLiteral("d.bin"))});
        canceller.join();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.cancelled"));
        QVERIFY(targetIsEmpty());
    }

    void fileAddressesAreReadFromTheFolder()
    {
        dr::Downloader d(fastPolicy());
        const QUrl url = QUrl::fromLocalFile(m_served->filePath(QStringLiteral("b.bin")));
        auto result = d.run({{{url}, m_target->filePath(QStringLiteral("b.bin"))}});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        QCOMPARE(readTarget(QStringLiteral("b.bin")), QString::fromLatin1(m_content.value(QStringLiteral("b.bin")).toHex()));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void missingLocalFileIsAClearError()
    {
        dr::Downloader d(fastPolicy());
        const QUrl url = QUrl::fromLocalFile(m_served->filePath(QStringLiteral("nothing.bin")));
        auto result = d.run({{{url}, m_target->filePath(QStringLiteral("nothing.bin"))}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.not-found"));
        QVERIFY2(result.error().message.contains(url.toString()), qPrintable(result.error().message));
        QVERIFY(targetIsEmpty());
    }

    void stoppedServerFailsAtOnceAsUnreachable()
    {
        const auto r = request(QStringLiteral("a.bin"));
        m_server->stop();
        dr::Downloader d(fastPolicy());
        QElapsedTimer clock;
        clock.start();
        auto result = d.run({r});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.unreachable"));
        QVERIFY(result.error().remedy.contains(QStringLiteral("offline")));
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(targetIsEmpty());
    }

    void fileLargerThanTheLimitIsRefused()
    {
        auto policy = fastPolicy();
        policy.maxFileBytes = 100 * 1024;
        dr::Downloader d(policy);
        auto result = d.run({request(QStringLiteral("a.bin"))});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.too-large"));
        QVERIFY(targetIsEmpty());
    }

    void unwritableDestinationIsAClearError()
    {
        dr::Downloader d(fastPolicy());
        auto result = d.run({{{m_server->url(QStringLiteral("a.bin"))}, m_target->filePath(QStringLiteral("no/such/dir/a.bin"))}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.write-failed"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void untrustedCertificateIsRefusedNeverIgnored()
    {
        // A self-signed certificate for 127.0.0.1, made now with the openssl tool.
        QTemporaryDir keys;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), keys.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       keys.filePath(QStringLiteral("cert.pem"))});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 "the openssl tool is needed (installer/setup-debian.sh installs it)");
        HttpTestServer tls(m_served->path());
        QVERIFY(tls.startTls(keys.filePath(QStringLiteral("cert.pem")), keys.filePath(QStringLiteral("key.pem"))));
        QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));
        dr::Downloader d(fastPolicy());
        auto result = d.run({{{tls.url(QStringLiteral("a.bin"))}, m_target->filePath(QStringLiteral("a.bin"))}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("download.tls"));
        QVERIFY2(result.error().remedy.contains(QStringLiteral("never accepts an unverified certificate")),
                 qPrintable(result.error().remedy));
        QCOMPARE(tls.requestCount(), 0); // not one request went over the unverified connection
        QVERIFY(targetIsEmpty());
    }

    void emptyJobSucceedsWithoutRequests()
    {
        dr::Downloader d(fastPolicy());
        auto result = d.run({});
        QVERIFY(result.ok());
        QVERIFY(result->isEmpty());
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
