#include "pages/versionpage.h"

#include "pages/pagecommon.h"
#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "restorewizard.h"
#include "widgets/downloadpanel.h"
#include "widgets/viewfitting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace dr::ui {

VersionPage::VersionPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Which Device OS version?"));
    setSubTitle(tr("Choose the version to put on the device, and what should run on it afterwards."));

    m_offline = wrapLabel(QString(), this);
    m_offline->setObjectName(QStringLiteral("offlineNotice"));
    m_offline->setFrameShape(QFrame::StyledPanel);
    m_offline->setMargin(6);
    m_offline->setVisible(false);

    m_versions = new QListWidget(this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setAccessibleName(tr("Device OS versions"));
    m_versions->setAccessibleDescription(tr("Newest first, each with its labels: recommended by Particle, latest, LTS, "
                                            "pre-release, on the device, downloaded. Versions the device cannot run "
                                            "are greyed out with the reason."));
    m_prereleases = new QCheckBox(tr("Show &pre-releases"), this);
    m_prereleases->setObjectName(QStringLiteral("prereleases"));
    m_prereleases->setAccessibleName(tr("Show pre-releases"));
    m_prereleases->setAccessibleDescription(tr("Also list test versions of Device OS that are not final"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setAccessibleDescription(tr("The exact model (SKU) of the device, printed on it; some models need a "
                                         "newer Device OS"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFirmware"));
    m_user->setAccessibleName(tr("User firmware after the restore"));
    m_user->setAccessibleDescription(tr("What runs on the device after the restore: Tinker, its own application, or "
                                        "a firmware file"));
    m_user->addItem(tr("Keep the device's application if it runs on this version, else Tinker"),
                    int(UserFirmwareChoice::Auto));
    m_user->addItem(tr("Tinker"), int(UserFirmwareChoice::Tinker));
    m_user->addItem(tr("Keep the device's application"), int(UserFirmwareChoice::Keep));
    m_user->addItem(tr("A firmware file\u2026"), int(UserFirmwareChoice::File));
    m_userStatus = wrapLabel(QString(), this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&User firmware:"), m_user);
    form->addRow(QString(), m_userStatus);

    m_download = new DownloadPanel(this);
    m_download->setObjectName(QStringLiteral("download"));

    auto *source = new QGroupBox(tr("Where the Device OS binaries come from"), this);
    auto *sourceLayout = new QVBoxLayout(source);
    m_catalogSource = new QRadioButton(tr("Particle's &releases, downloaded when chosen"), source);
    m_catalogSource->setObjectName(QStringLiteral("catalogSource"));
    m_catalogSource->setAccessibleName(tr("Particle's releases"));
    m_catalogSource->setAccessibleDescription(tr("List the Device OS releases Particle publishes; the chosen one is "
                                                 "downloaded and checked before the plan"));
    m_ownSource = new QRadioButton(tr("My o&wn files (a folder or zip of release binaries)"), source);
    m_ownSource->setObjectName(QStringLiteral("ownSource"));
    m_ownSource->setAccessibleName(tr("My own files"));
    m_ownSource->setAccessibleDescription(tr("Use a folder or zip of Device OS release binaries you have"));
    m_catalogStatus = wrapLabel(QString(), source);
    m_catalogStatus->setObjectName(QStringLiteral("catalogStatus"));
    const bool withCatalog = wizard->releases() != nullptr;
    m_ownFiles = !withCatalog;
    m_catalogSource->setVisible(withCatalog);
    m_ownSource->setVisible(withCatalog);
    m_catalogStatus->setVisible(withCatalog);
    auto *row = new QHBoxLayout;
    m_bundlePath = new QLineEdit(source);
    m_bundlePath->setObjectName(QStringLiteral("bundlePath"));
    m_bundlePath->setAccessibleName(tr("Binaries folder or zip"));
    m_bundlePath->setAccessibleDescription(tr("The folder or zip file of Device OS release binaries in use. Type a "
                                              "path and press Enter to use another one."));
    auto *pathLabel = new QLabel(tr("B&inaries:"), source);
    pathLabel->setBuddy(m_bundlePath);
    auto *folder = new QPushButton(tr("F&older\u2026"), source);
    folder->setObjectName(QStringLiteral("bundleFolder"));
    folder->setAccessibleName(tr("Choose a folder"));
    folder->setAccessibleDescription(tr("Use a folder of Device OS release binaries"));
    auto *zip = new QPushButton(tr("&Zip\u2026"), source);
    zip->setObjectName(QStringLiteral("bundleZip"));
    zip->setAccessibleName(tr("Choose a zip file"));
    zip->setAccessibleDescription(tr("Use a zip of Device OS release binaries"));
    m_useDefault = new QPushButton(tr("&Downloaded binaries"), source);
    m_useDefault->setObjectName(QStringLiteral("bundleDefault"));
    m_useDefault->setAccessibleName(tr("Use the downloaded binaries"));
    m_useDefault->setAccessibleDescription(tr("Use the Device OS binaries the setup script downloaded (the default)"));
    m_useDefault->setVisible(!wizard->defaultSource().isEmpty());
    row->addWidget(pathLabel);
    row->addWidget(m_bundlePath, 1);
    row->addWidget(folder);
    row->addWidget(zip);
    row->addWidget(m_useDefault);
    m_bundleStatus = wrapLabel(QString(), source);
    m_bundleStatus->setObjectName(QStringLiteral("bundleStatus"));
    sourceLayout->addWidget(m_catalogSource);
    sourceLayout->addWidget(m_catalogStatus);
    sourceLayout->addWidget(m_ownSource);
    sourceLayout->addLayout(row);
    sourceLayout->addWidget(m_bundleStatus);

    source->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_offline);
    layout->addWidget(m_versions, 1); // up to its rows (fillVersions); the rest of the page below
    m_sizeNote = wrapLabel(QString(), this);
    m_sizeNote->setObjectName(QStringLiteral("downloadSize"));
    m_sizeNote->setVisible(false);
    layout->addWidget(m_sizeNote);
    layout->addWidget(m_prereleases);
    layout->addLayout(form);
    layout->addWidget(m_download);
    layout->addWidget(source);
    layout->addStretch();

    setTabOrder(m_versions, m_prereleases);
    setTabOrder(m_prereleases, m_model);
    setTabOrder(m_model, m_user);
    setTabOrder(m_user, m_download->cancelButton());
    setTabOrder(m_download->cancelButton(), m_catalogSource);
    setTabOrder(m_catalogSource, m_ownSource);
    setTabOrder(m_ownSource, m_bundlePath);
    setTabOrder(m_bundlePath, folder);
    setTabOrder(folder, zip);
    setTabOrder(zip, m_useDefault);

    auto openDialog = [this](bool isZip) {
        const QString path = isZip ? QFileDialog::getOpenFileName(this, tr("Zip of Device OS binaries"), m_bundlePath->text(),
                                                                  tr("Zip files (*.zip)"))
                                   : QFileDialog::getExistingDirectory(this, tr("Folder of Device OS binaries"),
                                                                       m_bundlePath->text());
        if (!path.isEmpty())
            useSource(path);
    };
    connect(m_useDefault, &QPushButton::clicked, this, [this] { useSource(m_wizard->defaultSource()); });
    connect(m_bundlePath, &QLineEdit::returnPressed, this, [this] {
        const QString path = m_bundlePath->text().trimmed();
        if (!path.isEmpty())
            useSource(path);
    });
    connect(folder, &QPushButton::clicked, this, [openDialog] { openDialog(false); });
    connect(zip, &QPushButton::clicked, this, [openDialog] { openDialog(true); });
    // A folder or zip loaded (by the person, or as the fallback without a catalog) is what the page
    // uses from then on, until Particle's releases are chosen again.
    connect(wizard, &RestoreWizard::bundleChanged, this, [this] {
        m_ownBundle = m_wizard->session().bundle;
        const bool catalogReady = m_wizard->catalogState() == RestoreWizard::CatalogState::Ready;
        if (m_fallbackPending && !m_personChoseFiles) {
            // The binaries the wizard opened because the catalog could not be had: in use only
            // while it still cannot.
            m_fallbackPending = false;
            m_ownFiles = m_ownFiles || !catalogReady;
        } else if (m_ownBundle || !catalogReady) {
            m_ownFiles = true;
        }
        fillVersions();
    });
    connect(wizard, &RestoreWizard::catalogChanged, this, [this] {
        // The local binaries stood in while the catalog could not be had; when it comes (a new
        // address in the settings, the network back), the page goes back to it, unless the person
        // chose their own files meanwhile.
        const auto state = m_wizard->catalogState();
        if (state == RestoreWizard::CatalogState::Unavailable) {
            m_standingIn = true;
            m_fallbackPending = !m_ownBundle; // the wizard opens the local binaries now
        }
        else if (state == RestoreWizard::CatalogState::Ready && m_standingIn) {
            m_standingIn = false;
            if (!m_personChoseFiles)
                m_ownFiles = false;
        }
        fillVersions();
    });
    // A plugged-in device that says its Device OS gets its version labelled "on the device".
    connect(wizard, &RestoreWizard::attachedDevicesChanged, this, [this] {
        if (usesCatalog() && isVisible() && !m_download->running())
            fillVersions();
    });
    connect(m_catalogSource, &QRadioButton::clicked, this, [this] {
        m_ownFiles = false;
        m_personChoseFiles = false;
        fillVersions();
    });
    connect(m_ownSource, &QRadioButton::clicked, this, [this] {
        m_ownFiles = true;
        m_personChoseFiles = true;
        if (!m_ownBundle && !m_wizard->loader().isLoading() && !m_wizard->defaultSource().isEmpty())
            useSource(m_wizard->defaultSource());
        fillVersions();
    });
    if (ReleaseService *releases = wizard->releases()) {
        connect(releases, &ReleaseService::progressChanged, m_download, &DownloadPanel::setProgress);
        connect(releases, &ReleaseService::prepared, this,
                [this](std::shared_ptr<const PlanReleases> r, std::shared_ptr<const ReleaseListing> l) {
                    m_wizard->setListing(std::move(l));
                    downloaded(std::move(r));
                });
        connect(releases, &ReleaseService::prepareFailed, this, [this](const Error &e) {
            m_download->fail(e);
            m_versions->setEnabled(true);
            Q_EMIT completeChanged();
        });
        connect(m_download, &DownloadPanel::cancelRequested, releases, [releases] { releases->cancel(); });
        connect(releases, &ReleaseService::sizeEstimated, this, [this](const QString &key, const DownloadSize &size) {
            m_sizes.insert(key, size);
            if (key == m_sizeKey)
                showDownloadSize(size);
        });
        connect(releases, &ReleaseService::sizeFailed, this, [this](const QString &key, const Error &e) {
            if (key != m_sizeKey || e.code == QLatin1String("download.cancelled"))
                return;
            m_sizeNote->setText(tr("The download size is not known: %1").arg(e.message));
            m_sizeNote->setAccessibleName(m_sizeNote->text());
        });
        connect(m_versions, &QListWidget::currentItemChanged, this, &VersionPage::askDownloadSize);
    }
    connect(&wizard->loader(), &BundleLoader::failed, this, [this](const Error &e) { m_bundleError = e; });
    connect(&wizard->loader(), &BundleLoader::loaded, this, [this] { m_bundleError.reset(); });
    connect(m_prereleases, &QCheckBox::toggled, this, &VersionPage::fillVersions);
    connect(m_model, &QComboBox::currentIndexChanged, this, &VersionPage::fillVersions);
    connect(m_versions, &QListWidget::currentItemChanged, this, &QWizardPage::completeChanged);
    connect(m_user, &QComboBox::activated, this, [this] {
        if (UserFirmwareChoice(m_user->currentData().toInt()) == UserFirmwareChoice::File) {
            const QString f = QFileDialog::getOpenFileName(this, tr("User firmware"), QString(), tr("Firmware (*.bin)"));
            if (f.isEmpty())
                m_user->setCurrentIndex(0);
            else
                chooseUserFile(f);
        } else {
            m_userStatus->clear();
        }
        Q_EMIT completeChanged();
    });
}

void VersionPage::useSource(const QString &path)
{
    m_personChoseFiles = true;
    m_bundlePath->setText(QDir::toNativeSeparators(path));
    m_bundleStatus->setText(tr("Reading %1\u2026").arg(QDir::toNativeSeparators(path)));
    m_wizard->loader().load(path);
}

void VersionPage::initializePage()
{
    const Platform *p = m_wizard->session().platform;
    // The model chosen before stays chosen while the platform stays the same.
    const QString keepModel = p == m_modelsFor ? m_model->currentData().toString() : QString();
    m_modelsFor = p;
    const QSignalBlocker block(m_model);
    m_model->clear();
    m_model->addItem(tr("Not known"), QString());
    if (p)
        for (const DeviceModel &m : p->models)
            m_model->addItem(m.name.isEmpty() || m.name == m.sku ? m.sku : QStringLiteral("%1 (%2)").arg(m.sku, m.name), m.sku);
    m_model->setCurrentIndex(std::max(0, m_model->findData(keepModel)));
    fillVersions();
}

bool VersionPage::usesCatalog() const
{
    return !m_ownFiles && m_wizard->catalogState() == RestoreWizard::CatalogState::Ready && m_wizard->listing();
}

void VersionPage::fillVersions()
{
    const RestoreSession &s = m_wizard->session();
    const QString previous = m_versions->currentItem() ? m_versions->currentItem()->data(Qt::UserRole).toString()
                                                       : QSettings().value(QStringLiteral("restore/target")).toString();
    m_versions->clear();
    fitHeightToContents(m_versions);
    showSourceState();
    if (usesCatalog()) {
        m_bundleStatus->setText(tr("To use your own files instead, choose a folder or zip of release binaries."));
        m_bundleStatus->setToolTip(QString());
        if (s.platform)
            fillFromCatalog(*s.platform, previous);
    } else {
        fillFromFiles(s.platform, previous);
    }
    fitHeightToContents(m_versions);
    Q_EMIT completeChanged();
}

void VersionPage::showSourceState()
{
    using State = RestoreWizard::CatalogState;
    const State state = m_wizard->catalogState();
    m_offline->setVisible(false);
    if (state == State::None)
        return;
    if (state == State::Unavailable)
        m_ownFiles = true;
    {
        const QSignalBlocker blockCatalog(m_catalogSource);
        const QSignalBlocker blockOwn(m_ownSource);
        m_catalogSource->setChecked(!m_ownFiles);
        m_ownSource->setChecked(m_ownFiles);
    }
    m_catalogSource->setEnabled(state == State::Ready);
    if (state == State::Loading) {
        m_catalogStatus->setText(tr("Loading the list of Device OS releases\u2026"));
        return;
    }
    if (state == State::Unavailable) {
        const Error e = m_wizard->catalogError().value_or(Error());
        m_catalogStatus->setText(tr("The list of Particle's releases could not be loaded, so the Device OS binaries "
                                    "on this computer are used instead. %1")
                                     .arg(e.text()));
        m_catalogStatus->setToolTip(e.detail);
        return;
    }
    const ReleaseListing &l = *m_wizard->listing();
    const QUrl source = l.snapshot.source;
    const QString where = source.isLocalFile() ? QDir::toNativeSeparators(source.toLocalFile()) : source.host();
    const QString when = QLocale().toString(l.snapshot.fetchedAt.toLocalTime(), QLocale::ShortFormat);
    const int cached = int(l.cached.size());
    m_catalogStatus->setToolTip(QString());
    if (l.snapshot.offline()) {
        m_offline->setText(tr("Offline: showing the releases downloaded on %1. Releases not downloaded yet need the "
                              "network.")
                               .arg(when));
        m_offline->setAccessibleName(m_offline->text());
        m_offline->setVisible(!m_ownFiles);
        m_catalogStatus->setText(tr("From %1, the list of %2 (the network could not be reached: %3)")
                                     .arg(where, when, l.snapshot.networkError->message));
    } else {
        m_catalogStatus->setText(tr("From %1, the list of %2.").arg(where, when) + QLatin1Char(' ')
                                 + tr("%n release(s) downloaded on this computer.", nullptr, cached));
    }
}

std::optional<SemVer> VersionPage::deviceVersion() const
{
    const RestoreSession &s = m_wizard->session();
    if (s.before)
        if (auto v = s.before->systemDeviceOs())
            return v;
    if (s.device && !s.device->deviceOs.isEmpty())
        return SemVer::parse(s.device->deviceOs);
    // The one device of this platform plugged in, when it says which Device OS it runs.
    std::optional<SemVer> found;
    int devices = 0;
    for (const DeviceSummary &d : m_wizard->attachedDevices())
        if (s.platform && d.usb.platform == s.platform) {
            ++devices;
            if (!d.deviceOs.isEmpty())
                found = SemVer::parse(d.deviceOs);
        }
    return devices == 1 ? found : std::nullopt;
}

void VersionPage::fillFromCatalog(const Platform &p, const QString &previous)
{
    const ReleaseListing &l = *m_wizard->listing();
    const ReleaseCatalog &catalog = l.snapshot.catalog;
    if (!catalog.platform(p.id)) {
        m_catalogStatus->setText(m_catalogStatus->text() + QLatin1Char(' ')
                                 + tr("The list has no releases for the %1: use your own files.").arg(p.displayName));
        return;
    }
    const DeviceModel *model = p.model(m_model->currentData().toString());
    const std::optional<SemVer> recommended = catalog.particleDefault(p.id);
    const std::optional<SemVer> latest = catalog.latest(p.id);
    const std::optional<SemVer> onDevice = deviceVersion();
    const bool offline = l.snapshot.offline();
    const QLocale locale;
    QListWidgetItem *toSelect = nullptr;
    QListWidgetItem *recommendedItem = nullptr;
    QListWidgetItem *firstEnabled = nullptr;
    for (const CatalogVersion *v : catalog.versionsFor(p.id, m_prereleases->isChecked())) {
        QStringList labels;
        if (recommended && *recommended == v->version)
            labels << tr("recommended by Particle");
        if (latest && *latest == v->version)
            labels << tr("latest");
        if (v->lts())
            labels << tr("LTS");
        if (v->prerelease())
            labels << tr("pre-release");
        if (onDevice && *onDevice == v->version)
            labels << tr("on the device");
        const CachedRelease *cached = l.cachedRelease(p.id, v->version);
        if (cached)
            labels << tr("downloaded, %1").arg(locale.formattedDataSize(cached->size(), 1));
        else if (offline)
            labels << tr("not downloaded: needs the network");
        QString reason;
        if (model && model->minimumDeviceOs && v->version < *model->minimumDeviceOs && model->minimumIsHard)
            reason = tr("the %1 needs %2 or newer").arg(model->sku, model->minimumDeviceOs->toString());
        const QString version = v->version.toString();
        QString text = version;
        if (!labels.isEmpty())
            text = tr("%1  (%2)", "a version and its labels").arg(text, locale.createSeparatedList(labels));
        if (!reason.isEmpty())
            text = tr("%1  \u2014 not available: %2", "a version and why it cannot be chosen").arg(text, reason);
        auto *item = new QListWidgetItem(text, m_versions);
        item->setData(Qt::UserRole, version);
        item->setData(CachedRole, cached != nullptr);
        item->setToolTip(cached ? tr("Downloaded and checked: no network needed")
                                : tr("Choosing it downloads it (and any release the restore passes through) "
                                     "before the plan is shown"));
        if (!reason.isEmpty()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            continue;
        }
        if (!firstEnabled)
            firstEnabled = item;
        if (recommended && *recommended == v->version)
            recommendedItem = item;
        if (version == previous)
            toSelect = item;
    }
    m_versions->setCurrentItem(toSelect ? toSelect : recommendedItem ? recommendedItem : firstEnabled);
}

void VersionPage::fillFromFiles(const Platform *p, const QString &previous)
{
    if (!m_ownBundle) {
        m_bundleStatus->setText(m_bundleError ? tr("The binaries could not be read. %1").arg(m_bundleError->text())
                                              : tr("No Device OS binaries yet: choose a folder or zip of release "
                                                   "binaries."));
        m_bundleStatus->setToolTip(m_bundleError ? m_bundleError->detail : QString());
        return;
    }
    m_bundlePath->setText(QDir::toNativeSeparators(m_ownBundle->source()));
    const bool isDefault = !m_wizard->defaultSource().isEmpty()
                           && QDir::cleanPath(m_ownBundle->source()) == QDir::cleanPath(m_wizard->defaultSource());
    const int modules = int(m_ownBundle->modules().size());
    const int others = int(m_ownBundle->problems().size());
    // Two counts, two sentences: each gets its own plural form.
    QString status = isDefault ? tr("The downloaded Device OS binaries (the default): %n module(s).", nullptr, modules)
                               : tr("%n module(s) found.", nullptr, modules);
    if (others > 0)
        status += QLatin1Char(' ') + tr("%n other file(s) are not modules.", nullptr, others);
    m_bundleStatus->setText(status);
    m_useDefault->setEnabled(!isDefault);
    if (!p)
        return;
    const DeviceModel *model = p->model(m_model->currentData().toString());
    const QList<SemVer> releases = m_ownBundle->releasesFor(p->id);
    bool newestMarked = false;
    QListWidgetItem *toSelect = nullptr;
    QListWidgetItem *firstEnabled = nullptr;
    for (const SemVer &v : releases) {
        if (v.isPrerelease() && !m_prereleases->isChecked())
            continue;
        QStringList labels;
        if (!v.isPrerelease() && !newestMarked) {
            labels << tr("newest");
            newestMarked = true;
        }
        if (v.isPrerelease())
            labels << tr("pre-release");
        if (model && model->ltsMajor && v.major() == *model->ltsMajor)
            labels << tr("LTS line");
        QString reason;
        if (model && model->minimumDeviceOs && v < *model->minimumDeviceOs && model->minimumIsHard)
            reason = tr("the %1 needs %2 or newer").arg(model->sku, model->minimumDeviceOs->toString());
        QString text = v.toString();
        if (!labels.isEmpty())
            text = tr("%1  (%2)", "a version and its labels").arg(text, QLocale().createSeparatedList(labels));
        if (!reason.isEmpty())
            text = tr("%1  \u2014 not available: %2", "a version and why it cannot be chosen").arg(text, reason);
        auto *item = new QListWidgetItem(text, m_versions);
        item->setData(Qt::UserRole, v.toString());
        if (!reason.isEmpty())
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        else if (!firstEnabled)
            firstEnabled = item;
        if (v.toString() == previous && reason.isEmpty())
            toSelect = item;
    }
    if (releases.isEmpty())
        m_bundleStatus->setText(m_bundleStatus->text() + QLatin1Char(' ')
                                + tr("They hold no Device OS for the %1.").arg(p->displayName));
    m_versions->setCurrentItem(toSelect ? toSelect : firstEnabled);
}


void VersionPage::chooseUserFile(const QString &path)
{
    RestoreSession &s = m_wizard->session();
    m_userFileOk = false;
    s.userFile.reset();
    auto file = FirmwareBundle::open(path);
    if (!file.ok() || file->modules().size() != 1) {
        m_userStatus->setText(file.ok() ? tr("Not usable: the file holds %n module(s), not one.", nullptr,
                                             int(file->modules().size()))
                                        : tr("Not usable: %1").arg(file.error().text()));
    } else {
        const BundleModule &m = file->modules().first();
        const Platform *p = s.platform;
        if (m.module.function() != ModuleFunction::UserPart)
            m_userStatus->setText(tr("Not usable: %1 is not user firmware.").arg(m.fileName));
        else if (!p || m.module.platformId != p->id) {
            const Platform *other = PlatformDatabase::builtin().byId(m.module.platformId);
            m_userStatus->setText(tr("Not usable: %1 is built for the %2, not the %3.")
                                      .arg(m.fileName, other ? other->displayName : QString::number(m.module.platformId),
                                           p ? p->displayName : QString()));
        } else if (!m.usable()) {
            m_userStatus->setText(tr("Not usable: %1").arg(m.verdict.errors().value(0).text()));
        } else {
            m_userFileOk = true;
            s.userFile = m;
            m_userStatus->setText(tr("%1: user firmware for the %2, checks pass.").arg(m.fileName, p->displayName));
        }
    }
    m_user->setCurrentIndex(m_user->findData(int(UserFirmwareChoice::File)));
    Q_EMIT completeChanged();
}

bool VersionPage::isComplete() const
{
    if (m_download->running())
        return false;
    const bool fileOk = UserFirmwareChoice(m_user->currentData().toInt()) != UserFirmwareChoice::File || m_userFileOk;
    const bool haveSource = usesCatalog() || (m_ownFiles && m_ownBundle);
    return haveSource && m_versions->currentItem() && (m_versions->currentItem()->flags() & Qt::ItemIsEnabled)
           && fileOk;
}

// What a download was made for: the same platform, target, starting version and options need no other.

static QString preparedKey(const RestoreSession &s, const std::optional<SemVer> &from)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(s.platform ? s.platform->id : -1)
        .arg(s.target ? s.target->toString() : QString(), from ? from->toString() : QString(), s.modelSku)
        .arg(int(s.userFirmware));
}

bool VersionPage::validatePage()
{
    RestoreSession &s = m_wizard->session();
    s.target = SemVer::parse(m_versions->currentItem()->data(Qt::UserRole).toString());
    s.modelSku = m_model->currentData().toString();
    s.userFirmware = UserFirmwareChoice(m_user->currentData().toInt());
    if (s.userFirmware != UserFirmwareChoice::File)
        s.userFile.reset();
    if (!s.target)
        return false;
    if (!usesCatalog()) {
        s.bundle = m_ownBundle;
        return s.bundle != nullptr;
    }
    if (m_prepared && m_preparedKey == preparedKey(s, deviceVersion())) {
        // The bundle lives as long as the releases it was made of.
        s.bundle = std::shared_ptr<const FirmwareBundle>(m_prepared, &m_prepared->bundle);
        return true;
    }
    startDownload();
    return false; // the page goes on by itself once the releases are here
}

void VersionPage::askDownloadSize()
{
    const RestoreSession &s = m_wizard->session();
    const QListWidgetItem *item = m_versions->currentItem();
    const std::optional<SemVer> target = item ? SemVer::parse(item->data(Qt::UserRole).toString()) : std::nullopt;
    const ReleaseListing *l = m_wizard->listing().get();
    // Offline, the list already says which releases need the network; with one's own files
    // nothing is downloaded.
    if (!usesCatalog() || !s.platform || !target || !l || l->snapshot.offline()) {
        m_sizeKey.clear();
        m_sizeNote->setVisible(false);
        return;
    }
    const std::optional<SemVer> from = deviceVersion();
    RestoreSession asked = s;
    asked.target = target;
    m_sizeKey = preparedKey(asked, from);
    m_sizeNote->setVisible(true);
    if (auto known = m_sizes.constFind(m_sizeKey); known != m_sizes.constEnd()) {
        showDownloadSize(*known);
        return;
    }
    m_sizeNote->setText(tr("Asking the server for the download size\u2026"));
    m_sizeNote->setAccessibleName(m_sizeNote->text());
    m_wizard->releases()->estimate(m_sizeKey, *s.platform, from, *target, asked.planRequest().options);
}

void VersionPage::showDownloadSize(const DownloadSize &size)
{
    const QLocale locale;
    QString text;
    if (size.estimate.files == 0) {
        text = tr("Everything this restore needs is downloaded: no network needed.");
    } else {
        QStringList names;
        for (const QString &key : size.releases)
            names << key.section(QLatin1Char('/'), 0, 0);
        const QString bytes = locale.formattedDataSize(size.estimate.bytes, 1);
        text = size.estimate.unknown > 0
                   ? tr("To download: at least %1 (Device OS %2; %n file(s) did not say their size).", nullptr,
                        size.estimate.unknown)
                         .arg(bytes, locale.createSeparatedList(names))
                   : tr("To download: %1 (Device OS %2).").arg(bytes, locale.createSeparatedList(names));
    }
    m_sizeNote->setText(text);
    m_sizeNote->setAccessibleName(text);
}

void VersionPage::startDownload()
{
    const RestoreSession &s = m_wizard->session();
    m_prepared.reset();
    const std::optional<SemVer> from = deviceVersion();
    m_pendingKey = preparedKey(s, from);
    m_download->start(tr("Getting Device OS %1 for the %2 (and any release the restore passes through)\u2026")
                          .arg(s.target->toString(), s.platform->displayName));
    m_versions->setEnabled(false);
    m_wizard->releases()->prepare(*s.platform, from, *s.target, s.planRequest().options);
    Q_EMIT completeChanged();
}

void VersionPage::downloaded(std::shared_ptr<const PlanReleases> releases)
{
    m_download->finish();
    m_versions->setEnabled(true);
    m_prepared = std::move(releases);
    m_preparedKey = m_pendingKey;
    Q_EMIT completeChanged();
    if (m_wizard->currentPage() == this && usesCatalog())
        m_wizard->next();
}

} // namespace dr::ui
