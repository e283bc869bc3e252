// Builds valid Particle module binaries from a description: prefix (+ TLV extensions), payload
// (optionally raw-deflate compressed), suffix (product data, extensions, SHA-256) and the big-endian
// CRC-32, exactly as Device OS's build does (reference 2.1-2.7). Used by tests, the virtual device,
// and wherever a module must be re-sealed (e.g. adding the SECURITY_MODE extension to a bootloader).
#pragma once

#include "firmware/firmwaremodule.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace dr {

struct ModuleSpec
{
    quint32 startAddress = 0;
    quint8 mcuTarget = 0;
    quint8 flags = 0; // extra flags; COMPRESSED, PREFIX_EXTENSIONS and COMBINED are set by the builder
    quint16 version = 0;
    quint16 platformId = 0;
    quint8 functionCode = static_cast<quint8>(ModuleFunction::UserPart);
    quint8 index = 1;
    ModuleDependency dependency;
    ModuleDependency dependency2;

    qsizetype prefixOffset = 0; // filler bytes (a vector table) before module_info_t
    QByteArray payload;         // module data after the prefix (or after its extensions)

    QList<ModuleExtension> prefixExtensions; // END is appended by the builder
    // Suffix extensions, in order, before the base suffix. For an rtl872x-style suffix put
    // dynamicLocation() then productData() here and leave productId unset.
    QList<ModuleExtension> suffixExtensions;
    // Raw product data as Gen2/Gen3 carry it (suffix size 40 instead of 36); 0xFFFF when only one is set.
    std::optional<quint16> productId;
    std::optional<quint16> productVersion;

    bool compress = false; // raw deflate of the payload after an 8-byte compressed_module_header
};

class ModuleBuilder
{
public:
    // One module; end address = start + length - 4. The result parses back to the spec.
    static QByteArray build(const ModuleSpec &spec);

    // Several modules in one file; COMBINED is set on every one except the last.
    static QByteArray buildCombined(const QList<ModuleSpec> &specs);

    // Recomputes the SHA-256 and CRC-32 of a module (first byte at 0, prefix at prefixOffset) after
    // its bytes were edited; the suffix size and flags are read from the module itself.
    static void reseal(QByteArray &module, qsizetype prefixOffset = 0);

    // Extension payload encoders (reference 2.5).
    // Laid out as the real rtl872x files have it (0xFFFF, id, version), so that when it ends the
    // suffix extensions the id and version sit at L-44 / L-42 like raw product data.
    static ModuleExtension productData(quint16 id, quint16 version);
    static ModuleExtension dynamicLocation(quint32 moduleStart, quint32 dynalibLoad, quint32 dynalibStart);
    static ModuleExtension dependency(ModuleFunction function, quint8 index, quint16 version, quint32 targetId = 0);
    static ModuleExtension name(const QByteArray &name);
    static ModuleExtension securityMode(quint8 mode, const QByteArray &certificate = {});
    static ModuleExtension extension(quint16 type, const QByteArray &data);
};

} // namespace dr
