// The console reply parser (reference 3.1) over data tables: every reply form, stray log output
// before it, CR / LF / CRLF / LF CR line ends, byte-by-byte delivery, malformed replies.
#include "serial/consolereplyparser.h"

#include <QTest>

using namespace dr;

Q_DECLARE_METATYPE(dr::ConsoleCommand)

namespace {

// Feeds the input in pieces of `chunk` bytes (0 = all at once), then a quiet period.
ConsoleReplyParser run(ConsoleCommand command, const QByteArray &input, int chunk)
{
    ConsoleReplyParser parser(command);
    if (chunk <= 0) {
        parser.feed(input);
    } else {
        for (qsizetype i = 0; i < input.size(); i += chunk)
            parser.feed(QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i)));
    }
    parser.quiet();
    return parser;
}

} // namespace

class TestConsoleReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replies_data()
    {
        QTest::addColumn<ConsoleCommand>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field"); // what the reply must hold, as "name=value"
        const auto I = ConsoleCommand::DeviceId;
        const auto V = ConsoleCommand::SystemVersion;
        const auto S = ConsoleCommand::ModuleInfo;
        const auto M = ConsoleCommand::MacAddress;
        const auto C = ConsoleCommand::Claimed;
        const auto X = ConsoleCommand::ExitListening;

        QTest::newRow("i photon form") << I << QByteArray("Your device id is 3A001C000E47343432313031\r\n")
                                       << "id=3a001c000e47343432313031";
        QTest::newRow("i photon LF only") << I << QByteArray("Your device id is 3a001c000e47343432313031\n")
                                          << "id=3a001c000e47343432313031";
        QTest::newRow("i photon CR only") << I << QByteArray("Your device id is 3a001c000e47343432313031\r")
                                          << "id=3a001c000e47343432313031";
        QTest::newRow("i key/value form") << I
                                          << QByteArray("Device ID: e00fce68ffffffffffffffff\r\nIMEI: 352753090000000\r\n"
                                                        "ICCID: 89014103271000000000\r\nCell Radio Version: 02.08\r\n")
                                          << "id=e00fce68ffffffffffffffff;imei=352753090000000;iccid=89014103271000000000;cellfw=02.08";
        QTest::newRow("i key/value, serial number renamed") << I
                                          << QByteArray("Device ID: e00fce68ffffffffffffffff\r\nSerial Number: P046AB0000000\r\n")
                                          << "id=e00fce68ffffffffffffffff;sn=P046AB0000000";
        QTest::newRow("i key/value LF CR") << I << QByteArray("Device ID: e00fce68ffffffffffffffff\n\rIMEI: 1\n\r")
                                           << "id=e00fce68ffffffffffffffff;imei=1";
        QTest::newRow("i after log lines") << I
                                           << QByteArray("0000012345 [app] INFO: hello\r\n\r\nYour device id is 3a001c000e47343432313031\r\n")
                                           << "id=3a001c000e47343432313031;stray=1";
        QTest::newRow("i key/value without final line end") << I
                                           << QByteArray("Device ID: e00fce68ffffffffffffffff\r\nIMEI: 352753090000000")
                                           << "id=e00fce68ffffffffffffffff;imei=352753090000000";
        QTest::newRow("v") << V << QByteArray("system firmware version: 2.2.0\n\r\n") << "version=2.2.0";
        QTest::newRow("v prerelease") << V << QByteArray("system firmware version: 5.0.0-alpha.1\r\n") << "version=5.0.0-alpha.1";
        QTest::newRow("v minimal") << V << QByteArray("system firmware version: 0.7.0 minimal\r\n") << "version=0.7.0;minimal=1";
        QTest::newRow("v after noise") << V << QByteArrayLiteral("\x00\xff garbage\r\nsystem firmware version: 1.5.2\r\n")
                                       << "version=1.5.2;stray=1";
        QTest::newRow("s") << S << QByteArray("{\"p\":6,\"m\":[]}\r\n") << "json={\"p\":6,\"m\":[]}";
        QTest::newRow("s braces in strings") << S << QByteArray("{\"p\":6,\"x\":\"}{\\\"\",\"m\":[]}\r\n")
                                             << "json={\"p\":6,\"x\":\"}{\\\"\",\"m\":[]}";
        QTest::newRow("s after log with brace") << S << QByteArray("log {not json} here\r\n{\"p\":13,\"m\":[{\"d\":[]}]}\r\n")
                                                << "json={\"p\":13,\"m\":[{\"d\":[]}]};stray=1";
        QTest::newRow("m") << M << QByteArray("Your device MAC address is\r\nAA:bb:cc:dd:ee:ff\r\n") << "mac=aa:bb:cc:dd:ee:ff";
        QTest::newRow("m one line") << M << QByteArray("Your device MAC address is 00:11:22:33:44:55\r\n") << "mac=00:11:22:33:44:55";
        QTest::newRow("c yes") << C << QByteArray("Device claimed: yes\r\n") << "claimed=1";
        QTest::newRow("c no") << C << QByteArray("Device claimed: no\r\n") << "claimed=0";
        QTest::newRow("x no reply") << X << QByteArray() << "";
        QTest::newRow("x with output") << X << QByteArray("bye\r\n") << "stray=1";
    }

    void replies()
    {
        QFETCH(ConsoleCommand, command);
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        for (const int chunk : {0, 1, 2, 7}) {
            const ConsoleReplyParser parser = run(command, input, chunk);
            QVERIFY2(parser.state() == ConsoleReplyParser::State::Complete,
                     qPrintable(QStringLiteral("chunk %1: state %2 %3").arg(chunk).arg(int(parser.state())).arg(parser.error().detail)));
            const ConsoleReply &r = parser.reply();
            for (const QString &pair : field.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString name = pair.section(QLatin1Char('='), 0, 0);
                const QString value = pair.section(QLatin1Char('='), 1);
                if (name == QLatin1String("id"))
                    QCOMPARE(r.deviceId, value);
                else if (name == QLatin1String("version"))
                    QCOMPARE(r.systemVersion, value);
                else if (name == QLatin1String("minimal"))
                    QCOMPARE(r.minimalBuild, value == QLatin1String("1"));
                else if (name == QLatin1String("json"))
                    QCOMPARE(QString::fromLatin1(r.moduleJson), value);
                else if (name == QLatin1String("mac"))
                    QCOMPARE(r.macAddress, value);
                else if (name == QLatin1String("claimed"))
                    QCOMPARE(r.claimed, std::optional<bool>(value == QLatin1String("1")));
                else if (name == QLatin1String("stray"))
                    QCOMPARE(r.strayLines.size() >= 1, value == QLatin1String("1"));
                else
                    QCOMPARE(r.property(name), std::optional<QString>(value));
            }
        }
    }

    // The photon form ends the reply at its line end; the key/value form needs the quiet period.
    void completesWithoutQuietOnlyWhenTerminated()
    {
        ConsoleReplyParser shortForm(ConsoleCommand::DeviceId);
        QCOMPARE(shortForm.feed("Your device id is 3a001c000e47343432313031\r\n"), ConsoleReplyParser::State::Complete);
        ConsoleReplyParser longForm(ConsoleCommand::DeviceId);
        QCOMPARE(longForm.feed("Device ID: e00fce68ffffffffffffffff\r\n"), ConsoleReplyParser::State::CompleteIfQuiet);
        QCOMPARE(longForm.quiet(), ConsoleReplyParser::State::Complete);
        ConsoleReplyParser partial(ConsoleCommand::SystemVersion);
        QCOMPARE(partial.feed("system firmware vers"), ConsoleReplyParser::State::NeedMore);
        QCOMPARE(partial.quiet(), ConsoleReplyParser::State::NeedMore);
    }

    void malformed_data()
    {
        QTest::addColumn<ConsoleCommand>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("i short id") << ConsoleCommand::DeviceId << QByteArray("Your device id is 1234\r\n") << "serial.bad-reply";
        QTest::newRow("i not hex") << ConsoleCommand::DeviceId << QByteArray("Device ID: zz0fce68ffffffffffffffff\r\n") << "serial.bad-reply";
        QTest::newRow("v no version") << ConsoleCommand::SystemVersion << QByteArray("system firmware version: banana\r\n") << "serial.bad-reply";
        QTest::newRow("m bad mac") << ConsoleCommand::MacAddress << QByteArray("Your device MAC address is\r\n00:11:22\r\n") << "serial.bad-reply";
        QTest::newRow("c maybe") << ConsoleCommand::Claimed << QByteArray("Device claimed: maybe\r\n") << "serial.bad-reply";
        QTest::newRow("s unbalanced") << ConsoleCommand::ModuleInfo << QByteArray("{\"p\":1,\"m\":]}\r\n") << "serial.bad-reply";
        QTest::newRow("s endless") << ConsoleCommand::ModuleInfo
                                   << (QByteArray("{\"m\":[") + QByteArray(ConsoleReplyParser::kMaxJsonLength + 10, '1'))
                                   << "serial.reply-too-long";
    }
    void malformed()
    {
        QFETCH(ConsoleCommand, command);
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        const ConsoleReplyParser parser = run(command, input, 0);
        QCOMPARE(parser.state(), ConsoleReplyParser::State::Failed);
        QCOMPARE(parser.error().code, code);
        QVERIFY(!parser.error().message.isEmpty());
        QVERIFY(!parser.error().remedy.isEmpty());
    }

    void timeoutErrors()
    {
        ConsoleReplyParser silent(ConsoleCommand::SystemVersion);
        QCOMPARE(silent.timeoutError(3000).code, QStringLiteral("serial.no-reply"));
        ConsoleReplyParser chatty(ConsoleCommand::SystemVersion);
        chatty.feed("some log line\r\n");
        const Error e = chatty.timeoutError(3000);
        QCOMPARE(e.code, QStringLiteral("serial.no-matching-reply"));
        QVERIFY(e.detail.contains(QLatin1String("some log line")));
    }

    // Found by fuzz_console_replies: log lines before the `s` object came back as one stray line when
    // they arrived in the same read as the object, line by line when they came earlier.
    void strayLinesDoNotDependOnHowBytesAreSplit_data()
    {
        QTest::addColumn<ConsoleCommand>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("s log lines before the object")
            << ConsoleCommand::ModuleInfo << QByteArray("0000012345 [system] INFO: one\r\nlog two\r{\"p\":6,\"m\":[]}\r\n");
        QTest::newRow("s fuzz input") << ConsoleCommand::ModuleInfo
                                      << QByteArray::fromBase64(
                                             "MDAwMDAxMjM0NSBbc3lzdGVtXSBJTkZPOiBFbnRlcmluZyBsaXN0ZW5pbmcgbW9kZQADMDAwMDAxMjM0NSBbc3lzdGV"
                                             "tXSBJTkZPOiBFbnRlcmluZyBsaXN0ZQ0Ke25pbmcgbW9kZQ0KInAiOjEzLERldmljZQAAAAAAAAAAAAAAAAAAAAAAAAAA"
                                             "AAAAAAAAImltIjpbXX0sew0icyI6NjcxNzQ0LA==");
        QTest::newRow("s brace is the last byte")
            << ConsoleCommand::ModuleInfo << QByteArray(",,,,,\0\0\0\0\0\0\0\n,,,\x02no{", 20);
        QTest::newRow("s long noise line before the object")
            << ConsoleCommand::ModuleInfo << (QByteArray(9000, 'z') + "\n{\"p\":6,\"m\":[]}\r\n");
        QTest::newRow("i long noise line before the reply")
            << ConsoleCommand::DeviceId << (QByteArray(9000, 'z') + "Your device id is 3a001c000e47343432313031\r\n");
        QTest::newRow("v long noise without line end")
            << ConsoleCommand::SystemVersion << (QByteArray(5000, 'z') + "system firmware version: 2.2.0\n\r\n");
    }
    void strayLinesDoNotDependOnHowBytesAreSplit()
    {
        QFETCH(ConsoleCommand, command);
        QFETCH(QByteArray, input);
        const ConsoleReplyParser whole = run(command, input, 0);
        for (const int chunk : {1, 14, 64, 4097}) {
            const ConsoleReplyParser pieces = run(command, input, chunk);
            QCOMPARE(pieces.state(), whole.state());
            QCOMPARE(pieces.reply().strayLines, whole.reply().strayLines);
            QCOMPARE(pieces.reply().deviceId, whole.reply().deviceId);
            QCOMPARE(pieces.reply().systemVersion, whole.reply().systemVersion);
            QCOMPARE(pieces.reply().moduleJson, whole.reply().moduleJson);
        }
    }

    // Binary noise without line ends cannot grow the buffer without bound.
    void noiseIsBounded()
    {
        ConsoleReplyParser parser(ConsoleCommand::SystemVersion);
        for (int i = 0; i < 100; ++i)
            parser.feed(QByteArray(1000, 'z'));
        QCOMPARE(parser.feed("\r\nsystem firmware version: 2.2.0\r\n"), ConsoleReplyParser::State::Complete);
        QCOMPARE(parser.reply().systemVersion, QStringLiteral("2.2.0"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleReplyParser)
#include "tst_consolereplyparser.moc"
