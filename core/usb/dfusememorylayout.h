// The DfuSe memory layout string an alt setting carries as its iInterface string, e.g.
// "@Internal Flash   /0x08000000/03*016Ka,01*016Kg,01*064Kg,07*128Kg" (reference 1.4).
// Pure parsing and lookups: which sectors a range covers and what may be done with them.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace dr {

// The property letter of a sector group: a = readable, b = erasable, d = writable, and their
// sums c = a+b, e = a+d, f = b+d, g = a+b+d.
struct DfuseSectorProperties
{
    bool readable = false;
    bool erasable = false;
    bool writable = false;

    static std::optional<DfuseSectorProperties> fromLetter(QChar letter);
    QChar letter() const; // the canonical letter; '?' for "no property" (never produced by parsing)
    friend bool operator==(const DfuseSectorProperties &, const DfuseSectorProperties &) = default;
};

struct DfuseSector
{
    quint32 address = 0;
    quint32 size = 0;
    DfuseSectorProperties properties;
    quint32 end() const { return address + size; } // exclusive
};

// One "N*SSSU" group of equal sectors.
struct DfuseSegment
{
    quint32 address = 0;   // first sector's address
    quint32 count = 0;
    quint32 sectorSize = 0; // bytes
    DfuseSectorProperties properties;
    quint64 end() const { return quint64(address) + quint64(count) * sectorSize; }
};

class DfuseMemoryLayout
{
public:
    // Parses the whole string. Several "/address/segments" blocks may follow the name (ST allows it).
    // Errors name the offending part of the string.
    static Result<DfuseMemoryLayout> parse(const QString &text);

    const QString &name() const { return m_name; }     // "Internal Flash" (trimmed)
    const QList<DfuseSegment> &segments() const { return m_segments; }
    quint32 startAddress() const;
    quint64 endAddress() const;                        // exclusive
    quint64 totalSize() const;

    std::optional<DfuseSector> sectorAt(quint32 address) const;
    // The sectors overlapping [address, address + length), in order; nullopt when part of the range
    // lies outside the layout.
    std::optional<QList<DfuseSector>> sectorsCovering(quint32 address, quint32 length) const;

    // True when every sector of [address, address + length) has the property.
    bool isReadable(quint32 address, quint32 length) const;
    bool isWritable(quint32 address, quint32 length) const;
    bool isErasable(quint32 address, quint32 length) const;
    // Device protection (DOS >= 6.1 bootloaders): every segment erasable only.
    bool looksProtected() const;

    // Canonical text, e.g. "@Internal Flash /0x08000000/03*016Ka,..." (for logs and the simulator).
    QString toString() const;

private:
    QString m_name;
    QList<DfuseSegment> m_segments;
};

} // namespace dr
