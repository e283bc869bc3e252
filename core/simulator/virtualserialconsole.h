// The virtual device's USB serial port, as a pseudo-terminal (Unix): the real QSerialPort code opens
// the pty's slave path (or a stable symlink to it) and talks to the VirtualDevice model behind it.
// Or, on any system, as an in-process stream (Transport::InProcess: openHostStream() gives the
// host's end, a QIODevice for ListeningModeClient::attach(); the magic baud rates need a pty).
// In listening mode the console answers i, v, s, m, c, C, d, w, L, x and f as the Device OS the
// model runs does: what varies by release is in ConsoleBehaviour, the reply texts in
// consolereplies, a YModem transfer (and the restart after it) in VirtualYmodemSession. The baud
// rate the host sets is watched: 14400 resets the model into DFU, 28800 starts listening mode
// (Device OS <= 5.x). A reset or unplug of the model closes the pty (the port vanishes); after a
// reset into Device OS a new pty appears behind the same symlink. GarbledBytes and Silence act
// here, the transfer faults in the session, Unplug in the model.
//
// Reference: particle-protocols.md 3.1-3.4; test-infra.md 2 (pty gotchas: the slave fd stays
// open, the master is non-blocking and writes are buffered here).
#pragma once

#include "common/result.h"
#include "simulator/consolebehaviour.h"
#include "simulator/consolereplies.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialstream.h"
#include "simulator/virtualymodemsession.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QThread;

namespace dr::sim {

class VirtualSerialConsole : public QObject
{
    Q_OBJECT

public:
    enum class Transport { Pty, InProcess };

    struct Options
    {
        Transport transport = Transport::Pty;
        QString linkPath;              // a symlink kept pointing at the current pty ("" = none)
        int ymodemTimeoutMs = 5000;    // NAK_TIMEOUT between bytes of the receiver
        int restartDelayMs = 1000;     // "Downloaded file successfully!" ... 1 s ... "Restarting"
        int baudPollMs = 10;           // how often the line coding is looked at (a pty has no event for it)
        ConsoleIdentity identity;      // serial number and device secret, when the unit has them
    };

    VirtualSerialConsole(std::shared_ptr<VirtualDevice> device, Options options, QObject *parent = nullptr);
    ~VirtualSerialConsole() override;

    // Creates the pty (or the in-process line); call on the thread the console lives on.
    Result<void> open();
    void close();

    // Thread-safe.
    QString portPath() const;  // the symlink when set, else the slave path
    QString slavePath() const; // "/dev/pts/N" of the current pty; empty while the port is gone
    bool portPresent() const;
    int ptyGeneration() const; // how many ports were created (one more after each reset)
    // InProcess: a new host end of the current line, created on (and owned by) the calling thread;
    // null while the port is gone (DFU mode, unplugged).
    std::unique_ptr<QIODevice> openHostStream() const;

    const std::shared_ptr<VirtualDevice> &device() const { return m_device; }

Q_SIGNALS:
    void portAppeared(const QString &slavePath);
    void portVanished();
    void transferEnded(int outcome); // VirtualYmodemReceiver::Outcome

private:
    Result<void> createPty();
    Result<void> createPort();
    void destroyPty();
    bool portOpen() const { return m_master >= 0 || m_deviceEnd != nullptr; }
    void onReadable();
    void onStreamReadable();
    void processInput(const QByteArray &in);
    void onWritable();
    void send(const QByteArray &bytes);
    void handleConsoleBytes(QByteArray bytes);
    void handleCommand(char c);
    const ConsoleBehaviour &behaviour() const; // the row of the Device OS the device runs now
    void readLineByte(char c);
    void prompt(const QByteArray &text, int maxLength, std::function<void(const QByteArray &)> then);
    void promptClaimCode();
    void promptWifiCredentials();
    void startSession();
    bool transferRunning() const;
    void dropSession();
    void pollBaudRate();

    std::shared_ptr<VirtualDevice> m_device;
    Options m_options;
    mutable QMutex m_mutex; // guards m_slavePath, m_generation
    QString m_slavePath;
    int m_generation = 0;
    int m_master = -1;
    int m_slave = -1;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    std::shared_ptr<SerialStreamChannel> m_channel; // InProcess; guarded by m_mutex for openHostStream()
    std::unique_ptr<SerialStreamEnd> m_deviceEnd;
    QByteArray m_outBuffer;
    QTimer m_baudTimer;
    VirtualYmodemSession *m_session = nullptr; // the last YModem session, until the port goes (a child)
    bool m_silent = false;       // Silence fault: the console stopped answering until the next reset
    bool m_refusing = false;   // Device OS 6 'f': busy for 100 ms before it refuses
    QByteArray m_heldInput;    // input that arrived meanwhile
    std::function<void(const QByteArray &)> m_lineReader; // a prompt ('C', 'w') waits for a line
    QByteArray m_line;
    int m_lineMax = 0;
    bool m_updateBlocked = false; // row 10: a failed transfer left the update open until a reset
    quint32 m_lastBaud = 0;
    bool m_closing = false;
};

// A console on its own thread, so that the device's timing model sleeps there and not on the
// caller's (test or GUI) thread. Creating it opens the pty; destroying it closes the pty.
class VirtualSerialPort
{
public:
    static Result<std::unique_ptr<VirtualSerialPort>> start(std::shared_ptr<VirtualDevice> device,
                                                            VirtualSerialConsole::Options options = {});
    ~VirtualSerialPort();

    VirtualSerialConsole *console() const { return m_console; }
    QString portPath() const { return m_console->portPath(); }

private:
    VirtualSerialPort() = default;
    QThread *m_thread = nullptr;
    VirtualSerialConsole *m_console = nullptr;
};

} // namespace dr::sim
