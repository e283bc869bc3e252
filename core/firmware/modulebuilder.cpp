// ModuleBuilder: writes modules the way Device OS's build and binary-version-reader do: prefix,
// optional TLV extensions, payload (raw deflate when compressed), suffix, SHA-256 over [0, L-38)
// (payload only with DROP_MODULE_INFO), CRC-32 over [0, L-4) stored big-endian.
#include "firmware/modulebuilder.h"

#include "firmware/littleendian.h"

#include <QCryptographicHash>

#include <zlib.h>

#include <algorithm>

namespace dr {

namespace {

using namespace dr::bytes;

QByteArray encode(const ModuleExtension &e)
{
    QByteArray out;
    appendLe16(out, e.type);
    appendLe16(out, quint16(4 + e.data.size()));
    out.append(e.data);
    return out;
}

QByteArray encodeAll(const QList<ModuleExtension> &list)
{
    QByteArray out;
    for (const ModuleExtension &e : list)
        out.append(encode(e));
    return out;
}

QByteArray rawDeflate(const QByteArray &in)
{
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(in.size()))), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.truncate(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

QByteArray prefixBytes(const ModuleSpec &s, quint8 flags, quint32 end)
{
    QByteArray p;
    appendLe32(p, s.startAddress);
    appendLe32(p, end);
    p.append(char(s.mcuTarget)).append(char(flags));
    appendLe16(p, s.version);
    appendLe16(p, s.platformId);
    p.append(char(s.functionCode)).append(char(s.index));
    p.append(char(s.dependency.functionCode)).append(char(s.dependency.index));
    appendLe16(p, s.dependency.version);
    p.append(char(s.dependency2.functionCode)).append(char(s.dependency2.index));
    appendLe16(p, s.dependency2.version);
    return p;
}

QByteArray prefixExtensionBytes(const ModuleSpec &s)
{
    if (s.prefixExtensions.isEmpty())
        return {};
    QList<ModuleExtension> list = s.prefixExtensions;
    if (list.last().knownType() != ModuleExtensionType::End)
        list.append(ModuleExtension{quint16(ModuleExtensionType::End), 4, 0, {}});
    return encodeAll(list);
}

// Suffix without its SHA filled in: [extensions][product id, version][reserved][sha][size].
QByteArray suffixBytes(const ModuleSpec &s)
{
    QByteArray out = encodeAll(s.suffixExtensions);
    if (s.productId || s.productVersion) {
        appendLe16(out, s.productId.value_or(0xFFFF));
        appendLe16(out, s.productVersion.value_or(0xFFFF));
    }
    appendLe16(out, 0);            // reserved
    out.append(QByteArray(32, 0)); // SHA-256, filled by reseal()
    appendLe16(out, quint16(out.size() + 2));
    return out;
}

qsizetype prefixSizeOf(const QByteArray &module, qsizetype prefixOffset)
{
    qsizetype size = FirmwareModule::kPrefixSize;
    if (module.size() < prefixOffset + size || !(u8(module, prefixOffset + 9) & quint8(ModuleFlag::PrefixExtensions)))
        return size;
    qsizetype pos = prefixOffset + size;
    while (pos + 4 <= module.size()) {
        const quint16 type = le16(module, pos);
        const quint16 len = le16(module, pos + 2);
        if (len < 4)
            break;
        pos += len;
        if (type == quint16(ModuleExtensionType::End))
            break;
    }
    return std::min(pos, module.size()) - prefixOffset;
}

} // namespace

QByteArray ModuleBuilder::build(const ModuleSpec &spec)
{
    const QByteArray exts = prefixExtensionBytes(spec);
    quint8 flags = spec.flags;
    if (!exts.isEmpty())
        flags |= quint8(ModuleFlag::PrefixExtensions);
    else
        flags &= quint8(~quint8(ModuleFlag::PrefixExtensions));
    flags &= quint8(~quint8(ModuleFlag::Compressed));

    const QByteArray suffix = suffixBytes(spec);
    // A filler that stands in for a vector table: recognisable, and not all zeros.
    QByteArray filler(spec.compress ? 0 : spec.prefixOffset, Qt::Uninitialized);
    for (qsizetype i = 0; i < filler.size(); ++i)
        filler[i] = char(0xA0 + (i % 7));

    const qsizetype plainLength = filler.size() + 24 + exts.size() + spec.payload.size() + suffix.size() + 4;
    QByteArray plain = filler;
    plain += prefixBytes(spec, flags, quint32(spec.startAddress + plainLength - 4));
    plain += exts;
    plain += spec.payload;
    plain += suffix;
    plain += QByteArray(4, 0);
    reseal(plain, filler.size());
    if (!spec.compress)
        return plain;

    // Reference 2.7 / binary-version-reader compressModule: the whole original module is deflated,
    // or only its payload when DROP_MODULE_INFO is set; prefix and suffix are copied around it.
    const bool drop = flags & quint8(ModuleFlag::DropModuleInfo);
    const qsizetype prefixSize = 24 + exts.size();
    const QByteArray original = drop ? spec.payload : plain;
    const QByteArray deflated = rawDeflate(original);
    const quint8 cflags = flags | quint8(ModuleFlag::Compressed);
    const qsizetype length = prefixSize + 8 + deflated.size() + suffix.size() + 4;
    QByteArray out = prefixBytes(spec, cflags, quint32(spec.startAddress + length - 4));
    out += exts;
    appendLe16(out, 8);
    out.append(char(0)).append(char(0)); // raw deflate, window bits 0 = 15
    appendLe32(out, quint32(original.size()));
    out += deflated;
    out += suffix;
    out += QByteArray(4, 0);
    reseal(out, 0);
    return out;
}

QByteArray ModuleBuilder::buildCombined(const QList<ModuleSpec> &specs)
{
    QByteArray out;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        ModuleSpec s = specs[i];
        if (i + 1 < specs.size())
            s.flags |= quint8(ModuleFlag::Combined);
        else
            s.flags &= quint8(~quint8(ModuleFlag::Combined));
        out += build(s);
    }
    return out;
}

void ModuleBuilder::reseal(QByteArray &module, qsizetype prefixOffset)
{
    const qsizetype len = module.size();
    if (len < prefixOffset + 24 + 40)
        return;
    const quint16 suffixSize = le16(module, len - 6);
    const bool drop = u8(module, prefixOffset + 9) & quint8(ModuleFlag::DropModuleInfo);
    QByteArray sha;
    if (drop) {
        const qsizetype from = prefixOffset + prefixSizeOf(module, prefixOffset);
        const qsizetype to = len - 4 - suffixSize;
        sha = QCryptographicHash::hash(QByteArrayView(module).sliced(from, std::max<qsizetype>(0, to - from)),
                                       QCryptographicHash::Sha256);
    } else {
        sha = QCryptographicHash::hash(QByteArrayView(module).first(len - 38), QCryptographicHash::Sha256);
    }
    module.replace(len - 38, 32, sha);
    const quint32 crc = quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(module.constData()),
                                      uInt(len - 4)));
    putBe32(module, len - 4, crc);
}

ModuleExtension ModuleBuilder::extension(quint16 type, const QByteArray &data)
{
    return ModuleExtension{type, quint16(4 + data.size()), 0, data};
}

ModuleExtension ModuleBuilder::productData(quint16 id, quint16 version)
{
    QByteArray d;
    appendLe16(d, 0xFFFF);
    appendLe16(d, id);
    appendLe16(d, version);
    return extension(quint16(ModuleExtensionType::ProductData), d);
}

ModuleExtension ModuleBuilder::dynamicLocation(quint32 moduleStart, quint32 dynalibLoad, quint32 dynalibStart)
{
    QByteArray d;
    appendLe32(d, moduleStart);
    appendLe32(d, dynalibLoad);
    appendLe32(d, dynalibStart);
    return extension(quint16(ModuleExtensionType::DynamicLocation), d);
}

ModuleExtension ModuleBuilder::dependency(ModuleFunction function, quint8 index, quint16 version, quint32 targetId)
{
    QByteArray d;
    d.append(char(function)).append(char(index));
    appendLe16(d, version);
    appendLe32(d, targetId);
    return extension(quint16(ModuleExtensionType::Dependency), d);
}

ModuleExtension ModuleBuilder::name(const QByteArray &name)
{
    return extension(quint16(ModuleExtensionType::Name), name);
}

ModuleExtension ModuleBuilder::securityMode(quint8 mode, const QByteArray &certificate)
{
    QByteArray d;
    d.append(char(mode));
    d.append(certificate);
    return extension(quint16(ModuleExtensionType::SecurityMode), d);
}

} // namespace dr
