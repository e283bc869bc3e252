// Device Protection detection (see deviceprotection.h).
#include "usb/deviceprotection.h"

#include "usb/controlrequest.h"
#include "usb/dfuclient.h"
#include "usb/dfusememorylayout.h"
#include "usb/particlecontrol.pb.h"
#include "usb/usberror.h"

#include <QCoreApplication>

namespace dr {

namespace {
struct ProtectionText
{
    Q_DECLARE_TR_FUNCTIONS(dr::DeviceProtection)
};

constexpr quint8 kDeviceStateString = 0xFA; // STRING_IDX_DEVICE_STATE (bootloader usbd_device.cpp)

Result<bool> protectionInDfu(UsbDeviceHandle &handle)
{
    if (auto state = handle.stringDescriptor(kDeviceStateString); state.ok()) {
        // "sm=o" open, "sm=p" protected, "sm=s" service mode (protection overridden for a while).
        for (const QString &kv : state->split(QLatin1Char(';'))) {
            if (kv.trimmed().startsWith(QLatin1String("sm=")))
                return kv.trimmed().mid(3, 1) == QLatin1String("p");
        }
    }
    // Bootloaders without the string (before 6.2.0): protected ones show every sector erase-only.
    auto config = handle.configDescriptor();
    if (!config)
        return config.error();
    auto descriptors = parseDfuDescriptors(*config);
    if (!descriptors)
        return descriptors.error();
    for (const DfuAltSettingDescriptor &alt : descriptors->alts) {
        if (alt.interface != 0 || alt.alt != 0 || alt.iInterface == 0)
            continue;
        auto text = handle.stringDescriptor(alt.iInterface);
        if (!text)
            return text.error();
        auto layout = DfuseMemoryLayout::parse(*text);
        if (!layout)
            return layout.error();
        return layout->looksProtected();
    }
    return false;
}

} // namespace

Result<bool> readDeviceProtection(UsbDeviceHandle &handle, const Platform &platform, UsbDeviceMode mode)
{
    if (mode == UsbDeviceMode::Dfu)
        return protectionInDfu(handle);
    ControlRequestClient control(handle, platform);
    auto reply = control.request(ControlRequestType::GetProtectedState);
    if (!reply)
        return reply.error();
    if (reply->result == -120) // Device OS before 6.1.1: no Device Protection
        return false;
    if (reply->result != 0)
        return systemResultError(reply->result, int(ControlRequestType::GetProtectedState));
    pb::GetProtectedStateReply state;
    if (!state.ParseFromArray(reply->data.constData(), int(reply->data.size())))
        return makeError(usberror::ControlProtocol,
                         ProtectionText::tr("The device answered the protection state request (76) with a malformed "
                                            "reply."),
                         ProtectionText::tr("Reset the device and try again."));
    return state.state() && !state.overridden();
}

Error deviceProtectedError(const QString &detail)
{
    return makeError(protectionerror::Protected,
                     ProtectionText::tr("The device has Device Protection on: its bootloader refuses firmware written "
                                        "over DFU and its Device OS refuses updates over USB, so Device Restore cannot "
                                        "write it. Nothing was written."),
                     ProtectionText::tr("Turn Device Protection off for this device in the Particle console (or put it "
                                        "in service mode with 'particle device-protection disable'), then restore it "
                                        "again."),
                     detail);
}

} // namespace dr
