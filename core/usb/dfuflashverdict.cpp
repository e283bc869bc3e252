// Device OS's verdict on modules read back from flash (see dfuflashverdict.h). Sources: DOS v5.9.0
// hal/src/nRF52840/ota_module.cpp fetch_module(), ota_flash_hal.cpp validate_module_dependencies(),
// platform_radio_stack.cpp.
#include "usb/dfuflashverdict.h"

#include <QtEndian>

namespace dr::flashverdict {

namespace {
constexpr quint32 kSoftDeviceMagic = 0x51B1E5DB;
} // namespace

std::optional<quint16> softDeviceVersion(const QByteArray &info)
{
    if (info.size() < qsizetype(kSoftDeviceInfoSize)
        || qFromLittleEndian<quint32>(info.constData() + 4) != kSoftDeviceMagic)
        return std::nullopt;
    return quint16(qFromLittleEndian<quint32>(info.constData() + 0xC) & 0xFFFF);
}

std::optional<quint32> dynamicStart(const QByteArray &tail)
{
    const qsizetype endAt = tail.size();
    if (endAt < 64)
        return std::nullopt;
    const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(tail.constData() + at); };
    const quint16 suffixSize = u16(endAt - 6);
    if (suffixSize <= 40 || endAt - 4 - suffixSize < 0)
        return std::nullopt;
    qsizetype at = endAt - 4 - suffixSize;
    const qsizetype extEnd = endAt - 4 - 36; // the base suffix: reserved, SHA-256, size
    while (at + 4 <= extEnd) {
        const quint16 type = u16(at);
        const quint16 length = u16(at + 2);
        if (length < 4 || at + length > extEnd)
            return std::nullopt;
        if (type == quint16(ModuleExtensionType::DynamicLocation) && length >= 8)
            return qFromLittleEndian<quint32>(tail.constData() + at + 4);
        at += length;
    }
    return std::nullopt;
}

InstalledModule judge(const FlashSlotRead &r, const QList<FlashSlotRead> &installed, int platformId,
                      bool integrityChecked)
{
    InstalledModule m;
    m.store = ModuleStore::Main;
    m.maxSize = r.slot->bounds.size();
    m.validityChecked = integrityChecked ? validity::Usual : quint8(validity::Usual & ~validity::Integrity);
    if (r.softDevice) {
        m.functionCode = quint8(ModuleFunction::RadioStack);
        m.index = r.slot->index;
        m.version = r.softDeviceVersion;
        m.validityResult = m.validityChecked; // Device OS reports the radio stack as passing every check
        return m;
    }
    const FirmwareModule &f = *r.module;
    m.functionCode = f.functionCode;
    m.index = f.index;
    m.version = f.version;
    if (f.function() == ModuleFunction::UserPart && f.storedSha256.size() == 32)
        m.userSha256 = QString::fromLatin1(f.storedSha256.toHex().toUpper());
    for (const ModuleDependency &d : {f.dependency, f.dependency2})
        if (!d.isNone())
            m.dependencies.append(InstalledDependency{d.functionCode, d.index, d.version, {}, {}});
    // fetch_module: module_end (the CRC's address) within the slot's bounds, else nothing passes.
    if (f.startAddress < r.slot->bounds.start || f.endAddress > r.slot->bounds.end)
        return m;
    quint8 passed = validity::Range;
    if (f.platformId == platformId)
        passed |= validity::Platform;
    if (integrityChecked && r.crcValid())
        passed |= validity::Integrity;
    const auto met = [&installed](const ModuleDependency &d) {
        if (d.isNone())
            return true;
        for (const FlashSlotRead &o : installed) {
            const quint8 fn = o.softDevice ? quint8(ModuleFunction::RadioStack) : (o.module ? o.module->functionCode : 0);
            const int index = o.softDevice ? o.slot->index : (o.module ? o.module->index : -1);
            const int version = o.softDevice ? o.softDeviceVersion : (o.module ? o.module->version : -1);
            if (o.present() && fn == d.functionCode && index == d.index && version >= d.version)
                return true;
        }
        return false;
    };
    if (met(f.dependency) && met(f.dependency2))
        passed |= validity::Dependencies;
    m.validityResult = passed;
    return m;
}

} // namespace dr::flashverdict
