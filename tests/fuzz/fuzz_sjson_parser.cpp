// libFuzzer target: the listening-mode `s` JSON (reference 3.2) from an untrusted device. Any input
// must parse to a model or to an Error naming the field, never crash, hang or read out of bounds;
// a model that parsed must write back to JSON that parses to the same JSON again, and print.
#include "serial/consolereplyparser.h"
#include "serial/moduleinspectionjson.h"
#include "serial/moduleinspectionprinter.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    auto parsed = dr::ModuleInspectionJson::parse(input);
    if (parsed) {
        const QByteArray written = dr::ModuleInspectionJson::write(*parsed);
        const auto again = dr::ModuleInspectionJson::parse(written);
        if (!again || dr::ModuleInspectionJson::write(*again) != written)
            std::abort(); // the writer must produce what the parser accepts, stably
        (void)dr::ModuleInspectionPrinter::text(*parsed, nullptr);
        (void)dr::ModuleInspectionPrinter::json(*parsed, nullptr);
    } else if (parsed.error().code.isEmpty() || parsed.error().message.isEmpty()) {
        std::abort(); // every refusal says what was wrong
    }

    // The same bytes as the console delivers them: stray output, then (maybe) the object.
    dr::ConsoleReplyParser reply(dr::ConsoleCommand::ModuleInfo);
    reply.feed(input);
    reply.quiet();
    if (reply.state() == dr::ConsoleReplyParser::State::Complete)
        (void)dr::ModuleInspectionJson::parse(reply.reply().moduleJson);
    return 0;
}
