// FirmwareModule: names of flags and extensions, the DFU flash image, and inflating compressed
// modules with a hard output limit.
#include "firmware/firmwaremodule.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>

namespace dr {

namespace {
struct FirmwareModuleText
{
    Q_DECLARE_TR_FUNCTIONS(dr::FirmwareModule)
};
} // namespace

QStringList moduleFlagNames(quint8 flags)
{
    static const struct {
        quint8 bit;
        const char *name;
    } known[] = {{0x01, "drop_module_info"},
                 {0x02, "compressed"},
                 {0x04, "combined"},
                 {0x08, "encrypted"},
                 {0x10, "prefix_extensions"}};
    QStringList out;
    quint8 rest = flags;
    for (const auto &k : known) {
        if (flags & k.bit) {
            out << QString::fromLatin1(k.name);
            rest &= quint8(~k.bit);
        }
    }
    for (int bit = 0; bit < 8; ++bit) {
        if (rest & (1u << bit))
            out << QStringLiteral("0x%1").arg(1u << bit, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString moduleExtensionTypeName(quint16 type)
{
    switch (static_cast<ModuleExtensionType>(type)) {
    case ModuleExtensionType::End: return QStringLiteral("end");
    case ModuleExtensionType::ProductData: return QStringLiteral("product_data");
    case ModuleExtensionType::DynamicLocation: return QStringLiteral("dynamic_location");
    case ModuleExtensionType::Dependency: return QStringLiteral("dependency");
    case ModuleExtensionType::Hash: return QStringLiteral("hash");
    case ModuleExtensionType::Name: return QStringLiteral("name");
    case ModuleExtensionType::AssetDependency: return QStringLiteral("asset_dependency");
    case ModuleExtensionType::SecurityMode: return QStringLiteral("security_mode");
    case ModuleExtensionType::AssetType: return QStringLiteral("asset_type");
    case ModuleExtensionType::Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("0x%1").arg(type, 4, 16, QLatin1Char('0'));
}

QByteArray FirmwareModule::flashImage() const
{
    // particle-cli flash-helper.js and the docs tool drop exactly the prefix; the rest (payload,
    // suffix, CRC) is written at module_start_address (reference 2.3).
    if (hasFlag(ModuleFlag::DropModuleInfo))
        return bytes.mid(std::clamp<qsizetype>(prefixOffset + prefixSize, 0, bytes.size()));
    return bytes;
}

qsizetype FirmwareModule::flashImageSize() const
{
    if (hasFlag(ModuleFlag::DropModuleInfo))
        return size - std::clamp<qsizetype>(prefixOffset + prefixSize, 0, size);
    return size;
}

QByteArray FirmwareModule::storedPayload() const
{
    qsizetype begin = prefixOffset + prefixSize + (compression ? compression->headerSize : 0);
    qsizetype end = bytes.size() - 4 - suffixSize;
    begin = std::clamp<qsizetype>(begin, 0, bytes.size());
    end = std::clamp<qsizetype>(end, begin, bytes.size());
    return bytes.mid(begin, end - begin);
}

Result<QByteArray> FirmwareModule::decompressedPayload(qsizetype maxOutput) const
{
    if (!compression)
        return storedPayload();

    const auto fail = [this](const QString &what, const QString &detail = {}) {
        return makeError(
            QStringLiteral("module.bad-compression"),
            FirmwareModuleText::tr("%1: the compressed module cannot be unpacked: %2.").arg(sourceName, what),
            FirmwareModuleText::tr(
                "The file is damaged or was not made by Particle's tools. Download it again."),
            detail);
    };
    if (compression->method != 0)
        return fail(FirmwareModuleText::tr("unknown compression method %1").arg(compression->method));
    const int windowBits = compression->windowBits == 0 ? 15 : compression->windowBits;
    if (windowBits < 8 || windowBits > 15)
        return fail(
            FirmwareModuleText::tr("window size %1 is not between 8 and 15").arg(compression->windowBits));
    if (maxOutput < 0)
        maxOutput = 0;
    if (qint64(compression->originalSize) > qint64(maxOutput)) {
        return fail(FirmwareModuleText::tr("it claims to unpack to %1 bytes, more than the %2 bytes allowed")
                        .arg(compression->originalSize)
                        .arg(maxOutput));
    }
    const qsizetype limit = qsizetype(compression->originalSize);

    const QByteArray input = storedPayload();
    z_stream zs{};
    // Negative window bits: raw deflate, no zlib header (binary-version-reader uses deflateRaw).
    if (inflateInit2(&zs, -windowBits) != Z_OK) return fail(FirmwareModuleText::tr("zlib could not start"));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    zs.avail_in = uInt(input.size());
    // The output grows in chunks as data really comes out, so a header that lies about the size
    // costs nothing; one byte past `limit` proves the stream is larger than declared.
    constexpr qsizetype kChunk = 64 * 1024;
    QByteArray out;
    int rc = Z_OK;
    while (rc == Z_OK) {
        const qsizetype room = std::min(kChunk, limit + 1 - out.size());
        const qsizetype before = out.size();
        out.resize(before + room);
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        zs.avail_out = uInt(room);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.resize(before + room - qsizetype(zs.avail_out));
        if (out.size() > limit) {
            inflateEnd(&zs);
            return fail(FirmwareModuleText::tr("it unpacks to more than the %1 bytes its header declares")
                            .arg(limit));
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0)
            rc = Z_BUF_ERROR; // input exhausted before the end of the stream
    }
    const QString zmsg = zs.msg ? QString::fromLatin1(zs.msg) : QString();
    inflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        return fail(rc == Z_BUF_ERROR ? FirmwareModuleText::tr("the compressed data ends too early")
                                      : FirmwareModuleText::tr("the compressed data is corrupt"),
                    QStringLiteral("zlib %1 %2").arg(rc).arg(zmsg));
    }
    if (out.size() != limit)
        return fail(FirmwareModuleText::tr("it unpacks to %1 bytes, but its header declares %2")
                        .arg(out.size())
                        .arg(limit));
    return out;
}

} // namespace dr
