// YModem framing (reference 3.4). See ymodem.h.
#include "serial/ymodem.h"

namespace dr::ymodem {

quint16 crc16Xmodem(QByteArrayView data)
{
    quint16 crc = 0;
    for (const char c : data) {
        crc ^= static_cast<quint16>(static_cast<quint8>(c)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<quint16>((crc << 1) ^ 0x1021) : static_cast<quint16>(crc << 1);
    }
    return crc;
}

QByteArray frameBlock(quint8 seq, QByteArrayView payload, char pad)
{
    if (payload.size() > kPacket1kSize)
        payload = payload.first(kPacket1kSize);
    const int size = payload.size() <= kPacketSize ? kPacketSize : kPacket1kSize;
    QByteArray data(payload.data(), payload.size());
    data.append(size - payload.size(), pad);
    const quint16 crc = crc16Xmodem(data);

    QByteArray block;
    block.reserve(size + kPacketOverhead);
    block.append(size == kPacketSize ? SOH : STX);
    block.append(static_cast<char>(seq));
    block.append(static_cast<char>(~seq & 0xFF));
    block.append(data);
    block.append(static_cast<char>(crc >> 8));
    block.append(static_cast<char>(crc & 0xFF));
    return block;
}

QByteArray headerBlock(const QByteArray &fileName, qint64 fileSize)
{
    QByteArray payload = fileName.left(kFileNameLength - 1);
    payload.replace('\0', '_'); // a NUL inside the name would end it early on the device
    payload.append('\0');
    payload.append(QByteArray::number(fileSize));
    payload.append(' ');
    return frameBlock(0, payload);
}

int dataBlockCount(qint64 fileSize)
{
    return fileSize <= 0 ? 0 : static_cast<int>((fileSize + kPacket1kSize - 1) / kPacket1kSize);
}

QByteArray dataBlock(int blockNumber, QByteArrayView fileData)
{
    const qsizetype offset = qsizetype(blockNumber - 1) * kPacket1kSize;
    QByteArrayView chunk;
    if (blockNumber >= 1 && offset < fileData.size())
        chunk = fileData.sliced(offset, qMin<qsizetype>(kPacket1kSize, fileData.size() - offset));
    // Always a 1K block (STX), as the Device OS receiver sets chunk_size = 1024 for data.
    QByteArray padded(chunk.data(), chunk.size());
    padded.append(kPacket1kSize - chunk.size(), '\0');
    return frameBlock(static_cast<quint8>(blockNumber & 0xFF), padded);
}

QByteArray endOfSessionBlock()
{
    return frameBlock(0, QByteArrayView());
}

int blockLength(char mark)
{
    if (mark == SOH)
        return kPacketSize + kPacketOverhead;
    if (mark == STX)
        return kPacket1kSize + kPacketOverhead;
    return 0;
}

std::optional<Block> decodeBlock(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    const int length = blockLength(bytes.front());
    if (length == 0 || bytes.size() < length)
        return std::nullopt;
    Block b;
    b.mark = bytes[0];
    b.seq = static_cast<quint8>(bytes[1]);
    b.seqComplementOk = static_cast<quint8>(bytes[2]) == static_cast<quint8>(~b.seq & 0xFF);
    const int size = length - kPacketOverhead;
    b.payload = bytes.sliced(kPacketHeader, size).toByteArray();
    b.crc = static_cast<quint16>((static_cast<quint8>(bytes[kPacketHeader + size]) << 8)
                                 | static_cast<quint8>(bytes[kPacketHeader + size + 1]));
    b.crcOk = b.crc == crc16Xmodem(b.payload);
    return b;
}

Header parseHeader(QByteArrayView payload)
{
    Header h;
    qsizetype i = 0;
    while (i < payload.size() && payload[i] != '\0' && i < kFileNameLength - 1)
        h.fileName.append(payload[i++]);
    ++i; // the NUL after the name
    while (i < payload.size() && payload[i] != ' ' && h.sizeText.size() < kFileSizeLength - 1)
        h.sizeText.append(payload[i++]);
    // strtoul semantics, as the device: the leading decimal digits count, the rest is ignored.
    qint64 size = 0;
    qsizetype digits = 0;
    while (digits < h.sizeText.size() && h.sizeText[digits] >= '0' && h.sizeText[digits] <= '9') {
        size = size * 10 + (h.sizeText[digits] - '0');
        ++digits;
    }
    if (digits > 0)
        h.fileSize = size;
    return h;
}

} // namespace dr::ymodem
