// The YModem receiver of Device OS's listening mode (reference 3.4, system_ymodem.cpp up to 5.9),
// as a pure state machine for the virtual device. Fed the bytes the host sends and its timer
// expiries; answers with the bytes the device would send. Where the data goes is the Sink's
// business (the serial console writes into the VirtualDevice's OTA region).
//
// Quirks kept on purpose, because hosts must cope with them: the CRC is read but never checked;
// a block with an unexpected sequence number (also a repeat of the last one) is NAKed; a block
// whose seq/~seq do not match, a stray byte, or silence counts as an error answered with 'C';
// more than MAX_ERRORS (5) errors in a row end the session with CA CA. From Device OS 0.6.1 the
// image is validated when the empty header arrives, before it is ACKed; up to 0.6.0 the empty
// header is ACKed and success printed at once (Options::validateBeforeAck false), and whoever runs
// the receiver validates afterwards (reference 2, row 5).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dr::sim {

class YmodemReceiverSink
{
public:
    virtual ~YmodemReceiverSink() = default;
    // Spark_Prepare_For_Firmware_Update: fails when the file does not fit the OTA region.
    virtual Result<void> prepare(qint64 fileSize) = 0;
    // Spark_Save_Firmware_Chunk: `data` is a whole block (padding included) at `offset`.
    virtual Result<void> save(qint64 offset, const QByteArray &data) = 0;
    // Spark_Finish_Firmware_Update's validation, at the empty header. The error's message is the
    // line the device prints after CA CA ("Validation failed: -1330").
    virtual Result<void> finish() = 0;
    virtual void cancel() = 0;
};

class VirtualYmodemReceiver
{
public:
    static constexpr int kMaxErrors = 5; // MAX_ERRORS

    enum class Outcome {
        Running,
        Received,          // "Downloaded file successfully!"
        SizeRejected,      // "The file size is higher than the allowed space memory!"
        SaveFailed,        // "Failed to save chunk!" ("Verification failed!" up to 0.6.0)
        ValidationFailed,  // "Validation failed: ..." (0.6.1 on)
        AbortedByUser,     // 'a' / 'A': "Aborted by user."
        Failed,            // sender CA CA, too many errors, or nothing received: "Failed to receive the file!"
    };

    struct Output
    {
        QByteArray write;     // bytes the device sends now
        bool finished = false;
    };

    struct Options
    {
        bool validateBeforeAck = true;                  // 0.6.1 on
        QByteArray saveFailedText = "Failed to save chunk!"; // <= 0.6.0: "Verification failed!"
    };

    explicit VirtualYmodemReceiver(YmodemReceiverSink &sink); // the current release's behaviour
    VirtualYmodemReceiver(YmodemReceiverSink &sink, Options options);

    Output onBytes(QByteArrayView bytes);
    // NAK_TIMEOUT elapsed without a complete packet: drop a partial one, count an error, send 'C'.
    Output onTimeout();
    // Fault injection: answer the next data block(s) with NAK instead of taking them.
    void setNakStorm(bool on) { m_nakStorm = on; }
    // Fault injection: end the session now with CA CA (as after a failed flash write).
    Output cancelNow(const QByteArray &reason);

    Outcome outcome() const { return m_outcome; }
    bool finished() const { return m_outcome != Outcome::Running; }
    QByteArray fileName() const { return m_fileName; }
    qint64 fileSize() const { return m_fileSize; }
    qint64 bytesSaved() const { return m_offset; }
    int packetsReceived() const { return m_packetsReceived; }
    int naks() const { return m_naks; }
    bool partialPacketPending() const { return !m_pending.isEmpty(); }

private:
    void handlePacket(const QByteArray &packet, Output &out);
    void error(Output &out);
    void end(Outcome outcome, Output &out, const QByteArray &message, bool cancel);

    YmodemReceiverSink &m_sink;
    Options m_options;
    Outcome m_outcome = Outcome::Running;
    QByteArray m_pending; // bytes of a packet being received
    bool m_pendingCa = false;
    int m_packetsReceived = 0;
    int m_errors = 0;
    int m_naks = 0;
    bool m_fileStarted = false;
    bool m_nakStorm = false;
    QByteArray m_fileName;
    qint64 m_fileSize = 0;
    qint64 m_offset = 0;
};

} // namespace dr::sim
