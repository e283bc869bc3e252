// The USB control-request channel of the virtual device (see controlrequestchannel.h).
#include "simulator/controlrequestchannel.h"

#include "usb/controlrequest.h"

#include <algorithm>

namespace dr::sim {

using namespace controlframing;

namespace {
// USB_REQUEST_MAX_POOLED_BUFFER_SIZE: payloads up to this size go to a pooled buffer at once; larger
// ones are allocated by the system thread while INIT answers PENDING.
constexpr quint32 kPooledBufferSize = 64;
} // namespace

ControlRequestChannel::ControlRequestChannel(std::shared_ptr<VirtualDevice> device)
    : m_device(device), m_handler(std::move(device))
{
}

void ControlRequestChannel::busReset()
{
    {
        std::lock_guard lock(m_mutex);
        m_requests.clear();
    }
    m_handler.reset();
}

void ControlRequestChannel::setExtraPendingChecks(int count)
{
    std::lock_guard lock(m_mutex);
    m_extraPendingChecks = count;
}

UsbControlReply ControlRequestChannel::handle(const UsbSetup &setup, quint16 wLength, const QByteArray &out,
                                              std::optional<DeviceMode> &resetInto)
{
    if (setup.bRequest == kRawRequest)
        return raw(setup, wLength, resetInto);
    return service(setup, wLength, out, resetInto);
}

UsbControlReply ControlRequestChannel::raw(const UsbSetup &setup, quint16 wLength,
                                           std::optional<DeviceMode> &resetInto)
{
    const bool in = setup.bmRequestType & 0x80;
    if (in && setup.wIndex == kRawDeviceId) // processVendorRequest: bytes2hexbuf, upper case
        return UsbControlReply::ok(m_device->deviceId().toUpper().toLatin1().left(wLength));
    if (in && setup.wIndex == kRawSystemVersion) {
        const QByteArray v = m_device->systemVersionString().toLatin1();
        if (wLength < v.size())
            return UsbControlReply::stall();
        return UsbControlReply::ok(v);
    }
    if (!in && setup.wIndex == kRawReset) {
        resetInto = DeviceMode::Normal;
        return UsbControlReply::ok();
    }
    return UsbControlReply::stall();
}

UsbControlReply ControlRequestChannel::service(const UsbSetup &setup, quint16 wLength, const QByteArray &out,
                                               std::optional<DeviceMode> &resetInto)
{
    const bool in = setup.bmRequestType & 0x80;
    std::unique_lock lock(m_mutex);
    auto reply = [&](const ServiceReply &r) { return UsbControlReply::ok(encodeReply(r).left(wLength)); };

    switch (setup.bRequest) {
    case Init: {
        if (!in || wLength < kMinWLength)
            return UsbControlReply::stall();
        ServiceReply r;
        if (m_requests.size() >= kMaxActiveRequests || m_device->takeFault(FaultKind::BusyBurst)) {
            r.status = Busy;
            return reply(r);
        }
        const quint16 id = m_nextId++;
        if (m_nextId == 0)
            m_nextId = 1;
        Request req;
        req.type = setup.wIndex;
        req.size = setup.wValue;
        req.pendingChecksLeft = m_extraPendingChecks;
        req.stage = req.size > kPooledBufferSize ? Request::Stage::AllocPending : Request::Stage::ReceivingPayload;
        m_requests.insert(id, req);
        r.status = req.stage == Request::Stage::AllocPending ? Pending : Ok;
        r.id = id;
        return reply(r);
    }
    case Send: {
        if (in)
            return UsbControlReply::stall();
        auto it = m_requests.find(setup.wIndex);
        if (it == m_requests.end() || it->stage != Request::Stage::ReceivingPayload
            || quint32(it->payload.size()) + wLength > it->size)
            return UsbControlReply::stall();
        it->payload.append(out.left(wLength));
        return UsbControlReply::ok();
    }
    case Check: {
        if (!in || wLength < kMinWLength)
            return UsbControlReply::stall();
        ServiceReply r;
        auto it = m_requests.find(setup.wIndex);
        if (it == m_requests.end()) {
            r.status = NotFound;
            return reply(r);
        }
        switch (it->stage) {
        case Request::Stage::AllocPending: // the system thread has allocated the buffer by now
            it->stage = Request::Stage::ReceivingPayload;
            r.status = Ok;
            return reply(r);
        case Request::Stage::ReceivingPayload:
            if (quint32(it->payload.size()) < it->size) {
                r.status = Ok; // RECV_PAYLOAD: waiting for the host's SEND
                return reply(r);
            }
            {
                // The payload is complete: the system thread takes the request; this poll is too early.
                const quint16 type = it->type;
                const QByteArray payload = it->payload;
                const quint16 id = setup.wIndex;
                lock.unlock();
                ControlRequestOutcome outcome = m_handler.handle(type, payload);
                lock.lock();
                it = m_requests.find(id);
                if (it == m_requests.end()) {
                    r.status = NotFound;
                    return reply(r);
                }
                it->outcome = std::move(outcome);
                it->stage = Request::Stage::Processing;
            }
            r.status = Pending;
            return reply(r);
        case Request::Stage::Processing:
            if (it->pendingChecksLeft > 0 || m_device->takeFault(FaultKind::PendingBurst)) {
                it->pendingChecksLeft = std::max(0, it->pendingChecksLeft - 1);
                r.status = Pending;
                return reply(r);
            }
            it->stage = Request::Stage::Done;
            [[fallthrough]];
        case Request::Stage::Done: {
            r.status = Ok;
            r.result = it->outcome.result;
            if (!it->outcome.reply.isEmpty())
                r.size = quint32(it->outcome.reply.size());
            if (it->outcome.resetAfter)
                resetInto = it->outcome.resetAfter;
            if (it->outcome.reply.isEmpty())
                m_requests.erase(it);
            return reply(r);
        }
        }
        return UsbControlReply::stall();
    }
    case Recv: {
        if (!in)
            return UsbControlReply::stall();
        auto it = m_requests.find(setup.wIndex);
        if (it == m_requests.end() || it->stage != Request::Stage::Done || wLength == 0
            || it->recvOffset + wLength > it->outcome.reply.size())
            return UsbControlReply::stall();
        const QByteArray chunk = it->outcome.reply.mid(it->recvOffset, wLength);
        it->recvOffset += chunk.size();
        if (it->recvOffset >= it->outcome.reply.size())
            m_requests.erase(it);
        return UsbControlReply::ok(chunk);
    }
    case Reset: {
        if (!in || wLength < kMinWLength)
            return UsbControlReply::stall();
        ServiceReply r;
        if (setup.wIndex == 0) {
            m_requests.clear();
        } else if (!m_requests.remove(setup.wIndex)) {
            r.status = NotFound;
        }
        return reply(r);
    }
    default:
        return UsbControlReply::stall();
    }
}

} // namespace dr::sim
