// libFuzzer target: every reply to a Particle control request the host reads. The first byte picks
// what runs: one of the typed requests of ControlRequestClient (device ID with its raw 'P'
// fallback, system version, device mode 72, module info 90, protection state 76, a whole firmware
// update 250/253/251) over a scripted USB handle whose control-IN transfers answer with the bytes
// that follow, or one of the pure decoders (the service-reply framing, a module-info reply in all
// three formats). Properties checked, not only "no crash": service requests always ask for at least
// wLength 64; RECV never asks for more than one chunk; a refusal always says why; a firmware update
// that succeeds delivered exactly the file, in order, in chunks no larger than the device asked
// for; the framing survives its own round trip.
#include "platform/platformdatabase.h"
#include "restore/restoreengine.h"
#include "usb/controlrequest.h"
#include "usb/deviceprotection.h"
#include "usb/particlecontrol.pb.h"

#include "scriptedusbhandle.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace dr;

template<typename T>
void refusalSaysWhy(const Result<T> &r)
{
    if (!r && r.error().message.isEmpty())
        std::abort();
}

const Platform &platformFor(quint8 selector)
{
    // Photon (Gen 2), Boron (Gen 3), P2 (rtl872x: OUT requests carry a data stage).
    static const int ids[] = {6, 13, 32};
    const Platform *p = PlatformDatabase::builtin().byId(ids[selector % 3]);
    if (!p)
        std::abort();
    return *p;
}

// What the host sends and asks, as the device sees it.
struct HostWatch
{
    quint16 lastInitType = 0;
    QList<QByteArray> updateData; // payload of each FIRMWARE_UPDATE_DATA request (its SENDs joined)

    void observe(const UsbSetup &setup, quint16 length, const QByteArray *out)
    {
        using namespace controlframing;
        if (out) {
            if (setup.bRequest == Send && lastInitType == quint16(ControlRequestType::FirmwareUpdateData))
                updateData.last().append(*out);
            return;
        }
        if (setup.bRequest == Recv) {
            if (length == 0 || length > kMaxChunk)
                std::abort(); // RECV asks for what is left of the reply, one chunk at a time
        } else if (length < kMinWLength) {
            std::abort(); // Device OS stalls a service or raw request with wLength < 64
        }
        if (setup.bRequest == Init) {
            lastInitType = setup.wIndex;
            if (lastInitType == quint16(ControlRequestType::FirmwareUpdateData))
                updateData.append(QByteArray());
        }
    }
};

void firmwareUpdate(ControlRequestClient &client, const HostWatch &watch, quint8 selector)
{
    QByteArray file(1000 + (selector % 8) * 900, '\0');
    for (qsizetype i = 0; i < file.size(); ++i)
        file[i] = char(i * 7 + i / 251);
    quint64 lastDone = 0;
    const auto r = client.updateFirmware(file, [&](quint64 done, quint64 total) {
        if (done <= lastDone || done > total || total != quint64(file.size()))
            std::abort(); // progress only moves forward, up to the file size
        lastDone = done;
    });
    refusalSaysWhy(r);
    if (!r)
        return;
    // Every data request carried the next piece of the file; together they are the file.
    QByteArray delivered;
    for (const QByteArray &request : watch.updateData) {
        dr::pb::FirmwareUpdateDataRequest data;
        if (!data.ParseFromArray(request.constData(), int(request.size())))
            std::abort();
        delivered.append(QByteArray::fromStdString(data.data()));
    }
    if (delivered != file || lastDone != quint64(file.size()))
        std::abort();
}

void serviceReply(const QByteArray &input)
{
    const auto reply = controlframing::decodeReply(input);
    if (!reply)
        return;
    const auto again = controlframing::decodeReply(controlframing::encodeReply(*reply));
    if (!again || again->status != reply->status || again->id != reply->id || again->size != reply->size
        || again->result != reply->result)
        std::abort();
}

void moduleInfoReply(quint8 selector, const QByteArray &input)
{
    static const int platforms[] = {6, 8, 10, 12, 13, 23, 26, 32, 35};
    const auto modules = decodeModuleInfoReply(input);
    refusalSaysWhy(modules);
    if (!modules)
        return;
    for (const DeviceModuleInfo &m : *modules)
        if (m.valid() != ((m.checkedFlags & ~m.passedFlags) == 0))
            std::abort();
    (void)inspectionFromControlReply(platforms[selector % 9], *modules);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!PlatformDatabase::loadBuiltin())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const quint8 mode = data[0];
    const quint8 selector = data[1];
    const QByteArrayView script(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    if (mode % 9 == 7) {
        serviceReply(script.toByteArray());
        return 0;
    }
    if (mode % 9 == 8) {
        moduleInfoReply(selector, script.toByteArray());
        return 0;
    }

    HostWatch watch;
    fuzz::ScriptedHandle handle(script, [&watch](const UsbSetup &setup, quint16 length, const QByteArray *out) {
        watch.observe(setup, length, out);
    });
    const Platform &platform = platformFor(selector);
    ControlRequestClient client(handle, platform);
    client.setSleeper([](std::chrono::milliseconds) {}); // PENDING costs no wall time here
    switch (mode % 9) {
    case 0:
        refusalSaysWhy(client.deviceId());
        break;
    case 1:
        refusalSaysWhy(client.systemVersion());
        break;
    case 2:
        refusalSaysWhy(client.isListening());
        break;
    case 3:
        refusalSaysWhy(client.moduleInfo());
        break;
    case 4:
        refusalSaysWhy(readDeviceProtection(handle, platform, UsbDeviceMode::Normal));
        break;
    case 5:
        firmwareUpdate(client, watch, selector);
        break;
    case 6: {
        const auto r = client.request(ControlRequestType(mode), QByteArray(selector, 'p'));
        refusalSaysWhy(r);
        break;
    }
    }
    return 0;
}
