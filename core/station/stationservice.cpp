// Station mode (see stationservice.h): the rows on the service's thread, one worker thread per
// running device.
#include "station/stationservice.h"

#include "platform/platform.h"
#include "platform/platformdatabase.h"
#include "restore/enginecontrol.h"
#include "restore/restoreplanner.h"
#include "restore/restorereport.h"
#include "serial/serialportdiscovery.h"
#include "station/stationsummary.h"
#include "usb/usbdevicefinder.h"
#include "usb/usbdevicemonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMutex>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>

namespace dr {

namespace {

// The station's words for people (reasons, history, errors), translated like the rest of the app.
struct StationText
{
    Q_DECLARE_TR_FUNCTIONS(dr::StationService)
};

// The monitor's own handle on the station's shared backend (the monitor wants to own one).
class SharedUsb : public UsbBackend
{
public:
    explicit SharedUsb(UsbBackend &inner) : m_inner(inner) {}
    Result<QList<UsbDeviceInfo>> listDevices() override { return m_inner.listDevices(); }
    Result<std::unique_ptr<UsbDeviceHandle>> open(const UsbDeviceInfo &d) override { return m_inner.open(d); }
    bool waitForBusChange(std::chrono::milliseconds timeout) override
    {
        return m_inner.waitForBusChange(timeout);
    }

private:
    UsbBackend &m_inner;
};

bool running(StationStatus s)
{
    return s == StationStatus::Inspecting || s == StationStatus::Planning || s == StationStatus::Writing ||
           s == StationStatus::NeedsPerson;
}

bool finishedWell(StationStatus s)
{
    return s == StationStatus::Done || s == StationStatus::AlreadyAtTarget;
}

QString modeText(const UsbDeviceInfo &d)
{
    return d.mode == UsbDeviceMode::Dfu ? QStringLiteral("DFU") : QStringLiteral("running");
}

QString fileSafe(QString s)
{
    for (QChar &c : s)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.')) c = QLatin1Char('-');
    return s;
}

} // namespace

// One device's restore on its own thread: inspect, plan, run (the engine's final inspection
// included), report. Talks to the service only by queued calls; the service talks to it only
// through the thread-safe cancel() and answer().
struct StationService::Job : RestoreObserver
{
    // Set before the thread starts, read-only afterwards.
    StationService *service = nullptr;
    UsbBackend *usb = nullptr;
    QString key;
    QString usbSerial; // what USB shows as its serial number: the device ID, or a fixed string
    QString portPath;
    UsbDeviceMode modeAtStart = UsbDeviceMode::Normal;
    const Platform *platform = nullptr;
    StationRecipe recipe;
    StationReleaseProvider releases;
    RestoreEngine::SerialPortLookup serialPorts;
    RestoreTimeouts timeouts;
    std::shared_ptr<StationSummary> summary;
    QString folder;
    bool simulated = false;
    std::unique_ptr<QThread> thread;

    // The worker's view of the row; sent whole with each update.
    StationDevice state;
    QList<StationEvent> newEvents;
    QStringList logLines;
    QElapsedTimer sincePost;
    RestorePhase lastPhase = RestorePhase::Locating;
    int lastStep = -2;
    int lastWriteStep = -1; // the last plan step that was under way, for "unplugged during step k"
    int stepCount = 0;

    EngineControl control; // cancel and the person's answer, from the service's thread

    void cancel() { control.cancel(); }
    void answerPerson(bool goOn) { control.answerPerson(goOn); }
    bool cancelled() const { return control.cancelled(); }

    void event(const QString &text) { newEvents.append({QDateTime::currentDateTime(), text}); }
    void post(bool finished = false)
    {
        sincePost.restart();
        QList<StationEvent> events = std::exchange(newEvents, {});
        QMetaObject::invokeMethod(
            service,
            [s = service, k = key, d = state, events, finished] {
                StationDevice withEvents = d;
                withEvents.history = events; // only the new ones; the service appends them
                s->jobChanged(k, withEvents, finished);
            },
            Qt::QueuedConnection);
    }
    void setStatus(StationStatus s, const QString &eventText = {})
    {
        state.status = s;
        if (!eventText.isEmpty()) event(eventText);
        post();
    }

    // RestoreObserver (this thread)
    void progress(const RestoreProgress &p) override
    {
        control.passOnCancel();
        state.progress = p;
        if (state.status == StationStatus::Writing || state.status == StationStatus::NeedsPerson)
            state.status = p.phase == RestorePhase::WaitingForPerson ? StationStatus::NeedsPerson
                                                                     : StationStatus::Writing;
        const bool news = p.phase != lastPhase || p.step != lastStep;
        if (news && p.step >= 0 && p.step != lastStep && p.stepCount > 0)
            event(StationText::tr("Step %1 of %2: %3").arg(p.step + 1).arg(p.stepCount).arg(p.message));
        lastPhase = p.phase;
        lastStep = p.step;
        if (p.step >= 0) {
            lastWriteStep = p.step;
            stepCount = p.stepCount;
        }
        // At most ten updates a second per device, every phase or step change at once: eight devices
        // writing must not flood the view's event loop.
        if (news || !sincePost.isValid() || sincePost.elapsed() >= 100) post();
    }
    void log(const QString &line) override
    {
        logLines << QStringLiteral("%1 %2").arg(
            QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")), line);
        QMetaObject::invokeMethod(
            service, [s = service, k = key, line] { Q_EMIT s->deviceLog(k, line); }, Qt::QueuedConnection);
    }
    bool askPerson(const PersonPrompt &prompt) override
    {
        const bool goOn = control.askPerson([&] {
            state.prompt = prompt;
            setStatus(StationStatus::NeedsPerson,
                      StationText::tr("Waiting for the person: %1").arg(prompt.title));
        });
        state.prompt.reset();
        setStatus(StationStatus::Writing,
                  goOn ? StationText::tr("The person went on") : StationText::tr("The person stopped"));
        return goOn;
    }

    void run();
    void finish(StationStatus status, const std::optional<Error> &error, const QString &reason,
                const std::optional<ModuleInspection> &before, const RestorePlan *plan,
                const RestoreOutcome *outcome);
    bool stillOnBus();
    bool seenOnBus();
};

struct StationService::Row
{
    StationDevice dev;
    QString usbSerial;  // as USB shows it (the ID, or an old Gen 2's fixed string)
    UsbDeviceInfo last; // the last enumeration seen
    bool everStarted = false;
    StationStatus beforeUnplug = StationStatus::Waiting;
    std::shared_ptr<Job> job;
};

// ---- the worker ----

bool StationService::Job::stillOnBus()
{
    // A device that was just pulled out may still be listed for a moment (the host has not seen it
    // go yet), and one mid-reset is missing for a moment: watch for a second, and call it gone when
    // it is missing for 300 ms on end.
    QElapsedTimer watched;
    watched.start();
    int missing = 0;
    while (watched.elapsed() < 1000) {
        missing = seenOnBus() ? 0 : missing + 1;
        if (missing >= 3) return false;
        QThread::msleep(100);
    }
    return missing == 0;
}

bool StationService::Job::seenOnBus()
{
    auto list = usb->listDevices();
    if (!list.ok()) return true; // not knowing is not "unplugged"
    for (const UsbDeviceInfo &d : *list) {
        if (serialNumberIsDeviceId(d.deviceId) &&
            (d.deviceId == state.deviceId || d.deviceId == usbSerial.toLower()))
            return true;
        // Known by its port (an old Gen 2): whatever it shows there now, its ID included.
        const bool byPort = !serialNumberIsDeviceId(d.deviceId) || !serialNumberIsDeviceId(usbSerial);
        if (byPort && d.portPath == portPath && d.platform == platform) return true;
    }
    return false;
}

void StationService::Job::run()
{
    state.startedAt = QDateTime::currentDateTime();
    state.finishedAt = {};
    state.error.reset();
    state.reason.clear();
    state.reportPath.clear();
    state.finalInspection.reset();
    state.progress = {};
    state.status = StationStatus::Inspecting;
    event(StationText::tr("Restore started"));
    post();

    RestoreEngine eng(*usb, this);
    eng.setTimeouts(timeouts);
    if (serialPorts) eng.setSerialPortLookup(serialPorts);
    eng.setUsbPortPath(portPath);
    control.attach(eng);
    const auto release = qScopeGuard([this] { control.detach(); });
    if (cancelled())
        return finish(StationStatus::Cancelled, std::nullopt, StationText::tr("Cancelled before it started."),
                      {}, nullptr, nullptr);

    // What it holds now. In DFU mode a failed read-back is not the end: the plan then writes every part.
    std::optional<ModuleInspection> before;
    QString notRead;
    auto inspected = eng.inspect(usbSerial);
    if (cancelled())
        return finish(StationStatus::Cancelled, std::nullopt,
                      StationText::tr("Cancelled while reading its modules."), {}, nullptr, nullptr);
    if (inspected.ok()) {
        before = *inspected;
    } else if (modeAtStart == UsbDeviceMode::Dfu &&
               inspected.error().code != QLatin1String(usberror::AmbiguousDevice)) {
        notRead = inspected.error().message;
    } else {
        const bool gone = !stillOnBus();
        return finish(gone ? StationStatus::Unplugged : StationStatus::Failed, inspected.error(),
                      gone ? StationText::tr("Unplugged while its modules were read.")
                           : inspected.error().message,
                      {}, nullptr, nullptr);
    }
    std::optional<SemVer> current = before ? before->systemDeviceOs() : std::nullopt;
    state.currentVersion = current ? current->toString() : QString();

    setStatus(StationStatus::Planning);
    PlanOptions options;
    options.userFirmware = recipe.userFirmware;
    options.includeNcp = recipe.includeNcp;
    if (recipe.allowedSkus.size() == 1) options.modelSku = recipe.allowedSkus.first();
    std::optional<FirmwareBundle> userFile;
    if (recipe.userFirmware == UserFirmwareChoice::File) {
        auto f = FirmwareBundle::open(recipe.userFirmwarePath);
        if (!f.ok())
            return finish(StationStatus::Failed, f.error(), f.error().message, before, nullptr, nullptr);
        if (f->modules().size() != 1) {
            const Error e =
                makeError(QStringLiteral("station.bad-user-firmware"),
                          QStringLiteral("%1 must hold exactly one module.").arg(recipe.userFirmwarePath),
                          StationText::tr("Choose the application's .bin file in the recipe."));
            return finish(StationStatus::Failed, e, e.message, before, nullptr, nullptr);
        }
        userFile = std::move(*f);
        options.userFile = userFile->modules().first();
    }
    if (!releases) {
        const Error e =
            makeError(QStringLiteral("station.no-releases"),
                      StationText::tr("The station has no Device OS releases to restore from."),
                      StationText::tr("Open binaries or a restore kit, or allow the release catalog."));
        return finish(StationStatus::Failed, e, e.message, before, nullptr, nullptr);
    }
    auto got = releases(*platform, current, recipe.targetVersion, options);
    if (cancelled())
        return finish(StationStatus::Cancelled, std::nullopt,
                      StationText::tr("Cancelled while its releases were prepared."), before, nullptr,
                      nullptr);
    if (!got.ok())
        return finish(StationStatus::Failed, got.error(), got.error().message, before, nullptr, nullptr);
    state.targetVersion = got->target.toString();

    PlanRequest request;
    request.platform = platform;
    request.device = before;
    request.deviceNotRead = notRead;
    request.currentDeviceOs = current;
    request.target = got->target;
    request.bundle = got->bundle.get();
    request.options = options;
    const RestorePlan plan = RestorePlanner::plan(request);
    if (plan.refused()) {
        const PlanMessage refusal = plan.refusals().first();
        const bool modelRule = refusal.code == QLatin1String("plan.below-model-minimum");
        const Error e = makeError(refusal.code, refusal.text, StationText::tr("Nothing was written."));
        return finish(modelRule && recipe.skipBelowModelMinimum ? StationStatus::NotSuitable
                                                                : StationStatus::Failed,
                      e, refusal.text, before, &plan, nullptr);
    }
    if (plan.nothingToWrite()) {
        RestoreOutcome nothing;
        nothing.success = true;
        nothing.after = before;
        nothing.deviceState =
            QStringLiteral(
                "It already runs Device OS %1 and every module passes its checks; nothing was written.")
                .arg(got->target.toString());
        state.finalInspection = before;
        return finish(StationStatus::AlreadyAtTarget, std::nullopt, QString(), before, &plan, &nothing);
    }

    setStatus(StationStatus::Writing,
              StationText::tr("Writing %1 module(s): Device OS %2 to %3")
                  .arg(plan.flashSteps())
                  .arg(state.currentVersion.isEmpty() ? QStringLiteral("?") : state.currentVersion,
                       state.targetVersion));
    const RestoreOutcome outcome = eng.run(plan, usbSerial);
    if (outcome.after) {
        state.finalInspection = outcome.after;
        if (const auto v = outcome.after->systemDeviceOs()) state.currentVersion = v->toString();
    }
    if (outcome.success) return finish(StationStatus::Done, std::nullopt, QString(), before, &plan, &outcome);
    if (outcome.cancelled || cancelled())
        return finish(StationStatus::Cancelled, outcome.error, outcome.deviceState, before, &plan, &outcome);
    if (!stillOnBus()) {
        const QString where =
            lastWriteStep >= 0
                ? StationText::tr("Unplugged during step %1 of %2.").arg(lastWriteStep + 1).arg(stepCount)
                : StationText::tr("Unplugged during the restore.");
        return finish(StationStatus::Unplugged, outcome.error, where + QLatin1Char(' ') + outcome.deviceState,
                      before, &plan, &outcome);
    }
    return finish(StationStatus::Failed, outcome.error,
                  outcome.error ? outcome.error->message : StationText::tr("The restore did not finish."),
                  before, &plan, &outcome);
}

void StationService::Job::finish(StationStatus status, const std::optional<Error> &error,
                                 const QString &reason, const std::optional<ModuleInspection> &before,
                                 const RestorePlan *plan, const RestoreOutcome *outcome)
{
    state.status = status;
    state.error = error;
    state.reason = reason;
    state.prompt.reset();
    state.finishedAt = QDateTime::currentDateTime();
    switch (status) {
    case StationStatus::Done:
        event(StationText::tr("Restored to Device OS %1; final inspection passed").arg(state.targetVersion));
        break;
    case StationStatus::AlreadyAtTarget:
        event(StationText::tr("Already at Device OS %1; nothing written").arg(state.targetVersion));
        break;
    case StationStatus::NotSuitable:
        event(StationText::tr("Not suitable: %1").arg(reason));
        break;
    case StationStatus::Cancelled:
        event(StationText::tr("Cancelled"));
        break;
    default:
        event(QStringLiteral("%1: %2").arg(stationStatusName(status), reason));
        break;
    }

    // The device's report, then its line in the summary (files: this thread, never the service's).
    QDir().mkpath(folder);
    const QString id = state.deviceId.isEmpty() ? QStringLiteral("port-") + portPath : state.deviceId;
    const QString base = QStringLiteral("%1/%2-%3-%4")
                             .arg(folder, state.startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  fileSafe(platform->name), fileSafe(id));
    if (status != StationStatus::NotSuitable) {
        RestoreReport report;
        report.deviceId = state.deviceId.isEmpty() ? usbSerial : state.deviceId;
        report.platform = platform;
        report.simulated = simulated;
        report.before = before;
        if (plan) report.plan = *plan;
        if (outcome) {
            report.outcome = *outcome;
        } else {
            report.outcome.error = error;
            report.outcome.cancelled = status == StationStatus::Cancelled;
            report.outcome.deviceState = reason;
        }
        report.log = logLines;
        if (auto saved = saveRestoreReport(report, base); saved.ok()) {
            state.reportPath = base + QStringLiteral(".json");
        } else {
            event(StationText::tr("The report could not be saved: %1").arg(saved.error().text()));
        }
    }
    StationSummaryEntry entry;
    entry.at = state.finishedAt;
    entry.deviceId = state.deviceId.isEmpty() ? usbSerial : state.deviceId;
    entry.platform = platform->name;
    entry.usbPort = portPath;
    entry.from = before && before->systemDeviceOs() ? before->systemDeviceOs()->toString() : QString();
    entry.to = finishedWell(status) ? state.targetVersion : state.currentVersion;
    entry.result = stationStatusName(status);
    entry.durationMs = state.startedAt.msecsTo(state.finishedAt);
    entry.errorCode = error ? error->code : QString();
    entry.reason = reason;
    entry.report = state.reportPath.isEmpty() ? QString() : QFileInfo(state.reportPath).fileName();
    const auto written = summary->append(entry);
    if (!written.ok())
        event(StationText::tr("The summary could not be written: %1").arg(written.error().text()));
    post(true);
    if (written.ok())
        QMetaObject::invokeMethod(
            service, [s = service, path = summary->csvPath()] { Q_EMIT s->summaryWritten(path); },
            Qt::QueuedConnection);
}

// ---- the service ----

StationService::StationService(UsbBackend &usb, QObject *parent) : QObject(parent), m_usb(usb)
{
    qRegisterMetaType<dr::StationDevice>();
    qRegisterMetaType<dr::StationCounters>();
    // The system's serial ports, shared by every engine: one scan (through udev) serves all the
    // lookups made within 300 ms, taken one at a time, instead of each engine listing every port on
    // every lookup.
    struct SharedPortScan
    {
        QMutex mutex;
        QElapsedTimer age;
        QList<ParticleSerialPort> ports;
    };
    auto scan = std::make_shared<SharedPortScan>();
    m_serialPorts = [scan](const QString &deviceId) {
        QMutexLocker lock(&scan->mutex);
        if (!scan->age.isValid() || scan->age.elapsed() > 300) {
            scan->ports = SerialPortDiscovery::scan(PlatformDatabase::builtin());
            scan->age.restart();
        }
        const auto port = SerialPortDiscovery::findByDeviceId(scan->ports, deviceId);
        return port ? port->systemLocation : QString();
    };
    m_folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/station/") + QDate::currentDate().toString(Qt::ISODate);
}

StationService::~StationService()
{
    if (m_monitor) m_monitor->stop();
    m_queue.clear();
    for (const auto &row : m_rows)
        if (row->job) row->job->cancel();
    for (const auto &row : m_rows)
        if (row->job && row->job->thread) row->job->thread->wait();
}

void StationService::setReleaseProvider(StationReleaseProvider provider)
{
    m_releases = std::move(provider);
}

void StationService::setSerialPortLookup(RestoreEngine::SerialPortLookup lookup)
{
    m_serialPorts = std::move(lookup);
}

void StationService::setReportFolder(const QString &folder)
{
    if (folder == m_folder) return;
    m_folder = folder;
    m_summary.reset();
}

QString StationService::reportFolder() const
{
    return m_folder;
}

std::shared_ptr<StationSummary> StationService::summary()
{
    if (!m_summary) m_summary = std::make_shared<StationSummary>(m_folder);
    return m_summary;
}

void StationService::setRecipe(const StationRecipe &recipe)
{
    m_recipe = recipe;
    for (const auto &row : m_rows) {
        if (row->job || running(row->dev.status)) continue;
        if (row->dev.status == StationStatus::Waiting || row->dev.status == StationStatus::NotSuitable)
            judge(*row);
    }
    if (m_recipe.autoStart)
        for (const auto &row : m_rows)
            if (!row->everStarted && row->dev.attached && row->dev.status == StationStatus::Waiting)
                start(row->dev.key);
}

void StationService::startWatching(int pollMs)
{
    if (m_monitor) return;
    m_monitor = std::make_unique<UsbDeviceMonitor>([this]() -> Result<std::unique_ptr<UsbBackend>> {
        return std::unique_ptr<UsbBackend>(new SharedUsb(m_usb));
    });
    connect(
        m_monitor.get(), &UsbDeviceMonitor::deviceArrived, this, [this] { busChanged(); },
        Qt::QueuedConnection);
    connect(
        m_monitor.get(), &UsbDeviceMonitor::deviceLeft, this, [this] { busChanged(); }, Qt::QueuedConnection);
    m_pollMs = pollMs;
    m_monitor->start(std::chrono::milliseconds(pollMs));
    // An empty bus emits nothing: note the first scan all the same (the command line's --all waits for it).
    auto *firstScan = new QTimer(this);
    firstScan->setInterval(20);
    connect(firstScan, &QTimer::timeout, this, [this, firstScan] {
        // The count goes up as a scan starts: after two, the first one's list is in place.
        if (!m_monitor || m_monitor->scanCount() < 2) return;
        firstScan->deleteLater();
        reconcile(m_monitor->devices());
    });
    firstScan->start();
}

void StationService::busChanged()
{
    // Arrivals and departures come in bursts (a re-enumeration is one of each): one pass per burst.
    if (m_reconcilePending) return;
    m_reconcilePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reconcilePending = false;
            if (m_monitor) reconcile(m_monitor->devices());
        },
        Qt::QueuedConnection);
}

StationService::Row *StationService::rowFor(const UsbDeviceInfo &d)
{
    if (serialNumberIsDeviceId(d.deviceId)) {
        for (const auto &row : m_rows)
            if (row->dev.deviceId == d.deviceId) return row.get();
        // An old Gen 2 known by its port that now shows its ID (upgraded past 0.5.x).
        for (const auto &row : m_rows)
            if (row->dev.key == QStringLiteral("port:") + d.portPath &&
                row->dev.platformId == d.platform->id && !serialNumberIsDeviceId(row->dev.deviceId))
                return row.get();
        return nullptr;
    }
    for (const auto &row : m_rows)
        if (row->dev.key == QStringLiteral("port:") + d.portPath && row->dev.platformId == d.platform->id)
            return row.get();
    // A device with an ID that now shows none (its old Gen 2 bootloader, mid-restore), on its port.
    for (const auto &row : m_rows)
        if (row->job && row->dev.usbPortPath == d.portPath && row->dev.platformId == d.platform->id)
            return row.get();
    return nullptr;
}

void StationService::reconcile(const QList<UsbDeviceInfo> &present)
{
    m_scanned = true;
    QSet<Row *> seen;
    for (const UsbDeviceInfo &d : present) {
        if (!d.platform) continue;
        Row *row = rowFor(d);
        if (!row) {
            if (d.deviceId.isEmpty() && !d.canOpen)
                continue; // cannot be read at all (no permission): the doctor's business, not a row
            auto fresh = std::make_shared<Row>();
            const bool hasId = serialNumberIsDeviceId(d.deviceId);
            fresh->dev.key = hasId ? d.deviceId : QStringLiteral("port:") + d.portPath;
            fresh->dev.deviceId = hasId ? d.deviceId : QString();
            fresh->dev.platformId = d.platform->id;
            fresh->dev.platformName = d.platform->displayName;
            fresh->dev.status = StationStatus::Waiting;
            m_rows.append(fresh);
            row = fresh.get();
            row->usbSerial = d.deviceId;
            row->last = d;
            row->dev.mode = modeText(d);
            row->dev.usbPortPath = d.portPath;
            addEvent(*row, StationText::tr("Plugged in (USB port %1, %2)").arg(d.portPath, modeText(d)));
            judge(*row);
            publish(*row);
            seen.insert(row);
            if (m_recipe.autoStart && row->dev.status == StationStatus::Waiting) start(row->dev.key);
            continue;
        }
        seen.insert(row);
        const bool changed = !row->dev.attached || row->dev.mode != modeText(d) ||
                             row->dev.usbPortPath != d.portPath ||
                             (serialNumberIsDeviceId(d.deviceId) && row->dev.deviceId != d.deviceId);
        row->last = d;
        if (serialNumberIsDeviceId(d.deviceId)) {
            row->dev.deviceId = d.deviceId;
            row->usbSerial = d.deviceId;
        }
        row->dev.mode = modeText(d);
        row->dev.usbPortPath = d.portPath;
        if (!row->dev.attached) {
            row->dev.attached = true;
            if (!row->job) {
                addEvent(*row, StationText::tr("Plugged in again (USB port %1)").arg(d.portPath));
                if (row->dev.status == StationStatus::Unplugged) {
                    row->dev.status = StationStatus::Waiting; // a new start restores it (or goes on)
                    judge(*row);
                }
                publish(*row);
                if (m_recipe.autoStart && !row->everStarted && row->dev.status == StationStatus::Waiting)
                    start(row->dev.key);
                continue;
            }
        }
        if (changed) publish(*row);
    }
    for (const auto &row : m_rows) {
        if (seen.contains(row.get()) || !row->dev.attached) continue;
        if (row->job) continue; // mid-restore it re-enumerates; its engine tells a real unplug (stillOnBus)
        row->dev.attached = false;
        addEvent(*row, StationText::tr("Unplugged"));
        // A finished device taken off the hub stays done (or not suitable): that is the everyday
        // way of a station. Only what was still to do becomes Unplugged.
        if (!finishedWell(row->dev.status) && row->dev.status != StationStatus::NotSuitable) {
            if (m_queue.removeAll(row->dev.key) > 0) row->dev.status = StationStatus::Waiting;
            row->beforeUnplug = row->dev.status;
            row->dev.status = StationStatus::Unplugged;
        }
        publish(*row);
    }
}

QString StationService::fitReason(const StationRecipe &recipe, const Platform &platform)
{
    if (!platform.supported)
        return StationText::tr("The %1 cannot be restored: %2")
            .arg(platform.displayName, platform.unsupportedReason);
    if (recipe.platformId >= 0 && recipe.platformId != platform.id) {
        const Platform *wanted = PlatformDatabase::builtin().byId(recipe.platformId);
        return StationText::tr("The recipe is for the %1; this is a %2.")
            .arg(wanted ? wanted->displayName : QString::number(recipe.platformId), platform.displayName);
    }
    QList<const DeviceModel *> models;
    if (!recipe.allowedSkus.isEmpty()) {
        for (const QString &sku : recipe.allowedSkus)
            if (const DeviceModel *m = platform.model(sku)) models << m;
        if (models.isEmpty())
            return StationText::tr("The recipe allows only %1, none of which is a %2 model.")
                .arg(recipe.allowedSkus.join(QLatin1String(", ")), platform.displayName);
    }
    const auto target = SemVer::parse(recipe.targetVersion);
    if (recipe.skipBelowModelMinimum && target && !models.isEmpty()) {
        // Every model the recipe allows here needs a newer Device OS than its target: nothing to do.
        QStringList needs;
        for (const DeviceModel *m : models) {
            if (!m->minimumDeviceOs || !(*target < *m->minimumDeviceOs) || !m->minimumIsHard) return {};
            needs << StationText::tr("the %1 needs %2 or newer").arg(m->sku, m->minimumDeviceOs->toString());
        }
        return StationText::tr("The recipe's Device OS %1 is below the model minimum: %2.")
            .arg(target->toString(), needs.join(QLatin1String(", ")));
    }
    return {};
}

void StationService::judge(Row &row)
{
    const Platform *p = PlatformDatabase::builtin().byId(row.dev.platformId);
    const QString why = p ? fitReason(m_recipe, *p) : StationText::tr("Its platform is not known.");
    if (row.dev.targetVersion.isEmpty() || !row.everStarted)
        row.dev.targetVersion = SemVer::parse(m_recipe.targetVersion) ? m_recipe.targetVersion : QString();
    if (!why.isEmpty()) {
        if (row.dev.status != StationStatus::NotSuitable)
            addEvent(row, StationText::tr("Not suitable: %1").arg(why));
        row.dev.status = StationStatus::NotSuitable;
        row.dev.reason = why;
    } else if (row.dev.status == StationStatus::NotSuitable || row.dev.status == StationStatus::Waiting) {
        row.dev.status = StationStatus::Waiting;
        row.dev.reason.clear();
    }
}

bool StationService::start(const QString &key)
{
    Row *row = nullptr;
    for (const auto &r : m_rows)
        if (r->dev.key == key) row = r.get();
    if (!row || row->job || m_queue.contains(key) || !row->dev.attached) return false;
    judge(*row);
    if (row->dev.status == StationStatus::NotSuitable) {
        publish(*row);
        return false;
    }
    row->everStarted = true;
    int runningNow = 0;
    for (const auto &r : m_rows)
        runningNow += r->job ? 1 : 0;
    if (runningNow >= std::max(1, m_recipe.maxParallel)) {
        m_queue.append(key);
        row->dev.status = StationStatus::Waiting;
        row->dev.reason =
            StationText::tr("Queued: %1 devices are restored at once.").arg(m_recipe.maxParallel);
        addEvent(*row, StationText::tr("Queued"));
        publish(*row);
        return true;
    }
    launch(*row);
    return true;
}

int StationService::startAll()
{
    int n = 0;
    for (const auto &row : QList<std::shared_ptr<Row>>(m_rows))
        if (!row->job && !finishedWell(row->dev.status) && row->dev.status != StationStatus::NotSuitable)
            n += start(row->dev.key) ? 1 : 0;
    return n;
}

void StationService::launch(Row &row)
{
    // Identity first: an old Gen 2 that shows a fixed serial number is found by its USB port; in
    // normal mode it also needs its serial port, which only the serial number ties to it. With
    // another device showing the same number, that cannot be told: stop instead of guessing.
    if (!serialNumberIsDeviceId(row.usbSerial)) {
        QStringList others;
        const QList<UsbDeviceInfo> present =
            m_monitor ? m_monitor->devices() : QList<UsbDeviceInfo>{row.last};
        for (const UsbDeviceInfo &d : present)
            if (d.portPath != row.last.portPath && d.platform && d.platform->id == row.dev.platformId &&
                d.deviceId.compare(row.usbSerial, Qt::CaseInsensitive) == 0)
                others << d.portPath;
        const bool noPort = row.last.portPath.isEmpty();
        if (noPort || (row.last.mode == UsbDeviceMode::Normal && !others.isEmpty())) {
            row.dev.status = StationStatus::Failed;
            row.dev.error = makeError(
                QStringLiteral("station.ambiguous-device"),
                noPort ? StationText::tr(
                             "This %1 shows no device ID over USB and its USB port is not known, so it "
                             "cannot be told from other devices.")
                             .arg(row.dev.platformName)
                       : StationText::tr(
                             "This %1 (USB port %2) and the one on USB port %3 both show the USB serial "
                             "number %4 instead of a device ID (old Device OS): which serial port is "
                             "this one's cannot be told.")
                             .arg(row.dev.platformName, row.last.portPath, others.join(QLatin1String(", ")),
                                  row.usbSerial.toUpper()),
                QStringLiteral(
                    "Restore them one at a time (unplug the others), or put this one into DFU mode "
                    "(hold MODE, tap RESET, release MODE when it blinks yellow): in DFU mode it is known "
                    "by its USB port. Nothing was written."));
            row.dev.reason = row.dev.error->message;
            addEvent(row, StationText::tr("Stopped: %1").arg(row.dev.reason));
            publish(row);
            return;
        }
    }
    auto job = std::make_shared<Job>();
    job->service = this;
    job->usb = &m_usb;
    job->key = row.dev.key;
    job->usbSerial = row.usbSerial;
    job->portPath = row.last.portPath;
    job->modeAtStart = row.last.mode;
    job->platform = PlatformDatabase::builtin().byId(row.dev.platformId);
    job->recipe = m_recipe;
    job->releases = m_releases;
    job->serialPorts = m_serialPorts;
    job->timeouts = m_timeouts;
    job->summary = summary();
    job->folder = m_folder;
    job->simulated = m_simulated;
    job->state = row.dev;
    job->state.history.clear();
    row.job = job;
    row.dev.status = StationStatus::Inspecting;
    row.dev.reason.clear();
    row.dev.error.reset();
    Job *raw = job.get();
    job->thread.reset(QThread::create([raw] { raw->run(); }));
    job->thread->setObjectName(QStringLiteral("dr-station"));
    job->thread->start();
    publish(row);
}

void StationService::launchQueued()
{
    while (!m_queue.isEmpty()) {
        int runningNow = 0;
        for (const auto &r : m_rows)
            runningNow += r->job ? 1 : 0;
        if (runningNow >= std::max(1, m_recipe.maxParallel)) return;
        const QString key = m_queue.takeFirst();
        for (const auto &r : m_rows)
            if (r->dev.key == key && !r->job && r->dev.attached) launch(*r);
    }
}

void StationService::jobChanged(const QString &key, const StationDevice &fromJob, bool finished)
{
    Row *row = nullptr;
    for (const auto &r : m_rows)
        if (r->dev.key == key) row = r.get();
    if (!row || !row->job) return;
    StationDevice &d = row->dev;
    d.status = fromJob.status;
    d.reason = fromJob.reason;
    d.error = fromJob.error;
    d.progress = fromJob.progress;
    d.prompt = fromJob.prompt;
    d.finalInspection = fromJob.finalInspection;
    d.reportPath = fromJob.reportPath;
    d.startedAt = fromJob.startedAt;
    d.finishedAt = fromJob.finishedAt;
    d.currentVersion = fromJob.currentVersion;
    if (!fromJob.targetVersion.isEmpty()) d.targetVersion = fromJob.targetVersion;
    d.history.append(fromJob.history);
    if (finished) {
        row->job->thread->wait(); // it has sent its last word: the join is immediate
        row->job.reset();
        // The worker has just talked to the device (or found it gone): that is fresher than the
        // monitor's last scan, which may still show the device's last re-enumeration under way.
        if (d.status == StationStatus::Unplugged) {
            row->beforeUnplug = StationStatus::Failed;
            d.attached = false;
            // Plugged in again before the engine gave up? The monitor's list may still be from
            // before the unplug: look once it has surely scanned again.
            QTimer::singleShot(2 * m_pollMs + 50, this, [this] {
                if (m_monitor) reconcile(m_monitor->devices());
            });
        } else {
            d.attached = true;
        }
    }
    publish(*row);
    if (finished) launchQueued();
}

void StationService::cancel(const QString &key)
{
    for (const auto &row : m_rows) {
        if (row->dev.key != key) continue;
        if (row->job) {
            row->job->cancel();
        } else if (m_queue.removeAll(key) > 0) {
            row->dev.status = StationStatus::Cancelled;
            row->dev.reason = StationText::tr("Cancelled before it started.");
            addEvent(*row, StationText::tr("Cancelled"));
            publish(*row);
        }
    }
}

void StationService::cancelAll()
{
    const QList<QString> queued = m_queue;
    for (const QString &key : queued)
        cancel(key);
    for (const auto &row : m_rows)
        if (row->job) row->job->cancel();
}

void StationService::answerPerson(const QString &key, bool goOn)
{
    for (const auto &row : m_rows)
        if (row->dev.key == key && row->job) row->job->answerPerson(goOn);
}

QList<StationDevice> StationService::devices() const
{
    QList<StationDevice> out;
    for (const auto &row : m_rows)
        out << row->dev;
    return out;
}

StationDevice StationService::device(const QString &key) const
{
    for (const auto &row : m_rows)
        if (row->dev.key == key) return row->dev;
    return {};
}

StationCounters StationService::counters() const
{
    StationCounters c;
    for (const auto &row : m_rows) {
        const StationStatus s = row->dev.status;
        if (finishedWell(s))
            ++c.done;
        else if (s == StationStatus::Failed || s == StationStatus::Cancelled ||
                 (s == StationStatus::Unplugged && row->everStarted &&
                  row->beforeUnplug != StationStatus::Waiting))
            ++c.failed;
        else if (row->job || running(s))
            ++c.inProgress;
        else if (s == StationStatus::Waiting)
            ++c.waiting;
        else if (s == StationStatus::NotSuitable)
            ++c.notSuitable;
    }
    return c;
}

bool StationService::busy() const
{
    if (!m_queue.isEmpty()) return true;
    for (const auto &row : m_rows)
        if (row->job) return true;
    return false;
}

void StationService::addEvent(Row &row, const QString &text)
{
    row.dev.history.append({QDateTime::currentDateTime(), text});
}

void StationService::publish(Row &row)
{
    Q_EMIT deviceUpdated(row.dev);
    const StationCounters c = counters();
    if (c.done != m_lastCounters.done || c.failed != m_lastCounters.failed ||
        c.inProgress != m_lastCounters.inProgress || c.waiting != m_lastCounters.waiting ||
        c.notSuitable != m_lastCounters.notSuitable) {
        m_lastCounters = c;
        Q_EMIT countersChanged(c);
    }
    const bool nowBusy = busy();
    if (m_wasBusy && !nowBusy) Q_EMIT idle();
    m_wasBusy = nowBusy;
}

} // namespace dr
