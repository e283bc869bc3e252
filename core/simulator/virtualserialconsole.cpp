// The virtual device's serial console on a pty. See virtualserialconsole.h.
#include "simulator/virtualserialconsole.h"

#include "serial/moduleinspectionjson.h"
#include "serial/ymodem.h"
#include "version/semver.h"

#include <QCryptographicHash>
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

namespace {

#ifdef __linux__
// struct termios2 of <asm/termbits.h>, which cannot be included next to <termios.h>. TCGETS2 on a
// pty master reads the slave's settings, including the exact baud rate a host set with BOTHER.
struct KernelTermios2
{
    unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
    unsigned char c_line;
    unsigned char c_cc[19];
    unsigned int c_ispeed, c_ospeed;
};
constexpr unsigned long kTcgets2 = _IOR('T', 0x2A, KernelTermios2);

quint32 readBaudRate(int fd)
{
    KernelTermios2 t{};
    if (::ioctl(fd, kTcgets2, &t) != 0)
        return 0;
    return t.c_ospeed;
}
#else
quint32 readBaudRate(int) { return 0; }
#endif

QByteArray derivedDigits(const QString &deviceId, const char *salt, int count)
{
    const QByteArray hash = QCryptographicHash::hash(deviceId.toLatin1() + salt, QCryptographicHash::Sha256);
    QByteArray digits;
    for (int i = 0; digits.size() < count; ++i)
        digits.append(char('0' + quint8(hash[i % hash.size()]) % 10));
    return digits;
}

} // namespace

// Spark_Prepare/Save/Finish_Firmware_Update on the model's OTA region.
class VirtualSerialConsole::ModelSink : public YmodemReceiverSink
{
public:
    explicit ModelSink(VirtualDevice &device) : m_device(device) {}

    Result<void> prepare(qint64 fileSize) override
    {
        if (fileSize <= 0 || fileSize > 0xFFFFFFFFLL)
            return makeError(QStringLiteral("sim.update-too-large"), QStringLiteral("bad size"));
        m_size = fileSize;
        return m_device.beginFirmwareUpdate(quint32(fileSize));
    }
    Result<void> save(qint64 offset, const QByteArray &data) override
    {
        // The receiver writes whole blocks; the padding of the last one lies past the file.
        if (offset >= m_size)
            return {};
        return m_device.writeFirmwareUpdate(quint32(offset), data.left(m_size - offset));
    }
    Result<void> finish() override { return m_device.finishFirmwareUpdate(false); }
    void cancel() override { m_device.cancelFirmwareUpdate(); }

private:
    VirtualDevice &m_device;
    qint64 m_size = 0;
};

VirtualSerialConsole::VirtualSerialConsole(std::shared_ptr<VirtualDevice> device, Options options, QObject *parent)
    : QObject(parent), m_device(std::move(device)), m_options(std::move(options)), m_receiverTimer(this), m_baudTimer(this)
{
    // The timers are children so that moveToThread() takes them along.
    m_receiverTimer.setSingleShot(true);
    connect(&m_receiverTimer, &QTimer::timeout, this, &VirtualSerialConsole::onReceiverTimeout);
    connect(&m_baudTimer, &QTimer::timeout, this, &VirtualSerialConsole::pollBaudRate);
    VirtualDevice *d = m_device.get();
    connect(d, &VirtualDevice::aboutToReset, this, [this] { destroyPty(); });
    connect(d, &VirtualDevice::unplugged, this, [this] { destroyPty(); });
    connect(d, &VirtualDevice::resetCompleted, this, [this](DeviceMode mode) {
        if (m_closing)
            return;
        // A device that reset stops any transfer; it shows a serial port again unless in DFU.
        m_silent = false;
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
    m_receiver.reset();
    m_sink.reset();
    m_restartPending = false;
    m_refusing = false;
    m_heldInput.clear();
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
    m_receiver.reset();
    m_sink.reset();
    m_restartPending = false;
    m_refusing = false;
    m_heldInput.clear();
    m_lastBaud = readBaudRate(slave);

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
    m_receiverTimer.stop();
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
    if (m_receiver && !m_receiver->finished() && m_receiver->fileSize() > 0)
        m_device->cancelFirmwareUpdate();
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
    if (!m_silent && m_device->takeFault(FaultKind::Silence))
        m_silent = true;
    if (m_silent || !portOpen())
        return;
    if (m_refusing)
        m_heldInput += in;
    else if (m_receiver)
        feedReceiver(in);
    else
        handleConsoleBytes(in);
}

void VirtualSerialConsole::handleConsoleBytes(QByteArray bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (m_device->mode() != DeviceMode::Listening)
            return; // a running application owns the port: the console does not answer
        const char c = bytes[i];
        if ((c == ymodem::SOH || c == ymodem::STX) && ymodemSupported()) {
            // handle_peek: a block start enters the receiver without the prompt
            startReceiver();
            feedReceiver(QByteArrayView(bytes).sliced(i));
            return;
        }
        handleCommand(c);
        if (m_refusing) { // 'f' on Device OS 6: the rest waits until the refusal is out
            m_heldInput += bytes.mid(i + 1);
            return;
        }
        if (m_receiver) { // 'f' started it: the rest is the transfer
            if (i + 1 < bytes.size())
                feedReceiver(QByteArrayView(bytes).sliced(i + 1));
            return;
        }
        if (!portOpen())
            return;
    }
}

void VirtualSerialConsole::handleCommand(char c)
{
    switch (c) {
    case 'i':
        send(deviceIdReply());
        return;
    case 'v':
        send("system firmware version: " + m_device->systemVersionString().toLatin1() + "\n\r\n");
        return;
    case 's':
        send(moduleJson() + "\r\n");
        return;
    case 'm': {
        const QByteArray id = m_device->deviceId().toLatin1();
        QByteArray mac;
        for (int i = 0; i < 6; ++i)
            mac += (i ? ":" : "") + id.mid(12 + 2 * i, 2);
        send("Your device MAC address is\r\n" + mac + "\r\n");
        return;
    }
    case 'c':
        send("Device claimed: no\r\n");
        return;
    case 'x':
        m_device->stopListening();
        return;
    case 'f': {
        send("Waiting for the binary file to be sent ... (press 'a' to abort)\r\n");
        if (!ymodemSupported()) {
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
        startReceiver();
        return;
    }
    default:
        return; // unknown commands are ignored, as on the device
    }
}

bool VirtualSerialConsole::ymodemSupported() const
{
    // system_ymodem.cpp exists up to Device OS 5.9 and is gone from 6.0 on (reference 3.1).
    const auto version = SemVer::parse(m_device->systemVersionString());
    return !version || version->major() < 6;
}

QByteArray VirtualSerialConsole::deviceIdReply() const
{
    const Platform &p = m_device->platform();
    const QByteArray id = m_device->deviceId().toLatin1();
    const bool cellular = p.connectivity.contains(QLatin1String("cellular"));
    if (p.generation < 3 && !cellular)
        return "Your device id is " + id + "\r\n";
    QByteArray out = "Device ID: " + id + "\r\n";
    if (cellular) {
        out += "IMEI: " + derivedDigits(m_device->deviceId(), "imei", 15) + "\r\n";
        out += "ICCID: 8901" + derivedDigits(m_device->deviceId(), "iccid", 16) + "\r\n";
    }
    return out;
}

QByteArray VirtualSerialConsole::moduleJson() const
{
    ModuleInspection inspection;
    inspection.platformId = m_device->platform().id;
    if (m_device->platform().connectivity.contains(QLatin1String("cellular"))) {
        inspection.properties.append({QStringLiteral("imei"), QStringLiteral("imei"),
                                      QString::fromLatin1(derivedDigits(m_device->deviceId(), "imei", 15))});
        inspection.properties.append({QStringLiteral("iccid"), QStringLiteral("iccid"),
                                      QStringLiteral("8901") + QString::fromLatin1(derivedDigits(m_device->deviceId(), "iccid", 16))});
    }
    const QList<VirtualModuleInfo> modules = m_device->modules();
    for (const VirtualModuleInfo &m : modules) {
        if (!m.present)
            continue; // Device OS skips slots without a module of a valid function
        InstalledModule out;
        out.functionCode = quint8(m.function);
        out.index = m.index;
        out.version = m.version;
        out.store = m.store;
        out.maxSize = m.maxSize;
        out.validityChecked = quint8(m.validityChecked);
        out.validityResult = quint8(m.validityResult);
        if (m.function == ModuleFunction::UserPart)
            out.userSha256 = QString::fromLatin1(m.sha256.toHex().toUpper());
        for (const ModuleDependency &d : {m.dependency, m.dependency2}) {
            if (d.isNone())
                continue;
            InstalledDependency dep;
            dep.functionCode = d.functionCode;
            dep.index = d.index;
            dep.version = d.version;
            out.dependencies.append(dep);
        }
        inspection.modules.append(out);
    }
    return ModuleInspectionJson::write(inspection);
}

void VirtualSerialConsole::startReceiver()
{
    m_sink = std::make_unique<ModelSink>(*m_device);
    m_receiver = std::make_unique<VirtualYmodemReceiver>(*m_sink);
    m_receiverTimer.start(m_options.ymodemTimeoutMs);
}

void VirtualSerialConsole::feedReceiver(QByteArrayView bytes)
{
    if (!m_receiver || m_receiver->finished())
        return;
    m_receiver->setNakStorm(m_device->faultActive(FaultKind::NakStorm));
    if (m_receiver->fileSize() > 0 && m_device->takeFault(FaultKind::CancelTransfer)) {
        endReceiver(m_receiver->cancelNow("Failed to receive the file!"));
        return;
    }
    const auto out = m_receiver->onBytes(bytes);
    if (!m_receiver) // the device went away while saving (unplug fault)
        return;
    if (out.finished) {
        endReceiver(out);
        return;
    }
    send(out.write);
    m_receiverTimer.start(m_options.ymodemTimeoutMs);
}

void VirtualSerialConsole::onReceiverTimeout()
{
    if (!m_receiver || m_receiver->finished() || m_silent)
        return;
    const auto out = m_receiver->onTimeout();
    if (out.finished) {
        endReceiver(out);
        return;
    }
    send(out.write);
    m_receiverTimer.start(m_options.ymodemTimeoutMs);
}

void VirtualSerialConsole::endReceiver(const VirtualYmodemReceiver::Output &out)
{
    m_receiverTimer.stop();
    send(out.write);
    const auto outcome = m_receiver->outcome();
    Q_EMIT transferEnded(int(outcome));
    if (outcome == VirtualYmodemReceiver::Outcome::Received) {
        // Device OS: 1 s pause, "Restarting system...", then the reset applies the module.
        m_restartPending = true;
        const int generation = ptyGeneration();
        QTimer::singleShot(m_options.restartDelayMs, this, [this, generation] {
            if (ptyGeneration() != generation || !portOpen())
                return;
            send("Restarting system to apply firmware update...\r\n");
            // The message is on the pty already; a further pause here would be ours, not Device OS's.
            QTimer::singleShot(0, this, [this, generation] {
                if (ptyGeneration() == generation && portOpen())
                    m_device->resetDevice(DeviceMode::Normal);
            });
        });
    }
    // Back to the console; the receiver object goes once this call chain has unwound.
    QTimer::singleShot(0, this, [this] {
        if (m_receiver && m_receiver->finished()) {
            m_receiver.reset();
            m_sink.reset();
        }
    });
}

void VirtualSerialConsole::pollBaudRate()
{
    if (m_slave < 0)
        return;
    const quint32 baud = readBaudRate(m_slave); // the slave holds the settings the host made
    if (baud == 0 || baud == m_lastBaud)
        return;
    m_lastBaud = baud;
    if (baud == 14400) {
        m_device->enterDfu(); // closes the pty through aboutToReset
    } else if (baud == 28800) {
        const auto version = SemVer::parse(m_device->systemVersionString());
        if (!version || version->major() < 6)
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
    QMetaObject::invokeMethod(port->m_console, [&] { opened = port->m_console->open(); }, Qt::BlockingQueuedConnection);
    if (!opened)
        return opened.error();
    return port;
}

VirtualSerialPort::~VirtualSerialPort()
{
    if (m_console) {
        VirtualSerialConsole *console = m_console;
        QMetaObject::invokeMethod(console, [console] { delete console; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

} // namespace dr::sim
