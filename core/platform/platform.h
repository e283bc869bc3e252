// Platform facts (reference section 1), loaded from resources/platforms.json. No platform fact
// lives anywhere else in the code: USB ids, module slots and their bounds per Device OS range,
// DFU alt settings, OTA/DCT addresses, quirks, models with their minimum and factory versions.
#pragma once

#include "version/semver.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dr {

// module_function_t (reference 2.2)
enum class ModuleFunction : quint8 {
    None = 0,
    Resource = 1,
    Bootloader = 2,
    MonoFirmware = 3,
    SystemPart = 4,
    UserPart = 5,
    Settings = 6,
    NcpFirmware = 7,
    RadioStack = 8,
    Asset = 9,
};
QString moduleFunctionName(ModuleFunction f); // "bootloader", "system_part", "user_part", "radio_stack", ...
std::optional<ModuleFunction> moduleFunctionFromName(QStringView name);
bool isKnownModuleFunction(int code);

// How a module normally gets onto the device.
enum class SlotTransport : quint8 {
    Dfu,            // written at its address over DFU alt 0
    ControlRequest, // firmware-update control requests (250-253) or YModem in listening mode
    Never,          // must never be flashed (the rtl872x prebootloader-mbr)
};

struct AddressRange
{
    quint32 start = 0;
    quint32 end = 0; // exclusive
    quint32 size() const { return end - start; }
    bool contains(quint32 address) const { return address >= start && address < end; }
    bool containsRange(quint32 s, quint32 e) const { return s >= start && e <= end && s <= e; }
};

// One module slot with the bounds Device OS uses for its Address Range check (reference 1.3, 2.6).
// A slot whose bounds changed across releases has one entry per Device OS range.
struct ModuleSlot
{
    QString name; // release file part name: "bootloader", "system-part1", "softdevice", "tinker", ...
    ModuleFunction function = ModuleFunction::None;
    quint8 index = 0;
    quint8 mcuTarget = 0; // 0 = main MCU; 33 = ESP32 NCP
    AddressRange bounds;  // Device OS accepts module_end_address in [start, end]
    std::optional<SemVer> fromDeviceOs;  // inclusive; nullopt = since the beginning
    std::optional<SemVer> untilDeviceOs; // exclusive; nullopt = still current
    SlotTransport transport = SlotTransport::Dfu;
    QString note; // why this slot is special, for people ("never flash: the KM0 MBR")
    QStringList otherNames; // further release file part names for the same slot ("tracker-edge")

    // Two slots of one MCU may share addresses only where Device OS really does so (the Gen 3
    // 256 KB user part contains the legacy 128 KB one); the data file says which and why.
    struct Overlap
    {
        ModuleFunction function = ModuleFunction::None;
        quint8 index = 0;
        QString reason;
    };
    std::optional<Overlap> allowedOverlap;

    bool appliesTo(const SemVer &deviceOs) const;
    bool hasName(QStringView name) const; // name or one of otherNames, case-insensitive
    // True when the Device OS ranges of the two entries share at least one version.
    bool deviceOsRangeIntersects(const ModuleSlot &other) const;
};

struct DfuAltSetting
{
    int alt = 0;
    QString name;         // "Internal Flash", "DCT Flash", "External Flash", "Serial Flash"
    QString layout;       // the DfuSe memory string the bootloader reports
    quint32 addressBias = 0; // Gen3 external flash is addressed at raw offset + 0x80000000

    // The address range the layout string covers ("@Internal Flash /0x08000000/03*016Ka,..."),
    // nullopt when the string is not a DfuSe memory string.
    std::optional<AddressRange> memoryRange() const;
    static std::optional<AddressRange> layoutRange(QStringView layout, QString *name = nullptr);
    // True when every byte of [start, end) lies in sectors the layout marks writable (d, e, f, g).
    bool isWritable(quint32 start, quint32 end) const;
};

struct OtaRegion
{
    int alt = 0;          // DFU alt setting through which it is reachable
    quint32 address = 0;  // DfuSe address on that alt (bias included)
    quint32 size = 0;
    std::optional<SemVer> fromDeviceOs;
    std::optional<SemVer> untilDeviceOs;
    QString note;

    bool appliesTo(const SemVer &deviceOs) const;
};

struct DeviceModel
{
    QString sku;  // "BRN404X", "B402", "P2"
    QString name; // marketing name
    std::optional<SemVer> minimumDeviceOs;
    bool minimumIsHard = false;          // true: the device cannot run older (refuse); false: recommended (warn)
    std::optional<SemVer> factoryVersion;
    std::optional<int> ltsMajor;         // stays on this LTS line (2 for Gen2 models)
    bool twoStageDowngradeThrough152 = false; // BRN402/B402: >= 2.0.0 to <= 1.5.1 goes through 1.5.2
    QString note;
};

struct Platform
{
    int id = -1;
    QString name;        // "boron"
    QString displayName; // "Boron"
    int generation = 0;
    QString mcu;         // "nrf52840", "stm32f2xx", "rtl872x"
    QString connectivity; // "wifi", "cellular", "wifi+cellular", "none"
    quint16 usbVendorId = 0;
    quint16 cdcProductId = 0;
    quint16 dfuProductId = 0; // 0 when the platform has no DFU mode
    bool supported = false;
    QString unsupportedReason; // non-empty when !supported; English, as in platforms.json
    // unsupportedReason in the language of the installed translators (platformtexts.cpp lists the
    // texts of the built-in database for lupdate); as written when there is no translation.
    QString unsupportedReasonText() const;

    QList<DeviceModel> models;
    QList<ModuleSlot> slots;
    QList<DfuAltSetting> dfuAlts;
    QList<OtaRegion> otaRegions;
    QList<AddressRange> dfuForbidden; // never written over DFU (bootloader, MBR, everything below 0x08060000 on rtl872x)
    QStringList dfuForbiddenReasons;  // one per dfuForbidden entry, same order, for people
    int dctAlt = 1;
    quint32 dctOtaUpdateFlagOffset = 1753; // write 0xA5 to apply the module in the OTA region on next boot
    quint32 dctSize = 16384;
    bool controlOutTransfersRequireDataStage = false; // rtl872x quirk (reference 1.1)
    bool controlRequestsSupported = true;
    std::optional<SemVer> factoryVersion;
    std::optional<SemVer> lastDeviceOs; // newest Device OS released for it (Xenon: 1.5.2); nullopt = current
    QString note;

    // Restore-order facts (reference 7.1, 7.3). The Photon/P1 bootloader is flashed after the system
    // parts; the Electron's bootloader is applied by its own system parts and never flashed alone;
    // Electron system parts sent over YModem/OTA step through these releases in turn.
    bool bootloaderAfterSystemParts = false;
    bool bootloaderInSystemParts = false;
    QList<SemVer> serialUpgradePath;
    std::optional<SemVer> controlRequestsSince; // Gen2 0.8.0, Gen3 0.9.0; nullopt = always

    // The slot for (function, index, mcuTarget) that applies to a Device OS version; nullopt version
    // means "any": the newest matching entry.
    const ModuleSlot *slotFor(ModuleFunction f, int index, int mcuTarget = 0,
                              const std::optional<SemVer> &deviceOs = std::nullopt) const;
    // Every entry for (function, index, mcuTarget), across Device OS ranges.
    QList<const ModuleSlot *> slotsFor(ModuleFunction f, int index, int mcuTarget = 0) const;
    const ModuleSlot *slotByName(QStringView name, const std::optional<SemVer> &deviceOs = std::nullopt) const;
    const OtaRegion *otaRegionFor(const SemVer &deviceOs) const;
    const DeviceModel *model(QStringView sku) const;
    const DfuAltSetting *dfuAlt(int alt) const;
    // The forbidden range that [start, end) touches on alt 0, or nullptr when DFU may write there.
    const AddressRange *dfuForbiddenOverlap(quint32 start, quint32 end) const;
    bool hasDfu() const { return dfuProductId != 0; }
};

} // namespace dr
