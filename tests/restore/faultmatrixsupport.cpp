// The fault matrix's rigs, cases, runner and checks (see faultmatrixsupport.h).
#include "faultmatrixsupport.h"

#include "dfurig.h"
#include "serial/ymodemsender.h"
#include "support/corpus.h"
#include "usb/usbdevice.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace dr::test {

using namespace std::chrono;

Result<MatrixBundle> MatrixBundle::open()
{
    if (auto p = PlatformDatabase::loadBuiltin(); !p.ok())
        return p.error();
    if (auto v = DeviceOsVersionTable::loadBuiltin(); !v.ok())
        return v.error();
    auto opened = FirmwareBundle::open(corpusDir());
    if (!opened.ok())
        return makeError(opened.error().code, opened.error().message + QLatin1Char(' ') + corpusMissingMessage());
    MatrixBundle b{std::move(*opened)};
    const QString group = QStringLiteral("synthetic-p2-5.9.0");
    b.bundle.addFile(QStringLiteral("synthetic/p2-bootloader@5.9.0.bin"), group, p2Bootloader(2700));
    b.bundle.addFile(QStringLiteral("synthetic/p2-prebootloader-part1@5.9.0.bin"), group, p2Prebootloader(3));
    b.bundle.addFile(QStringLiteral("synthetic/p2-system-part1@5.9.0.bin"), group, p2SystemPart(5901));
    b.bundle.resolveReleases();
    return b;
}

// ---- rigs ---------------------------------------------------------------------------------------

namespace {

void loadRelease(sim::VirtualDevice &d, const FirmwareBundle &b, const SemVer &release, bool tinker)
{
    const int id = d.platform().id;
    for (const BundleModule *m : b.releaseModules(id, release))
        if (m->module.function() != ModuleFunction::UserPart)
            if (auto loaded = d.loadModule(*m); !loaded.ok())
                qFatal("load %s: %s", qPrintable(m->fileName), qPrintable(loaded.error().text()));
    if (tinker) {
        const BundleModule *t = b.tinkerFor(id, release);
        if (!t)
            qFatal("no tinker for %s %s", qPrintable(d.platform().name), qPrintable(release.toString()));
        if (auto loaded = d.loadModule(*t); !loaded.ok())
            qFatal("load %s: %s", qPrintable(t->fileName), qPrintable(loaded.error().text()));
    }
}

void damage(sim::VirtualDevice &d, ModuleFunction f, int index)
{
    const auto m = d.module(f, index);
    if (!m || !m->module)
        qFatal("no module %d #%d to damage", int(f), index);
    flipByte(d, m->module->startAddress + quint32(m->module->size / 2));
}

MatrixRig onBus(std::shared_ptr<sim::VirtualDevice> d, const SemVer &target, bool allowDfu, const QString &part)
{
    MatrixRig r;
    r.device = std::move(d);
    r.bus = sim::InProcessUsbBus::create();
    r.bus->plug(r.device);
    r.usb = r.bus->backend();
    r.target = target;
    r.allowDfu = allowDfu;
    r.part = part;
    return r;
}

} // namespace

MatrixRig dfuRig(const MatrixBundle &b, const char *name)
{
    const Platform &p = platformNamed(name);
    const QByteArray n(name);
    std::shared_ptr<sim::VirtualDevice> d;
    SemVer target(2, 2, 0);
    QString part = QStringLiteral("system-part1");
    if (n == "p2") {
        target = SemVer(5, 9, 0);
        d = makeVirtualDevice(p, target);
        loadModuleBytes(*d, p2Bootloader(2700), QStringLiteral("p2 bootloader 5.9.0"));
        loadModuleBytes(*d, p2Prebootloader(3), QStringLiteral("p2 prebootloader-part1 5.9.0"));
        loadModuleBytes(*d, p2SystemPart(5901), QStringLiteral("p2 system-part1 5.9.0"));
        loadCorpusFile(*d, QStringLiteral("tinker-5.0.0-p2.bin"));
        damage(*d, ModuleFunction::UserPart, 1);
        part = QStringLiteral("tinker");
    } else {
        d = makeVirtualDevice(p, target);
        loadRelease(*d, b.bundle, target, true);
        if (n == "photon") {
            damage(*d, ModuleFunction::SystemPart, 2);
            part = QStringLiteral("system-part2");
        } else if (n == "electron") {
            damage(*d, ModuleFunction::SystemPart, 3); // the release's system-part1 sits at index 3
        } else {
            damage(*d, ModuleFunction::SystemPart, 1);
        }
    }
    // It has run once (the Electron takes its bootloader from its system parts then), and is now in
    // DFU mode, blinking yellow.
    d->resetDevice(sim::DeviceMode::Normal);
    d->resetDevice(sim::DeviceMode::Dfu);
    return onBus(d, target, true, part);
}

MatrixRig controlRig(const MatrixBundle &b)
{
    const Platform &p = platformNamed("boron");
    auto d = makeVirtualDevice(p, SemVer(2, 2, 0));
    loadRelease(*d, b.bundle, SemVer(2, 2, 0), true);
    for (const BundleModule *m : b.bundle.releaseModules(p.id, SemVer(2, 1, 0)))
        if (m->module.function() == ModuleFunction::SystemPart)
            if (auto loaded = d->loadModule(*m); !loaded.ok())
                qFatal("load %s: %s", qPrintable(m->fileName), qPrintable(loaded.error().text()));
    d->resetDevice(sim::DeviceMode::Normal);
    return onBus(d, SemVer(2, 2, 0), false, QStringLiteral("system-part1"));
}

MatrixRig ymodemRig(const MatrixBundle &b)
{
    const Platform &p = platformNamed("photon");
    auto d = makeVirtualDevice(p, SemVer(0, 5, 2));
    loadRelease(*d, b.bundle, SemVer(0, 5, 2), false); // no application: the plan installs Tinker
    d->resetDevice(sim::DeviceMode::Normal);
    MatrixRig r = onBus(d, SemVer(0, 5, 2), false, QStringLiteral("tinker"));
    r.force = true;
    auto port = sim::VirtualSerialPort::start(r.device);
    if (!port.ok())
        qFatal("pty: %s", qPrintable(port.error().text()));
    r.port = std::move(*port);
    return r;
}

MatrixRig modeSwitchRig(const MatrixBundle &b)
{
    const Platform &p = platformNamed("boron");
    auto d = makeVirtualDevice(p, SemVer(2, 2, 0));
    loadRelease(*d, b.bundle, SemVer(2, 2, 0), true);
    damage(*d, ModuleFunction::UserPart, 1);
    d->resetDevice(sim::DeviceMode::Normal);
    return onBus(d, SemVer(2, 2, 0), true, QStringLiteral("tinker"));
}

// ---- cases --------------------------------------------------------------------------------------

QString CaseSpec::label() const
{
    return trigger == Trigger::Percent ? QStringLiteral("%1 / %2 at %3 %").arg(transport, fault.name).arg(percent)
                                       : QStringLiteral("%1 / %2").arg(transport, fault.name);
}

namespace {

const FaultSpec kUnplug{QStringLiteral("unplug"), sim::FaultKind::Unplug, 1, 0};
const FaultSpec kReset{QStringLiteral("device reset"), sim::FaultKind::Reset, 1, 0};
const FaultSpec kStall{QStringLiteral("stall"), sim::FaultKind::Stall, 1, 0};
const FaultSpec kErrWrite{QStringLiteral("errWRITE"), sim::FaultKind::DfuErrorStatus, 1, 0x03};
const FaultSpec kErrVerify{QStringLiteral("errVERIFY"), sim::FaultKind::DfuErrorStatus, 1, 0x07};
const FaultSpec kErrUnknown{QStringLiteral("errUNKNOWN"), sim::FaultKind::DfuErrorStatus, 1, 0x0E};
const FaultSpec kNoAnswer{QStringLiteral("no answer"), sim::FaultKind::Timeout, -1, 0};
const FaultSpec kPending{QStringLiteral("PENDING burst"), sim::FaultKind::PendingBurst, 12, 0};
const FaultSpec kBusy{QStringLiteral("BUSY burst"), sim::FaultKind::BusyBurst, 3, 0};
const FaultSpec kNakStorm{QStringLiteral("NAK storm"), sim::FaultKind::NakStorm, -1, 0};
const FaultSpec kGarbled{QStringLiteral("garbled bytes"), sim::FaultKind::GarbledBytes, 2, 0};
const FaultSpec kCancel{QStringLiteral("host cancel"), std::nullopt, 1, 0};

QList<CaseSpec> percentCases(const QString &transport, const QList<FaultSpec> &faults, StepTransport t)
{
    QList<CaseSpec> out;
    for (const FaultSpec &f : faults)
        for (int pct = 0; pct <= 100; pct += 10) {
            CaseSpec c;
            c.transport = transport;
            c.fault = f;
            c.percent = pct;
            c.expectedTransport = t;
            out << c;
        }
    return out;
}

} // namespace

QList<CaseSpec> dfuCases(const QString &transport)
{
    return percentCases(transport, {kUnplug, kReset, kStall, kErrWrite, kErrVerify, kErrUnknown, kNoAnswer, kCancel},
                        StepTransport::Dfu);
}

QList<CaseSpec> controlCases(const QString &transport)
{
    return percentCases(transport, {kUnplug, kReset, kStall, kNoAnswer, kPending, kBusy, kCancel},
                        StepTransport::ControlRequest);
}

QList<CaseSpec> ymodemCases(const QString &transport)
{
    return percentCases(transport, {kUnplug, kReset, kNakStorm, kGarbled, kCancel}, StepTransport::YModem);
}

QList<CaseSpec> phaseCases(const QString &transport, RestorePhase phase, StepTransport t)
{
    QList<CaseSpec> out;
    for (const FaultSpec &f : {kUnplug, kReset, kStall, kNoAnswer, kCancel}) {
        CaseSpec c;
        c.transport = transport;
        c.fault = f;
        c.trigger = Trigger::Phase;
        c.phase = phase;
        c.expectedTransport = t;
        out << c;
    }
    return out;
}

QList<CaseSpec> serialPhaseCases(const QString &transport, RestorePhase phase)
{
    QList<CaseSpec> out;
    for (const FaultSpec &f : {kUnplug, kReset, kGarbled, kCancel}) {
        CaseSpec c;
        c.transport = transport;
        c.fault = f;
        c.trigger = Trigger::Phase;
        c.phase = phase;
        c.expectedTransport = StepTransport::YModem;
        out << c;
    }
    return out;
}

RestoreTimeouts matrixTimeouts()
{
    RestoreTimeouts t;
    t.reenumerate = milliseconds(3000);
    t.firmwareUpdate = milliseconds(30000);
    t.applyAndReboot = milliseconds(6000);
    t.listeningMode = milliseconds(3000);
    t.dfuInspect = milliseconds(20000);
    return t;
}

// ---- checks -------------------------------------------------------------------------------------

FlashSnapshot FlashSnapshot::of(const sim::VirtualDevice &device)
{
    FlashSnapshot s;
    s.memories = device.memories();
    for (const sim::VirtualMemoryInfo &m : s.memories)
        s.bytes << device.peek(m.alt, m.layout.startAddress(), m.layout.totalSize());
    return s;
}

QList<FlashRange> allowedRanges(const sim::VirtualDevice &device, const RestorePlan &plan)
{
    const Platform &p = device.platform();
    auto altOf = [&](quint32 address) {
        for (const sim::VirtualMemoryInfo &m : device.memories())
            if (address >= m.layout.startAddress() && address - m.layout.startAddress() < m.layout.totalSize())
                return m.alt;
        return 0;
    };
    QList<FlashRange> out;
    auto addSlot = [&](const ModuleSlot *slot) {
        if (slot)
            out << FlashRange{altOf(slot->bounds.start), slot->bounds.start, slot->bounds.end};
    };
    for (const PlanStep &s : plan.steps) {
        if (s.kind != StepKind::Flash && s.kind != StepKind::InvalidateFormerUserPart)
            continue;
        addSlot(p.slotFor(s.function, s.index, s.mcuTarget, s.toDeviceOs ? s.toDeviceOs : std::optional(plan.target)));
        if (s.transport == StepTransport::Dfu)
            out << FlashRange{altOf(s.address), s.address, quint32(s.address + quint64(s.bytes))};
        if (s.transport == StepTransport::ControlRequest || s.transport == StepTransport::YModem)
            if (const OtaRegion *ota = p.otaRegionFor(device.deviceOsLayoutVersion()))
                out << FlashRange{ota->alt, ota->address, ota->address + ota->size};
        // The Electron's bootloader comes out of its system parts when Device OS starts (the device
        // writes it, not the host).
        if (p.bootloaderInSystemParts && s.function == ModuleFunction::SystemPart)
            addSlot(p.slotFor(ModuleFunction::Bootloader, 0, 0, plan.target));
    }
    return out;
}

QStringList changesOutside(const FlashSnapshot &before, const FlashSnapshot &after, const QList<FlashRange> &allowed)
{
    QStringList out;
    for (int i = 0; i < before.memories.size() && i < after.bytes.size(); ++i) {
        const int alt = before.memories[i].alt;
        const quint32 base = before.memories[i].layout.startAddress();
        const QByteArray &a = before.bytes[i];
        const QByteArray &b = after.bytes[i];
        if (a == b)
            continue;
        auto inside = [&](quint32 address) {
            for (const FlashRange &r : allowed)
                if (r.alt == alt && address >= r.start && address < r.end)
                    return true;
            return false;
        };
        qsizetype runStart = -1;
        auto close = [&](qsizetype end) {
            if (runStart >= 0 && out.size() < 5)
                out << QStringLiteral("alt %1: 0x%2-0x%3 changed outside the module's slot")
                           .arg(alt)
                           .arg(base + quint32(runStart), 8, 16, QLatin1Char('0'))
                           .arg(base + quint32(end), 8, 16, QLatin1Char('0'));
            runStart = -1;
        };
        constexpr qsizetype kChunk = 4096;
        for (qsizetype at = 0; at < std::min(a.size(), b.size()); at += kChunk) {
            const qsizetype n = std::min(kChunk, a.size() - at);
            if (memcmp(a.constData() + at, b.constData() + at, size_t(n)) == 0) {
                close(at);
                continue;
            }
            for (qsizetype k = at; k < at + n; ++k) {
                const bool bad = a[k] != b[k] && !inside(base + quint32(k));
                if (bad && runStart < 0)
                    runStart = k;
                else if (!bad && runStart >= 0 && a[k] == b[k])
                    ; // an unchanged byte inside a run keeps it open
                else if (!bad)
                    close(k);
            }
        }
        close(a.size());
    }
    return out;
}

Result<RestorePlan> planNow(RestoreEngine &engine, const MatrixRig &r, const FirmwareBundle &bundle)
{
    PlanRequest req;
    req.platform = &r.device->platform();
    auto inspection = engine.inspect(r.device->deviceId());
    if (inspection.ok())
        req.device = *inspection;
    else {
        req.deviceNotRead = inspection.error().message;
        qInfo("fault matrix: planned without reading the device: %s", qPrintable(inspection.error().text()));
    }
    req.target = r.target;
    req.bundle = &bundle;
    req.options.allowDfu = r.allowDfu;
    req.options.force = r.force;
    return RestorePlanner::plan(req);
}

QStringList finalProblems(const RestoreOutcome &o)
{
    QStringList out;
    if (!o.success) {
        out << QStringLiteral("the run again failed: %1 (%2) state: %3")
                   .arg(o.error ? o.error->text() : QStringLiteral("no error"), o.error ? o.error->code : QString(),
                        o.deviceState);
        return out;
    }
    if (!o.after)
        out << QStringLiteral("no final inspection");
    else
        for (const InstalledModule &m : o.after->modules)
            if (!m.isEmpty() && m.store == ModuleStore::Main && !m.allChecksPass())
                out << QStringLiteral("module %1.%2 fails its checks after the run again").arg(*m.functionCode).arg(m.index);
    for (const QString &m : o.mismatches)
        out << QStringLiteral("mismatch: ") + m;
    return out;
}

// ---- one case -----------------------------------------------------------------------------------

namespace {

// Reports with their time, faults armed at a phase, the host's cancel at a share of the bytes, and a
// person who declines to press buttons during the faulted run (the restore then ends as cancelled).
struct MatrixObserver : RestoreObserver
{
    struct Report
    {
        qint64 at = 0;
        qint64 waitLimit = 0;
        RestorePhase phase = RestorePhase::Locating;
    };
    QElapsedTimer clock;
    QList<Report> reports;
    std::function<void(const RestoreProgress &)> onProgress;
    bool personHelps = false;
    std::shared_ptr<sim::VirtualDevice> device;
    int prompts = 0;

    void progress(const RestoreProgress &p) override
    {
        reports << Report{clock.elapsed(), p.waitLimitMs, p.phase};
        if (onProgress)
            onProgress(p);
    }
    bool askPerson(const PersonPrompt &prompt) override
    {
        ++prompts;
        if (!personHelps)
            return false;
        // The person does what the prompt says.
        if (prompt.instruction.contains(QLatin1String("blinks yellow")))
            device->resetDevice(sim::DeviceMode::Dfu);
        else if (prompt.instruction.contains(QLatin1String("blinks dark blue")))
            device->startListening();
        return true;
    }
};

QString modeWords(const sim::VirtualDevice &d)
{
    if (!d.isAttached())
        return QStringLiteral("off the bus");
    return sim::deviceModeName(d.mode());
}

// The state text names where the device really is.
std::optional<QString> stateMismatch(const QString &state, const sim::VirtualDevice &d)
{
    const bool attached = d.isAttached();
    const sim::DeviceMode m = d.mode();
    if (state.isEmpty())
        return QStringLiteral("no device state");
    bool right = true;
    if (state.contains(QLatin1String("not on the bus")))
        right = !attached;
    else if (state.contains(QLatin1String("DFU mode (blinking yellow)")))
        right = attached && m == sim::DeviceMode::Dfu;
    else if (state.contains(QLatin1String("listening mode")))
        right = attached && m == sim::DeviceMode::Listening;
    else if (state.contains(QLatin1String("running Device OS")))
        right = attached && m != sim::DeviceMode::Dfu;
    if (right)
        return std::nullopt;
    return QStringLiteral("the state says \"%1\" but the device is %2").arg(state.left(90), modeWords(d));
}

void restoreSerialLookup(RestoreEngine &engine, const MatrixRig &r)
{
    if (!r.port) {
        engine.setSerialPortLookup([](const QString &) { return QString(); }); // no serial port on this machine
        return;
    }
    sim::VirtualSerialConsole *console = r.port->console();
    const QString id = r.device->deviceId();
    engine.setSerialPortLookup([console, id](const QString &wanted) {
        return wanted.compare(id, Qt::CaseInsensitive) == 0 ? console->slavePath() : QString();
    });
}

constexpr qint64 kTransferTimeoutMs = 5000; // kDefaultUsbTimeout: one control transfer that never answers
constexpr qint64 kSlackMs = 2000;

struct Running
{
    std::mutex mutex;
    RestoreEngine *engine = nullptr; // for the watchdog
};

CaseResult runOne(const MatrixBundle &b, MatrixRig &r, const CaseSpec &c, Running &running)
{
    CaseResult res;
    res.spec = c;
    auto problem = [&](const QString &p) { res.problems << p; };
    MatrixObserver obs;
    obs.device = r.device;
    obs.clock.start();
    RestoreEngine engine(*r.usb, &obs);
    engine.setTimeouts(matrixTimeouts());
    restoreSerialLookup(engine, r);
    {
        std::lock_guard lock(running.mutex);
        running.engine = &engine;
    }
    auto done = [&] {
        std::lock_guard lock(running.mutex);
        running.engine = nullptr;
    };

    auto planned = planNow(engine, r, b.bundle);
    const RestorePlan plan = planned.ok() ? *planned : RestorePlan{};
    int flashSteps = 0;
    for (const PlanStep &s : plan.steps)
        if (s.kind == StepKind::Flash) {
            ++flashSteps;
            if (s.transport != c.expectedTransport || s.part != r.part)
                problem(QStringLiteral("the plan writes %1 over %2, not %3 over %4")
                            .arg(s.part, stepTransportName(s.transport), r.part, stepTransportName(c.expectedTransport)));
        }
    if (plan.refused() || flashSteps != 1) {
        problem(QStringLiteral("the rig's plan is not one step (%1 flash steps) or is refused: %2")
                    .arg(flashSteps)
                    .arg(planned.ok() ? plan.refusals().value(0).text : planned.error().text()));
        done();
        return res;
    }

    const FlashSnapshot before = FlashSnapshot::of(*r.device);
    const QList<FlashRange> allowed = allowedRanges(*r.device, plan);
    r.device->clearWriteLog();
    const quint64 total = quint64(plan.totalBytes());
    const quint64 base = r.device->bytesWritten();
    const quint64 point = total * quint64(c.percent) / 100;
    if (c.trigger == Trigger::Percent && c.fault.kind)
        r.device->injectFault(sim::Fault{*c.fault.kind, base + point, c.fault.count, c.fault.code});
    bool fired = false;
    obs.onProgress = [&](const RestoreProgress &p) {
        if (fired)
            return;
        if (c.trigger == Trigger::Phase && p.phase == c.phase) {
            fired = true;
            if (c.fault.kind)
                r.device->injectFault(sim::Fault{*c.fault.kind, 0, c.fault.count, c.fault.code});
            else
                engine.cancel();
        } else if (c.trigger == Trigger::Percent && !c.fault.kind && p.phase == RestorePhase::Writing && p.done >= point) {
            fired = true;
            engine.cancel();
        }
    };
    obs.reports.clear(); // the inspection's reports came before
    obs.clock.start();
    const RestoreOutcome o = engine.run(plan, r.device->deviceId());
    res.faultedMs = obs.clock.elapsed();
    obs.onProgress = nullptr;
    r.device->clearFaults(); // the fault is over (a hung device is reset by the person below)
    res.survived = o.success;
    if (o.error)
        res.errorCode = o.error->code;

    // 1. It ended within the wait it announced: between two reports (and after the last one) no more
    // than that phase's wait limit, plus transfers that never answer, plus slack.
    qint64 previousAt = 0, previousLimit = 0;
    // A transfer that never answers costs one USB timeout (twice: the request and the clean-up); on
    // the serial line a lost answer costs the YModem sender's block timeout (YmodemOptions).
    const qint64 silence = r.port ? 2 * qint64(YmodemOptions{}.blockAckTimeoutMs) : 2 * kTransferTimeoutMs;
    auto gap = [&](qint64 at) {
        const qint64 bound = previousLimit + silence + kSlackMs;
        if (at - previousAt > bound)
            problem(QStringLiteral("%1 ms without a word after a report that announced %2 ms (hang?)")
                        .arg(at - previousAt)
                        .arg(previousLimit));
    };
    for (const MatrixObserver::Report &rep : std::as_const(obs.reports)) {
        gap(rep.at);
        previousAt = rep.at;
        previousLimit = rep.waitLimit;
    }
    gap(res.faultedMs);

    // 2. A typed error naming the step and the device's state.
    if (!o.success) {
        if (!o.error || o.error->code.isEmpty() || o.error->message.isEmpty() || o.error->remedy.isEmpty())
            problem(QStringLiteral("no typed error (code, message, remedy): %1").arg(o.error ? o.error->text() : QStringLiteral("none")));
        if (auto wrong = stateMismatch(o.deviceState, *r.device))
            problem(*wrong);
        if (!o.steps.isEmpty()) {
            const StepRecord &last = o.steps.last();
            if (last.outcome == QLatin1String("failed") && (last.part.isEmpty() || !last.error))
                problem(QStringLiteral("the failed step is not named with its error"));
        }
    }

    // 3. Nothing outside the module's slot (and its OTA region) changed, nothing written outside.
    for (const QString &change : changesOutside(before, FlashSnapshot::of(*r.device), allowed))
        problem(change);
    for (const sim::VirtualDevice::WriteRecord &w : r.device->writeLog())
        if (w.status == sim::MemoryStatus::Address || w.status == sim::MemoryStatus::NotWritable)
            problem(QStringLiteral("a write was attempted outside the layout at alt %1 0x%2").arg(w.alt).arg(w.address, 8, 16, QLatin1Char('0')));

    // 4. The person does what the message says, and the same restore run again completes.
    const QString said = o.deviceState + QLatin1Char(' ') + (o.error ? o.error->remedy + QLatin1Char(' ') + o.error->message : QString());
    if (!r.device->isAttached() || r.device->hardFaulted())
        r.device->replug(sim::DeviceMode::Normal);
    else if (said.contains(QLatin1String("press RESET")) || said.contains(QLatin1String("Reset the device"), Qt::CaseInsensitive))
        r.device->resetDevice(sim::DeviceMode::Normal);
    obs.personHelps = true;
    obs.reports.clear();
    auto again = planNow(engine, r, b.bundle);
    if (!again.ok() || again->refused()) {
        problem(QStringLiteral("the run again could not be planned: %1")
                    .arg(again.ok() ? again->refusals().value(0).text : again.error().text()));
    } else {
        const RestoreOutcome second = engine.run(*again, r.device->deviceId());
        for (const QString &p : finalProblems(second))
            problem(p);
    }
    for (const QString &change : changesOutside(before, FlashSnapshot::of(*r.device), allowed))
        problem(QStringLiteral("after the run again: ") + change);
    done();
    res.passed = res.problems.isEmpty();
    return res;
}

} // namespace

QList<CaseResult> runCases(const MatrixBundle &b, const std::function<MatrixRig()> &makeRig, const QList<CaseSpec> &cases)
{
    struct Slot
    {
        MatrixRig rig;
        CaseSpec spec;
        CaseResult result;
        Running running;
        std::thread thread;
        std::atomic_bool finished{false};
        bool watchdogFired = false;
        QElapsedTimer started;
        int index = 0;
    };
    // Most cases wait (for a gone device, a transfer that never answers): more cases than cores.
    const int parallel = qBound(2, QThread::idealThreadCount() * 6, 12);
    // DR_FAULTMATRIX_ONLY=text runs only the cases whose label contains it (to look at one closely).
    const QString only = qEnvironmentVariable("DR_FAULTMATRIX_ONLY");
    constexpr qint64 kWatchdogMs = 120000;
    QList<CaseResult> results(cases.size());
    QList<int> skipped; // not run (DR_FAULTMATRIX_ONLY): left out of the results
    std::list<std::unique_ptr<Slot>> slots;
    int next = 0;
    while (next < cases.size() || !slots.empty()) {
        while (next < cases.size() && int(slots.size()) < parallel) {
            if (!only.isEmpty() && !cases[next].label().contains(only)) {
                skipped << next++;
                continue;
            }
            auto s = std::make_unique<Slot>();
            s->rig = makeRig(); // on this thread: the pty console's thread is started from here
            s->spec = cases[next];
            s->index = next++;
            s->started.start();
            Slot *raw = s.get();
            s->thread = std::thread([raw, &b] {
                raw->result = runOne(b, raw->rig, raw->spec, raw->running);
                raw->finished = true;
            });
            slots.push_back(std::move(s));
        }
        QCoreApplication::processEvents();
        std::this_thread::sleep_for(milliseconds(5));
        for (auto it = slots.begin(); it != slots.end();) {
            Slot &s = **it;
            if (!s.finished && !s.watchdogFired && s.started.elapsed() > kWatchdogMs) {
                s.watchdogFired = true;
                std::lock_guard lock(s.running.mutex);
                if (s.running.engine)
                    s.running.engine->cancel();
            }
            if (!s.finished) {
                ++it;
                continue;
            }
            s.thread.join();
            if (s.watchdogFired)
                s.result.problems << QStringLiteral("hung: cancelled by the watchdog after %1 s").arg(kWatchdogMs / 1000);
            s.result.passed = s.result.problems.isEmpty();
            results[s.index] = s.result;
            it = slots.erase(it); // the rig (and its pty) goes on this thread
        }
    }
    std::sort(skipped.begin(), skipped.end(), std::greater<int>());
    for (int i : std::as_const(skipped))
        results.removeAt(i);
    return results;
}

// ---- the printed matrix -------------------------------------------------------------------------

void printMatrix(const QList<CaseResult> &results)
{
    QStringList rows, columns;
    QMap<QPair<QString, QString>, QPair<int, int>> cells; // passed, run
    QHash<QString, qint64> worst;
    QHash<QString, int> survived;
    int passed = 0;
    for (const CaseResult &r : results) {
        if (!rows.contains(r.spec.transport))
            rows << r.spec.transport;
        if (!columns.contains(r.spec.fault.name))
            columns << r.spec.fault.name;
        auto &cell = cells[{r.spec.transport, r.spec.fault.name}];
        cell.second++;
        if (r.passed) {
            cell.first++;
            passed++;
        }
        if (r.survived)
            survived[r.spec.fault.name]++;
        else
            worst[r.spec.fault.name] = std::max(worst.value(r.spec.fault.name), r.faultedMs);
    }
    QString out = QStringLiteral("\nFault matrix: %1 cases run, %2 passed (%3 %)\n").arg(results.size()).arg(passed)
                      .arg(results.isEmpty() ? 0.0 : 100.0 * passed / results.size(), 0, 'f', 1);
    const int w0 = 36, w = 14;
    out += QStringLiteral("%1").arg(QString(), -w0);
    for (const QString &c : columns)
        out += QStringLiteral("%1").arg(c, w);
    out += QLatin1Char('\n');
    for (const QString &row : rows) {
        out += QStringLiteral("%1").arg(row, -w0);
        for (const QString &c : columns) {
            const auto cell = cells.value({row, c}, {0, 0});
            out += QStringLiteral("%1").arg(cell.second ? QStringLiteral("%1/%2").arg(cell.first).arg(cell.second) : QStringLiteral("-"), w);
        }
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("%1").arg(QStringLiteral("worst time to a clear error (s)"), -w0);
    for (const QString &c : columns)
        out += QStringLiteral("%1").arg(worst.contains(c) ? QString::number(double(worst.value(c)) / 1000.0, 'f', 1) : QStringLiteral("-"), w);
    out += QLatin1Char('\n');
    out += QStringLiteral("%1").arg(QStringLiteral("faulted runs that completed anyway"), -w0);
    for (const QString &c : columns)
        out += QStringLiteral("%1").arg(survived.value(c), w);
    out += QLatin1Char('\n');
    std::fputs(out.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

} // namespace dr::test
