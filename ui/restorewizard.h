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

    // `devices` must outlive the wizard. `bundlePath`: binaries to open at start (may be empty).
    RestoreWizard(DeviceService &devices, const QString &bundlePath, bool simulated, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    RestoreSession &session() { return m_session; }
    DeviceService &devices() { return m_devices; }
    BundleLoader &loader() { return *m_loader; }
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

Q_SIGNALS:
    void bundleChanged();
    void attachedDevicesChanged(); // attachedDevices() has a new list

protected:
    void done(int result) override;

private:
    void describeButtons(); // accessible names and descriptions of QWizard's own buttons
    void describeCancel();  // Cancel's description and tooltip: close, or stop the running restore

    DeviceService &m_devices;
    BundleLoader *m_loader;
    bool m_simulated;
    QString m_defaultSource;
    RestoreSession m_session;
    QList<DeviceSummary> m_attached;
    QString m_retryDeviceId;
    bool m_stopping = false; // Cancel asked the running restore to stop
};

} // namespace dr::ui
