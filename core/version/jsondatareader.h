// Strict reading of our JSON data files (platforms.json, device-os-versions.json). Every problem
// becomes one Error that names the file and the field path, e.g.
// "platforms.json: platforms[4].slots[2].bounds.end: 0x0806000 is below start 0x08060000".
// Accessors never fail hard: they record the first problem and return a neutral value, so the
// loaders read linearly and check failed() before trusting what they read.
#pragma once

#include "common/result.h"
#include "version/semver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <optional>

namespace dr {

class JsonDataReader
{
public:
    enum Presence { Required, Optional };

    JsonDataReader(QString sourceName, QString errorCode, QString remedy);

    // The top-level object; records an error for bad JSON or a non-object root.
    QJsonObject parseRoot(const QByteArray &json);

    static QString at(const QString &path, QStringView key);
    static QString at(const QString &path, QLatin1String key) { return at(path, QString(key)); }
    static QString at(const QString &path, const QString &key) { return at(path, QStringView(key)); }
    static QString at(const QString &path, qsizetype index);

    // Records "source: path: what" unless an earlier problem was recorded.
    void fail(const QString &path, const QString &what);
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    // Every key of o must be one of `known` (or "$comment"): a misspelt key is an error, not a default.
    void checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known);

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key, Presence p = Required);
    QJsonObject asObject(const QJsonValue &v, const QString &path);
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, Presence p = Required);
    QString string(const QJsonObject &o, const QString &path, const char *key, Presence p = Required);
    bool boolean(const QJsonObject &o, const QString &path, const char *key, std::optional<bool> fallback = {});
    qint64 integer(const QJsonObject &o, const QString &path, const char *key, qint64 min, qint64 max,
                   std::optional<qint64> fallback = {});
    // "0x" followed by 1..8 hex digits; at most maxValue.
    quint32 hex(const QJsonObject &o, const QString &path, const char *key, quint32 maxValue = 0xFFFFFFFFu,
                std::optional<quint32> fallback = {});
    std::optional<SemVer> semver(const QJsonObject &o, const QString &path, const char *key, Presence p = Required);

    static QString hexText(quint32 v, int digits = 0); // "0x08060000"
    static std::optional<quint32> parseHex(QStringView text);

private:
    bool present(const QJsonObject &o, const QString &path, const char *key, Presence p);
    static QString typeName(const QJsonValue &v);

    QString m_source, m_code, m_remedy;
    std::optional<Error> m_error;
};

} // namespace dr
