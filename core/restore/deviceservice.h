// The GUI's way to devices: one worker thread that owns all device I/O (listing, inspecting over
// USB or over a serial port in listening mode, restoring), so the GUI thread never blocks and two
// operations never talk to a device at once.
// Results and progress come back as signals; cancel and the person's answers are thread-safe calls.
#pragma once

#include "restore/enginecontrol.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreengine.h"
#include "restore/restoreplan.h"
#include "serial/moduleinspection.h"
#include "usb/usbdevice.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace dr {

struct DeviceSummary
{
    UsbDeviceInfo usb;
    // "2.2.0" when running Device OS and it answered, or in DFU mode once its modules were read over
    // DFU (from its system part); empty otherwise.
    QString deviceOs;
};

class DeviceService : public QObject
{
    Q_OBJECT

public:
    // `usb` must outlive the service. Polls the bus every `pollMs` while no restore runs.
    explicit DeviceService(UsbBackend &usb, int pollMs = 1000, QObject *parent = nullptr);
    ~DeviceService() override; // cancels a running restore and joins the worker thread

    // Queued to the worker thread. refresh() always answers with devicesChanged.
    void refresh();
    // Reads a device's modules: control requests (or its console) when it runs Device OS, DFU UPLOAD
    // when it is in DFU mode (progress as inspectProgress; cancelInspection() stops it).
    void inspect(const QString &deviceId);
    // Asks a device in listening mode (blinking dark blue) over a serial port given by path, for
    // devices USB does not show or that are too old for control requests: the `i` command for its
    // device ID, then `s` for its modules. Answers with portInspected or portInspectFailed.
    void inspectPort(const QString &portPath);
    // The bundle is kept alive until the restore ends (the plan points into it).
    void restore(const RestorePlan &plan, std::shared_ptr<const FirmwareBundle> bundle, const QString &deviceId);

    // Thread-safe.
    void cancelRestore();
    void cancelPortInspection(); // the running inspectPort() fails with serial.cancelled
    void cancelInspection();     // the running inspect() stops at the next transfer and fails
    void answerPerson(bool goOn);
    bool isRestoring() const { return m_restoring.load(); }
    // How the engines this service creates (restores and inspect()) find a device's serial port:
    // --simulate devices have theirs on ptys the system's port list does not show
    // (SimulatedFleet::serialPortFor). Unset, the engine's default asks the system's serial ports.
    // The lookup runs on the worker thread and must be thread-safe.
    void setSerialPortLookup(RestoreEngine::SerialPortLookup lookup);

Q_SIGNALS:
    void devicesChanged(const QList<dr::DeviceSummary> &devices);
    // During a restore deviceId is empty: the engine's final inspection, and readings between
    // steps each time the device is back running after a restart (control requests only).
    void inspected(const QString &deviceId, const dr::ModuleInspection &inspection);
    void inspectFailed(const QString &deviceId, const dr::Error &error);
    // While inspect() reads a device in DFU mode: bytes read of about how many, and what.
    void inspectProgress(const QString &deviceId, const dr::RestoreProgress &progress);
    void portInspected(const QString &portPath, const QString &deviceId, const dr::ModuleInspection &inspection);
    void portInspectFailed(const QString &portPath, const dr::Error &error);
    void restoreProgress(const dr::RestoreProgress &progress);
    void restoreLog(const QString &line);
    void personNeeded(const dr::PersonPrompt &prompt);
    void restoreFinished(const dr::RestoreOutcome &outcome);

private:
    class Worker;
    Worker *m_worker;
    QThread *m_thread;
    std::atomic_bool m_restoring{false};
    std::atomic_bool m_portCancel{false};
    // The running restore's and inspection's engines (locals of the worker's calls), for cancel and
    // the person's answers from other threads.
    EngineControl m_restoreControl;
    EngineControl m_inspectControl;
    mutable QMutex m_lookupMutex;
    RestoreEngine::SerialPortLookup m_serialPortLookup; // empty: the engine's default
    friend class Worker;
};

} // namespace dr

Q_DECLARE_METATYPE(dr::DeviceSummary)
Q_DECLARE_METATYPE(dr::ModuleInspection)
Q_DECLARE_METATYPE(dr::RestoreProgress)
Q_DECLARE_METATYPE(dr::PersonPrompt)
Q_DECLARE_METATYPE(dr::RestoreOutcome)
