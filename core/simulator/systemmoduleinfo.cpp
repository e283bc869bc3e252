// Module info encodings of the virtual device (see systemmoduleinfo.h).
#include "simulator/systemmoduleinfo.h"

#include "serial/moduleinspectionjson.h"
#include "usb/particlecontrol.pb.h"

#include <QCryptographicHash>

namespace dr::sim {

namespace {

// Digits derived from the device ID, so that a device always reports the same IMEI and ICCID.
QString derivedDigits(const QString &deviceId, const char *salt, int count)
{
    const QByteArray hash =
        QCryptographicHash::hash(deviceId.toLatin1() + salt, QCryptographicHash::Sha256);
    QString out;
    for (int i = 0; out.size() < count; ++i)
        out += QChar(u'0' + uchar(hash[i % hash.size()]) % 10);
    return out;
}

quint32 legacyType(ModuleFunction f)
{
    switch (f) {
    case ModuleFunction::Bootloader: return 1;
    case ModuleFunction::SystemPart: return 2;
    case ModuleFunction::UserPart: return 3;
    case ModuleFunction::MonoFirmware: return 4;
    case ModuleFunction::NcpFirmware: return 5;
    case ModuleFunction::RadioStack: return 6;
    default: return 0;
    }
}

QList<ModuleDependency> dependenciesOf(const VirtualModuleInfo &m)
{
    QList<ModuleDependency> deps;
    for (const ModuleDependency &dep : {m.dependency, m.dependency2}) {
        if (!dep.isNone())
            deps.append(dep);
    }
    return deps;
}

} // namespace

QByteArray systemModuleInfoJson(const VirtualDevice &device)
{
    ModuleInspection inspection;
    inspection.platformId = device.platform().id;
    if (device.platform().connectivity.contains(QLatin1String("cellular"))) {
        inspection.properties.append(
            {QStringLiteral("imei"), QStringLiteral("imei"), derivedDigits(device.deviceId(), "imei", 15)});
        inspection.properties.append({QStringLiteral("iccid"), QStringLiteral("iccid"),
                                      QStringLiteral("8901") + derivedDigits(device.deviceId(), "iccid", 16)});
    }
    for (const VirtualModuleInfo &m : device.modules()) {
        if (!m.present)
            continue; // Device OS skips slots without a module of a valid function
        InstalledModule out;
        out.functionCode = quint8(m.function);
        out.index = m.index;
        out.version = m.version;
        out.store = m.store;
        out.maxSize = m.maxSize;
        out.validityChecked = quint8(m.validityChecked);
        out.validityResult = quint8(m.validityResult);
        if (m.function == ModuleFunction::UserPart)
            out.userSha256 = QString::fromLatin1(m.sha256.toHex().toUpper());
        for (const ModuleDependency &d : dependenciesOf(m)) {
            InstalledDependency dep;
            dep.functionCode = d.functionCode;
            dep.index = d.index;
            dep.version = d.version;
            out.dependencies.append(dep);
        }
        inspection.modules.append(out);
    }
    return ModuleInspectionJson::write(inspection);
}

QByteArray moduleInfoProtobuf(const VirtualDevice &device, ModuleInfoProtobuf format)
{
    pb::GetModuleInfoReply reply;
    for (const VirtualModuleInfo &m : device.modules()) {
        if (!m.present)
            continue;
        if (format == ModuleInfoProtobuf::FirmwareModule) {
            pb::FirmwareModule *f = reply.add_modules();
            f->set_type(quint32(m.function));
            f->set_index(m.index);
            f->set_version(m.version);
            f->set_store(quint32(m.store));
            f->set_max_size(m.maxSize);
            f->set_checked_flags(m.validityChecked);
            f->set_passed_flags(m.validityResult);
            f->set_hash(m.sha256.constData(), size_t(m.sha256.size()));
            f->set_size(m.size);
            for (const ModuleDependency &dep : dependenciesOf(m)) {
                pb::FirmwareModuleDependency *pd = f->add_dependencies();
                pd->set_type(dep.functionCode);
                pd->set_index(dep.index);
                pd->set_version(dep.version);
            }
        } else {
            pb::GetModuleInfoReply::Module *f = reply.add_modules_deprecated();
            f->set_type(legacyType(m.function));
            f->set_index(m.index);
            f->set_version(m.version);
            f->set_size(m.size);
            quint32 validity = 0;
            if (!(m.validityResult & ValidityIntegrity))
                validity |= 0x01;
            if (!(m.validityResult & ValidityDependencies))
                validity |= 0x02;
            f->set_validity(validity);
            for (const ModuleDependency &dep : dependenciesOf(m)) {
                auto *pd = f->add_dependencies();
                pd->set_type(legacyType(dep.function()));
                pd->set_index(dep.index);
                pd->set_version(dep.version);
            }
        }
    }
    return QByteArray::fromStdString(reply.SerializeAsString());
}

} // namespace dr::sim
