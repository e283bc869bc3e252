#include "restore/restoreengine.h"

#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "serial/listeningmodeclient.h"
#include "serial/listeningmodesession.h"
#include "serial/serialmodeswitch.h"
#include "serial/serialportdiscovery.h"
#include "firmware/moduleparser.h"
#include "usb/deviceprotection.h"
#include "usb/dfumodulereader.h"
#include "usb/dfusedownloader.h"
#include "usb/usbdevicefinder.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

#include <memory>
#include <thread>

Q_LOGGING_CATEGORY(lcRestore, "dr.restore")

namespace dr {

QString restorePhaseName(RestorePhase phase)
{
    switch (phase) {
    case RestorePhase::Locating:
        return QStringLiteral("locating");
    case RestorePhase::EnteringDfu:
        return QStringLiteral("entering-dfu");
    case RestorePhase::LeavingDfu:
        return QStringLiteral("leaving-dfu");
    case RestorePhase::EnteringListening:
        return QStringLiteral("entering-listening");
    case RestorePhase::Writing:
        return QStringLiteral("writing");
    case RestorePhase::Rebooting:
        return QStringLiteral("rebooting");
    case RestorePhase::WaitingForPerson:
        return QStringLiteral("waiting-for-person");
    case RestorePhase::Inspecting:
        return QStringLiteral("inspecting");
    case RestorePhase::Done:
        return QStringLiteral("done");
    case RestorePhase::Failed:
        return QStringLiteral("failed");
    case RestorePhase::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

ModuleInspection inspectionFromControlReply(int platformId, const QList<DeviceModuleInfo> &modules)
{
    ModuleInspection out;
    out.source = ModuleInspection::Source::ControlRequest;
    out.platformId = platformId;
    for (const DeviceModuleInfo &m : modules) {
        InstalledModule im;
        if (m.function != ModuleFunction::None)
            im.functionCode = quint8(m.function);
        im.index = m.index;
        im.version = m.version;
        im.store = static_cast<ModuleStore>(qBound(0, m.store, 3));
        im.maxSize = m.maxSize;
        im.validityChecked = quint8(m.checkedFlags & 0xFF);
        im.validityResult = quint8(m.passedFlags & 0xFF);
        if (m.function == ModuleFunction::UserPart && !m.hash.isEmpty())
            im.userSha256 = QString::fromLatin1(m.hash.toHex().toUpper());
        for (const ModuleDependency &d : m.dependencies)
            if (!d.isNone())
                im.dependencies.append(InstalledDependency{d.functionCode, d.index, d.version, {}, {}});
        out.modules.append(im);
    }
    out.resolveVersions(DeviceOsVersionTable::builtin());
    return out;
}

namespace {

// One translation context for the whole file, which lupdate sees too (it reads
// Q_DECLARE_TR_FUNCTIONS), whatever class or function the text is in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::RestoreEngine)
};

Error cancelledError()
{
    return makeError(QStringLiteral("restore.cancelled"), Tr::tr("The restore was cancelled."),
                     Tr::tr("Run the same restore again to finish it."));
}

// Device OS starts in safe mode (breathing magenta: USB, control requests and listening mode work,
// the application does not) when a module it checks at start fails its dependencies (reference row
// 1). Says which module needs what; empty when every dependency is met.
QString moduleWords(ModuleFunction f, int index)
{
    switch (f) {
    case ModuleFunction::Bootloader:
        return index == 0 ? Tr::tr("bootloader") : Tr::tr("bootloader part %1").arg(index);
    case ModuleFunction::SystemPart:
        return Tr::tr("system part %1").arg(index);
    case ModuleFunction::UserPart:
        return Tr::tr("user firmware");
    case ModuleFunction::RadioStack:
        return Tr::tr("radio stack");
    default:
        return QStringLiteral("%1 %2").arg(moduleFunctionName(f)).arg(index);
    }
}

QString safeModeCause(const ModuleInspection &inspection)
{
    constexpr quint8 dependencies = 1u << 2;
    for (const InstalledModule &m : inspection.modules) {
        if (m.isEmpty() || m.store != ModuleStore::Main || !(m.validityChecked & dependencies)
            || (m.validityResult & dependencies))
            continue;
        const ModuleFunction f = static_cast<ModuleFunction>(*m.functionCode);
        for (const InstalledDependency &d : m.dependencies) {
            const ModuleFunction df = static_cast<ModuleFunction>(d.functionCode);
            const InstalledModule *has = inspection.find(df, d.index);
            if (has && has->version >= d.version)
                continue;
            return Tr::tr("its %1 (version %2) needs the %3 at version %4 or newer, and the device has %5.")
                .arg(moduleWords(f, m.index))
                .arg(m.version)
                .arg(moduleWords(df, d.index))
                .arg(d.version)
                .arg(has ? Tr::tr("version %1").arg(has->version) : Tr::tr("none"));
        }
        return Tr::tr("its %1 (version %2) fails its dependency check.").arg(moduleWords(f, m.index)).arg(m.version);
    }
    return {};
}

void sleepFor(std::chrono::milliseconds ms)
{
    std::this_thread::sleep_for(ms);
}

// The device's serial port and its listening-mode console (reference 3): finding the port (by device
// ID, else by the path it answered on last), asking the console who it is, and the 28800-baud way
// into listening mode. Used by the restore run and by RestoreEngine::inspect.
class SerialAccess
{
public:
    SerialAccess(const RestoreEngine::SerialPortLookup &lookup, const std::atomic_bool &cancel, QString deviceId)
        : m_lookup(lookup), m_cancel(cancel), m_deviceId(std::move(deviceId))
    {
    }

    QString path() const { return m_path; }
    void setKnownPath(const QString &path)
    {
        if (!path.isEmpty())
            m_path = path;
    }
    // The device ID, once known: an old Gen 2 found by its fixed USB serial number tells its ID
    // only through `i` (probe() learns it).
    QString deviceId() const { return m_deviceId; }
    // What USB shows as its serial number when that is no device ID ("00000000050c"): the port
    // lookup is asked by it when it knows nothing under the ID.
    void setUsbSerial(const QString &serial) { m_usbSerial = serial; }
    bool hasPort() const { return !currentPath().isEmpty(); }

    // Opens the port, waiting for it to appear (it is gone while the device resets or is in DFU mode).
    Result<void> open(ListeningModeClient &client, std::chrono::milliseconds timeout)
    {
        QElapsedTimer t;
        t.start();
        std::optional<Error> lastError;
        while (true) {
            if (m_cancel.load())
                return cancelledError();
            const QString p = currentPath();
            if (!p.isEmpty()) {
                // The console writes each reply in one go: a short quiet ends the ones without an end mark.
                ListeningModeClient::Options options = client.options();
                options.quietMs = 60;
                client.setOptions(options);
                auto opened = client.openPort(p);
                if (opened.ok()) {
                    m_path = p;
                    return {};
                }
                lastError = opened.error();
            }
            if (t.elapsed() > timeout.count())
                return lastError ? *lastError
                                 : makeError(QStringLiteral("restore.no-serial-port"),
                                             Tr::tr("The device's serial port did not appear within %1 s.")
                                                 .arg(timeout.count() / 1000),
                                             Tr::tr("Check the cable (a data cable, not a charge-only one). A device "
                                                "blinking yellow is in DFU mode and has no serial port: press "
                                                "RESET, then run the restore again."));
            sleepFor(std::chrono::milliseconds(100));
        }
    }

    enum class Answer { ThisDevice, Silent, OtherDevice };
    // `i`: only a device in listening mode answers; the ID says whether it is ours.
    Answer probe(ListeningModeClient &client, QString *otherId = nullptr)
    {
        ListeningModeSession session(client, &m_cancel);
        auto reply = session.command(ConsoleCommand::DeviceId, 500);
        if (!reply.ok())
            return Answer::Silent;
        if (!reply->deviceId.isEmpty() && !serialNumberIsDeviceId(m_deviceId)) {
            m_deviceId = reply->deviceId; // the port was found for the one device without an ID
            return Answer::ThisDevice;
        }
        if (!reply->deviceId.isEmpty() && reply->deviceId.compare(m_deviceId, Qt::CaseInsensitive) != 0) {
            if (otherId)
                *otherId = reply->deviceId;
            return Answer::OtherDevice;
        }
        return Answer::ThisDevice;
    }

    Error otherDeviceError(const QString &otherId) const
    {
        return makeError(QStringLiteral("restore.wrong-serial-port"),
                         Tr::tr("The serial port %1 belongs to another device (%2), not %3.").arg(m_path, otherId, m_deviceId),
                         Tr::tr("Nothing was sent to it. Unplug the other devices, or name the port of this one, and "
                            "run the restore again."));
    }

    // Waits for the console to answer as this device: opens the port again and again (it may vanish
    // and come back) until the timeout.
    // With `repeat`, the request that should have started listening mode is sent again each time
    // the console has stayed silent for kRepeatRequestMs (a device already listening answers before
    // that). The line coding is an event on real USB; the virtual device can only look at its pty's
    // settings now and then, and the port reopened here at the client's rate could replace the
    // request before a busy machine let it look (issue 16).
    static constexpr qint64 kRepeatRequestMs = 2000;
    Result<bool> waitForListening(ListeningModeClient &client, std::chrono::milliseconds timeout,
                                  const std::function<void()> &repeat = {})
    {
        QElapsedTimer t;
        t.start();
        QElapsedTimer sinceRequest;
        sinceRequest.start();
        while (true) {
            if (m_cancel.load())
                return cancelledError();
            if (!client.isOpen()) {
                const auto left = std::max<qint64>(0, timeout.count() - t.elapsed());
                if (auto opened = open(client, std::chrono::milliseconds(std::min<qint64>(left, 1000))); !opened.ok()) {
                    if (m_cancel.load())
                        return cancelledError();
                }
            }
            if (client.isOpen()) {
                QString other;
                switch (probe(client, &other)) {
                case Answer::ThisDevice:
                    return true;
                case Answer::OtherDevice:
                    return otherDeviceError(other);
                case Answer::Silent:
                    break;
                }
            }
            if (t.elapsed() > timeout.count())
                return false;
            client.close(); // the next try opens it afresh: a reset replaces the port
            if (repeat && sinceRequest.elapsed() >= kRepeatRequestMs) {
                repeat();
                sinceRequest.restart();
            }
            sleepFor(std::chrono::milliseconds(200));
        }
    }

    // Opens the port at 28800 baud for a moment: Device OS up to 5.x starts listening mode (3.3).
    Result<void> requestListening()
    {
        const QString p = currentPath();
        if (p.isEmpty())
            return makeError(QStringLiteral("restore.no-serial-port"), Tr::tr("The device has no serial port now."));
        // The line coding is the request. A real device sees it at once; the 250 ms before the port
        // is opened again at another rate are for a device that looks late (the virtual one).
        return SerialModeSwitch::touch(p, SerialModeSwitch::kListeningBaudRate, 250);
    }

private:
    QString currentPath() const
    {
        QString p = m_lookup ? m_lookup(m_deviceId) : QString();
        if (p.isEmpty() && m_lookup && !m_usbSerial.isEmpty())
            p = m_lookup(m_usbSerial);
        return p.isEmpty() ? m_path : p;
    }

    const RestoreEngine::SerialPortLookup &m_lookup;
    const std::atomic_bool &m_cancel;
    QString m_deviceId;
    QString m_usbSerial;
    QString m_path; // where the device answered last
};

} // namespace

// One run of a plan: the device's identity and mode as the engine last saw them, progress, records.
struct RestoreEngine::Run
{
    RestoreEngine &e;
    const RestorePlan &plan;
    const Platform &platform;
    QString deviceId;
    std::optional<UsbDeviceMode> mode; // as last seen on the bus
    UsbDeviceInfo last;                // the enumeration seen last
    QString portPath;
    RestoreOutcome outcome;
    RestoreProgress progress;
    QString stepMessage; // what the current write step does, for the phase after a mode switch
    QElapsedTimer clock;
    QElapsedTimer transferClock; // time spent moving bytes, for the ETA
    qint64 transferMillis = 0;
    quint64 transferBytes = 0;
    quint32 lastDfuAddress = 0;
    QStringList written;
    SerialAccess serial;
    bool listening = false;      // last seen in listening mode (blinking dark blue)
    bool notListening = false;   // known to run normally (restarted by us since)
    QString interruptedTransfer; // the module whose YModem transfer was stopped
    QString anonymousPort;       // the USB port path of a device that shows no ID there (old Gen 2)
    QString lastDeviceMessage;   // what the device printed at the end of the last YModem transfer
    // The bytes of every module the plan writes, by step index: read before the first write.
    QHash<int, FirmwareModule> images;
    const FirmwareModule *image = nullptr; // the current Flash step's module, with its bytes

    Run(RestoreEngine &engine, const RestorePlan &p, const QString &id)
        : e(engine), plan(p), platform(*p.platform), deviceId(id.toLower()), portPath(engine.m_portPath),
          serial(engine.m_serialPortFor, engine.m_cancel, id.toLower())
    {
        clock.start();
        progress.stepCount = int(plan.steps.size());
        for (const PlanStep &s : plan.steps)
            progress.total += quint64(std::max<qint64>(0, s.bytes));
    }

    void log(const QString &line)
    {
        qCInfo(lcRestore).noquote() << line;
        if (e.m_observer)
            e.m_observer->log(line);
    }
    void report(RestorePhase phase, const QString &message, std::chrono::milliseconds waitLimit = {})
    {
        progress.phase = phase;
        progress.message = message;
        progress.waitLimitMs = waitLimit.count();
        // Honest ETA: bytes still to go at the rate seen so far, once a few seconds of data exist.
        const quint64 remaining = progress.total - std::min(progress.total, progress.done);
        if (transferBytes > 0 && transferMillis > 500)
            progress.etaSeconds = double(remaining) * double(transferMillis) / double(transferBytes) / 1000.0;
        if (e.m_observer)
            e.m_observer->progress(progress);
    }
    void advance(quint64 stepDone)
    {
        // Never backwards: a verify pass re-reports 0..n, which must not move the overall bar back.
        const quint64 base = progress.done - std::min(progress.done, progress.stepDone);
        progress.stepDone = std::max(progress.stepDone, std::min(stepDone, progress.stepTotal));
        progress.done = std::max(progress.done, base + progress.stepDone);
        report(progress.phase, progress.message);
    }
    bool cancelled() const { return e.m_cancel.load(); }

    UsbDeviceQuery query(std::optional<UsbDeviceMode> m) const
    {
        UsbDeviceQuery q;
        q.deviceId = deviceId;
        q.mode = m;
        return q;
    }

    // By its ID; or, where it may show no ID on USB (old Gen 2), as the one such device of the plan's
    // platform, on the USB port it was last seen on once it has been seen. A device that showed its
    // ID on an unknown port is never taken for an anonymous one.
    Result<UsbDeviceInfo> waitFor(std::optional<UsbDeviceMode> m, std::chrono::milliseconds timeout)
    {
        AnonymousMatch anonymous;
        anonymous.platform = &platform;
        anonymous.portPath = anonymousPort.isEmpty() ? portPath : anonymousPort;
        const bool mayHideId = platform.generation == 2 && (!plan.current || *plan.current < SemVer(0, 7, 0));
        if (serialNumberIsDeviceId(deviceId) && anonymous.portPath.isEmpty() && !mayHideId)
            return waitForUsbDevice(e.m_usb, query(m), timeout, &e.m_cancel);
        return waitForUsbDevice(e.m_usb, query(m), anonymous, timeout, &e.m_cancel);
    }

    // What an enumeration tells about the device: where it is while it shows no ID, its ID once it does.
    void learnFrom(const UsbDeviceInfo &d)
    {
        last = d;
        mode = d.mode;
        portPath = d.portPath;
        serial.setKnownPath(d.serialPort);
        if (!serialNumberIsDeviceId(d.deviceId)) {
            anonymousPort = d.portPath;
            serial.setUsbSerial(d.deviceId);
        } else if (!serialNumberIsDeviceId(deviceId)) {
            deviceId = d.deviceId.toLower(); // upgraded past 0.5.x: it shows its ID now
        }
    }

    Result<UsbDeviceInfo> find(std::optional<UsbDeviceMode> m, std::chrono::milliseconds timeout)
    {
        auto r = waitFor(m, timeout);
        if (r.ok())
            learnFrom(*r);
        return r;
    }

    // The same device on the bus: its device ID, or, where the USB serial number is no device ID
    // (Gen 2 up to 0.5.x, and its bootloader), the same platform on the same USB port path, also when
    // it starts (or stops) showing its ID across the re-enumeration.
    bool isOurs(const UsbDeviceInfo &d, const UsbDeviceInfo &old) const
    {
        if (serialNumberIsDeviceId(d.deviceId) && d.deviceId.compare(deviceId, Qt::CaseInsensitive) == 0)
            return true;
        const bool anonymous = !serialNumberIsDeviceId(d.deviceId) || !serialNumberIsDeviceId(old.deviceId);
        return anonymous && !old.portPath.isEmpty() && d.portPath == old.portPath && d.platform
               && d.platform->id == platform.id;
    }

    // The serial side learnt the ID (`i`) of a device that USB shows without one.
    void learnFromSerial()
    {
        if (!serialNumberIsDeviceId(deviceId) && serialNumberIsDeviceId(serial.deviceId()))
            deviceId = serial.deviceId().toLower();
    }

    Result<std::unique_ptr<UsbDeviceHandle>> open(std::optional<UsbDeviceMode> m)
    {
        auto info = find(m, std::chrono::milliseconds(5000));
        if (!info.ok())
            return info.error();
        return e.m_usb.open(*info);
    }

    // Waits for the device to come back as a new enumeration in `to` mode: same device ID, and a
    // new bus address or another mode than the one seen last (a reset always re-enumerates). Works
    // whether or not the old enumeration was seen leaving.
    Result<void> followReenumeration(UsbDeviceMode to, std::chrono::milliseconds timeout)
    {
        const UsbDeviceInfo old = last;
        QElapsedTimer t;
        t.start();
        mode.reset();
        while (true) {
            if (cancelled())
                return cancelledError();
            if (auto list = e.m_usb.listDevices(); list.ok()) {
                for (const UsbDeviceInfo &d : *list) {
                    if (to == UsbDeviceMode::Normal && d.mode == UsbDeviceMode::Dfu && isOurs(d, old)
                        && !(old.mode == UsbDeviceMode::Dfu && d.busNumber == old.busNumber && d.address == old.address)) {
                        // Back, but in DFU mode: its bootloader would not start Device OS (reference
                        // row 1). Waiting longer, or for its serial port, cannot help.
                        last = d;
                        mode = d.mode;
                        portPath = d.portPath;
                        return stayedInDfuError();
                    }
                    if (!isOurs(d, old) || d.mode != to)
                        continue;
                    if (d.mode == old.mode && d.busNumber == old.busNumber && d.address == old.address)
                        continue; // still the old enumeration
                    learnFrom(d);
                    return {};
                }
            }
            if (t.elapsed() > timeout.count())
                return makeError(QStringLiteral("restore.device-lost"),
                                 (to == UsbDeviceMode::Dfu
                                      ? Tr::tr("The device did not come back in DFU mode within %1 s.")
                                      : Tr::tr("The device did not come back in normal mode within %1 s."))
                                     .arg(timeout.count() / 1000),
                                 to == UsbDeviceMode::Dfu
                                     ? Tr::tr("If its LED does not blink yellow, hold MODE, tap RESET and keep holding MODE "
                                          "until it blinks yellow, then run the restore again.")
                                     : Tr::tr("Check the cable, then run the restore again; it continues from here."));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    // The device came back in DFU mode instead of starting Device OS: the Gen 3 and rtl872x bootloaders
    // stay there when system-part1 fails its check, Gen 2 after trying a factory reset (reference
    // section 6). Reads system-part1 back over DFU to say what is wrong with it.
    Error stayedInDfuError()
    {
        const QString why = diagnoseSystemPart();
        log(Tr::tr("The device stayed in DFU mode: %1").arg(why));
        return makeError(QStringLiteral("restore.stayed-in-dfu"),
                         Tr::tr("The device stays in DFU mode (blinking yellow) instead of starting Device OS: %1")
                             .arg(why),
                         Tr::tr("Run the restore again with DFU allowed: it writes the system part again over "
                                "DFU."));
    }

    QString diagnoseSystemPart()
    {
        const ModuleSlot *slot = platform.slotFor(ModuleFunction::SystemPart, 1, 0, plan.target);
        if (!slot)
            slot = platform.slotFor(ModuleFunction::SystemPart, 1, 0);
        const QString fallback = Tr::tr("its bootloader does not accept the system part.");
        if (!slot)
            return fallback;
        auto handle = e.m_usb.open(last);
        if (!handle.ok())
            return fallback;
        DfuseDownloader dfu(**handle, platform);
        dfu.setCancelFlag(&e.m_cancel);
        if (!dfu.open().ok())
            return fallback;
        auto bytes = dfu.read(0, slot->bounds.start, slot->bounds.size());
        if (!bytes.ok())
            return fallback;
        auto m = ModuleParser::parseInFlash(*bytes, slot->bounds.start, slot->bounds.start, slot->name);
        if (!m.ok())
            return Tr::tr("there is no valid %1 in its flash (an interrupted or incomplete write).").arg(slot->name);
        if (m->platformId != platform.id)
            return Tr::tr("the %1 in its flash is for another platform (%2).").arg(slot->name).arg(m->platformId);
        if (!m->crcValid())
            return Tr::tr("the %1 in its flash (version %2) fails its CRC check (an interrupted write).")
                .arg(slot->name)
                .arg(m->version);
        return Tr::tr("its bootloader does not start the %1 (version %2), which looks intact; the bootloader may "
                      "be too old for it.")
            .arg(slot->name)
            .arg(m->version);
    }

    Result<void> enterDfu()
    {
        if (mode == UsbDeviceMode::Dfu)
            return {};
        report(RestorePhase::EnteringDfu, Tr::tr("Putting the device into DFU mode (it will blink yellow)"),
               e.m_timeouts.reenumerate);
        std::optional<Error> failure;
        if (auto handle = open(UsbDeviceMode::Normal); !handle.ok()) {
            failure = handle.error();
        } else {
            ControlRequestClient control(**handle, platform);
            control.setCancelFlag(&e.m_cancel);
            if (auto r = control.enterDfu(); !r.ok()) {
                if (isProtectionRefusal(r.error()))
                    return deviceProtectedError(r.error().text()); // DFU mode would refuse it too
                failure = r.error();
            } else {
                handle->reset();
                log(Tr::tr("Asked the device to enter DFU mode"));
                auto back = followReenumeration(UsbDeviceMode::Dfu, e.m_timeouts.reenumerate);
                if (back.ok() || cancelled())
                    return back;
                failure = back.error();
            }
        }
        if (cancelled())
            return cancelledError();
        // Devices too old for control requests reset into DFU when their serial port is opened at
        // 14400 baud (reference 3.3).
        const QString port = e.m_serialPortFor ? e.m_serialPortFor(deviceId) : QString();
        if (!port.isEmpty()) {
            log(Tr::tr("The DFU request failed (%1); opening %2 at 14400 baud").arg(failure->message, port));
            if (auto touched = SerialModeSwitch::requestDfu(port); touched.ok()) {
                if (find(UsbDeviceMode::Dfu, e.m_timeouts.reenumerate).ok())
                    return {};
            }
            if (cancelled())
                return cancelledError();
        }
        // The last resort: the person puts it into DFU mode with the buttons (reference 5.4).
        log(Tr::tr("The device did not enter DFU mode by itself (%1); asking for the buttons").arg(failure->message));
        report(RestorePhase::WaitingForPerson, Tr::tr("Put the device into DFU mode with its buttons"));
        const ModeGuidance guide = ModeGuidance::forMode(GuidedMode::Dfu);
        PersonPrompt prompt;
        prompt.title = guide.title;
        prompt.instruction = Tr::tr("The device did not switch to DFU mode by itself.") + QStringLiteral("\n\n") + guide.text();
        if (e.m_observer && !e.m_observer->askPerson(prompt))
            return cancelledError();
        report(RestorePhase::EnteringDfu, Tr::tr("Waiting for the device in DFU mode"), e.m_timeouts.reenumerate);
        auto found = find(UsbDeviceMode::Dfu, e.m_timeouts.reenumerate);
        if (!found.ok())
            return cancelled() ? cancelledError() : *failure;
        return {};
    }

    // What a protected device answers to a write or a mode change (reference row 19).
    static bool isProtectionRefusal(const Error &error)
    {
        return error.code == QLatin1String(usberror::ControlResult) + QStringLiteral(".-1801")
               || error.code == QLatin1String(usberror::DfuStatus) + QStringLiteral(".errVENDOR");
    }

    // Device Protection (Device OS 6.x) refuses every write over USB: stop before the first one.
    Result<void> refuseProtectedDevice()
    {
        auto handle = open(*mode);
        if (!handle.ok())
            return handle.error();
        auto isProtected = readDeviceProtection(**handle, platform, *mode);
        if (!isProtected.ok()) {
            // Not knowing is not a refusal: a protected device would refuse the first write itself.
            log(Tr::tr("Could not read the device's protection state: %1").arg(isProtected.error().text()));
            return {};
        }
        if (*isProtected)
            return deviceProtectedError(*mode == UsbDeviceMode::Dfu ? QStringLiteral("DFU mode: protected bootloader")
                                                                   : QStringLiteral("control request 76: protected"));
        return {};
    }

    Result<void> leaveDfu()
    {
        if (mode == UsbDeviceMode::Normal)
            return {};
        report(RestorePhase::LeavingDfu, Tr::tr("Starting Device OS"), e.m_timeouts.reenumerate);
        auto handle = open(UsbDeviceMode::Dfu);
        if (!handle.ok())
            return handle.error();
        {
            DfuseDownloader dfu(**handle, platform);
            dfu.setCancelFlag(&e.m_cancel);
            if (auto r = dfu.open(); !r.ok())
                return r.error();
            if (auto r = dfu.leave(lastDfuAddress ? lastDfuAddress : platform.slots.value(0).bounds.start); !r.ok())
                return r.error();
        }
        handle->reset();
        log(Tr::tr("Left DFU mode; waiting for Device OS to start"));
        return followReenumeration(UsbDeviceMode::Normal, e.m_timeouts.reenumerate);
    }

    Result<void> dfuWrite(const PlanStep &s)
    {
        if (auto r = enterDfu(); !r.ok())
            return r;
        auto handle = open(UsbDeviceMode::Dfu);
        if (!handle.ok())
            return handle.error();
        DfuseDownloader dfu(**handle, platform);
        dfu.setCancelFlag(&e.m_cancel);
        dfu.setProgress([this](const DfuseProgress &p) {
            if (p.phase == DfuseProgress::Phase::Write && p.total > 0)
                advance(p.done * progress.stepTotal / p.total);
        });
        if (auto r = dfu.open(); !r.ok())
            return r;
        report(RestorePhase::Writing, stepMessage); // the mode switch is over: bytes move from here
        Result<void> r;
        if (s.kind == StepKind::InvalidateFormerUserPart) {
            r = dfu.writeRange(0, s.address, QByteArray(int(s.bytes), '\xff'));
        } else {
            r = dfu.writeModule(*image, s.toDeviceOs ? s.toDeviceOs : std::optional<SemVer>(plan.target));
        }
        if (r.ok())
            lastDfuAddress = s.address;
        return r;
    }

    Result<void> controlRequestWrite(const PlanStep &s)
    {
        if (auto r = leaveDfu(); !r.ok())
            return r;
        auto handle = open(UsbDeviceMode::Normal);
        if (!handle.ok())
            return handle.error();
        ControlRequestClient control(**handle, platform);
        control.setCancelFlag(&e.m_cancel);
        report(RestorePhase::Writing, stepMessage); // after leaving DFU mode, if it had to
        auto r = control.updateFirmware(image->bytes, [this, total = quint64(image->bytes.size())](quint64 done, quint64) {
            advance(total ? done * progress.stepTotal / total : 0);
        }, e.m_timeouts.firmwareUpdate);
        if (!r.ok())
            return isProtectionRefusal(r.error()) ? Result<void>(deviceProtectedError(r.error().text())) : r;
        handle->reset();
        // Device OS validates the image, replies, then applies it and restarts.
        report(RestorePhase::Rebooting, Tr::tr("The device is applying the %1 and restarting").arg(s.part),
               e.m_timeouts.applyAndReboot);
        return followReenumeration(UsbDeviceMode::Normal, e.m_timeouts.applyAndReboot);
    }

    // Listening mode: the console answers only there. First the 28800-baud request (Device OS up to
    // 5.x), then the person with the MODE button, then give up with what to do.
    Result<void> enterListening(ListeningModeClient &client)
    {
        auto r = reachListening(client);
        if (r.ok())
            learnFromSerial();
        return r;
    }
    Result<void> reachListening(ListeningModeClient &client)
    {
        if (auto opened = serial.open(client, e.m_timeouts.reenumerate); !opened.ok())
            return opened;
        // Just restarted by us, it runs normally: asking its console first would only cost the wait.
        if (!notListening) {
            QString other;
            switch (serial.probe(client, &other)) {
            case SerialAccess::Answer::ThisDevice:
                listening = true;
                return {};
            case SerialAccess::Answer::OtherDevice:
                return serial.otherDeviceError(other);
            case SerialAccess::Answer::Silent:
                break;
            }
        }
        if (cancelled())
            return cancelledError();
        report(RestorePhase::EnteringListening, Tr::tr("Putting the device into listening mode (it will blink dark blue)"),
               e.m_timeouts.listeningMode);
        const std::optional<SemVer> running = plan.current;
        if (!running || SerialModeSwitch::listeningBaudRateSupported(*running)) {
            client.close();
            log(Tr::tr("Opening %1 at 28800 baud to start listening mode").arg(serial.path()));
            if (auto touched = serial.requestListening(); !touched.ok())
                log(Tr::tr("The 28800-baud request failed: %1").arg(touched.error().text()));
            auto up = serial.waitForListening(client, e.m_timeouts.listeningMode, [this] {
                log(Tr::tr("No answer yet: sending the 28800-baud request again"));
                (void)serial.requestListening();
            });
            if (!up.ok())
                return up.error();
            if (*up) {
                listening = true;
                notListening = false;
                return {};
            }
        }
        // The last resort: the person holds MODE (reference 3.3, ModeGuidance).
        log(Tr::tr("The device did not enter listening mode by itself; asking for the MODE button"));
        report(RestorePhase::WaitingForPerson, Tr::tr("Put the device into listening mode with its MODE button"));
        const ModeGuidance guide = ModeGuidance::forMode(GuidedMode::Listening);
        PersonPrompt prompt;
        prompt.title = guide.title;
        prompt.instruction = Tr::tr("The device did not switch to listening mode by itself.") + QStringLiteral("\n\n")
                             + guide.text();
        if (e.m_observer && !e.m_observer->askPerson(prompt))
            return cancelledError();
        report(RestorePhase::EnteringListening, Tr::tr("Waiting for the device in listening mode"), e.m_timeouts.reenumerate);
        client.close();
        auto up = serial.waitForListening(client, e.m_timeouts.reenumerate);
        if (!up.ok())
            return up.error();
        if (!*up)
            return makeError(QStringLiteral("restore.no-listening-mode"),
                             Tr::tr("The device did not answer in listening mode within %1 s.")
                                 .arg(e.m_timeouts.reenumerate.count() / 1000),
                             Tr::tr("Hold MODE until the LED blinks dark blue, then run the restore again; it continues "
                                "from here."));
        listening = true;
        notListening = false;
        return {};
    }

    // One module over YModem (reference 3.4): `f`, the transfer, then Device OS validates it, says
    // so, restarts and applies it. What it says is not proof: Device OS up to 0.6.0 says "Downloaded
    // file successfully!" before it validates, and the receiver checks no CRC, so a block damaged on
    // the way reaches the flash. The device is inspected after its restart; a module that is not
    // there is sent once more, then the restore stops with what the device holds (row 5).
    static constexpr int kYmodemAttempts = 2;

    Result<void> ymodemWrite(const PlanStep &s)
    {
        QString lastFinding;
        for (int attempt = 1; attempt <= kYmodemAttempts; ++attempt) {
            if (attempt > 1) {
                log(Tr::tr("Sending the %1 again (attempt %2 of %3)").arg(s.part).arg(attempt).arg(kYmodemAttempts));
                progress.stepDone = 0;
            }
            auto restarted = ymodemTransfer(s);
            if (!restarted.ok())
                return restarted.error();
            auto verdict = checkYmodemResult(s);
            if (!verdict.ok())
                return verdict.error();
            if (verdict->isEmpty())
                return {};
            lastFinding = *verdict;
            log(Tr::tr("After its restart the device does not hold the %1 it was sent: %2").arg(s.part, lastFinding));
        }
        return makeError(QStringLiteral("restore.ymodem-not-applied"),
                         Tr::tr("The device did not take the %1 version %2 after %3 transfers: %4.")
                             .arg(s.part)
                             .arg(s.toVersion)
                             .arg(kYmodemAttempts)
                             .arg(lastFinding),
                         Tr::tr("The file is intact on this computer, so the bytes were damaged on the way or the "
                            "device refused them. Use a short data cable straight into the computer (no hub) and "
                            "run the restore again; it continues from here. If it fails the same way, restore "
                            "over DFU."),
                         lastDeviceMessage);
    }

    // One transfer, up to the device's restart. A transfer the device rejects after receiving it
    // (0.6.1 on) also ends in a restart.
    Result<void> ymodemTransfer(const PlanStep &s)
    {
        if (auto r = leaveDfu(); !r.ok())
            return r;
        // The enumeration before the reset, so that the new one can be told from it.
        const bool onBus = find(UsbDeviceMode::Normal, std::chrono::milliseconds(2000)).ok();
        ListeningModeClient client;
        if (auto r = enterListening(client); !r.ok())
            return r;
        report(RestorePhase::Writing, Tr::tr("Sending %1 over %2 (YModem)").arg(s.part, serial.path()));
        ListeningModeSession session(client, &e.m_cancel);
        auto sent = session.sendFile(s.source->fileName.toLatin1(), image->bytes, YmodemOptions{},
                                     [this](qint64 done, qint64 total) {
                                         advance(total > 0 ? quint64(done) * progress.stepTotal / quint64(total) : 0);
                                     });
        const YmodemTransferStats stats = client.lastTransferStats();
        client.close();
        // Where a transfer's time goes: on the wire and in the device, or waiting for its answers.
        log(Tr::tr("YModem: %1 writes in %2 ms, of which %3 ms waiting for the device's answers")
                .arg(stats.writes)
                .arg(double(stats.elapsedNs) / 1e6, 0, 'f', 1)
                .arg(double(stats.waitingNs) / 1e6, 0, 'f', 1));
        if (!sent.ok()) {
            if (sent.error().code == QLatin1String(serialerror::Cancelled) || cancelled()) {
                interruptedTransfer = s.part;
                Error c = cancelledError();
                c.detail = sent.error().detail;
                return c;
            }
            if (sent.error().code == QLatin1String(serialerror::PortLost))
                listening = false; // its port went away: it restarted or left, listening mode is over
            if (sent.error().code != QLatin1String(serialerror::YmodemValidationFailed))
                return sent.error();
            lastDeviceMessage = sent.error().detail;
            log(Tr::tr("The device rejected the %1 (%2); it restarts").arg(s.part, sent.error().message));
        } else {
            lastDeviceMessage = sent->deviceMessage;
            log(Tr::tr("The device says it took the %1: %2").arg(s.part, sent->deviceMessage));
        }
        listening = false;
        notListening = true;
        report(RestorePhase::Rebooting, Tr::tr("The device is applying the %1 and restarting").arg(s.part),
               e.m_timeouts.applyAndReboot);
        if (onBus)
            return followReenumeration(UsbDeviceMode::Normal, e.m_timeouts.applyAndReboot);
        // Not identifiable on USB: the serial port goes and comes back.
        ListeningModeClient back;
        auto reopened = serial.open(back, e.m_timeouts.applyAndReboot);
        return reopened.ok() ? Result<void>() : reopened.error();
    }

    // Whether the Device OS the device runs (its oldest system part) has a slot for the step's module.
    bool listsSlot(const ModuleInspection &inspection, const PlanStep &s) const
    {
        int oldest = -1;
        for (const InstalledModule &x : inspection.modules)
            if (x.function() == ModuleFunction::SystemPart)
                oldest = oldest < 0 ? x.version : std::min(oldest, x.version);
        const auto running = oldest < 0 ? std::nullopt : DeviceOsVersionTable::builtin().semverForSystemVersion(oldest);
        return !running || platform.slotFor(s.function, s.index, s.mcuTarget, *running) != nullptr;
    }

    // Whether the restarted device holds the module at the version sent, intact (its dependencies
    // may still wait for the next step). Empty: it does; else what it holds instead.
    Result<QString> checkYmodemResult(const PlanStep &s)
    {
        auto inspection = inspectNow(/*staysListening=*/true);
        if (!inspection.ok())
            return inspection.error();
        const InstalledModule *m = inspection->find(s.function, s.index);
        if (!m && !listsSlot(*inspection, s)) {
            // The Device OS running now has no place for this module in its table (the Electron's
            // system-part3 under 0.5.x): it can only be seen once the release's other parts follow,
            // which the next checks and the final inspection do.
            log(Tr::tr("The device's module list has no place for the %1 yet; it is checked after the next parts")
                    .arg(s.part));
            return QString();
        }
        if (!m) {
            QStringList listed;
            for (const InstalledModule &x : inspection->modules)
                if (!x.isEmpty())
                    listed << QStringLiteral("%1%2@%3").arg(QLatin1Char(moduleFunctionJsonChar(*x.functionCode))).arg(x.index).arg(x.version);
            return Tr::tr("it has no %1 (it lists %2)").arg(s.part, listed.join(QLatin1String(", ")));
        }
        if (m->version != s.toVersion)
            return Tr::tr("its %1 is still version %2").arg(s.part).arg(m->version);
        for (const InspectionCheck c : {InspectionCheck::Integrity, InspectionCheck::AddressRange, InspectionCheck::Platform})
            if (m->check(c) == CheckState::Fail)
                return Tr::tr("its %1 fails the %2 check").arg(s.part, inspectionCheckName(c));
        return QString();
    }

    // The `s` command in listening mode; afterwards `x` lets the device run normally again, unless
    // the next step wants listening mode anyway (a check between YModem transfers).
    Result<ModuleInspection> inspectOverSerial(bool staysListening = false)
    {
        ListeningModeClient client;
        if (auto r = enterListening(client); !r.ok())
            return r.error();
        report(RestorePhase::Inspecting, Tr::tr("Reading the device's modules over %1").arg(serial.path()));
        ListeningModeSession session(client, &e.m_cancel);
        auto inspection = session.inspect();
        if (inspection.ok() && staysListening) {
            inspection->resolveVersions(DeviceOsVersionTable::builtin());
        } else if (inspection.ok()) {
            if (auto x = session.command(ConsoleCommand::ExitListening); !x.ok())
                log(Tr::tr("Leaving listening mode failed: %1").arg(x.error().text()));
            listening = false;
            notListening = true;
            inspection->resolveVersions(DeviceOsVersionTable::builtin());
        }
        return inspection;
    }

    Result<void> waitForPerson(const PlanStep &s)
    {
        if (auto r = leaveDfu(); !r.ok())
            return r;
        if (s.kind == StepKind::WaitForReboot) {
            // Between releases (the Electron's serial path) the device only has to be running: the
            // engine sees that itself, on USB or on its serial port.
            report(RestorePhase::Rebooting, s.reason, e.m_timeouts.reenumerate);
            if (find(UsbDeviceMode::Normal, e.m_timeouts.reenumerate).ok())
                return {};
            if (cancelled())
                return cancelledError();
            ListeningModeClient client;
            return serial.open(client, e.m_timeouts.reenumerate);
        }
        report(RestorePhase::WaitingForPerson, s.reason);
        PersonPrompt prompt;
        prompt.title = s.kind == StepKind::WaitForConnection ? Tr::tr("Let the device connect") : Tr::tr("Let the device start");
        prompt.instruction =
            s.kind == StepKind::WaitForConnection
                ? Tr::tr("Device OS %1 is now on the device. Keep it powered with its antenna attached until its LED "
                     "breathes cyan (slow fading light blue): that means it has connected to the cellular network. "
                     "This can take several minutes. Then confirm to go on.")
                      .arg(s.toDeviceOs ? s.toDeviceOs->toString() : QString())
                : Tr::tr("Device OS %1 is now on the device. Wait until it has started, then confirm.")
                      .arg(s.toDeviceOs ? s.toDeviceOs->toString() : QString());
        if (e.m_observer && !e.m_observer->askPerson(prompt))
            return cancelledError();
        return {};
    }

    Result<ModuleInspection> inspectNow(bool staysListening = false)
    {
        report(RestorePhase::Inspecting, Tr::tr("Reading the device's modules"));
        std::optional<Error> usbError;
        if (auto handle = open(UsbDeviceMode::Normal); !handle.ok()) {
            usbError = handle.error();
        } else {
            ControlRequestClient control(**handle, platform);
            control.setCancelFlag(&e.m_cancel);
            if (auto modules = control.moduleInfo(); modules.ok()) {
                ModuleInspection i = inspectionFromControlReply(platform.id, *modules);
                if (e.m_observer)
                    e.m_observer->inspected(i);
                return i;
            } else {
                usbError = modules.error();
            }
        }
        if (cancelled())
            return cancelledError();
        // Device OS without control requests (Gen2 before 0.8.0): ask its console (reference 3.2).
        if (!serial.hasPort())
            return *usbError;
        log(Tr::tr("Control requests failed (%1); reading the modules in listening mode").arg(usbError->message));
        auto i = inspectOverSerial(staysListening);
        if (!i.ok())
            return i.error();
        if (e.m_observer)
            e.m_observer->inspected(*i);
        return i;
    }

    QString stateText() const
    {
        QString where;
        if (!interruptedTransfer.isEmpty())
            where = Tr::tr("The transfer of the %1 was stopped between two YModem blocks; the device dropped it and "
                       "keeps its modules as they were. It is in listening mode (blinking dark blue): press RESET "
                       "to leave it.")
                        .arg(interruptedTransfer);
        else if (!mode)
            where = Tr::tr("The device is not on the bus (unplugged, or still restarting).");
        else if (*mode == UsbDeviceMode::Dfu)
            where = Tr::tr("The device is in DFU mode (blinking yellow).");
        else if (listening)
            where = Tr::tr("The device is running Device OS in listening mode (blinking dark blue).");
        else
            where = Tr::tr("The device is running Device OS.");
        const QString done = written.isEmpty() ? Tr::tr("Nothing has been written yet.")
                                               : Tr::tr("Written: %1.").arg(written.join(QLatin1String(", ")));
        return where + QLatin1Char(' ') + done + QLatin1Char(' ')
               + Tr::tr("Running the same restore again continues from here.");
    }

    // Where the device is now, as the bus shows it: a failure may have come from the device leaving
    // or resetting, and the state the outcome gives must be where it really is.
    void refreshWhereabouts()
    {
        auto list = e.m_usb.listDevices();
        if (!list.ok())
            return;
        for (const UsbDeviceInfo &d : *list)
            if (isOurs(d, last)) {
                if (d.busNumber != last.busNumber || d.address != last.address) {
                    // A new enumeration: it restarted, which ends listening mode and drops a
                    // partial YModem image.
                    listening = false;
                    interruptedTransfer.clear();
                }
                mode = d.mode;
                return;
            }
        mode.reset();
    }

    RestoreOutcome finish(RestorePhase phase, std::optional<Error> error)
    {
        if (phase != RestorePhase::Done)
            refreshWhereabouts();
        outcome.error = std::move(error);
        outcome.cancelled = phase == RestorePhase::Cancelled;
        outcome.success = phase == RestorePhase::Done;
        outcome.milliseconds = clock.elapsed();
        outcome.deviceState = outcome.success ? Tr::tr("The device runs Device OS %1 and every module passes its checks.")
                                                    .arg(plan.target.toString())
                                              : stateText();
        progress.step = -1;
        report(phase, outcome.success ? Tr::tr("Done") : (outcome.error ? outcome.error->message : QString()));
        log(outcome.success ? Tr::tr("Restore finished in %1 s").arg(double(outcome.milliseconds) / 1000.0, 0, 'f', 1)
                            : Tr::tr("Restore stopped: %1 %2").arg(outcome.error ? outcome.error->text() : QString(),
                                                               outcome.deviceState));
        return outcome;
    }

    RestoreOutcome go()
    {
        if (plan.refused())
            return finish(RestorePhase::Failed,
                          makeError(QStringLiteral("restore.plan-refused"),
                                    Tr::tr("The plan is refused: %1").arg(plan.refusals().value(0).text),
                                    Tr::tr("Nothing was written. Change the choices that the plan refuses.")));
        for (const PlanStep &s : plan.steps) {
            // YModem lives in listening mode, which Device OS 6 dropped (reference 3.1, 7.3).
            if (s.transport == StepTransport::YModem && s.fromDeviceOs && s.fromDeviceOs->major() >= 6)
                return finish(RestorePhase::Failed,
                              makeError(QStringLiteral("restore.ymodem-unavailable"),
                                        Tr::tr("The plan sends the %1 over YModem, which Device OS %2 no longer takes.")
                                            .arg(s.part, s.fromDeviceOs->toString()),
                                        Tr::tr("Nothing was written. Plan again with DFU allowed, or over USB control "
                                           "requests.")));
            if (s.transport == StepTransport::YModem && !e.m_serialPortFor && !serial.hasPort())
                return finish(RestorePhase::Failed,
                              makeError(QStringLiteral("restore.no-serial-port"),
                                        Tr::tr("The plan sends the %1 over the serial port (YModem), but there is no way "
                                           "to find the device's serial port here.")
                                            .arg(s.part),
                                        Tr::tr("Nothing was written. Plan again with DFU allowed.")));
            if ((s.kind == StepKind::Flash) && !s.source)
                return finish(RestorePhase::Failed,
                              makeError(QStringLiteral("restore.bad-plan"), Tr::tr("Step %1 has no binary.").arg(s.part)));
        }
        // The bundle keeps only what it checked of each module; its bytes come from the files now,
        // all before the first write, so a file that changed or went away since the plan was made
        // stops the restore with nothing written.
        for (int i = 0; i < plan.steps.size(); ++i) {
            const PlanStep &s = plan.steps[i];
            if (s.kind != StepKind::Flash)
                continue;
            auto read = s.source->readModule();
            if (!read.ok())
                return finish(RestorePhase::Failed, read.error());
            images.insert(i, std::move(read).value());
        }

        report(RestorePhase::Locating, Tr::tr("Looking for device %1").arg(deviceId), e.m_timeouts.reenumerate);
        if (auto r = find(std::nullopt, e.m_timeouts.reenumerate); !r.ok())
            return finish(cancelled() ? RestorePhase::Cancelled : RestorePhase::Failed, r.error());
        log((*mode == UsbDeviceMode::Dfu ? Tr::tr("Found %1 in DFU mode at %2") : Tr::tr("Found %1 in normal mode at %2"))
                .arg(deviceId, portPath));
        // Device Protection exists from Device OS 6 on: older ones cannot have it (a stale plan still
        // meets the device's own refusal, errVENDOR or -1801, before anything is written).
        if (!plan.current || !(*plan.current < SemVer(6, 0, 0)))
            if (auto r = refuseProtectedDevice(); !r.ok())
                return finish(RestorePhase::Failed, r.error());

        // The order the steps run in: the plan's, unless the device stays in DFU mode before a step for
        // running Device OS; then the DFU steps still to come go first (they may well repair it).
        QList<int> order;
        for (int i = 0; i < plan.steps.size(); ++i)
            order << i;
        bool dfuStepsMovedAhead = false;
        for (int k = 0; k < order.size(); ++k) {
            const int i = order[k];
            const PlanStep &s = plan.steps[i];
            if (cancelled())
                return finish(RestorePhase::Cancelled, cancelledError());
            progress.step = i;
            progress.stepDone = 0;
            progress.stepTotal = quint64(std::max<qint64>(0, s.bytes));
            QElapsedTimer stepClock;
            stepClock.start();
            StepRecord rec;
            rec.index = i;
            rec.part = s.part;
            Result<void> r;
            switch (s.kind) {
            case StepKind::Flash:
            case StepKind::InvalidateFormerUserPart: {
                image = s.kind == StepKind::Flash ? &images[i] : nullptr;
                const QString what = s.kind == StepKind::Flash
                                         ? Tr::tr("Writing %1 (%2)").arg(s.part, stepTransportName(s.transport))
                                         : Tr::tr("Clearing the former %1 slot").arg(s.part);
                log(what);
                const qint64 before = transferMillis;
                transferClock.start();
                stepMessage = what;
                report(RestorePhase::Writing, what);
                r = s.transport == StepTransport::Dfu      ? dfuWrite(s)
                    : s.transport == StepTransport::YModem ? ymodemWrite(s)
                                                           : controlRequestWrite(s);
                transferMillis = before + transferClock.elapsed();
                if (r.ok()) {
                    transferBytes += progress.stepTotal;
                    advance(progress.stepTotal);
                    written << (s.kind == StepKind::Flash ? QStringLiteral("%1 %2").arg(s.part).arg(s.toVersion)
                                                          : Tr::tr("%1 cleared").arg(s.part));
                }
                rec.outcome = r.ok() ? QStringLiteral("written") : QStringLiteral("failed");
                break;
            }
            case StepKind::WaitForConnection:
            case StepKind::WaitForReboot:
                r = waitForPerson(s);
                rec.outcome = r.ok() ? QStringLiteral("confirmed") : QStringLiteral("failed");
                break;
            }
            rec.milliseconds = stepClock.elapsed();
            if (!r.ok() && r.error().code == QLatin1String("restore.stayed-in-dfu") && s.mode == StepMode::Running
                && !dfuStepsMovedAhead) {
                QList<int> dfuLater;
                for (int j = k + 1; j < order.size(); ++j)
                    if (plan.steps[order[j]].mode == StepMode::Dfu)
                        dfuLater << order[j];
                if (!dfuLater.isEmpty()) {
                    dfuStepsMovedAhead = true;
                    log(Tr::tr("Writing the plan's DFU steps first, then the %1 once Device OS starts").arg(s.part));
                    for (int j : std::as_const(dfuLater))
                        order.removeOne(j);
                    order = order.mid(0, k) + dfuLater + order.mid(k);
                    --k;
                    continue;
                }
            }
            if (!r.ok()) {
                rec.error = r.error();
                outcome.steps.append(rec);
                const bool wasCancel = cancelled() || r.error().code == QLatin1String("restore.cancelled");
                return finish(wasCancel ? RestorePhase::Cancelled : RestorePhase::Failed, r.error());
            }
            log(Tr::tr("%1: %2 in %3 ms").arg(s.part, rec.outcome).arg(rec.milliseconds));
            outcome.steps.append(rec);
        }

        // Boot the new Device OS and check what the device itself says about every module.
        if (auto r = leaveDfu(); !r.ok())
            return finish(cancelled() ? RestorePhase::Cancelled : RestorePhase::Failed, r.error());
        auto after = inspectNow();
        if (!after.ok())
            return finish(RestorePhase::Failed, after.error());
        outcome.after = *after;
        if (const QString why = safeModeCause(*after); !why.isEmpty())
            log(Tr::tr("The device runs in safe mode: %1").arg(why));
        for (const ExpectedModule &x : plan.expected) {
            const InstalledModule *m = after->find(x.function, x.index);
            if (!m)
                outcome.mismatches << Tr::tr("%1 is missing").arg(x.part);
            else if (m->version != x.version)
                outcome.mismatches << Tr::tr("%1 is at version %2, not %3").arg(x.part).arg(m->version).arg(x.version);
            else if (!m->allChecksPass())
                outcome.mismatches << Tr::tr("%1 fails its checks").arg(x.part);
        }
        if (!outcome.mismatches.isEmpty()) {
            if (const QString why = safeModeCause(*after); !why.isEmpty())
                return finish(RestorePhase::Failed,
                              makeError(QStringLiteral("restore.safe-mode"),
                                        Tr::tr("The device runs Device OS in safe mode (breathing magenta): %1 Its "
                                               "application does not run.")
                                            .arg(why),
                                        Tr::tr("Run the same restore again with DFU allowed; if the bundle lacks that "
                                               "module, add it from the same Device OS release."),
                                        outcome.mismatches.join(QLatin1String("; "))));
        }
        if (!outcome.mismatches.isEmpty())
            return finish(RestorePhase::Failed,
                          makeError(QStringLiteral("restore.verify-failed"),
                                    Tr::tr("After the restore the device does not hold what was planned: %1.")
                                        .arg(outcome.mismatches.join(QLatin1String("; "))),
                                    Tr::tr("Run the same restore again; if it fails the same way, save the report and "
                                       "contact support.")));
        return finish(RestorePhase::Done, std::nullopt);
    }
};

RestoreEngine::RestoreEngine(UsbBackend &usb, RestoreObserver *observer)
    : m_usb(usb), m_observer(observer), m_serialPortFor([](const QString &deviceId) {
          const auto port = SerialPortDiscovery::findByDeviceId(SerialPortDiscovery::scan(PlatformDatabase::builtin()),
                                                                deviceId);
          return port ? port->systemLocation : QString();
      })
{
}

RestoreOutcome RestoreEngine::run(const RestorePlan &plan, const QString &deviceId)
{
    m_cancel.store(false);
    if (!plan.platform) {
        RestoreOutcome o;
        o.error = makeError(QStringLiteral("restore.bad-plan"), Tr::tr("The plan names no platform."));
        return o;
    }
    Run run(*this, plan, deviceId);
    return run.go();
}

Result<ModuleInspection> RestoreEngine::inspectOverDfu(UsbDeviceHandle &handle, const Platform &platform)
{
    DfuModuleReader reader(handle, platform);
    reader.setCancelFlag(&m_cancel);
    reader.setTimeLimit(m_timeouts.dfuInspect);
    const QString message = Tr::tr("Reading the device's modules over DFU");
    RestoreProgress p;
    p.phase = RestorePhase::Inspecting;
    p.message = message;
    if (m_observer)
        m_observer->progress(p);
    reader.setProgress([this, &p, &message](const DfuReadProgress &r) {
        p.done = p.stepDone = r.done;
        p.total = p.stepTotal = r.total;
        p.message = r.part.isEmpty() ? message : Tr::tr("%1: %2").arg(message, r.part);
        if (m_observer)
            m_observer->progress(p);
    });
    QElapsedTimer clock;
    clock.start();
    auto inspection = reader.read();
    if (m_observer && inspection.ok())
        m_observer->log(Tr::tr("Read %1 KB of modules over DFU in %2 ms")
                            .arg(double(reader.bytesRead()) / 1024.0, 0, 'f', 1)
                            .arg(clock.elapsed()));
    return inspection;
}

Result<ModuleInspection> RestoreEngine::inspect(const QString &deviceId)
{
    m_cancel.store(false); // as run(): a cancel of an earlier call does not carry over
    // An old Gen 2 shows no ID on USB: then the one device that shows none (never a guess among several).
    UsbDeviceQuery query;
    query.deviceId = deviceId.toLower();
    auto info = waitForUsbDevice(m_usb, query, AnonymousMatch{nullptr, m_portPath}, std::chrono::milliseconds(5000),
                                 &m_cancel);
    if (!info.ok())
        return info.error();
    if (!info->platform)
        return makeError(QStringLiteral("restore.unknown-platform"), Tr::tr("The device's platform is not known."));
    auto handle = m_usb.open(*info);
    if (!handle.ok())
        return handle.error();
    if (info->mode == UsbDeviceMode::Dfu)
        return inspectOverDfu(**handle, *info->platform);
    ControlRequestClient control(**handle, *info->platform);
    control.setCancelFlag(&m_cancel);
    auto modules = control.moduleInfo();
    if (modules.ok())
        return inspectionFromControlReply(info->platform->id, *modules);
    if (modules.error().code == QLatin1String(usberror::ControlResult) + QStringLiteral(".-1801"))
        return deviceProtectedError(modules.error().detail); // it answers nothing else either
    handle->reset();
    // Too old for control requests: its console in listening mode (the 28800-baud request; no person).
    SerialAccess serial(m_serialPortFor, m_cancel, deviceId.toLower());
    serial.setKnownPath(info->serialPort);
    if (!serialNumberIsDeviceId(info->deviceId))
        serial.setUsbSerial(info->deviceId);
    if (!m_serialPortFor && !serial.hasPort())
        return modules.error();
    ListeningModeClient client;
    if (auto opened = serial.open(client, std::chrono::milliseconds(5000)); !opened.ok()) {
        Error e = opened.error();
        e.detail = QStringLiteral("control requests: %1; %2").arg(modules.error().text(), e.detail);
        return e;
    }
    QString other;
    SerialAccess::Answer answer = serial.probe(client, &other);
    bool entered = false;
    if (answer == SerialAccess::Answer::Silent) {
        client.close();
        if (auto touched = serial.requestListening(); !touched.ok())
            return touched.error();
        auto up = serial.waitForListening(client, m_timeouts.listeningMode, [&serial] { (void)serial.requestListening(); });
        if (!up.ok())
            return up.error();
        if (!*up)
            return makeError(QStringLiteral("restore.no-listening-mode"),
                             Tr::tr("The device takes no USB control requests and did not enter listening mode."),
                             Tr::tr("Hold MODE until the LED blinks dark blue, then try again."), modules.error().text());
        entered = true;
    } else if (answer == SerialAccess::Answer::OtherDevice) {
        return serial.otherDeviceError(other);
    }
    ListeningModeSession session(client, &m_cancel);
    auto inspection = session.inspect();
    if (entered) {
        if (auto x = session.command(ConsoleCommand::ExitListening); !x.ok())
            qCInfo(lcRestore).noquote() << "leaving listening mode failed:" << x.error().text();
    }
    if (!inspection.ok())
        return inspection.error();
    inspection->resolveVersions(DeviceOsVersionTable::builtin());
    return inspection;
}

} // namespace dr
