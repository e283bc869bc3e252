// Loads resources/platforms.json and checks every fact for type, syntax and consistency before
// anything uses it: a wrong address in this file would send bytes to the wrong place on a device.
#include "platform/platformdatabase.h"

#include "version/jsondatareader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dr {

namespace {
// Loading errors are translated; the field-by-field diagnostics of the data file stay English,
// like the schema and the README that they quote.
struct PlatformDataText
{
    Q_DECLARE_TR_FUNCTIONS(dr::PlatformDatabase)
};
} // namespace

namespace {

using R = JsonDataReader;

constexpr quint16 kParticleVendorId = 0x2B04;

PlatformDatabase &builtinStorage()
{
    static PlatformDatabase db;
    return db;
}

bool &builtinLoaded()
{
    static bool loaded = false;
    return loaded;
}

QString hex8(quint32 v)
{
    return R::hexText(v, 8);
}

QString versionRangeText(const std::optional<SemVer> &from, const std::optional<SemVer> &until)
{
    if (from && until)
        return QStringLiteral("Device OS %1 up to %2").arg(from->toString(), until->toString());
    if (from)
        return QStringLiteral("Device OS %1 and later").arg(from->toString());
    if (until)
        return QStringLiteral("Device OS before %1").arg(until->toString());
    return QStringLiteral("every Device OS version");
}

// Reads {"start": "0x...", "end": "0x..."} with end > start (forbidden ranges also carry a reason).
AddressRange readRange(R &r, const QJsonObject &o, const QString &path, bool withReason = false)
{
    if (withReason)
        r.checkKeys(o, path, {"start", "end", "reason"});
    else
        r.checkKeys(o, path, {"start", "end"});
    AddressRange range;
    range.start = r.hex(o, path, "start");
    range.end = r.hex(o, path, "end");
    // Quote the file's own text so a person can search for it.
    const QString endText = o.value(QLatin1String("end")).toString(), startText = o.value(QLatin1String("start")).toString();
    if (!r.failed() && range.end < range.start)
        r.fail(R::at(path, u"end"), QStringLiteral("%1 is below start %2").arg(endText, startText));
    else if (!r.failed() && range.end == range.start)
        r.fail(R::at(path, u"end"), QStringLiteral("%1 equals start %2: the range is empty").arg(endText, startText));
    return range;
}

void readVersionRange(R &r, const QJsonObject &o, const QString &path, std::optional<SemVer> &from,
                      std::optional<SemVer> &until)
{
    from = r.semver(o, path, "fromDeviceOs", R::Optional);
    until = r.semver(o, path, "untilDeviceOs", R::Optional);
    if (from && until && !(*from < *until))
        r.fail(R::at(path, u"untilDeviceOs"),
               QStringLiteral("%1 is not above fromDeviceOs %2").arg(until->toString(), from->toString()));
}

DeviceModel readModel(R &r, const QJsonObject &o, const QString &path)
{
    r.checkKeys(o, path, {"sku", "name", "minimumDeviceOs", "minimumIsHard", "factoryVersion", "ltsMajor",
                          "twoStageDowngradeThrough152", "note"});
    DeviceModel m;
    m.sku = r.string(o, path, "sku");
    m.name = r.string(o, path, "name");
    m.minimumDeviceOs = r.semver(o, path, "minimumDeviceOs", R::Optional);
    m.minimumIsHard = r.boolean(o, path, "minimumIsHard", false);
    m.factoryVersion = r.semver(o, path, "factoryVersion", R::Optional);
    if (o.contains(QLatin1String("ltsMajor")))
        m.ltsMajor = int(r.integer(o, path, "ltsMajor", 1, 99));
    m.twoStageDowngradeThrough152 = r.boolean(o, path, "twoStageDowngradeThrough152", false);
    m.note = r.string(o, path, "note", R::Optional);
    if (r.failed())
        return m;
    if (m.minimumIsHard && !m.minimumDeviceOs)
        r.fail(R::at(path, u"minimumIsHard"), QStringLiteral("is true but there is no minimumDeviceOs"));
    else if (m.minimumIsHard && m.factoryVersion && *m.factoryVersion < *m.minimumDeviceOs)
        r.fail(R::at(path, u"factoryVersion"), QStringLiteral("%1 is below the hard minimum %2")
                                                    .arg(m.factoryVersion->toString(), m.minimumDeviceOs->toString()));
    else if (m.ltsMajor && m.minimumDeviceOs && m.minimumDeviceOs->major() > *m.ltsMajor)
        r.fail(R::at(path, u"ltsMajor"), QStringLiteral("%1 is below the minimum Device OS %2")
                                              .arg(*m.ltsMajor)
                                              .arg(m.minimumDeviceOs->toString()));
    return m;
}

ModuleSlot readSlot(R &r, const QJsonObject &o, const QString &path)
{
    r.checkKeys(o, path, {"name", "otherNames", "function", "index", "mcuTarget", "bounds", "fromDeviceOs",
                          "untilDeviceOs", "transport", "note", "allowOverlap"});
    ModuleSlot s;
    s.name = r.string(o, path, "name");
    const QJsonArray others = r.array(o, path, "otherNames", R::Optional);
    for (qsizetype i = 0; i < others.size(); ++i) {
        if (!others.at(i).isString() || others.at(i).toString().trimmed().isEmpty())
            r.fail(R::at(R::at(path, u"otherNames"), i), QStringLiteral("expected a non-empty string"));
        s.otherNames << others.at(i).toString();
    }
    const QString function = r.string(o, path, "function");
    if (!r.failed()) {
        if (const auto f = moduleFunctionFromName(function); f && *f != ModuleFunction::None)
            s.function = *f;
        else
            r.fail(R::at(path, u"function"),
                   QStringLiteral("\"%1\" is not a module function (bootloader, system_part, user_part, radio_stack, "
                                  "ncp_firmware, mono_firmware, ...)").arg(function));
    }
    s.index = quint8(r.integer(o, path, "index", 0, 255));
    s.mcuTarget = quint8(r.integer(o, path, "mcuTarget", 0, 255, 0));
    s.bounds = readRange(r, r.object(o, path, "bounds"), R::at(path, u"bounds"));
    readVersionRange(r, o, path, s.fromDeviceOs, s.untilDeviceOs);
    const QString transport = r.string(o, path, "transport");
    if (transport == QLatin1String("dfu"))
        s.transport = SlotTransport::Dfu;
    else if (transport == QLatin1String("control-request"))
        s.transport = SlotTransport::ControlRequest;
    else if (transport == QLatin1String("never"))
        s.transport = SlotTransport::Never;
    else if (!r.failed())
        r.fail(R::at(path, u"transport"), QStringLiteral("\"%1\" is not one of dfu, control-request, never").arg(transport));
    s.note = r.string(o, path, "note", R::Optional);
    if (!r.failed() && s.transport == SlotTransport::Never && s.note.trimmed().isEmpty())
        r.fail(R::at(path, u"note"), QStringLiteral("a slot that must never be flashed needs a note saying why"));
    if (o.contains(QLatin1String("allowOverlap"))) {
        const QString opath = R::at(path, u"allowOverlap");
        const QJsonObject ov = r.object(o, path, "allowOverlap");
        r.checkKeys(ov, opath, {"function", "index", "reason"});
        ModuleSlot::Overlap overlap;
        const QString of = r.string(ov, opath, "function");
        if (const auto f = moduleFunctionFromName(of))
            overlap.function = *f;
        else if (!r.failed())
            r.fail(R::at(opath, u"function"), QStringLiteral("\"%1\" is not a module function").arg(of));
        overlap.index = quint8(r.integer(ov, opath, "index", 0, 255));
        overlap.reason = r.string(ov, opath, "reason");
        s.allowedOverlap = overlap;
    }
    return s;
}

DfuAltSetting readAlt(R &r, const QJsonObject &o, const QString &path)
{
    r.checkKeys(o, path, {"alt", "name", "layout", "addressBias"});
    DfuAltSetting a;
    a.alt = int(r.integer(o, path, "alt", 0, 255));
    a.name = r.string(o, path, "name");
    a.layout = r.string(o, path, "layout");
    a.addressBias = r.hex(o, path, "addressBias", 0xFFFFFFFFu, 0);
    if (r.failed())
        return a;
    QString layoutName;
    const auto range = DfuAltSetting::layoutRange(a.layout, &layoutName);
    if (!range)
        r.fail(R::at(path, u"layout"), QStringLiteral("\"%1\" is not a DfuSe memory string like "
                                                      "\"@Internal Flash   /0x08000000/03*016Ka,01*016Kg\"").arg(a.layout));
    else if (layoutName != a.name)
        r.fail(R::at(path, u"name"), QStringLiteral("\"%1\" differs from the name in the layout, \"%2\"").arg(a.name, layoutName));
    else if (a.addressBias != 0 && range->start != a.addressBias)
        r.fail(R::at(path, u"addressBias"), QStringLiteral("%1 differs from the layout's base address %2")
                                                 .arg(hex8(a.addressBias), hex8(range->start)));
    return a;
}

OtaRegion readOta(R &r, const QJsonObject &o, const QString &path)
{
    r.checkKeys(o, path, {"alt", "address", "size", "fromDeviceOs", "untilDeviceOs", "note"});
    OtaRegion ota;
    ota.alt = int(r.integer(o, path, "alt", 0, 255));
    ota.address = r.hex(o, path, "address");
    ota.size = r.hex(o, path, "size");
    if (!r.failed() && ota.size == 0)
        r.fail(R::at(path, u"size"), QStringLiteral("must not be 0"));
    readVersionRange(r, o, path, ota.fromDeviceOs, ota.untilDeviceOs);
    ota.note = r.string(o, path, "note", R::Optional);
    return ota;
}

// Cross-field rules within one platform.
void checkPlatform(R &r, const Platform &p, const QString &path)
{
    if (r.failed())
        return;
    const QString slotsPath = R::at(path, u"slots");
    if (!p.supported) {
        if (p.unsupportedReason.trimmed().isEmpty())
            r.fail(R::at(path, u"unsupportedReason"), QStringLiteral("an unsupported platform must say why"));
    } else {
        if (!p.unsupportedReason.isEmpty())
            r.fail(R::at(path, u"unsupportedReason"), QStringLiteral("is set but the platform is marked supported"));
        if (p.slots.isEmpty())
            r.fail(slotsPath, QStringLiteral("a supported platform needs at least one module slot"));
        if (!p.hasDfu())
            r.fail(R::at(path, u"usb.dfuProductId"), QStringLiteral("a supported platform needs a DFU product id"));
        if (!p.dfuAlt(0))
            r.fail(R::at(path, u"dfu.alts"), QStringLiteral("a supported platform needs DFU alt 0 (internal flash)"));
        if (!p.dfuAlt(p.dctAlt))
            r.fail(R::at(path, u"dct.alt"), QStringLiteral("%1 is not one of the DFU alt settings").arg(p.dctAlt));
        if (p.otaRegions.isEmpty())
            r.fail(R::at(path, u"ota"), QStringLiteral("a supported platform needs its OTA region"));
        if (p.dfuForbidden.isEmpty())
            r.fail(R::at(path, u"dfu.forbidden"), QStringLiteral("a supported platform must name what DFU must never write"));
        if (p.generation < 2)
            r.fail(R::at(path, u"generation"), QStringLiteral("%1: only Gen 2 and later can be supported").arg(p.generation));
    }
    if (p.dctOtaUpdateFlagOffset >= p.dctSize)
        r.fail(R::at(path, u"dct.otaUpdateFlagOffset"), QStringLiteral("%1 is outside the DCT (%2 bytes)")
                                                              .arg(p.dctOtaUpdateFlagOffset)
                                                              .arg(p.dctSize));
    if (p.factoryVersion && p.lastDeviceOs && *p.lastDeviceOs < *p.factoryVersion)
        r.fail(R::at(path, u"lastDeviceOs"), QStringLiteral("%1 is below the factory version %2")
                                                  .arg(p.lastDeviceOs->toString(), p.factoryVersion->toString()));

    // Models: unique SKUs.
    QSet<QString> skus;
    for (qsizetype i = 0; i < p.models.size(); ++i) {
        const QString sku = p.models[i].sku.toUpper();
        if (skus.contains(sku))
            r.fail(R::at(R::at(R::at(path, u"models"), i), u"sku"), QStringLiteral("\"%1\" is listed twice").arg(p.models[i].sku));
        skus.insert(sku);
    }

    // DFU alts: unique numbers.
    for (qsizetype i = 0; i < p.dfuAlts.size(); ++i)
        for (qsizetype j = 0; j < i; ++j)
            if (p.dfuAlts[i].alt == p.dfuAlts[j].alt)
                r.fail(R::at(R::at(R::at(path, u"dfu.alts"), i), u"alt"),
                       QStringLiteral("alt %1 is listed twice").arg(p.dfuAlts[i].alt));

    // A plain value and a flag rather than std::optional: g++ 12 warns falsely (maybe-uninitialized) on the latter here.
    const DfuAltSetting *internal = p.dfuAlt(0);
    const auto internalMemory = internal ? internal->memoryRange() : std::nullopt;
    const bool hasInternal = internalMemory.has_value();
    const AddressRange internalArea = internalMemory.value_or(AddressRange{});
    const AddressRange *internalRange = hasInternal ? &internalArea : nullptr;

    // Forbidden ranges lie in alt 0's memory.
    for (qsizetype i = 0; i < p.dfuForbidden.size() && internalRange; ++i) {
        const AddressRange &f = p.dfuForbidden[i];
        if (!internalRange->containsRange(f.start, f.end))
            r.fail(R::at(R::at(path, u"dfu.forbidden"), i),
                   QStringLiteral("%1-%2 lies outside DFU alt 0 memory %3-%4")
                       .arg(hex8(f.start), hex8(f.end), hex8(internalRange->start), hex8(internalRange->end)));
    }

    // OTA regions: on an existing alt, inside its memory, one per Device OS version.
    for (qsizetype i = 0; i < p.otaRegions.size(); ++i) {
        const OtaRegion &o = p.otaRegions[i];
        const QString opath = R::at(R::at(path, u"ota"), i);
        const DfuAltSetting *alt = p.dfuAlt(o.alt);
        if (!alt) {
            r.fail(R::at(opath, u"alt"), QStringLiteral("%1 is not one of the DFU alt settings").arg(o.alt));
            continue;
        }
        const auto mem = alt->memoryRange();
        if (mem && (quint64(o.address) + o.size > mem->end || o.address < mem->start))
            r.fail(R::at(opath, u"address"), QStringLiteral("%1 + %2 does not fit DFU alt %3 memory %4-%5")
                                                  .arg(hex8(o.address), R::hexText(o.size))
                                                  .arg(o.alt)
                                                  .arg(hex8(mem->start), hex8(mem->end)));
        for (qsizetype j = 0; j < i; ++j) {
            ModuleSlot a, b; // reuse the range arithmetic
            a.fromDeviceOs = o.fromDeviceOs;
            a.untilDeviceOs = o.untilDeviceOs;
            b.fromDeviceOs = p.otaRegions[j].fromDeviceOs;
            b.untilDeviceOs = p.otaRegions[j].untilDeviceOs;
            if (a.deviceOsRangeIntersects(b))
                r.fail(R::at(opath, u"fromDeviceOs"), QStringLiteral("its Device OS range overlaps that of ota[%1]").arg(j));
        }
    }

    // Slots.
    for (qsizetype i = 0; i < p.slots.size() && !r.failed(); ++i) {
        const ModuleSlot &s = p.slots[i];
        const QString spath = R::at(slotsPath, i);
        if (s.transport == SlotTransport::Dfu && s.mcuTarget == 0) {
            if (!internalRange) {
                r.fail(R::at(spath, u"transport"), QStringLiteral("is dfu but the platform has no DFU alt 0"));
            } else if (!internalRange->containsRange(s.bounds.start, s.bounds.end)) {
                r.fail(R::at(spath, u"bounds"), QStringLiteral("%1-%2 lies outside DFU alt 0 memory %3-%4")
                                                     .arg(hex8(s.bounds.start), hex8(s.bounds.end),
                                                          hex8(internalRange->start), hex8(internalRange->end)));
            } else if (const AddressRange *f = p.dfuForbiddenOverlap(s.bounds.start, s.bounds.end)) {
                r.fail(R::at(spath, u"bounds"), QStringLiteral("%1-%2 is written over DFU but touches the forbidden range %3-%4")
                                                     .arg(hex8(s.bounds.start), hex8(s.bounds.end), hex8(f->start), hex8(f->end)));
            } else if (!internal->isWritable(s.bounds.start, s.bounds.end)) {
                r.fail(R::at(spath, u"bounds"), QStringLiteral("%1-%2 is written over DFU but DFU alt 0 does not mark all of it writable")
                                                     .arg(hex8(s.bounds.start), hex8(s.bounds.end)));
            }
        }
        if (s.mcuTarget != 0 && s.transport == SlotTransport::Dfu)
            r.fail(R::at(spath, u"transport"), QStringLiteral("a module for another MCU (target %1) cannot go over DFU").arg(s.mcuTarget));
        for (qsizetype j = 0; j < i && !r.failed(); ++j) {
            const ModuleSlot &t = p.slots[j];
            if (s.mcuTarget != t.mcuTarget || !s.deviceOsRangeIntersects(t))
                continue;
            if (s.function == t.function && s.index == t.index) {
                r.fail(R::at(spath, u"fromDeviceOs"),
                       QStringLiteral("slots[%1] is the same module (%2 %3) for an overlapping Device OS range")
                           .arg(j)
                           .arg(moduleFunctionName(s.function))
                           .arg(s.index));
                break;
            }
            const bool addressesOverlap = s.bounds.start < t.bounds.end && t.bounds.start < s.bounds.end;
            if (!addressesOverlap)
                continue;
            const auto allows = [](const ModuleSlot &a, const ModuleSlot &b) {
                return a.allowedOverlap && a.allowedOverlap->function == b.function && a.allowedOverlap->index == b.index;
            };
            if (!allows(s, t) && !allows(t, s))
                r.fail(R::at(spath, u"bounds"),
                       QStringLiteral("%1-%2 overlaps slots[%3] (%4, %5-%6) for %7; add allowOverlap with a reason if that is real")
                           .arg(hex8(s.bounds.start), hex8(s.bounds.end))
                           .arg(j)
                           .arg(t.name, hex8(t.bounds.start), hex8(t.bounds.end),
                                versionRangeText(s.fromDeviceOs, s.untilDeviceOs)));
        }
        // An allowance must name a slot that is really there and really overlaps.
        if (s.allowedOverlap && !r.failed()) {
            bool found = false;
            for (const ModuleSlot &t : p.slots)
                found = found || (&t != &s && t.function == s.allowedOverlap->function && t.index == s.allowedOverlap->index
                                  && t.mcuTarget == s.mcuTarget && s.deviceOsRangeIntersects(t)
                                  && s.bounds.start < t.bounds.end && t.bounds.start < s.bounds.end);
            if (!found)
                r.fail(R::at(spath, u"allowOverlap"), QStringLiteral("names %1 %2, which does not overlap this slot")
                                                           .arg(moduleFunctionName(s.allowedOverlap->function))
                                                           .arg(s.allowedOverlap->index));
        }
    }
}

Platform readPlatform(R &r, const QJsonObject &o, const QString &path)
{
    r.checkKeys(o, path, {"id", "name", "displayName", "generation", "mcu", "connectivity", "supported",
                          "unsupportedReason", "note", "usb", "controlRequestsSupported",
                          "controlOutTransfersRequireDataStage", "factoryVersion", "lastDeviceOs", "restoreOrder", "models", "slots",
                          "dfu", "dct", "ota"});
    Platform p;
    p.id = int(r.integer(o, path, "id", 0, 0xFFFF));
    p.name = r.string(o, path, "name");
    static const QRegularExpression nameSyntax(QStringLiteral("^[a-z][a-z0-9]*$"));
    if (!r.failed() && !nameSyntax.match(p.name).hasMatch())
        r.fail(R::at(path, u"name"), QStringLiteral("\"%1\" must be lower-case letters and digits, as in platform-id.mk").arg(p.name));
    p.displayName = r.string(o, path, "displayName");
    p.generation = int(r.integer(o, path, "generation", 0, 9));
    p.mcu = r.string(o, path, "mcu");
    p.connectivity = r.string(o, path, "connectivity");
    static const QStringList connectivities = {QStringLiteral("wifi"), QStringLiteral("cellular"),
                                               QStringLiteral("wifi+cellular"), QStringLiteral("mesh"),
                                               QStringLiteral("none"), QStringLiteral("unknown")};
    if (!r.failed() && !connectivities.contains(p.connectivity))
        r.fail(R::at(path, u"connectivity"), QStringLiteral("\"%1\" is not one of %2").arg(p.connectivity, connectivities.join(QStringLiteral(", "))));
    p.supported = r.boolean(o, path, "supported");
    p.unsupportedReason = r.string(o, path, "unsupportedReason", R::Optional);
    p.note = r.string(o, path, "note", R::Optional);

    const QString upath = R::at(path, u"usb");
    const QJsonObject usb = r.object(o, path, "usb");
    r.checkKeys(usb, upath, {"vendorId", "cdcProductId", "dfuProductId"});
    p.usbVendorId = quint16(r.hex(usb, upath, "vendorId", 0xFFFF));
    p.cdcProductId = quint16(r.hex(usb, upath, "cdcProductId", 0xFFFF));
    p.dfuProductId = quint16(r.hex(usb, upath, "dfuProductId", 0xFFFF, 0));
    if (!r.failed() && usb.contains(QLatin1String("dfuProductId")) && p.dfuProductId == 0)
        r.fail(R::at(upath, u"dfuProductId"), QStringLiteral("leave the field out when the platform has no DFU mode"));
    // Particle derives the DFU PID from the CDC PID (0xC0xx -> 0xD0xx; reference 1.1). The Core,
    // on OpenMoko's vendor id, predates that rule.
    if (!r.failed() && p.usbVendorId == kParticleVendorId && p.hasDfu() && p.dfuProductId != (p.cdcProductId | 0xD000))
        r.fail(R::at(upath, u"dfuProductId"), QStringLiteral("%1 is not the CDC product id %2 | 0xD000 = %3")
                                                   .arg(R::hexText(p.dfuProductId, 4), R::hexText(p.cdcProductId, 4),
                                                        R::hexText(p.cdcProductId | 0xD000, 4)));

    p.controlRequestsSupported = r.boolean(o, path, "controlRequestsSupported", true);
    p.controlOutTransfersRequireDataStage = r.boolean(o, path, "controlOutTransfersRequireDataStage", false);
    p.factoryVersion = r.semver(o, path, "factoryVersion", R::Optional);
    p.lastDeviceOs = r.semver(o, path, "lastDeviceOs", R::Optional);

    // Restore-order facts the planner follows (reference 7.1, 7.3).
    const QString opath = R::at(path, u"restoreOrder");
    const QJsonObject order = r.object(o, path, "restoreOrder", R::Optional);
    r.checkKeys(order, opath, {"bootloaderAfterSystemParts", "bootloaderInSystemParts", "serialUpgradePath",
                               "controlRequestsSince"});
    p.bootloaderAfterSystemParts = r.boolean(order, opath, "bootloaderAfterSystemParts", false);
    p.bootloaderInSystemParts = r.boolean(order, opath, "bootloaderInSystemParts", false);
    p.controlRequestsSince = r.semver(order, opath, "controlRequestsSince", R::Optional);
    if (!r.failed() && p.bootloaderAfterSystemParts && p.bootloaderInSystemParts)
        r.fail(R::at(opath, u"bootloaderInSystemParts"),
               QStringLiteral("contradicts bootloaderAfterSystemParts: the bootloader either comes inside the system parts or after them"));
    const QJsonArray upgradePath = r.array(order, opath, "serialUpgradePath", R::Optional);
    for (qsizetype i = 0; i < upgradePath.size() && !r.failed(); ++i) {
        const QString vpath = R::at(R::at(opath, u"serialUpgradePath"), i);
        const auto v = SemVer::parse(upgradePath.at(i).toString());
        if (!upgradePath.at(i).isString() || !v)
            r.fail(vpath, QStringLiteral("must be a Device OS version such as \"0.6.4\""));
        else if (!p.serialUpgradePath.isEmpty() && !(p.serialUpgradePath.last() < *v))
            r.fail(vpath, QStringLiteral("%1 must be newer than the step before it").arg(v->toString()));
        else
            p.serialUpgradePath << *v;
    }

    const QJsonArray models = r.array(o, path, "models", p.supported ? R::Required : R::Optional);
    for (qsizetype i = 0; i < models.size() && !r.failed(); ++i) {
        const QString mpath = R::at(R::at(path, u"models"), i);
        p.models << readModel(r, r.asObject(models.at(i), mpath), mpath);
    }
    const QJsonArray slots = r.array(o, path, "slots", p.supported ? R::Required : R::Optional);
    for (qsizetype i = 0; i < slots.size() && !r.failed(); ++i) {
        const QString spath = R::at(R::at(path, u"slots"), i);
        p.slots << readSlot(r, r.asObject(slots.at(i), spath), spath);
    }

    const QString dpath = R::at(path, u"dfu");
    const QJsonObject dfu = r.object(o, path, "dfu", p.supported ? R::Required : R::Optional);
    r.checkKeys(dfu, dpath, {"alts", "forbidden"});
    const QJsonArray alts = r.array(dfu, dpath, "alts", p.supported ? R::Required : R::Optional);
    for (qsizetype i = 0; i < alts.size() && !r.failed(); ++i) {
        const QString apath = R::at(R::at(dpath, u"alts"), i);
        p.dfuAlts << readAlt(r, r.asObject(alts.at(i), apath), apath);
    }
    const QJsonArray forbidden = r.array(dfu, dpath, "forbidden", p.supported ? R::Required : R::Optional);
    for (qsizetype i = 0; i < forbidden.size() && !r.failed(); ++i) {
        const QString fpath = R::at(R::at(dpath, u"forbidden"), i);
        const QJsonObject fo = r.asObject(forbidden.at(i), fpath);
        p.dfuForbidden << readRange(r, fo, fpath, true);
        p.dfuForbiddenReasons << r.string(fo, fpath, "reason");
    }

    const QString cpath = R::at(path, u"dct");
    const QJsonObject dct = r.object(o, path, "dct", p.supported ? R::Required : R::Optional);
    r.checkKeys(dct, cpath, {"alt", "otaUpdateFlagOffset", "size"});
    if (!dct.isEmpty()) {
        p.dctAlt = int(r.integer(dct, cpath, "alt", 0, 255));
        p.dctOtaUpdateFlagOffset = quint32(r.integer(dct, cpath, "otaUpdateFlagOffset", 0, 0xFFFFFF));
        p.dctSize = quint32(r.integer(dct, cpath, "size", 1, 0xFFFFFF));
    }

    const QJsonArray ota = r.array(o, path, "ota", p.supported ? R::Required : R::Optional);
    for (qsizetype i = 0; i < ota.size() && !r.failed(); ++i) {
        const QString opath = R::at(R::at(path, u"ota"), i);
        p.otaRegions << readOta(r, r.asObject(ota.at(i), opath), opath);
    }
    checkPlatform(r, p, path);
    return p;
}

} // namespace

Result<PlatformDatabase> PlatformDatabase::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("data.platforms-unreadable"),
            PlatformDataText::tr("%1: cannot be read (%2).").arg(path, f.errorString()),
            PlatformDataText::tr(
                "Check the path (DEVICE_RESTORE_PLATFORMS if you set it) and the file's permissions."));
    return fromJson(f.readAll(), path);
}

Result<PlatformDatabase> PlatformDatabase::fromJson(const QByteArray &json, const QString &sourceName)
{
    R r(sourceName, QStringLiteral("data.platforms-invalid"),
        PlatformDataText::tr(
            "Fix the platform database (README, \"Platform database\"), or unset DEVICE_RESTORE_PLATFORMS "
            "to use the built-in one."));
    const QJsonObject root = r.parseRoot(json);
    r.checkKeys(root, QString(), {"platforms"});
    const QJsonArray list = r.array(root, QString(), "platforms");
    if (!r.failed() && list.isEmpty())
        r.fail(QStringLiteral("platforms"), QStringLiteral("the list is empty"));

    PlatformDatabase db;
    QHash<int, qsizetype> ids;
    QHash<QString, qsizetype> names;
    QHash<quint32, QString> usbIds; // vid << 16 | pid -> where first seen
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = R::at(QStringLiteral("platforms"), i);
        const Platform p = readPlatform(r, r.asObject(list.at(i), path), path);
        if (r.failed())
            break;
        if (ids.contains(p.id))
            r.fail(R::at(path, u"id"), QStringLiteral("%1 is also the id of platforms[%2]").arg(p.id).arg(ids.value(p.id)));
        for (const QString &n : {p.name.toLower(), p.displayName.toLower()}) {
            const auto it = names.constFind(n);
            if (it != names.cend() && *it != i)
                r.fail(R::at(path, n == p.name.toLower() ? u"name" : u"displayName"),
                       QStringLiteral("\"%1\" is also used by platforms[%2]").arg(n).arg(*it));
            names.insert(n, i);
        }
        const auto claim = [&](quint16 pid, const char *field) {
            const quint32 key = (quint32(p.usbVendorId) << 16) | pid;
            const QString where = R::at(R::at(path, u"usb"), QLatin1String(field));
            if (usbIds.contains(key))
                r.fail(where, QStringLiteral("%1:%2 is also used by %3")
                                  .arg(R::hexText(p.usbVendorId, 4), R::hexText(pid, 4), usbIds.value(key)));
            usbIds.insert(key, where);
        };
        claim(p.cdcProductId, "cdcProductId");
        if (p.hasDfu())
            claim(p.dfuProductId, "dfuProductId");
        ids.insert(p.id, i);
        db.m_platforms << p;
    }
    if (r.failed())
        return r.error();
    std::sort(db.m_platforms.begin(), db.m_platforms.end(), [](const Platform &a, const Platform &b) { return a.id < b.id; });
    return db;
}

Result<void> PlatformDatabase::loadBuiltin()
{
    builtinLoaded() = true;
    const QByteArray overridePath = qgetenv("DEVICE_RESTORE_PLATFORMS");
    Result<PlatformDatabase> loaded = [&]() -> Result<PlatformDatabase> {
        if (!overridePath.isEmpty())
            return load(QString::fromLocal8Bit(overridePath));
        QFile f(QStringLiteral(":/dr/platforms.json"));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("data.platforms-unreadable"),
                             PlatformDataText::tr("The built-in platform database is missing."),
                             PlatformDataText::tr(
                                 "Rebuild the program; the resource :/dr/platforms.json was not linked in."));
        return fromJson(f.readAll(), QStringLiteral("platforms.json"));
    }();
    if (!loaded.ok()) {
        builtinStorage() = PlatformDatabase();
        return loaded.error();
    }
    builtinStorage() = std::move(loaded).value();
    return {};
}

const PlatformDatabase &PlatformDatabase::builtin()
{
    // Callers that forgot loadBuiltin() still get the data; an invalid file gives an empty
    // database here, and loadBuiltin() at start-up is where that error is reported.
    // Serialised so that two threads asking first do not both load; loadBuiltin() itself is
    // meant for start-up, before worker threads exist.
    static QMutex lazyLoad;
    const QMutexLocker lock(&lazyLoad);
    if (!builtinLoaded())
        (void)loadBuiltin();
    return builtinStorage();
}

const Platform *PlatformDatabase::byId(int id) const
{
    for (const Platform &p : m_platforms)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Platform *PlatformDatabase::byName(QStringView name) const
{
    for (const Platform &p : m_platforms)
        if (name.compare(p.name, Qt::CaseInsensitive) == 0 || name.compare(p.displayName, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

const Platform *PlatformDatabase::byUsbId(quint16 vendorId, quint16 productId) const
{
    for (const Platform &p : m_platforms)
        if (p.usbVendorId == vendorId && (p.cdcProductId == productId || (p.hasDfu() && p.dfuProductId == productId)))
            return &p;
    return nullptr;
}

} // namespace dr
