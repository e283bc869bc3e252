// The console's replies, built from the model. See consolereplies.h.
#include "simulator/consolereplies.h"

#include "serial/moduleinspectionjson.h"
#include "simulator/modulevalidation.h"
#include "simulator/virtualdevice.h"

#include <QCryptographicHash>

#include <algorithm>

namespace dr::sim::consolereplies {

namespace {

// Stable made-up values per device (IMEI, ICCID, MAC): the real ones come from the modem and the
// Wi-Fi chip, which the model does not have.
QByteArray derivedDigits(const QString &deviceId, const char *salt, int count)
{
    const QByteArray hash = QCryptographicHash::hash(deviceId.toLatin1() + salt, QCryptographicHash::Sha256);
    QByteArray digits;
    for (int i = 0; digits.size() < count; ++i)
        digits.append(char('0' + quint8(hash[i % hash.size()]) % 10));
    return digits;
}

bool isCellular(const Platform &p)
{
    return p.connectivity.contains(QLatin1String("cellular"));
}

// The modem firmware `cellfw` reports: u-blox SARA firmware strings (the value is invented; the
// form is the modem's).
QString cellRadioVersion(const Platform &p)
{
    return p.generation >= 3 ? QStringLiteral("L0.0.00.00.05.12") : QStringLiteral("23.60");
}

// The HAL's system properties (add_system_properties): ms and sn when the unit has them (only for
// `i`: `s` asks with HAL_SYSTEM_INFO_FLAGS_CLOUD, which leaves them out), then imei, iccid, cellfw.
QList<DeviceProperty> systemProperties(const VirtualDevice &device, const ConsoleIdentity *identity)
{
    QList<DeviceProperty> out;
    if (identity && !identity->deviceSecret.isEmpty())
        out.append({QStringLiteral("ms"), QStringLiteral("Device Secret"), identity->deviceSecret});
    if (identity && !identity->serialNumber.isEmpty())
        out.append({QStringLiteral("sn"), QStringLiteral("Serial Number"), identity->serialNumber});
    if (isCellular(device.platform())) {
        out.append({QStringLiteral("imei"), QStringLiteral("IMEI"),
                    QString::fromLatin1(derivedDigits(device.deviceId(), "imei", 15))});
        out.append({QStringLiteral("iccid"), QStringLiteral("ICCID"),
                    QStringLiteral("8901") + QString::fromLatin1(derivedDigits(device.deviceId(), "iccid", 16))});
        out.append({QStringLiteral("cellfw"), QStringLiteral("Cell Radio Version"), cellRadioVersion(device.platform())});
    }
    return out;
}

// module_bounds[] order: bootloader, system parts, user parts (main, then factory), NCP, radio stack.
int boundsRank(const VirtualModuleInfo &m)
{
    switch (m.function) {
    case ModuleFunction::Bootloader: return 0;
    case ModuleFunction::SystemPart: return 1;
    case ModuleFunction::UserPart: return m.store == ModuleStore::Factory ? 3 : 2;
    case ModuleFunction::NcpFirmware: return 4;
    case ModuleFunction::RadioStack: return 5;
    default: return 6;
    }
}

quint32 dctAddress(const VirtualDevice &device, quint32 offset)
{
    const auto dct = device.memory(device.platform().dctAlt);
    return dct ? dct->layout.startAddress() + offset : offset;
}

} // namespace

QByteArray deviceId(const VirtualDevice &device, const ConsoleIdentity &identity)
{
    const QByteArray id = device.deviceId().toLatin1();
    const QList<DeviceProperty> properties = systemProperties(device, &identity);
    if (properties.isEmpty())
        return "Your device id is " + id + "\r\n";
    QByteArray out = "Device ID: " + id + "\r\n";
    for (const DeviceProperty &p : properties)
        out += p.label.toUtf8() + ": " + p.value.toUtf8() + "\r\n";
    return out;
}

QByteArray macAddress(const VirtualDevice &device)
{
    // network_config()->nw.uaMacAddr. A cellular interface has no MAC: zeros (reference 8: unverified).
    QByteArray bytes(6, '\0');
    if (!isCellular(device.platform())) {
        const QByteArray hash = QCryptographicHash::hash(device.deviceId().toLatin1() + "mac", QCryptographicHash::Sha256);
        bytes = hash.left(6);
        bytes[0] = char((quint8(bytes[0]) & 0xFC)); // a unicast, universally administered address
    }
    QByteArray mac;
    for (int i = 0; i < bytes.size(); ++i)
        mac += (i ? ":" : "") + bytes.mid(i, 1).toHex();
    return "Your device MAC address is\r\n" + mac + "\r\n";
}

QByteArray claimed(const VirtualDevice &device)
{
    const QByteArray flag = device.peek(device.platform().dctAlt, dctAddress(device, kDctClaimedOffset), 1);
    return QByteArray("Device claimed: ") + (flag == "1" ? "yes" : "no") + "\r\n";
}

Result<void> setClaimCode(VirtualDevice &device, const QByteArray &code)
{
    return device.load(device.platform().dctAlt, dctAddress(device, kDctClaimCodeOffset), code.left(kClaimCodeLength));
}

QByteArray moduleJson(const VirtualDevice &device, const ConsoleBehaviour &behaviour)
{
    const Platform &platform = device.platform();
    ModuleInspection inspection;
    inspection.platformId = platform.id;
    inspection.properties = systemProperties(device, nullptr);
    QList<VirtualModuleInfo> modules = device.modules();
    std::stable_sort(modules.begin(), modules.end(),
                     [](const VirtualModuleInfo &a, const VirtualModuleInfo &b) { return boundsRank(a) < boundsRank(b); });
    for (const VirtualModuleInfo &m : modules) {
        InstalledModule out;
        out.store = m.store;
        out.maxSize = m.maxSize;
        if (!m.present) {
            if (behaviour.jsonListsEmptySlots) // the slot, without f/n/v
                inspection.modules.append(out);
            continue;
        }
        const bool userPart = m.function == ModuleFunction::UserPart;
        if (userPart && m.store == ModuleStore::Main && !(m.validityResult & ValidityIntegrity)
            && hidesInvalidUserPart(behaviour, platform.generation))
            continue;
        // f/n/v are the module's own (its prefix), not the slot's; the radio stack has no prefix.
        out.functionCode = quint8(m.module ? m.module->function() : m.function);
        out.index = m.module ? m.module->index : m.index;
        out.version = m.version;
        out.validityChecked = quint8(m.validityChecked);
        out.validityResult = quint8(m.validityResult);
        if (userPart)
            out.userSha256 = QString::fromLatin1(m.sha256.toHex().toUpper());
        QList<ModuleDependency> deps{m.dependency};
        if (behaviour.jsonSecondDependency)
            deps.append(m.dependency2);
        for (const ModuleDependency &d : deps) {
            if (d.isNone())
                continue;
            InstalledDependency dep;
            dep.functionCode = d.functionCode;
            dep.index = d.index;
            dep.version = d.version;
            out.dependencies.append(dep);
        }
        inspection.modules.append(out);
    }
    ModuleJsonStyle style;
    style.dependencyUnderscore = behaviour.jsonDependencyUnderscore;
    return ModuleInspectionJson::write(inspection, style) + "\r\n";
}

QByteArray diagnostics(const VirtualDevice &device)
{
    // system_format_diag_data: {"<diag id>":value,...}: 1 sys:reset (20 = RESET_REASON_PIN_RESET; the
    // model keeps no reset reason), 2 mem:free, 4 sys:loops, 5 app:loops, 6 sys:uptime (values invented).
    Q_UNUSED(device);
    return "{\"1\":20,\"2\":42120,\"4\":0,\"5\":0,\"6\":12}\r\n";
}

QByteArray rejectedFile(const ConsoleBehaviour &behaviour, const Error &validation)
{
    // The model's OTA validation (validateOtaModule) carries Device OS's own system error in its code
    // ("sim.ota.-1330"); any other refusal (no update started, ...) is the generic OTA_VALIDATION_FAILED.
    // Up to 1.5.x the text is the validity result instead: the checks that passed, the failed one cleared.
    int systemError = otaSystemError(validation);
    quint32 passed = kValidityChecked;
    switch (systemError) {
    case otaerror::IntegrityCheckFailed:
        passed &= ~quint32(ValidityIntegrity);
        break;
    case otaerror::DependencyCheckFailed:
        passed &= ~quint32(ValidityDependencies);
        break;
    case otaerror::InvalidAddress:
        passed &= ~quint32(ValidityRange);
        break;
    case otaerror::InvalidPlatform:
        passed &= ~quint32(ValidityPlatform);
        break;
    case otaerror::ModuleNotFound: // no module info at all: no check could pass
        passed = 0;
        break;
    case 0:
        systemError = -1320; // OTA_VALIDATION_FAILED
        break;
    default:
        break;
    }
    switch (behaviour.rejectedFileText) {
    case RejectedFileText::HexFlags:
        return "Validation failed: 0x" + QByteArray::number(passed, 16);
    case RejectedFileText::ErrorCode:
        return "Validation failed: " + QByteArray::number(systemError);
    case RejectedFileText::None:
        break;
    }
    return {};
}

} // namespace dr::sim::consolereplies
