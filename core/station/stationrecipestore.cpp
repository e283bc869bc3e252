// Saved station recipes in one JSON file (see stationrecipestore.h).
#include "station/stationrecipestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace dr {

StationRecipeStore::StationRecipeStore(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{
}

QString StationRecipeStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/station-recipes.json");
}

Result<QList<StationRecipe>> StationRecipeStore::list() const
{
    QFile f(m_path);
    if (!f.exists()) return QList<StationRecipe>{};
    const auto damaged = [this](const QString &why) {
        return makeError(
            QStringLiteral("recipe.store-damaged"),
            QStringLiteral("The saved station recipes in %1 cannot be read: %2").arg(m_path, why),
            QStringLiteral("Correct or delete the file; recipes saved afterwards start a new one."));
    };
    if (!f.open(QIODevice::ReadOnly)) return damaged(f.errorString());
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return damaged(QStringLiteral("%1 at byte %2").arg(parse.errorString()).arg(parse.offset));
    if (!doc.isObject() || !doc.object().value(QLatin1String("recipes")).isArray())
        return damaged(QStringLiteral("it holds no \"recipes\" list."));
    QList<StationRecipe> out;
    const QJsonArray items = doc.object().value(QLatin1String("recipes")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto r = StationRecipe::fromJson(items[i].toObject());
        if (!r.ok()) return damaged(QStringLiteral("recipes[%1]: %2").arg(i).arg(r.error().message));
        out.append(*r);
    }
    return out;
}

QStringList StationRecipeStore::names() const
{
    QStringList out;
    if (auto all = list(); all.ok())
        for (const StationRecipe &r : *all)
            out << r.name;
    return out;
}

Result<StationRecipe> StationRecipeStore::load(const QString &name) const
{
    auto all = list();
    if (!all.ok()) return all.error();
    QStringList names;
    for (const StationRecipe &r : *all) {
        if (r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) return r;
        names << r.name;
    }
    return makeError(QStringLiteral("recipe.not-found"),
                     QStringLiteral("There is no station recipe named \"%1\".").arg(name),
                     names.isEmpty()
                         ? QStringLiteral("Save one from the station first.")
                         : QStringLiteral("Saved recipes: %1.").arg(names.join(QLatin1String(", "))));
}

Result<void> StationRecipeStore::save(const StationRecipe &recipe)
{
    if (recipe.name.trimmed().isEmpty())
        return makeError(QStringLiteral("recipe.invalid"), QStringLiteral("A station recipe needs a name."),
                         QStringLiteral("Give it a name, then save it."));
    // What is saved must load again: the same checks as reading it back.
    if (auto checked = StationRecipe::fromJson(recipe.toJson()); !checked.ok()) return checked.error();
    auto all = list();
    if (!all.ok()) return all.error();
    bool replaced = false;
    for (StationRecipe &r : *all)
        if (r.name.compare(recipe.name.trimmed(), Qt::CaseInsensitive) == 0) {
            r = recipe;
            replaced = true;
        }
    if (!replaced) all->append(recipe);
    return write(*all);
}

Result<void> StationRecipeStore::remove(const QString &name)
{
    auto all = list();
    if (!all.ok()) return all.error();
    const auto n = all->removeIf(
        [&](const StationRecipe &r) { return r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
    if (n == 0) return load(name).error(); // recipe.not-found with the names there are
    return write(*all);
}

Result<void> StationRecipeStore::write(const QList<StationRecipe> &recipes)
{
    QJsonArray items;
    for (const StationRecipe &r : recipes)
        items.append(r.toJson());
    const QByteArray data =
        QJsonDocument(QJsonObject{{QStringLiteral("recipes"), items}}).toJson(QJsonDocument::Indented);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return makeError(QStringLiteral("recipe.write-failed"),
                         QStringLiteral("The station recipes could not be saved to %1.").arg(m_path),
                         QStringLiteral("Check that the folder can be written to."), f.errorString());
    return {};
}

} // namespace dr
