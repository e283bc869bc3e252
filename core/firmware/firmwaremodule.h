// One Particle firmware module as found in a file or in flash: the prefix (module_info_t), its TLV
// extensions, the payload, and the suffix (product data, SHA-256, CRC-32). Reference section 2.
// FirmwareModule is a plain value; ModuleParser builds it, ModuleChecks judges it.
#pragma once

#include "common/result.h"
#include "platform/platform.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dr {

// module_info_flags_t (reference 2.3)
enum class ModuleFlag : quint8 {
    DropModuleInfo = 0x01,   // the prefix is not written to the target: strip it when DFU-flashing
    Compressed = 0x02,       // payload is raw deflate after an 8-byte compressed_module_header
    Combined = 0x04,         // another module follows this one in the same file
    Encrypted = 0x08,
    PrefixExtensions = 0x10, // TLV extensions follow the 24-byte prefix
};
constexpr quint8 kKnownModuleFlags = 0x1F;
QStringList moduleFlagNames(quint8 flags); // {"drop_module_info", "compressed", ...}; unknown bits as "0x40"

// module_info_extension_type_t (reference 2.5)
enum class ModuleExtensionType : quint16 {
    End = 0x0000,
    ProductData = 0x0001,
    DynamicLocation = 0x0002,
    Dependency = 0x0003,
    Hash = 0x0010,
    Name = 0x0011,
    AssetDependency = 0x0012,
    SecurityMode = 0x0013,
    AssetType = 0x0014,
    Invalid = 0xFFFF,
};
QString moduleExtensionTypeName(quint16 type); // "product_data", ...; unknown types as "0x1234"

struct ModuleExtension
{
    quint16 type = 0;
    quint16 length = 0;   // as stored: includes the 4-byte {type, length} header
    qsizetype offset = 0; // offset of the header inside the module
    QByteArray data;      // the payload after the header (length - 4 bytes)

    ModuleExtensionType knownType() const { return static_cast<ModuleExtensionType>(type); }
};

struct ModuleDependency
{
    quint8 functionCode = 0; // raw byte; ModuleFunction when known
    quint8 index = 0;
    quint16 version = 0;

    ModuleFunction function() const { return static_cast<ModuleFunction>(functionCode); }
    bool isNone() const { return functionCode == 0; }
};

// compressed_module_header (reference 2.7)
struct CompressedModuleHeader
{
    quint16 headerSize = 8;
    quint8 method = 0;     // 0 = raw deflate
    quint8 windowBits = 0; // 0 means 15
    quint32 originalSize = 0;
};

struct FirmwareModule
{
    static constexpr qsizetype kPrefixSize = 24;          // sizeof(module_info_t)
    static constexpr qsizetype kMinSuffixSize = 36;        // reserved u16 + SHA-256 + size u16
    static constexpr qsizetype kProductSuffixSize = 40;    // + product id u16 + product version u16

    QString sourceName;       // file name (or "flash@0x..."), for messages
    qsizetype fileOffset = 0; // where this module's first byte (module_start_address) sits in the file
    qsizetype prefixOffset = 0; // offset of module_info_t from the module's first byte

    // module_info_t
    quint32 startAddress = 0;
    quint32 endAddress = 0; // exclusive; the CRC is stored here, so the module is end - start + 4 bytes
    quint8 mcuTarget = 0;   // the 'reserved' byte: 0 main MCU, 33 ESP32 NCP
    quint8 flags = 0;
    quint16 version = 0;
    quint16 platformId = 0;
    quint8 functionCode = 0; // raw byte; function() when known
    quint8 index = 0;
    ModuleDependency dependency;
    ModuleDependency dependency2;

    QList<ModuleExtension> prefixExtensions; // only with ModuleFlag::PrefixExtensions
    qsizetype prefixSize = kPrefixSize;       // 24 + the extensions, up to and including END

    // suffix (read backwards from the end of the module)
    quint16 suffixSize = 0;
    // Product data: the u16s at L-44 / L-42, present when the suffix carries them (size >= 40 with
    // raw product data, or a PRODUCT_DATA suffix extension ending at L-40 as on rtl872x).
    std::optional<quint16> productId;
    std::optional<quint16> productVersion;
    QList<ModuleExtension> suffixExtensions; // when suffixSize > 40 (rtl872x: DYNAMIC_LOCATION, PRODUCT_DATA)
    QByteArray storedSha256;   // 32 bytes
    QByteArray computedSha256; // over [0, L-38); with DROP_MODULE_INFO over the payload only
                               // (prefix end to suffix start), as the real softdevice files are hashed
    quint32 storedCrc = 0;     // stored big-endian after the module
    quint32 computedCrc = 0;   // CRC-32 (zlib) over [0, length - 4)

    std::optional<CompressedModuleHeader> compression; // with ModuleFlag::Compressed

    qsizetype size = 0; // the module's length: end - start + 4 bytes, CRC included
    // The whole module (size bytes), or nothing: a holder that can read it again lets it go once the
    // module is judged (FirmwareBundle keeps only the description; BundleModule::readModule() reads
    // the bytes again). Everything above stays true of the module either way.
    QByteArray bytes;

    ModuleFunction function() const { return static_cast<ModuleFunction>(functionCode); }
    bool hasFlag(ModuleFlag f) const { return (flags & static_cast<quint8>(f)) != 0; }
    qsizetype length() const { return size; }
    bool hasBytes() const { return bytes.size() == size && size > 0; }
    bool crcValid() const { return storedCrc == computedCrc; }
    bool shaValid() const { return storedSha256 == computedSha256; }

    // The exact bytes to write at startAddress when flashing over DFU: the whole module, minus the
    // prefix when DROP_MODULE_INFO is set (the softdevice), as particle-cli and the docs tool do.
    QByteArray flashImage() const;
    // Its length, known without the bytes.
    qsizetype flashImageSize() const;

    // Bytes between the prefix (with its extensions and any compressed header) and the suffix.
    QByteArray storedPayload() const;

    // For compressed modules: the inflated data (raw deflate; window bits 0 means 15): the original
    // uncompressed module, or only its payload when DROP_MODULE_INFO is set too (reference 2.7).
    // Refuses to produce more than min(originalSize, maxOutput) bytes, so a crafted stream cannot
    // exhaust memory, and fails unless exactly originalSize bytes come out.
    // For modules that are not compressed it returns storedPayload().
    Result<QByteArray> decompressedPayload(qsizetype maxOutput = 8 * 1024 * 1024) const;
};

} // namespace dr
