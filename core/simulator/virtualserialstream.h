// An in-memory serial line: two QIODevice ends joined by a shared channel, usable across threads
// (each end lives on its own thread; bytes written on one end arrive at the other through a queued
// call, like a real port). The virtual serial console offers it instead of a pty where ptys do not
// exist or are not wanted (the app's demo mode); ListeningModeClient::attach() takes the host end.
// Closing the line (the device resetting or unplugged) makes the host end report
// readChannelFinished(), as an unplugged port reports an error.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QMutex>

#include <memory>

namespace dr::sim {

class SerialStreamEnd;

class SerialStreamChannel
{
public:
    static std::shared_ptr<SerialStreamChannel> create();
    void close(); // both ends see the end of the stream
    bool isClosed() const;

private:
    friend class SerialStreamEnd;
    mutable QMutex mutex;
    SerialStreamEnd *ends[2] = {nullptr, nullptr};
    bool closed = false;
};

class SerialStreamEnd : public QIODevice
{
    Q_OBJECT

public:
    // side 0 = host, 1 = device. Opened ReadWrite on creation.
    SerialStreamEnd(std::shared_ptr<SerialStreamChannel> channel, int side, QObject *parent = nullptr);
    ~SerialStreamEnd() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    friend class SerialStreamChannel;
    void receive(const QByteArray &bytes); // on this end's thread
    void channelClosed();

    std::shared_ptr<SerialStreamChannel> m_channel;
    int m_side;
    QByteArray m_inbound;
};

} // namespace dr::sim
