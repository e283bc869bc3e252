// Bounds-checked little/big-endian field access for module binaries. Callers check the range
// first; these helpers assume it and never touch memory outside [pos, pos + width).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dr::bytes {

inline quint8 u8(QByteArrayView d, qsizetype pos)
{
    return static_cast<quint8>(d[pos]);
}
inline quint16 le16(QByteArrayView d, qsizetype pos)
{
    return static_cast<quint16>(u8(d, pos) | (u8(d, pos + 1) << 8));
}
inline quint32 le32(QByteArrayView d, qsizetype pos)
{
    return quint32(le16(d, pos)) | (quint32(le16(d, pos + 2)) << 16);
}
inline quint32 be32(QByteArrayView d, qsizetype pos)
{
    return (quint32(u8(d, pos)) << 24) | (quint32(u8(d, pos + 1)) << 16) | (quint32(u8(d, pos + 2)) << 8)
           | quint32(u8(d, pos + 3));
}

inline void appendLe16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF)).append(char(v >> 8));
}
inline void appendLe32(QByteArray &out, quint32 v)
{
    appendLe16(out, quint16(v & 0xFFFF));
    appendLe16(out, quint16(v >> 16));
}
inline void putLe16(QByteArray &out, qsizetype pos, quint16 v)
{
    out[pos] = char(v & 0xFF);
    out[pos + 1] = char(v >> 8);
}
inline void putLe32(QByteArray &out, qsizetype pos, quint32 v)
{
    putLe16(out, pos, quint16(v & 0xFFFF));
    putLe16(out, pos + 2, quint16(v >> 16));
}
inline void putBe32(QByteArray &out, qsizetype pos, quint32 v)
{
    out[pos] = char(v >> 24);
    out[pos + 1] = char((v >> 16) & 0xFF);
    out[pos + 2] = char((v >> 8) & 0xFF);
    out[pos + 3] = char(v & 0xFF);
}

} // namespace dr::bytes
