// A station recipe as JSON (see stationrecipe.h): the form the recipe store keeps and the command line
// reads. Unknown keys are refused like the platform data's, so a typo never silently means "any".
#include "station/stationrecipe.h"

#include "platform/platformdatabase.h"
#include "version/semver.h"

#include <QJsonArray>

namespace dr {

namespace {

QString userFirmwareName(UserFirmwareChoice c)
{
    switch (c) {
    case UserFirmwareChoice::Auto:
        return QStringLiteral("auto");
    case UserFirmwareChoice::Tinker:
        return QStringLiteral("tinker");
    case UserFirmwareChoice::Keep:
        return QStringLiteral("keep");
    case UserFirmwareChoice::File:
        return QStringLiteral("file");
    }
    return QStringLiteral("auto");
}

Error recipeError(const QString &key, const QString &what)
{
    return makeError(QStringLiteral("recipe.invalid"),
                     QStringLiteral("Station recipe: \"%1\" %2").arg(key, what),
                     QStringLiteral("Correct the recipe, or save it again from the station."));
}

} // namespace

QJsonObject StationRecipe::toJson() const
{
    const Platform *p = platformId < 0 ? nullptr : PlatformDatabase::builtin().byId(platformId);
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("platform"), p ? p->name : QStringLiteral("any")},
                  {QStringLiteral("targetVersion"), targetVersion},
                  {QStringLiteral("userFirmware"), userFirmwareName(userFirmware)},
                  {QStringLiteral("includeNcp"), includeNcp},
                  {QStringLiteral("allowedSkus"), QJsonArray::fromStringList(allowedSkus)},
                  {QStringLiteral("skipBelowModelMinimum"), skipBelowModelMinimum},
                  {QStringLiteral("autoStart"), autoStart},
                  {QStringLiteral("maxParallel"), maxParallel}};
    if (userFirmware == UserFirmwareChoice::File)
        o.insert(QStringLiteral("userFirmwarePath"), userFirmwarePath);
    return o;
}

Result<StationRecipe> StationRecipe::fromJson(const QJsonObject &o)
{
    static const QStringList known = {QStringLiteral("name"),
                                      QStringLiteral("platform"),
                                      QStringLiteral("targetVersion"),
                                      QStringLiteral("userFirmware"),
                                      QStringLiteral("userFirmwarePath"),
                                      QStringLiteral("includeNcp"),
                                      QStringLiteral("allowedSkus"),
                                      QStringLiteral("skipBelowModelMinimum"),
                                      QStringLiteral("autoStart"),
                                      QStringLiteral("maxParallel"),
                                      QStringLiteral("$comment")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return recipeError(it.key(), QStringLiteral("is not a recipe key (known: %1).")
                                             .arg(known.mid(0, known.size() - 1).join(QLatin1String(", "))));
    StationRecipe r;
    const auto text = [&](const char *key, QString *into, bool required) -> std::optional<Error> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required) return recipeError(QLatin1String(key), QStringLiteral("is missing."));
            return std::nullopt;
        }
        if (!v.isString()) return recipeError(QLatin1String(key), QStringLiteral("must be a string."));
        *into = v.toString();
        return std::nullopt;
    };
    const auto flag = [&](const char *key, bool *into) -> std::optional<Error> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) return std::nullopt;
        if (!v.isBool()) return recipeError(QLatin1String(key), QStringLiteral("must be true or false."));
        *into = v.toBool();
        return std::nullopt;
    };
    if (auto e = text("name", &r.name, true)) return *e;
    if (r.name.trimmed().isEmpty())
        return recipeError(QStringLiteral("name"), QStringLiteral("must not be empty."));
    QString platform = QStringLiteral("any");
    if (auto e = text("platform", &platform, false)) return *e;
    if (platform.compare(QLatin1String("any"), Qt::CaseInsensitive) != 0) {
        bool isNumber = false;
        const int id = platform.toInt(&isNumber);
        const Platform *p =
            isNumber ? PlatformDatabase::builtin().byId(id) : PlatformDatabase::builtin().byName(platform);
        if (!p)
            return recipeError(
                QStringLiteral("platform"),
                QStringLiteral("names no known platform (\"%1\"); write a platform name such as boron, "
                               "or \"any\".")
                    .arg(platform));
        if (!p->supported)
            return recipeError(QStringLiteral("platform"),
                               QStringLiteral("names the %1, which cannot be restored: %2")
                                   .arg(p->displayName, p->unsupportedReason));
        r.platformId = p->id;
    }
    if (auto e = text("targetVersion", &r.targetVersion, true)) return *e;
    if (r.targetVersion != QLatin1String("default") && r.targetVersion != QLatin1String("latest") &&
        !SemVer::parse(r.targetVersion))
        return recipeError(
            QStringLiteral("targetVersion"),
            QStringLiteral("must be a Device OS version (\"6.3.5\"), \"default\" or \"latest\"; it is "
                           "\"%1\".")
                .arg(r.targetVersion));
    QString user = QStringLiteral("tinker");
    if (auto e = text("userFirmware", &user, false)) return *e;
    if (user == QLatin1String("auto"))
        r.userFirmware = UserFirmwareChoice::Auto;
    else if (user == QLatin1String("tinker"))
        r.userFirmware = UserFirmwareChoice::Tinker;
    else if (user == QLatin1String("keep"))
        r.userFirmware = UserFirmwareChoice::Keep;
    else if (user == QLatin1String("file"))
        r.userFirmware = UserFirmwareChoice::File;
    else
        return recipeError(QStringLiteral("userFirmware"),
                           QStringLiteral("must be auto, tinker, keep or file; it is \"%1\".").arg(user));
    if (auto e = text("userFirmwarePath", &r.userFirmwarePath, r.userFirmware == UserFirmwareChoice::File))
        return *e;
    if (auto e = flag("includeNcp", &r.includeNcp)) return *e;
    if (auto e = flag("skipBelowModelMinimum", &r.skipBelowModelMinimum)) return *e;
    if (auto e = flag("autoStart", &r.autoStart)) return *e;
    if (const QJsonValue v = o.value(QLatin1String("allowedSkus")); !v.isUndefined()) {
        if (!v.isArray())
            return recipeError(QStringLiteral("allowedSkus"),
                               QStringLiteral("must be a list of model names."));
        for (const QJsonValue &s : v.toArray()) {
            if (!s.isString() || s.toString().trimmed().isEmpty())
                return recipeError(QStringLiteral("allowedSkus"),
                                   QStringLiteral("must hold model names such as \"B404X\" only."));
            r.allowedSkus << s.toString().trimmed().toUpper();
        }
    }
    if (const QJsonValue v = o.value(QLatin1String("maxParallel")); !v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 || v.toInt() > 64)
            return recipeError(QStringLiteral("maxParallel"),
                               QStringLiteral("must be a whole number from 1 to 64."));
        r.maxParallel = v.toInt();
    }
    if (r.platformId >= 0) {
        const Platform *p = PlatformDatabase::builtin().byId(r.platformId);
        for (const QString &sku : r.allowedSkus)
            if (!p->model(sku))
                return recipeError(
                    QStringLiteral("allowedSkus"),
                    QStringLiteral("names %1, which is no %2 model.").arg(sku, p->displayName));
    }
    return r;
}

} // namespace dr
