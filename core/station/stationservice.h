// Station mode: many devices restored at once with one recipe. Lives on the GUI (or the CLI's main)
// thread and does no blocking I/O there: a bus monitor thread watches the attached devices, and each
// device that is started gets its own worker thread with its own RestoreEngine (inspect, plan, run,
// final inspection), so one device's failure, hang, unplug or person prompt never holds another.
//
// Rows are kept by identity: the device ID, or for an old Gen 2 that shows a fixed USB serial number
// instead ("00000000050C"), its USB port path ("port:1-2.3"). A row outlives an unplug and gets the
// device again when it comes back. Devices the recipe does not fit (another platform, a model rule,
// a plan the planner refuses) are NotSuitable with the reason and left alone. A device that could be
// one of several others (two old Gen 2 whose serial ports cannot be told apart) is stopped with
// station.ambiguous-device rather than guessed.
//
// Every finished device gets its restore report (BASE.txt and BASE.json) in the station folder and a
// line in summary.csv / summary.json there (StationSummary), written by the worker thread.
#pragma once

#include "restore/restoreengine.h"
#include "station/stationdevice.h"
#include "station/stationrecipe.h"
#include "station/stationreleases.h"
#include "usb/usbdevice.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace dr {

class StationSummary;
class UsbDeviceMonitor;

class StationService : public QObject
{
    Q_OBJECT

public:
    // `usb` is shared by the monitor and every engine (listDevices/open from several threads at once:
    // LibusbBackend and the in-process bus allow that) and must outlive the service.
    explicit StationService(UsbBackend &usb, QObject *parent = nullptr);
    ~StationService() override; // cancels every running device and joins the threads

    // Where plans get their releases (see stationreleases.h). Needed before a device can start.
    void setReleaseProvider(StationReleaseProvider provider);
    // How engines find a device's serial port (--simulate devices have theirs on ptys); thread-safe.
    // Default: the system's serial ports, one scan shared by every engine asking within 300 ms.
    void setSerialPortLookup(RestoreEngine::SerialPortLookup lookup);
    void setTimeouts(const RestoreTimeouts &timeouts) { m_timeouts = timeouts; }
    // The folder for reports and the summary; default AppDataLocation/station/<yyyy-MM-dd>. Takes
    // effect for devices finishing from now on.
    void setReportFolder(const QString &folder);
    QString reportFolder() const;
    // Marks reports as made with virtual devices.
    void setSimulated(bool simulated) { m_simulated = simulated; }

    // The recipe for devices from now on: rows not running are judged again (NotSuitable or
    // Waiting), and with autoStart the ones that fit and never ran are started.
    void setRecipe(const StationRecipe &recipe);
    const StationRecipe &recipe() const { return m_recipe; }

    // Starts watching the bus (polling interval; hotplug wakes it early where there is hotplug).
    void startWatching(int pollMs = 500);

    // Starts (or queues, beyond the recipe's maxParallel) the device's restore. Not for rows that
    // run, are unplugged or NotSuitable. Returns false when it did not start or queue.
    bool start(const QString &key);
    int startAll(); // every row that fits and is not running or done: how many started or queued
    // Thread-safe requests to the device's worker: the engine stops at its next safe point.
    void cancel(const QString &key);
    void cancelAll();
    void answerPerson(const QString &key, bool goOn);

    QList<StationDevice> devices() const; // in the order they were first seen
    StationDevice device(const QString &key) const;
    StationCounters counters() const;
    // True while a device is being inspected, planned or written, or queued to be.
    bool busy() const;
    // The bus has been looked at since startWatching() (rows exist for what was attached then).
    bool scanned() const { return m_scanned; }

    // Whether a recipe fits a platform, without a device: empty when it does, else the reason.
    static QString fitReason(const StationRecipe &recipe, const Platform &platform);

Q_SIGNALS:
    void deviceUpdated(const dr::StationDevice &device);
    void deviceRemoved(const QString &key); // rows never disappear today; kept for the view's contract
    void countersChanged(const dr::StationCounters &counters);
    void summaryWritten(const QString &path); // summary.csv (summary.json beside it)
    // A device's restore log line (the engine's), for the details view and the CLI.
    void deviceLog(const QString &key, const QString &line);
    // Every device that was started has finished and none is queued.
    void idle();

private:
    struct Job;
    struct Row;
    void busChanged();
    void reconcile(const QList<UsbDeviceInfo> &present);
    Row *rowFor(const UsbDeviceInfo &d);
    void judge(Row &row);
    void launch(Row &row);
    void launchQueued();
    void jobChanged(const QString &key, const StationDevice &fromJob, bool finished);
    void publish(Row &row);
    void addEvent(Row &row, const QString &text);
    std::shared_ptr<StationSummary> summary();

    UsbBackend &m_usb;
    std::unique_ptr<UsbDeviceMonitor> m_monitor;
    int m_pollMs = 500;
    bool m_reconcilePending = false;
    bool m_scanned = false;
    StationRecipe m_recipe;
    StationReleaseProvider m_releases;
    RestoreEngine::SerialPortLookup m_serialPorts;
    RestoreTimeouts m_timeouts;
    QString m_folder;
    std::shared_ptr<StationSummary> m_summary;
    bool m_simulated = false;
    QList<std::shared_ptr<Row>> m_rows;
    QList<QString> m_queue; // keys waiting for a free slot
    StationCounters m_lastCounters;
    bool m_wasBusy = false;
};

} // namespace dr
