// libFuzzer target: everything a device can send back over the serial port. The first byte picks
// what reads it: the console reply parser of a command (fed in chunks whose sizes also come from
// the input), the YModem sender (device bytes interleaved with timeouts and an abort), or the
// virtual device's YModem receiver (host bytes). Nothing may crash or hang; the sender must end.
#include "serial/consolereplyparser.h"
#include "serial/ymodemsender.h"
#include "simulator/virtualymodemreceiver.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

struct NullSink : dr::sim::YmodemReceiverSink
{
    qint64 size = 0;
    dr::Result<void> prepare(qint64 fileSize) override
    {
        if (fileSize <= 0 || fileSize > 4 * 1024 * 1024)
            return dr::makeError(QStringLiteral("f"), QStringLiteral("too large"));
        size = fileSize;
        return {};
    }
    dr::Result<void> save(qint64 offset, const QByteArray &) override
    {
        if (offset >= size + 1024) // like the device's OTA region ending: a failed flash write
            return dr::makeError(QStringLiteral("f"), QStringLiteral("past the end"));
        return {};
    }
    dr::Result<void> finish() override { return {}; }
    void cancel() override {}
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const quint8 mode = data[0];
    const quint8 chunk = quint8(data[1] % 64 + 1);
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    switch (mode % 3) {
    case 0: {
        static const dr::ConsoleCommand commands[] = {dr::ConsoleCommand::DeviceId, dr::ConsoleCommand::SystemVersion,
                                                      dr::ConsoleCommand::ModuleInfo, dr::ConsoleCommand::MacAddress,
                                                      dr::ConsoleCommand::Claimed, dr::ConsoleCommand::ExitListening};
        dr::ConsoleReplyParser parser(commands[(mode / 3) % 6]);
        for (qsizetype i = 0; i < input.size(); i += chunk)
            parser.feed(QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i)));
        parser.quiet();
        if (parser.state() == dr::ConsoleReplyParser::State::Failed && parser.error().message.isEmpty())
            std::abort();
        (void)parser.timeoutError(1000);
        break;
    }
    case 1: {
        dr::YmodemSender sender("fuzz.bin", QByteArray(3000 + (mode % 7) * 700, 'x'));
        sender.start();
        int steps = 0;
        for (qsizetype i = 0; i < input.size() && !sender.finished(); i += chunk) {
            const QByteArrayView piece = QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i));
            if (piece.front() == char(0xFE))
                sender.onTimeout();
            else if (piece.front() == char(0xFD) && (mode & 0x80))
                sender.abort();
            else
                sender.onBytes(piece);
            ++steps;
        }
        // Silence from here on: every state must reach an end within a bounded number of timeouts.
        for (int t = 0; t < 1000 && !sender.finished(); ++t)
            sender.onTimeout();
        if (!sender.finished())
            std::abort();
        (void)sender.result();
        (void)steps;
        break;
    }
    case 2: {
        NullSink sink;
        dr::sim::VirtualYmodemReceiver receiver(sink);
        for (qsizetype i = 0; i < input.size() && !receiver.finished(); i += chunk) {
            const QByteArrayView piece = QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i));
            if (piece.front() == char(0xFE))
                receiver.onTimeout();
            else
                receiver.onBytes(piece);
        }
        for (int t = 0; t < 10 && !receiver.finished(); ++t)
            receiver.onTimeout();
        if (!receiver.finished())
            std::abort(); // more than MAX_ERRORS timeouts end the session
        break;
    }
    }
    return 0;
}
