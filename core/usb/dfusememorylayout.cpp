// DfuSe memory layout strings (reference 1.4; format as ST's DfuSe and dfu-util's dfuse_mem.c read it).
#include "usb/dfusememorylayout.h"

#include <QCoreApplication>
#include <QStringList>

namespace dr {

namespace {
// The translation context of this file's messages.
struct DfuseLayoutText
{
    Q_DECLARE_TR_FUNCTIONS(dr::DfuseMemoryLayout)
};
} // namespace

namespace {

Error layoutError(const QString &text, const QString &what)
{
    return makeError(
        QStringLiteral("usb.dfuse-layout"),
        DfuseLayoutText::tr("The device reports a DfuSe memory layout this program cannot read: %1.")
            .arg(what),
        DfuseLayoutText::tr("Check that the device is a Particle device in DFU mode; if it is, report the "
                            "layout string shown in the details."),
        text);
}

bool parseNumber(QStringView s, quint64 &out)
{
    bool ok = false;
    if (s.startsWith(u"0x", Qt::CaseInsensitive))
        out = s.mid(2).toULongLong(&ok, 16);
    else
        out = s.toULongLong(&ok, 10);
    return ok && !s.isEmpty();
}

} // namespace

std::optional<DfuseSectorProperties> DfuseSectorProperties::fromLetter(QChar letter)
{
    const char c = letter.toLatin1();
    if (c < 'a' || c > 'g')
        return std::nullopt;
    const int bits = c - 'a' + 1; // a=1 readable, b=2 erasable, d=4 writable
    return DfuseSectorProperties{(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0};
}

QChar DfuseSectorProperties::letter() const
{
    const int bits = (readable ? 1 : 0) | (erasable ? 2 : 0) | (writable ? 4 : 0);
    return bits == 0 ? QLatin1Char('?') : QChar(QLatin1Char(char('a' + bits - 1)));
}

Result<DfuseMemoryLayout> DfuseMemoryLayout::parse(const QString &text)
{
    if (!text.startsWith(QLatin1Char('@')))
        return layoutError(text, DfuseLayoutText::tr("it does not start with '@'"));
    const QStringList parts = text.mid(1).split(QLatin1Char('/'));
    // name, then pairs of (address, segment list)
    if (parts.size() < 3 || (parts.size() - 1) % 2 != 0)
        return layoutError(text, DfuseLayoutText::tr("expected \"@name/address/segments\""));

    DfuseMemoryLayout layout;
    layout.m_name = parts[0].trimmed();
    for (int i = 1; i + 1 < parts.size(); i += 2) {
        quint64 address = 0;
        if (!parseNumber(QStringView(parts[i]).trimmed(), address) || address > 0xFFFFFFFFull)
            return layoutError(
                text, DfuseLayoutText::tr("the address \"%1\" is not a 32-bit number").arg(parts[i]));
        // Blocks ascend (as every ST and Particle layout does): an overlapping one would give one address
        // two sectors with different properties, and the host could not tell which rule holds.
        if (!layout.m_segments.isEmpty() && address < layout.m_segments.last().end())
            return layoutError(
                text, DfuseLayoutText::tr("the block at \"%1\" overlaps the sectors before it").arg(parts[i]));
        const QStringList groups = parts[i + 1].split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (groups.isEmpty())
            return layoutError(text, DfuseLayoutText::tr("no sectors after address %1").arg(parts[i]));
        for (const QString &rawGroup : groups) {
            const QString group = rawGroup.trimmed();
            const qsizetype star = group.indexOf(QLatin1Char('*'));
            if (star <= 0 || group.size() < star + 3)
                return layoutError(
                    text,
                    DfuseLayoutText::tr("the sector group \"%1\" is not N*SIZE[unit]letter").arg(group));
            quint64 count = 0;
            if (!parseNumber(QStringView(group).left(star), count) || count == 0 || count > 0x100000)
                return layoutError(text, DfuseLayoutText::tr("bad sector count in \"%1\"").arg(group));
            QStringView rest = QStringView(group).mid(star + 1);
            const auto props = DfuseSectorProperties::fromLetter(rest.back());
            if (!props)
                return layoutError(
                    text, DfuseLayoutText::tr("unknown sector property letter in \"%1\"").arg(group));
            rest.chop(1);
            quint64 multiplier = 1;
            if (!rest.isEmpty() && !rest.back().isDigit()) {
                switch (rest.back().toLatin1()) {
                case 'K': multiplier = 1024; break;
                case 'M': multiplier = 1024 * 1024; break;
                case 'B': case ' ': multiplier = 1; break;
                default:
                    return layoutError(text, DfuseLayoutText::tr("unknown size unit in \"%1\"").arg(group));
                }
                rest.chop(1);
            }
            quint64 size = 0;
            if (!parseNumber(rest, size) || size == 0 || size * multiplier > 0x10000000ull)
                return layoutError(text, DfuseLayoutText::tr("bad sector size in \"%1\"").arg(group));
            size *= multiplier;
            if (address + count * size > 0x100000000ull)
                return layoutError(text,
                                   DfuseLayoutText::tr("the sectors run past the 32-bit address space"));
            layout.m_segments.append(DfuseSegment{quint32(address), quint32(count), quint32(size), *props});
            address += count * size;
        }
    }
    return layout;
}

quint32 DfuseMemoryLayout::startAddress() const
{
    return m_segments.isEmpty() ? 0 : m_segments.first().address;
}

quint64 DfuseMemoryLayout::endAddress() const
{
    return m_segments.isEmpty() ? 0 : m_segments.last().end();
}

quint64 DfuseMemoryLayout::totalSize() const
{
    quint64 total = 0;
    for (const DfuseSegment &s : m_segments)
        total += quint64(s.count) * s.sectorSize;
    return total;
}

std::optional<DfuseSector> DfuseMemoryLayout::sectorAt(quint32 address) const
{
    for (const DfuseSegment &s : m_segments) {
        if (address >= s.address && quint64(address) < s.end()) {
            const quint32 n = (address - s.address) / s.sectorSize;
            return DfuseSector{s.address + n * s.sectorSize, s.sectorSize, s.properties};
        }
    }
    return std::nullopt;
}

std::optional<QList<DfuseSector>> DfuseMemoryLayout::sectorsCovering(quint32 address, quint32 length) const
{
    QList<DfuseSector> sectors;
    if (length == 0)
        return sectors;
    const quint64 end = quint64(address) + length;
    quint64 at = address;
    while (at < end) {
        if (at > 0xFFFFFFFFull)
            return std::nullopt;
        const auto sector = sectorAt(quint32(at));
        if (!sector)
            return std::nullopt;
        sectors.append(*sector);
        at = sector->end() == 0 ? 0x100000000ull : quint64(sector->address) + sector->size;
    }
    return sectors;
}

static bool allSectors(const DfuseMemoryLayout &layout, quint32 address, quint32 length,
                       bool DfuseSectorProperties::*property)
{
    const auto sectors = layout.sectorsCovering(address, length);
    if (!sectors || sectors->isEmpty())
        return false;
    for (const DfuseSector &s : *sectors) {
        if (!(s.properties.*property))
            return false;
    }
    return true;
}

bool DfuseMemoryLayout::isReadable(quint32 address, quint32 length) const
{
    return allSectors(*this, address, length, &DfuseSectorProperties::readable);
}

bool DfuseMemoryLayout::isWritable(quint32 address, quint32 length) const
{
    return allSectors(*this, address, length, &DfuseSectorProperties::writable);
}

bool DfuseMemoryLayout::isErasable(quint32 address, quint32 length) const
{
    return allSectors(*this, address, length, &DfuseSectorProperties::erasable);
}

bool DfuseMemoryLayout::looksProtected() const
{
    if (m_segments.isEmpty())
        return false;
    for (const DfuseSegment &s : m_segments) {
        if (!s.properties.erasable || s.properties.readable || s.properties.writable)
            return false;
    }
    return true;
}

QString DfuseMemoryLayout::toString() const
{
    QString out = QLatin1Char('@') + m_name;
    std::optional<quint64> expected;
    QStringList groups;
    auto flush = [&] {
        if (!groups.isEmpty())
            out += QLatin1Char('/') + groups.join(QLatin1Char(','));
        groups.clear();
    };
    for (const DfuseSegment &s : m_segments) {
        if (!expected || *expected != s.address) {
            flush();
            out += QStringLiteral(" /0x%1").arg(s.address, 8, 16, QLatin1Char('0'));
        }
        const bool kib = s.sectorSize % 1024 == 0;
        groups.append(QStringLiteral("%1*%2%3%4")
                          .arg(s.count, 2, 10, QLatin1Char('0'))
                          .arg(kib ? s.sectorSize / 1024 : s.sectorSize, 3, 10, QLatin1Char('0'))
                          .arg(kib ? QStringLiteral("K") : QStringLiteral("B"))
                          .arg(s.properties.letter()));
        expected = s.end();
    }
    flush();
    return out;
}

} // namespace dr
