// YModem sender state machine (reference 3.4). See ymodemsender.h.
#include "serial/ymodemsender.h"

#include "serial/ymodem.h"

#include <QCoreApplication>

namespace dr {

namespace {

// One translation context for the whole file, which lupdate sees too (it reads
// Q_DECLARE_TR_FUNCTIONS), whatever class or function the text is in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::YmodemSender)
};

const QByteArray kPrompt("Waiting for the binary file");
const QByteArray kUnsupported("no longer supported");

QString cleanText(const QByteArray &text)
{
    QString s = QString::fromLatin1(text).simplified();
    return s.left(300);
}

} // namespace

YmodemSender::YmodemSender(QByteArray fileName, QByteArray data, YmodemOptions options)
    : m_fileName(std::move(fileName)), m_data(std::move(data)), m_options(options)
{
    if (m_fileName.isEmpty())
        m_fileName = "binary"; // an empty name would read as the end-of-session block
    m_blockCount = ymodem::dataBlockCount(m_data.size());
}

qint64 YmodemSender::bytesAcked() const
{
    return qMin<qint64>(qint64(m_outcome.blocks) * ymodem::kPacket1kSize, m_data.size());
}

Result<YmodemOutcome> YmodemSender::result() const
{
    if (m_state == State::Failed)
        return m_error;
    if (m_state != State::Done)
        return makeError(QString::fromLatin1(serialerror::YmodemTimeout), Tr::tr("The transfer has not finished."));
    return m_outcome;
}

YmodemSender::Step YmodemSender::start()
{
    if (m_state != State::Idle)
        return {};
    if (m_data.isEmpty())
        return fail(makeError(QString::fromLatin1(serialerror::YmodemBadFile), Tr::tr("The file to send is empty."),
                              Tr::tr("Choose a module binary (.bin) and try again.")));
    if (!m_options.sendFlashCommand)
        return sendHeader();
    m_state = State::WaitPrompt;
    Step step;
    step.write = QByteArray(1, 'f');
    step.timeoutMs = m_options.promptTimeoutMs;
    return step;
}

YmodemSender::Step YmodemSender::sendHeader()
{
    m_state = State::WaitHeaderAck;
    m_sawAck = false;
    m_text.clear();
    Step step;
    step.write = ymodem::headerBlock(m_fileName, m_data.size());
    step.timeoutMs = m_options.headerAckTimeoutMs;
    return step;
}

YmodemSender::Step YmodemSender::sendBlock(bool retry)
{
    if (retry) {
        ++m_tries;
        ++m_outcome.retries;
    } else {
        m_tries = 0;
    }
    m_state = State::WaitBlockAck;
    Step step;
    step.write = ymodem::dataBlock(m_block, m_data);
    step.timeoutMs = m_options.blockAckTimeoutMs;
    return step;
}

YmodemSender::Step YmodemSender::sendEot(bool retry)
{
    if (retry) {
        ++m_tries;
        ++m_outcome.retries;
    } else {
        m_tries = 0;
    }
    m_state = State::WaitEotAck;
    Step step;
    step.write = QByteArray(1, ymodem::EOT);
    step.timeoutMs = m_options.blockAckTimeoutMs;
    return step;
}

// Sends the current unit again, or gives up (telling the device to stop with 'a') after maxRetries.
YmodemSender::Step YmodemSender::retryOrFail(const QString &what)
{
    if (m_tries >= m_options.maxRetries) {
        Step step = fail(makeError(
            QString::fromLatin1(serialerror::YmodemTooManyRetries),
            Tr::tr("The device did not accept %1 after %2 attempts.").arg(what).arg(m_tries + 1),
            Tr::tr("Check the USB cable and port (avoid hubs), put the device back in listening mode "
               "(blinking dark blue) and try again."),
            QStringLiteral("block %1 of %2; last output: \"%3\"").arg(m_block).arg(m_blockCount).arg(cleanText(m_text))));
        step.write = QByteArray(1, ymodem::ABORT2);
        return step;
    }
    switch (m_state) {
    case State::WaitHeaderAck:
    case State::WaitStartC:
        if (m_state == State::WaitStartC) { // the ACK came; the 'C' did not: start anyway
            m_block = 1;
            return sendBlock(true);
        }
        ++m_tries;
        ++m_outcome.retries;
        {
            const int tries = m_tries;
            Step step = sendHeader();
            m_tries = tries;
            return step;
        }
    case State::WaitBlockAck:
        return sendBlock(true);
    case State::WaitEotAck:
        return sendEot(true);
    case State::WaitValidation: {
        ++m_tries;
        ++m_outcome.retries;
        Step step;
        step.write = ymodem::endOfSessionBlock();
        step.timeoutMs = m_options.validationTimeoutMs;
        return step;
    }
    default:
        return {};
    }
}

YmodemSender::Step YmodemSender::onBytes(QByteArrayView bytes)
{
    Step total;
    for (const char c : bytes) {
        if (finished())
            break;
        const Step s = handleByte(c);
        total.write += s.write;
        if (s.timeoutMs != Step::kKeepTimer)
            total.timeoutMs = s.timeoutMs;
        total.blockAcked |= s.blockAcked;
        total.finished |= s.finished;
    }
    return total;
}

YmodemSender::Step YmodemSender::handleByte(char c)
{
    // A 'C' inside a line of text ("ICCID", a log line) is not the receiver's request: only one that
    // follows a control byte, a line end, or another request counts.
    const bool textBefore = m_lastByte >= 0x20 && m_lastByte < 0x7F && !(m_lastByte == ymodem::CRC16 && m_lastCWasRequest);
    const bool isRequest = c == ymodem::CRC16 && !textBefore;
    m_lastCWasRequest = isRequest;
    m_lastByte = c;
    const bool isCa = c == ymodem::CA;
    const bool pairedCa = isCa && m_lastWasCa;
    m_lastWasCa = isCa && !pairedCa;
    if (!isCa && (c == '\r' || c == '\n' || (c >= 0x20 && c < 0x7F))) {
        m_text.append(c);
        if (m_text.size() > 2048)
            m_text.remove(0, m_text.size() - 2048);
    }
    auto keep = [] { return Step{}; };

    switch (m_state) {
    case State::WaitPrompt: {
        if (pairedCa)
            return enterCollectReason();
        const qsizetype at = m_text.indexOf(kPrompt);
        if (at >= 0 && (m_text.indexOf('\n', at) >= 0 || m_text.indexOf('\r', at) >= 0))
            return sendHeader();
        // A bare 'C' at the start of a line is the receiver asking for the header (it was already
        // waiting); a 'C' inside a line of log text is not.
        if (c == ymodem::CRC16 && at < 0) {
            const qsizetype n = m_text.size();
            if (n == 1 || m_text[n - 2] == '\n' || m_text[n - 2] == '\r')
                return sendHeader();
        }
        return keep();
    }
    case State::WaitHeaderAck:
        if (pairedCa)
            return enterCollectReason();
        if (c == ymodem::ACK) {
            m_state = State::WaitStartC;
            Step s;
            s.timeoutMs = m_options.blockAckTimeoutMs;
            return s;
        }
        if (c == ymodem::NAK || isRequest)
            return retryOrFail(Tr::tr("the file header"));
        return keep();
    case State::WaitStartC:
        if (pairedCa)
            return enterCollectReason();
        if (isRequest) {
            m_block = 1;
            return sendBlock(false);
        }
        return keep();
    case State::WaitBlockAck:
        if (pairedCa)
            return enterCollectReason();
        if (c == ymodem::ACK || (c == ymodem::NAK && m_resentAfterSilence)) {
            // A NAK to a block re-sent after silence: the device NAKs a repeat of the block it
            // already has (sequence mismatch), so our first copy arrived and only its ACK was lost.
            m_resentAfterSilence = false;
            ++m_outcome.blocks;
            Step s = m_abortPending ? startAbort()
                     : m_block >= m_blockCount ? sendEot(false)
                                               : (++m_block, sendBlock(false));
            s.blockAcked = true;
            return s;
        }
        if (m_abortPending && (c == ymodem::NAK || isRequest))
            return startAbort(); // no block goes out again once the user has cancelled
        if (isRequest) {
            // 'C': the device saw a malformed block, or timed out waiting (also when only our
            // ACK got lost): send it again; a NAK to that copy then means it has the block.
            Step s = retryOrFail(Tr::tr("block %1").arg(m_block));
            m_resentAfterSilence = m_state == State::WaitBlockAck;
            return s;
        }
        if (c == ymodem::NAK) {
            m_resentAfterSilence = false;
            return retryOrFail(Tr::tr("block %1").arg(m_block));
        }
        return keep();
    case State::WaitEotAck:
        if (pairedCa)
            return enterCollectReason();
        if (c == ymodem::ACK) {
            m_state = State::WaitValidation;
            m_tries = 0;
            m_text.clear();
            Step s;
            s.write = ymodem::endOfSessionBlock();
            s.timeoutMs = m_options.validationTimeoutMs;
            return s;
        }
        if (c == ymodem::NAK || isRequest)
            return retryOrFail(Tr::tr("the end of the file"));
        return keep();
    case State::WaitValidation:
        if (pairedCa)
            return enterCollectReason();
        if (c == ymodem::ACK) {
            m_state = State::CollectSuccess;
            m_text.clear();
            Step s;
            s.timeoutMs = m_options.successGraceMs;
            return s;
        }
        if (c == ymodem::NAK || isRequest)
            return retryOrFail(Tr::tr("the end of the session"));
        return keep();
    case State::CollectSuccess:
        if (m_text.contains("Restarting") || (m_text.contains("Size:") && m_text.contains("bytes")
                                               && (m_text.endsWith('\n') || m_text.endsWith('\r'))))
            return finishSuccess();
        return keep();
    case State::CollectReason: {
        const QByteArray trimmed = m_text.trimmed();
        if (!trimmed.isEmpty() && (c == '\n' || c == '\r'))
            return finishReason();
        return keep();
    }
    case State::Aborting:
        // The receiver answers the sender's CA CA with ACK (Device OS) or CA CA (its own abort path).
        if (pairedCa || c == ymodem::ACK) {
            Step s = fail(makeError(QString::fromLatin1(serialerror::Cancelled), Tr::tr("The transfer was cancelled."),
                                    Tr::tr("The device keeps its installed modules; nothing was applied."),
                                    QStringLiteral("the device confirmed the abort")));
            return s;
        }
        return keep();
    case State::Idle:
    case State::Done:
    case State::Failed:
        return keep();
    }
    return keep();
}

YmodemSender::Step YmodemSender::enterCollectReason()
{
    m_state = State::CollectReason;
    m_text.clear();
    Step s;
    s.timeoutMs = m_options.reasonGraceMs;
    return s;
}

YmodemSender::Step YmodemSender::onTimeout()
{
    switch (m_state) {
    case State::WaitPrompt:
        if (m_text.contains(kUnsupported))
            return finishReason();
        return fail(makeError(QString::fromLatin1(serialerror::YmodemNoPrompt),
                              Tr::tr("The device did not start a YModem transfer within %1 s.").arg(m_options.promptTimeoutMs / 1000.0),
                              Tr::tr("Put the device in listening mode (hold MODE until it blinks dark blue) and try again."),
                              QStringLiteral("output after 'f': \"%1\"").arg(cleanText(m_text))));
    case State::WaitHeaderAck:
        return retryOrFail(Tr::tr("the file header"));
    case State::WaitStartC:
        return retryOrFail(Tr::tr("block 1"));
    case State::WaitBlockAck: {
        if (m_abortPending)
            return startAbort();
        // Silence: the block or its ACK got lost. A NAK to the copy sent now means "I have it".
        Step s = retryOrFail(Tr::tr("block %1").arg(m_block));
        m_resentAfterSilence = m_state == State::WaitBlockAck;
        return s;
    }
    case State::WaitEotAck:
        return retryOrFail(Tr::tr("the end of the file"));
    case State::WaitValidation:
        {
            // No retry on silence here: the device is busy checking the image, or gone.
            Step s = fail(makeError(QString::fromLatin1(serialerror::YmodemTimeout),
                                    Tr::tr("The device did not confirm the file within %1 s of the end of the transfer.")
                                        .arg(m_options.validationTimeoutMs / 1000.0),
                                    Tr::tr("Reset the device, inspect it, and send the file again if it is not installed."),
                                    QStringLiteral("output: \"%1\"").arg(cleanText(m_text))));
            return s;
        }
    case State::CollectSuccess:
        return finishSuccess();
    case State::CollectReason:
        return finishReason();
    case State::Aborting:
        return fail(makeError(QString::fromLatin1(serialerror::Cancelled), Tr::tr("The transfer was cancelled."),
                              Tr::tr("The device keeps its installed modules; nothing was applied. Reset it if it "
                                 "still blinks dark blue."),
                              QStringLiteral("the device did not confirm the abort")));
    case State::Idle:
    case State::Done:
    case State::Failed:
        return {};
    }
    return {};
}

YmodemSender::Step YmodemSender::abort()
{
    if (m_state == State::Idle || finished())
        return {};
    m_userAborted = true;
    if (m_state == State::CollectSuccess) // the device already took the file
        return finishSuccess();
    if (m_state == State::WaitBlockAck) {
        // Never inside a packet: the block on the wire is answered first, then CA CA goes out.
        m_abortPending = true;
        return {};
    }
    return startAbort();
}

// The sender's cancel of the YModem spec, CA CA: Device OS ACKs it, drops the partial image and says
// "Failed to receive the file!"; the installed modules stay as they were.
YmodemSender::Step YmodemSender::startAbort()
{
    m_abortPending = false;
    m_state = State::Aborting;
    Step s;
    s.write = QByteArray(2, ymodem::CA);
    s.timeoutMs = m_options.reasonGraceMs;
    return s;
}

YmodemSender::Step YmodemSender::portLost(const Error &error)
{
    if (finished())
        return {};
    Error e = error;
    if (e.code.isEmpty())
        e.code = QString::fromLatin1(serialerror::PortLost);
    e.detail = QStringLiteral("%1; during block %2 of %3").arg(e.detail).arg(m_block).arg(m_blockCount);
    return fail(e);
}

YmodemSender::Step YmodemSender::finishSuccess()
{
    m_state = State::Done;
    m_outcome.bytesSent = bytesAcked();
    m_outcome.deviceMessage = cleanText(m_text);
    Step s;
    s.finished = true;
    s.timeoutMs = Step::kStopTimer;
    return s;
}

bool YmodemSender::textShowsUnsupported() const
{
    return m_text.contains(kUnsupported);
}

YmodemSender::Step YmodemSender::finishReason()
{
    const QString reason = cleanText(m_text);
    const QString detail = QStringLiteral("device: \"%1\"; at block %2 of %3").arg(reason).arg(m_block).arg(m_blockCount);
    if (textShowsUnsupported())
        return fail(makeError(QString::fromLatin1(serialerror::YmodemUnsupported),
                              Tr::tr("This device's Device OS (6.0 or later) no longer accepts files over serial (YModem)."),
                              Tr::tr("Flash it over USB control requests or DFU instead."), detail));
    if (reason.contains(QLatin1String("higher than the allowed space")))
        return fail(makeError(QString::fromLatin1(serialerror::YmodemTooLarge),
                              Tr::tr("The device has no room for a file of %1 bytes.").arg(m_data.size()),
                              Tr::tr("Check that the file is a module for this platform."), detail));
    if (reason.contains(QLatin1String("Validation failed")))
        return fail(makeError(QString::fromLatin1(serialerror::YmodemValidationFailed),
                              Tr::tr("The device rejected the file after receiving it: %1").arg(reason),
                              Tr::tr("Check that the file is an intact module for this platform and that its "
                                 "dependencies are installed first."),
                              detail));
    if (reason.contains(QLatin1String("save chunk")) || reason.contains(QLatin1String("Verification failed")))
        return fail(makeError(QString::fromLatin1(serialerror::YmodemWriteFailed),
                              Tr::tr("The device could not write the file to its flash."),
                              Tr::tr("Reset the device and try again; if it fails again, restore it over DFU."), detail));
    if (m_userAborted)
        return fail(makeError(QString::fromLatin1(serialerror::Cancelled), Tr::tr("The transfer was cancelled."),
                              Tr::tr("The device keeps its installed modules; nothing was applied."), detail));
    return fail(makeError(QString::fromLatin1(serialerror::YmodemCancelledByDevice),
                          reason.isEmpty() ? Tr::tr("The device cancelled the transfer.")
                                           : Tr::tr("The device cancelled the transfer: %1").arg(reason),
                          Tr::tr("Put the device back in listening mode (blinking dark blue) and try again."), detail));
}

YmodemSender::Step YmodemSender::fail(Error error)
{
    m_state = State::Failed;
    m_error = std::move(error);
    Step s;
    s.finished = true;
    s.timeoutMs = Step::kStopTimer;
    return s;
}

} // namespace dr
