// Look-ups over one platform's facts (slots by Device OS version, OTA region, models, DFU alts).
#include "platform/platform.h"

#include "version/jsondatareader.h"

namespace dr {

namespace {

struct FunctionName
{
    ModuleFunction function;
    const char *name;
};

// The names binary-version-reader and the Particle API use for module_function_t.
constexpr FunctionName kFunctionNames[] = {
    {ModuleFunction::None, "none"},
    {ModuleFunction::Resource, "resource"},
    {ModuleFunction::Bootloader, "bootloader"},
    {ModuleFunction::MonoFirmware, "mono_firmware"},
    {ModuleFunction::SystemPart, "system_part"},
    {ModuleFunction::UserPart, "user_part"},
    {ModuleFunction::Settings, "settings"},
    {ModuleFunction::NcpFirmware, "ncp_firmware"},
    {ModuleFunction::RadioStack, "radio_stack"},
    {ModuleFunction::Asset, "asset"},
};

bool inRange(const SemVer &v, const std::optional<SemVer> &from, const std::optional<SemVer> &until)
{
    return (!from || v >= *from) && (!until || v < *until);
}

// Of several matching entries, the one for the newest Device OS: open-ended first, then the
// latest start. Used when the caller gives no version.
bool newer(const std::optional<SemVer> &fromA, const std::optional<SemVer> &untilA,
           const std::optional<SemVer> &fromB, const std::optional<SemVer> &untilB)
{
    if (untilA.has_value() != untilB.has_value())
        return !untilA.has_value();
    if (untilA && *untilA != *untilB)
        return *untilA > *untilB;
    if (fromA.has_value() != fromB.has_value())
        return fromA.has_value();
    return fromA && *fromA > *fromB;
}

} // namespace

QString moduleFunctionName(ModuleFunction f)
{
    for (const FunctionName &n : kFunctionNames)
        if (n.function == f)
            return QString::fromLatin1(n.name);
    return QStringLiteral("unknown(%1)").arg(int(f));
}

std::optional<ModuleFunction> moduleFunctionFromName(QStringView name)
{
    for (const FunctionName &n : kFunctionNames)
        if (name == QLatin1String(n.name))
            return n.function;
    return std::nullopt;
}

bool isKnownModuleFunction(int code)
{
    return code >= int(ModuleFunction::None) && code <= int(ModuleFunction::Asset);
}

bool ModuleSlot::appliesTo(const SemVer &deviceOs) const
{
    return inRange(deviceOs, fromDeviceOs, untilDeviceOs);
}

bool ModuleSlot::hasName(QStringView n) const
{
    if (n.compare(name, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &other : otherNames)
        if (n.compare(other, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool ModuleSlot::deviceOsRangeIntersects(const ModuleSlot &other) const
{
    // [a, b) and [c, d) intersect when a < d and c < b; a missing bound is infinite.
    const bool startsBeforeOtherEnds = !fromDeviceOs || !other.untilDeviceOs || *fromDeviceOs < *other.untilDeviceOs;
    const bool otherStartsBeforeEnd = !other.fromDeviceOs || !untilDeviceOs || *other.fromDeviceOs < *untilDeviceOs;
    return startsBeforeOtherEnds && otherStartsBeforeEnd;
}

bool OtaRegion::appliesTo(const SemVer &deviceOs) const
{
    return inRange(deviceOs, fromDeviceOs, untilDeviceOs);
}

std::optional<AddressRange> DfuAltSetting::memoryRange() const
{
    return layoutRange(layout);
}

namespace {

struct LayoutSector
{
    quint64 start, end;
    QChar properties;
};

// "@<name>/0x<address>/<count>*<size><unit><props>,..." (DfuSe UM0424; reference 1.4). Sectors are
// contiguous from the base address; the property letter a..g says readable/erasable/writable.
std::optional<QList<LayoutSector>> parseLayout(QStringView layout, QString *name)
{
    if (!layout.startsWith(QLatin1Char('@')))
        return std::nullopt;
    const auto parts = layout.mid(1).split(QLatin1Char('/'));
    if (parts.size() != 3)
        return std::nullopt;
    const auto base = JsonDataReader::parseHex(parts[1]);
    if (!base || parts[0].trimmed().isEmpty())
        return std::nullopt;
    QList<LayoutSector> sectors;
    quint64 at = *base;
    for (QStringView seg : parts[2].split(QLatin1Char(','))) {
        const qsizetype star = seg.indexOf(QLatin1Char('*'));
        if (star <= 0 || seg.size() < star + 4)
            return std::nullopt;
        bool ok = false;
        const quint64 count = seg.left(star).toULongLong(&ok);
        if (!ok || count == 0 || count > 0x100000)
            return std::nullopt;
        const QStringView rest = seg.mid(star + 1);
        const QChar props = rest.back();
        const QChar unit = rest.at(rest.size() - 2);
        const quint64 size = rest.left(rest.size() - 2).toULongLong(&ok);
        if (!ok || size == 0 || size > 0x10000 || props < QLatin1Char('a') || props > QLatin1Char('g'))
            return std::nullopt;
        quint64 multiplier = 1;
        if (unit == QLatin1Char('K'))
            multiplier = 1024;
        else if (unit == QLatin1Char('M'))
            multiplier = 1024 * 1024;
        else if (unit != QLatin1Char(' ') && unit != QLatin1Char('B'))
            return std::nullopt;
        const quint64 end = at + count * size * multiplier;
        if (end >= 0x100000000ull) // AddressRange cannot hold an end of 4 GiB
            return std::nullopt;
        sectors << LayoutSector{at, end, props};
        at = end;
    }
    if (name)
        *name = parts[0].trimmed().toString();
    return sectors;
}

} // namespace

std::optional<AddressRange> DfuAltSetting::layoutRange(QStringView layout, QString *name)
{
    const auto sectors = parseLayout(layout, name);
    if (!sectors)
        return std::nullopt;
    return AddressRange{quint32(sectors->front().start), quint32(sectors->back().end)};
}

bool DfuAltSetting::isWritable(quint32 start, quint32 end) const
{
    const auto sectors = parseLayout(layout, nullptr);
    if (!sectors || end <= start)
        return false;
    quint64 covered = start;
    for (const LayoutSector &s : *sectors) {
        if (s.end <= covered || s.start >= end)
            continue;
        // d = writable, e = readable+writable, f = erasable+writable, g = all three.
        if (s.start > covered || s.properties < QLatin1Char('d'))
            return false;
        covered = s.end;
        if (covered >= end)
            return true;
    }
    return false;
}

const ModuleSlot *Platform::slotFor(ModuleFunction f, int index, int mcuTarget, const std::optional<SemVer> &deviceOs) const
{
    const ModuleSlot *best = nullptr;
    for (const ModuleSlot &s : slots) {
        if (s.function != f || s.index != index || s.mcuTarget != mcuTarget)
            continue;
        if (deviceOs) {
            if (s.appliesTo(*deviceOs))
                return &s; // the loader guarantees one entry per version
            continue;
        }
        if (!best || newer(s.fromDeviceOs, s.untilDeviceOs, best->fromDeviceOs, best->untilDeviceOs))
            best = &s;
    }
    return best;
}

QList<const ModuleSlot *> Platform::slotsFor(ModuleFunction f, int index, int mcuTarget) const
{
    QList<const ModuleSlot *> out;
    for (const ModuleSlot &s : slots)
        if (s.function == f && s.index == index && s.mcuTarget == mcuTarget)
            out << &s;
    return out;
}

const ModuleSlot *Platform::slotByName(QStringView name, const std::optional<SemVer> &deviceOs) const
{
    // Gen 3 "tinker" is the 128 KB user part before 3.1.0 and the 256 KB one from 3.1.0, when
    // both exist: the entry that starts latest is the one the release files use.
    const ModuleSlot *best = nullptr;
    for (const ModuleSlot &s : slots) {
        if (!s.hasName(name))
            continue;
        if (deviceOs && !s.appliesTo(*deviceOs))
            continue;
        if (!best || newer(s.fromDeviceOs, s.untilDeviceOs, best->fromDeviceOs, best->untilDeviceOs))
            best = &s;
    }
    return best;
}

const OtaRegion *Platform::otaRegionFor(const SemVer &deviceOs) const
{
    for (const OtaRegion &r : otaRegions)
        if (r.appliesTo(deviceOs))
            return &r;
    return nullptr;
}

const DeviceModel *Platform::model(QStringView sku) const
{
    for (const DeviceModel &m : models)
        if (sku.compare(m.sku, Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

const DfuAltSetting *Platform::dfuAlt(int alt) const
{
    for (const DfuAltSetting &a : dfuAlts)
        if (a.alt == alt)
            return &a;
    return nullptr;
}

const AddressRange *Platform::dfuForbiddenOverlap(quint32 start, quint32 end) const
{
    for (const AddressRange &r : dfuForbidden)
        if (start < r.end && r.start < end)
            return &r;
    return nullptr;
}

} // namespace dr
