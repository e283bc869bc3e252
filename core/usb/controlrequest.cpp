// Particle control requests (see controlrequest.h).
#include "usb/controlrequest.h"

#include "serial/moduleinspectionjson.h"
#include "usb/particlecontrol.pb.h"
#include "usb/usberror.h"

#include <QCoreApplication>
#include <QtEndian>

#include <chrono>
#include <thread>

namespace dr {

// Messages use QCoreApplication::translate with an explicit context: lupdate cannot resolve a
// local tr() class inside ControlRequestClient's members.

using namespace std::chrono;

namespace controlframing {

QByteArray encodeReply(const ServiceReply &r)
{
    quint32 flags = FieldStatus;
    if (r.id)
        flags |= FieldId;
    if (r.size)
        flags |= FieldSize;
    if (r.result)
        flags |= FieldResult;
    QByteArray out;
    auto put = [&out](auto v) {
        char buf[sizeof v];
        qToLittleEndian(v, buf);
        out.append(buf, sizeof v);
    };
    put(flags);
    put(r.status);
    if (r.id)
        put(*r.id);
    if (r.size)
        put(*r.size);
    if (r.result)
        put(*r.result);
    return out;
}

std::optional<ServiceReply> decodeReply(const QByteArray &bytes)
{
    qsizetype at = 0;
    auto take = [&](auto &v) {
        if (at + qsizetype(sizeof v) > bytes.size())
            return false;
        v = qFromLittleEndian<std::remove_reference_t<decltype(v)>>(bytes.constData() + at);
        at += sizeof v;
        return true;
    };
    quint32 flags = 0;
    ServiceReply r;
    if (!take(flags) || !(flags & FieldStatus) || !take(r.status))
        return std::nullopt;
    if (flags & FieldId) {
        quint16 id = 0;
        if (!take(id))
            return std::nullopt;
        r.id = id;
    }
    if (flags & FieldSize) {
        quint32 size = 0;
        if (!take(size))
            return std::nullopt;
        r.size = size;
    }
    if (flags & FieldResult) {
        qint32 result = 0;
        if (!take(result))
            return std::nullopt;
        r.result = result;
    }
    return r;
}

UsbSetup initSetup(quint16 type, quint16 payloadSize) { return {0xC0, Init, payloadSize, type}; }
UsbSetup checkSetup(quint16 id) { return {0xC0, Check, 0, id}; }
UsbSetup sendSetup(quint16 id) { return {0x40, Send, 0, id}; }
UsbSetup recvSetup(quint16 id) { return {0xC0, Recv, 0, id}; }
UsbSetup resetSetup(quint16 id) { return {0xC0, Reset, 0, id}; }
UsbSetup rawInSetup(quint16 type) { return {0xC0, kRawRequest, 0, type}; }
UsbSetup rawOutSetup(quint16 type) { return {0x40, kRawRequest, 0, type}; }

milliseconds checkBackoff(int attempt)
{
    // particle-usb polls at 50, 50, 100, ... ms. A real device needs the first CHECK after every
    // request (and after every INIT of a firmware chunk, which answers PENDING) only for a few
    // milliseconds of system-thread time: short first polls save most of 100 ms a chunk.
    static constexpr int table[] = {2, 5, 10, 25, 50, 100, 100, 250, 250, 500, 500, 1000};
    if (attempt < 0)
        attempt = 0;
    return milliseconds(attempt < int(std::size(table)) ? table[attempt] : 1000);
}

} // namespace controlframing

namespace {

Error protocolError(const QString &what)
{
    return makeError(
        usberror::ControlProtocol,
        QCoreApplication::translate("dr::ControlRequest", "The device answered %1 with a malformed reply.")
            .arg(what),
        QCoreApplication::translate(
            "dr::ControlRequest",
            "Reset the device and try again; if it repeats, update its Device OS by DFU."));
}

ModuleFunction legacyTypeToFunction(quint32 type)
{
    switch (type) {
    case 1: return ModuleFunction::Bootloader;
    case 2: return ModuleFunction::SystemPart;
    case 3: return ModuleFunction::UserPart;
    case 4: return ModuleFunction::MonoFirmware;
    case 5: return ModuleFunction::NcpFirmware;
    case 6: return ModuleFunction::RadioStack;
    default: return ModuleFunction::None;
    }
}

constexpr quint32 kIntegrity = 1u << 1, kDependencies = 1u << 2;

} // namespace

namespace {

// Gen 2 Device OS 0.8.0-rc.2 to 1.0.x answers request 90 with the listening-mode `s` JSON text,
// "{" system_module_info "}" (system_control_internal.cpp CTRL_REQUEST_MODULE_INFO), not protobuf.
Result<QList<DeviceModuleInfo>> decodeModuleInfoJson(const QByteArray &json)
{
    auto parsed = ModuleInspectionJson::parse(json);
    if (!parsed)
        return makeError(usberror::ControlProtocol,
                         QCoreApplication::translate("dr::ControlRequest",
                                                     "The device answered the module info request (90) with "
                                                     "malformed JSON."),
                         QCoreApplication::translate(
                             "dr::ControlRequest",
                             "Reset the device and try again; if it repeats, update its Device OS by DFU."),
                         parsed.error().message);
    QList<DeviceModuleInfo> out;
    for (const InstalledModule &m : parsed->modules) {
        if (m.isEmpty())
            continue; // an empty slot (no "f"): nothing installed there
        DeviceModuleInfo info;
        info.function = m.function().value_or(ModuleFunction::None);
        info.index = m.index;
        info.version = m.version;
        info.maxSize = quint32(m.maxSize);
        info.store = int(m.store);
        info.checkedFlags = m.validityChecked;
        info.passedFlags = m.validityResult;
        info.hash = QByteArray::fromHex(m.userSha256.toLatin1());
        for (const InstalledDependency &d : m.dependencies)
            info.dependencies.append(ModuleDependency{d.functionCode, quint8(d.index), quint16(d.version)});
        out.append(info);
    }
    return out;
}

} // namespace

Result<QList<DeviceModuleInfo>> decodeModuleInfoReply(const QByteArray &bytes)
{
    if (bytes.startsWith('{'))
        return decodeModuleInfoJson(bytes);
    pb::GetModuleInfoReply reply;
    if (!reply.ParseFromArray(bytes.constData(), int(bytes.size())))
        return protocolError(
            QCoreApplication::translate("dr::ControlRequest", "the module info request (90)"));
    QList<DeviceModuleInfo> out;
    for (const pb::FirmwareModule &m : reply.modules()) {
        DeviceModuleInfo info;
        info.function = isKnownModuleFunction(int(m.type())) ? ModuleFunction(m.type()) : ModuleFunction::None;
        info.index = int(m.index());
        info.version = int(m.version());
        info.size = m.size();
        info.maxSize = m.max_size();
        info.store = int(m.store());
        info.checkedFlags = m.checked_flags();
        info.passedFlags = m.passed_flags();
        info.hash = QByteArray::fromStdString(m.hash());
        for (const pb::FirmwareModuleDependency &d : m.dependencies())
            info.dependencies.append(ModuleDependency{quint8(d.type()), quint8(d.index()), quint16(d.version())});
        out.append(info);
    }
    if (!out.isEmpty())
        return out;
    for (const pb::GetModuleInfoReply::Module &m : reply.modules_deprecated()) {
        DeviceModuleInfo info;
        info.legacyFormat = true;
        info.function = legacyTypeToFunction(m.type());
        info.index = int(m.index());
        info.version = int(m.version());
        info.size = m.size();
        info.checkedFlags = kIntegrity | kDependencies;
        info.passedFlags = info.checkedFlags;
        if (m.validity() & 0x01)
            info.passedFlags &= ~kIntegrity;
        if (m.validity() & 0x02)
            info.passedFlags &= ~kDependencies;
        for (const auto &d : m.dependencies())
            info.dependencies.append(ModuleDependency{quint8(legacyTypeToFunction(d.type())), quint8(d.index()),
                                                      quint16(d.version())});
        out.append(info);
    }
    return out;
}

ControlRequestClient::ControlRequestClient(UsbDeviceHandle &handle, const Platform &platform)
    : m_handle(handle), m_platform(platform)
{
}

Result<QByteArray> ControlRequestClient::in(const UsbSetup &setup, quint16 length)
{
    return m_handle.controlIn(setup, length, m_transferTimeout);
}

Result<void> ControlRequestClient::out(const UsbSetup &setup, const QByteArray &data)
{
    // rtl872x: an OUT request without data must still carry a 1-byte data stage (reference 1.1).
    if (data.isEmpty() && m_platform.controlOutTransfersRequireDataStage)
        return m_handle.controlOut(setup, QByteArray(1, '\0'), m_transferTimeout);
    return m_handle.controlOut(setup, data, m_transferTimeout);
}

Result<controlframing::ServiceReply> ControlRequestClient::serviceIn(const UsbSetup &setup, const QString &what)
{
    auto bytes = in(setup, controlframing::kMinWLength);
    if (!bytes)
        return bytes.error();
    const auto reply = controlframing::decodeReply(*bytes);
    if (!reply)
        return protocolError(what);
    return *reply;
}

Result<ControlReply> ControlRequestClient::request(ControlRequestType type, const QByteArray &payload,
                                                   milliseconds timeout)
{
    using namespace controlframing;
    const quint16 t = quint16(type);
    if (payload.size() > kMaxPayload)
        return makeError(
            usberror::ControlProtocol,
            QCoreApplication::translate("dr::ControlRequest",
                                        "The request %1 carries %2 bytes; the device takes at most %3.")
                .arg(t)
                .arg(payload.size())
                .arg(kMaxPayload),
            QCoreApplication::translate("dr::ControlRequest",
                                        "This is a bug in Device Restore; please report it."));
    const auto deadline = steady_clock::now() + timeout;
    auto timedOut = [&] { return steady_clock::now() >= deadline; };
    auto backoff = [this](milliseconds wait) {
        if (m_sleep)
            m_sleep(wait);
        else
            std::this_thread::sleep_for(wait);
    };
    auto timeoutError = [&] {
        return makeError(
            usberror::ControlTimeout,
            QCoreApplication::translate("dr::ControlRequest",
                                        "The device did not complete request %1 within %2 s.")
                .arg(t)
                .arg(timeout.count() / 1000.0),
            QCoreApplication::translate("dr::ControlRequest", "Reset the device and try again."));
    };

    // INIT (PENDING: the device is still allocating the buffer; poll CHECK before sending).
    auto init = serviceIn(initSetup(t, quint16(payload.size())), QStringLiteral("INIT"));
    if (!init)
        return init.error();
    if (init->status != Ok && init->status != Pending)
        return controlStatusError(init->status, t);
    if (!init->id)
        return protocolError(QStringLiteral("INIT"));
    const quint16 id = *init->id;
    auto resetRequest = [&] { (void)serviceIn(resetSetup(id), QStringLiteral("RESET")); };

    int attempt = 0;
    if (init->status == Pending) {
        for (;;) {
            if (cancelled()) {
                resetRequest();
                return cancelledError(
                    QCoreApplication::translate("dr::ControlRequest", "The control request"));
            }
            if (timedOut()) {
                resetRequest();
                return timeoutError();
            }
            backoff(checkBackoff(attempt++));
            auto c = serviceIn(checkSetup(id), QStringLiteral("CHECK"));
            if (!c)
                return c.error();
            if (c->status == Ok)
                break;
            if (c->status != Pending)
                return controlStatusError(c->status, t);
        }
        attempt = 0;
    }

    // SEND the payload in chunks.
    for (qsizetype at = 0; at < payload.size(); at += kMaxChunk) {
        if (auto r = out(sendSetup(id), payload.mid(at, kMaxChunk)); !r)
            return r.error();
    }

    // CHECK until done: first at once, then with the back-off.
    controlframing::ServiceReply done;
    for (;;) {
        auto c = serviceIn(checkSetup(id), QStringLiteral("CHECK"));
        if (!c)
            return c.error();
        if (c->status == Ok) {
            done = *c;
            break;
        }
        if (c->status != Pending)
            return controlStatusError(c->status, t);
        if (cancelled()) {
            resetRequest();
            return cancelledError(QCoreApplication::translate("dr::ControlRequest", "The control request"));
        }
        if (timedOut()) {
            resetRequest();
            return timeoutError();
        }
        backoff(checkBackoff(attempt++));
    }

    ControlReply reply;
    reply.result = done.result.value_or(0);
    const quint32 size = done.size.value_or(0);
    while (quint32(reply.data.size()) < size) {
        const quint16 want = quint16(std::min<quint32>(kMaxChunk, size - quint32(reply.data.size())));
        auto chunk = in(recvSetup(id), want);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            return protocolError(QStringLiteral("RECV"));
        reply.data.append(*chunk);
    }
    return reply;
}

Result<QByteArray> ControlRequestClient::requestOk(ControlRequestType type, const QByteArray &payload,
                                                   milliseconds timeout)
{
    auto r = request(type, payload, timeout);
    if (!r)
        return r.error();
    if (r->result != 0)
        return systemResultError(r->result, int(type));
    return r->data;
}

Result<QByteArray> ControlRequestClient::rawIn(quint16 type)
{
    return in(controlframing::rawInSetup(type), controlframing::kMinWLength);
}

Result<void> ControlRequestClient::rawOut(quint16 type)
{
    return out(controlframing::rawOutSetup(type), {});
}

Result<QString> ControlRequestClient::deviceId()
{
    auto r = requestOk(ControlRequestType::DeviceId);
    if (!r) {
        // Older Device OS: the raw 'P' request (a 24-character hex string).
        auto raw = rawIn(controlframing::kRawDeviceId);
        if (!raw)
            return r.error();
        return QString::fromLatin1(*raw).trimmed().remove(QChar(0)).toLower();
    }
    pb::GetDeviceIdReply reply;
    if (!reply.ParseFromArray(r->constData(), int(r->size())))
        return protocolError(QCoreApplication::translate("dr::ControlRequest", "the device ID request (20)"));
    return QString::fromStdString(reply.id()).toLower();
}

Result<QString> ControlRequestClient::systemVersion()
{
    // particle-usb reads it with the raw 'P' request; the service request is the fallback.
    auto raw = rawIn(controlframing::kRawSystemVersion);
    if (raw && !raw->isEmpty())
        return QString::fromLatin1(*raw).remove(QChar(0)).trimmed();
    auto r = requestOk(ControlRequestType::SystemVersion);
    if (!r)
        return r.error();
    pb::GetSystemVersionReply reply;
    if (!reply.ParseFromArray(r->constData(), int(r->size())))
        return protocolError(
            QCoreApplication::translate("dr::ControlRequest", "the system version request (30)"));
    return QString::fromStdString(reply.version());
}

static Result<void> asVoid(const Result<QByteArray> &r)
{
    if (!r)
        return r.error();
    return {};
}

Result<void> ControlRequestClient::reset() { return asVoid(requestOk(ControlRequestType::Reset)); }
Result<void> ControlRequestClient::enterDfu() { return asVoid(requestOk(ControlRequestType::DfuMode)); }
Result<void> ControlRequestClient::startListening() { return asVoid(requestOk(ControlRequestType::StartListening)); }
Result<void> ControlRequestClient::stopListening() { return asVoid(requestOk(ControlRequestType::StopListening)); }
Result<void> ControlRequestClient::cancelFirmwareUpdate() { return asVoid(requestOk(ControlRequestType::CancelFirmwareUpdate)); }

Result<bool> ControlRequestClient::isListening()
{
    auto r = requestOk(ControlRequestType::GetDeviceMode);
    if (!r)
        return r.error();
    pb::GetDeviceModeReply reply;
    if (!reply.ParseFromArray(r->constData(), int(r->size())))
        return protocolError(
            QCoreApplication::translate("dr::ControlRequest", "the device mode request (72)"));
    return reply.mode() == 1;
}

Result<QList<DeviceModuleInfo>> ControlRequestClient::moduleInfo()
{
    auto r = requestOk(ControlRequestType::GetModuleInfo);
    if (!r)
        return r.error();
    return decodeModuleInfoReply(*r);
}

Result<void> ControlRequestClient::updateFirmware(const QByteArray &file, const ProgressFn &progress,
                                                  milliseconds timeout)
{
    const auto deadline = steady_clock::now() + timeout;
    pb::StartFirmwareUpdateRequest start;
    start.set_size(quint32(file.size()));
    start.set_format(0);
    auto started = requestOk(ControlRequestType::StartFirmwareUpdate, QByteArray::fromStdString(start.SerializeAsString()));
    if (!started)
        return started.error();
    pb::StartFirmwareUpdateReply startReply;
    if (!startReply.ParseFromArray(started->constData(), int(started->size())) || startReply.chunk_size() == 0
        || startReply.chunk_size() > quint32(controlframing::kMaxPayload - 16))
        return protocolError(
            QCoreApplication::translate("dr::ControlRequest", "the start of the firmware update (250)"));
    const qsizetype chunk = qsizetype(startReply.chunk_size());
    for (qsizetype at = 0; at < file.size(); at += chunk) {
        if (cancelled() || steady_clock::now() >= deadline) {
            (void)cancelFirmwareUpdate();
            if (cancelled())
                return cancelledError(
                    QCoreApplication::translate("dr::ControlRequest", "The firmware update"));
            return makeError(
                usberror::ControlTimeout,
                QCoreApplication::translate("dr::ControlRequest",
                                            "The firmware update did not finish in time."),
                QCoreApplication::translate("dr::ControlRequest", "Reset the device and try again."));
        }
        pb::FirmwareUpdateDataRequest data;
        const QByteArray part = file.mid(at, chunk);
        data.set_data(part.constData(), size_t(part.size()));
        auto r = requestOk(ControlRequestType::FirmwareUpdateData, QByteArray::fromStdString(data.SerializeAsString()));
        if (!r)
            return r.error();
        if (progress)
            progress(quint64(std::min<qsizetype>(at + chunk, file.size())), quint64(file.size()));
    }
    pb::FinishFirmwareUpdateRequest finish;
    finish.set_validate_only(false);
    auto done = requestOk(ControlRequestType::FinishFirmwareUpdate, QByteArray::fromStdString(finish.SerializeAsString()));
    if (!done)
        return done.error();
    return {};
}

} // namespace dr
