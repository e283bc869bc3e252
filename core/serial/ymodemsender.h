// The YModem sender as Device OS's listening-mode receiver expects it (reference 3.4), as a pure
// state machine: the transport feeds it the device's bytes and its timer expiries, and does what
// each Step says (write these bytes, arm the timer). No I/O, no clock: tested with data tables and
// against the virtual receiver, driven over a pty by ListeningModeClient.
//
//   'f' -> prompt or 'C' -> header `name\0size ` -> ACK [C] -> STX blocks 1..n (ACK each) -> EOT ->
//   ACK -> empty header -> (device validates) ACK + "Downloaded file successfully!" | CA CA + reason
//
// Device OS quirks handled here: it NAKs a block with an unexpected sequence number (also a repeat
// of a block it already has, so a NAK to a block we re-sent after silence means "already have it"),
// it answers a malformed block with 'C' rather than NAK, it sends CA CA followed by a reason line,
// and Device OS 6.x refuses with CA x4 + "Serial/YModem flashing is no longer supported".
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dr {

namespace serialerror {
inline constexpr char YmodemUnsupported[] = "serial.ymodem-unsupported"; // Device OS >= 6: use control requests
inline constexpr char YmodemNoPrompt[] = "serial.ymodem-no-prompt";
inline constexpr char YmodemTimeout[] = "serial.ymodem-timeout";
inline constexpr char YmodemTooManyRetries[] = "serial.ymodem-too-many-retries";
inline constexpr char YmodemTooLarge[] = "serial.ymodem-file-too-large";      // device: no room in the OTA region
inline constexpr char YmodemWriteFailed[] = "serial.ymodem-write-failed";     // device: failed to save a chunk
inline constexpr char YmodemValidationFailed[] = "serial.ymodem-validation-failed";
inline constexpr char YmodemCancelledByDevice[] = "serial.ymodem-cancelled-by-device";
inline constexpr char YmodemBadFile[] = "serial.ymodem-bad-file";             // nothing to send
inline constexpr char Cancelled[] = "serial.cancelled";                       // the user asked to stop
inline constexpr char PortLost[] = "serial.port-lost";
} // namespace serialerror

struct YmodemOptions
{
    int promptTimeoutMs = 10000;      // after 'f', for the prompt or 'C' (the CLI waits 10 s)
    int headerAckTimeoutMs = 30000;   // the device prepares (erases) the OTA region before it ACKs
    int blockAckTimeoutMs = 10000;    // > the device's 5 s per-byte timeout, so no block overlaps a retry
    int validationTimeoutMs = 60000;  // the device validates the whole image before it ACKs the end
    int reasonGraceMs = 1500;         // after CA CA, how long to collect the device's reason line
    int successGraceMs = 2500;        // after the final ACK, how long to collect the success text
    int maxRetries = 10;              // per block (NAK, 'C', silence)
    bool sendFlashCommand = true;     // send 'f' first (false: the receiver is already waiting)
};

struct YmodemOutcome
{
    qint64 bytesSent = 0;   // file bytes acknowledged
    int blocks = 0;         // data blocks acknowledged
    int retries = 0;        // blocks sent again
    QString deviceMessage;  // what the device printed at the end ("Downloaded file successfully! ...")
};

class YmodemSender
{
public:
    enum class State {
        Idle,
        WaitPrompt,      // 'f' sent
        WaitHeaderAck,   // header block sent
        WaitStartC,      // header ACKed; the device sends 'C' before the first data block
        WaitBlockAck,
        WaitEotAck,
        WaitValidation,  // empty header sent: the device validates, then ACK or CA CA
        CollectSuccess,  // ACKed: reading "Downloaded file successfully! ..."
        CollectReason,   // CA CA received: reading the reason line
        Aborting,        // CA CA sent: waiting for the device's ACK
        Done,
        Failed,
    };

    // What the transport must do now.
    struct Step
    {
        static constexpr int kKeepTimer = -2; // leave the running timer alone
        static constexpr int kStopTimer = -1;

        QByteArray write;     // send these bytes (may be empty)
        int timeoutMs = kKeepTimer; // >= 0: (re)arm the timer for onTimeout()
        bool blockAcked = false; // progress moved (bytesAcked() grew)
        bool finished = false;   // result() is final
    };

    YmodemSender(QByteArray fileName, QByteArray data, YmodemOptions options = {});

    Step start();
    Step onBytes(QByteArrayView bytes);
    Step onTimeout();
    // The user cancels: once the block on the wire is answered, sends CA CA and waits briefly for
    // the device's ACK (or CA CA). Fails with serial.cancelled; the device applies nothing.
    Step abort();
    Step portLost(const Error &error);

    State state() const { return m_state; }
    bool finished() const { return m_state == State::Done || m_state == State::Failed; }
    Result<YmodemOutcome> result() const;

    qint64 fileSize() const { return m_data.size(); }
    int blockCount() const { return m_blockCount; }
    int currentBlock() const { return m_block; } // 1-based while sending data
    qint64 bytesAcked() const;
    int retries() const { return m_outcome.retries; }

private:
    Step sendHeader();
    Step startAbort();
    Step sendBlock(bool retry);
    Step sendEot(bool retry);
    Step retryOrFail(const QString &what);
    Step handleByte(char c);
    Step enterCollectReason();
    Step finishSuccess();
    Step finishReason();
    Step fail(Error error);
    bool textShowsUnsupported() const;

    QByteArray m_fileName;
    QByteArray m_data;
    YmodemOptions m_options;
    State m_state = State::Idle;
    int m_blockCount = 0;
    int m_block = 0;          // block being sent, 1-based
    int m_tries = 0;          // sends of the current block/header/EOT beyond the first
    bool m_resentAfterSilence = false;
    bool m_sawAck = false;    // WaitHeaderAck: the ACK came, 'C' pending
    bool m_lastWasCa = false;
    char m_lastByte = 0;
    bool m_lastCWasRequest = false;
    bool m_userAborted = false;
    bool m_abortPending = false; // cancel asked while a block was on the wire
    QByteArray m_text;        // printable output gathered in the current phase
    YmodemOutcome m_outcome;
    Error m_error;
};

} // namespace dr
