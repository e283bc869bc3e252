// Runs a restore plan on a device and proves the result. It finds the device by its device ID and
// follows it across every re-enumeration (enter DFU, leave DFU, reset after a firmware update),
// switches modes itself, writes each module (DFU with read-back, the firmware-update control
// requests, or YModem in listening mode for Device OS too old for control requests), waits for the
// person where the plan says so, and at the end boots the device, reads its module table (control
// requests, or the listening-mode `s` command) and compares every module with the plan.
//
// The serial path (reference 3, 4, 7.1): find the device's serial port (by device ID, else the port
// it answered on before), put it in listening mode (the 28800-baud line coding, then the person with
// the MODE button as the last resort), send the module with `f` + YModem, let Device OS apply it and
// restart, and find the device again. A cancel waits for the YModem block on the wire, then sends
// CA CA: the device drops the partial image and keeps its modules.
//
// A state machine of phases, each bounded by a timeout; synchronous and cancellable at every safe
// point (between transfers), so it runs on a worker thread (RestoreRunner) or directly in tests. On
// failure or cancel it stops at once and says in words what state the device is in; running the same
// restore again continues from there, because the planner skips what is already in place.
#pragma once

#include "common/result.h"
#include "restore/restoreplan.h"
#include "serial/moduleinspection.h"
#include "usb/controlrequest.h"
#include "usb/usbdevice.h"

#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace dr {

enum class RestorePhase : quint8 {
    Locating,        // finding the device on the bus
    EnteringDfu,     // control request 50, then waiting for the DFU enumeration
    LeavingDfu,      // DFU leave (manifest), then waiting for Device OS to enumerate
    EnteringListening, // 28800 baud (or the person), then waiting for the console to answer
    Writing,         // a module is being sent
    Rebooting,       // after a firmware update the device applies it and restarts
    WaitingForPerson,
    Inspecting,      // reading the module table at the end
    Done,
    Failed,
    Cancelled,
};
QString restorePhaseName(RestorePhase phase); // "locating", "entering-dfu", ...

struct RestoreProgress
{
    RestorePhase phase = RestorePhase::Locating;
    int step = -1;      // index into the plan's steps; -1 outside steps
    int stepCount = 0;
    quint64 stepDone = 0, stepTotal = 0; // bytes of the current step
    quint64 done = 0, total = 0;         // bytes of the whole plan; never goes backwards
    std::optional<double> etaSeconds;    // nullopt until there is a rate to go by
    QString message;                     // what is happening, for people
    // The longest the engine waits in this phase for the device to do something (switch modes,
    // restart, answer) before it tries another way or stops with an error; 0 while bytes move,
    // while a person is asked, or when nothing is awaited.
    qint64 waitLimitMs = 0;
};

struct PersonPrompt
{
    QString title;       // "Let the device connect"
    QString instruction; // what to do and what to look for (LED colour and pattern in words)
};

// How the engine reports; every call comes from the engine's thread.
class RestoreObserver
{
public:
    virtual ~RestoreObserver() = default;
    virtual void progress(const RestoreProgress &) {}
    virtual void log(const QString &) {}
    // The person must act; return false to cancel the restore.
    virtual bool askPerson(const PersonPrompt &) { return true; }
    virtual void inspected(const ModuleInspection &) {}
};

struct RestoreTimeouts
{
    std::chrono::milliseconds reenumerate{60000};     // device gone and back after a mode change
    std::chrono::milliseconds firmwareUpdate{240000}; // one control-request update (NCP updates are slow)
    std::chrono::milliseconds applyAndReboot{120000}; // apply the OTA image and come back
    std::chrono::milliseconds listeningMode{8000};    // console answering after the 28800-baud request
    std::chrono::milliseconds dfuInspect{60000};      // reading every module back over DFU (about 1 s over USB)
};

struct StepRecord
{
    int index = 0;
    QString part;
    QString outcome; // "written", "skipped", "failed", "confirmed"
    qint64 milliseconds = 0;
    std::optional<Error> error;
};

struct RestoreOutcome
{
    bool success = false;
    bool cancelled = false;
    std::optional<Error> error;
    QString deviceState; // where the device is now and what to do next, in words
    std::optional<ModuleInspection> after;
    QList<QString> mismatches; // expected module not found or at another version
    QList<StepRecord> steps;
    qint64 milliseconds = 0;
};

// Converts the control-request module table (request 90) to the shared inspection model.
ModuleInspection inspectionFromControlReply(int platformId, const QList<DeviceModuleInfo> &modules);

class RestoreEngine
{
public:
    explicit RestoreEngine(UsbBackend &usb, RestoreObserver *observer = nullptr);

    void setTimeouts(const RestoreTimeouts &t) { m_timeouts = t; }
    // How to find a device's serial port (the 14400-baud way into DFU mode, listening mode, YModem).
    // The default asks the system's serial ports (QSerialPortInfo) for the one with the device ID;
    // when that finds none (Gen 2 before 0.6.0 does not give its ID on USB) the engine keeps using
    // the port path the device last answered on, and checks the ID the console gives (`i`).
    using SerialPortLookup = std::function<QString(const QString &deviceId)>;
    void setSerialPortLookup(SerialPortLookup lookup) { m_serialPortFor = std::move(lookup); }
    // Where the device is plugged in (UsbDeviceInfo::portPath), when the caller knows it: a device
    // that shows no device ID on USB (old Gen 2) is then only ever taken on this port, so engines
    // restoring several such devices at once each keep their own (the station). Empty: the one
    // such device on the bus, as before; two of them fail with usb.ambiguous-device.
    void setUsbPortPath(const QString &portPath) { m_portPath = portPath; }
    // Thread-safe: the engine stops at the next safe point (between transfers, or while waiting).
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

    RestoreOutcome run(const RestorePlan &plan, const QString &deviceId);

    // The device's module table. Running Device OS: control requests, or over its serial port in
    // listening mode (`s`) for Device OS too old for them; a device put into listening mode for this
    // is sent back out of it (`x`). In DFU mode: its modules read back over DFU UPLOAD
    // (DfuModuleReader; progress as the Inspecting phase, bounded by RestoreTimeouts::dfuInspect),
    // nothing written and the device left in DFU mode.
    Result<ModuleInspection> inspect(const QString &deviceId);

private:
    struct Run;
    Result<ModuleInspection> inspectOverDfu(UsbDeviceHandle &handle, const Platform &platform);
    UsbBackend &m_usb;
    RestoreObserver *m_observer;
    RestoreTimeouts m_timeouts;
    SerialPortLookup m_serialPortFor;
    QString m_portPath;
    std::atomic_bool m_cancel{false};
};

} // namespace dr
