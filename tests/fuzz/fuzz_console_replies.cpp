// libFuzzer target: what a device prints after a listening-mode console command, read by
// ConsoleReplyParser, in the formats of every Device OS era (seeds: make_serial_seeds, from the
// simulator's console). The first byte picks the command (i, v, s, m, c, x), the second the size
// of the pieces the bytes arrive in. Properties checked: the reply does not depend on how the bytes
// were split (pieces, one by one, all at once); a final state stays final and its reply does not
// change when more bytes come; a completed reply holds what its command promises (24 lower-case hex
// digits for `i`, a balanced object for `s`, a lower-case MAC for `m`, yes or no for `c`, a version
// for `v`); a refusal says why.
#include "serial/consolereplyparser.h"

#include "fuzzserialeras.h"

#include <QByteArray>
#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace dr;
using State = ConsoleReplyParser::State;

bool sameReply(const ConsoleReply &a, const ConsoleReply &b)
{
    if (a.properties.size() != b.properties.size())
        return false;
    for (qsizetype i = 0; i < a.properties.size(); ++i)
        if (a.properties[i].key != b.properties[i].key || a.properties[i].label != b.properties[i].label
            || a.properties[i].value != b.properties[i].value)
            return false;
    return a.command == b.command && a.deviceId == b.deviceId && a.systemVersion == b.systemVersion
        && a.minimalBuild == b.minimalBuild && a.moduleJson == b.moduleJson && a.macAddress == b.macAddress
        && a.claimed == b.claimed && a.strayLines == b.strayLines;
}

struct Run
{
    State state;
    ConsoleReply reply;
    Error error;
};

Run parse(ConsoleCommand command, QByteArrayView input, qsizetype piece)
{
    ConsoleReplyParser parser(command);
    for (qsizetype i = 0; i < input.size(); i += piece)
        parser.feed(input.sliced(i, qMin<qsizetype>(piece, input.size() - i)));
    parser.quiet();
    return {parser.state(), parser.reply(), parser.error()};
}

void checkReply(ConsoleCommand command, const ConsoleReply &r)
{
    static const QRegularExpression id(QStringLiteral("^[0-9a-f]{24}$"));
    static const QRegularExpression mac(QStringLiteral("^([0-9a-f]{2}:){5}[0-9a-f]{2}$"));
    switch (command) {
    case ConsoleCommand::DeviceId:
        if (!id.match(r.deviceId).hasMatch())
            std::abort();
        break;
    case ConsoleCommand::SystemVersion:
        if (r.systemVersion.isEmpty())
            std::abort();
        break;
    case ConsoleCommand::ModuleInfo:
        if (!r.moduleJson.startsWith('{') || !r.moduleJson.endsWith('}'))
            std::abort();
        break;
    case ConsoleCommand::MacAddress:
        if (!mac.match(r.macAddress).hasMatch())
            std::abort();
        break;
    case ConsoleCommand::Claimed:
        if (!r.claimed.has_value())
            std::abort();
        break;
    case ConsoleCommand::ExitListening:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const ConsoleCommand command = fuzzserial::commandAt(data[0]);
    const qsizetype piece = data[1] % 64 + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const Run pieces = parse(command, input, piece);
    const Run whole = parse(command, input, qMax<qsizetype>(input.size(), 1));
    if (pieces.state != whole.state || !sameReply(pieces.reply, whole.reply)
        || pieces.error.code != whole.error.code || pieces.error.message != whole.error.message)
        std::abort(); // the split of the bytes changed the verdict
    if (input.size() <= 256) {
        const Run single = parse(command, input, 1);
        if (single.state != whole.state || !sameReply(single.reply, whole.reply))
            std::abort();
    }
    if (whole.state == State::Failed && whole.error.message.isEmpty())
        std::abort();
    if (whole.state == State::Complete)
        checkReply(command, whole.reply);

    // Final is final: more bytes change neither the state nor the reply.
    ConsoleReplyParser parser(command);
    parser.feed(input);
    parser.quiet();
    if (parser.state() == State::Complete || parser.state() == State::Failed) {
        const ConsoleReply before = parser.reply();
        const State state = parser.state();
        parser.feed(input);
        parser.feed("Device ID: 0123456789abcdef01234567\r\n");
        parser.quiet();
        if (parser.state() != state || !sameReply(parser.reply(), before))
            std::abort();
    }
    return 0;
}
