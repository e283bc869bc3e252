// Turns the bytes a device prints after one console command into a ConsoleReply. Pure: fed bytes
// as they arrive (any split, CR, LF, CRLF or LF CR line ends, stray log lines before the reply);
// the transport owns the timers. Replies without an end marker (the key/value form of `i`, `x`)
// complete when the transport reports a quiet period.
#pragma once

#include "common/result.h"
#include "serial/consolecommand.h"

#include <QByteArray>
#include <QByteArrayView>

namespace dr {

namespace serialerror {
inline constexpr char BadReply[] = "serial.bad-reply";           // the reply is there but malformed
inline constexpr char ReplyTooLong[] = "serial.reply-too-long";  // no end in sight: not our reply
inline constexpr char NoReply[] = "serial.no-reply";             // silence until the timeout
inline constexpr char NoMatchingReply[] = "serial.no-matching-reply"; // output, but never the reply
} // namespace serialerror

class ConsoleReplyParser
{
public:
    enum class State {
        NeedMore,        // keep feeding
        CompleteIfQuiet, // a reply is there; more lines may still belong to it
        Complete,        // reply() is final
        Failed,          // error() says why
    };

    static constexpr qsizetype kMaxLineLength = 4096;       // longer unterminated "lines" are noise
    static constexpr qsizetype kMaxJsonLength = 256 * 1024; // far above any real `s` reply
    static constexpr int kMaxStrayLines = 64;
    static constexpr int kMaxJsonDepth = 64;                 // the real reply nests 4 deep

    explicit ConsoleReplyParser(ConsoleCommand command);

    State feed(QByteArrayView bytes);
    // The transport saw no bytes for its quiet period: CompleteIfQuiet becomes Complete.
    State quiet();
    // The transport gave up waiting (timeout): the error to report, naming what was seen.
    Error timeoutError(int timeoutMs) const;

    State state() const { return m_state; }
    const ConsoleReply &reply() const { return m_reply; }
    const Error &error() const { return m_error; }
    bool sawAnyBytes() const { return m_bytesSeen > 0; }

private:
    void takeLines();
    void handleLine(const QByteArray &line);
    void scanJson();
    void fail(QString message, QString detail);
    void addStray(const QByteArray &line);
    void addStrayText(const QByteArray &text); // output that is not the reply, split into lines
    void setAsideLinesBefore(qsizetype end);

    ConsoleCommand m_command;
    State m_state = State::NeedMore;
    ConsoleReply m_reply;
    Error m_error;
    QByteArray m_buffer;
    qint64 m_bytesSeen = 0;
    bool m_inKeyValues = false; // i: after "Device ID:"
    bool m_macHeaderSeen = false;
    // s: JSON scanning state
    qsizetype m_jsonStart = -1;
    qsizetype m_scanPos = 0;
    QByteArray m_closers; // the brackets still open, as the characters that close them
    bool m_inString = false;
    bool m_escape = false;
};

} // namespace dr
