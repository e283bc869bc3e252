// One YModem session of the virtual console. See virtualymodemsession.h.
#include "simulator/virtualymodemsession.h"

#include "simulator/consolereplies.h"

#include <utility>

namespace dr::sim {

namespace {

VirtualYmodemReceiver::Options receiverOptions(const ConsoleBehaviour &b)
{
    VirtualYmodemReceiver::Options o;
    o.validateBeforeAck = !b.acksBeforeValidating;
    o.saveFailedText = b.saveFailedText;
    return o;
}

// After a rejected file the reset comes from the listening loop's next turn, not at once: the
// reason line is out first.
constexpr int kRejectedFileResetMs = 200;

} // namespace

// Spark_Prepare/Save/Finish_Firmware_Update on the model's OTA region.
class VirtualYmodemSession::ModelSink : public YmodemReceiverSink
{
public:
    ModelSink(VirtualDevice &device, const ConsoleBehaviour &behaviour, bool blocked)
        : m_device(device), m_behaviour(behaviour), m_blocked(blocked)
    {
    }

    Result<void> prepare(qint64 fileSize) override
    {
        if (m_blocked) // FirmwareUpdate::startUpdate: an update is still "in progress" (row 10)
            return makeError(QStringLiteral("sim.update-invalid-state"), QStringLiteral("an update is in progress"));
        if (fileSize <= 0 || fileSize > 0xFFFFFFFFLL)
            return makeError(QStringLiteral("sim.update-too-large"), QStringLiteral("bad size"));
        m_size = fileSize;
        m_started = true;
        return m_device.beginFirmwareUpdate(quint32(fileSize));
    }
    Result<void> save(qint64 offset, const QByteArray &data) override
    {
        // The receiver writes whole blocks; the padding of the last one lies past the file.
        if (offset >= m_size)
            return {};
        QByteArray bytes = data.left(m_size - offset);
        if (m_device.takeFault(FaultKind::DamagedBlock)) // the CRC is never checked: the damage is written
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5A);
        return m_device.writeFirmwareUpdate(quint32(offset), bytes);
    }
    Result<void> finish() override
    {
        auto valid = m_device.finishFirmwareUpdate(false);
        if (!valid) {
            Error e = valid.error();
            e.message = QString::fromLatin1(consolereplies::rejectedFile(m_behaviour, e));
            return e;
        }
        return {};
    }
    void cancel() override { m_device.cancelFirmwareUpdate(); }
    bool started() const { return m_started; }

private:
    VirtualDevice &m_device;
    const ConsoleBehaviour &m_behaviour;
    bool m_blocked = false;
    bool m_started = false;
    qint64 m_size = 0;
};

VirtualYmodemSession::VirtualYmodemSession(std::shared_ptr<VirtualDevice> device, const ConsoleBehaviour &behaviour,
                                           Options options, Send send, QObject *parent)
    : QObject(parent),
      m_device(std::move(device)),
      m_behaviour(behaviour),
      m_options(options),
      m_send(std::move(send)),
      m_sink(std::make_unique<ModelSink>(*m_device, behaviour, options.updateBlocked)),
      m_receiver(*m_sink, receiverOptions(behaviour)),
      m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &VirtualYmodemSession::onTimeout);
    m_timer.start(m_options.timeoutMs);
}

VirtualYmodemSession::~VirtualYmodemSession()
{
    portGone();
}

void VirtualYmodemSession::portGone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_timer.stop();
    if (!m_receiver.finished() && m_receiver.fileSize() > 0)
        m_device->cancelFirmwareUpdate();
}

void VirtualYmodemSession::freeze()
{
    m_frozen = true;
    m_timer.stop();
}

void VirtualYmodemSession::send(const QByteArray &bytes)
{
    if (!m_gone && !bytes.isEmpty())
        m_send(bytes);
}

void VirtualYmodemSession::feed(QByteArrayView bytes)
{
    if (m_gone || m_frozen || m_receiver.finished())
        return;
    m_receiver.setNakStorm(m_device->faultActive(FaultKind::NakStorm));
    if (m_receiver.fileSize() > 0 && m_device->takeFault(FaultKind::CancelTransfer)) {
        end(m_receiver.cancelNow("Failed to receive the file!"));
        return;
    }
    if (m_receiver.fileSize() > 0 && m_device->takeFault(FaultKind::Reset)) {
        // The device restarts mid-transfer: it answers nothing more, and its port goes away once
        // the reset runs (queued: the console drops this session as the port vanishes).
        freeze();
        QMetaObject::invokeMethod(m_device.get(), [device = m_device] { device->resetDevice(DeviceMode::Normal); },
                                  Qt::QueuedConnection);
        return;
    }
    const int naksBefore = m_receiver.naks();
    const auto out = m_receiver.onBytes(bytes);
    for (int n = m_receiver.naks() - naksBefore; n > 0; --n)
        m_device->takeFault(FaultKind::NakStorm); // each storm NAK is one firing
    if (m_gone) // the device went away while saving (unplug fault)
        return;
    if (out.finished) {
        end(out);
        return;
    }
    send(out.write);
    m_timer.start(m_options.timeoutMs);
}

void VirtualYmodemSession::onTimeout()
{
    if (m_gone || m_frozen || m_receiver.finished())
        return;
    const auto out = m_receiver.onTimeout();
    if (out.finished) {
        end(out);
        return;
    }
    send(out.write);
    m_timer.start(m_options.timeoutMs);
}

void VirtualYmodemSession::end(const VirtualYmodemReceiver::Output &out)
{
    m_timer.stop();
    send(out.write);
    using Outcome = VirtualYmodemReceiver::Outcome;
    const Outcome outcome = m_receiver.outcome();
    if (outcome == Outcome::Received) {
        // 1 s pause, (up to 0.6.0: the validation only now), "Restarting system...", the reset
        // applies the module.
        restartAfter(m_options.restartDelayMs, m_behaviour.acksBeforeValidating, true);
    } else if (outcome == Outcome::ValidationFailed && m_behaviour.resetsAfterRejectedFile) {
        // Spark_Finish_Firmware_Update calls system_pending_shutdown whatever the verdict (row 4).
        restartAfter(kRejectedFileResetMs, false, false);
    } else if (outcome != Outcome::ValidationFailed && m_sink->started() && m_behaviour.failedTransferBlocksNextUntilReset) {
        m_leftUpdateOpen = true; // FirmwareUpdate::updating_ stays set (row 10)
    }
    Q_EMIT ended(int(outcome));
}

void VirtualYmodemSession::restartAfter(int delayMs, bool validateFirst, bool announce)
{
    QTimer::singleShot(delayMs, this, [this, validateFirst, announce] {
        if (m_gone)
            return;
        if (validateFirst) { // a bad file is dropped without a word
            if (auto valid = m_device->finishFirmwareUpdate(false); !valid)
                qInfo("virtual serial console: Device OS dropped the received file: %s", qPrintable(valid.error().text()));
        }
        if (announce)
            send("Restarting system to apply firmware update...\r\n");
        // The message is on the pty already; a further pause here would be ours, not Device OS's.
        QTimer::singleShot(0, this, [this] {
            if (!m_gone)
                m_device->resetDevice(DeviceMode::Normal);
        });
    });
}

} // namespace dr::sim
