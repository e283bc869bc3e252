// Reading, writing and checking binary-version-reader sidecars.
#include "catalog/sidecar.h"

#include "version/jsondatareader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace dr {

namespace {

struct SidecarText
{
    Q_DECLARE_TR_FUNCTIONS(dr::Sidecar)
};

using R = JsonDataReader;

// "8060000" (no 0x), as binary-version-reader writes addresses.
quint32 addressField(JsonDataReader &r, const QJsonObject &o, const QString &path, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    bool ok = false;
    const quint32 value = v.isString() ? v.toString().toUInt(&ok, 16) : 0;
    if (!ok)
        r.fail(R::at(path, QLatin1String(key)), QStringLiteral("expected a hex address string like \"8060000\""));
    return value;
}

QByteArray hexField(JsonDataReader &r, const QJsonObject &o, const QString &path, const char *key, int bytes)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString text = v.toString();
    bool hex = v.isString() && text.size() == bytes * 2;
    for (const QChar c : text)
        hex = hex && (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')));
    if (!hex) {
        r.fail(R::at(path, QLatin1String(key)), QStringLiteral("expected %1 hex digits").arg(bytes * 2));
        return {};
    }
    return QByteArray::fromHex(text.toLatin1());
}

ModuleDependency dependencyField(JsonDataReader &r, const QJsonObject &o, const QString &path, const char *prefix)
{
    const QByteArray p(prefix);
    ModuleDependency d;
    d.functionCode = quint8(r.integer(o, path, (p + "ModuleFunction").constData(), 0, 255));
    d.index = quint8(r.integer(o, path, (p + "ModuleIndex").constData(), 0, 255));
    d.version = quint16(r.integer(o, path, (p + "ModuleVersion").constData(), 0, 65535));
    return d;
}

std::optional<int> productField(JsonDataReader &r, const QJsonObject &o, const QString &path, const char *key)
{
    const qint64 v = r.integer(o, path, key, -1, 65535, -1);
    return v < 0 ? std::nullopt : std::optional<int>(int(v));
}

QString hex32(quint32 v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
}

} // namespace

Result<Sidecar> Sidecar::fromJson(const QByteArray &json, const QString &sourceName)
{
    JsonDataReader r(sourceName, QString::fromLatin1(sidecarerror::Malformed),
                     SidecarText::tr("Fetch the release again; the module-info file beside its zip is damaged."));
    const QJsonObject root = r.parseRoot(json);
    Sidecar s;
    for (auto it = root.begin(); it != root.end() && !r.failed(); ++it) {
        const QString path = it.key();
        const QJsonObject partObject = r.asObject(it.value(), path);
        const QString pp = R::at(path, u"prefixInfo");
        const QString sp = R::at(path, u"suffixInfo");
        const QJsonObject prefix = r.object(partObject, path, "prefixInfo");
        const QJsonObject suffix = r.object(partObject, path, "suffixInfo");
        if (r.failed())
            break;
        SidecarPart p;
        p.name = it.key();
        p.startAddress = addressField(r, prefix, pp, "moduleStartAddy");
        p.endAddress = addressField(r, prefix, pp, "moduleEndAddy");
        p.reserved = int(r.integer(prefix, pp, "reserved", 0, 255, 0));
        p.flags = int(r.integer(prefix, pp, "moduleFlags", 0, 255));
        p.version = int(r.integer(prefix, pp, "moduleVersion", 0, 65535));
        p.platformId = int(r.integer(prefix, pp, "platformID", 0, 65535));
        p.functionCode = int(r.integer(prefix, pp, "moduleFunction", 0, 255));
        p.index = int(r.integer(prefix, pp, "moduleIndex", 0, 255));
        p.dependency = dependencyField(r, prefix, pp, "dep");
        p.dependency2 = dependencyField(r, prefix, pp, "dep2");
        if (prefix.contains(QLatin1String("prefixSize")))
            p.prefixSize = int(r.integer(prefix, pp, "prefixSize", 24, 65535));
        if (prefix.contains(QLatin1String("prefixOffset")))
            p.prefixOffset = int(r.integer(prefix, pp, "prefixOffset", 0, 65535));
        if (!r.failed() && p.endAddress < p.startAddress)
            r.fail(R::at(pp, u"moduleEndAddy"), QStringLiteral("ends before it starts"));
        p.productId = productField(r, suffix, sp, "productId");
        p.productVersion = productField(r, suffix, sp, "productVersion");
        p.fwUniqueId = hexField(r, suffix, sp, "fwUniqueId", 32);
        p.suffixReserved = int(r.integer(suffix, sp, "reserved", 0, 65535, 0));
        p.suffixSize = int(r.integer(suffix, sp, "suffixSize", 36, 65535));
        const QByteArray crc = hexField(r, suffix, sp, "crcBlock", 4);
        if (crc.size() == 4)
            p.crcBlock = quint32(quint8(crc[0])) << 24 | quint32(quint8(crc[1])) << 16 | quint32(quint8(crc[2])) << 8
                         | quint8(crc[3]);
        const QJsonArray extensions = r.array(suffix, sp, "extensions", R::Optional);
        for (qsizetype i = 0; i < extensions.size() && !r.failed(); ++i) {
            const QString ep = R::at(R::at(sp, u"extensions"), i);
            const QJsonObject e = r.asObject(extensions.at(i), ep);
            SidecarExtension x;
            x.type = int(r.integer(e, ep, "type", 0, 65535));
            x.length = int(r.integer(e, ep, "length", 4, 65535));
            x.offset = r.integer(e, ep, "offset", 0, 16 * 1024 * 1024);
            const QJsonObject data = r.object(e, ep, "data");
            const QString dp = R::at(ep, u"data");
            if (!r.failed() && r.string(data, dp, "type") != QLatin1String("Buffer"))
                r.fail(R::at(dp, u"type"), QStringLiteral("expected \"Buffer\""));
            const QJsonArray bytes = r.array(data, dp, "data");
            for (qsizetype b = 0; b < bytes.size() && !r.failed(); ++b) {
                const QJsonValue bv = bytes.at(b);
                if (!bv.isDouble() || bv.toDouble() < 0 || bv.toDouble() > 255 || bv.toDouble() != bv.toInt())
                    r.fail(R::at(R::at(dp, u"data"), b), QStringLiteral("expected a byte (0 to 255)"));
                x.bytes.append(char(bv.toInt()));
            }
            if (!r.failed() && x.bytes.size() != x.length)
                r.fail(R::at(dp, u"data"),
                       QStringLiteral("holds %1 bytes, the extension's length is %2").arg(x.bytes.size()).arg(x.length));
            p.extensions << x;
        }
        s.m_parts << p;
    }
    if (r.failed())
        return r.error();
    if (s.m_parts.isEmpty())
        return makeError(QString::fromLatin1(sidecarerror::Malformed),
                         SidecarText::tr("%1 describes no module.").arg(sourceName),
                         SidecarText::tr("Fetch the release again; the module-info file beside its zip is damaged."));
    return s;
}

SidecarPart Sidecar::describe(const QString &name, const FirmwareModule &m)
{
    SidecarPart p;
    p.name = name;
    p.startAddress = m.startAddress;
    p.endAddress = m.endAddress;
    p.reserved = m.mcuTarget;
    p.flags = m.flags;
    p.version = m.version;
    p.platformId = m.platformId;
    p.functionCode = m.functionCode;
    p.index = m.index;
    p.dependency = m.dependency;
    p.dependency2 = m.dependency2;
    p.prefixSize = int(m.prefixSize);
    p.prefixOffset = int(m.prefixOffset);
    if (m.productId)
        p.productId = *m.productId;
    if (m.productVersion)
        p.productVersion = *m.productVersion;
    p.fwUniqueId = m.storedSha256;
    p.suffixSize = m.suffixSize;
    p.crcBlock = m.storedCrc;
    for (const ModuleExtension &e : m.suffixExtensions) {
        SidecarExtension x;
        x.type = e.type;
        x.length = e.length;
        x.offset = e.offset;
        x.bytes.append(char(e.type & 0xFF)).append(char(e.type >> 8));
        x.bytes.append(char(e.length & 0xFF)).append(char(e.length >> 8));
        x.bytes.append(e.data);
        p.extensions << x;
    }
    return p;
}

Sidecar Sidecar::fromParts(QList<SidecarPart> parts)
{
    Sidecar s;
    s.m_parts = std::move(parts);
    return s;
}

QByteArray Sidecar::toJson() const
{
    QJsonObject root;
    for (const SidecarPart &p : m_parts) {
        QJsonObject prefix{{QStringLiteral("moduleStartAddy"), QString::number(p.startAddress, 16)},
                           {QStringLiteral("moduleEndAddy"), QString::number(p.endAddress, 16)},
                           {QStringLiteral("reserved"), p.reserved},
                           {QStringLiteral("moduleFlags"), p.flags},
                           {QStringLiteral("moduleVersion"), p.version},
                           {QStringLiteral("platformID"), p.platformId},
                           {QStringLiteral("moduleFunction"), p.functionCode},
                           {QStringLiteral("moduleIndex"), p.index},
                           {QStringLiteral("depModuleFunction"), p.dependency.functionCode},
                           {QStringLiteral("depModuleIndex"), p.dependency.index},
                           {QStringLiteral("depModuleVersion"), p.dependency.version},
                           {QStringLiteral("dep2ModuleFunction"), p.dependency2.functionCode},
                           {QStringLiteral("dep2ModuleIndex"), p.dependency2.index},
                           {QStringLiteral("dep2ModuleVersion"), p.dependency2.version}};
        if (p.prefixSize)
            prefix.insert(QStringLiteral("prefixSize"), *p.prefixSize);
        if (p.prefixOffset)
            prefix.insert(QStringLiteral("prefixOffset"), *p.prefixOffset);
        QJsonObject suffix{{QStringLiteral("productId"), p.productId.value_or(-1)},
                           {QStringLiteral("productVersion"), p.productVersion.value_or(-1)},
                           {QStringLiteral("fwUniqueId"), QString::fromLatin1(p.fwUniqueId.toHex())},
                           {QStringLiteral("reserved"), p.suffixReserved},
                           {QStringLiteral("suffixSize"), p.suffixSize},
                           {QStringLiteral("crcBlock"), hex32(p.crcBlock)}};
        if (!p.extensions.isEmpty()) {
            QJsonArray extensions;
            for (const SidecarExtension &x : p.extensions) {
                QJsonArray bytes;
                for (const char b : x.bytes)
                    bytes.append(int(quint8(b)));
                extensions.append(QJsonObject{
                    {QStringLiteral("type"), x.type},
                    {QStringLiteral("length"), x.length},
                    {QStringLiteral("offset"), x.offset},
                    {QStringLiteral("data"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Buffer")}, {QStringLiteral("data"), bytes}}}});
            }
            suffix.insert(QStringLiteral("extensions"), extensions);
        }
        root.insert(p.name, QJsonObject{{QStringLiteral("prefixInfo"), prefix}, {QStringLiteral("suffixInfo"), suffix}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const SidecarPart *Sidecar::part(QStringView name) const
{
    for (const SidecarPart &p : m_parts)
        if (p.name == name)
            return &p;
    return nullptr;
}

const SidecarPart *Sidecar::match(const FirmwareModule &m) const
{
    for (const SidecarPart &p : m_parts)
        if (p.platformId == m.platformId && p.functionCode == m.functionCode && p.index == m.index
            && p.reserved == m.mcuTarget && p.startAddress == m.startAddress)
            return &p;
    return nullptr;
}

Result<void> Sidecar::verify(const SidecarPart &p, const FirmwareModule &m, const QString &where)
{
    QStringList differ;
    const auto cmp = [&differ](const char *field, qint64 sidecar, qint64 module, bool hex = false) {
        if (sidecar != module)
            differ << (hex ? QStringLiteral("%1 %2 in the sidecar, %3 in the module")
                                 .arg(QLatin1String(field), QString::number(sidecar, 16), QString::number(module, 16))
                           : QStringLiteral("%1 %2 in the sidecar, %3 in the module")
                                 .arg(QLatin1String(field))
                                 .arg(sidecar)
                                 .arg(module));
    };
    cmp("moduleStartAddy", p.startAddress, m.startAddress, true);
    cmp("moduleEndAddy", p.endAddress, m.endAddress, true);
    cmp("platformID", p.platformId, m.platformId);
    cmp("moduleFunction", p.functionCode, m.functionCode);
    cmp("moduleIndex", p.index, m.index);
    cmp("moduleVersion", p.version, m.version);
    cmp("moduleFlags", p.flags, m.flags);
    cmp("reserved", p.reserved, m.mcuTarget);
    cmp("depModuleFunction", p.dependency.functionCode, m.dependency.functionCode);
    cmp("depModuleIndex", p.dependency.index, m.dependency.index);
    cmp("depModuleVersion", p.dependency.version, m.dependency.version);
    cmp("dep2ModuleFunction", p.dependency2.functionCode, m.dependency2.functionCode);
    cmp("dep2ModuleIndex", p.dependency2.index, m.dependency2.index);
    cmp("dep2ModuleVersion", p.dependency2.version, m.dependency2.version);
    if (p.prefixOffset)
        cmp("prefixOffset", *p.prefixOffset, m.prefixOffset);
    cmp("suffixSize", p.suffixSize, m.suffixSize);
    cmp("crcBlock", p.crcBlock, m.storedCrc, true);
    if (p.fwUniqueId != m.storedSha256)
        differ << QStringLiteral("fwUniqueId %1 in the sidecar, %2 in the module")
                      .arg(QString::fromLatin1(p.fwUniqueId.toHex().left(16)),
                           QString::fromLatin1(m.storedSha256.toHex().left(16)));
    if (p.productId && m.productId)
        cmp("productId", *p.productId, *m.productId);
    if (p.productVersion && m.productVersion)
        cmp("productVersion", *p.productVersion, *m.productVersion);
    if (p.extensions.size() != m.suffixExtensions.size()) {
        cmp("extensions", p.extensions.size(), m.suffixExtensions.size());
    } else {
        for (qsizetype i = 0; i < p.extensions.size(); ++i) {
            const SidecarExtension &x = p.extensions.at(i);
            const ModuleExtension &e = m.suffixExtensions.at(i);
            if (x.type != e.type || x.length != e.length || x.offset != e.offset || x.bytes.mid(4) != e.data)
                differ << QStringLiteral("extensions[%1] (type %2)").arg(i).arg(x.type);
        }
    }
    if (differ.isEmpty())
        return {};
    return makeError(QString::fromLatin1(sidecarerror::Disagrees),
                     SidecarText::tr("%1: the module-info file says something else than the module's bytes (%2).")
                         .arg(where, p.name),
                     SidecarText::tr("Nothing was kept. Fetch the release again; if it stays so, the published files "
                                     "are inconsistent: use another release or a mirror."),
                     differ.join(QStringLiteral("; ")));
}

} // namespace dr
