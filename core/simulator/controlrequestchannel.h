// Device OS's USB control-request channel on the virtual device (system/src/
// usb_control_request_channel.cpp; reference 4.1 and device-os-behaviour.md row 8): the service
// protocol INIT / CHECK / SEND / RECV / RESET and the raw 'P' requests, framed as a real device frames
// them. INIT and CHECK and RESET stall when wLength is below 64; INIT of a payload above 64 bytes
// answers PENDING while the buffer is allocated; the first CHECK after the payload arrived answers
// PENDING while the system thread processes it; SEND outside the payload stage and RECV past the
// reply stall. Requests are processed by ControlRequestHandler. Injected faults: BusyBurst (INIT answers
// BUSY) and PendingBurst (CHECK answers PENDING), one answer per firing. Thread-safe.
#pragma once

#include "simulator/controlrequesthandler.h"
#include "simulator/usbcontrolreply.h"
#include "usb/usbdevice.h"

#include <QByteArray>
#include <QMap>

#include <memory>
#include <mutex>
#include <optional>

namespace dr::sim {

class ControlRequestChannel
{
public:
    explicit ControlRequestChannel(std::shared_ptr<VirtualDevice> device);

    ControlRequestHandler &handler() { return m_handler; }

    // One vendor request in normal or listening mode. Sets resetInto when the device must reset
    // after this reply.
    UsbControlReply handle(const UsbSetup &setup, quint16 wLength, const QByteArray &out,
                           std::optional<DeviceMode> &resetInto);
    void busReset(); // Device OS restarted: every request is forgotten

    // Extra PENDING answers before a request completes (tests of the host's back-off).
    void setExtraPendingChecks(int count);

private:
    struct Request
    {
        enum class Stage { AllocPending, ReceivingPayload, Processing, Done } stage = Stage::ReceivingPayload;
        quint16 type = 0;
        quint32 size = 0;
        QByteArray payload;
        int pendingChecksLeft = 0;
        ControlRequestOutcome outcome;
        qsizetype recvOffset = 0;
    };
    UsbControlReply service(const UsbSetup &setup, quint16 wLength, const QByteArray &out,
                            std::optional<DeviceMode> &resetInto);
    UsbControlReply raw(const UsbSetup &setup, quint16 wLength, std::optional<DeviceMode> &resetInto);

    std::shared_ptr<VirtualDevice> m_device;
    ControlRequestHandler m_handler;
    std::mutex m_mutex;
    QMap<quint16, Request> m_requests;
    quint16 m_nextId = 1;
    int m_extraPendingChecks = 0;
};

} // namespace dr::sim
