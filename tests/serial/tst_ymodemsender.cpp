// The YModem sender against Device OS's receiver (the virtual one), connected in memory with a
// virtual clock: every fault the wire or the device can produce ends in success or in a clear,
// typed error, never a hang.
#include "serial/ymodem.h"
#include "serial/ymodemsender.h"
#include "simulator/virtualymodemreceiver.h"

#include <QTest>

#include <functional>

using namespace dr;
using namespace dr::sim;

namespace {

struct MemorySink : YmodemReceiverSink
{
    qint64 capacity = 1024 * 1024;
    QByteArray storage;
    qint64 announced = 0;
    bool prepared = false, finished = false, cancelled = false;
    bool failSave = false;
    QString validationError; // non-empty: finish() fails with it

    Result<void> prepare(qint64 size) override
    {
        if (size <= 0 || size > capacity)
            return makeError(QStringLiteral("t"), QStringLiteral("too large"));
        announced = size;
        storage.clear();
        prepared = true;
        return {};
    }
    Result<void> save(qint64 offset, const QByteArray &data) override
    {
        if (failSave)
            return makeError(QStringLiteral("t"), QStringLiteral("flash"));
        if (storage.size() < offset + data.size())
            storage.resize(offset + data.size());
        storage.replace(offset, data.size(), data);
        return {};
    }
    Result<void> finish() override
    {
        if (!validationError.isEmpty())
            return makeError(QStringLiteral("t"), validationError);
        finished = true;
        return {};
    }
    void cancel() override { cancelled = true; }
};

// Wire faults: functions that may alter what goes each way.
struct Harness
{
    MemorySink sink;
    VirtualYmodemReceiver receiver{sink};
    bool receiverRunning = false;   // after 'f'
    bool dos6 = false;              // the device refuses like Device OS 6.x
    bool deviceSilent = false;      // the console never answers
    std::function<QByteArray(QByteArray)> toDevice = [](QByteArray b) { return b; };
    std::function<QByteArray(QByteArray)> toHost = [](QByteArray b) { return b; };
    std::function<void(YmodemSender &)> afterStep; // e.g. abort at some point
    qint64 now = 0;
    qint64 senderDeadline = -1;
    qint64 receiverDeadline = -1;
    static constexpr int kReceiverTimeoutMs = 5000; // NAK_TIMEOUT
    int steps = 0;

    QByteArray deviceReceives(const QByteArray &bytes)
    {
        if (deviceSilent || bytes.isEmpty())
            return {};
        QByteArray in = bytes;
        QByteArray out;
        if (!receiverRunning) {
            if (in.startsWith('f')) {
                in.remove(0, 1);
                out += "Waiting for the binary file to be sent ... (press 'a' to abort)\r\n";
                if (dos6) {
                    out += QByteArray(4, ymodem::CA) + "Serial/YModem flashing is no longer supported\r\n";
                    return out;
                }
                receiverRunning = true;
                receiverDeadline = now + kReceiverTimeoutMs;
            }
        }
        if (receiverRunning && !in.isEmpty() && !receiver.finished()) {
            out += receiver.onBytes(in).write;
            receiverDeadline = receiver.finished() ? -1 : now + kReceiverTimeoutMs;
        }
        return out;
    }

    void apply(YmodemSender &sender, const YmodemSender::Step &step, QByteArray &toSend)
    {
        toSend += step.write;
        if (step.timeoutMs >= 0)
            senderDeadline = now + step.timeoutMs;
        else if (step.timeoutMs == YmodemSender::Step::kStopTimer)
            senderDeadline = -1;
        if (afterStep)
            afterStep(sender);
    }

    Result<YmodemOutcome> run(YmodemSender &sender)
    {
        QByteArray toSend;
        apply(sender, sender.start(), toSend);
        while (!sender.finished()) {
            if (++steps > 200000)
                return makeError(QStringLiteral("test.hang"), QStringLiteral("no progress"));
            if (!toSend.isEmpty()) {
                const QByteArray wire = toDevice(toSend);
                toSend.clear();
                now += 1;
                const QByteArray reply = toHost(deviceReceives(wire));
                if (!reply.isEmpty())
                    apply(sender, sender.onBytes(reply), toSend);
                continue;
            }
            // Nothing in flight: the earlier timer fires.
            if (senderDeadline < 0 && receiverDeadline < 0)
                return makeError(QStringLiteral("test.stuck"), QStringLiteral("no timer armed and nothing to send"));
            if (receiverDeadline >= 0 && (senderDeadline < 0 || receiverDeadline < senderDeadline)) {
                now = receiverDeadline;
                const auto out = receiver.onTimeout();
                receiverDeadline = receiver.finished() ? -1 : now + kReceiverTimeoutMs;
                const QByteArray reply = toHost(out.write);
                if (!reply.isEmpty())
                    apply(sender, sender.onBytes(reply), toSend);
            } else {
                now = senderDeadline;
                senderDeadline = -1;
                apply(sender, sender.onTimeout(), toSend);
            }
        }
        return sender.result();
    }
};

QByteArray pattern(int size)
{
    QByteArray b(size, '\0');
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 31 + 7) ^ (i >> 8));
    return b;
}

} // namespace

class TestYmodemSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transfersIntact_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("1 byte") << 1;
        QTest::newRow("one block") << 1024;
        QTest::newRow("one block + 1") << 1025;
        QTest::newRow("seq wraps (300 blocks)") << 300 * 1024 - 17;
    }
    void transfersIntact()
    {
        QFETCH(int, size);
        Harness h;
        const QByteArray file = pattern(size);
        YmodemSender sender("test.bin", file);
        const auto r = h.run(sender);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text() + QLatin1Char(' ') + r.error().detail));
        QCOMPARE(h.receiver.outcome(), VirtualYmodemReceiver::Outcome::Received);
        QCOMPARE(h.receiver.fileName(), QByteArray("test.bin"));
        QCOMPARE(h.receiver.fileSize(), qint64(size));
        QCOMPARE(h.sink.storage.left(size), file);
        QVERIFY(h.sink.finished);
        QCOMPARE(r->bytesSent, qint64(size));
        QCOMPARE(r->blocks, ymodem::dataBlockCount(size));
        QCOMPARE(r->retries, 0);
        QVERIFY2(r->deviceMessage.contains(QLatin1String("Downloaded file successfully!")), qPrintable(r->deviceMessage));
    }

    // Wire and device faults that the sender must survive.
    void recovers_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("block seq complement corrupted once -> 'C' -> resend") << "corrupt-block";
        QTest::newRow("ACK lost once -> silence -> resend -> NAK (already have it) -> next") << "lose-ack";
        QTest::newRow("two NAKs") << "nak-twice";
        QTest::newRow("stray log text between ACKs") << "stray-text";
        QTest::newRow("text with capital C before every answer (not a request)") << "text-with-c";
        QTest::newRow("receiver already waiting (no prompt, bare C)") << "no-prompt";
    }
    void recovers()
    {
        QFETCH(QString, fault);
        Harness h;
        const QByteArray file = pattern(10 * 1024 + 100);
        YmodemOptions options;
        int blocksSeen = 0;
        bool done = false;
        if (fault == QLatin1String("corrupt-block")) {
            h.toDevice = [&](QByteArray b) {
                if (!done && b.size() == 1029 && ++blocksSeen == 3) {
                    b[2] = char(b[2] ^ 0x01);
                    done = true;
                }
                return b;
            };
        } else if (fault == QLatin1String("lose-ack")) {
            h.toDevice = [&](QByteArray b) {
                if (b.size() == 1029)
                    ++blocksSeen;
                return b;
            };
            h.toHost = [&](QByteArray b) {
                if (!done && blocksSeen == 4 && b == QByteArray(1, ymodem::ACK)) {
                    done = true;
                    return QByteArray();
                }
                return b;
            };
        } else if (fault == QLatin1String("nak-twice")) {
            int naks = 0;
            h.toHost = [&, naks](QByteArray b) mutable {
                if (naks < 2 && b == QByteArray(1, ymodem::ACK) && h.receiver.packetsReceived() == 5) {
                    ++naks;
                    // make the device see a wrong sequence by answering NAK ourselves
                    return QByteArray(1, ymodem::NAK);
                }
                return b;
            };
        } else if (fault == QLatin1String("stray-text")) {
            h.toHost = [](QByteArray b) {
                if (b == QByteArray(1, ymodem::ACK))
                    return QByteArray("0000001234 [sys] INFO: log\r\n") + b;
                return b;
            };
        } else if (fault == QLatin1String("text-with-c")) {
            h.toHost = [](QByteArray b) { return QByteArray("ICCID: 89014103271000000000 CC\r\n") + b; };
        } else if (fault == QLatin1String("no-prompt")) {
            options.sendFlashCommand = false;
            h.receiverRunning = true;
            h.receiverDeadline = 5000;
        }
        YmodemSender sender("x.bin", file, options);
        const auto r = h.run(sender);
        if (fault == QLatin1String("nak-twice")) {
            // NAKs made the sender repeat a block the device already had: it NAKs those too, and the
            // sender, having re-sent after a NAK rather than after silence, keeps trying until its
            // retry budget says stop. Either way: a typed end, never a hang.
            QVERIFY(r.ok() || r.error().code == QLatin1String(serialerror::YmodemTooManyRetries));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text() + QLatin1Char(' ') + r.error().detail));
        QCOMPARE(h.sink.storage.left(file.size()), file);
        if (fault == QLatin1String("text-with-c"))
            QCOMPARE(r->retries, 0);
        else if (fault != QLatin1String("stray-text") && fault != QLatin1String("no-prompt"))
            QVERIFY(r->retries >= 1);
    }

    // Every failure: a typed error, and what the device holds is not applied.
    void failsClearly_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("code");
        QTest::newRow("NAK storm") << "nak-storm" << serialerror::YmodemTooManyRetries;
        QTest::newRow("device silent") << "silent" << serialerror::YmodemNoPrompt;
        QTest::newRow("too large for the OTA region") << "too-large" << serialerror::YmodemTooLarge;
        QTest::newRow("validation fails") << "invalid" << serialerror::YmodemValidationFailed;
        QTest::newRow("flash write fails") << "save-fails" << serialerror::YmodemWriteFailed;
        QTest::newRow("device cancels mid-transfer") << "device-cancel" << serialerror::YmodemCancelledByDevice;
        QTest::newRow("Device OS 6 refuses") << "dos6" << serialerror::YmodemUnsupported;
        QTest::newRow("user aborts") << "user-abort" << serialerror::Cancelled;
        QTest::newRow("device goes quiet mid-transfer") << "quiet-mid" << serialerror::YmodemTooManyRetries;
        QTest::newRow("garbage instead of ACKs") << "garbage" << serialerror::YmodemTooManyRetries;
    }
    void failsClearly()
    {
        QFETCH(QString, fault);
        QFETCH(QString, code);
        Harness h;
        const QByteArray file = pattern(20 * 1024);
        if (fault == QLatin1String("nak-storm"))
            h.receiver.setNakStorm(true);
        else if (fault == QLatin1String("silent"))
            h.deviceSilent = true;
        else if (fault == QLatin1String("too-large"))
            h.sink.capacity = 1000;
        else if (fault == QLatin1String("invalid"))
            h.sink.validationError = QStringLiteral("Validation failed: -1330"); // the line Device OS 2.x prints
        else if (fault == QLatin1String("save-fails"))
            h.sink.failSave = true;
        else if (fault == QLatin1String("dos6"))
            h.dos6 = true;
        else if (fault == QLatin1String("device-cancel")) {
            h.toHost = [&](QByteArray b) {
                if (h.receiver.packetsReceived() == 6 && !h.receiver.finished())
                    return h.receiver.cancelNow("Failed to receive the file!").write;
                return b;
            };
        } else if (fault == QLatin1String("user-abort")) {
            h.afterStep = [](YmodemSender &s) {
                if (s.currentBlock() == 5 && s.state() == YmodemSender::State::WaitBlockAck)
                    s.abort();
            };
        } else if (fault == QLatin1String("quiet-mid")) {
            h.toHost = [&](QByteArray b) { return h.receiver.packetsReceived() >= 8 ? QByteArray() : b; };
        } else if (fault == QLatin1String("garbage")) {
            h.toHost = [&](QByteArray b) {
                return h.receiver.packetsReceived() >= 3 ? QByteArray(b.size(), char(0x7E)) : b;
            };
        }
        YmodemSender sender("x.bin", file);
        if (fault == QLatin1String("user-abort")) {
            // abort() is driven from the harness: its Step must reach the wire
            h.afterStep = nullptr;
            QByteArray toSend;
            int guard = 0;
            h.apply(sender, sender.start(), toSend);
            while (!sender.finished() && ++guard < 100000) {
                if (sender.currentBlock() == 5 && sender.state() == YmodemSender::State::WaitBlockAck && !toSend.isEmpty()) {
                    h.deviceReceives(toSend); // block 5 arrives; its ACK is still in flight when we abort
                    toSend.clear();
                    h.apply(sender, sender.abort(), toSend);
                    continue;
                }
                if (!toSend.isEmpty()) {
                    const QByteArray reply = h.deviceReceives(toSend);
                    toSend.clear();
                    if (!reply.isEmpty())
                        h.apply(sender, sender.onBytes(reply), toSend);
                    continue;
                }
                h.apply(sender, sender.onTimeout(), toSend);
            }
        } else {
            h.run(sender).ok();
        }
        QVERIFY(sender.finished());
        const auto r = sender.result();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().code == code, qPrintable(r.error().code + QLatin1String(": ") + r.error().text()
                                                    + QLatin1String(" | ") + r.error().detail));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().remedy.isEmpty());
        QVERIFY(!h.sink.finished); // nothing validated, nothing applied
        if (h.sink.prepared && fault != QLatin1String("invalid"))
            QVERIFY(h.sink.cancelled || h.receiver.outcome() == VirtualYmodemReceiver::Outcome::Running);
    }

    void cancelWaitsForTheBlockOnTheWireThenSendsCanCan()
    {
        YmodemSender sender("x.bin", QByteArray(5000, 'x'));
        QCOMPARE(sender.start().write, QByteArray("f"));
        QVERIFY(!sender.onBytes("Waiting for the binary file to be sent ... (press 'a' to abort)\r\n").write.isEmpty());
        sender.onBytes(QByteArray(1, ymodem::ACK));
        const auto block1 = sender.onBytes(QByteArray(1, ymodem::CRC16));
        QCOMPARE(sender.state(), YmodemSender::State::WaitBlockAck);
        QCOMPARE(block1.write.size(), 1029);
        // Cancelled while block 1 is on the wire: nothing is written into the middle of it.
        QVERIFY(sender.abort().write.isEmpty());
        QCOMPARE(sender.state(), YmodemSender::State::WaitBlockAck);
        const auto afterAck = sender.onBytes(QByteArray(1, ymodem::ACK));
        QCOMPARE(afterAck.write, QByteArray(2, ymodem::CA));
        QCOMPARE(sender.state(), YmodemSender::State::Aborting);
        const auto confirmed = sender.onBytes(QByteArray(1, ymodem::ACK) + "Failed to receive the file!\r\n");
        QVERIFY(confirmed.finished);
        QCOMPARE(sender.result().error().code, QString::fromLatin1(serialerror::Cancelled));
    }

    void emptyFileIsRefusedBeforeSending()
    {
        YmodemSender sender("x.bin", QByteArray());
        const auto step = sender.start();
        QVERIFY(step.write.isEmpty());
        QVERIFY(step.finished);
        QCOMPARE(sender.result().error().code, QString::fromLatin1(serialerror::YmodemBadFile));
    }

    void portLostEndsTheTransfer()
    {
        YmodemSender sender("x.bin", pattern(5000));
        sender.start();
        const auto step = sender.portLost(makeError(QString(), QStringLiteral("The device disappeared.")));
        QVERIFY(step.finished);
        QCOMPARE(sender.result().error().code, QString::fromLatin1(serialerror::PortLost));
    }
};

QTEST_GUILESS_MAIN(TestYmodemSender)
#include "tst_ymodemsender.moc"
