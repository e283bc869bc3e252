// libFuzzer target: the host's YModem sender (YmodemSender) against whatever a device answers. The
// first byte sizes the file (and, with bit 0x80, lets a piece starting with 0xFD abort); the
// second is the size of the pieces the device's bytes arrive in; a piece starting with 0xFE is a
// timeout instead. Properties checked: every session ends, also in silence; every block the sender
// writes is well framed with a correct CRC-16 and carries either the file's header, the empty
// end-of-session header, or the file's own bytes at that block's place; a transfer reported as
// done had every byte of the file acknowledged; a failure says why.
#include "serial/ymodem.h"
#include "serial/ymodemsender.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace dr;

// Walks what the sender wrote; aborts on a block that is not one the file allows.
void checkWritten(const QByteArray &written, const QByteArray &file)
{
    for (qsizetype i = 0; i < written.size();) {
        const char mark = written[i];
        if (mark != ymodem::SOH && mark != ymodem::STX) {
            ++i; // 'f', EOT, CA, ...
            continue;
        }
        const auto block = ymodem::decodeBlock(QByteArrayView(written).sliced(i));
        if (!block || !block->crcOk)
            std::abort();
        const qsizetype length = block->payload.size();
        if (block->seq == 0) {
            const ymodem::Header header = ymodem::parseHeader(block->payload);
            if (!header.isEndOfSession() && (header.fileName != "fuzz.bin" || header.fileSize != file.size()))
                std::abort();
        } else {
            const qsizetype at = qsizetype(block->seq - 1) * length;
            const QByteArray expected = file.mid(at, length);
            if (expected.isEmpty() || !block->payload.startsWith(expected))
                std::abort(); // a data block carries the file's bytes at its place
        }
        i += ymodem::blockLength(mark);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const quint8 mode = data[0];
    const qsizetype chunk = data[1] % 64 + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    QByteArray file(3000 + (mode % 7) * 700, '\0');
    for (qsizetype i = 0; i < file.size(); ++i)
        file[i] = char(i % 251);
    YmodemSender sender("fuzz.bin", file);
    QByteArray written;
    auto take = [&written](const YmodemSender::Step &step) { written += step.write; };
    take(sender.start());
    for (qsizetype i = 0; i < input.size() && !sender.finished(); i += chunk) {
        const QByteArrayView piece = input.sliced(i, qMin<qsizetype>(chunk, input.size() - i));
        if (piece.front() == char(0xFE))
            take(sender.onTimeout());
        else if (piece.front() == char(0xFD) && (mode & 0x80))
            take(sender.abort());
        else
            take(sender.onBytes(piece));
    }
    // Silence from here on: every state must reach an end within a bounded number of timeouts.
    for (int t = 0; t < 1000 && !sender.finished(); ++t)
        take(sender.onTimeout());
    if (!sender.finished())
        std::abort();
    checkWritten(written, file);
    const auto result = sender.result();
    if (result && sender.bytesAcked() != file.size())
        std::abort(); // done, but not every byte was acknowledged
    if (!result && result.error().message.isEmpty())
        std::abort();
    return 0;
}
