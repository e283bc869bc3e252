#include "restore/deviceservice.h"

#include "serial/listeningmodeclient.h"
#include "serial/listeningmodesession.h"
#include "usb/controlrequest.h"

#include <QHash>
#include <QThread>
#include <QTimer>

namespace dr {

namespace {

bool sameDevices(const QList<DeviceSummary> &a, const QList<DeviceSummary> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].usb.deviceId != b[i].usb.deviceId || a[i].usb.mode != b[i].usb.mode
            || a[i].usb.portPath != b[i].usb.portPath || a[i].deviceOs != b[i].deviceOs
            || a[i].usb.address != b[i].usb.address)
            return false;
    return true;
}

} // namespace

class DeviceService::Worker : public QObject, public RestoreObserver
{
public:
    Worker(DeviceService &service, UsbBackend &usb, int pollMs) : s(service), m_usb(usb), m_pollMs(pollMs) {}

    void startPolling()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_pollMs);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer->start();
        poll(true);
    }

    // Emits devicesChanged when the list changed, or always when forced (a page asking afresh).
    void poll(bool force = false)
    {
        // A serial inspection runs a local event loop on this thread: the timer must not list the
        // bus in the middle of it (its answer would come in the middle of the inspection).
        if (s.m_restoring.load() || m_serialBusy)
            return;
        auto list = m_usb.listDevices();
        if (!list.ok())
            return;
        QList<DeviceSummary> now;
        for (const UsbDeviceInfo &d : *list) {
            DeviceSummary summary{d, {}};
            if (d.mode == UsbDeviceMode::Normal && d.platform) {
                // Ask once per enumeration: the address changes when the device re-enumerates.
                const QString key = d.deviceId + QLatin1Char('/') + QString::number(d.address);
                if (!m_versions.contains(key)) {
                    QString version;
                    if (auto h = m_usb.open(d); h.ok()) {
                        ControlRequestClient c(**h, *d.platform);
                        if (auto v = c.systemVersion(); v.ok())
                            version = *v;
                    }
                    m_versions.insert(key, version);
                }
                summary.deviceOs = m_versions.value(key);
            } else if (d.mode == UsbDeviceMode::Dfu) {
                // Known once its modules were read over DFU, for as long as it stays in DFU mode.
                summary.deviceOs = m_versions.value(d.deviceId + QLatin1Char('/') + QString::number(d.address));
            }
            now.append(summary);
        }
        if (!force && sameDevices(now, m_last))
            return;
        m_last = now;
        Q_EMIT s.devicesChanged(now);
    }

    // Hands the service's serial-port lookup (when one is set) to an engine about to run.
    void useSerialPorts(RestoreEngine &engine) const
    {
        QMutexLocker lock(&s.m_lookupMutex);
        if (s.m_serialPortLookup)
            engine.setSerialPortLookup(s.m_serialPortLookup);
    }

    void inspect(const QString &deviceId)
    {
        // Progress of a read over DFU, as the engine reports it.
        struct Progress : RestoreObserver
        {
            DeviceService &s;
            QString id;
            Progress(DeviceService &service, QString deviceId) : s(service), id(std::move(deviceId)) {}
            void progress(const RestoreProgress &p) override { Q_EMIT s.inspectProgress(id, p); }
        } progress(s, deviceId);
        RestoreEngine engine(m_usb, &progress);
        useSerialPorts(engine);
        s.m_inspectControl.attach(engine);
        auto r = engine.inspect(deviceId);
        s.m_inspectControl.detach(); // cancelInspection() may be using it right now: it waits
        if (r.ok() && r->source == ModuleInspection::Source::Dfu) {
            // The list shows its Device OS from now on (until it leaves DFU mode: a new address).
            if (auto list = m_usb.listDevices(); list.ok())
                for (const UsbDeviceInfo &d : *list)
                    if (d.deviceId == deviceId.toLower() && d.mode == UsbDeviceMode::Dfu)
                        if (const auto v = r->systemDeviceOs())
                            m_versions.insert(d.deviceId + QLatin1Char('/') + QString::number(d.address), v->toString());
        }
        if (r.ok())
            Q_EMIT s.inspected(deviceId, *r);
        else
            Q_EMIT s.inspectFailed(deviceId, r.error());
        if (r.ok() && r->source == ModuleInspection::Source::Dfu)
            poll();
    }

    void inspectPort(const QString &portPath)
    {
        m_serialBusy = true;
        ListeningModeClient client;
        Result<void> opened = client.openPort(portPath);
        if (!opened.ok()) {
            m_serialBusy = false;
            Q_EMIT s.portInspectFailed(portPath, opened.error());
            return;
        }
        ListeningModeSession session(client, &s.m_portCancel);
        Result<ConsoleReply> id = session.command(ConsoleCommand::DeviceId);
        Result<ModuleInspection> inspection = id.ok() ? session.inspect() : Result<ModuleInspection>(id.error());
        client.close();
        m_serialBusy = false;
        if (!inspection.ok()) {
            Q_EMIT s.portInspectFailed(portPath, inspection.error());
            return;
        }
        inspection->resolveVersions(DeviceOsVersionTable::builtin());
        Q_EMIT s.portInspected(portPath, id->deviceId, *inspection);
    }

    void restore(const RestorePlan &plan, std::shared_ptr<const FirmwareBundle> bundle, const QString &deviceId)
    {
        RestoreEngine engine(m_usb, this);
        useSerialPorts(engine);
        s.m_restoreControl.attach(engine);
        m_restoreDeviceId = deviceId.toLower();
        m_lastPhase.reset();
        const RestoreOutcome outcome = engine.run(plan, deviceId);
        s.m_restoreControl.detach();
        bundle.reset();
        m_versions.clear();
        s.m_restoring.store(false);
        Q_EMIT s.restoreFinished(outcome);
        poll(true);
    }

    // RestoreObserver, on this thread.
    void progress(const RestoreProgress &p) override
    {
        s.m_restoreControl.passOnCancel(); // a cancel just as run() began (it clears the engine's flag)
        Q_EMIT s.restoreProgress(p);
        // The engine reads the modules only at the end. Between steps, right after the device came
        // back from a restart (its reboot after an update, or leaving DFU mode) and before the
        // engine talks to it again, read them here, so the live view shows what was written.
        const bool cameBack = m_lastPhase
                              && (*m_lastPhase == RestorePhase::Rebooting || *m_lastPhase == RestorePhase::LeavingDfu)
                              && (p.phase == RestorePhase::Writing || p.phase == RestorePhase::WaitingForPerson
                                  || p.phase == RestorePhase::EnteringDfu || p.phase == RestorePhase::EnteringListening);
        m_lastPhase = p.phase;
        if (cameBack)
            inspectBetweenSteps();
    }
    void log(const QString &line) override { Q_EMIT s.restoreLog(line); }
    void inspected(const ModuleInspection &i) override { Q_EMIT s.inspected(QString(), i); }
    bool askPerson(const PersonPrompt &prompt) override
    {
        return s.m_restoreControl.askPerson([&] { Q_EMIT s.personNeeded(prompt); });
    }

private:
    // One try over control requests, only when the device is running on USB: no waiting, no serial
    // port (that would take the console from the engine); the engine's own final inspection stays
    // the proof.
    void inspectBetweenSteps()
    {
        if (s.m_restoreControl.cancelled())
            return;
        auto list = m_usb.listDevices();
        if (!list.ok())
            return;
        for (const UsbDeviceInfo &d : *list) {
            if (d.deviceId.toLower() != m_restoreDeviceId || d.mode != UsbDeviceMode::Normal || !d.platform)
                continue;
            auto handle = m_usb.open(d);
            if (!handle.ok())
                return;
            ControlRequestClient control(**handle, *d.platform);
            if (auto modules = control.moduleInfo(); modules.ok())
                Q_EMIT s.inspected(QString(), inspectionFromControlReply(d.platform->id, *modules));
            return;
        }
    }

    DeviceService &s;
    UsbBackend &m_usb;
    int m_pollMs;
    QTimer *m_timer = nullptr;
    bool m_serialBusy = false;
    QList<DeviceSummary> m_last;
    QHash<QString, QString> m_versions;
    QString m_restoreDeviceId;               // the device of the running restore, lower case
    std::optional<RestorePhase> m_lastPhase; // the phase of the restore's previous report
};

DeviceService::DeviceService(UsbBackend &usb, int pollMs, QObject *parent)
    : QObject(parent), m_worker(new Worker(*this, usb, pollMs)), m_thread(new QThread(this))
{
    qRegisterMetaType<dr::DeviceSummary>();
    qRegisterMetaType<QList<dr::DeviceSummary>>();
    qRegisterMetaType<dr::ModuleInspection>();
    qRegisterMetaType<dr::RestoreProgress>();
    qRegisterMetaType<dr::PersonPrompt>();
    qRegisterMetaType<dr::RestoreOutcome>();
    qRegisterMetaType<dr::Error>();
    m_thread->setObjectName(QStringLiteral("dr-devices"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->startPolling(); }, Qt::QueuedConnection);
}

DeviceService::~DeviceService()
{
    cancelRestore();
    cancelInspection();
    cancelPortInspection();
    m_thread->quit();
    m_thread->wait();
}

void DeviceService::refresh()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->poll(true); }, Qt::QueuedConnection);
}

void DeviceService::inspect(const QString &deviceId)
{
    m_inspectControl.reset(); // a cancelInspection() from before this one does not stop it
    QMetaObject::invokeMethod(m_worker, [w = m_worker, deviceId] { w->inspect(deviceId); }, Qt::QueuedConnection);
}

void DeviceService::inspectPort(const QString &portPath)
{
    m_portCancel.store(false);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, portPath] { w->inspectPort(portPath); }, Qt::QueuedConnection);
}

void DeviceService::cancelInspection()
{
    m_inspectControl.cancel();
}

void DeviceService::cancelPortInspection()
{
    m_portCancel.store(true);
}

void DeviceService::restore(const RestorePlan &plan, std::shared_ptr<const FirmwareBundle> bundle, const QString &deviceId)
{
    m_restoring.store(true);
    m_restoreControl.reset(); // from here on a cancelRestore() is kept until the engine runs
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, plan, bundle, deviceId] { w->restore(plan, bundle, deviceId); }, Qt::QueuedConnection);
}

void DeviceService::cancelRestore()
{
    // Only while a restore is under way: a cancel kept from an idle moment would stop the next one.
    if (m_restoring.load())
        m_restoreControl.cancel();
}

void DeviceService::setSerialPortLookup(RestoreEngine::SerialPortLookup lookup)
{
    QMutexLocker lock(&m_lookupMutex);
    m_serialPortLookup = std::move(lookup);
}

void DeviceService::answerPerson(bool goOn)
{
    m_restoreControl.answerPerson(goOn);
}

} // namespace dr
