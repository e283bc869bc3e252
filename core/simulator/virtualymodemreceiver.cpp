// Device OS's YModem receiver, modelled. See virtualymodemreceiver.h.
#include "simulator/virtualymodemreceiver.h"

#include "serial/ymodem.h"

#include <utility>

namespace dr::sim {

using namespace dr::ymodem;

VirtualYmodemReceiver::VirtualYmodemReceiver(YmodemReceiverSink &sink) : VirtualYmodemReceiver(sink, Options()) {}

VirtualYmodemReceiver::VirtualYmodemReceiver(YmodemReceiverSink &sink, Options options)
    : m_sink(sink), m_options(std::move(options))
{
}

VirtualYmodemReceiver::Output VirtualYmodemReceiver::onBytes(QByteArrayView bytes)
{
    Output out;
    for (qsizetype i = 0; i < bytes.size() && !finished(); ++i) {
        const char c = bytes[i];
        if (!m_pending.isEmpty()) {
            m_pending.append(c);
            if (m_pending.size() == blockLength(m_pending.front())) {
                const QByteArray packet = m_pending;
                m_pending.clear();
                // receive_packet: only seq against ~seq is checked; the CRC bytes are ignored.
                if (quint8(packet[1]) != quint8(~quint8(packet[2]))) {
                    error(out);
                } else {
                    m_errors = 0;
                    handlePacket(packet, out);
                }
            }
            continue;
        }
        if (m_pendingCa) {
            m_pendingCa = false;
            if (c == CA) { // the sender cancels: ACK, then "Failed to receive the file!"
                m_errors = 0;
                out.write.append(ACK);
                end(Outcome::Failed, out, "Failed to receive the file!", true);
            } else {
                error(out);
            }
            continue;
        }
        switch (c) {
        case SOH:
        case STX:
            m_pending.append(c);
            break;
        case EOT:
            m_errors = 0;
            out.write.append(ACK);
            m_packetsReceived = 0; // file done: the next packet is a header again
            break;
        case CA:
            m_pendingCa = true;
            break;
        case ABORT1:
        case ABORT2:
            end(Outcome::AbortedByUser, out, "Aborted by user.", true);
            break;
        case ' ':
            out.write.append(ACK); // newer receivers ACK and ignore a space
            break;
        default:
            error(out);
            break;
        }
    }
    return out;
}

VirtualYmodemReceiver::Output VirtualYmodemReceiver::onTimeout()
{
    Output out;
    if (finished())
        return out;
    m_pending.clear();
    m_pendingCa = false;
    error(out);
    return out;
}

VirtualYmodemReceiver::Output VirtualYmodemReceiver::cancelNow(const QByteArray &reason)
{
    Output out;
    if (!finished())
        end(Outcome::Failed, out, reason, true);
    return out;
}

void VirtualYmodemReceiver::error(Output &out)
{
    ++m_errors;
    out.write.append(CRC16);
    if (m_errors > kMaxErrors)
        end(Outcome::Failed, out, "Failed to receive the file!", true);
}

void VirtualYmodemReceiver::end(Outcome outcome, Output &out, const QByteArray &message, bool cancel)
{
    m_outcome = outcome;
    if (cancel) {
        out.write.append(CA);
        out.write.append(CA);
        if (m_fileStarted)
            m_sink.cancel();
    }
    out.write.append(message + "\r\n");
    out.finished = true;
}

void VirtualYmodemReceiver::handlePacket(const QByteArray &packet, Output &out)
{
    const quint8 seq = quint8(packet[1]);
    const QByteArray payload = packet.mid(kPacketHeader, packet.size() - kPacketOverhead);
    if (seq != quint8(m_packetsReceived & 0xFF)) {
        ++m_naks;
        out.write.append(NAK);
        return;
    }
    if (m_packetsReceived == 0) {
        const Header header = parseHeader(payload);
        if (header.isEndOfSession()) {
            if (!m_fileStarted) { // nothing was sent: the session ends with no file
                out.write.append(ACK);
                end(Outcome::Failed, out, "Failed to receive the file!", false);
                return;
            }
            if (m_options.validateBeforeAck) {
                const Result<void> valid = m_sink.finish();
                if (!valid) {
                    m_fileStarted = false; // the sink already dropped the update
                    end(Outcome::ValidationFailed, out, valid.error().message.toUtf8(), true);
                    return;
                }
            }
            m_outcome = Outcome::Received;
            out.write.append(ACK);
            out.write.append("\r\nDownloaded file successfully!\r\nName: " + m_fileName + "\r\nSize: "
                             + QByteArray::number(m_fileSize) + " bytes\r\n");
            out.finished = true;
            return;
        }
        m_fileName = header.fileName;
        m_fileSize = header.fileSize.value_or(0);
        const Result<void> prepared = m_sink.prepare(m_fileSize);
        if (!prepared) {
            end(Outcome::SizeRejected, out, "The file size is higher than the allowed space memory!", true);
            return;
        }
        m_fileStarted = true;
        m_offset = 0;
        out.write.append(ACK);
        out.write.append(CRC16);
    } else {
        if (m_nakStorm) {
            ++m_naks;
            out.write.append(NAK);
            return;
        }
        const Result<void> saved = m_sink.save(m_offset, payload);
        if (!saved) {
            end(Outcome::SaveFailed, out, m_options.saveFailedText, true);
            return;
        }
        m_offset += payload.size();
        out.write.append(ACK);
    }
    ++m_packetsReceived;
}

} // namespace dr::sim
