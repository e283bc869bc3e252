// `s` JSON parsing and writing. See moduleinspectionjson.h.
#include "serial/moduleinspectionjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace dr {

namespace {

// One translation context for the whole file, which lupdate sees too (it reads
// Q_DECLARE_TR_FUNCTIONS), whatever class or function the text is in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::ModuleInspectionJson)
};

Error badJson(const QString &what)
{
    return makeError(QString::fromLatin1(serialerror::BadModuleJson),
                     Tr::tr("The device's module list is malformed: %1.").arg(what),
                     Tr::tr("Reset the device and inspect it again. If this persists, the device's Device OS may be "
                        "damaged: restore it over DFU."),
                     what);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

// An integer in [min, max]: a JSON number, or (as Device OS prints indexes) a string of digits.
Result<qint64> integerField(const QJsonObject &o, const QString &path, const QString &key, qint64 min, qint64 max,
                            bool allowString)
{
    const QJsonValue v = o.value(key);
    const QString where = path + QLatin1Char('.') + key;
    qint64 n = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
            return badJson(QStringLiteral("%1 is %2, expected a whole number from %3 to %4")
                               .arg(where).arg(d).arg(min).arg(max));
        n = static_cast<qint64>(d);
    } else if (allowString && v.isString()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
        const QString s = v.toString();
        if (!digits.match(s).hasMatch())
            return badJson(QStringLiteral("%1 is \"%2\", expected a number").arg(where, s.left(40)));
        n = s.toLongLong();
        if (n < min || n > max)
            return badJson(QStringLiteral("%1 is %2, expected %3 to %4").arg(where).arg(n).arg(min).arg(max));
    } else {
        return badJson(QStringLiteral("%1 is %2, expected a number").arg(where, typeName(v)));
    }
    return n;
}

Result<char> charField(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    const QString where = path + QLatin1Char('.') + key;
    if (!v.isString())
        return badJson(QStringLiteral("%1 is %2, expected a one-character string").arg(where, typeName(v)));
    const QString s = v.toString();
    if (s.size() != 1 || s[0].unicode() > 0x7F)
        return badJson(QStringLiteral("%1 is \"%2\", expected one character").arg(where, s.left(40)));
    return s[0].toLatin1();
}

Result<InstalledDependency> parseDependency(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return badJson(QStringLiteral("%1 is %2, expected an object").arg(path, typeName(value)));
    const QJsonObject o = value.toObject();
    InstalledDependency d;
    const auto f = charField(o, path, QStringLiteral("f"));
    if (!f)
        return f.error();
    const auto code = moduleFunctionFromJsonChar(*f);
    if (!code)
        return badJson(QStringLiteral("%1.f is '%2', not a module function").arg(path, QString(QLatin1Char(*f))));
    d.functionCode = *code;
    const auto n = integerField(o, path, QStringLiteral("n"), 0, 255, true);
    if (!n)
        return n.error();
    d.index = int(*n);
    const auto v = integerField(o, path, QStringLiteral("v"), 0, 65535, false);
    if (!v)
        return v.error();
    d.version = int(*v);
    return d;
}

Result<InstalledModule> parseModule(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return badJson(QStringLiteral("%1 is %2, expected an object").arg(path, typeName(value)));
    const QJsonObject o = value.toObject();
    InstalledModule m;

    const auto size = integerField(o, path, QStringLiteral("s"), 0, 0xFFFFFFFFLL, false);
    if (!size)
        return size.error();
    m.maxSize = *size;
    const auto store = charField(o, path, QStringLiteral("l"));
    if (!store)
        return store.error();
    const auto storeCode = moduleStoreFromJsonChar(*store);
    if (!storeCode)
        return badJson(QStringLiteral("%1.l is '%2', not a module store").arg(path, QString(QLatin1Char(*store))));
    m.store = *storeCode;
    const auto vc = integerField(o, path, QStringLiteral("vc"), 0, 255, false);
    if (!vc)
        return vc.error();
    m.validityChecked = quint8(*vc);
    const auto vv = integerField(o, path, QStringLiteral("vv"), 0, 255, false);
    if (!vv)
        return vv.error();
    m.validityResult = quint8(*vv);

    if (o.contains(QStringLiteral("f"))) {
        const auto f = charField(o, path, QStringLiteral("f"));
        if (!f)
            return f.error();
        const auto code = moduleFunctionFromJsonChar(*f);
        if (!code)
            return badJson(QStringLiteral("%1.f is '%2', not a module function").arg(path, QString(QLatin1Char(*f))));
        m.functionCode = *code;
        const auto n = integerField(o, path, QStringLiteral("n"), 0, 255, true);
        if (!n)
            return n.error();
        m.index = int(*n);
        const auto v = integerField(o, path, QStringLiteral("v"), 0, 65535, false);
        if (!v)
            return v.error();
        m.version = int(*v);
    }

    if (o.contains(QStringLiteral("u"))) {
        const QJsonValue u = o.value(QStringLiteral("u"));
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (!u.isString() || !hex.match(u.toString()).hasMatch())
            return badJson(QStringLiteral("%1.u is %2, expected 64 hex digits (SHA-256)")
                               .arg(path, u.isString() ? QLatin1Char('"') + u.toString().left(70) + QLatin1Char('"')
                                                       : typeName(u)));
        m.userSha256 = u.toString().toUpper();
    }

    const QJsonValue deps = o.value(QStringLiteral("d"));
    if (!deps.isUndefined()) {
        if (!deps.isArray())
            return badJson(QStringLiteral("%1.d is %2, expected an array").arg(path, typeName(deps)));
        const QJsonArray array = deps.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto d = parseDependency(array.at(i), QStringLiteral("%1.d[%2]").arg(path).arg(i));
            if (!d)
                return d.error();
            m.dependencies.append(std::move(d).value());
        }
    }
    return m;
}

} // namespace

Result<ModuleInspection> ModuleInspectionJson::parse(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badJson(QStringLiteral("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return badJson(QStringLiteral("the top level is an array, expected an object"));
    const QJsonObject top = doc.object();

    ModuleInspection inspection;
    inspection.source = ModuleInspection::Source::SerialJson;
    const auto p = integerField(top, QStringLiteral("$"), QStringLiteral("p"), 0, 65535, false);
    if (!p)
        return p.error();
    inspection.platformId = int(*p);

    const QJsonValue modules = top.value(QStringLiteral("m"));
    if (!modules.isArray())
        return badJson(QStringLiteral("$.m is %1, expected an array of modules").arg(typeName(modules)));
    const QJsonArray array = modules.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto m = parseModule(array.at(i), QStringLiteral("m[%1]").arg(i));
        if (!m)
            return m.error();
        inspection.modules.append(std::move(m).value());
    }

    // Other top-level keys are the HAL's system info (imei, iccid, cellfw on cellular devices).
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.key() == QLatin1String("p") || it.key() == QLatin1String("m"))
            continue;
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            return badJson(QStringLiteral("$.%1 is %2, expected a string or number").arg(it.key(), typeName(v)));
        inspection.properties.append({it.key(), it.key(), text});
    }
    return inspection;
}

QByteArray ModuleInspectionJson::write(const ModuleInspection &inspection, ModuleJsonStyle style)
{
    // Written by hand to keep Device OS's key order (p, system info, m; per module s l vc vv u f n v d).
    QByteArray out = "{\"p\":" + QByteArray::number(inspection.platformId);
    for (const DeviceProperty &p : inspection.properties)
        out += ",\"" + p.key.toUtf8() + "\":" + QJsonDocument(QJsonArray{p.value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    out += ",\"m\":[";
    bool first = true;
    for (const InstalledModule &m : inspection.modules) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"s\":" + QByteArray::number(m.maxSize) + ",\"l\":\"" + moduleStoreJsonChar(m.store)
               + "\",\"vc\":" + QByteArray::number(m.validityChecked) + ",\"vv\":" + QByteArray::number(m.validityResult);
        if (!m.userSha256.isEmpty())
            out += ",\"u\":\"" + m.userSha256.toLatin1() + '"';
        if (m.functionCode) {
            out += ",\"f\":\"" + QByteArray(1, moduleFunctionJsonChar(*m.functionCode)) + "\",\"n\":\""
                   + QByteArray::number(m.index) + "\",\"v\":" + QByteArray::number(m.version);
        }
        out += ",\"d\":[";
        bool firstDep = true;
        for (const InstalledDependency &d : m.dependencies) {
            if (!firstDep)
                out += ',';
            firstDep = false;
            out += "{\"f\":\"" + QByteArray(1, moduleFunctionJsonChar(d.functionCode)) + "\",\"n\":\""
                   + QByteArray::number(d.index) + "\",\"v\":" + QByteArray::number(d.version)
                   + (style.dependencyUnderscore ? ",\"_\":\"\"}" : "}");
        }
        out += "]}";
    }
    out += "]}";
    return out;
}

} // namespace dr
