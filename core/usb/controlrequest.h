// Particle USB control requests in normal/listening mode (reference 4.1): the framing of the vendor
// service protocol (INIT / CHECK / SEND / RECV / RESET and its reply), pure and shared with the
// virtual device; and ControlRequestClient, which runs requests over a UsbDeviceHandle with the poll
// back-off, plus the raw 'P' requests and the typed requests a restore needs (reference 4.2).
#pragma once

#include "common/result.h"
#include "firmware/firmwaremodule.h"
#include "platform/platform.h"
#include "usb/usbdevice.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace dr {

// ctrl_request_type values used here (system_control.h).
enum class ControlRequestType : quint16 {
    DeviceId = 20,
    SystemVersion = 30,
    Reset = 40,
    DfuMode = 50,
    SafeMode = 60,
    StartListening = 70,
    StopListening = 71,
    GetDeviceMode = 72,
    GetProtectedState = 76, // Device OS 6.1.1+ (Device Protection)
    GetModuleInfo = 90,
    StartFirmwareUpdate = 250,
    FinishFirmwareUpdate = 251,
    CancelFirmwareUpdate = 252,
    FirmwareUpdateData = 253,
};

namespace controlframing {

// Service requests (bRequest 1..5) and the raw 'P' request.
enum ServiceRequest : quint8 { Init = 1, Check = 2, Send = 3, Recv = 4, Reset = 5 };
inline constexpr quint8 kRawRequest = 0x50; // 'P'
inline constexpr quint16 kMinWLength = 64;
inline constexpr int kMaxChunk = 4096;       // MAX_CONTROL_TRANSFER_DATA_SIZE
inline constexpr int kMaxPayload = 65535;
inline constexpr int kMaxActiveRequests = 4; // USB_REQUEST_MAX_ACTIVE_COUNT
// Raw 'P' request types (processVendorRequest).
inline constexpr quint16 kRawDeviceId = 20;
inline constexpr quint16 kRawSystemVersion = 30;
inline constexpr quint16 kRawReset = 40;

enum Status : quint16 { Ok = 0, Error = 1, Pending = 2, Busy = 3, NoMemory = 4, NotFound = 5 };
enum Field : quint32 { FieldStatus = 1, FieldId = 2, FieldSize = 4, FieldResult = 8 };

struct ServiceReply
{
    quint16 status = Ok;
    std::optional<quint16> id;
    std::optional<quint32> size;
    std::optional<qint32> result;
};

QByteArray encodeReply(const ServiceReply &reply); // little-endian, fields in flag order
// nullopt when the bytes are not a well-formed reply (missing status, truncated fields).
std::optional<ServiceReply> decodeReply(const QByteArray &bytes);

UsbSetup initSetup(quint16 type, quint16 payloadSize);
UsbSetup checkSetup(quint16 id);
UsbSetup sendSetup(quint16 id);
UsbSetup recvSetup(quint16 id);
UsbSetup resetSetup(quint16 id);
UsbSetup rawInSetup(quint16 type);
UsbSetup rawOutSetup(quint16 type);

// The CHECK poll back-off in ms: 2, 5, 10, 25, 50, 100, 100, 250, 250, 500, 500, 1000, then 1000.
std::chrono::milliseconds checkBackoff(int attempt);

} // namespace controlframing

// Module info as the device reports it (request 90), in either reply format.
struct DeviceModuleInfo
{
    ModuleFunction function = ModuleFunction::None;
    int index = 0;
    int version = 0;
    quint32 size = 0;
    quint32 maxSize = 0;       // 5.6+ only
    int store = 0;             // 0 MAIN ("m"), 5.6+ only
    quint32 checkedFlags = 0;  // validity bits checked (reference 2.6)
    quint32 passedFlags = 0;   // the bits that passed
    bool legacyFormat = false; // DOS < 5.6: only integrity and dependencies are reported
    QByteArray hash;
    QList<ModuleDependency> dependencies;

    bool valid() const { return (checkedFlags & ~passedFlags) == 0; }
};
// Pure: decodes a GetModuleInfoReply (both protobuf formats), or the JSON text that Gen 2 Device OS
// 0.8.0-rc to 1.0.x sends instead.
Result<QList<DeviceModuleInfo>> decodeModuleInfoReply(const QByteArray &protobuf);

struct ControlReply
{
    qint32 result = 0;
    QByteArray data;
};

class ControlRequestClient
{
public:
    ControlRequestClient(UsbDeviceHandle &handle, const Platform &platform);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setTransferTimeout(UsbTimeout timeout) { m_transferTimeout = timeout; }
    // How the CHECK back-off waits (default: std::this_thread::sleep_for). The fuzz target replaces
    // it so that a reply saying PENDING costs no wall time; the deadline is still the real clock.
    using Sleeper = std::function<void(std::chrono::milliseconds)>;
    void setSleeper(Sleeper sleeper) { m_sleep = std::move(sleeper); }

    // One request through the service protocol: INIT, SEND the payload in chunks, CHECK with the
    // back-off until done, RECV the reply. `result` is the device's system result code.
    Result<ControlReply> request(ControlRequestType type, const QByteArray &payload = {},
                                 std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // The same, with a non-zero result turned into an error.
    Result<QByteArray> requestOk(ControlRequestType type, const QByteArray &payload = {},
                                 std::chrono::milliseconds timeout = std::chrono::seconds(60));

    // Raw 'P' requests (no service protocol).
    Result<QByteArray> rawIn(quint16 type);
    Result<void> rawOut(quint16 type);

    Result<QString> deviceId();      // lower case
    Result<QString> systemVersion(); // "2.2.0"
    Result<void> reset();
    Result<void> enterDfu();
    Result<void> startListening();
    Result<void> stopListening();
    Result<bool> isListening();      // request 72
    Result<QList<DeviceModuleInfo>> moduleInfo();

    using ProgressFn = std::function<void(quint64 done, quint64 total)>;
    // Firmware update in normal mode (250, 253..., 251): the device validates the file, then applies
    // it and resets. `timeout` bounds the whole transfer.
    Result<void> updateFirmware(const QByteArray &file, const ProgressFn &progress = {},
                                std::chrono::milliseconds timeout = std::chrono::minutes(4));
    Result<void> cancelFirmwareUpdate();

    quint64 controlTransfers() const { return m_handle.controlTransferCount(); }

private:
    Result<QByteArray> in(const UsbSetup &setup, quint16 length);
    Result<void> out(const UsbSetup &setup, const QByteArray &data);
    Result<controlframing::ServiceReply> serviceIn(const UsbSetup &setup, const QString &what);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    UsbDeviceHandle &m_handle;
    const Platform &m_platform;
    const std::atomic_bool *m_cancel = nullptr;
    UsbTimeout m_transferTimeout = kDefaultUsbTimeout;
    Sleeper m_sleep;
};

} // namespace dr
