#include "restorewizard.h"

#include "dialogs/doctordialog.h"
#include "dialogs/settingsdialog.h"
#include "doctor/doctorservice.h"
#include "pages/devicepage.h"
#include "pages/planpage.h"
#include "pages/platformpage.h"
#include "pages/restorepage.h"
#include "pages/resultpage.h"
#include "pages/versionpage.h"
#include "restore/bundleloader.h"
#include "restore/releaseservice.h"

#include <QAbstractButton>
#include <QSettings>
#include <QShortcut>

namespace dr::ui {

PlanRequest RestoreSession::planRequest() const
{
    PlanRequest r;
    r.platform = platform;
    r.device = before;
    r.deviceNotRead = beforeNotRead;
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

RestoreWizard::RestoreWizard(DeviceService &devices, const QString &bundlePath, bool simulated, ReleaseService *releases,
                             QWidget *parent)
    : QWizard(parent), m_devices(devices), m_loader(new BundleLoader(this)), m_doctor(new DoctorService(this)),
      m_releases(releases),
      m_catalogState(releases ? CatalogState::Loading : CatalogState::None), m_simulated(simulated),
      m_defaultSource(BundleLoader::defaultLocalSource())
{
    setWindowTitle(simulated ? tr("Device Restore (simulated devices)") : tr("Device Restore"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Settin&gs…"));
    setOption(QWizard::HaveCustomButton2, true);
    setButtonText(QWizard::CustomButton2, tr("Check this &computer…"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("settings"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("checkComputer"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showSettings();
        else if (which == QWizard::CustomButton2)
            showDoctor();
    });
    auto *settingsShortcut = new QShortcut(QKeySequence(tr("Ctrl+,")), this);
    connect(settingsShortcut, &QShortcut::activated, this, &RestoreWizard::showSettings);
    describeButtons();
    setPage(PlatformPageId, new PlatformPage(this));
    setPage(VersionPageId, new VersionPage(this));
    setPage(DevicePageId, new DevicePage(this));
    setPage(PlanPageId, new PlanPage(this));
    setPage(RestorePageId, new RestorePage(this));
    setPage(ResultPageId, new ResultPage(this));
    setStartId(PlatformPageId);

    // What Cancel does changes when a restore starts (the restore page starts it as it opens) and ends.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        m_stopping = false;
        describeCancel();
    });
    connect(&m_devices, &DeviceService::restoreFinished, this, [this] {
        m_stopping = false;
        describeCancel();
    });
    connect(&m_devices, &DeviceService::devicesChanged, this,
            [this](const QList<DeviceSummary> &list) {
                m_attached = list;
                Q_EMIT attachedDevicesChanged();
            });
    // The service's worker may have sent its first list before this connection existed (it only
    // sends again on a change): ask for it afresh.
    m_devices.refresh();
    connect(m_loader, &BundleLoader::loaded, this, [this](std::shared_ptr<const FirmwareBundle> b) {
        m_session.bundle = std::move(b);
        // The source the person uses is remembered at once (not only on a clean exit).
        QSettings().setValue(QStringLiteral("restore/bundle"), m_session.bundle->source());
        Q_EMIT bundleChanged();
    });
    connect(m_loader, &BundleLoader::failed, this, [this](const Error &) {
        m_session.bundle.reset();
        Q_EMIT bundleChanged();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray()))
        resize(980, 720);
    // The binaries on this computer: the ones given, else the ones used last, else the setup script's.
    auto loadLocal = [this, bundlePath] {
        QString source = bundlePath;
        if (source.isEmpty())
            source = QSettings().value(QStringLiteral("restore/bundle")).toString();
        if (source.isEmpty())
            source = m_defaultSource;
        if (!source.isEmpty())
            m_loader->load(source);
    };
    if (!m_releases) {
        loadLocal();
        return;
    }
    // The catalog first; binaries given on the command line are opened beside it (the version page
    // then starts on them). Without a catalog the local binaries serve, as they did before.
    if (!bundlePath.isEmpty())
        m_loader->load(bundlePath);
    connect(m_releases, &ReleaseService::catalogLoaded, this, [this](std::shared_ptr<const ReleaseListing> l) {
        m_catalogError.reset();
        m_catalogState = CatalogState::Ready;
        setListing(std::move(l));
    });
    connect(m_releases, &ReleaseService::catalogFailed, this, [this, bundlePath, loadLocal](const Error &e) {
        m_catalogError = e;
        m_catalogState = CatalogState::Unavailable;
        if (bundlePath.isEmpty())
            loadLocal();
        Q_EMIT catalogChanged();
    });
    connect(m_releases, &ReleaseService::removed, this, [this](qint64, std::shared_ptr<const ReleaseListing> l) {
        if (l)
            setListing(std::move(l));
    });
    m_releases->loadCatalog();
}

void RestoreWizard::setListing(std::shared_ptr<const ReleaseListing> listing)
{
    m_listing = std::move(listing);
    Q_EMIT catalogChanged();
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::restoreAnother()
{
    m_session.device.reset();
    m_session.before.reset();
    m_session.outcome.reset();
    m_session.log.clear();
    m_session.plan = RestorePlan();
    m_retryDeviceId.clear();
    // Back to the device page: QWizard only goes back through history, so restart and skip ahead.
    restart();
    next();
    next();
}

void RestoreWizard::tryAgain()
{
    if (!m_session.device)
        return;
    const QString id = m_session.device->usb.deviceId;
    m_session.before.reset();
    m_session.outcome.reset();
    m_session.log.clear();
    m_session.plan = RestorePlan();
    // The device page finds the same device, reads it, and goes on to the plan page by itself.
    restart(); // cleans up the pages, which forgets any retry
    m_retryDeviceId = id;
    next();
    next();
}

void RestoreWizard::showSettings()
{
    if (findChild<SettingsDialog *>())
        return;
    auto *dialog = new SettingsDialog(this, m_releases, m_listing ? m_listing->cacheBytes : -1);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new catalog address applies at once: the releases are listed from there (unless
    // DEVICE_RESTORE_CATALOG_URL, which outranks the settings, is set).
    connect(dialog, &QDialog::accepted, this, [this, before = SettingsDialog::storedCatalogUrl()] {
        const QString now = SettingsDialog::storedCatalogUrl();
        if (!m_releases || now == before || !qEnvironmentVariableIsEmpty("DEVICE_RESTORE_CATALOG_URL"))
            return;
        auto sources = ReleaseSources::forAddress(now);
        if (!sources.ok())
            return; // the dialog accepts only usable addresses
        m_releases->setSources(*sources);
        m_catalogState = CatalogState::Loading;
        Q_EMIT catalogChanged();
        m_releases->loadCatalog(true);
    });
    dialog->open();
}

void RestoreWizard::showDoctor()
{
    if (findChild<DoctorDialog *>())
        return;
    // The network check asks the hosts releases come from: Particle's, or the mirror of the settings.
    const auto sources = ReleaseSources::forAddress(SettingsDialog::storedCatalogUrl());
    m_doctor->setReleaseSources(sources.ok() ? *sources : ReleaseSources::particle());
    auto *dialog = new DoctorDialog(*m_doctor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RestoreWizard::describeButtons()
{
    const struct
    {
        WizardButton which;
        const char *name;
        const char *description;
    } buttons[] = {
        {BackButton, QT_TR_NOOP("Back"), QT_TR_NOOP("Go back to the previous page")},
        {NextButton, QT_TR_NOOP("Next"), QT_TR_NOOP("Go on to the next page")},
        {CommitButton, QT_TR_NOOP("Restore"), QT_TR_NOOP("Start writing the plan to the device")},
        {FinishButton, QT_TR_NOOP("Finish"), QT_TR_NOOP("Close Device Restore")},
        {CancelButton, QT_TR_NOOP("Cancel"), nullptr}, // described by describeCancel(): it depends on the state
        {CustomButton1, QT_TR_NOOP("Settings"), QT_TR_NOOP("Open the settings, such as the interface language")},
        {CustomButton2, QT_TR_NOOP("Check this computer"),
         QT_TR_NOOP("Check what stops this computer from reaching Particle devices and their releases, and fix it")},
    };
    for (const auto &b : buttons) {
        button(b.which)->setAccessibleName(tr(b.name));
        if (b.description)
            button(b.which)->setAccessibleDescription(tr(b.description));
    }
    describeCancel();
}

void RestoreWizard::describeCancel()
{
    // While a restore runs, Cancel only stops it (done() below); the window stays open to show where
    // the device is. Otherwise it closes the window.
    QString description;
    if (!m_devices.isRestoring())
        description = tr("Stop and close Device Restore");
    else if (m_stopping)
        description = tr("The restore is already stopping at the next safe point; the window stays open");
    else
        description = tr("Stop the restore at the next safe point; the window stays open and shows what state the "
                         "device is in");
    QAbstractButton *cancel = button(CancelButton);
    cancel->setAccessibleDescription(description);
    cancel->setToolTip(description);
}

void RestoreWizard::done(int result)
{
    if (m_devices.isRestoring()) {
        m_devices.cancelRestore();
        m_stopping = true;
        describeCancel();
        return; // the restore page finishes, then the person can close
    }
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    // The binaries in use were remembered when they were opened (a download from the catalog is no
    // folder or zip of the person's to remember).
    if (m_session.platform)
        settings.setValue(QStringLiteral("restore/platform"), m_session.platform->id);
    if (m_session.target)
        settings.setValue(QStringLiteral("restore/target"), m_session.target->toString());
    QWizard::done(result);
}

} // namespace dr::ui
