// Strict, path-naming reader for our JSON data files.
#include "version/jsondatareader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <cmath>

namespace dr {

JsonDataReader::JsonDataReader(QString sourceName, QString errorCode, QString remedy)
    : m_source(std::move(sourceName)), m_code(std::move(errorCode)), m_remedy(std::move(remedy))
{
}

QJsonObject JsonDataReader::parseRoot(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Line/column help a person find the spot; QJsonParseError only gives a byte offset.
        const QByteArray head = json.left(pe.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(pe.offset - (head.lastIndexOf('\n') + 1)) + 1;
        fail(QString(), QStringLiteral("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(pe.errorString()));
        return {};
    }
    if (!doc.isObject()) {
        fail(QString(), QStringLiteral("the top level must be a JSON object"));
        return {};
    }
    return doc.object();
}

QString JsonDataReader::at(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + QLatin1Char('.') + key.toString();
}

QString JsonDataReader::at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonDataReader::fail(const QString &path, const QString &what)
{
    if (m_error)
        return;
    const QString where = path.isEmpty() ? m_source : m_source + QStringLiteral(": ") + path;
    m_error = makeError(m_code, where + QStringLiteral(": ") + what, m_remedy,
                        QStringLiteral("file: %1; field: %2").arg(m_source, path.isEmpty() ? QStringLiteral("(top level)") : path));
}

void JsonDataReader::checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("$comment"))
            continue;
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok) {
            QStringList names;
            for (const char *k : known)
                names << QString::fromLatin1(k);
            fail(at(path, it.key()), QStringLiteral("unknown field (expected one of: %1)").arg(names.join(QStringLiteral(", "))));
            return;
        }
    }
}

QString JsonDataReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

bool JsonDataReader::present(const QJsonObject &o, const QString &path, const char *key, Presence p)
{
    if (o.contains(QLatin1String(key)))
        return true;
    if (p == Required)
        fail(at(path, QLatin1String(key)), QStringLiteral("required field is missing"));
    return false;
}

QJsonObject JsonDataReader::asObject(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        fail(path, QStringLiteral("expected an object, found %1").arg(typeName(v)));
        return {};
    }
    return v.toObject();
}

QJsonObject JsonDataReader::object(const QJsonObject &o, const QString &path, const char *key, Presence p)
{
    if (!present(o, path, key, p))
        return {};
    return asObject(o.value(QLatin1String(key)), at(path, QLatin1String(key)));
}

QJsonArray JsonDataReader::array(const QJsonObject &o, const QString &path, const char *key, Presence p)
{
    if (!present(o, path, key, p))
        return {};
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray()) {
        fail(at(path, QLatin1String(key)), QStringLiteral("expected an array, found %1").arg(typeName(v)));
        return {};
    }
    return v.toArray();
}

QString JsonDataReader::string(const QJsonObject &o, const QString &path, const char *key, Presence p)
{
    if (!present(o, path, key, p))
        return {};
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString()) {
        fail(at(path, QLatin1String(key)), QStringLiteral("expected a string, found %1").arg(typeName(v)));
        return {};
    }
    if (p == Required && v.toString().trimmed().isEmpty())
        fail(at(path, QLatin1String(key)), QStringLiteral("must not be empty"));
    return v.toString();
}

bool JsonDataReader::boolean(const QJsonObject &o, const QString &path, const char *key, std::optional<bool> fallback)
{
    if (!present(o, path, key, fallback ? Optional : Required))
        return fallback.value_or(false);
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isBool()) {
        fail(at(path, QLatin1String(key)), QStringLiteral("expected true or false, found %1").arg(typeName(v)));
        return false;
    }
    return v.toBool();
}

qint64 JsonDataReader::integer(const QJsonObject &o, const QString &path, const char *key, qint64 min, qint64 max,
                               std::optional<qint64> fallback)
{
    if (!present(o, path, key, fallback ? Optional : Required))
        return fallback.value_or(0);
    const QJsonValue v = o.value(QLatin1String(key));
    const QString where = at(path, QLatin1String(key));
    if (!v.isDouble()) {
        fail(where, QStringLiteral("expected an integer, found %1").arg(typeName(v)));
        return 0;
    }
    const double d = v.toDouble();
    // Range first, in doubles: converting a double outside qint64 (1e300, 2^63) is undefined.
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
        fail(where, QStringLiteral("%1 is outside the allowed range %2..%3").arg(d).arg(min).arg(max));
        return 0;
    }
    if (d != std::trunc(d)) {
        fail(where, QStringLiteral("expected an integer, found %1").arg(d));
        return 0;
    }
    const qint64 i = qint64(d);
    if (i < min || i > max) {
        fail(where, QStringLiteral("%1 is outside the allowed range %2..%3").arg(i).arg(min).arg(max));
        return 0;
    }
    return i;
}

std::optional<quint32> JsonDataReader::parseHex(QStringView text)
{
    if (text.size() < 3 || text.size() > 10 || !text.startsWith(QLatin1String("0x")))
        return std::nullopt;
    quint32 v = 0;
    for (QChar c : text.mid(2)) {
        const char16_t u = c.unicode();
        int d;
        if (u >= u'0' && u <= u'9')
            d = u - u'0';
        else if (u >= u'a' && u <= u'f')
            d = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            d = u - u'A' + 10;
        else
            return std::nullopt;
        v = (v << 4) | quint32(d);
    }
    return v;
}

QString JsonDataReader::hexText(quint32 v, int digits)
{
    return QStringLiteral("0x") + QString::number(v, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

quint32 JsonDataReader::hex(const QJsonObject &o, const QString &path, const char *key, quint32 maxValue,
                            std::optional<quint32> fallback)
{
    if (!present(o, path, key, fallback ? Optional : Required))
        return fallback.value_or(0);
    const QJsonValue v = o.value(QLatin1String(key));
    const QString where = at(path, QLatin1String(key));
    if (!v.isString()) {
        fail(where, QStringLiteral("expected a hex string like \"0x08060000\", found %1").arg(typeName(v)));
        return 0;
    }
    const auto parsed = parseHex(v.toString());
    if (!parsed) {
        fail(where, QStringLiteral("\"%1\" is not a hex number like \"0x08060000\" (0x and 1 to 8 hex digits)").arg(v.toString()));
        return 0;
    }
    if (*parsed > maxValue) {
        fail(where, QStringLiteral("%1 is above the largest allowed value %2").arg(v.toString(), hexText(maxValue)));
        return 0;
    }
    return *parsed;
}

std::optional<SemVer> JsonDataReader::semver(const QJsonObject &o, const QString &path, const char *key, Presence p)
{
    if (!present(o, path, key, p))
        return std::nullopt;
    const QJsonValue v = o.value(QLatin1String(key));
    const QString where = at(path, QLatin1String(key));
    if (!v.isString()) {
        fail(where, QStringLiteral("expected a version string like \"2.3.1\", found %1").arg(typeName(v)));
        return std::nullopt;
    }
    auto parsed = SemVer::parse(v.toString());
    if (!parsed || v.toString().startsWith(QLatin1Char('v'))) {
        fail(where, QStringLiteral("\"%1\" is not a semantic version like \"2.3.1\" or \"5.0.0-rc.1\"").arg(v.toString()));
        return std::nullopt;
    }
    return parsed;
}

} // namespace dr
