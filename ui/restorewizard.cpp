#include "restorewizard.h"

#include "pages/devicepage.h"
#include "pages/planpage.h"
#include "pages/platformpage.h"
#include "pages/restorepage.h"
#include "pages/resultpage.h"
#include "pages/versionpage.h"
#include "restore/bundleloader.h"

#include <QCloseEvent>
#include <QSettings>

namespace dr::ui {

PlanRequest RestoreSession::planRequest() const
{
    PlanRequest r;
    r.platform = platform;
    r.device = before;
    if (before)
        r.currentDeviceOs = before->systemDeviceOs();
    if (device && !device->deviceOs.isEmpty())
        if (auto v = SemVer::parse(device->deviceOs))
            r.currentDeviceOs = v;
    r.target = target.value_or(SemVer());
    r.bundle = bundle.get();
    r.options.userFirmware = userFirmware;
    r.options.userFile = userFile;
    r.options.modelSku = modelSku;
    r.options.force = force;
    return r;
}

RestoreWizard::RestoreWizard(DeviceService &devices, const QString &bundlePath, bool simulated, QWidget *parent)
    : QWizard(parent), m_devices(devices), m_loader(new BundleLoader(this)), m_simulated(simulated)
{
    setWindowTitle(simulated ? tr("Device Restore (simulated devices)") : tr("Device Restore"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(PlatformPageId, new PlatformPage(this));
    setPage(VersionPageId, new VersionPage(this));
    setPage(DevicePageId, new DevicePage(this));
    setPage(PlanPageId, new PlanPage(this));
    setPage(RestorePageId, new RestorePage(this));
    setPage(ResultPageId, new ResultPage(this));
    setStartId(PlatformPageId);

    connect(&m_devices, &DeviceService::devicesChanged, this,
            [this](const QList<DeviceSummary> &list) { m_attached = list; });
    connect(m_loader, &BundleLoader::loaded, this, [this](std::shared_ptr<const FirmwareBundle> b) {
        m_session.bundle = std::move(b);
        Q_EMIT bundleChanged();
    });
    connect(m_loader, &BundleLoader::failed, this, [this](const Error &) {
        m_session.bundle.reset();
        Q_EMIT bundleChanged();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray()))
        resize(980, 720);
    QString source = bundlePath;
    if (source.isEmpty())
        source = settings.value(QStringLiteral("restore/bundle")).toString();
    if (source.isEmpty())
        source = BundleLoader::defaultLocalSource();
    if (!source.isEmpty())
        m_loader->load(source);
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::restoreAnother()
{
    m_session.device.reset();
    m_session.before.reset();
    m_session.outcome.reset();
    m_session.log.clear();
    m_session.plan = RestorePlan();
    // Back to the device page: QWizard only goes back through history, so restart and skip ahead.
    restart();
    next();
    next();
}

void RestoreWizard::done(int result)
{
    if (m_devices.isRestoring()) {
        m_devices.cancelRestore();
        return; // the restore page finishes, then the person can close
    }
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    if (m_session.bundle)
        settings.setValue(QStringLiteral("restore/bundle"), m_session.bundle->source());
    if (m_session.platform)
        settings.setValue(QStringLiteral("restore/platform"), m_session.platform->id);
    if (m_session.target)
        settings.setValue(QStringLiteral("restore/target"), m_session.target->toString());
    QWizard::done(result);
}

} // namespace dr::ui
