// DFU 1.1 / DfuSe requests (see dfuclient.h).
#include "usb/dfuclient.h"

#include <QCoreApplication>
#include <QThread>

#include <chrono>
#include <thread>

namespace dr {

namespace {
// The translation context of this file's messages.
struct DfuClientText
{
    Q_DECLARE_TR_FUNCTIONS(dr::DfuClient)
};
} // namespace

namespace {

constexpr quint8 kDfuOut = 0x21; // class, interface, host-to-device
constexpr quint8 kDfuIn = 0xA1;
constexpr quint8 kDtInterface = 4;
constexpr quint8 kDtDfuFunctional = 0x21;
constexpr int kMaxPolls = 2000; // with bwPollTimeout 0 and 5 s transfers: far beyond any real erase

Error descriptorError(const QString &what)
{
    return makeError(usberror::BadDescriptor,
                     DfuClientText::tr("The device's DFU descriptors are malformed: %1.").arg(what),
                     DfuClientText::tr("Reset the device into DFU mode and try again."));
}

} // namespace

Result<DfuDescriptors> parseDfuDescriptors(const QByteArray &config)
{
    DfuDescriptors out;
    const auto *p = reinterpret_cast<const uchar *>(config.constData());
    const qsizetype n = config.size();
    if (n < 9 || p[1] != 2) return descriptorError(DfuClientText::tr("no configuration descriptor"));
    bool inDfuInterface = false;
    qsizetype at = 0;
    while (at + 2 <= n) {
        const quint8 len = p[at];
        const quint8 type = p[at + 1];
        if (len < 2 || at + len > n)
            return descriptorError(DfuClientText::tr("descriptor at offset %1 runs past the end").arg(at));
        if (type == kDtInterface) {
            if (len < 9) return descriptorError(DfuClientText::tr("short interface descriptor"));
            inDfuInterface = p[at + 5] == 0xFE && p[at + 6] == 0x01;
            if (inDfuInterface)
                out.alts.append(DfuAltSettingDescriptor{p[at + 2], p[at + 3], p[at + 8]});
        } else if (type == kDtDfuFunctional && inDfuInterface) {
            if (len < 7) return descriptorError(DfuClientText::tr("short DFU functional descriptor"));
            DfuFunctionalDescriptor f;
            f.attributes = p[at + 2];
            f.detachTimeout = quint16(p[at + 3] | p[at + 4] << 8);
            f.transferSize = quint16(p[at + 5] | p[at + 6] << 8);
            f.dfuVersion = len >= 9 ? quint16(p[at + 7] | p[at + 8] << 8) : 0x0100;
            out.functional = f;
        }
        at += len;
    }
    if (out.alts.isEmpty()) return descriptorError(DfuClientText::tr("no DFU interface"));
    return out;
}

std::optional<DfuStatusReply> DfuStatusReply::parse(const QByteArray &six)
{
    if (six.size() != 6)
        return std::nullopt;
    const auto *p = reinterpret_cast<const uchar *>(six.constData());
    return DfuStatusReply{p[0], quint32(p[1] | p[2] << 8 | p[3] << 16), p[4], p[5]};
}

DfuClient::DfuClient(UsbDeviceHandle &handle, int interface) : m_handle(handle), m_interface(interface) {}

Result<void> DfuClient::checkCancel(const QString &what) const
{
    if (m_cancel && m_cancel->load())
        return cancelledError(what);
    return {};
}

Result<DfuStatusReply> DfuClient::getStatus()
{
    auto r = m_handle.controlIn({kDfuIn, quint8(DfuRequest::GETSTATUS), 0, quint16(m_interface)}, 6, m_timeout);
    if (!r)
        return r.error();
    const auto reply = DfuStatusReply::parse(*r);
    if (!reply)
        return makeError(
            usberror::ShortTransfer,
            DfuClientText::tr("The device answered DFU_GETSTATUS with %1 bytes instead of 6.").arg(r->size()),
            DfuClientText::tr("Reset the device into DFU mode and try again."));
    return *reply;
}

Result<void> DfuClient::clearStatus()
{
    return m_handle.controlOut({kDfuOut, quint8(DfuRequest::CLRSTATUS), 0, quint16(m_interface)}, {}, m_timeout);
}

Result<void> DfuClient::abort()
{
    return m_handle.controlOut({kDfuOut, quint8(DfuRequest::ABORT), 0, quint16(m_interface)}, {}, m_timeout);
}

Result<void> DfuClient::download(quint16 block, const QByteArray &data)
{
    return m_handle.controlOut({kDfuOut, quint8(DfuRequest::DNLOAD), block, quint16(m_interface)}, data, m_timeout);
}

Result<QByteArray> DfuClient::upload(quint16 block, quint16 length)
{
    return m_handle.controlIn({kDfuIn, quint8(DfuRequest::UPLOAD), block, quint16(m_interface)}, length, m_timeout);
}

Result<void> DfuClient::detach(quint16 timeoutMs)
{
    return m_handle.controlOut({kDfuOut, quint8(DfuRequest::DETACH), timeoutMs, quint16(m_interface)}, {}, m_timeout);
}

Result<DfuStatusReply> DfuClient::pollUntilDone(const QString &what)
{
    for (int i = 0; i < kMaxPolls; ++i) {
        auto s = getStatus();
        if (!s)
            return s.error();
        if (s->status != quint8(DfuStatus::OK) || s->state == quint8(DfuState::dfuERROR))
            return dfuStatusError(s->status, s->state, what);
        const auto state = DfuState(s->state);
        if (state != DfuState::dfuDNBUSY && state != DfuState::dfuDNLOAD_SYNC && state != DfuState::dfuMANIFEST_SYNC)
            return *s;
        if (s->pollTimeout > 0) {
            const std::chrono::milliseconds wait(std::min<quint32>(s->pollTimeout, 5000));
            if (m_sleep)
                m_sleep(wait);
            else
                std::this_thread::sleep_for(wait);
        }
    }
    return makeError(usberror::Timeout, DfuClientText::tr("The device stayed busy during %1.").arg(what),
                     DfuClientText::tr("Reset the device into DFU mode and try again."));
}

Result<DfuStatusReply> DfuClient::downloadAndPoll(quint16 block, const QByteArray &data, const QString &what)
{
    if (auto c = checkCancel(what); !c)
        return c.error();
    if (auto r = download(block, data); !r)
        return r.error();
    auto s = pollUntilDone(what);
    // The first GETSTATUS runs the erase or write; a Gen 2 bootloader that fails it stalls that very
    // GETSTATUS and answers the next one with dfuDNLOAD_IDLE/OK: never poll again after a stall.
    if (!s && s.error().code == QLatin1String(usberror::Stall))
        return dfuOperationFailedError(what, s.error().detail);
    return s;
}

Result<void> DfuClient::ensureIdle()
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        auto s = getStatus();
        if (!s)
            return s.error();
        switch (DfuState(s->state)) {
        case DfuState::dfuIDLE:
            return {};
        case DfuState::dfuERROR:
            if (auto r = clearStatus(); !r)
                return r.error();
            break;
        case DfuState::dfuDNLOAD_IDLE:
        case DfuState::dfuUPLOAD_IDLE:
        case DfuState::dfuDNLOAD_SYNC:
        case DfuState::dfuMANIFEST_SYNC:
            if (auto r = abort(); !r)
                return r.error();
            break;
        case DfuState::appIDLE:
        case DfuState::appDETACH:
            return dfuStateError(s->state, DfuClientText::tr("DFU mode"),
                                 DfuClientText::tr("preparing the download"));
        default:
            break; // dfuDNBUSY, dfuMANIFEST: ask again
        }
    }
    auto s = getStatus();
    if (!s)
        return s.error();
    if (s->state != quint8(DfuState::dfuIDLE))
        return dfuStateError(s->state, QStringLiteral("dfuIDLE"),
                             DfuClientText::tr("preparing the download"));
    return {};
}

static QByteArray dfuseCommand(DfuseCommand cmd, quint32 address)
{
    QByteArray b(5, Qt::Uninitialized);
    b[0] = char(cmd);
    b[1] = char(address & 0xFF);
    b[2] = char((address >> 8) & 0xFF);
    b[3] = char((address >> 16) & 0xFF);
    b[4] = char((address >> 24) & 0xFF);
    return b;
}

Result<void> DfuClient::setAddressPointer(quint32 address)
{
    const QString what = QStringLiteral("DfuSe SET_ADDRESS_POINTER 0x%1").arg(address, 8, 16, QLatin1Char('0'));
    auto r = downloadAndPoll(0, dfuseCommand(DfuseCommand::SET_ADDRESS_POINTER, address), what);
    if (!r)
        return r.error();
    return {};
}

Result<void> DfuClient::erasePage(quint32 address)
{
    const QString what = QStringLiteral("DfuSe ERASE 0x%1").arg(address, 8, 16, QLatin1Char('0'));
    auto r = downloadAndPoll(0, dfuseCommand(DfuseCommand::ERASE, address), what);
    if (!r)
        return r.error();
    return {};
}

Result<QByteArray> DfuClient::getCommands()
{
    if (auto r = ensureIdle(); !r)
        return r.error();
    auto r = upload(0, 64);
    if (!r)
        return r.error();
    // An UPLOAD leaves the device in dfuUPLOAD_IDLE: bring it back.
    if (auto a = abort(); !a)
        return a.error();
    return *r;
}

} // namespace dr
