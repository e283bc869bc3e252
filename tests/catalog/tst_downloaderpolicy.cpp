// The download rules without a network: where redirects may go, which failures are retried, and
// that loopback addresses never go through the system proxy.
#include "catalog/networkpolicy.h"

#include <QTest>

class TestDownloaderPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https anywhere") << "https://objects.githubusercontent.com/x/y.bin" << true;
        QTest::newRow("plain http elsewhere") << "http://example.com/boron.zip" << false;
        QTest::newRow("inside the mirror") << "http://127.0.0.1:8080/mirror/files/6.3.5/boron.zip" << true;
        QTest::newRow("the mirror's root itself") << "http://127.0.0.1:8080/mirror/files/" << true;
        QTest::newRow("beside the mirror's path") << "http://127.0.0.1:8080/mirror/filesX/boron.zip" << false;
        QTest::newRow("other port") << "http://127.0.0.1:8081/mirror/files/boron.zip" << false;
        QTest::newRow("localhost is another host") << "http://localhost:8080/mirror/files/boron.zip" << false;
        QTest::newRow("escaping with ..") << "http://127.0.0.1:8080/mirror/files/../../secret" << false;
        QTest::newRow("ftp") << "ftp://example.com/boron.zip" << false;
        QTest::newRow("relative") << "/mirror/files/boron.zip" << false;
    }
    void redirectTargets()
    {
        QFETCH(QString, target);
        QFETCH(bool, allowed);
        const QList<QUrl> mirror{QUrl(QStringLiteral("http://127.0.0.1:8080/mirror/files/"))};
        QCOMPARE(dr::NetworkPolicy::redirectAllowed(QUrl(target), mirror), allowed);
    }

    void plainHttpIsRefusedWithoutAConfiguredMirror()
    {
        QVERIFY(!dr::NetworkPolicy::redirectAllowed(QUrl(QStringLiteral("http://127.0.0.1/a.bin")), {}));
        QVERIFY(dr::NetworkPolicy::redirectAllowed(QUrl(QStringLiteral("https://127.0.0.1/a.bin")), {}));
    }

    void serverProblemsAreRetriedClientErrorsAreNot()
    {
        for (int status : {500, 502, 503, 504, 408, 429})
            QVERIFY2(dr::NetworkPolicy::isTransientHttpStatus(status), qPrintable(QString::number(status)));
        for (int status : {400, 401, 403, 404, 410, 416})
            QVERIFY2(!dr::NetworkPolicy::isTransientHttpStatus(status), qPrintable(QString::number(status)));
    }

    void brokenConnectionsAreRetriedTlsAndUnreachableAreNot()
    {
        QVERIFY(dr::NetworkPolicy::isTransientNetworkError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(dr::NetworkPolicy::isTransientNetworkError(QNetworkReply::TemporaryNetworkFailureError));
        QVERIFY(!dr::NetworkPolicy::isTransientNetworkError(QNetworkReply::SslHandshakeFailedError));
        QVERIFY(!dr::NetworkPolicy::isTransientNetworkError(QNetworkReply::HostNotFoundError));
        QVERIFY(!dr::NetworkPolicy::isTransientNetworkError(QNetworkReply::ConnectionRefusedError));
        QVERIFY(dr::NetworkPolicy::isTlsError(QNetworkReply::SslHandshakeFailedError));
    }

    void loopbackNeverGoesThroughTheSystemProxy()
    {
        qputenv("http_proxy", "http://192.0.2.1:3128");
        qputenv("https_proxy", "http://192.0.2.1:3128");
        dr::SystemProxyFactory factory;
        for (const char *url : {"http://127.0.0.1:1234/a", "http://localhost/a", "http://[::1]:80/a"}) {
            const auto proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))));
            QCOMPARE(proxies.size(), 1);
            QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
        }
        const auto remote = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://docs.particle.io/x"))));
        QVERIFY(!remote.isEmpty());
        QCOMPARE(remote.first().type(), QNetworkProxy::HttpProxy); // the environment's proxy is used
        QCOMPARE(remote.first().hostName(), QStringLiteral("192.0.2.1"));
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
    }
};

QTEST_GUILESS_MAIN(TestDownloaderPolicy)
#include "tst_downloaderpolicy.moc"
