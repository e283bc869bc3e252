#include "restore/restoreplanner.h"

#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace dr {

QString stepTransportName(StepTransport t)
{
    switch (t) {
    case StepTransport::Dfu:
        return QStringLiteral("DFU");
    case StepTransport::ControlRequest:
        return QStringLiteral("control request");
    case StepTransport::YModem:
        return QStringLiteral("YModem");
    case StepTransport::None:
        break;
    }
    return QStringLiteral("-");
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Refusal:
        break;
    }
    return QStringLiteral("refusal");
}

bool RestorePlan::refused() const
{
    return std::any_of(messages.begin(), messages.end(),
                       [](const PlanMessage &m) { return m.severity == Severity::Refusal; });
}

QList<PlanMessage> RestorePlan::refusals() const
{
    QList<PlanMessage> out;
    for (const PlanMessage &m : messages)
        if (m.severity == Severity::Refusal)
            out.append(m);
    return out;
}

bool RestorePlan::nothingToWrite() const
{
    return flashSteps() == 0;
}

int RestorePlan::flashSteps() const
{
    return int(std::count_if(steps.begin(), steps.end(), [](const PlanStep &s) {
        return s.kind == StepKind::Flash || s.kind == StepKind::InvalidateFormerUserPart;
    }));
}

qint64 RestorePlan::totalBytes() const
{
    qint64 n = 0;
    for (const PlanStep &s : steps)
        n += s.bytes;
    return n;
}

SemVer RestorePlanner::controlRequestsSince(const Platform &platform)
{
    return platform.controlRequestsSince.value_or(SemVer(0, 0, 0));
}

namespace {

struct PlannerText
{
    Q_DECLARE_TR_FUNCTIONS(dr::RestorePlanner)
};

} // namespace

QString stepTransportText(StepTransport t)
{
    switch (t) {
    case StepTransport::Dfu:
        return PlannerText::tr("DFU", "transport");
    case StepTransport::ControlRequest:
        return PlannerText::tr("control request", "transport");
    case StepTransport::YModem:
        return PlannerText::tr("YModem", "transport");
    case StepTransport::None:
        break;
    }
    return QStringLiteral("-");
}

namespace {

// What the device holds (or will hold once earlier stages ran), by (function, index, mcu target).
struct Held
{
    int version = 0;
    bool valid = false;
    QString sha; // user parts: upper-case hex
    QList<ModuleDependency> dependencies;
};
using HeldKey = quint32;
HeldKey key(ModuleFunction f, int index, int mcu = 0)
{
    return (quint32(f) << 16) | (quint32(index & 0xFF) << 8) | quint32(mcu & 0xFF);
}

struct DeviceState
{
    bool known = false;
    QMap<HeldKey, Held> modules;
    std::optional<SemVer> deviceOs;

    const Held *find(ModuleFunction f, int index, int mcu = 0) const
    {
        auto it = modules.constFind(key(f, index, mcu));
        return it == modules.cend() ? nullptr : &*it;
    }
};

QString partLabel(const ModuleSlot *slot, ModuleFunction f, int index)
{
    if (slot)
        return slot->name;
    return QStringLiteral("%1 %2").arg(moduleFunctionName(f)).arg(index);
}

QString describeModule(ModuleFunction f, int index)
{
    switch (f) {
    case ModuleFunction::Bootloader:
        return index == 0 ? PlannerText::tr("bootloader") : PlannerText::tr("bootloader part %1").arg(index);
    case ModuleFunction::SystemPart:
        return PlannerText::tr("system part %1").arg(index);
    case ModuleFunction::UserPart:
        return PlannerText::tr("user firmware");
    case ModuleFunction::RadioStack:
        return PlannerText::tr("radio stack (SoftDevice)");
    case ModuleFunction::NcpFirmware:
        return PlannerText::tr("network co-processor firmware");
    default:
        return moduleFunctionName(f);
    }
}

class Planner
{
public:
    Planner(const PlanRequest &request, RestorePlan &plan)
        : r(request), o(request.options), p(*request.platform), plan(plan),
          versions(DeviceOsVersionTable::builtin())
    {
    }

    void run();
    void checkOrder(const QList<PlanStep> &steps) { checkRunnable(initialState(), steps); }

private:
    const PlanRequest &r;
    const PlanOptions &o;
    const Platform &p;
    RestorePlan &plan;
    const DeviceOsVersionTable &versions;

    void message(Severity s, const QString &code, const QString &text, bool overridable = false)
    {
        for (const PlanMessage &m : std::as_const(plan.messages))
            if (m.code == code && m.text == text)
                return;
        PlanMessage m{s, code, text, overridable, false};
        if (s == Severity::Refusal && overridable && o.force) {
            m.severity = Severity::Warning;
            m.overridden = true;
        }
        plan.messages.append(m);
    }
    void refuse(const QString &code, const QString &text) { message(Severity::Refusal, code, text); }
    // A recommendation: refused unless the person insists (PlanOptions::force).
    void recommend(const QString &code, const QString &text) { message(Severity::Refusal, code, text, true); }
    void warn(const QString &code, const QString &text) { message(Severity::Warning, code, text); }
    void info(const QString &code, const QString &text) { message(Severity::Info, code, text); }

    DeviceState initialState() const;
    void checkTarget(const std::optional<SemVer> &current);
    void checkModelMinimums();
    DeviceState planStage(int stage, const DeviceState &state, const SemVer &target, bool lastStage);

    // The rules of one stage, each on its own (planStage calls them in this order).
    struct Chosen
    {
        const ModuleSlot *slot;
        const BundleModule *module;
    };
    struct StageModules
    {
        QList<Chosen> chosen;
        QList<const ModuleSlot *> missing;
        bool anySystemPart = false;
    };
    struct StageSteps
    {
        QList<PlanStep> before;   // running Device OS, before DFU
        QList<PlanStep> dfu;      // in DFU mode
        QList<PlanStep> afterDfu; // running the new Device OS
    };
    StageModules releaseModules(const SemVer &target);
    QMap<HeldKey, int> versionsAfter(const DeviceState &state, const StageModules &modules) const;
    void checkMissingParts(const DeviceState &state, const StageModules &modules, const SemVer &target);
    PlanStep makeStep(int stage, const DeviceState &state, const SemVer &target, const ModuleSlot *slot,
                      const BundleModule &b, const QString &reason) const;
    bool skipIfCurrent(const DeviceState &state, const BundleModule &b);
    void noteHowModulesWereRead();
    const UnreadModule *notRead(const BundleModule &b) const;
    QString writeReason(const DeviceState &state, const BundleModule &b) const;
    void placeModuleStep(PlanStep s, const Chosen &c, const DeviceState &state, const SemVer &target,
                         StageSteps &steps);
    static int orderRank(const PlanStep &s, bool downgrade);
    static void orderByRank(QList<PlanStep> &list, bool downgrade);
    static void orderByDependencies(QList<PlanStep> &list, const DeviceState &state);
    std::optional<PlanStep> formerUserPartInvalidation(int stage, const DeviceState &state, const SemVer &target,
                                                       const PlanStep &user) const;
    void placeUserFirmware(int stage, const DeviceState &state, const SemVer &target, bool lastStage,
                           const BundleModule *user, const QString &reason, StageSteps &steps);
    DeviceState stateAfterStage(int stage, const DeviceState &state, const SemVer &target, bool anyChosen) const;
    const BundleModule *chooseUserFirmware(const DeviceState &state, const SemVer &target,
                                           const QMap<HeldKey, int> &targetVersions, bool downgrade,
                                           bool lastStage, QString *reason);
    bool satisfied(const QList<ModuleDependency> &deps, const QMap<HeldKey, int> &versions, bool userPart) const;
    StepTransport runningTransport(const std::optional<SemVer> &runningDeviceOs, const QString &what);
    void checkRunnable(const DeviceState &state, const QList<PlanStep> &steps);
    void refuseMissingIntermediate(const SemVer &stop);
    SemVer semverOr(int systemVersion, const SemVer &fallback) const
    {
        return versions.semverForSystemVersion(systemVersion).value_or(fallback);
    }
};

DeviceState Planner::initialState() const
{
    DeviceState s;
    if (r.device) {
        s.known = true;
        for (const InstalledModule &m : r.device->modules) {
            if (m.isEmpty() || m.store != ModuleStore::Main)
                continue;
            Held h;
            h.version = m.version;
            h.valid = m.allChecksPass();
            h.sha = m.userSha256.toUpper();
            for (const InstalledDependency &d : m.dependencies)
                h.dependencies.append(ModuleDependency{d.functionCode, quint8(d.index), quint16(d.version)});
            const HeldKey k = key(static_cast<ModuleFunction>(*m.functionCode), m.index);
            // Two user parts (Gen3 128 KB and 256 KB): keep both; the lookups below know the rule.
            if (!s.modules.contains(k) || (!s.modules.value(k).valid && h.valid))
                s.modules.insert(k, h);
        }
    }
    s.deviceOs = r.currentDeviceOs;
    if (!s.deviceOs) {
        if (const Held *sys = s.find(ModuleFunction::SystemPart, 1); sys && sys->valid)
            s.deviceOs = versions.semverForSystemVersion(sys->version);
    }
    return s;
}

void Planner::checkTarget(const std::optional<SemVer> &current)
{
    const SemVer &t = r.target;
    if (!p.supported) {
        refuse(QStringLiteral("plan.platform-unsupported"),
               PlannerText::tr("%1 devices cannot be restored with this tool: %2")
                   .arg(p.displayName, p.unsupportedReasonText()));
        return;
    }
    if (p.lastDeviceOs && t > *p.lastDeviceOs)
        refuse(QStringLiteral("plan.platform-too-old"),
               PlannerText::tr("Device OS %1 does not support the %2; the last release for it is %3.")
                   .arg(t.toString(), p.displayName, p.lastDeviceOs->toString()));
    if (t.isPrerelease())
        warn(QStringLiteral("plan.prerelease"),
             PlannerText::tr("Device OS %1 is a pre-release: use it for testing, not in the field.")
                 .arg(t.toString()));

    checkModelMinimums();

    // A protected device refuses DFU writes (errVENDOR) and control-request updates (-1801) alike
    // (device-os-behaviour.md row 19): nothing Device Restore does can write it.
    if (o.deviceProtected)
        refuse(QStringLiteral("plan.device-protected"),
               PlannerText::tr("This device has Device Protection on: it refuses firmware written over USB, in DFU "
                               "mode and in normal mode. Turn Device Protection off for it in the Particle console "
                               "(or put it in service mode), then plan again."));

    if (o.deviceProtected && t < SemVer(6, 1, 1))
        refuse(QStringLiteral("plan.protected-minimum"),
               PlannerText::tr(
                   "This device has Device Protection on, which needs Device OS 6.1.1 or newer; %1 is older.")
                   .arg(t.toString()));

    if (current && t < *current)
        warn(QStringLiteral("plan.downgrade"), PlannerText::tr("This is a downgrade from Device OS %1 to %2.")
                                                   .arg(current->toString(), t.toString()));
}

// Model minimums: the model's minimum Device OS (hard: refused; else recommended against), its factory
// version and its LTS line; without the model, a minimum every model has.
void Planner::checkModelMinimums()
{
    const SemVer &t = r.target;
    if (!o.modelSku.isEmpty()) {
        if (const DeviceModel *m = p.model(o.modelSku)) {
            if (m->minimumDeviceOs && t < *m->minimumDeviceOs) {
                const QString text = PlannerText::tr("The %1 needs Device OS %2 or newer; %3 is older.")
                                         .arg(m->sku, m->minimumDeviceOs->toString(), t.toString());
                if (m->minimumIsHard)
                    refuse(QStringLiteral("plan.below-model-minimum"),
                           text + QLatin1Char(' ') +
                               PlannerText::tr("Its hardware does not work with older releases."));
                else
                    recommend(QStringLiteral("plan.below-recommended-minimum"),
                              text + QLatin1Char(' ') + PlannerText::tr("Particle recommends against it."));
            }
            if (m->factoryVersion && t < *m->factoryVersion && !(m->minimumDeviceOs && t < *m->minimumDeviceOs))
                warn(QStringLiteral("plan.below-factory-version"),
                     PlannerText::tr(
                         "The %1 shipped from the factory with Device OS %2; %3 is older and may not "
                         "support all of its hardware.")
                         .arg(m->sku, m->factoryVersion->toString(), t.toString()));
            if (m->ltsMajor && t.major() > *m->ltsMajor)
                recommend(
                    QStringLiteral("plan.leaves-lts-line"),
                    PlannerText::tr(
                        "The %1 should stay on the Device OS %2.x long-term-support line; %3 leaves it.")
                        .arg(m->sku)
                        .arg(*m->ltsMajor)
                        .arg(t.toString()));
        } else {
            warn(QStringLiteral("plan.unknown-model"),
                 PlannerText::tr("%1 is not a known %2 model; model-specific rules were not applied.")
                     .arg(o.modelSku, p.displayName));
        }
    } else {
        // Without the model, a minimum that every model has applies (the lowest of them); it is a hard
        // limit only when it is hard for every model.
        std::optional<SemVer> lowest;
        bool all = !p.models.isEmpty(), allHard = true;
        for (const DeviceModel &m : p.models) {
            if (!m.minimumDeviceOs) {
                all = false;
                break;
            }
            allHard = allHard && m.minimumIsHard;
            if (!lowest || *m.minimumDeviceOs < *lowest)
                lowest = m.minimumDeviceOs;
        }
        if (all && lowest && t < *lowest) {
            const QString text = PlannerText::tr("Every %1 model needs Device OS %2 or newer; %3 is older.")
                                     .arg(p.displayName, lowest->toString(), t.toString());
            if (allHard)
                refuse(QStringLiteral("plan.below-model-minimum"), text);
            else
                recommend(QStringLiteral("plan.below-recommended-minimum"),
                          text + QLatin1Char(' ') + PlannerText::tr("Particle recommends against it."));
        }
    }
}

// BRN402 / B402: from >= 2.0.0 to <= 1.5.1 the device must first run 1.5.2 and connect to cellular
// (2.x leaves the SARA-R410M modem at 460800 baud; older releases expect 115200). Reference 7.1.
// The BRN402/B402 rule (reference 5.6): from 2.0.0 or newer down to 1.5.1 or older goes through
// 1.5.2. When the model is unknown, any model of the platform that needs it makes the stop.
std::optional<SemVer> twoStageStop(const Platform &p, const std::optional<SemVer> &current, const SemVer &target,
                                   const QString &modelSku)
{
    const SemVer stop(1, 5, 2);
    if (!(target < stop) || !current || *current < SemVer(2, 0, 0))
        return std::nullopt;
    const DeviceModel *m = modelSku.isEmpty() ? nullptr : p.model(modelSku);
    if (m)
        return m->twoStageDowngradeThrough152 ? std::optional<SemVer>(stop) : std::nullopt;
    const bool anyModelNeedsIt = std::any_of(p.models.begin(), p.models.end(),
                                             [](const DeviceModel &dm) { return dm.twoStageDowngradeThrough152; });
    return anyModelNeedsIt ? std::optional<SemVer>(stop) : std::nullopt;
}

bool Planner::satisfied(const QList<ModuleDependency> &deps, const QMap<HeldKey, int> &have, bool userPart) const
{
    for (const ModuleDependency &d : deps) {
        if (d.isNone())
            continue;
        // For user parts the bootloader dependency is optional (Device OS userDepsOptional).
        if (userPart && d.function() == ModuleFunction::Bootloader)
            continue;
        auto it = have.constFind(key(d.function(), d.index));
        if (it == have.cend() || *it < d.version)
            return false;
    }
    return true;
}

StepTransport Planner::runningTransport(const std::optional<SemVer> &running, const QString &what)
{
    const SemVer since = RestorePlanner::controlRequestsSince(p);
    if (p.controlRequestsSupported && (!running || !(*running < since)))
        return StepTransport::ControlRequest;
    if (running && *running < SemVer(6, 0, 0))
        return StepTransport::YModem;
    refuse(QStringLiteral("plan.no-transport"),
           PlannerText::tr(
               "The %1 cannot be sent: the device's Device OS takes neither control requests nor YModem.")
               .arg(what));
    return StepTransport::None;
}

// What Device OS checks when a module arrives over control requests or YModem (HAL_FLASH_End /
// HAL_FLASH_OTA_Validate, reference section 6 row 2): a user part is not checked (userDepsOptional);
// dependency 1 must be on the device, the bootloader included (Gen 3 system-part1 names it there: a
// 1.5.2 Boron refuses system-part1 2.2.0 with -1340 until bootloader 1005 went first); dependency 2
// too, unless it is the bootloader (device-os pull request 1306: the Photon/P1 bootloader can come
// after the system parts, the device runs in safe mode meanwhile); and a system part must not fall
// below what another installed system part needs of it (validate_module_dependencies_full: a Gen 2
// downgrade sends part 2 before part 1). Before 0.6.0 Device OS did not check, but the device then
// fails to start (a Photon below 0.7.0 that gets a 0.8.0+ system-part1 hard-faults, device-os pull
// request 1426), so the same order is kept. Returns the unmet dependency; nullopt when accepted.
struct OtaHeld
{
    QMap<HeldKey, int> versions;
    QMap<HeldKey, QList<ModuleDependency>> dependencies; // of system parts, for the reverse check
};

struct OtaRefusal
{
    ModuleDependency unmet; // the module (function, index, version) that is missing or too old
    bool byInstalled = false; // the reverse check: an installed system part needs the sent one newer
};

std::optional<OtaRefusal> refusedOverTheAir(const FirmwareModule &m, const OtaHeld &have)
{
    auto met = [&](const ModuleDependency &d) {
        const auto it = have.versions.constFind(key(d.function(), d.index));
        return it != have.versions.cend() && *it >= d.version;
    };
    if (m.function() == ModuleFunction::UserPart || m.dependency.isNone())
        return std::nullopt;
    if (!met(m.dependency))
        return OtaRefusal{m.dependency, false};
    if (!m.dependency2.isNone() && m.dependency2.function() != ModuleFunction::Bootloader && !met(m.dependency2))
        return OtaRefusal{m.dependency2, false};
    if (m.function() != ModuleFunction::SystemPart)
        return std::nullopt;
    for (auto it = have.dependencies.cbegin(); it != have.dependencies.cend(); ++it) {
        if (it.key() == key(m.function(), m.index, m.mcuTarget))
            continue;
        for (const ModuleDependency &d : *it)
            if (!d.isNone() && d.function() == m.function() && d.index == m.index && m.version < d.version)
                return OtaRefusal{ModuleDependency{quint8(ModuleFunction::SystemPart),
                                                   quint8((it.key() >> 8) & 0xFF), quint16(d.version)},
                                  true};
    }
    return std::nullopt;
}

OtaHeld heldOnDevice(const DeviceState &state)
{
    OtaHeld have;
    for (auto it = state.modules.cbegin(); it != state.modules.cend(); ++it) {
        if (!it->valid)
            continue;
        have.versions.insert(it.key(), it->version);
        if (ModuleFunction(it.key() >> 16) == ModuleFunction::SystemPart)
            have.dependencies.insert(it.key(), it->dependencies);
    }
    return have;
}

// Every step sent to running Device OS must be one it accepts at that point of the plan; DFU writes are
// not checked (the device does not start between them). A plan with a step the device would refuse is
// refused here, before anything is written.
void Planner::checkRunnable(const DeviceState &state, const QList<PlanStep> &steps)
{
    OtaHeld have = heldOnDevice(state);
    for (const PlanStep &s : steps) {
        if (s.kind != StepKind::Flash || !s.source)
            continue;
        const FirmwareModule &m = s.source->module;
        if (s.transport == StepTransport::ControlRequest || s.transport == StepTransport::YModem) {
            if (const auto refusal = refusedOverTheAir(m, have)) {
                const ModuleDependency *unmet = &refusal->unmet;
                const bool reverse = refusal->byInstalled;
                refuse(QStringLiteral("plan.dependency-deadlock"),
                       reverse ? PlannerText::tr(
                                     "The %1 of Device OS %2 cannot be sent before the %3: the device's %3 needs "
                                     "the %1 at version %4 or newer, so the device would refuse it (error -1340). "
                                     "Allow DFU, or send the %3 first.")
                                     .arg(describeModule(s.function, s.index),
                                          s.toDeviceOs ? s.toDeviceOs->toString() : QString::number(s.toVersion),
                                          describeModule(unmet->function(), unmet->index))
                                     .arg(unmet->version)
                               : PlannerText::tr(
                                     "The %1 of Device OS %2 needs the %3 at version %4 or newer on the device "
                                     "before it arrives, and this plan cannot put it there first: the device "
                                     "would refuse it (error -1340) or fail to start. Allow DFU, or restore "
                                     "through an intermediate Device OS release.")
                                     .arg(describeModule(s.function, s.index),
                                          s.toDeviceOs ? s.toDeviceOs->toString() : QString::number(s.toVersion),
                                          describeModule(unmet->function(), unmet->index))
                                     .arg(unmet->version));
                return;
            }
        }
        const HeldKey k = key(s.function, s.index, s.mcuTarget);
        have.versions.insert(k, s.toVersion);
        if (s.function == ModuleFunction::SystemPart)
            have.dependencies.insert(k, {m.dependency, m.dependency2});
    }
}

// The release a stage goes through is not in the bundle: name the files it needs, so that the person
// can add them (reference 6.1 release file names).
void Planner::refuseMissingIntermediate(const SemVer &stop)
{
    QStringList files;
    for (const ModuleSlot &slot : p.slots)
        if (slot.function == ModuleFunction::SystemPart && slot.mcuTarget == 0 && slot.appliesTo(stop)
            && !r.bundle->find(p.id, slot.function, slot.index, stop, slot.mcuTarget))
            files << QStringLiteral("%1-%2@%3.bin").arg(p.name, slot.name, stop.toString());
    refuse(QStringLiteral("plan.missing-intermediate"),
           PlannerText::tr(
               "The way to Device OS %1 goes through Device OS %2, and the bundle lacks its system parts: %3. Add "
               "them to the bundle and plan again.")
               .arg(r.target.toString(), stop.toString(), files.join(QLatin1String(", "))));
}

const BundleModule *Planner::chooseUserFirmware(const DeviceState &state, const SemVer &target,
                                                const QMap<HeldKey, int> &targetVersions, bool downgrade,
                                                bool lastStage, QString *reason)
{
    // The application the device runs: the 128 KB slot wins when both hold a valid one (reference 1.3).
    const Held *current = nullptr;
    for (int index : {1, 2}) {
        if (const Held *h = state.find(ModuleFunction::UserPart, index); h && h->valid) {
            current = h;
            break;
        }
    }
    const bool currentFits = current && satisfied(current->dependencies, targetVersions, true);

    auto slotFits = [&](const BundleModule *b) {
        return p.slotFor(ModuleFunction::UserPart, b->module.index, 0, target) != nullptr;
    };
    auto pickTinker = [&]() -> const BundleModule * {
        const BundleModule *best = r.bundle->tinkerFor(p, target, [&](ModuleFunction f, int index) {
            const auto it = targetVersions.constFind(key(f, index));
            return it == targetVersions.cend() ? std::nullopt : std::optional<int>(*it);
        });
        if (!best)
            refuse(QStringLiteral("plan.no-tinker"),
                   PlannerText::tr("The bundle has no Tinker for the %1 that runs on Device OS %2.")
                       .arg(p.displayName, target.toString()));
        return best;
    };

    // Only the last stage installs the person's own file; earlier stages use Tinker.
    const UserFirmwareChoice choice = lastStage ? o.userFirmware : UserFirmwareChoice::Auto;
    switch (choice) {
    case UserFirmwareChoice::File: {
        const BundleModule &f = *o.userFile;
        if (f.module.function() != ModuleFunction::UserPart) {
            refuse(QStringLiteral("plan.user-file-not-user-part"),
                   PlannerText::tr("%1 is a %2, not user firmware.")
                       .arg(f.fileName, describeModule(f.module.function(), f.module.index)));
            return nullptr;
        }
        if (f.module.platformId != p.id) {
            const Platform *other = PlatformDatabase::builtin().byId(f.module.platformId);
            refuse(
                QStringLiteral("plan.user-file-wrong-platform"),
                PlannerText::tr("%1 is built for the %2, not the %3.")
                    .arg(f.fileName,
                         other ? other->displayName : PlannerText::tr("platform %1").arg(f.module.platformId),
                         p.displayName));
            return nullptr;
        }
        if (!f.usable()) {
            const QList<Error> errors = f.verdict.errors();
            refuse(QStringLiteral("plan.user-file-invalid"),
                   PlannerText::tr("%1 cannot be used: %2")
                       .arg(f.fileName, errors.isEmpty() ? QString() : errors.first().text()));
            return nullptr;
        }
        if (!slotFits(&f)) {
            refuse(QStringLiteral("plan.user-file-needs-newer"),
                   PlannerText::tr(
                       "%1 is a 256 KB application, which needs Device OS 3.1.0 or newer; %2 is older.")
                       .arg(f.fileName, target.toString()));
            return nullptr;
        }
        if (!satisfied({f.module.dependency, f.module.dependency2}, targetVersions, true)) {
            refuse(
                QStringLiteral("plan.user-file-needs-newer"),
                PlannerText::tr("%1 was built for a newer Device OS than %2 and would only run in safe mode.")
                    .arg(f.fileName, target.toString()));
            return nullptr;
        }
        *reason = PlannerText::tr("the firmware you chose");
        return &f;
    }
    case UserFirmwareChoice::Keep:
        if (!current) {
            info(QStringLiteral("plan.no-user-firmware"),
                 PlannerText::tr("The device has no valid user firmware to keep."));
            return nullptr;
        }
        if (!currentFits) {
            refuse(
                QStringLiteral("plan.keep-incompatible"),
                PlannerText::tr(
                    "The device's user firmware needs a newer Device OS than %1 and would only run in safe "
                    "mode. Choose Tinker or a firmware file built for %1.")
                    .arg(target.toString()));
            return nullptr;
        }
        info(QStringLiteral("plan.keeps-user-firmware"),
             PlannerText::tr("The device keeps its user firmware, which runs on Device OS %1.")
                 .arg(target.toString()));
        return nullptr;
    case UserFirmwareChoice::Auto:
        if (current && currentFits) {
            info(QStringLiteral("plan.keeps-user-firmware"),
                 PlannerText::tr("The device keeps its user firmware, which runs on Device OS %1.")
                     .arg(target.toString()));
            return nullptr;
        }
        *reason =
            !state.known
                ? PlannerText::tr("the device's firmware is unknown; Tinker is a known good application")
            : !current
                ? PlannerText::tr("the device has no valid user firmware")
                : (downgrade
                       ? PlannerText::tr("the current user firmware needs a newer Device OS; replaced first "
                                         "so that safe mode cannot update the device back")
                       : PlannerText::tr("the current user firmware does not run on Device OS %1")
                             .arg(target.toString()));
        return pickTinker();
    case UserFirmwareChoice::Tinker:
        *reason = PlannerText::tr("Tinker was chosen");
        return pickTinker();
    }
    return nullptr;
}

// ---- one stage, rule by rule --------------------------------------------------------------------

// The release's modules from the bundle, one per slot that exists at the target (user firmware is
// chosen separately). Slots that are never written (the rtl872x prebootloader-mbr), the Electron's
// bootloader (its system parts carry and apply it) and the NCP unless asked for are left out.
Planner::StageModules Planner::releaseModules(const SemVer &t)
{
    StageModules out;
    for (const ModuleSlot &slot : p.slots) {
        if (!slot.appliesTo(t) || slot.function == ModuleFunction::UserPart)
            continue;
        if (slot.transport == SlotTransport::Never)
            continue; // the rtl872x prebootloader-mbr
        if (slot.function == ModuleFunction::Bootloader && slot.index == 0 && p.bootloaderInSystemParts)
            continue; // the Electron's system parts carry and apply its bootloader
        if (slot.function == ModuleFunction::NcpFirmware && !o.includeNcp)
            continue;
        if (slot.function != ModuleFunction::SystemPart && slot.function != ModuleFunction::Bootloader
            && slot.function != ModuleFunction::RadioStack && slot.function != ModuleFunction::NcpFirmware)
            continue;
        const BundleModule *b = r.bundle->find(p.id, slot.function, slot.index, t, slot.mcuTarget);
        if (!b) {
            out.missing.append(&slot);
            continue;
        }
        if (!b->usable()) {
            const QList<Error> errors = b->verdict.errors();
            refuse(QStringLiteral("plan.corrupt-part"),
                   PlannerText::tr("%1 in the bundle cannot be used: %2")
                       .arg(b->fileName, errors.isEmpty() ? PlannerText::tr("it failed its checks")
                                                          : errors.first().text()));
            continue;
        }
        out.anySystemPart |= slot.function == ModuleFunction::SystemPart;
        out.chosen.append({&slot, b});
    }
    return out;
}

// Module versions once the stage is done, for the dependency checks.
QMap<HeldKey, int> Planner::versionsAfter(const DeviceState &state, const StageModules &modules) const
{
    QMap<HeldKey, int> after;
    for (auto it = state.modules.cbegin(); it != state.modules.cend(); ++it)
        if (it->valid)
            after.insert(it.key(), it->version);
    for (const Chosen &c : modules.chosen)
        after.insert(key(c.slot->function, c.slot->index, c.slot->mcuTarget), c.module->module.version);
    return after;
}

// A missing system part is always fatal; other parts only when something of the release needs a newer
// one than the device has.
void Planner::checkMissingParts(const DeviceState &state, const StageModules &modules, const SemVer &t)
{
    for (const ModuleSlot *slot : modules.missing) {
        const QString what = describeModule(slot->function, slot->index);
        if (slot->function == ModuleFunction::SystemPart) {
            refuse(QStringLiteral("plan.missing-part"),
                   PlannerText::tr("The bundle has no %1 of Device OS %2 for the %3.")
                       .arg(what, t.toString(), p.displayName));
            continue;
        }
        int needed = 0;
        for (const Chosen &c : modules.chosen)
            for (const ModuleDependency &d : {c.module->module.dependency, c.module->module.dependency2})
                if (!d.isNone() && d.function() == slot->function && d.index == slot->index)
                    needed = std::max(needed, int(d.version));
        const Held *has = state.find(slot->function, slot->index, slot->mcuTarget);
        if (needed > 0 && !(has && has->valid && has->version >= needed)) {
            refuse(
                QStringLiteral("plan.missing-part"),
                PlannerText::tr(
                    "The bundle has no %1 of Device OS %2, and the device's %1 is too old for it (version %3 "
                    "or newer is needed).")
                    .arg(what, t.toString())
                    .arg(needed));
        } else if (slot->function != ModuleFunction::NcpFirmware) {
            info(
                QStringLiteral("plan.part-not-in-bundle"),
                state.known
                    ? PlannerText::tr(
                          "The bundle has no %1 of Device OS %2; the device keeps its own, which the release "
                          "accepts.")
                          .arg(what, t.toString())
                    : PlannerText::tr(
                          "The bundle has no %1 of Device OS %2; the device's own is left as it is.")
                          .arg(what, t.toString()));
        }
    }
    if (!modules.anySystemPart && modules.missing.isEmpty() && modules.chosen.isEmpty())
        refuse(
            QStringLiteral("plan.missing-release"),
            PlannerText::tr("The bundle has no Device OS %1 for the %2.").arg(t.toString(), p.displayName));
}

PlanStep Planner::makeStep(int stage, const DeviceState &state, const SemVer &t, const ModuleSlot *slot,
                           const BundleModule &b, const QString &reason) const
{
    PlanStep s;
    s.stage = stage;
    s.function = b.module.function();
    s.index = b.module.index;
    s.mcuTarget = b.module.mcuTarget;
    s.part = partLabel(slot, s.function, s.index);
    s.toVersion = b.module.version;
    if (const Held *h = state.find(s.function, s.index, s.mcuTarget)) {
        s.fromVersion = h->version;
        if (s.function == ModuleFunction::SystemPart)
            s.fromDeviceOs = versions.semverForSystemVersion(h->version);
    }
    if (s.function == ModuleFunction::SystemPart)
        s.toDeviceOs = versions.semverForSystemVersion(b.module.version);
    else if (s.function != ModuleFunction::UserPart)
        s.toDeviceOs = t;
    s.address = b.module.startAddress;
    s.source = &b;
    s.reason = reason;
    return s;
}

// Skip-if-current: a module already on the device at the same version and passing its checks is not
// written again; NCP firmware is never downgraded.
bool Planner::skipIfCurrent(const DeviceState &state, const BundleModule &b)
{
    const QString what = describeModule(b.module.function(), b.module.index);
    const Held *h = state.find(b.module.function(), b.module.index, b.module.mcuTarget);
    if (h && h->valid && h->version == b.module.version) {
        info(QStringLiteral("plan.skip-current"),
             PlannerText::tr("The %1 is already at version %2 and passes its checks; it is not written again.")
                 .arg(what)
                 .arg(b.module.version));
        return true;
    }
    if (b.module.function() == ModuleFunction::NcpFirmware && h && h->valid && h->version > b.module.version) {
        info(QStringLiteral("plan.ncp-no-downgrade"),
             PlannerText::tr("The network co-processor firmware is newer (%1) than the bundle's (%2) and is never "
                             "downgraded.")
                 .arg(h->version)
                 .arg(b.module.version));
        return true;
    }
    return false;
}

// Where the modules came from when the device was in DFU mode: read back over DFU (what it could
// not reach is written), or not read at all (then every part is written, and the note says why).
void Planner::noteHowModulesWereRead()
{
    if (!r.device) {
        if (!r.deviceNotRead.isEmpty())
            warn(QStringLiteral("plan.modules-not-read"),
                 PlannerText::tr("The device's modules could not be read, so every part is written: %1")
                     .arg(r.deviceNotRead));
        return;
    }
    if (r.device->source != ModuleInspection::Source::Dfu)
        return;
    info(QStringLiteral("plan.read-over-dfu"),
         PlannerText::tr("The device's modules were read back over DFU: what is at the target version and passes "
                         "its checks is not written again."));
    for (const UnreadModule &u : r.device->notRead)
        info(QStringLiteral("plan.not-read-over-dfu"),
             PlannerText::tr("The %1 could not be read over DFU: %2").arg(describeModule(u.function(), u.index), u.reason));
}

const UnreadModule *Planner::notRead(const BundleModule &b) const
{
    if (!r.device)
        return nullptr;
    for (const UnreadModule &u : r.device->notRead)
        if (u.functionCode == b.module.functionCode && u.index == b.module.index && u.mcuTarget == b.module.mcuTarget)
            return &u;
    return nullptr;
}

QString Planner::writeReason(const DeviceState &state, const BundleModule &b) const
{
    const Held *h = state.find(b.module.function(), b.module.index, b.module.mcuTarget);
    return !state.known ? PlannerText::tr("the device's modules are unknown")
           : h == nullptr && notRead(b) ? PlannerText::tr("could not be read over DFU")
           : h == nullptr ? PlannerText::tr("missing on the device")
           : !h->valid    ? PlannerText::tr("fails its checks on the device")
                          : PlannerText::tr("version %1 → %2").arg(h->version).arg(b.module.version);
}

// Where a module of the release goes: over DFU when its slot takes DFU and DFU is allowed; otherwise
// to running Device OS (control requests or YModem). Without DFU everything goes to the Device OS
// running now. With DFU: before the DFU steps on upgrades, so the new system parts find their
// bootloader; after them on downgrades, for the Photon/P1 bootloader (bootloaderAfterSystemParts),
// for the NCP, and when the device cannot run its firmware now. The rtl872x prebootloader-part1 goes
// last when downgrading.
void Planner::placeModuleStep(PlanStep s, const Chosen &c, const DeviceState &state, const SemVer &t,
                              StageSteps &steps)
{
    const BundleModule &b = *c.module;
    if (c.slot->transport == SlotTransport::Dfu && o.allowDfu && p.hasDfu()) {
        s.transport = StepTransport::Dfu;
        s.mode = StepMode::Dfu;
        s.bytes = b.module.flashImageSize();
        steps.dfu.append(s);
        return;
    }
    const bool upgrade = !state.deviceOs || *state.deviceOs < t;
    const bool downgrade = state.deviceOs && t < *state.deviceOs;
    const bool canRunNow = state.known && state.deviceOs.has_value();
    s.mode = StepMode::Running;
    s.bytes = b.module.length();
    const bool isBootloader = b.module.function() == ModuleFunction::Bootloader;
    bool early = c.slot->transport == SlotTransport::Dfu // no DFU: serial/control requests only
                 || (upgrade && canRunNow && !(isBootloader && b.module.index == 0 && p.bootloaderAfterSystemParts)
                     && b.module.function() != ModuleFunction::NcpFirmware);
    if (isBootloader && b.module.index != 0 && downgrade)
        early = false; // rtl872x prebootloader-part1: last when downgrading
    s.transport = runningTransport(early ? state.deviceOs : std::optional<SemVer>(t),
                                   describeModule(b.module.function(), b.module.index));
    (early ? steps.before : steps.afterDfu).append(s);
    if (!early && upgrade && !canRunNow && isBootloader && !p.bootloaderAfterSystemParts)
        warn(QStringLiteral("plan.bootloader-late"),
             PlannerText::tr(
                 "The device's Device OS is unknown or not running, so the bootloader is sent after the "
                 "system parts; the device may start in safe mode (breathing magenta) until then."));
}

// Prebootloader order and rank: dependencies before dependents. System parts written in one DFU session
// go in index order (the Gen2 parts depend on each other both ways); the SoftDevice before the system
// part that depends on it; the rtl872x prebootloader-part1 first when upgrading, last when downgrading.
int Planner::orderRank(const PlanStep &s, bool downgrade)
{
    switch (s.function) {
    case ModuleFunction::Bootloader:
        return s.index == 0 ? 1 : (downgrade ? 4 : 0);
    case ModuleFunction::RadioStack:
        return 2;
    case ModuleFunction::SystemPart:
        return 3;
    case ModuleFunction::NcpFirmware:
        return 5;
    default:
        return 6;
    }
}

void Planner::orderByRank(QList<PlanStep> &list, bool downgrade)
{
    std::stable_sort(list.begin(), list.end(), [&](const PlanStep &a, const PlanStep &b) {
        const int ra = orderRank(a, downgrade), rb = orderRank(b, downgrade);
        return ra != rb ? ra < rb : a.index < b.index;
    });
}

// Dependency order: running Device OS checks a module's dependencies before it applies it (0.6.0 and
// later), so a module sent to it goes after the steps that provide what it needs and the device lacks
// (the Electron's 1.5.2 parts go 3, 1, 2), and a system part waits for the pending replacement of an
// installed system part that needs it newer (a Gen 2 downgrade: part 2 first). Parts that need each
// other (Gen2 1 <-> 2) keep the rank order.
void Planner::orderByDependencies(QList<PlanStep> &list, const DeviceState &state)
{
    auto needsPending = [&](const PlanStep &s, const QList<PlanStep> &pending) {
        if (!s.source)
            return false;
        for (const ModuleDependency &d : {s.source->module.dependency, s.source->module.dependency2}) {
            if (d.isNone())
                continue;
            if (const Held *h = state.find(d.function(), d.index); h && h->valid && h->version >= d.version)
                continue;
            for (const PlanStep &other : pending)
                if (&other != &s && other.function == d.function() && other.index == d.index)
                    return true;
        }
        if (s.function == ModuleFunction::SystemPart && s.transport != StepTransport::Dfu) {
            for (const PlanStep &other : pending) {
                const Held *h = &other != &s && other.function == ModuleFunction::SystemPart
                                    ? state.find(other.function, other.index, other.mcuTarget)
                                    : nullptr;
                if (!h || !h->valid)
                    continue;
                for (const ModuleDependency &d : h->dependencies)
                    if (d.function() == s.function && d.index == s.index && s.toVersion < d.version)
                        return true;
            }
        }
        return false;
    };
    QList<PlanStep> pending = list;
    list.clear();
    while (!pending.isEmpty()) {
        qsizetype pick = 0;
        for (qsizetype i = 0; i < pending.size(); ++i)
            if (!needsPending(pending[i], pending)) {
                pick = i;
                break;
            }
        list.append(pending.takeAt(pick));
    }
}

// 256 KB user parts: a 256 KB app at 0xB4000 only runs when no valid 128 KB app sits at 0xD4000, so
// that slot is cleared first (over DFU) when the device has, or may have, one.
std::optional<PlanStep> Planner::formerUserPartInvalidation(int stage, const DeviceState &state, const SemVer &t,
                                                            const PlanStep &user) const
{
    const ModuleSlot *legacy = p.slotFor(ModuleFunction::UserPart, 1, 0, t);
    if (user.transport != StepTransport::Dfu || user.index != 2 || !legacy
        || !(!state.known || state.find(ModuleFunction::UserPart, 1)))
        return std::nullopt;
    PlanStep inv;
    inv.kind = StepKind::InvalidateFormerUserPart;
    inv.stage = stage;
    inv.part = legacy->name;
    inv.function = ModuleFunction::UserPart;
    inv.index = 1;
    inv.transport = StepTransport::Dfu;
    inv.mode = StepMode::Dfu;
    inv.address = legacy->bounds.start;
    inv.bytes = 4096;
    inv.reason = PlannerText::tr("a 128 KB application there would run instead of the new 256 KB one");
    return inv;
}

// User firmware: skipped when the device already runs it (same SHA-256, unless chosen explicitly);
// Tinker-first downgrade: first on downgrades (so that safe mode cannot pull the old Device OS back
// in), last on upgrades (the docs tool writes it last, with the leave request).
void Planner::placeUserFirmware(int stage, const DeviceState &state, const SemVer &t, bool lastStage,
                                const BundleModule *user, const QString &reason, StageSteps &steps)
{
    if (!user)
        return;
    const bool downgrade = state.deviceOs && t < *state.deviceOs;
    const Held *h = nullptr;
    for (int index : {1, 2})
        if (const Held *x = state.find(ModuleFunction::UserPart, index); x && x->valid && !h)
            h = x;
    const QString sha = QString::fromLatin1(user->module.storedSha256.toHex().toUpper());
    const bool explicitChoice =
        lastStage && (o.userFirmware == UserFirmwareChoice::File || o.userFirmware == UserFirmwareChoice::Tinker);
    if (!explicitChoice && h && h->sha == sha && !sha.isEmpty()) {
        info(QStringLiteral("plan.skip-current"),
             PlannerText::tr("The device already runs this user firmware (same SHA-256); it is not written again."));
        return;
    }
    const ModuleSlot *slot = p.slotFor(ModuleFunction::UserPart, user->module.index, 0, t);
    PlanStep s = makeStep(stage, state, t, slot, *user, reason);
    s.part = user->isTinker ? QStringLiteral("tinker") : QStringLiteral("user");
    if (o.allowDfu && p.hasDfu()) {
        s.transport = StepTransport::Dfu;
        s.mode = StepMode::Dfu;
        s.bytes = user->module.flashImageSize();
    } else {
        s.transport = runningTransport(t, PlannerText::tr("user firmware"));
        s.mode = StepMode::Running;
        s.bytes = user->module.length();
    }
    QList<PlanStep> userSteps;
    if (const auto inv = formerUserPartInvalidation(stage, state, t, s))
        userSteps.append(*inv);
    userSteps.append(s);
    QList<PlanStep> &target = s.transport == StepTransport::Dfu ? steps.dfu : steps.afterDfu;
    if (downgrade)
        target = userSteps + target;
    else
        target += userSteps;
}

// The device once this stage ran.
DeviceState Planner::stateAfterStage(int stage, const DeviceState &state, const SemVer &t, bool anyChosen) const
{
    DeviceState next = state;
    next.known = state.known || anyChosen;
    next.deviceOs = t;
    for (const PlanStep &s : std::as_const(plan.steps)) {
        if (s.stage != stage)
            continue;
        if (s.kind == StepKind::InvalidateFormerUserPart) {
            next.modules.remove(key(ModuleFunction::UserPart, 1));
            continue;
        }
        if (s.kind != StepKind::Flash || !s.source)
            continue;
        Held h;
        h.version = s.toVersion;
        h.valid = true;
        h.sha = QString::fromLatin1(s.source->module.storedSha256.toHex().toUpper());
        h.dependencies = {s.source->module.dependency, s.source->module.dependency2};
        next.modules.insert(key(s.function, s.index, s.mcuTarget), h);
    }
    return next;
}

DeviceState Planner::planStage(int stage, const DeviceState &state, const SemVer &t, bool lastStage)
{
    const bool downgrade = state.deviceOs && t < *state.deviceOs;

    // 1. The release's modules, and what the bundle lacks.
    const StageModules modules = releaseModules(t);
    const QMap<HeldKey, int> after = versionsAfter(state, modules);
    checkMissingParts(state, modules, t);

    // 2. User firmware.
    QString userReason;
    const BundleModule *user = chooseUserFirmware(state, t, after, downgrade, lastStage, &userReason);

    // 3. Steps, skipping what is already in place, each to its transport and mode.
    StageSteps steps;
    for (const Chosen &c : modules.chosen) {
        if (skipIfCurrent(state, *c.module))
            continue;
        placeModuleStep(makeStep(stage, state, t, c.slot, *c.module, writeReason(state, *c.module)), c, state, t,
                        steps);
    }

    // 4. Order: by rank, then by what running Device OS accepts; user firmware first or last.
    orderByRank(steps.before, downgrade);
    orderByRank(steps.dfu, downgrade);
    orderByRank(steps.afterDfu, downgrade);
    orderByDependencies(steps.before, state);
    orderByDependencies(steps.afterDfu, state);
    placeUserFirmware(stage, state, t, lastStage, user, userReason, steps);

    checkRunnable(state, steps.before + steps.dfu + steps.afterDfu);
    plan.steps += steps.before;
    plan.steps += steps.dfu;
    plan.steps += steps.afterDfu;
    return stateAfterStage(stage, state, t, !modules.chosen.isEmpty());
}

void Planner::run()
{
    plan.platform = &p;
    plan.target = r.target;
    const DeviceState start = initialState();
    plan.current = start.deviceOs;

    if (!r.bundle) {
        refuse(QStringLiteral("plan.no-bundle"), PlannerText::tr("No Device OS binaries were given."));
        return;
    }
    if (o.userFirmware == UserFirmwareChoice::File && !o.userFile) {
        refuse(QStringLiteral("plan.no-user-file"),
               PlannerText::tr("User firmware from a file was chosen, but no file was given."));
        return;
    }
    checkTarget(start.deviceOs);
    if (!p.supported)
        return;
    noteHowModulesWereRead();

    const QList<SemVer> stops = RestorePlanner::intermediateReleases(p, start.deviceOs, r.target, o);
    if (const auto stop = twoStageStop(p, start.deviceOs, r.target, o.modelSku)) {
        if (o.modelSku.isEmpty())
            warn(
                QStringLiteral("plan.two-stage-unknown-model"),
                PlannerText::tr(
                    "The model is not known, so the downgrade goes through Device OS 1.5.2 as the BRN402 and "
                    "B402 require. Give the model (for example BRN404) to go straight to %1.")
                    .arg(r.target.toString()));
        else
            info(QStringLiteral("plan.two-stage"),
                 PlannerText::tr(
                     "The %1 goes from Device OS %2 to %3 in two stages: first 1.5.2, then, after it has "
                     "connected to the cellular network once, %3.")
                     .arg(o.modelSku, start.deviceOs->toString(), r.target.toString()));
    }

    DeviceState state = start;
    int stage = 1;
    for (const SemVer &stop : std::as_const(stops)) {
        if (!r.bundle->releasesFor(p.id).contains(stop)) {
            refuseMissingIntermediate(stop);
            return;
        }
        state = planStage(stage, state, stop, false);
        PlanStep wait;
        wait.kind = stop == SemVer(1, 5, 2) ? StepKind::WaitForConnection : StepKind::WaitForReboot;
        wait.stage = stage;
        wait.mode = StepMode::Running;
        wait.toDeviceOs = stop;
        wait.reason =
            wait.kind == StepKind::WaitForConnection
                ? PlannerText::tr(
                      "let Device OS 1.5.2 start and connect to the cellular network (breathing cyan), "
                      "then confirm")
                : PlannerText::tr("let Device OS %1 start before the next release").arg(stop.toString());
        plan.steps.append(wait);
        ++stage;
    }
    const DeviceState end = planStage(stage, state, r.target, true);
    plan.stages = stage;

    for (auto it = end.modules.cbegin(); it != end.modules.cend(); ++it) {
        if (!it->valid)
            continue;
        ExpectedModule e;
        e.function = static_cast<ModuleFunction>(it.key() >> 16);
        e.index = int((it.key() >> 8) & 0xFF);
        // The Electron's system parts install their own bootloader when they start: its version is
        // theirs to choose, not the plan's.
        if (e.function == ModuleFunction::Bootloader && e.index == 0 && p.bootloaderInSystemParts)
            continue;
        e.mcuTarget = int(it.key() & 0xFF);
        e.version = it->version;
        const ModuleSlot *slot = p.slotFor(e.function, e.index, e.mcuTarget, r.target);
        e.part = partLabel(slot, e.function, e.index);
        plan.expected.append(e);
    }
    if (plan.nothingToWrite() && !plan.refused())
        info(QStringLiteral("plan.nothing-to-do"),
             PlannerText::tr(
                 "The device already has Device OS %1 and every module passes its checks: nothing will be "
                 "written.")
                 .arg(r.target.toString()));
}

} // namespace

QList<SemVer> RestorePlanner::intermediateReleases(const Platform &platform, const std::optional<SemVer> &current,
                                                  const SemVer &target, const PlanOptions &options)
{
    QList<SemVer> stops;
    if (const auto stop = twoStageStop(platform, current, target, options.modelSku))
        stops.append(*stop);
    // System parts over YModem step through intermediate releases (reference 7.1): the Electron/E
    // Series through 0.5.5, 0.6.4, 0.7.0 and 1.2.1, the Photon/P1 through 0.7.0 (platforms.json).
    if (!options.allowDfu && current && *current < target) {
        for (const SemVer &v : platform.serialUpgradePath)
            if (*current < v && v < target)
                stops.append(v);
    }
    return stops;
}

RestorePlan RestorePlanner::plan(const PlanRequest &request)
{
    RestorePlan plan;
    if (!request.platform) {
        plan.messages.append({Severity::Refusal, QStringLiteral("plan.no-platform"),
                              PlannerText::tr("No platform was given."), false, false});
        return plan;
    }
    Planner(request, plan).run();
    return plan;
}

QList<PlanMessage> RestorePlanner::checkOrder(const PlanRequest &request, const QList<PlanStep> &steps)
{
    RestorePlan plan;
    if (!request.platform)
        return {};
    Planner(request, plan).checkOrder(steps);
    return plan.refusals();
}

} // namespace dr
