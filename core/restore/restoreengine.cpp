#include "restore/restoreengine.h"

#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "serial/serialmodeswitch.h"
#include "serial/serialportdiscovery.h"
#include "usb/dfusedownloader.h"
#include "usb/usbdevicefinder.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("dr::RestoreEngine", text);
}

Error cancelledError()
{
    return makeError(QStringLiteral("restore.cancelled"), tr("The restore was cancelled."),
                     tr("Run the same restore again to finish it."));
}

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
    QElapsedTimer clock;
    QElapsedTimer transferClock; // time spent moving bytes, for the ETA
    qint64 transferMillis = 0;
    quint64 transferBytes = 0;
    quint32 lastDfuAddress = 0;
    QStringList written;

    Run(RestoreEngine &engine, const RestorePlan &p, const QString &id)
        : e(engine), plan(p), platform(*p.platform), deviceId(id.toLower())
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
    void report(RestorePhase phase, const QString &message)
    {
        progress.phase = phase;
        progress.message = message;
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

    Result<UsbDeviceInfo> find(std::optional<UsbDeviceMode> m, std::chrono::milliseconds timeout)
    {
        auto r = waitForUsbDevice(e.m_usb, query(m), timeout, &e.m_cancel);
        if (r.ok()) {
            last = *r;
            mode = r->mode;
            portPath = r->portPath;
        }
        return r;
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
                    if (d.deviceId.compare(deviceId, Qt::CaseInsensitive) != 0 || d.mode != to)
                        continue;
                    if (d.mode == old.mode && d.busNumber == old.busNumber && d.address == old.address)
                        continue; // still the old enumeration
                    last = d;
                    mode = d.mode;
                    portPath = d.portPath;
                    return {};
                }
            }
            if (t.elapsed() > timeout.count())
                return makeError(QStringLiteral("restore.device-lost"),
                                 tr("The device did not come back in %1 mode within %2 s.")
                                     .arg(usbDeviceModeName(to))
                                     .arg(timeout.count() / 1000),
                                 to == UsbDeviceMode::Dfu
                                     ? tr("If its LED does not blink yellow, hold MODE, tap RESET and keep holding MODE "
                                          "until it blinks yellow, then run the restore again.")
                                     : tr("Check the cable, then run the restore again; it continues from here."));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    Result<void> enterDfu()
    {
        if (mode == UsbDeviceMode::Dfu)
            return {};
        report(RestorePhase::EnteringDfu, tr("Putting the device into DFU mode (it will blink yellow)"));
        std::optional<Error> failure;
        if (auto handle = open(UsbDeviceMode::Normal); !handle.ok()) {
            failure = handle.error();
        } else {
            ControlRequestClient control(**handle, platform);
            control.setCancelFlag(&e.m_cancel);
            if (auto r = control.enterDfu(); !r.ok()) {
                failure = r.error();
            } else {
                handle->reset();
                log(tr("Asked the device to enter DFU mode"));
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
            log(tr("The DFU request failed (%1); opening %2 at 14400 baud").arg(failure->message, port));
            if (auto touched = SerialModeSwitch::requestDfu(port); touched.ok()) {
                if (find(UsbDeviceMode::Dfu, e.m_timeouts.reenumerate).ok())
                    return {};
            }
            if (cancelled())
                return cancelledError();
        }
        // The last resort: the person puts it into DFU mode with the buttons (reference 5.4).
        log(tr("The device did not enter DFU mode by itself (%1); asking for the buttons").arg(failure->message));
        report(RestorePhase::WaitingForPerson, tr("Put the device into DFU mode with its buttons"));
        const ModeGuidance guide = ModeGuidance::forMode(GuidedMode::Dfu);
        PersonPrompt prompt;
        prompt.title = guide.title;
        prompt.instruction = tr("The device did not switch to DFU mode by itself.") + QStringLiteral("\n\n") + guide.text();
        if (e.m_observer && !e.m_observer->askPerson(prompt))
            return cancelledError();
        report(RestorePhase::EnteringDfu, tr("Waiting for the device in DFU mode"));
        auto found = find(UsbDeviceMode::Dfu, e.m_timeouts.reenumerate);
        if (!found.ok())
            return cancelled() ? cancelledError() : *failure;
        return {};
    }

    Result<void> leaveDfu()
    {
        if (mode == UsbDeviceMode::Normal)
            return {};
        report(RestorePhase::LeavingDfu, tr("Starting Device OS"));
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
        log(tr("Left DFU mode; waiting for Device OS to start"));
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
        Result<void> r;
        if (s.kind == StepKind::InvalidateFormerUserPart) {
            r = dfu.writeRange(0, s.address, QByteArray(int(s.bytes), '\xff'));
        } else {
            r = dfu.writeModule(s.source->module, s.toDeviceOs ? s.toDeviceOs : std::optional<SemVer>(plan.target));
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
        const QByteArray image = s.source->module.bytes;
        auto r = control.updateFirmware(image, [this, total = quint64(image.size())](quint64 done, quint64) {
            advance(total ? done * progress.stepTotal / total : 0);
        }, e.m_timeouts.firmwareUpdate);
        if (!r.ok())
            return r;
        handle->reset();
        // Device OS validates the image, replies, then applies it and restarts.
        report(RestorePhase::Rebooting, tr("The device is applying the %1 and restarting").arg(s.part));
        return followReenumeration(UsbDeviceMode::Normal, e.m_timeouts.applyAndReboot);
    }

    Result<void> waitForPerson(const PlanStep &s)
    {
        if (auto r = leaveDfu(); !r.ok())
            return r;
        report(RestorePhase::WaitingForPerson, s.reason);
        PersonPrompt prompt;
        prompt.title = s.kind == StepKind::WaitForConnection ? tr("Let the device connect") : tr("Let the device start");
        prompt.instruction =
            s.kind == StepKind::WaitForConnection
                ? tr("Device OS %1 is now on the device. Keep it powered with its antenna attached until its LED "
                     "breathes cyan (slow fading light blue): that means it has connected to the cellular network. "
                     "This can take several minutes. Then confirm to go on.")
                      .arg(s.toDeviceOs ? s.toDeviceOs->toString() : QString())
                : tr("Device OS %1 is now on the device. Wait until it has started, then confirm.")
                      .arg(s.toDeviceOs ? s.toDeviceOs->toString() : QString());
        if (e.m_observer && !e.m_observer->askPerson(prompt))
            return cancelledError();
        return {};
    }

    Result<ModuleInspection> inspectNow()
    {
        report(RestorePhase::Inspecting, tr("Reading the device's modules"));
        auto handle = open(UsbDeviceMode::Normal);
        if (!handle.ok())
            return handle.error();
        ControlRequestClient control(**handle, platform);
        control.setCancelFlag(&e.m_cancel);
        auto modules = control.moduleInfo();
        if (!modules.ok())
            return modules.error();
        ModuleInspection i = inspectionFromControlReply(platform.id, *modules);
        if (e.m_observer)
            e.m_observer->inspected(i);
        return i;
    }

    QString stateText() const
    {
        QString where;
        if (!mode)
            where = tr("The device is not on the bus (unplugged, or still restarting).");
        else if (*mode == UsbDeviceMode::Dfu)
            where = tr("The device is in DFU mode (blinking yellow).");
        else
            where = tr("The device is running Device OS.");
        const QString done = written.isEmpty() ? tr("Nothing has been written yet.")
                                               : tr("Written: %1.").arg(written.join(QLatin1String(", ")));
        return where + QLatin1Char(' ') + done + QLatin1Char(' ')
               + tr("Running the same restore again continues from here.");
    }

    RestoreOutcome finish(RestorePhase phase, std::optional<Error> error)
    {
        outcome.error = std::move(error);
        outcome.cancelled = phase == RestorePhase::Cancelled;
        outcome.success = phase == RestorePhase::Done;
        outcome.milliseconds = clock.elapsed();
        outcome.deviceState = outcome.success ? tr("The device runs Device OS %1 and every module passes its checks.")
                                                    .arg(plan.target.toString())
                                              : stateText();
        progress.step = -1;
        report(phase, outcome.success ? tr("Done") : (outcome.error ? outcome.error->message : QString()));
        log(outcome.success ? tr("Restore finished in %1 s").arg(double(outcome.milliseconds) / 1000.0, 0, 'f', 1)
                            : tr("Restore stopped: %1 %2").arg(outcome.error ? outcome.error->text() : QString(),
                                                               outcome.deviceState));
        return outcome;
    }

    RestoreOutcome go()
    {
        if (plan.refused())
            return finish(RestorePhase::Failed,
                          makeError(QStringLiteral("restore.plan-refused"),
                                    tr("The plan is refused: %1").arg(plan.refusals().value(0).text),
                                    tr("Nothing was written. Change the choices that the plan refuses.")));
        for (const PlanStep &s : plan.steps) {
            if (s.transport == StepTransport::YModem)
                return finish(RestorePhase::Failed,
                              makeError(QStringLiteral("restore.ymodem-unsupported"),
                                        tr("This plan sends the %1 over the serial port (YModem), which the restore "
                                           "engine does not drive yet.")
                                            .arg(s.part),
                                        tr("Nothing was written. Allow DFU mode, or update the device's Device OS to "
                                           "one that takes USB control requests first.")));
            if ((s.kind == StepKind::Flash) && !s.source)
                return finish(RestorePhase::Failed,
                              makeError(QStringLiteral("restore.bad-plan"), tr("Step %1 has no binary.").arg(s.part)));
        }

        report(RestorePhase::Locating, tr("Looking for device %1").arg(deviceId));
        if (auto r = find(std::nullopt, e.m_timeouts.reenumerate); !r.ok())
            return finish(cancelled() ? RestorePhase::Cancelled : RestorePhase::Failed, r.error());
        log(tr("Found %1 in %2 mode at %3").arg(deviceId, usbDeviceModeName(*mode), portPath));

        for (int i = 0; i < plan.steps.size(); ++i) {
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
                const QString what = s.kind == StepKind::Flash
                                         ? tr("Writing %1 (%2)").arg(s.part, stepTransportName(s.transport))
                                         : tr("Clearing the former %1 slot").arg(s.part);
                log(what);
                const qint64 before = transferMillis;
                transferClock.start();
                report(RestorePhase::Writing, what);
                r = s.transport == StepTransport::Dfu ? dfuWrite(s) : controlRequestWrite(s);
                transferMillis = before + transferClock.elapsed();
                if (r.ok()) {
                    transferBytes += progress.stepTotal;
                    advance(progress.stepTotal);
                    written << (s.kind == StepKind::Flash ? QStringLiteral("%1 %2").arg(s.part).arg(s.toVersion)
                                                          : tr("%1 cleared").arg(s.part));
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
            if (!r.ok()) {
                rec.error = r.error();
                outcome.steps.append(rec);
                const bool wasCancel = cancelled() || r.error().code == QLatin1String("restore.cancelled");
                return finish(wasCancel ? RestorePhase::Cancelled : RestorePhase::Failed, r.error());
            }
            log(tr("%1: %2 in %3 ms").arg(s.part, rec.outcome).arg(rec.milliseconds));
            outcome.steps.append(rec);
        }

        // Boot the new Device OS and check what the device itself says about every module.
        if (auto r = leaveDfu(); !r.ok())
            return finish(cancelled() ? RestorePhase::Cancelled : RestorePhase::Failed, r.error());
        auto after = inspectNow();
        if (!after.ok())
            return finish(RestorePhase::Failed, after.error());
        outcome.after = *after;
        for (const ExpectedModule &x : plan.expected) {
            const InstalledModule *m = after->find(x.function, x.index);
            if (!m)
                outcome.mismatches << tr("%1 is missing").arg(x.part);
            else if (m->version != x.version)
                outcome.mismatches << tr("%1 is at version %2, not %3").arg(x.part).arg(m->version).arg(x.version);
            else if (!m->allChecksPass())
                outcome.mismatches << tr("%1 fails its checks").arg(x.part);
        }
        if (!outcome.mismatches.isEmpty())
            return finish(RestorePhase::Failed,
                          makeError(QStringLiteral("restore.verify-failed"),
                                    tr("After the restore the device does not hold what was planned: %1.")
                                        .arg(outcome.mismatches.join(QLatin1String("; "))),
                                    tr("Run the same restore again; if it fails the same way, save the report and "
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
        o.error = makeError(QStringLiteral("restore.bad-plan"), tr("The plan names no platform."));
        return o;
    }
    Run run(*this, plan, deviceId);
    return run.go();
}

Result<ModuleInspection> RestoreEngine::inspect(const QString &deviceId)
{
    auto info = waitForUsbDevice(m_usb, UsbDeviceQuery{deviceId.toLower(), UsbDeviceMode::Normal, {}},
                                 std::chrono::milliseconds(5000), &m_cancel);
    if (!info.ok())
        return info.error();
    if (!info->platform)
        return makeError(QStringLiteral("restore.unknown-platform"), tr("The device's platform is not known."));
    auto handle = m_usb.open(*info);
    if (!handle.ok())
        return handle.error();
    ControlRequestClient control(**handle, *info->platform);
    control.setCancelFlag(&m_cancel);
    auto modules = control.moduleInfo();
    if (!modules.ok())
        return modules.error();
    return inspectionFromControlReply(info->platform->id, *modules);
}

} // namespace dr
