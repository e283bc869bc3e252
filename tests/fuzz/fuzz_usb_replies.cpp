// libFuzzer target: what a device sends back over USB, read by the host. The first byte picks the
// reader: a DfuSe memory-layout string (then the sectors of a range from the next bytes), a DFU
// GETSTATUS reply, a control-request service reply (the raw framing), or a module-info reply (the
// protobuf formats and the JSON of old Gen 2 Device OS) turned into an inspection. Nothing may
// crash; what parses must survive its own round trip.
#include "restore/restoreengine.h"
#include "usb/controlrequest.h"
#include "usb/dfuclient.h"
#include "usb/dfusememorylayout.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

quint32 word(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    if (b.size() >= at + 4)
        std::memcpy(&v, b.constData() + at, 4);
    return v;
}

void layout(const QByteArray &input)
{
    const auto parsed = dr::DfuseMemoryLayout::parse(QString::fromLatin1(input));
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort(); // every refusal says why
        return;
    }
    const quint32 start = parsed->startAddress() + (word(input, 0) % 0x10000);
    const quint32 length = word(input, 4) % 0x100000;
    (void)parsed->sectorsCovering(start, length);
    (void)parsed->isWritable(start, length);
    (void)parsed->isErasable(start, length);
    (void)parsed->sectorAt(start);
    (void)parsed->looksProtected();
    (void)parsed->totalSize();
    if (!dr::DfuseMemoryLayout::parse(parsed->toString()))
        std::abort(); // the canonical text of a layout is itself a layout
}

void serviceReply(const QByteArray &input)
{
    const auto reply = dr::controlframing::decodeReply(input);
    if (!reply)
        return;
    const auto again = dr::controlframing::decodeReply(dr::controlframing::encodeReply(*reply));
    if (!again || again->status != reply->status || again->id != reply->id || again->size != reply->size
        || again->result != reply->result)
        std::abort();
}

void moduleInfo(quint8 selector, const QByteArray &input)
{
    static const int platforms[] = {6, 8, 10, 12, 13, 23, 26, 32, 35};
    const auto modules = dr::decodeModuleInfoReply(input);
    if (!modules) {
        if (modules.error().message.isEmpty())
            std::abort();
        return;
    }
    (void)dr::inspectionFromControlReply(platforms[selector % 9], *modules);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 mode = data[0];
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (mode % 4) {
    case 0:
        layout(input);
        break;
    case 1:
        (void)dr::DfuStatusReply::parse(input);
        break;
    case 2:
        serviceReply(input);
        break;
    default:
        moduleInfo(mode / 4, input);
        break;
    }
    return 0;
}
