// Device Protection (Device OS 6.x, reference device-os-behaviour.md row 19): whether a device has it
// on. A protected device refuses every DFU read, erase and write (errVENDOR) and every control request
// but a few (-1801), so a restore must find out before it writes anything and say why it stops.
// DFU mode: the bootloader's string 0xFA ("sm=p", 6.2.0+), else every alt 0 sector erase-only ('b',
// 6.0.0+). Normal mode: control request 76 (6.1.1+; older Device OS has no protection).
#pragma once

#include "common/result.h"
#include "platform/platform.h"
#include "usb/usbdevice.h"

namespace dr {

namespace protectionerror {
inline constexpr char Protected[] = "device.protected";
} // namespace protectionerror

Result<bool> readDeviceProtection(UsbDeviceHandle &handle, const Platform &platform, UsbDeviceMode mode);
// The refusal: what Device Protection does and how to turn it off. `detail` says how it was found.
Error deviceProtectedError(const QString &detail = {});

} // namespace dr
