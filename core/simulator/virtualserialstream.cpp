// In-memory serial line. See virtualserialstream.h.
#include "simulator/virtualserialstream.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace dr::sim {

std::shared_ptr<SerialStreamChannel> SerialStreamChannel::create()
{
    return std::make_shared<SerialStreamChannel>();
}

void SerialStreamChannel::close()
{
    QMutexLocker lock(&mutex);
    if (closed)
        return;
    closed = true;
    // Posted while holding the lock: an end cannot be destroyed in between (its destructor takes
    // the lock), and Qt drops calls queued to an object destroyed later.
    for (SerialStreamEnd *end : ends)
        if (end)
            QMetaObject::invokeMethod(end, [end] { end->channelClosed(); }, Qt::QueuedConnection);
}

bool SerialStreamChannel::isClosed() const
{
    QMutexLocker lock(&mutex);
    return closed;
}

SerialStreamEnd::SerialStreamEnd(std::shared_ptr<SerialStreamChannel> channel, int side, QObject *parent)
    : QIODevice(parent), m_channel(std::move(channel)), m_side(side & 1)
{
    {
        QMutexLocker lock(&m_channel->mutex);
        m_channel->ends[m_side] = this;
    }
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

SerialStreamEnd::~SerialStreamEnd()
{
    QMutexLocker lock(&m_channel->mutex);
    if (m_channel->ends[m_side] == this) // a newer end may have taken this side over
        m_channel->ends[m_side] = nullptr;
}

qint64 SerialStreamEnd::bytesAvailable() const
{
    return m_inbound.size() + QIODevice::bytesAvailable();
}

qint64 SerialStreamEnd::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_inbound.size());
    if (n > 0) {
        memcpy(data, m_inbound.constData(), size_t(n));
        m_inbound.remove(0, n);
    }
    return n;
}

qint64 SerialStreamEnd::writeData(const char *data, qint64 size)
{
    {
        QMutexLocker lock(&m_channel->mutex);
        if (m_channel->closed) {
            setErrorString(QStringLiteral("The serial line is closed."));
            return -1;
        }
        if (SerialStreamEnd *peer = m_channel->ends[1 - m_side]) {
            const QByteArray bytes(data, size);
            QMetaObject::invokeMethod(peer, [peer, bytes] { peer->receive(bytes); }, Qt::QueuedConnection);
        }
    }
    Q_EMIT bytesWritten(size); // handed over: nothing stays buffered on this end
    return size;
}

void SerialStreamEnd::receive(const QByteArray &bytes)
{
    m_inbound.append(bytes);
    Q_EMIT readyRead();
}

void SerialStreamEnd::channelClosed()
{
    Q_EMIT readChannelFinished();
}

} // namespace dr::sim
