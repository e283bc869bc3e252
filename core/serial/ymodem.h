// YModem framing as Device OS's listening-mode receiver speaks it (reference 3.4): the control
// bytes, CRC16-XMODEM, the header / data / end-of-session blocks, and a block decoder. Pure
// functions over bytes; the sender and the virtual receiver share them.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace dr::ymodem {

// Control bytes (names as in Device OS system_ymodem.h / the YModem spec).
inline constexpr char SOH = 0x01;   // start of a 128-byte block
inline constexpr char STX = 0x02;   // start of a 1024-byte block
inline constexpr char EOT = 0x04;   // end of transmission
inline constexpr char ACK = 0x06;
inline constexpr char NAK = 0x15;
inline constexpr char CA = 0x18;    // two in a row cancel the session
inline constexpr char CRC16 = 0x43; // 'C': receiver asks for (another) block in CRC mode
inline constexpr char ABORT1 = 0x41; // 'A': user abort
inline constexpr char ABORT2 = 0x61; // 'a': user abort

inline constexpr int kPacketHeader = 3;  // mark, seq, ~seq
inline constexpr int kPacketTrailer = 2; // CRC16, big-endian (Device OS reads but never checks it)
inline constexpr int kPacketOverhead = kPacketHeader + kPacketTrailer;
inline constexpr int kPacketSize = 128;
inline constexpr int kPacket1kSize = 1024;
inline constexpr int kFileSizeLength = 16; // Device OS reads at most 16 size characters
inline constexpr int kFileNameLength = 256;

// CRC16-XMODEM (CCITT polynomial 0x1021, initial value 0, no reflection, no final xor).
quint16 crc16Xmodem(QByteArrayView data);

// One framed block: mark (SOH for <= 128 payload bytes, else STX), seq, ~seq, payload padded with
// `pad` to 128 or 1024 bytes, CRC16 big-endian. Payloads longer than 1024 bytes are cut.
QByteArray frameBlock(quint8 seq, QByteArrayView payload, char pad = 0x00);

// The seq-0 header block: `name NUL size SPACE`, zero-padded to 128 bytes (1024 if the name is long).
// Device OS reads the size up to the space, so the space is required.
QByteArray headerBlock(const QByteArray &fileName, qint64 fileSize);

// Data block n (n >= 1; seq = n & 0xFF) with 1024 bytes of `data` from offset (n - 1) * 1024;
// the last block is zero-padded.
QByteArray dataBlock(int blockNumber, QByteArrayView fileData);
int dataBlockCount(qint64 fileSize); // ceil(size / 1024)

// The empty seq-0 block that ends the session (first payload byte NUL). Device OS validates the
// received image before it ACKs this block.
QByteArray endOfSessionBlock();

// A complete block read back (receiver side, tests).
struct Block
{
    char mark = 0;
    quint8 seq = 0;
    bool seqComplementOk = false;
    QByteArray payload;     // 128 or 1024 bytes
    quint16 crc = 0;        // as received
    bool crcOk = false;     // crc == crc16Xmodem(payload)
};

// Size of the block that starts with `mark` (SOH/STX), 0 for any other byte.
int blockLength(char mark);
// Decodes one whole block at the start of `bytes`; nullopt if it is not one (too short, bad mark).
std::optional<Block> decodeBlock(QByteArrayView bytes);

// The header a seq-0 block carries, parsed the way Device OS parses it. Empty name = end of session.
struct Header
{
    QByteArray fileName;
    QByteArray sizeText;
    std::optional<qint64> fileSize; // its leading decimal digits (strtoul, as the device); nullopt if none
    bool isEndOfSession() const { return fileName.isEmpty(); }
};
Header parseHeader(QByteArrayView payload);

} // namespace dr::ymodem
