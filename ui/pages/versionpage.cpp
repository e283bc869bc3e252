#include "pages/versionpage.h"

#include "pages/pagecommon.h"
#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "restorewizard.h"
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
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace dr::ui {

VersionPage::VersionPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Which Device OS version?"));
    setSubTitle(tr("Choose the version to put on the device, and what should run on it afterwards."));

    m_versions = new QListWidget(this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setAccessibleName(tr("Device OS versions"));
    m_versions->setAccessibleDescription(tr("Newest first. Versions the device cannot run are greyed out with the reason."));
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

    auto *source = new QGroupBox(tr("Where the Device OS binaries come from"), this);
    auto *sourceLayout = new QVBoxLayout(source);
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
    sourceLayout->addLayout(row);
    sourceLayout->addWidget(m_bundleStatus);

    source->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versions, 1); // up to its rows (fillVersions); the rest of the page below
    layout->addWidget(m_prereleases);
    layout->addLayout(form);
    layout->addWidget(source);
    layout->addStretch();

    setTabOrder(m_versions, m_prereleases);
    setTabOrder(m_prereleases, m_model);
    setTabOrder(m_model, m_user);
    setTabOrder(m_user, m_bundlePath);
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
    connect(wizard, &RestoreWizard::bundleChanged, this, &VersionPage::fillVersions);
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

void VersionPage::fillVersions()
{
    const RestoreSession &s = m_wizard->session();
    const Platform *p = s.platform;
    const QString previous = m_versions->currentItem() ? m_versions->currentItem()->data(Qt::UserRole).toString()
                                                       : QSettings().value(QStringLiteral("restore/target")).toString();
    m_versions->clear();
    fitHeightToContents(m_versions);
    if (!s.bundle) {
        m_bundleStatus->setText(m_bundleError ? tr("The binaries could not be read. %1").arg(m_bundleError->text())
                                              : tr("No Device OS binaries yet: choose a folder or zip of release "
                                                   "binaries."));
        m_bundleStatus->setToolTip(m_bundleError ? m_bundleError->detail : QString());
        Q_EMIT completeChanged();
        return;
    }
    m_bundlePath->setText(QDir::toNativeSeparators(s.bundle->source()));
    const bool isDefault = !m_wizard->defaultSource().isEmpty()
                           && QDir::cleanPath(s.bundle->source()) == QDir::cleanPath(m_wizard->defaultSource());
    const int modules = int(s.bundle->modules().size());
    const int others = int(s.bundle->problems().size());
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
    const QList<SemVer> releases = s.bundle->releasesFor(p->id);
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
    fitHeightToContents(m_versions);
    Q_EMIT completeChanged();
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
    const bool fileOk = UserFirmwareChoice(m_user->currentData().toInt()) != UserFirmwareChoice::File || m_userFileOk;
    return m_wizard->session().bundle && m_versions->currentItem()
           && (m_versions->currentItem()->flags() & Qt::ItemIsEnabled) && fileOk;
}

bool VersionPage::validatePage()
{
    RestoreSession &s = m_wizard->session();
    s.target = SemVer::parse(m_versions->currentItem()->data(Qt::UserRole).toString());
    s.modelSku = m_model->currentData().toString();
    s.userFirmware = UserFirmwareChoice(m_user->currentData().toInt());
    if (s.userFirmware != UserFirmwareChoice::File)
        s.userFile.reset();
    return s.target.has_value();
}


} // namespace dr::ui
