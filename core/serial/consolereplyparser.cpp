// Console reply parsing (reference 3.1). See consolereplyparser.h.
#include "serial/consolereplyparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dr {

namespace {

// One translation context for the whole file, which lupdate sees too (it reads
// Q_DECLARE_TR_FUNCTIONS), whatever class or function the text is in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::ConsoleReplyParser)
};

bool isHexDeviceId(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{24}$"));
    return re.match(QString::fromLatin1(text)).hasMatch();
}

// Printed label -> HAL key (Device OS system_setup.cpp renames these when it prints `i`).
QString keyForLabel(const QString &label)
{
    static const QList<QPair<QString, QString>> renames = {
        {QStringLiteral("IMEI"), QStringLiteral("imei")},
        {QStringLiteral("ICCID"), QStringLiteral("iccid")},
        {QStringLiteral("Serial Number"), QStringLiteral("sn")},
        {QStringLiteral("Device Secret"), QStringLiteral("ms")},
        {QStringLiteral("Cell Radio Version"), QStringLiteral("cellfw")},
    };
    for (const auto &r : renames)
        if (r.first == label)
            return r.second;
    return label;
}

QString printable(QByteArrayView bytes, int max = 80)
{
    QString out;
    for (const char c : bytes.first(qMin<qsizetype>(bytes.size(), max))) {
        const auto u = static_cast<quint8>(c);
        out += (u >= 0x20 && u < 0x7F) ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > max)
        out += QStringLiteral("...");
    return out;
}

} // namespace

ConsoleReplyParser::ConsoleReplyParser(ConsoleCommand command) : m_command(command)
{
    m_reply.command = command;
    if (command == ConsoleCommand::ExitListening)
        m_state = State::CompleteIfQuiet; // `x` has no reply; anything printed is noise
}

ConsoleReplyParser::State ConsoleReplyParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Complete || m_state == State::Failed)
        return m_state;
    m_bytesSeen += bytes.size();
    m_buffer.append(bytes.data(), bytes.size());
    if (m_command == ConsoleCommand::ModuleInfo)
        scanJson();
    else
        takeLines();
    return m_state;
}

ConsoleReplyParser::State ConsoleReplyParser::quiet()
{
    if (m_state == State::CompleteIfQuiet) {
        // An unterminated last line still belongs to the reply (a device may omit the final CRLF).
        if (m_command == ConsoleCommand::DeviceId && !m_buffer.trimmed().isEmpty()) {
            const QByteArray rest = m_buffer;
            m_buffer.clear();
            handleLine(rest);
        }
        if (m_state == State::CompleteIfQuiet)
            m_state = State::Complete;
    }
    return m_state;
}

void ConsoleReplyParser::fail(QString message, QString detail)
{
    m_state = State::Failed;
    m_error = makeError(QString::fromLatin1(serialerror::BadReply), std::move(message),
                        Tr::tr("Check that the port belongs to a Particle device in listening mode (blinking dark "
                           "blue), then try again."),
                        std::move(detail));
}

void ConsoleReplyParser::addStray(const QByteArray &line)
{
    if (m_reply.strayLines.size() < kMaxStrayLines)
        m_reply.strayLines.append(line);
}

void ConsoleReplyParser::addStrayText(const QByteArray &text)
{
    // Line by line (CR or LF ends one), each cut in pieces of kMaxLineLength from its start: the same
    // lines whether the text came in one read or many.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\r' && text[i] != '\n')
            continue;
        for (qsizetype at = start; at < i; at += kMaxLineLength) {
            const QByteArray piece = text.mid(at, qMin<qsizetype>(kMaxLineLength, i - at)).trimmed();
            if (!piece.isEmpty())
                addStray(piece);
        }
        start = i + 1;
    }
}

void ConsoleReplyParser::takeLines()
{
    for (;;) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < m_buffer.size(); ++i) {
            if (m_buffer[i] == '\r' || m_buffer[i] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            // Binary noise without line ends is set aside in pieces of kMaxLineLength, counted from
            // where the line began, so the pieces (and what follows them) do not depend on how the
            // bytes were split across reads.
            while (m_buffer.size() > kMaxLineLength) {
                addStray(m_buffer.left(kMaxLineLength));
                m_buffer.remove(0, kMaxLineLength);
            }
            return;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        while (line.size() > kMaxLineLength) { // the same pieces when the line end came in the same read
            addStray(line.left(kMaxLineLength));
            line.remove(0, kMaxLineLength);
        }
        if (!line.trimmed().isEmpty())
            handleLine(line);
        if (m_state == State::Complete || m_state == State::Failed)
            return;
    }
}

void ConsoleReplyParser::handleLine(const QByteArray &rawLine)
{
    const QByteArray line = rawLine.trimmed();
    switch (m_command) {
    case ConsoleCommand::DeviceId: {
        static const QByteArray shortForm("Your device id is ");
        static const QByteArray longForm("Device ID:");
        if (m_inKeyValues) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) { // not a key/value line: the reply has ended, this is other output
                addStray(rawLine);
                m_state = State::Complete;
                return;
            }
            const QString label = QString::fromUtf8(line.left(colon)).trimmed();
            const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
            m_reply.properties.append({keyForLabel(label), label, value});
            return;
        }
        if (line.startsWith(shortForm) || line.startsWith(longForm)) {
            const QByteArray id = line.mid(line.startsWith(shortForm) ? shortForm.size() : longForm.size()).trimmed();
            if (!isHexDeviceId(id))
                return fail(Tr::tr("The device's reply to 'i' has no valid device ID."),
                            QStringLiteral("expected 24 hex digits, got \"%1\"").arg(printable(id)));
            m_reply.deviceId = QString::fromLatin1(id).toLower();
            if (line.startsWith(shortForm)) {
                m_state = State::Complete;
            } else {
                m_inKeyValues = true;
                m_state = State::CompleteIfQuiet;
            }
            return;
        }
        addStray(rawLine);
        return;
    }
    case ConsoleCommand::SystemVersion: {
        static const QByteArray prefix("system firmware version:");
        if (!line.startsWith(prefix)) {
            addStray(rawLine);
            return;
        }
        QByteArray version = line.mid(prefix.size()).trimmed();
        static const QByteArray minimal(" minimal");
        if (version.endsWith(minimal)) {
            m_reply.minimalBuild = true;
            version.chop(minimal.size());
        }
        static const QRegularExpression re(QStringLiteral("^[0-9]+\\.[0-9]+\\.[0-9]+[0-9A-Za-z.+-]*$"));
        if (!re.match(QString::fromLatin1(version)).hasMatch())
            return fail(Tr::tr("The device's reply to 'v' has no valid version."),
                        QStringLiteral("got \"%1\"").arg(printable(line)));
        m_reply.systemVersion = QString::fromLatin1(version);
        m_state = State::Complete;
        return;
    }
    case ConsoleCommand::MacAddress: {
        static const QByteArray header("Your device MAC address is");
        static const QRegularExpression mac(QStringLiteral("^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$"));
        QByteArray candidate;
        if (line.startsWith(header)) {
            m_macHeaderSeen = true;
            candidate = line.mid(header.size()).trimmed();
            if (candidate.isEmpty())
                return;
        } else if (m_macHeaderSeen) {
            candidate = line;
        } else {
            addStray(rawLine);
            return;
        }
        if (!mac.match(QString::fromLatin1(candidate)).hasMatch())
            return fail(Tr::tr("The device's reply to 'm' has no valid MAC address."),
                        QStringLiteral("got \"%1\"").arg(printable(candidate)));
        m_reply.macAddress = QString::fromLatin1(candidate).toLower();
        m_state = State::Complete;
        return;
    }
    case ConsoleCommand::Claimed: {
        static const QByteArray prefix("Device claimed:");
        if (!line.startsWith(prefix)) {
            addStray(rawLine);
            return;
        }
        const QByteArray answer = line.mid(prefix.size()).trimmed().toLower();
        if (answer == "yes")
            m_reply.claimed = true;
        else if (answer == "no")
            m_reply.claimed = false;
        else
            return fail(Tr::tr("The device's reply to 'c' is neither yes nor no."),
                        QStringLiteral("got \"%1\"").arg(printable(line)));
        m_state = State::Complete;
        return;
    }
    case ConsoleCommand::ExitListening:
        addStray(rawLine);
        return;
    case ConsoleCommand::ModuleInfo:
        return; // handled byte-wise in scanJson()
    }
}

// Output before `end` that cannot start the reply any more: complete lines become stray lines, and a
// partial line longer than kMaxLineLength is cut in pieces from its start (as in takeLines()). Only a
// partial line stays, so the same bytes give the same stray lines however they were split.
void ConsoleReplyParser::setAsideLinesBefore(qsizetype end)
{
    const QByteArrayView head = QByteArrayView(m_buffer).first(end);
    const qsizetype lastEnd = qMax(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
    if (lastEnd >= 0) {
        addStrayText(m_buffer.left(lastEnd));
        m_buffer.remove(0, lastEnd + 1);
        end -= lastEnd + 1;
    }
    while (end > kMaxLineLength) {
        addStrayText(m_buffer.left(kMaxLineLength));
        m_buffer.remove(0, kMaxLineLength);
        end -= kMaxLineLength;
    }
}

// The `s` reply is one JSON object; log lines may come before it. Find `{` followed by `"` (or `}`),
// then match braces outside strings. The object itself is parsed by ModuleInspectionParser.
void ConsoleReplyParser::scanJson()
{
    while (m_jsonStart < 0) {
        const qsizetype brace = m_buffer.indexOf('{');
        if (brace < 0) {
            setAsideLinesBefore(m_buffer.size());
            return;
        }
        qsizetype next = brace + 1;
        while (next < m_buffer.size() && (m_buffer[next] == ' ' || m_buffer[next] == '\t' || m_buffer[next] == '\r' || m_buffer[next] == '\n'))
            ++next;
        if (next >= m_buffer.size()) { // need the next byte to decide
            setAsideLinesBefore(brace); // as if the brace had not come yet
            return;
        }
        if (m_buffer[next] != '"' && m_buffer[next] != '}') { // "{" inside a log line
            addStrayText(m_buffer.left(brace));
            m_buffer.remove(0, brace + 1);
            continue;
        }
        addStrayText(m_buffer.left(brace));
        m_buffer.remove(0, brace);
        m_jsonStart = 0;
        m_scanPos = 0;
        m_closers.clear();
        m_inString = false;
        m_escape = false;
    }

    for (; m_scanPos < m_buffer.size(); ++m_scanPos) {
        // Counted in bytes of the object, not of what one read brought: the verdict on a long object
        // must not depend on how it was split.
        if (m_scanPos >= kMaxJsonLength) {
            m_state = State::Failed;
            m_error = makeError(QString::fromLatin1(serialerror::ReplyTooLong),
                                Tr::tr("The device's reply to 's' never ends."),
                                Tr::tr("Reset the device, put it in listening mode (blinking dark blue) and try again."),
                                QStringLiteral("more than %1 bytes without the closing brace").arg(kMaxJsonLength));
            return;
        }
        const char c = m_buffer[m_scanPos];
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            if (m_closers.size() >= kMaxJsonDepth)
                return fail(Tr::tr("The device's reply to 's' is nested too deeply to be a module list."),
                            QStringLiteral("more than %1 levels at offset %2").arg(kMaxJsonDepth).arg(m_scanPos));
            m_closers.append(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (m_closers.isEmpty() || m_closers.back() != c)
                return fail(Tr::tr("The device's reply to 's' is not balanced JSON."),
                            QStringLiteral("unexpected '%1' at offset %2").arg(QLatin1Char(c)).arg(m_scanPos));
            m_closers.chop(1);
            if (m_closers.isEmpty()) {
                m_reply.moduleJson = m_buffer.left(m_scanPos + 1);
                m_buffer.remove(0, m_scanPos + 1);
                m_state = State::Complete;
                return;
            }
        }
    }
}

Error ConsoleReplyParser::timeoutError(int timeoutMs) const
{
    const QString command = consoleCommandName(m_command);
    if (m_bytesSeen == 0)
        return makeError(QString::fromLatin1(serialerror::NoReply),
                         Tr::tr("The device did not answer %1 within %2 s.").arg(command).arg(timeoutMs / 1000.0),
                         Tr::tr("Put the device in listening mode (hold MODE until it blinks dark blue), check the "
                            "cable, then try again."),
                         QStringLiteral("no bytes received"));
    QByteArrayList seen = m_reply.strayLines;
    if (!m_buffer.isEmpty())
        seen.append(m_buffer);
    return makeError(QString::fromLatin1(serialerror::NoMatchingReply),
                     Tr::tr("The device printed output but no reply to %1 within %2 s.").arg(command).arg(timeoutMs / 1000.0),
                     Tr::tr("The device may not be in listening mode. Hold MODE until it blinks dark blue, then try again."),
                     QStringLiteral("received %1 bytes; last output: \"%2\"")
                         .arg(m_bytesSeen)
                         .arg(printable(seen.isEmpty() ? QByteArray() : seen.constLast(), 120)));
}

} // namespace dr
