// The virtual device's module table in the encodings Device OS sends it in: the system_module_info
// JSON ("p", "m":[...], as `s` prints it and Gen 2 0.8.0-rc to 1.0.x control request 90 returns it
// wrapped in braces), and the GetModuleInfoReply protobuf of control request 90 (modules_deprecated
// before 5.6.0, particle.cloud.FirmwareModule from 5.6.0; reference 4.2).
#pragma once

#include "simulator/virtualdevice.h"

#include <QByteArray>

namespace dr::sim {

// {"p":10,"imei":"...","iccid":"...","m":[...]}: the same object the `s` command prints.
QByteArray systemModuleInfoJson(const VirtualDevice &device);

enum class ModuleInfoProtobuf : quint8 { Deprecated, FirmwareModule };
QByteArray moduleInfoProtobuf(const VirtualDevice &device, ModuleInfoProtobuf format);

} // namespace dr::sim
