// Talks to a device in listening mode over its USB serial port: the console commands (i, v, s, m,
// c, x) and YModem file transfers. Asynchronous: it never blocks or waits for bytes; results come
// back as signals. Every operation has a timeout and can be cancelled. One operation at a time.
//
// It works over any QIODevice: the QSerialPort it opens itself (openPort) or a stream given to it
// (attach), e.g. an in-process virtual device. Keep it on the thread that owns the device; to keep
// serial I/O off the GUI thread, move the client to a worker QThread and call openPort() there.
// The protocol logic lives in ConsoleReplyParser and YmodemSender; this class is the thin transport.
#pragma once

#include "common/result.h"
#include "serial/consolecommand.h"
#include "serial/consolereplyparser.h"
#include "serial/moduleinspection.h"
#include "serial/ymodemsender.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QSerialPort;

namespace dr {

namespace serialerror {
inline constexpr char Busy[] = "serial.busy";
inline constexpr char NotOpen[] = "serial.not-open";
inline constexpr char OpenFailed[] = "serial.open-failed";
inline constexpr char WriteFailed[] = "serial.write-failed";
} // namespace serialerror

// How a transfer spent its time, for benchmarks and the log.
struct YmodemTransferStats
{
    qint64 elapsedNs = 0; // from the first byte written to the end
    qint64 waitingNs = 0; // with everything written, waiting for the device's answer
    int writes = 0;       // blocks and control bytes written
};

class ListeningModeClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int commandTimeoutMs = 3000;  // i, v, m, c, x
        int inspectTimeoutMs = 5000;  // s: the largest reply
        int quietMs = 200;            // no bytes for this long ends a reply that has no end marker
    };

    explicit ListeningModeClient(QObject *parent = nullptr);
    ~ListeningModeClient() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Opens a serial port by path or name ("/dev/ttyACM0", "COM3", a pty such as "/dev/pts/4").
    // Any baud rate works for the console (reference 3.1); the magic ones are in SerialModeSwitch.
    // DTR is raised where the port supports it; a port that does not (a pty) is not an error.
    Result<void> openPort(const QString &portPath, qint32 baudRate = 9600);
    // Uses a stream owned by someone else (it must stay alive until close() or destruction).
    void attach(QIODevice *device);
    void close();
    bool isOpen() const;
    bool busy() const { return m_op != Op::None; }
    QIODevice *device() const { return m_device; }

    YmodemTransferStats lastTransferStats() const { return m_stats; }

public Q_SLOTS:
    // replyReceived or commandFailed. timeoutMs < 0: the option's default.
    void sendCommand(dr::ConsoleCommand command, int timeoutMs = -1);
    // `s`, parsed: inspectionReceived or commandFailed(ModuleInfo, ...).
    void inspectModules(int timeoutMs = -1);
    // `f` + YModem: transferProgress..., then transferFinished or transferFailed.
    void sendFile(const QByteArray &fileName, const QByteArray &data, const dr::YmodemOptions &options = {});
    // Ends the running operation: a command fails with serial.cancelled; a transfer sends CA CA after
    // the block in flight and fails with serial.cancelled once the device confirms (or after a short grace).
    void cancel();

Q_SIGNALS:
    void replyReceived(const dr::ConsoleReply &reply);
    void inspectionReceived(const dr::ModuleInspection &inspection);
    void commandFailed(dr::ConsoleCommand command, const dr::Error &error);
    void transferProgress(qint64 bytesAcked, qint64 bytesTotal);
    void transferFinished(const dr::YmodemOutcome &outcome);
    void transferFailed(const dr::Error &error);
    // The port went away (unplug, reset): emitted once, after the running operation has failed.
    void portLost(const dr::Error &error);

private:
    enum class Op { None, Command, Inspect, Transfer };

    bool prepareOperation(Op op, ConsoleCommand command);
    void onReadyRead();
    void onQuiet();
    void onTimeout();
    void onPortError(const Error &error);
    void finishCommand();
    void failCommand(const Error &error);
    void applyStep(const YmodemSender::Step &step);
    void finishTransfer();
    bool writeBytes(const QByteArray &bytes);
    void onBytesWritten();
    void accountWaiting();

    Options m_options;
    QPointer<QIODevice> m_device;
    std::unique_ptr<QSerialPort> m_ownedPort;
    QList<QMetaObject::Connection> m_deviceConnections;
    Op m_op = Op::None;
    ConsoleCommand m_command = ConsoleCommand::DeviceId;
    int m_timeoutMs = 0;
    std::optional<ConsoleReplyParser> m_parser;
    std::unique_ptr<YmodemSender> m_sender;
    QTimer m_timeout;
    QTimer m_quiet;
    bool m_portLostReported = false;

    YmodemTransferStats m_stats;
    QElapsedTimer m_transferClock;
    qint64 m_flushedAtNs = -1; // when the last write left our buffer; -1 while bytes are pending
};

} // namespace dr
