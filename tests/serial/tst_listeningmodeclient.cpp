// The client's transport logic over an in-memory stream (any QIODevice works, as the demo mode's
// in-process device will): replies split into single bytes, stray log output, line-end variants,
// silence, cancel, busy, a malformed `s` reply, and a YModem transfer to the modelled receiver.
#include "serial/listeningmodeclient.h"
#include "serial/ymodem.h"
#include "simulator/virtualymodemreceiver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace dr;

namespace {

// One end of an in-memory serial line. Writes go to the peer and arrive there on the next event
// loop round (like a real port), optionally in pieces of `chunk` bytes.
class StreamEnd : public QIODevice
{
public:
    StreamEnd *peer = nullptr;
    int chunk = 0; // 0: whole writes
    QByteArray inbound;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return inbound.size() + QIODevice::bytesAvailable(); }

    void deliver(const QByteArray &bytes)
    {
        QPointer<StreamEnd> self(this);
        QTimer::singleShot(0, this, [self, bytes] {
            if (!self)
                return;
            self->inbound += bytes;
            Q_EMIT self->readyRead();
        });
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, inbound.size());
        memcpy(data, inbound.constData(), size_t(n));
        inbound.remove(0, n);
        return n;
    }
    qint64 writeData(const char *data, qint64 len) override
    {
        const QByteArray bytes(data, len);
        if (peer) {
            if (chunk <= 0) {
                peer->deliver(bytes);
            } else {
                for (qsizetype i = 0; i < bytes.size(); i += chunk)
                    peer->deliver(bytes.mid(i, chunk));
            }
        }
        return len;
    }
};

// A scripted device on the other end: answers each command byte with a canned reply.
struct ScriptedDevice : QObject
{
    StreamEnd host, device;
    std::function<QByteArray(char)> answer;

    ScriptedDevice()
    {
        host.peer = &device;
        device.peer = &host;
        host.open(QIODevice::ReadWrite);
        device.open(QIODevice::ReadWrite);
        connect(&device, &QIODevice::readyRead, this, [this] {
            const QByteArray in = device.readAll();
            for (const char c : in)
                if (answer)
                    device.write(answer(c));
        });
    }
};

Result<ConsoleReply> run(ListeningModeClient &client, ConsoleCommand c, int timeoutMs = 1000)
{
    QSignalSpy replies(&client, &ListeningModeClient::replyReceived);
    QSignalSpy failures(&client, &ListeningModeClient::commandFailed);
    client.sendCommand(c, timeoutMs);
    if (!QTest::qWaitFor([&] { return replies.count() + failures.count() > 0; }, timeoutMs + 2000))
        return makeError(QStringLiteral("test.hang"), QStringLiteral("no signal"));
    if (failures.count())
        return failures.first().at(1).value<Error>();
    return replies.first().first().value<ConsoleReply>();
}

} // namespace

Q_DECLARE_METATYPE(dr::ConsoleCommand)

class TestListeningModeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repliesOverAnyStream_data()
    {
        QTest::addColumn<ConsoleCommand>("command");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v whole") << ConsoleCommand::SystemVersion << QByteArray("system firmware version: 2.2.0\n\r\n") << 0 << "2.2.0";
        QTest::newRow("v byte by byte") << ConsoleCommand::SystemVersion << QByteArray("system firmware version: 2.2.0\n\r\n") << 1 << "2.2.0";
        QTest::newRow("v after log lines, LF") << ConsoleCommand::SystemVersion
                                               << QByteArray("0000012 [comm] WARN: x\nsystem firmware version: 1.5.2\n") << 3 << "1.5.2";
        QTest::newRow("i photon, CR") << ConsoleCommand::DeviceId << QByteArray("Your device id is 3A001C000E47343432313031\r") << 2
                                      << "3a001c000e47343432313031";
        QTest::newRow("i key/value (quiet ends it)") << ConsoleCommand::DeviceId
                                                     << QByteArray("Device ID: e00fce68aabbccddeeff0011\r\nIMEI: 1\r\nICCID: 2\r\n") << 5
                                                     << "e00fce68aabbccddeeff0011";
    }
    void repliesOverAnyStream()
    {
        QFETCH(ConsoleCommand, command);
        QFETCH(QByteArray, reply);
        QFETCH(int, chunk);
        QFETCH(QString, expected);
        ScriptedDevice d;
        d.device.chunk = chunk;
        d.answer = [&](char c) { return c == char(command) ? reply : QByteArray(); };
        ListeningModeClient client;
        client.attach(&d.host);
        const auto r = run(client, command);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(command == ConsoleCommand::DeviceId ? r->deviceId : r->systemVersion, expected);
        if (reply.contains("ICCID"))
            QCOMPARE(r->property(QStringLiteral("iccid")), std::optional<QString>(QStringLiteral("2")));
    }

    void silenceTimesOut()
    {
        ScriptedDevice d;
        ListeningModeClient client;
        client.attach(&d.host);
        QElapsedTimer t;
        t.start();
        const auto r = run(client, ConsoleCommand::SystemVersion, 300);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString::fromLatin1(serialerror::NoReply));
        QVERIFY(t.elapsed() >= 250);
    }

    void malformedModuleJsonIsAnErrorNamingTheField()
    {
        ScriptedDevice d;
        d.answer = [](char c) { return c == 's' ? QByteArray("{\"p\":6,\"m\":[{\"s\":\"big\"}]}\r\n") : QByteArray(); };
        ListeningModeClient client;
        client.attach(&d.host);
        QSignalSpy ok(&client, &ListeningModeClient::inspectionReceived);
        QSignalSpy failed(&client, &ListeningModeClient::commandFailed);
        client.inspectModules(1000);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(ok.count(), 0);
        const Error e = failed.first().at(1).value<Error>();
        QCOMPARE(e.code, QStringLiteral("serial.bad-module-json"));
        QVERIFY(e.message.contains(QLatin1String("m[0].s")));
    }

    void busyAndCancel()
    {
        ScriptedDevice d; // never answers
        ListeningModeClient client;
        client.attach(&d.host);
        QSignalSpy failed(&client, &ListeningModeClient::commandFailed);
        client.sendCommand(ConsoleCommand::SystemVersion, 5000);
        QVERIFY(client.busy());
        client.sendCommand(ConsoleCommand::DeviceId, 5000); // refused: one operation at a time
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<Error>().code, QString::fromLatin1(serialerror::Busy));
        client.cancel();
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(1).at(1).value<Error>().code, QString::fromLatin1(serialerror::Cancelled));
        QVERIFY(!client.busy());
    }

    void notOpen()
    {
        ListeningModeClient client;
        QSignalSpy failed(&client, &ListeningModeClient::transferFailed);
        client.sendFile("x", "data");
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, QString::fromLatin1(serialerror::NotOpen));
    }

    // A YModem transfer to Device OS's receiver through the in-memory stream, delivered in odd pieces.
    void transferOverAStream()
    {
        struct Sink : dr::sim::YmodemReceiverSink
        {
            QByteArray data;
            bool finished = false;
            Result<void> prepare(qint64) override { return {}; }
            Result<void> save(qint64 offset, const QByteArray &d) override
            {
                if (data.size() < offset + d.size())
                    data.resize(offset + d.size());
                data.replace(offset, d.size(), d);
                return {};
            }
            Result<void> finish() override { finished = true; return {}; }
            void cancel() override {}
        } sink;
        dr::sim::VirtualYmodemReceiver receiver(sink);
        StreamEnd host, device;
        host.peer = &device;
        device.peer = &host;
        device.chunk = 7;
        host.chunk = 333;
        host.open(QIODevice::ReadWrite);
        device.open(QIODevice::ReadWrite);
        bool started = false;
        QObject::connect(&device, &QIODevice::readyRead, &device, [&] {
            QByteArray in = device.readAll();
            if (!started && in.startsWith('f')) {
                started = true;
                in.remove(0, 1);
                device.write("Waiting for the binary file to be sent ... (press 'a' to abort)\r\n");
            }
            if (started && !in.isEmpty())
                device.write(receiver.onBytes(in).write);
        });
        QByteArray file(5000, '\0');
        for (int i = 0; i < file.size(); ++i)
            file[i] = char(i * 13);
        ListeningModeClient client;
        client.attach(&host);
        QSignalSpy done(&client, &ListeningModeClient::transferFinished);
        QSignalSpy failed(&client, &ListeningModeClient::transferFailed);
        QSignalSpy progress(&client, &ListeningModeClient::transferProgress);
        YmodemOptions options;
        options.successGraceMs = 300;
        client.sendFile("f.bin", file, options);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 10000);
        QVERIFY2(done.count() == 1, failed.count() ? qPrintable(failed.first().first().value<Error>().text()) : "");
        QCOMPARE(sink.data.left(file.size()), file);
        QVERIFY(sink.finished);
        QCOMPARE(progress.count(), ymodem::dataBlockCount(file.size()));
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(file.size()));
        QVERIFY(client.lastTransferStats().writes > 5);
    }
};

QTEST_GUILESS_MAIN(TestListeningModeClient)
#include "tst_listeningmodeclient.moc"
