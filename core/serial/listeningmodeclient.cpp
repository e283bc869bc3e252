// Listening-mode transport over a QIODevice. See listeningmodeclient.h.
#include "serial/listeningmodeclient.h"

#include "serial/moduleinspectionjson.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSerialPort>

namespace dr {

Q_LOGGING_CATEGORY(lcSerial, "dr.serial")

namespace {

// One translation context for the whole file, which lupdate sees too (it reads
// Q_DECLARE_TR_FUNCTIONS), whatever class or function the text is in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::ListeningModeClient)
};

Error portLostError(const QString &detail)
{
    return makeError(QString::fromLatin1(serialerror::PortLost), Tr::tr("The device's serial port went away."),
                     Tr::tr("The device was unplugged or reset. Reconnect it and try again."), detail);
}

} // namespace

ListeningModeClient::ListeningModeClient(QObject *parent) : QObject(parent), m_timeout(this), m_quiet(this)
{
    // The timers are children so that moveToThread() takes them along.
    m_timeout.setSingleShot(true);
    m_quiet.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ListeningModeClient::onTimeout);
    connect(&m_quiet, &QTimer::timeout, this, &ListeningModeClient::onQuiet);
}

ListeningModeClient::~ListeningModeClient()
{
    close();
}

Result<void> ListeningModeClient::openPort(const QString &portPath, qint32 baudRate)
{
    close();
    auto port = std::make_unique<QSerialPort>();
    port->setPortName(portPath); // a full path works too, and ptys are not in availablePorts()
    port->setBaudRate(baudRate);
    port->setDataBits(QSerialPort::Data8);
    port->setParity(QSerialPort::NoParity);
    port->setStopBits(QSerialPort::OneStop);
    port->setFlowControl(QSerialPort::NoFlowControl);
    if (!port->open(QIODevice::ReadWrite)) {
        const QString why = port->errorString();
        const bool denied = port->error() == QSerialPort::PermissionError;
        return makeError(QString::fromLatin1(serialerror::OpenFailed), Tr::tr("Cannot open the serial port %1.").arg(portPath),
                         denied ? Tr::tr("Another program may be using it, or you lack permission (on Linux, join the "
                                     "dialout group or install the udev rules).")
                                : Tr::tr("Check that the device is connected and the port name is right."),
                         why);
    }
    // USB CDC devices want DTR; a pty cannot set it ("Inappropriate ioctl"): not fatal.
    if (!port->setDataTerminalReady(true))
        qCDebug(lcSerial) << "DTR not supported on" << portPath << port->errorString();
    port->clearError();
    m_ownedPort = std::move(port);
    QSerialPort *raw = m_ownedPort.get();
    attach(raw);
    m_deviceConnections << connect(raw, &QSerialPort::errorOccurred, this, [this, raw](QSerialPort::SerialPortError e) {
        // ReadError on a pty whose master closed; ResourceError on a real USB unplug.
        if (e == QSerialPort::ResourceError || e == QSerialPort::ReadError || e == QSerialPort::WriteError)
            onPortError(portLostError(raw->errorString()));
    });
    return {};
}

void ListeningModeClient::attach(QIODevice *device)
{
    for (const auto &c : std::as_const(m_deviceConnections))
        disconnect(c);
    m_deviceConnections.clear();
    m_device = device;
    m_portLostReported = false;
    if (!device)
        return;
    m_deviceConnections << connect(device, &QIODevice::readyRead, this, &ListeningModeClient::onReadyRead);
    m_deviceConnections << connect(device, &QIODevice::bytesWritten, this, &ListeningModeClient::onBytesWritten);
    m_deviceConnections << connect(device, &QIODevice::readChannelFinished, this,
                                   [this] { onPortError(portLostError(QStringLiteral("read channel finished"))); });
    m_deviceConnections << connect(device, &QIODevice::aboutToClose, this, [this] {
        if (m_op != Op::None)
            onPortError(portLostError(QStringLiteral("the stream was closed")));
    });
}

void ListeningModeClient::close()
{
    if (m_op != Op::None)
        onPortError(makeError(QString::fromLatin1(serialerror::Cancelled), Tr::tr("The port was closed."),
                              QString(), QStringLiteral("close() during an operation")));
    for (const auto &c : std::as_const(m_deviceConnections))
        disconnect(c);
    m_deviceConnections.clear();
    if (m_ownedPort) {
        // The last bytes (a transfer's abort, 'a' or CA CA) must reach the device: closing drops
        // what is still buffered, and a receiver that never hears the abort stays in YModem for
        // its own timeouts (5 errors x 5 s), deaf to the console.
        if (m_ownedPort->isOpen() && m_ownedPort->bytesToWrite() > 0)
            m_ownedPort->waitForBytesWritten(500);
        m_ownedPort->close();
        m_ownedPort.reset();
    }
    m_device = nullptr;
}

bool ListeningModeClient::isOpen() const
{
    return m_device && m_device->isOpen();
}

bool ListeningModeClient::prepareOperation(Op op, ConsoleCommand command)
{
    if (m_op != Op::None) {
        const Error e = makeError(QString::fromLatin1(serialerror::Busy), Tr::tr("The serial port is busy with another operation."),
                                  Tr::tr("Wait for it to finish or cancel it."));
        if (op == Op::Transfer)
            Q_EMIT transferFailed(e);
        else
            Q_EMIT commandFailed(command, e);
        return false;
    }
    if (!isOpen()) {
        const Error e = makeError(QString::fromLatin1(serialerror::NotOpen), Tr::tr("The serial port is not open."),
                                  Tr::tr("Connect the device and open its port first."));
        if (op == Op::Transfer)
            Q_EMIT transferFailed(e);
        else
            Q_EMIT commandFailed(command, e);
        return false;
    }
    m_device->readAll(); // output from before the command is not part of its reply
    m_op = op;
    m_command = command;
    return true;
}

void ListeningModeClient::sendCommand(ConsoleCommand command, int timeoutMs)
{
    if (!prepareOperation(Op::Command, command))
        return;
    m_timeoutMs = timeoutMs >= 0 ? timeoutMs : m_options.commandTimeoutMs;
    m_parser.emplace(command);
    if (!writeBytes(QByteArray(1, consoleCommandChar(command))))
        return;
    m_timeout.start(m_timeoutMs);
    if (command == ConsoleCommand::ExitListening)
        m_quiet.start(m_options.quietMs); // no reply: done once the line stays quiet
}

void ListeningModeClient::inspectModules(int timeoutMs)
{
    if (!prepareOperation(Op::Inspect, ConsoleCommand::ModuleInfo))
        return;
    m_timeoutMs = timeoutMs >= 0 ? timeoutMs : m_options.inspectTimeoutMs;
    m_parser.emplace(ConsoleCommand::ModuleInfo);
    if (!writeBytes(QByteArray(1, consoleCommandChar(ConsoleCommand::ModuleInfo))))
        return;
    m_timeout.start(m_timeoutMs);
}

void ListeningModeClient::sendFile(const QByteArray &fileName, const QByteArray &data, const YmodemOptions &options)
{
    if (!prepareOperation(Op::Transfer, ConsoleCommand::DeviceId))
        return;
    m_sender = std::make_unique<YmodemSender>(fileName, data, options);
    m_stats = {};
    m_transferClock.start();
    m_flushedAtNs = -1;
    applyStep(m_sender->start());
}

void ListeningModeClient::cancel()
{
    switch (m_op) {
    case Op::None:
        return;
    case Op::Command:
    case Op::Inspect:
        failCommand(makeError(QString::fromLatin1(serialerror::Cancelled), Tr::tr("The command was cancelled.")));
        return;
    case Op::Transfer:
        applyStep(m_sender->abort());
        return;
    }
}

bool ListeningModeClient::writeBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    accountWaiting();
    m_flushedAtNs = -1;
    ++m_stats.writes;
    const qint64 n = m_device ? m_device->write(bytes) : -1;
    if (n != bytes.size()) {
        const Error e = makeError(QString::fromLatin1(serialerror::WriteFailed), Tr::tr("Writing to the serial port failed."),
                                  Tr::tr("Reconnect the device and try again."),
                                  m_device ? m_device->errorString() : QStringLiteral("no device"));
        onPortError(e);
        return false;
    }
    if (m_device->bytesToWrite() == 0) // unbuffered streams: gone already
        onBytesWritten();
    return true;
}

void ListeningModeClient::onBytesWritten()
{
    if (m_device && m_device->bytesToWrite() == 0 && m_flushedAtNs < 0 && m_transferClock.isValid())
        m_flushedAtNs = m_transferClock.nsecsElapsed();
}

// Time between "everything is written" and the next action counts as waiting for the device.
void ListeningModeClient::accountWaiting()
{
    if (m_op == Op::Transfer && m_flushedAtNs >= 0) {
        m_stats.waitingNs += m_transferClock.nsecsElapsed() - m_flushedAtNs;
        m_flushedAtNs = -1;
    }
}

void ListeningModeClient::onReadyRead()
{
    if (!m_device)
        return;
    const QByteArray bytes = m_device->readAll();
    if (bytes.isEmpty())
        return;
    switch (m_op) {
    case Op::None:
        qCDebug(lcSerial) << "unsolicited output:" << bytes.left(80);
        return;
    case Op::Command:
    case Op::Inspect: {
        const auto state = m_parser->feed(bytes);
        if (state == ConsoleReplyParser::State::Complete) {
            finishCommand();
        } else if (state == ConsoleReplyParser::State::Failed) {
            failCommand(m_parser->error());
        } else if (state == ConsoleReplyParser::State::CompleteIfQuiet || m_command == ConsoleCommand::ExitListening) {
            m_quiet.start(m_options.quietMs);
        }
        return;
    }
    case Op::Transfer:
        accountWaiting();
        applyStep(m_sender->onBytes(bytes));
        return;
    }
}

void ListeningModeClient::onQuiet()
{
    if ((m_op != Op::Command && m_op != Op::Inspect) || !m_parser)
        return;
    if (m_parser->quiet() == ConsoleReplyParser::State::Complete)
        finishCommand();
}

void ListeningModeClient::onTimeout()
{
    switch (m_op) {
    case Op::None:
        return;
    case Op::Command:
    case Op::Inspect:
        if (m_parser->quiet() == ConsoleReplyParser::State::Complete)
            finishCommand();
        else
            failCommand(m_parser->timeoutError(m_timeoutMs));
        return;
    case Op::Transfer:
        accountWaiting();
        applyStep(m_sender->onTimeout());
        return;
    }
}

void ListeningModeClient::finishCommand()
{
    m_timeout.stop();
    m_quiet.stop();
    const Op op = m_op;
    const ConsoleReply reply = m_parser->reply();
    m_op = Op::None;
    m_parser.reset();
    if (op == Op::Inspect) {
        auto inspection = ModuleInspectionJson::parse(reply.moduleJson);
        if (!inspection) {
            Q_EMIT commandFailed(ConsoleCommand::ModuleInfo, inspection.error());
            return;
        }
        Q_EMIT inspectionReceived(*inspection);
        return;
    }
    Q_EMIT replyReceived(reply);
}

void ListeningModeClient::failCommand(const Error &error)
{
    m_timeout.stop();
    m_quiet.stop();
    const ConsoleCommand command = m_command;
    m_op = Op::None;
    m_parser.reset();
    Q_EMIT commandFailed(command, error);
}

void ListeningModeClient::applyStep(const YmodemSender::Step &step)
{
    if (!step.write.isEmpty() && !writeBytes(step.write))
        return; // writeBytes already failed the transfer
    if (step.timeoutMs >= 0)
        m_timeout.start(step.timeoutMs);
    else if (step.timeoutMs == YmodemSender::Step::kStopTimer)
        m_timeout.stop();
    if (step.blockAcked)
        Q_EMIT transferProgress(m_sender->bytesAcked(), m_sender->fileSize());
    if (step.finished)
        finishTransfer();
}

void ListeningModeClient::finishTransfer()
{
    m_timeout.stop();
    accountWaiting();
    m_stats.elapsedNs = m_transferClock.nsecsElapsed();
    m_transferClock.invalidate();
    const auto result = m_sender->result();
    m_op = Op::None;
    m_sender.reset();
    if (result)
        Q_EMIT transferFinished(*result);
    else
        Q_EMIT transferFailed(result.error());
}

void ListeningModeClient::onPortError(const Error &error)
{
    switch (m_op) {
    case Op::None:
        break;
    case Op::Command:
    case Op::Inspect:
        failCommand(error);
        break;
    case Op::Transfer: {
        const auto step = m_sender->portLost(error);
        if (step.finished)
            finishTransfer();
        break;
    }
    }
    if (error.code == QLatin1String(serialerror::PortLost) && !m_portLostReported) {
        m_portLostReported = true;
        Q_EMIT portLost(error);
    }
}

} // namespace dr
