// ModuleParser: finds module_info_t, reads prefix, extensions and suffix (reference 2.1-2.7).
// Every read is preceded by a range check against the module's own length, and the module's length
// comes from its prefix only after checking it fits the data, so no input can make it read out of
// bounds.
#include "firmware/moduleparser.h"

#include "common/sha256.h"
#include "firmware/littleendian.h"

#include <QCoreApplication>
#include <libdeflate.h>

#include <algorithm>

namespace dr {

namespace {

// Messages and remedies are translated; Error::detail (offsets, sizes) stays as it is.
struct ParserText
{
    Q_DECLARE_TR_FUNCTIONS(dr::ModuleParser)
};

using namespace dr::bytes;

constexpr qsizetype kPrefixSize = FirmwareModule::kPrefixSize;
constexpr qsizetype kMinSuffix = FirmwareModule::kMinSuffixSize;
constexpr int kMaxExtensions = 256;
// Nothing Particle ships is near this; it bounds what a "truncated" diagnosis may claim.
constexpr qint64 kMaxPlausibleModule = 64LL * 1024 * 1024;

struct RawPrefix
{
    quint32 start = 0, end = 0;
    quint8 reserved = 0, flags = 0;
    quint16 version = 0, platform = 0;
    quint8 function = 0, index = 0;
    quint8 d1f = 0, d1i = 0;
    quint16 d1v = 0;
    quint8 d2f = 0, d2i = 0;
    quint16 d2v = 0;

    qint64 declaredLength() const { return qint64(end) - qint64(start) + 4; }
};

RawPrefix readPrefix(QByteArrayView d, qsizetype at)
{
    RawPrefix p;
    p.start = le32(d, at);
    p.end = le32(d, at + 4);
    p.reserved = u8(d, at + 8);
    p.flags = u8(d, at + 9);
    p.version = le16(d, at + 10);
    p.platform = le16(d, at + 12);
    p.function = u8(d, at + 14);
    p.index = u8(d, at + 15);
    p.d1f = u8(d, at + 16);
    p.d1i = u8(d, at + 17);
    p.d1v = le16(d, at + 18);
    p.d2f = u8(d, at + 20);
    p.d2i = u8(d, at + 21);
    p.d2v = le16(d, at + 22);
    return p;
}

// The module_info_t fields into the module.
void applyPrefix(FirmwareModule &m, const RawPrefix &p)
{
    m.startAddress = p.start;
    m.endAddress = p.end;
    m.mcuTarget = p.reserved;
    m.flags = p.flags;
    m.version = p.version;
    m.platformId = p.platform;
    m.functionCode = p.function;
    m.index = p.index;
    m.dependency = ModuleDependency{p.d1f, p.d1i, p.d1v};
    m.dependency2 = ModuleDependency{p.d2f, p.d2i, p.d2v};
}

bool dependencyPlausible(quint8 f, quint8 i, quint16 v)
{
    if (f == 0)
        return i == 0 && v == 0;
    return isKnownModuleFunction(f) && f != quint8(ModuleFunction::None);
}

// The structural rules of binary-version-reader's _validateModulePrefix, plus known function codes
// and room for a suffix. `available` is how many bytes the module may span.
bool prefixShapeValid(const RawPrefix &p, qsizetype prefixOffset)
{
    if (p.end <= p.start)
        return false;
    if (!isKnownModuleFunction(p.function) || p.function == quint8(ModuleFunction::None))
        return false;
    if (!dependencyPlausible(p.d1f, p.d1i, p.d1v) || !dependencyPlausible(p.d2f, p.d2i, p.d2v))
        return false;
    return p.declaredLength() >= prefixOffset + kPrefixSize + kMinSuffix + 4;
}

struct Candidate
{
    qsizetype offset = -1;
    int score = -1;
};

int scorePrefix(const RawPrefix &p, qsizetype available, bool knownOffset)
{
    int score = 0;
    if (p.declaredLength() == available)
        score += 8; // exact size: the strongest sign
    if ((p.flags & ~kKnownModuleFlags) == 0)
        score += 2;
    if (knownOffset)
        score += 1;
    return score;
}

Error notAModule(const QString &source, const QString &detail)
{
    return makeError(QString::fromLatin1(moduleerror::NotAModule),
                     ParserText::tr("%1 is not a Particle firmware module: it has no module header "
                                    "(module_info) where Device OS puts one.")
                         .arg(source),
                     ParserText::tr("Choose a Device OS part (system-part, bootloader, softdevice) or an "
                                    "application binary built for a Particle device. Files such as patch "
                                    "programmers or flag images cannot be restored with this tool."),
                     detail);
}

Error truncated(const QString &source, qint64 have, qint64 want, qsizetype prefixOffset)
{
    return makeError(QString::fromLatin1(moduleerror::Truncated),
                     ParserText::tr("%1 is cut short: it is %2 bytes, but its module header says the module "
                                    "is %3 bytes.")
                         .arg(source)
                         .arg(have)
                         .arg(want),
                     ParserText::tr("The download or copy did not finish. Download the file again."),
                     QStringLiteral("module header at offset 0x%1").arg(prefixOffset, 0, 16));
}

// Reads TLV extensions from [pos, limit). Stops after END. For the suffix, a region that ends with
// the 4 bytes of raw product data (no PRODUCT_DATA extension) is also a clean stop.
struct ExtensionScan
{
    QList<ModuleExtension> extensions;
    qsizetype endPos = 0;
    bool sawEnd = false;
    bool ok = true;
    QString problem;
};

ExtensionScan scanExtensions(QByteArrayView d, qsizetype pos, qsizetype limit, bool allowRawTail)
{
    ExtensionScan scan;
    while (pos < limit) {
        if (allowRawTail && limit - pos == 4)
            break; // raw product id/version, not an extension
        if (limit - pos < 4) {
            scan.ok = false;
            scan.problem = ParserText::tr("%1 stray bytes at offset 0x%2").arg(limit - pos).arg(pos, 0, 16);
            break;
        }
        if (scan.extensions.size() >= kMaxExtensions) {
            scan.ok = false;
            scan.problem = ParserText::tr("more than %1 extensions").arg(kMaxExtensions);
            break;
        }
        ModuleExtension e;
        e.type = le16(d, pos);
        e.length = le16(d, pos + 2);
        e.offset = pos;
        if (e.length < 4 || e.length > limit - pos) {
            scan.ok = false;
            scan.problem =
                ParserText::tr("extension type 0x%1 at offset 0x%2 has length %3, but only %4 bytes "
                               "are left")
                    .arg(e.type, 4, 16, QLatin1Char('0'))
                    .arg(pos, 0, 16)
                    .arg(e.length)
                    .arg(limit - pos);
            break;
        }
        e.data = d.sliced(pos + 4, e.length - 4).toByteArray();
        pos += e.length;
        const bool isEnd = e.knownType() == ModuleExtensionType::End;
        scan.extensions.append(std::move(e));
        if (isEnd) {
            scan.sawEnd = true;
            break;
        }
    }
    scan.endPos = pos;
    return scan;
}


quint32 crc32Of(QByteArrayView d)
{
    // libdeflate's CRC-32 (carry-less multiply: about 29 GB/s here, zlib 1.2.13's 3.9 GB/s); every
    // module of every release downloaded or opened goes through it.
    return quint32(libdeflate_crc32(0, d.data(), size_t(d.size())));
}

// The module's own copy of its bytes. When the module is the whole of `data` (nearly every file:
// one module per file) it shares `data`'s buffer (implicitly shared, nothing is copied); else it
// copies its part, so a module never keeps a larger file or flash image alive. A QByteArray::fromRawData
// buffer (not mutable: Qt does not own it) is always copied, so the module never outlives the caller's
// memory.
QByteArray moduleBytes(QByteArrayView m, const QByteArray &data)
{
    if (m.data() == data.constData() && m.size() == data.size()) {
        QByteArray whole = data; // shares the buffer (or, for raw data, the caller's pointer)
        if (whole.data_ptr().isMutable())
            return whole;
    }
    return m.toByteArray();
}

// Parses the module that occupies exactly `m` (its declared length), prefix at `prefixOffset`.
// `m` is a view into `data`.
Result<FirmwareModule> parseModuleBytes(QByteArrayView m, const QByteArray &data, qsizetype prefixOffset,
                                        qsizetype fileOffset, const QString &source, QByteArray *wholeSha256 = nullptr)
{
    const qsizetype len = m.size();
    const RawPrefix p = readPrefix(m, prefixOffset);

    FirmwareModule mod;
    mod.sourceName = source;
    mod.fileOffset = fileOffset;
    mod.prefixOffset = prefixOffset;
    applyPrefix(mod, p);

    const auto badSuffix = [&](const QString &what) {
        return makeError(QString::fromLatin1(moduleerror::BadSuffix),
                         ParserText::tr("%1: the module's suffix is damaged: %2.").arg(source, what),
                         ParserText::tr("The file is damaged. Download it again."),
                         QStringLiteral("module at file offset %1, %2 bytes").arg(fileOffset).arg(len));
    };

    // Suffix, read backwards: CRC (big-endian), suffix size, SHA-256, reserved, product data.
    mod.storedCrc = be32(m, len - 4);
    mod.suffixSize = le16(m, len - 6);
    const qsizetype bodyStart = prefixOffset + kPrefixSize;
    if (mod.suffixSize < kMinSuffix)
        return Error(badSuffix(ParserText::tr("its size field says %1 bytes, less than the minimum %2")
                                   .arg(mod.suffixSize)
                                   .arg(kMinSuffix)));
    if (qsizetype(mod.suffixSize) > len - 4 - bodyStart)
        return Error(badSuffix(ParserText::tr("its size field says %1 bytes, more than the module has after "
                                              "its header")
                                   .arg(mod.suffixSize)));
    const qsizetype suffixStart = len - 4 - mod.suffixSize;

    // Prefix extensions (flag 0x10) run from the end of module_info_t to END.
    if (mod.hasFlag(ModuleFlag::PrefixExtensions)) {
        const ExtensionScan scan = scanExtensions(m, bodyStart, suffixStart, false);
        if (!scan.ok || !scan.sawEnd) {
            return makeError(QString::fromLatin1(moduleerror::BadExtension),
                             ParserText::tr("%1: the module header's extensions are damaged: %2.")
                                 .arg(source, scan.ok ? ParserText::tr("no END extension") : scan.problem),
                             ParserText::tr("The file is damaged. Download it again."));
        }
        mod.prefixExtensions = scan.extensions;
        mod.prefixSize = scan.endPos - prefixOffset;
    }

    mod.storedSha256 = m.sliced(len - 38, 32).toByteArray();

    // Suffix extensions when the suffix is larger than base + product data (rtl872x: 62 bytes).
    const qsizetype productEnd = len - 40; // product id/version end here when present
    if (mod.suffixSize > FirmwareModule::kProductSuffixSize) {
        if (suffixStart < mod.prefixOffset + mod.prefixSize)
            return Error(badSuffix(ParserText::tr("it overlaps the module header")));
        const ExtensionScan scan = scanExtensions(m, suffixStart, productEnd, true);
        if (!scan.ok)
            return Error(badSuffix(scan.problem));
        mod.suffixExtensions = scan.extensions;
        const bool productExtLast = !scan.extensions.isEmpty() && scan.endPos == productEnd
                                    && scan.extensions.last().knownType() == ModuleExtensionType::ProductData;
        const bool rawProductTail = productEnd - scan.endPos == 4;
        if (productExtLast || rawProductTail) {
            mod.productId = le16(m, len - 44);
            mod.productVersion = le16(m, len - 42);
        }
    } else if (mod.suffixSize == FirmwareModule::kProductSuffixSize) {
        mod.productId = le16(m, len - 44);
        mod.productVersion = le16(m, len - 42);
    }

    // Compressed modules: an 8-byte compressed_module_header follows the prefix (reference 2.7).
    if (mod.hasFlag(ModuleFlag::Compressed)) {
        const qsizetype at = mod.prefixOffset + mod.prefixSize;
        if (suffixStart - at < 8) {
            return makeError(QString::fromLatin1(moduleerror::BadCompression),
                             ParserText::tr("%1: the module is flagged compressed but has no room for its "
                                            "compression header.")
                                 .arg(source),
                             ParserText::tr("The file is damaged. Download it again."));
        }
        CompressedModuleHeader h;
        h.headerSize = le16(m, at);
        h.method = u8(m, at + 2);
        h.windowBits = u8(m, at + 3);
        h.originalSize = le32(m, at + 4);
        if (h.headerSize < 8 || h.headerSize > suffixStart - at) {
            return makeError(
                QString::fromLatin1(moduleerror::BadCompression),
                ParserText::tr("%1: the compression header says it is %2 bytes, which does not fit.")
                    .arg(source)
                    .arg(h.headerSize),
                ParserText::tr("The file is damaged. Download it again."));
        }
        mod.compression = h;
    }

    // What Device OS hashes: everything before the SHA field. The softdevice releases (DROP_MODULE_INFO)
    // hash only the payload between prefix and suffix; verified on every real softdevice file.
    if (mod.hasFlag(ModuleFlag::DropModuleInfo)) {
        const qsizetype from = std::min(mod.prefixOffset + mod.prefixSize, suffixStart);
        mod.computedSha256 = sha256(m.sliced(from, suffixStart - from));
    } else if (wholeSha256 && m.data() == data.constData() && m.size() == data.size()) {
        // The module is the whole file: its digest and the file's in one pass.
        auto both = sha256PrefixAndWhole(m, len - 38);
        mod.computedSha256 = std::move(both.prefix);
        *wholeSha256 = std::move(both.whole);
    } else {
        mod.computedSha256 = sha256(m.first(len - 38));
    }
    mod.computedCrc = crc32Of(m.first(len - 4));
    mod.size = len;
    mod.bytes = moduleBytes(m, data);
    return mod;
}

// Looks for a truncated module: a header at a known offset that is right in every way except that
// the data ends before the module does.
std::optional<std::pair<qsizetype, qint64>> truncatedHeader(QByteArrayView d)
{
    for (const qsizetype off : ModuleParser::kKnownPrefixOffsets) {
        if (off + kPrefixSize > d.size())
            continue;
        const RawPrefix p = readPrefix(d, off);
        if (prefixShapeValid(p, off) && p.declaredLength() > d.size() && p.declaredLength() <= kMaxPlausibleModule
            && (p.flags & ~kKnownModuleFlags) == 0)
            return std::make_pair(off, p.declaredLength());
    }
    return std::nullopt;
}

} // namespace

std::optional<qsizetype> ModuleParser::findPrefix(QByteArrayView data)
{
    const qsizetype available = data.size();
    Candidate best;
    const auto consider = [&](qsizetype off, bool known) {
        if (off < 0 || off + kPrefixSize > available)
            return;
        // Cheap byte tests first: most scan positions fail on the function codes.
        const quint8 function = u8(data, off + 14), dep1 = u8(data, off + 16), dep2 = u8(data, off + 20);
        if (function == 0 || !isKnownModuleFunction(function) || !isKnownModuleFunction(dep1)
            || !isKnownModuleFunction(dep2))
            return;
        const RawPrefix p = readPrefix(data, off);
        if (!prefixShapeValid(p, off) || p.declaredLength() > available)
            return;
        const int s = scorePrefix(p, available, known);
        if (s > best.score)
            best = Candidate{off, s};
    };
    for (const qsizetype off : kKnownPrefixOffsets)
        consider(off, true);
    if (best.score >= 8)
        return best.offset; // exact size at a known offset: no need to scan
    const qsizetype scanEnd = std::min(kScanLimit, available - kPrefixSize);
    for (qsizetype off = 0; off <= scanEnd; off += 4) {
        if (off == 0 || off == 0x200 || off == 0x184 || off == 0xC0 || off == 0x10C || off == 0x20)
            continue; // kKnownPrefixOffsets, already considered
        consider(off, false);
    }
    if (best.offset < 0)
        return std::nullopt;
    return best.offset;
}

Result<FirmwareModule> ModuleParser::parseOne(const QByteArray &data, qsizetype offset, const QString &sourceName,
                                              QByteArray *wholeSha256)
{
    if (wholeSha256)
        wholeSha256->clear();
    if (offset < 0 || offset > data.size())
        return notAModule(sourceName, QStringLiteral("offset %1 is outside the %2-byte file").arg(offset).arg(data.size()));
    const QByteArrayView rest = QByteArrayView(data).sliced(offset);
    if (rest.isEmpty()) {
        return makeError(
            QString::fromLatin1(moduleerror::EmptyFile),
            offset == 0 ? ParserText::tr("%1 is empty.").arg(sourceName)
                        : ParserText::tr("%1 ends where another module should follow.").arg(sourceName),
            offset == 0 ? ParserText::tr("Choose the firmware file itself; download it again if it "
                                         "should not be empty.")
                        : ParserText::tr("The file is damaged. Download it again."));
    }
    const std::optional<qsizetype> prefix = findPrefix(rest);
    if (!prefix) {
        if (const auto t = truncatedHeader(rest))
            return truncated(sourceName, rest.size(), t->second, t->first);
        return notAModule(sourceName, QStringLiteral("%1 bytes searched at the known offsets and every 4 bytes up "
                                                     "to %2")
                                          .arg(rest.size())
                                          .arg(std::min(kScanLimit, rest.size())));
    }
    const RawPrefix p = readPrefix(rest, *prefix);
    const qsizetype len = qsizetype(p.declaredLength()); // findPrefix checked it fits `rest`
    auto parsed = parseModuleBytes(rest.first(len), data, *prefix, offset, sourceName, wholeSha256);
    if (parsed.ok() && wholeSha256 && wholeSha256->isEmpty())
        *wholeSha256 = sha256(data); // the module is not the whole file, or hashes its payload only
    return parsed;
}

Result<QList<FirmwareModule>> ModuleParser::parse(const QByteArray &data, const QString &sourceName,
                                                  QByteArray *wholeSha256)
{
    QList<FirmwareModule> modules;
    qsizetype offset = 0;
    for (;;) {
        Result<FirmwareModule> one = parseOne(data, offset, sourceName, offset == 0 ? wholeSha256 : nullptr);
        if (!one.ok()) {
            if (modules.isEmpty())
                return one.error();
            Error e = one.error();
            e.message = ParserText::tr("%1: module %2 of this combined file (at byte %3) cannot be read: %4")
                            .arg(sourceName)
                            .arg(modules.size() + 1)
                            .arg(offset)
                            .arg(e.message);
            return e;
        }
        offset += one->length();
        const bool more = one->hasFlag(ModuleFlag::Combined);
        modules.append(std::move(one).value());
        if (!more)
            break;
        if (modules.size() >= kMaxCombinedModules) {
            return makeError(QString::fromLatin1(moduleerror::TooManyModules),
                             ParserText::tr("%1 claims to combine more than %2 modules.")
                                 .arg(sourceName)
                                 .arg(kMaxCombinedModules),
                             ParserText::tr("The file is damaged or not made by Particle's tools."));
        }
        if (offset >= data.size()) {
            return makeError(
                QString::fromLatin1(moduleerror::Truncated),
                ParserText::tr("%1 is cut short: module %2 says another module follows it, but the "
                               "file ends there.")
                    .arg(sourceName)
                    .arg(modules.size()),
                ParserText::tr("The download or copy did not finish. Download the file again."));
        }
    }
    return modules;
}

Result<FirmwareModule> ModuleParser::parseInFlash(const QByteArray &flash, quint32 flashBase, quint32 moduleAddress,
                                                  const QString &sourceName)
{
    const QString where = QStringLiteral("%1 at 0x%2").arg(sourceName).arg(moduleAddress, 8, 16, QLatin1Char('0'));
    if (moduleAddress < flashBase || qint64(moduleAddress) - qint64(flashBase) >= flash.size())
        return notAModule(where, QStringLiteral("address outside the flash image"));
    const qsizetype at = qsizetype(moduleAddress - flashBase);
    const QByteArrayView rest = QByteArrayView(flash).sliced(at);
    for (const qsizetype off : kKnownPrefixOffsets) {
        if (off + kPrefixSize > rest.size())
            continue;
        const RawPrefix p = readPrefix(rest, off);
        if (p.start != moduleAddress || !prefixShapeValid(p, off) || p.declaredLength() > rest.size())
            continue;
        Result<FirmwareModule> m =
            parseModuleBytes(rest.first(qsizetype(p.declaredLength())), flash, off, at, where);
        if (m.ok())
            return m;
    }
    return notAModule(where, QStringLiteral("no module header for this address at the known offsets"));
}

std::optional<FirmwareModule> ModuleParser::headerInFlash(QByteArrayView head, quint32 moduleAddress)
{
    for (const qsizetype off : kKnownPrefixOffsets) {
        if (off + kPrefixSize > head.size())
            continue;
        const RawPrefix p = readPrefix(head, off);
        if (p.start != moduleAddress || !prefixShapeValid(p, off) || p.declaredLength() > kMaxPlausibleModule)
            continue;
        FirmwareModule m;
        m.prefixOffset = off;
        applyPrefix(m, p);
        m.size = qsizetype(p.declaredLength());
        return m;
    }
    return std::nullopt;
}

} // namespace dr
