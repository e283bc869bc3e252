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
    // `usb` must outlive the launcher. `bundlePath`: the Device OS binaries the devices' plans use
    // (opened on the first device's worker thread, not here); `simulated` marks the reports.
    StationLauncher(UsbBackend &usb, QString bundlePath, bool simulated, QObject *parent = nullptr);
    ~StationLauncher() override;

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
    QString m_bundlePath;
    bool m_simulated;
    StationRecipeStore m_store;
    RestoreEngine::SerialPortLookup m_serialPorts;
    std::shared_ptr<const ReleaseListing> m_listing;
    std::unique_ptr<StationService> m_service;
    QPointer<ui::StationWindow> m_window;
    QPointer<ui::RecipeEditor> m_editor;
};

} // namespace dr::app
