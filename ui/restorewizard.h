// The point-and-click restore: platform, version (and binaries, user firmware), device, plan,
// restore, result. The pages share one RestoreSession; all device work goes through DeviceService
// (a worker thread), binaries load through BundleLoader (a worker thread): the window never blocks.
#pragma once

#include "restore/deviceservice.h"
#include "restore/firmwarebundle.h"
#include "restore/restoreplanner.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace dr {
class BundleLoader;
class DoctorService;
class ReleaseService;
struct ReleaseListing;
}

namespace dr::ui {

struct RestoreSession
{
    const Platform *platform = nullptr;
    std::optional<SemVer> target;
    std::shared_ptr<const FirmwareBundle> bundle;
    QString modelSku;
    UserFirmwareChoice userFirmware = UserFirmwareChoice::Auto;
    std::optional<BundleModule> userFile;
    std::optional<DeviceSummary> device;
    std::optional<ModuleInspection> before;
    QString beforeNotRead; // why `before` is unknown (reading over DFU failed), for the plan's note
    bool force = false;
    RestorePlan plan;
    std::optional<RestoreOutcome> outcome;
    QStringList log;

    PlanRequest planRequest() const;
};

class RestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PlatformPageId, VersionPageId, DevicePageId, PlanPageId, RestorePageId, ResultPageId };

    // Where the version page's releases come from.
    enum class CatalogState {
        None,        // no release service: only a folder or zip of binaries
        Loading,     // the catalog is being read or fetched
        Ready,       // listing() holds it
        Unavailable, // no kept catalog and the network gave none: the local binaries serve instead
    };

    // `devices` (and `releases`, when given) must outlive the wizard. `bundlePath`: binaries to open
    // at start (may be empty). With `releases`, the version page offers the release catalog; when it
    // cannot be had, the binaries on this computer serve as before.
    RestoreWizard(DeviceService &devices, const QString &bundlePath, bool simulated, ReleaseService *releases = nullptr,
                  QWidget *parent = nullptr);
    ~RestoreWizard() override;

    RestoreSession &session() { return m_session; }
    DeviceService &devices() { return m_devices; }
    BundleLoader &loader() { return *m_loader; }
    ReleaseService *releases() const { return m_releases; }
    CatalogState catalogState() const { return m_catalogState; }
    // The catalog and what the cache holds; null until loaded.
    std::shared_ptr<const ReleaseListing> listing() const { return m_listing; }
    // Why the catalog could not be loaded (CatalogState::Unavailable).
    const std::optional<Error> &catalogError() const { return m_catalogError; }
    // A newer view of the cache (after a download or a removal).
    void setListing(std::shared_ptr<const ReleaseListing> listing);
    bool simulated() const { return m_simulated; }
    // The real Device OS binaries the setup script fetched; empty when there are none.
    QString defaultSource() const { return m_defaultSource; }
    const QList<DeviceSummary> &attachedDevices() const { return m_attached; }

    // Starts over from the device page, keeping platform, version and binaries.
    void restoreAnother();
    // After a failure or cancel: reads the same device afresh and plans again from what it holds
    // now (the planner skips what is already in place), then shows the plan page.
    void tryAgain();
    QString retryDeviceId() const { return m_retryDeviceId; }
    void clearRetry() { m_retryDeviceId.clear(); }

    // The settings dialog, opened window-modal (it does not block the caller).
    void showSettings();
    // "Check this computer" (core/doctor through DoctorService), opened window-modal.
    void showDoctor();
    DoctorService &doctor() { return *m_doctor; }

Q_SIGNALS:
    void bundleChanged();
    void attachedDevicesChanged(); // attachedDevices() has a new list
    void catalogChanged();         // catalogState() or listing() changed
    // "Restore many devices" on the first page: whoever runs the wizard opens the restore station.
    void stationRequested();

protected:
    void done(int result) override;

private:
    void describeButtons(); // accessible names and descriptions of QWizard's own buttons
    void describeCancel();  // Cancel's description and tooltip: close, or stop the running restore

    DeviceService &m_devices;
    BundleLoader *m_loader;
    DoctorService *m_doctor;
    ReleaseService *m_releases;
    CatalogState m_catalogState = CatalogState::None;
    std::shared_ptr<const ReleaseListing> m_listing;
    std::optional<Error> m_catalogError;
    bool m_simulated;
    QString m_defaultSource;
    RestoreSession m_session;
    QList<DeviceSummary> m_attached;
    QString m_retryDeviceId;
    bool m_stopping = false; // Cancel asked the running restore to stop
};

} // namespace dr::ui
