#include "stationlauncher.h"

#include "restore/bundleloader.h"
#include "restore/releaseservice.h"
#include "station/recipeeditor.h"
#include "station/stationservice.h"
#include "station/stationwindow.h"

#include <QDesktopServices>
#include <QDir>
#include <QUrl>

#include <mutex>

namespace dr::app {

StationReleaseProvider StationLauncher::binariesOpenedOnFirstUse(const QString &path)
{
    struct Shared
    {
        std::mutex mutex;
        std::optional<Result<StationReleaseProvider>> opened;
    };
    auto shared = std::make_shared<Shared>();
    return [shared, path](const Platform &platform, const std::optional<SemVer> &from, const QString &target,
                          const PlanOptions &options) -> Result<StationReleases> {
        StationReleaseProvider provider;
        {
            const std::lock_guard lock(shared->mutex);
            if (!shared->opened) {
                if (path.isEmpty())
                    shared->opened = Result<StationReleaseProvider>(makeError(
                        QStringLiteral("station.no-binaries"), QStringLiteral("There are no Device OS binaries to restore from."),
                        QStringLiteral("Run installer/fetch-real-binaries.sh, or start the station with --bundle and a "
                                       "folder or zip of release binaries.")));
                else if (auto bundle = BundleLoader::openShared(path); bundle.ok())
                    shared->opened = Result<StationReleaseProvider>(bundleReleases(*bundle));
                else
                    shared->opened = Result<StationReleaseProvider>(bundle.error());
            }
            if (!shared->opened->ok())
                return shared->opened->error();
            provider = **shared->opened;
        }
        return provider(platform, from, target, options);
    };
}

StationLauncher::StationLauncher(UsbBackend &usb, StationReleaseProvider releases, bool fromBinaries, bool simulated,
                                 QObject *parent)
    : QObject(parent), m_usb(usb), m_releases(std::move(releases)), m_fromBinaries(fromBinaries), m_simulated(simulated)
{
}

StationLauncher::~StationLauncher()
{
    delete m_editor;
    delete m_window; // before the service it shows
}

void StationLauncher::chooseRecipe(QWidget *parent, std::shared_ptr<const ReleaseListing> listing)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *editor = new ui::RecipeEditor(parent);
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (listing)
        m_listing = std::move(listing);
    if (m_listing)
        editor->setListing(m_listing);
    auto refresh = [this, editor] {
        auto recipes = m_store.list();
        editor->setSavedRecipes(recipes.ok() ? *recipes : QList<StationRecipe>());
        if (!recipes.ok())
            editor->showStoreError(recipes.error().text());
    };
    refresh();
    if (m_service) {
        editor->setRecipe(m_service->recipe());
    } else if (m_fromBinaries) {
        StationRecipe fresh = editor->recipe();
        fresh.targetVersion = QStringLiteral("latest");
        editor->setRecipe(fresh);
    }
    connect(editor, &ui::RecipeEditor::saveRequested, this, [this, editor, refresh](const StationRecipe &r) {
        const Result<void> saved = m_store.save(r);
        refresh();
        if (!saved.ok())
            editor->showStoreError(saved.error().text());
    });
    connect(editor, &ui::RecipeEditor::removeRequested, this, [this, editor, refresh](const QString &name) {
        const Result<void> removed = m_store.remove(name);
        refresh();
        if (!removed.ok())
            editor->showStoreError(removed.error().text());
    });
    connect(editor, &ui::RecipeEditor::openRequested, this,
            qOverload<const StationRecipe &>(&StationLauncher::openStation));
    connect(editor, &QDialog::finished, this, [this](int result) { Q_EMIT editorClosed(result == QDialog::Accepted); });
    if (parent)
        editor->open();
    else
        editor->show();
}

Result<void> StationLauncher::openStation(const QString &recipeName)
{
    auto recipe = m_store.load(recipeName);
    if (!recipe.ok())
        return recipe.error();
    openStation(*recipe);
    return {};
}

void StationLauncher::openStation(const StationRecipe &recipe)
{
    if (!m_service) {
        m_service = std::make_unique<StationService>(m_usb);
        m_service->setReleaseProvider(m_releases);
        if (m_serialPorts)
            m_service->setSerialPortLookup(m_serialPorts);
        m_service->setSimulated(m_simulated);
    }
    if (!m_window) {
        m_window = new ui::StationWindow(*m_service, m_simulated);
        connect(m_window, &ui::StationWindow::reportFolderRequested, this, &StationLauncher::openFolder);
        connect(m_window, &ui::StationWindow::reportRequested, this,
                [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        connect(m_window, &ui::StationWindow::recipeChangeRequested, this,
                [this] { chooseRecipe(m_window, nullptr); });
    }
    m_window->setRecipe(recipe);
    m_service->startWatching();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT stationOpened();
}

void StationLauncher::openFolder(const QString &folder)
{
    // The folder appears with the first report; before that it is made empty, so the file manager
    // shows where the reports will be.
    QDir().mkpath(folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace dr::app
