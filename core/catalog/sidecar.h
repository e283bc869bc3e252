// The module-info sidecar published beside each restore zip ({platform}.json): binary-version-
// reader's prefixInfo/suffixInfo for every part (release-sources.md 2.4), keyed by the part name
// the zip's generator used ("system-part1", "softdevice", "ncp", ...). It repeats what each module
// holds (addresses, platform, function, index, version, dependencies, CRC-32 `crcBlock`, SHA-256
// `fwUniqueId`, on rtl872x the suffix extensions), so a verifier can check the module bytes against
// it. Key names are not stable across versions: match parts to modules by their header, not by name.
#pragma once

#include "common/result.h"
#include "firmware/firmwaremodule.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dr {

namespace sidecarerror {
inline constexpr char Malformed[] = "sidecar.malformed";   // not the binary-version-reader schema
inline constexpr char Disagrees[] = "sidecar.disagrees";   // a field differs from the module's bytes
inline constexpr char NoPart[] = "sidecar.no-part";        // the sidecar does not describe a module
inline constexpr char Unmatched[] = "sidecar.unmatched";   // the sidecar names a part the zip lacks
} // namespace sidecarerror

struct SidecarExtension
{
    int type = 0;
    int length = 0;     // header included
    qint64 offset = 0;  // of the header, from the module's first byte
    QByteArray bytes;   // the whole extension, header included ({"type":"Buffer","data":[...]})
};

struct SidecarPart
{
    QString name; // the key: "system-part1", "bootloader", "tracker-edge", "ncp"
    // prefixInfo
    quint32 startAddress = 0;
    quint32 endAddress = 0;
    int reserved = 0; // the MCU target (33 = ESP32 NCP)
    int flags = 0;
    int version = 0;
    int platformId = 0;
    int functionCode = 0;
    int index = 0;
    ModuleDependency dependency;
    ModuleDependency dependency2;
    std::optional<int> prefixSize;   // newer readers only
    std::optional<int> prefixOffset; // 0, 32, 388 or 512
    // suffixInfo
    std::optional<int> productId;      // nullopt for -1 (no product data)
    std::optional<int> productVersion;
    QByteArray fwUniqueId; // 32 bytes: the module's stored SHA-256
    int suffixReserved = 0;
    int suffixSize = 0;
    quint32 crcBlock = 0; // the module's stored CRC-32
    QList<SidecarExtension> extensions; // rtl872x suffix extensions
};

class Sidecar
{
public:
    // The JSON document; errors name the source, the part and the field (sidecar.malformed).
    static Result<Sidecar> fromJson(const QByteArray &json, const QString &sourceName);
    // What binary-version-reader would write for a module (tests, restore layouts, kits).
    static SidecarPart describe(const QString &name, const FirmwareModule &module);
    static Sidecar fromParts(QList<SidecarPart> parts);
    // JSON in the published format (JSON.stringify(x, null, 2) key order).
    QByteArray toJson() const;

    const QList<SidecarPart> &parts() const { return m_parts; }
    const SidecarPart *part(QStringView name) const;
    // The part describing a module: same platform, function, index, MCU target and start address.
    const SidecarPart *match(const FirmwareModule &module) const;

    // Every field of the part agrees with the module's bytes; else sidecar.disagrees naming `where`
    // and the fields that differ.
    static Result<void> verify(const SidecarPart &part, const FirmwareModule &module, const QString &where);

private:
    QList<SidecarPart> m_parts;
};

} // namespace dr
