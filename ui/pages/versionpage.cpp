#include "pages/versionpage.h"

#include "pages/pagecommon.h"
#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "restorewizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dr::ui {

VersionPage::VersionPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Which Device OS version?"));
    setSubTitle(tr("Choose the version to put on the device, and what should run on it afterwards."));

    auto *source = new QGroupBox(tr("Device OS binaries"), this);
    auto *sourceLayout = new QVBoxLayout(source);
    auto *row = new QHBoxLayout;
    m_bundlePath = new QLineEdit(source);
    m_bundlePath->setReadOnly(true);
    m_bundlePath->setAccessibleName(tr("Binaries folder or zip"));
    auto *folder = new QPushButton(tr("F&older\u2026"), source);
    folder->setAccessibleDescription(tr("Use a folder of Device OS release binaries"));
    auto *zip = new QPushButton(tr("&Zip\u2026"), source);
    zip->setAccessibleDescription(tr("Use a zip of Device OS release binaries"));
    row->addWidget(m_bundlePath, 1);
    row->addWidget(folder);
    row->addWidget(zip);
    m_bundleStatus = wrapLabel(QString(), source);
    sourceLayout->addLayout(row);
    sourceLayout->addWidget(m_bundleStatus);

    m_versions = new QListWidget(this);
    m_versions->setAccessibleName(tr("Device OS versions"));
    m_versions->setAccessibleDescription(tr("Newest first. Versions the device cannot run are greyed out with the reason."));
    m_prereleases = new QCheckBox(tr("Show &pre-releases"), this);
    m_model = new QComboBox(this);
    m_model->setAccessibleName(tr("Model"));
    m_user = new QComboBox(this);
    m_user->setAccessibleName(tr("User firmware after the restore"));
    m_user->addItem(tr("Keep the device's application if it runs on this version, else Tinker"),
                    int(UserFirmwareChoice::Auto));
    m_user->addItem(tr("Tinker"), int(UserFirmwareChoice::Tinker));
    m_user->addItem(tr("Keep the device's application"), int(UserFirmwareChoice::Keep));
    m_user->addItem(tr("A firmware file\u2026"), int(UserFirmwareChoice::File));
    m_userStatus = wrapLabel(QString(), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&User firmware:"), m_user);
    form->addRow(QString(), m_userStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_prereleases);
    layout->addLayout(form);

    auto openDialog = [this](bool isZip) {
        const QString path = isZip ? QFileDialog::getOpenFileName(this, tr("Zip of Device OS binaries"), m_bundlePath->text(),
                                                                  tr("Zip files (*.zip)"))
                                   : QFileDialog::getExistingDirectory(this, tr("Folder of Device OS binaries"),
                                                                       m_bundlePath->text());
        if (path.isEmpty())
            return;
        m_bundlePath->setText(path);
        m_bundleStatus->setText(tr("Reading %1\u2026").arg(path));
        m_wizard->loader().load(path);
    };
    connect(folder, &QPushButton::clicked, this, [openDialog] { openDialog(false); });
    connect(zip, &QPushButton::clicked, this, [openDialog] { openDialog(true); });
    connect(wizard, &RestoreWizard::bundleChanged, this, &VersionPage::fillVersions);
    connect(&wizard->loader(), &BundleLoader::failed, this, [this](const Error &e) { m_bundleStatus->setText(e.text()); });
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

void VersionPage::initializePage()
{
    const Platform *p = m_wizard->session().platform;
    const QSignalBlocker block(m_model);
    m_model->clear();
    m_model->addItem(tr("Not known"), QString());
    if (p)
        for (const DeviceModel &m : p->models)
            m_model->addItem(m.name.isEmpty() || m.name == m.sku ? m.sku : QStringLiteral("%1 (%2)").arg(m.sku, m.name), m.sku);
    fillVersions();
}

void VersionPage::fillVersions()
{
    const RestoreSession &s = m_wizard->session();
    const Platform *p = s.platform;
    const QString previous = m_versions->currentItem() ? m_versions->currentItem()->data(Qt::UserRole).toString()
                                                       : QSettings().value(QStringLiteral("restore/target")).toString();
    m_versions->clear();
    if (!s.bundle) {
        m_bundleStatus->setText(tr("No Device OS binaries yet: choose a folder or zip of release binaries."));
        Q_EMIT completeChanged();
        return;
    }
    m_bundlePath->setText(s.bundle->source());
    m_bundleStatus->setText(tr("%n module(s) found; %1 file(s) are not modules.", nullptr, int(s.bundle->modules().size()))
                                .arg(s.bundle->problems().size()));
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
            text += QStringLiteral("  (") + labels.join(QLatin1String(", ")) + QLatin1Char(')');
        if (!reason.isEmpty())
            text += QStringLiteral("  \u2014 ") + tr("not available: %1").arg(reason);
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
    Q_EMIT completeChanged();
}

void VersionPage::chooseUserFile(const QString &path)
{
    RestoreSession &s = m_wizard->session();
    m_userFileOk = false;
    s.userFile.reset();
    auto file = FirmwareBundle::open(path);
    if (!file.ok() || file->modules().size() != 1) {
        m_userStatus->setText(tr("Not usable: %1").arg(file.ok() ? tr("the file holds %n module(s), not one.", nullptr,
                                                                     int(file->modules().size()))
                                                                 : file.error().text()));
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
