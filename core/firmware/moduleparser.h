// Reads Particle module binaries (reference section 2): finds the prefix (known offsets, else a
// scored scan), reads every field, the prefix and suffix TLV extensions, the compressed header, and
// splits combined files. Pure functions over bytes: no I/O, never reads out of bounds, never throws.
// It only describes what is there; ModuleChecks decides whether it is acceptable.
#pragma once

#include "common/result.h"
#include "firmware/firmwaremodule.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace dr {

// Stable error codes of the parser (Error::code).
namespace moduleerror {
inline constexpr char EmptyFile[] = "module.empty-file";
inline constexpr char NotAModule[] = "module.not-a-module";   // no module_info_t anywhere it could be
inline constexpr char Truncated[] = "module.truncated";       // prefix found, file shorter than it says
inline constexpr char BadSuffix[] = "module.bad-suffix";      // suffix size or suffix extensions do not fit
inline constexpr char BadExtension[] = "module.bad-extension"; // a prefix TLV runs past the module
inline constexpr char BadCompression[] = "module.bad-compression"; // compressed header or deflate stream
inline constexpr char TooManyModules[] = "module.too-many-combined";
} // namespace moduleerror

class ModuleParser
{
public:
    // Offsets where Device OS puts module_info_t: after no vector table, the Gen3 one, the Gen2
    // one, Bluz, the Core, and after the 32-byte Realtek image header (rtl872x bootloader).
    static constexpr qsizetype kKnownPrefixOffsets[] = {0, 0x200, 0x184, 0xC0, 0x10C, 0x20};
    static constexpr qsizetype kScanLimit = 8 * 1024; // scanned every 4 bytes up to here otherwise
    static constexpr int kMaxCombinedModules = 16;

    // Every module in a file: one, or several for a combined file (each but the last flagged
    // COMBINED). sourceName names the file in errors.
    // `wholeSha256`, when given, receives the SHA-256 of all of `data` (what the release cache
    // keeps of a file), computed in the same pass as the module's own when the file is one module.
    static Result<QList<FirmwareModule>> parse(const QByteArray &data, const QString &sourceName,
                                               QByteArray *wholeSha256 = nullptr);

    // One module whose first byte (module_start_address) is at `offset` in `data`; bytes after the
    // module are ignored. Used for each part of a combined file.
    static Result<FirmwareModule> parseOne(const QByteArray &data, qsizetype offset, const QString &sourceName,
                                           QByteArray *wholeSha256 = nullptr);

    // A module written in flash: `flash` holds the memory from address `flashBase` on, and the
    // module is expected to begin at `moduleAddress` (a slot start). The prefix must be at a known
    // offset and its start address must equal moduleAddress; the module is as long as its prefix
    // says (erased 0xFF after it is ignored). Used by the virtual device to describe its flash.
    static Result<FirmwareModule> parseInFlash(const QByteArray &flash, quint32 flashBase, quint32 moduleAddress,
                                               const QString &sourceName);

    // The start of a module in flash, read before the rest of it (DFU inspection reads the header
    // first, then only as many bytes as the module says it has): a prefix at a known offset of `head`
    // (the bytes from moduleAddress on) whose start address is moduleAddress. Returns the prefix's
    // fields only (addresses, version, platform, function, index, dependencies, prefixOffset; size =
    // end - start + 4, the CRC included; no bytes, no suffix); nullopt when no prefix fits.
    static constexpr qsizetype kHeaderWindow = 0x200 + FirmwareModule::kPrefixSize; // the largest known offset + prefix
    static std::optional<FirmwareModule> headerInFlash(QByteArrayView head, quint32 moduleAddress);

    // Where module_info_t sits in `data` (module starting at 0), by the rules of reference 2.1:
    // known offsets first, then every 4 bytes up to kScanLimit, best score wins. nullopt if none.
    static std::optional<qsizetype> findPrefix(QByteArrayView data);
};

} // namespace dr
