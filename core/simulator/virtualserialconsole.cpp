// The virtual device's serial console on a pty. See virtualserialconsole.h.
#include "simulator/virtualserialconsole.h"

#include "common/blockingcall.h"
#include "serial/linuxlinecoding.h"
#include "serial/ymodem.h"
#include "simulator/consolereplies.h"
#include "version/semver.h"

#include <QFile>
#include <QMutexLocker>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <utility>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#if defined(Q_OS_MACOS)
#include <util.h>
#else
#include <pty.h>
#endif
#define DR_HAVE_PTY 1
#endif

namespace dr::sim {

VirtualSerialConsole::VirtualSerialConsole(std::shared_ptr<VirtualDevice> device, Options options, QObject *parent)
    : QObject(parent), m_device(std::move(device)), m_options(std::move(options)), m_baudTimer(this)
{
    // The timer is a child so that moveToThread() takes it along.
    connect(&m_baudTimer, &QTimer::timeout, this, &VirtualSerialConsole::pollBaudRate);
    VirtualDevice *d = m_device.get();
    connect(d, &VirtualDevice::aboutToReset, this, [this] { destroyPty(); });
    connect(d, &VirtualDevice::unplugged, this, [this] { destroyPty(); });
    connect(d, &VirtualDevice::resetCompleted, this, [this](DeviceMode mode) {
        if (m_closing)
            return;
        // A device that reset stops any transfer; it shows a serial port again unless in DFU.
        m_silent = false;
        m_updateBlocked = false;
        if (mode != DeviceMode::Dfu && m_device->isAttached() && !portOpen()) {
            if (const auto created = createPort(); !created)
                qWarning("virtual serial console: %s", qPrintable(created.error().text() + QLatin1Char(' ') + created.error().detail));
        }
    });
}

VirtualSerialConsole::~VirtualSerialConsole()
{
    close();
}

Result<void> VirtualSerialConsole::open()
{
    m_closing = false;
    if (portOpen())
        return {};
    if (m_device->mode() == DeviceMode::Dfu)
        return makeError(QStringLiteral("sim.serial-in-dfu"), QStringLiteral("A device in DFU mode has no serial port."));
    return createPort();
}

std::unique_ptr<QIODevice> VirtualSerialConsole::openHostStream() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_channel || m_channel->isClosed())
        return {};
    return std::make_unique<SerialStreamEnd>(m_channel, 0);
}

Result<void> VirtualSerialConsole::createPort()
{
    if (m_options.transport == Transport::Pty)
        return createPty();
    auto channel = SerialStreamChannel::create();
    m_deviceEnd = std::make_unique<SerialStreamEnd>(channel, 1);
    connect(m_deviceEnd.get(), &QIODevice::readyRead, this, &VirtualSerialConsole::onStreamReadable);
    m_outBuffer.clear();
    dropSession();
    m_refusing = false;
    m_heldInput.clear();
    m_lineReader = nullptr;
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        m_channel = channel;
        ++m_generation;
        m_slavePath = name = QStringLiteral("in-process:%1").arg(m_generation);
    }
    Q_EMIT portAppeared(name);
    return {};
}

void VirtualSerialConsole::close()
{
    m_closing = true;
    destroyPty();
    if (!m_options.linkPath.isEmpty())
        QFile::remove(m_options.linkPath);
}

QString VirtualSerialConsole::portPath() const
{
    if (!m_options.linkPath.isEmpty())
        return m_options.linkPath;
    return slavePath();
}

QString VirtualSerialConsole::slavePath() const
{
    QMutexLocker lock(&m_mutex);
    return m_slavePath;
}

bool VirtualSerialConsole::portPresent() const
{
    return !slavePath().isEmpty();
}

int VirtualSerialConsole::ptyGeneration() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

Result<void> VirtualSerialConsole::createPty()
{
#ifndef DR_HAVE_PTY
    return makeError(QStringLiteral("sim.pty"), QStringLiteral("Pseudo-terminals need a Unix system."),
                     QStringLiteral("Use the in-process transport."));
#else
    char name[256] = {};
    termios raw{};
    cfmakeraw(&raw);
    int master = -1, slave = -1;
    if (::openpty(&master, &slave, name, &raw, nullptr) != 0)
        return makeError(QStringLiteral("sim.pty"), QStringLiteral("Cannot create a pseudo-terminal."),
                         QString(), QString::fromLocal8Bit(strerror(errno)));
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    m_master = master;
    m_slave = slave; // kept open: otherwise the master sees EIO/HUP whenever the host closes
    m_outBuffer.clear();
    dropSession();
    m_refusing = false;
    m_heldInput.clear();
    m_lineReader = nullptr;
    m_lastBaud = linuxtty::readBaudRate(slave);

    const QString path = QString::fromLocal8Bit(name);
    if (!m_options.linkPath.isEmpty()) {
        // Re-point the stable name atomically, as udev does for /dev/serial/by-id.
        const QByteArray link = QFile::encodeName(m_options.linkPath);
        const QByteArray tmp = link + ".new";
        ::unlink(tmp.constData());
        if (::symlink(name, tmp.constData()) != 0 || ::rename(tmp.constData(), link.constData()) != 0) {
            destroyPty();
            return makeError(QStringLiteral("sim.pty"), QStringLiteral("Cannot create the link %1.").arg(m_options.linkPath),
                             QString(), QString::fromLocal8Bit(strerror(errno)));
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        m_slavePath = path;
        ++m_generation;
    }
    m_readNotifier = std::make_unique<QSocketNotifier>(master, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &VirtualSerialConsole::onReadable);
    m_writeNotifier = std::make_unique<QSocketNotifier>(master, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &VirtualSerialConsole::onWritable);
    m_baudTimer.start(m_options.baudPollMs);
    Q_EMIT portAppeared(path);
    return {};
#endif
}

void VirtualSerialConsole::destroyPty()
{
    if (!portOpen())
        return;
    m_baudTimer.stop();
    m_readNotifier.reset();
    m_writeNotifier.reset();
#ifdef DR_HAVE_PTY
    if (m_master >= 0) {
        // Closing the master is the port vanishing: the host's reads fail (ReadError on a pty).
        ::close(m_master);
        ::close(m_slave);
        m_master = m_slave = -1;
    }
#endif
    if (m_deviceEnd) {
        m_deviceEnd->disconnect(this);
        m_deviceEnd.reset();
    }
    {
        QMutexLocker lock(&m_mutex);
        if (m_channel)
            m_channel->close(); // the host end reports the end of the stream
        m_channel.reset();
    }
    m_outBuffer.clear();
    dropSession(); // a transfer in progress is dropped
    {
        QMutexLocker lock(&m_mutex);
        m_slavePath.clear();
    }
    Q_EMIT portVanished();
}

void VirtualSerialConsole::send(const QByteArray &bytes)
{
    if (!portOpen() || bytes.isEmpty())
        return;
    QByteArray out = bytes;
    if (m_device->takeFault(FaultKind::GarbledBytes)) {
        for (char &c : out)
            c = char(c ^ 0x5A);
    }
    if (m_deviceEnd) {
        m_deviceEnd->write(out);
        return;
    }
    m_outBuffer.append(out);
    onWritable();
}

void VirtualSerialConsole::onWritable()
{
#ifdef DR_HAVE_PTY
    while (m_master >= 0 && !m_outBuffer.isEmpty()) {
        const ssize_t n = ::write(m_master, m_outBuffer.constData(), size_t(m_outBuffer.size()));
        if (n > 0) {
            m_outBuffer.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EAGAIN: the pty buffer (about 4 KiB) is full; wait for the write notifier
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_outBuffer.isEmpty());
#endif
}

void VirtualSerialConsole::onStreamReadable()
{
    if (m_deviceEnd)
        processInput(m_deviceEnd->readAll());
}

void VirtualSerialConsole::onReadable()
{
#ifdef DR_HAVE_PTY
    QByteArray in;
    char buffer[4096];
    while (m_master >= 0) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            in.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    processInput(in);
#endif
}

void VirtualSerialConsole::processInput(const QByteArray &in)
{
    if (in.isEmpty())
        return;
    m_device->accountTransfer(quint64(in.size())); // USB time; sleeps when the timing model is on
    if (!m_silent && m_device->takeFault(FaultKind::Silence)) {
        m_silent = true;
        if (m_session)
            m_session->freeze();
    }
    if (m_silent || !portOpen())
        return;
    if (m_refusing)
        m_heldInput += in;
    else if (transferRunning())
        m_session->feed(in);
    else
        handleConsoleBytes(in);
}

const ConsoleBehaviour &VirtualSerialConsole::behaviour() const
{
    const auto version = SemVer::parse(m_device->systemVersionString());
    return consoleBehaviourFor(version ? *version : SemVer(999, 0, 0));
}

void VirtualSerialConsole::handleConsoleBytes(QByteArray bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (m_device->mode() != DeviceMode::Listening)
            return; // a running application owns the port: the console does not answer
        const char c = bytes[i];
        if (m_lineReader) {
            if (readLineByte(c)) // read_line eats what else is waiting once the line is complete
                return;
            continue;
        }
        if ((c == ymodem::SOH || c == ymodem::STX) && behaviour().ymodem) {
            // handle_peek: a block start enters the receiver without the prompt
            startSession();
            m_session->feed(QByteArrayView(bytes).sliced(i));
            return;
        }
        handleCommand(c);
        if (m_refusing) { // 'f' on Device OS 6: the rest waits until the refusal is out
            m_heldInput += bytes.mid(i + 1);
            return;
        }
        if (transferRunning()) { // 'f' started it: the rest is the transfer
            if (i + 1 < bytes.size())
                m_session->feed(QByteArrayView(bytes).sliced(i + 1));
            return;
        }
        if (!portOpen())
            return;
    }
}

// SystemSetupConsole::read_line: echoes what is typed, ends at CR or LF (or when full). True when
// the line is complete (its reader has run).
bool VirtualSerialConsole::readLineByte(char c)
{
    if (c == '\r' || c == '\n' || m_line.size() >= m_lineMax) {
        const QByteArray line = std::exchange(m_line, QByteArray());
        const auto reader = std::exchange(m_lineReader, nullptr);
        reader(line);
        return true;
    }
    if (c == 8 || c == 127) {
        if (!m_line.isEmpty()) {
            m_line.chop(1);
            send("\b \b");
        }
        return false;
    }
    m_line.append(c);
    send(QByteArray(1, c));
    return false;
}

void VirtualSerialConsole::prompt(const QByteArray &text, int maxLength, std::function<void(const QByteArray &)> then)
{
    send(text);
    m_line.clear();
    m_lineMax = maxLength;
    m_lineReader = std::move(then);
}

void VirtualSerialConsole::handleCommand(char c)
{
    const ConsoleBehaviour &b = behaviour();
    switch (c) {
    case 'i':
        send(consolereplies::deviceId(*m_device, m_options.identity));
        return;
    case 'v':
        send("system firmware version: " + m_device->systemVersionString().toLatin1() + "\n\r\n");
        return;
    case 's':
        send(consolereplies::moduleJson(*m_device, b));
        return;
    case 'm':
        send(consolereplies::macAddress(*m_device));
        return;
    case 'c':
        send(consolereplies::claimed(*m_device));
        return;
    case 'C':
        promptClaimCode();
        return;
    case 'd':
        if (b.diagnostics)
            send(consolereplies::diagnostics(*m_device));
        return;
    case 'w':
        if (m_device->platform().connectivity.contains(QLatin1String("wifi")))
            promptWifiCredentials();
        return;
    case 'L':
        // SYSTEM_FLAG_STARTUP_LISTEN_MODE, then a reset into safe mode, which starts listening.
        m_device->resetDevice(DeviceMode::Listening);
        return;
    case 'x':
        m_device->stopListening();
        return;
    case 'f': {
        send("Waiting for the binary file to be sent ... (press 'a' to abort)\r\n");
        if (!b.ymodem) {
            // Device OS 6.x: system_ymodem.cpp is gone; it refuses after a 100 ms pause. The console
            // is busy meanwhile: what the host sends is read as commands only afterwards.
            m_refusing = true;
            const int generation = ptyGeneration();
            QTimer::singleShot(100, this, [this, generation] {
                if (ptyGeneration() != generation || !portOpen())
                    return;
                send(QByteArray(4, ymodem::CA) + "Serial/YModem flashing is no longer supported\r\n");
                m_refusing = false;
                const QByteArray pending = std::exchange(m_heldInput, QByteArray());
                handleConsoleBytes(pending);
            });
            return;
        }
        startSession();
        return;
    }
    default:
        return; // unknown commands are ignored, as on the device
    }
}

void VirtualSerialConsole::promptClaimCode()
{
    prompt("Enter 63-digit claim code: ", consolereplies::kClaimCodeLength, [this](const QByteArray &code) {
        if (code.size() == consolereplies::kClaimCodeLength && consolereplies::setClaimCode(*m_device, code).ok())
            send("Claim code set to: " + code + "\r\n");
        else
            send("Sorry, claim code is not 63 characters long. Claim code unchanged.\r\n");
    });
}

void VirtualSerialConsole::promptWifiCredentials()
{
    // WiFiSetupConsole: SSID, security, cipher (WPA/WPA2), password; then it saves and connects.
    prompt("SSID: ", 32, [this](const QByteArray &) {
        prompt("Security 0=unsecured, 1=WEP, 2=WPA, 3=WPA2: ", 1, [this](const QByteArray &security) {
            const int kind = security.toInt();
            auto finish = [this] {
                send("Thanks! Wait while I save those credentials...\r\n\r\nAwesome. Now we'll connect!\r\n\r\n"
                     "    Particle <3 you!\r\n");
                m_device->stopListening();
            };
            auto password = [this, finish] { prompt("Password: ", 64, [finish](const QByteArray &) { finish(); }); };
            if (kind == 2 || kind == 3)
                prompt("Security Cipher 1=AES, 2=TKIP, 3=AES+TKIP: ", 1, [password](const QByteArray &) { password(); });
            else if (kind == 0)
                finish();
            else
                password();
        });
    });
}

void VirtualSerialConsole::startSession()
{
    dropSession();
    VirtualYmodemSession::Options options;
    options.timeoutMs = m_options.ymodemTimeoutMs;
    options.restartDelayMs = m_options.restartDelayMs;
    options.updateBlocked = m_updateBlocked;
    m_session = new VirtualYmodemSession(m_device, behaviour(), options, [this](const QByteArray &b) { send(b); }, this);
    connect(m_session, &VirtualYmodemSession::ended, this, [this](int outcome) {
        if (m_session && m_session->leftUpdateOpen())
            m_updateBlocked = true;
        Q_EMIT transferEnded(outcome);
    });
}

bool VirtualSerialConsole::transferRunning() const
{
    return m_session && !m_session->finished();
}

void VirtualSerialConsole::dropSession()
{
    if (!m_session)
        return;
    // It may be the caller (its timer reset the device): it goes once the call chain has unwound.
    m_session->portGone();
    m_session->disconnect(this);
    m_session->deleteLater();
    m_session = nullptr;
}

void VirtualSerialConsole::pollBaudRate()
{
    if (m_slave < 0)
        return;
    const quint32 baud = linuxtty::readBaudRate(m_slave); // the slave holds the settings the host made
    if (baud == 0 || baud == m_lastBaud)
        return;
    m_lastBaud = baud;
    if (baud == 14400) {
        m_device->enterDfu(); // closes the pty through aboutToReset
    } else if (baud == 28800) {
        if (behaviour().listeningBaudRate)
            m_device->startListening();
    }
}

// ---- VirtualSerialPort --------------------------------------------------------------------------

Result<std::unique_ptr<VirtualSerialPort>> VirtualSerialPort::start(std::shared_ptr<VirtualDevice> device,
                                                                      VirtualSerialConsole::Options options)
{
    std::unique_ptr<VirtualSerialPort> port(new VirtualSerialPort);
    port->m_thread = new QThread;
    port->m_thread->setObjectName(QStringLiteral("virtual serial"));
    port->m_console = new VirtualSerialConsole(std::move(device), std::move(options));
    port->m_console->moveToThread(port->m_thread);
    port->m_thread->start();
    Result<void> opened;
    // A device in DFU mode has no serial port yet: it appears when the device restarts into Device OS.
    blockingCall(port->m_console, [&] {
        if (port->m_console->device()->mode() != DeviceMode::Dfu)
            opened = port->m_console->open();
    });
    if (!opened)
        return opened.error();
    return port;
}

VirtualSerialPort::~VirtualSerialPort()
{
    if (m_console) {
        VirtualSerialConsole *console = m_console;
        blockingCall(console, [console] { delete console; });
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

} // namespace dr::sim
