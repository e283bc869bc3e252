// Saved station recipes, by name: one small JSON file ({"recipes": [...]}) in the app's config folder
// (QStandardPaths::AppConfigLocation/station-recipes.json), rewritten atomically on every change.
// Cheap, synchronous file access: a recipe is a few hundred bytes.
#pragma once

#include "common/result.h"
#include "station/stationrecipe.h"

#include <QList>
#include <QString>

namespace dr {

class StationRecipeStore
{
public:
    // `path` empty: defaultPath().
    explicit StationRecipeStore(QString path = {});
    static QString defaultPath();
    QString path() const { return m_path; }

    // Every saved recipe, in the order saved. A missing file is an empty list; a damaged one an
    // error naming the file and what is wrong.
    Result<QList<StationRecipe>> list() const;
    QStringList names() const; // empty when the file cannot be read
    // The recipe of that name (names compare case-insensitively); recipe.not-found lists the names.
    Result<StationRecipe> load(const QString &name) const;
    // Adds the recipe, or replaces the one of the same name.
    Result<void> save(const StationRecipe &recipe);
    Result<void> remove(const QString &name);

private:
    Result<void> write(const QList<StationRecipe> &recipes);
    QString m_path;
};

} // namespace dr
