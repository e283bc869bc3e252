// One YModem session of the virtual device's console (reference 2): Device OS's receiver
// (VirtualYmodemReceiver) writing into the model's OTA region, its NAK_TIMEOUT timer, the serial
// faults that hit a transfer (NakStorm, CancelTransfer, DamagedBlock), and what the running release
// does once the transfer ends (ConsoleBehaviour): validate late and restart whatever the verdict
// (up to 0.6.0), restart to apply the file, restart after a rejected one (0.6.1 on), or leave the
// update open so that the next one is refused until a reset (3.x - 5.x, row 10).
//
// The console owns it from 'f' (or a block start) until the next session or until its port goes;
// portGone() makes it drop a transfer in progress and forget whatever it still had to do.
#pragma once

#include "simulator/consolebehaviour.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualymodemreceiver.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace dr::sim {

class VirtualYmodemSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 5000;      // NAK_TIMEOUT between bytes of the receiver
        int restartDelayMs = 1000; // "Downloaded file successfully!" ... 1 s ... "Restarting"
        bool updateBlocked = false; // an earlier session left the update open (row 10)
    };
    using Send = std::function<void(const QByteArray &)>;

    VirtualYmodemSession(std::shared_ptr<VirtualDevice> device, const ConsoleBehaviour &behaviour, Options options,
                         Send send, QObject *parent = nullptr);
    ~VirtualYmodemSession() override;

    void feed(QByteArrayView bytes);
    // The console stopped answering (Silence fault): the receiver waits no more.
    void freeze();
    // The port went away (reset, unplug): a transfer in progress is dropped, nothing more happens.
    void portGone();

    bool finished() const { return m_receiver.finished(); }
    // The size the last header announced (0 before one): the fuzz target checks nothing past it changed.
    qint64 fileSize() const { return m_receiver.fileSize(); }
    // The transfer failed after the update had started, on a release that then keeps it open.
    bool leftUpdateOpen() const { return m_leftUpdateOpen; }

Q_SIGNALS:
    void ended(int outcome); // VirtualYmodemReceiver::Outcome

private:
    class ModelSink;

    void onTimeout();
    void end(const VirtualYmodemReceiver::Output &out);
    void restartAfter(int delayMs, bool validateFirst, bool announce);
    void send(const QByteArray &bytes);

    std::shared_ptr<VirtualDevice> m_device;
    const ConsoleBehaviour &m_behaviour;
    Options m_options;
    Send m_send;
    std::unique_ptr<ModelSink> m_sink;
    VirtualYmodemReceiver m_receiver;
    QTimer m_timer;
    bool m_gone = false;
    bool m_frozen = false;
    bool m_leftUpdateOpen = false;
};

} // namespace dr::sim
