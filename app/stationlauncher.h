// The app's side of the restore station: the saved recipes (StationRecipeStore), the recipe editor,
// one StationService on the app's USB backend (the --simulate fleet or libusb) and its window, and
// the files the window asks for (a report, the report folder: opened with the desktop's own
// programs). Started from the wizard's "Restore many devices" or by `device-restore --station`.
#pragma once

#include "restore/restoreengine.h"
#include "station/recipeeditor.h"
#include "station/stationrecipestore.h"
#include "station/stationreleases.h"
#include "station/stationwindow.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace dr {
class StationService;
class UsbBackend;
struct ReleaseListing;
}

namespace dr::app {

class StationLauncher : public QObject
{
    Q_OBJECT

public:
    // `usb` must outlive the launcher. `releases`: where the devices' plans get their releases (the
    // catalog, or binaries: `fromBinaries`, which know no "Particle's recommended version", so a new
    // recipe then starts on the latest release); `simulated` marks the reports.
    StationLauncher(UsbBackend &usb, StationReleaseProvider releases, bool fromBinaries, bool simulated,
                    QObject *parent = nullptr);
    ~StationLauncher() override;

    // The releases of a folder or zip of binaries, opened by the first device that needs them (on
    // its worker thread: opening checks every module, which the window should not wait for).
    static StationReleaseProvider binariesOpenedOnFirstUse(const QString &path);

    void setSerialPortLookup(RestoreEngine::SerialPortLookup lookup) { m_serialPorts = std::move(lookup); }
    // The recipe store's file (tests); default StationRecipeStore::defaultPath().
    void setRecipeStore(const QString &path) { m_store = StationRecipeStore(path); }

    // The recipe editor (window-modal over `parent` when given): "Open the station" opens it with
    // the recipe; Cancel emits editorClosed(false).
    void chooseRecipe(QWidget *parent, std::shared_ptr<const ReleaseListing> listing);
    // The station with the saved recipe of that name; the store's error when there is none.
    Result<void> openStation(const QString &recipeName);
    void openStation(const StationRecipe &recipe);

    ui::StationWindow *window() const { return m_window; }
    StationService *service() const { return m_service.get(); }

Q_SIGNALS:
    void stationOpened();
    void editorClosed(bool accepted);

private:
    void openFolder(const QString &folder);

    UsbBackend &m_usb;
    StationReleaseProvider m_releases;
    bool m_fromBinaries;
    bool m_simulated;
    StationRecipeStore m_store;
    RestoreEngine::SerialPortLookup m_serialPorts;
    std::shared_ptr<const ReleaseListing> m_listing;
    std::unique_ptr<StationService> m_service;
    QPointer<ui::StationWindow> m_window;
    QPointer<ui::RecipeEditor> m_editor;
};

} // namespace dr::app
