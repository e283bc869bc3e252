// ModuleChecks: CRC, SHA, platform, slot bounds for the Device OS range that applies, function for
// the slot, dependencies in words. Platform facts come from the PlatformDatabase only.
#include "firmware/modulechecks.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace dr {

namespace {

struct ChecksText
{
    Q_DECLARE_TR_FUNCTIONS(dr::ModuleChecks)
};

// Larger than any slot of any platform (the rtl872x system part is 1.5 MB).
constexpr qsizetype kMaxInflatedModule = 16 * 1024 * 1024;

QString hex32(quint32 v)
{
    return QStringLiteral("0x") + QString::number(v, 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

QString partWords(quint8 functionCode, quint8 index)
{
    QString name;
    switch (static_cast<ModuleFunction>(functionCode)) {
    case ModuleFunction::None:
        name = ChecksText::tr("no module");
        break;
    case ModuleFunction::Resource:
        name = ChecksText::tr("resource");
        break;
    case ModuleFunction::Bootloader:
        name = ChecksText::tr("bootloader");
        break;
    case ModuleFunction::MonoFirmware:
        name = ChecksText::tr("monolithic firmware");
        break;
    case ModuleFunction::SystemPart:
        name = ChecksText::tr("system part");
        break;
    case ModuleFunction::UserPart:
        name = ChecksText::tr("user part");
        break;
    case ModuleFunction::Settings:
        name = ChecksText::tr("settings");
        break;
    case ModuleFunction::NcpFirmware:
        name = ChecksText::tr("NCP firmware");
        break;
    case ModuleFunction::RadioStack:
        name = ChecksText::tr("radio stack");
        break;
    case ModuleFunction::Asset:
        name = ChecksText::tr("asset");
        break;
    default:
        return ChecksText::tr("module function %1 index %2").arg(functionCode).arg(index);
    }
    const auto f = static_cast<ModuleFunction>(functionCode);
    if (f == ModuleFunction::SystemPart || f == ModuleFunction::UserPart || index != 0)
        name =
            ChecksText::tr("%1 %2", "a module kind and its index, e.g. 'system part 1'").arg(name).arg(index);
    return name;
}

QString rangeText(const ModuleSlot &s)
{
    QString from = s.fromDeviceOs ? s.fromDeviceOs->toString() : QString();
    QString until = s.untilDeviceOs ? s.untilDeviceOs->toString() : QString();
    if (from.isEmpty() && until.isEmpty()) return ChecksText::tr("all Device OS versions");
    if (until.isEmpty()) return ChecksText::tr("Device OS %1 and later").arg(from);
    if (from.isEmpty()) return ChecksText::tr("Device OS before %1").arg(until);
    return ChecksText::tr("Device OS %1 up to %2").arg(from, until);
}

QString boundsText(const ModuleSlot &s)
{
    return QStringLiteral("%1..%2").arg(hex32(s.bounds.start), hex32(s.bounds.end));
}

// The module, CRC included, lies within the slot: [start, end + 4) inside [bounds.start, bounds.end).
bool fits(const FirmwareModule &m, const ModuleSlot &s)
{
    const quint64 end = quint64(m.endAddress) + 4;
    return m.startAddress >= s.bounds.start && end <= quint64(s.bounds.end) && m.startAddress < m.endAddress;
}

// Every slot on the platform for the module's MCU, across functions (the platform API offers
// lookups by function and index; modules use small indices).
QList<const ModuleSlot *> allSlots(const Platform &p, int mcuTarget)
{
    QList<const ModuleSlot *> out;
    for (int f = 1; f <= 9; ++f)
        for (int i = 0; i < 8; ++i)
            out += p.slotsFor(static_cast<ModuleFunction>(f), i, mcuTarget);
    return out;
}

} // namespace

QString modulePartWords(quint8 functionCode, quint8 index)
{
    return partWords(functionCode, index);
}

QString checkOutcomeName(CheckOutcome o)
{
    switch (o) {
    case CheckOutcome::Pass:
        return ChecksText::tr("PASS");
    case CheckOutcome::Fail:
        return ChecksText::tr("FAIL");
    case CheckOutcome::NotChecked:
        return ChecksText::tr("NOT CHECKED");
    }
    return {};
}

bool ModuleVerdict::ok() const
{
    return integrity.passed() && sha.passed() && platformKnown.passed() && bounds.passed() && functionSlot.passed()
           && compression.outcome != CheckOutcome::Fail;
}

QList<Error> ModuleVerdict::errors() const
{
    QList<Error> out;
    for (const ModuleCheck *c : {&integrity, &sha, &compression, &platformKnown, &functionSlot, &bounds})
        if (c->error)
            out << *c->error;
    return out;
}

ModuleChecks::ModuleChecks(const PlatformDatabase &platforms, const DeviceOsVersionTable &versions)
    : m_platforms(&platforms), m_versions(&versions)
{
}

ModuleChecks ModuleChecks::builtin()
{
    return ModuleChecks(PlatformDatabase::builtin(), DeviceOsVersionTable::builtin());
}

std::optional<SemVer> ModuleChecks::deviceOsOfSystemVersion(int systemModuleVersion) const
{
    return m_versions->semverForSystemVersion(systemModuleVersion);
}

DependencyDescription ModuleChecks::describe(const ModuleDependency &dependency) const
{
    DependencyDescription d;
    d.dependency = dependency;
    const QString part = partWords(dependency.functionCode, dependency.index);
    std::optional<SemVer> release;
    if (dependency.function() == ModuleFunction::SystemPart) {
        d.deviceOs = m_versions->semverForSystemVersion(dependency.version);
        release = d.deviceOs;
    } else if (dependency.function() == ModuleFunction::Bootloader && dependency.index == 0) {
        d.bootloaderReleases = m_versions->semversForBootloaderVersion(dependency.version);
        if (!d.bootloaderReleases.isEmpty()) release = d.bootloaderReleases.first();
    }
    d.text = release ? ChecksText::tr("%1 >= %2 (Device OS %3)",
                                      "a module dependency: part, minimum module version")
                           .arg(part)
                           .arg(dependency.version)
                           .arg(release->toString())
                     : ChecksText::tr("%1 >= %2", "a module dependency: part, minimum module version")
                           .arg(part)
                           .arg(dependency.version);
    return d;
}

ModuleVerdict ModuleChecks::check(const FirmwareModule &m) const
{
    ModuleVerdict v;
    const QString file = m.sourceName;
    const QString part = partWords(m.functionCode, m.index);

    // Integrity: what the device checks before it runs a module.
    if (m.crcValid()) {
        v.integrity = {CheckOutcome::Pass, ChecksText::tr("CRC-32 %1 matches").arg(hex32(m.storedCrc)),
                       std::nullopt};
    } else {
        v.integrity = {
            CheckOutcome::Fail,
            ChecksText::tr("stored CRC-32 %1, computed %2").arg(hex32(m.storedCrc), hex32(m.computedCrc)),
            makeError(QString::fromLatin1(moduleerror::CrcMismatch),
                      ChecksText::tr("%1: the CRC-32 check failed (stored %2, computed %3): the file is "
                                     "damaged, and a device would refuse to run it.")
                          .arg(file, hex32(m.storedCrc), hex32(m.computedCrc)),
                      ChecksText::tr("Do not flash it. Download the file again from its original source."))};
    }
    if (m.shaValid()) {
        v.sha = {CheckOutcome::Pass, ChecksText::tr("SHA-256 matches"), std::nullopt};
    } else {
        v.sha = {
            CheckOutcome::Fail,
            ChecksText::tr("stored SHA-256 %1, computed %2")
                .arg(QString::fromLatin1(m.storedSha256.toHex()),
                     QString::fromLatin1(m.computedSha256.toHex())),
            makeError(
                QString::fromLatin1(moduleerror::ShaMismatch),
                ChecksText::tr("%1: the SHA-256 stored in the module does not match its contents: the file "
                               "was changed after it was built.")
                    .arg(file),
                ChecksText::tr("Do not flash it. Download the file again from its original source."),
                ChecksText::tr("stored %1, computed %2")
                    .arg(QString::fromLatin1(m.storedSha256.toHex()),
                         QString::fromLatin1(m.computedSha256.toHex())))};
    }

    const auto checkCompression = [&](qsizetype limit) {
        if (!m.compression) {
            v.compression = {CheckOutcome::NotChecked, ChecksText::tr("not compressed"), std::nullopt};
            return;
        }
        // Never inflate more than the limit, whatever the header claims (decompression bombs).
        const Result<QByteArray> inflated = m.decompressedPayload(limit);
        if (inflated.ok())
            v.compression = {CheckOutcome::Pass,
                             ChecksText::tr("inflates to %1 bytes as declared").arg(inflated->size()),
                             std::nullopt};
        else
            v.compression = {CheckOutcome::Fail, inflated.error().message, inflated.error()};
    };
    checkCompression(kMaxInflatedModule);

    // Device OS versions this module belongs to, from the version table.
    if (m.function() == ModuleFunction::SystemPart)
        v.moduleDeviceOs = m_versions->semverForSystemVersion(m.version);
    else if (m.function() == ModuleFunction::Bootloader && m.index == 0)
        v.bootloaderReleases = m_versions->semversForBootloaderVersion(m.version);
    for (const ModuleDependency &dep : {m.dependency, m.dependency2})
        if (!dep.isNone())
            v.dependencies << describe(dep);

    v.platform = m_platforms->byId(m.platformId);
    if (!v.platform) {
        v.platformKnown = {
            CheckOutcome::Fail, ChecksText::tr("platform id %1 is unknown").arg(m.platformId),
            makeError(QString::fromLatin1(moduleerror::UnknownPlatform),
                      ChecksText::tr("%1: the module is for platform id %2, which is not a Particle "
                                     "platform Device Restore knows.")
                          .arg(file)
                          .arg(m.platformId),
                      ChecksText::tr("Check that the file is firmware for your device, built by "
                                     "Particle's tools; the file may also be damaged."))};
        v.bounds = {CheckOutcome::NotChecked, ChecksText::tr("platform unknown"), std::nullopt};
        v.functionSlot = {CheckOutcome::NotChecked, ChecksText::tr("platform unknown"), std::nullopt};
        return v;
    }
    const Platform &p = *v.platform;
    v.platformKnown = {CheckOutcome::Pass, QStringLiteral("%1 (%2)").arg(p.displayName).arg(p.id), std::nullopt};

    // Which Device OS range's bounds apply: a system part's own version, else a bootloader's own
    // version, else what its dependencies ask for; unknown means "any range that fits".
    std::optional<SemVer> os;
    if (v.moduleDeviceOs) {
        os = v.moduleDeviceOs;
        v.boundsBasis = ChecksText::tr("its version %1 is Device OS %2").arg(m.version).arg(os->toString());
    } else if (!v.bootloaderReleases.isEmpty()) {
        os = v.bootloaderReleases.first();
        v.boundsBasis = ChecksText::tr("its version %1 first shipped with Device OS %2")
                            .arg(m.version)
                            .arg(os->toString());
    } else {
        for (const DependencyDescription &d : std::as_const(v.dependencies)) {
            const std::optional<SemVer> dos =
                d.deviceOs ? d.deviceOs
                           : (d.bootloaderReleases.isEmpty() ? std::nullopt
                                                             : std::optional<SemVer>(d.bootloaderReleases.first()));
            if (dos) {
                os = dos;
                v.boundsBasis = ChecksText::tr("it needs %1").arg(d.text);
                break;
            }
        }
    }

    const QList<const ModuleSlot *> candidates = p.slotsFor(m.function(), m.index, m.mcuTarget);
    if (!p.supported && allSlots(p, m.mcuTarget).isEmpty()) {
        // A real platform the database describes without module slots (the Core, unreleased SoMs):
        // the module may be fine, but there is nothing to check its addresses against.
        const QString msg = ChecksText::tr("%1 is not supported: %2").arg(p.displayName, p.unsupportedReasonText());
        const Error e =
            makeError(QString::fromLatin1(moduleerror::UnsupportedPlatform),
                      ChecksText::tr("%1: the module is for the %2, which Device Restore does not support, "
                                     "so its addresses cannot be checked.")
                          .arg(file, p.displayName),
                      ChecksText::tr("Use Particle's own tools for this device."), p.unsupportedReasonText());
        v.bounds = {CheckOutcome::NotChecked, msg, e};
        v.functionSlot = {CheckOutcome::NotChecked, ChecksText::tr("platform not supported"), std::nullopt};
        return v;
    }
    if (candidates.isEmpty()) {
        const QString msg = ChecksText::tr("%1 has no %2 slot").arg(p.displayName, part);
        v.functionSlot = {
            CheckOutcome::Fail, msg,
            makeError(QString::fromLatin1(moduleerror::NoSlot),
                      ChecksText::tr("%1: the module says it is a %2 for %3, but %3 has no such module.")
                          .arg(file, part, p.displayName),
                      ChecksText::tr("The file was not built for this platform by Particle's tools, or "
                                     "it is damaged. Do not flash it."))};
        v.bounds = {CheckOutcome::NotChecked, msg, std::nullopt};
        return v;
    }

    const ModuleSlot *slot = nullptr;
    if (os) {
        slot = p.slotFor(m.function(), m.index, m.mcuTarget, os);
        if (slot)
            v.boundsDeviceOs = os;
    }
    if (!slot) {
        // Device OS unknown (or before the platform's table): accept any range that fits, and say which.
        for (const ModuleSlot *s : candidates)
            if (fits(m, *s)) {
                slot = s;
                break;
            }
        const QString why = os ? ChecksText::tr("no bounds listed for Device OS %1").arg(os->toString())
                               : ChecksText::tr("Device OS version unknown");
        v.boundsBasis = slot ? ChecksText::tr("%1; fits the bounds for %2").arg(why, rangeText(*slot))
                             : ChecksText::tr("%1; fits none of the ranges").arg(why);
        if (!slot)
            slot = candidates.last();
    }
    v.slot = slot;

    if (m.compression)
        checkCompression(qsizetype(slot->bounds.size())); // no larger than the slot it is for

    const QString span = QStringLiteral("%1..%2").arg(hex32(m.startAddress), hex32(m.endAddress));
    if (fits(m, *slot)) {
        v.bounds = {CheckOutcome::Pass,
                    ChecksText::tr("%1 lies within %2 (%3 bounds for %4)")
                        .arg(span, boundsText(*slot), slot->name, rangeText(*slot)),
                    std::nullopt};
    } else {
        v.bounds = {
            CheckOutcome::Fail,
            ChecksText::tr("%1 is outside %2 (%3 bounds for %4)")
                .arg(span, boundsText(*slot), slot->name, rangeText(*slot)),
            makeError(
                QString::fromLatin1(moduleerror::OutOfBounds),
                ChecksText::tr("%1: the %2 occupies %3, outside the %4 slot of the %5 (%6, for %7).")
                    .arg(file, part, span, slot->name, p.displayName, boundsText(*slot), rangeText(*slot)),
                ChecksText::tr("It would overwrite other firmware; do not flash it. Use a file built "
                               "for the %1 and this Device OS version.")
                    .arg(p.displayName),
                v.boundsBasis)};
    }

    // The start address must be in a slot of the module's own function and index. A module whose
    // header says "user part" but whose address is the system part's slot is mislabelled.
    QStringList others;
    bool own = false;
    const QList<const ModuleSlot *> every = allSlots(p, m.mcuTarget);
    for (const ModuleSlot *s : every) {
        if (!s->bounds.contains(m.startAddress))
            continue;
        if (s->function == m.function() && s->index == m.index)
            own = true;
        else if (s->function != ModuleFunction::MonoFirmware && !others.contains(s->name))
            others << s->name;
    }
    if (own) {
        v.functionSlot = {CheckOutcome::Pass,
                          ChecksText::tr("%1 is in the %2 slot").arg(hex32(m.startAddress), slot->name),
                          std::nullopt};
    } else if (!others.isEmpty()) {
        v.functionSlot = {
            CheckOutcome::Fail,
            ChecksText::tr("%1 is in the %2 slot, not a %3 slot")
                .arg(hex32(m.startAddress), others.join(QStringLiteral(", ")), part),
            makeError(
                QString::fromLatin1(moduleerror::WrongFunctionForSlot),
                ChecksText::tr("%1: the module says it is a %2, but its start address %3 is the %4 "
                               "slot of the %5.")
                    .arg(file, part, hex32(m.startAddress), others.join(QStringLiteral(", ")), p.displayName),
                ChecksText::tr("The module header is inconsistent: the file was built wrongly or "
                               "altered. Do not flash it."))};
    } else {
        v.functionSlot = {
            CheckOutcome::NotChecked,
            ChecksText::tr("%1 is in no module slot of the %2").arg(hex32(m.startAddress), p.displayName),
            std::nullopt};
    }
    return v;
}

} // namespace dr
