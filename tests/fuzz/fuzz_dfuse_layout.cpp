// libFuzzer target: the DfuSe memory-layout string of a DFU alt setting (its iInterface string,
// "@Internal Flash  /0x08000000/03*016Ka,01*016Kg,..."), which tells the host where it may erase
// and write. The first eight bytes choose a range inside the parsed layout; the rest is the string.
// Properties checked: a refusal says why; the canonical text of a layout parses back to the same
// layout; the sectors covering a range are contiguous, inside the layout and cover the range
// exactly from the sector holding its start; a range is writable or erasable only if every sector
// under it is.
#include "usb/dfusememorylayout.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

using namespace dr;

quint32 word(const uint8_t *p)
{
    quint32 v = 0;
    std::memcpy(&v, p, 4);
    return v;
}

bool sameLayout(const DfuseMemoryLayout &a, const DfuseMemoryLayout &b)
{
    if (a.name() != b.name() || a.segments().size() != b.segments().size())
        return false;
    for (qsizetype i = 0; i < a.segments().size(); ++i) {
        const DfuseSegment &x = a.segments()[i];
        const DfuseSegment &y = b.segments()[i];
        if (x.address != y.address || x.count != y.count || x.sectorSize != y.sectorSize
            || !(x.properties == y.properties))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 8)
        return 0;
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(data + 8), qsizetype(size - 8));
    const auto parsed = DfuseMemoryLayout::parse(text);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    const DfuseMemoryLayout &layout = *parsed;
    const auto again = DfuseMemoryLayout::parse(layout.toString());
    if (!again || !sameLayout(layout, *again) || again->toString() != layout.toString())
        std::abort(); // the canonical text of a layout is the same layout

    const quint32 start = layout.startAddress() + word(data) % 0x200000u;
    const quint32 length = word(data + 4) % 0x100000u;
    const auto sectors = layout.sectorsCovering(start, length);
    const bool inside = quint64(start) >= layout.startAddress() && quint64(start) + length <= layout.endAddress();
    if (sectors && length > 0) {
        const auto first = layout.sectorAt(start);
        if (!first || sectors->isEmpty() || sectors->front().address != first->address)
            std::abort(); // the cover starts at the sector holding the range's start
        quint64 at = sectors->front().address;
        bool writable = true;
        bool erasable = true;
        for (const DfuseSector &s : *sectors) {
            if (s.address != at || s.size == 0)
                std::abort(); // contiguous, no empty sector
            const auto held = layout.sectorAt(s.address);
            if (!held || held->address != s.address || held->size != s.size)
                std::abort(); // each one is a sector of the layout
            writable = writable && s.properties.writable;
            erasable = erasable && s.properties.erasable;
            at += s.size;
        }
        if (at < quint64(start) + length || at > layout.endAddress())
            std::abort(); // covers the whole range and stays inside the layout
        if ((layout.isWritable(start, length) && !writable) || (layout.isErasable(start, length) && !erasable))
            std::abort();
    }
    if (!inside && length > 0 && (layout.isWritable(start, length) || layout.isErasable(start, length)))
        std::abort(); // nothing outside the layout may be written or erased
    (void)layout.looksProtected();
    (void)layout.totalSize();
    return 0;
}
