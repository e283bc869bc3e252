// What the virtual device's Device OS does with one control request (reference 4.2, 5; device-os
// system/src/system_control_internal.cpp SystemControl::processRequest from 0.8.0-rc.2 to 6.2.0):
// which request types the running version handles, the answer each one gives, and the system result
// code of every refusal (-120 not supported, -210 invalid state, -290 out of range, -1351 too large,
// -133x..-137x validation, -1801 protected). What changes with the Device OS version is one row of
// ControlRequestTraits, chosen from the running version; the handler reads the row, never the version.
// The USB framing around it is ControlRequestChannel's. Thread-safe.
#pragma once

#include "simulator/virtualdevice.h"

#include <QByteArray>

#include <memory>
#include <mutex>
#include <optional>

namespace dr::sim {

struct ControlRequestTraits
{
    enum class ModuleInfo : quint8 {
        Json,                 // Gen 2 0.8.0-rc.2 to 1.0.x: "{" system_module_info "}" (CTRL_REQUEST_MODULE_INFO)
        DeprecatedProtobuf,   // 1.1.0-rc.1 to 5.5.x: GetModuleInfoReply.modules_deprecated
        FirmwareModuleProtobuf, // 5.6.0 on: GetModuleInfoReply.modules
    };
    ModuleInfo moduleInfo = ModuleInfo::DeprecatedProtobuf;
    // 20, 21, 30, 31, 32, 72, 73, 74, 75 (config.cpp): absent from the Gen 2 0.8.0-rc / 1.0.x channel.
    bool configRequests = true;
    bool echo = false;       // 1 (1.5.0 on)
    bool assetInfo = false;  // 91 (5.6.0 on)
    bool protection = false; // 76, 77 and the protected-mode filter (6.1.1 on)

    static ControlRequestTraits of(const Platform &platform, const SemVer &running);
};

struct ControlRequestOutcome
{
    qint32 result = 0;
    QByteArray reply;
    std::optional<DeviceMode> resetAfter; // reply first, then the device resets into this mode
};

class ControlRequestHandler
{
public:
    explicit ControlRequestHandler(std::shared_ptr<VirtualDevice> device);

    ControlRequestTraits traits() const; // of the Device OS running now
    ControlRequestOutcome handle(quint16 type, const QByteArray &payload);
    void reset(); // Device OS restarted: any firmware update transfer is gone

private:
    ControlRequestOutcome firmwareUpdate(quint16 type, const QByteArray &payload);

    std::shared_ptr<VirtualDevice> m_device;
    std::mutex m_mutex;
    // FirmwareUpdate (system/src/firmware_update.cpp): the transfer the host is sending.
    bool m_updating = false;
    quint32 m_updateSize = 0;
    quint32 m_received = 0;
};

} // namespace dr::sim
