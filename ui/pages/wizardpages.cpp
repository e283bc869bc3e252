#include "pages/wizardpages.h"

#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "restore/restorereport.h"
#include "restorewizard.h"
#include "widgets/moduletable.h"
#include "widgets/planview.h"
#include "widgets/platformlist.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dr::ui {

namespace {

QLabel *wrapLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QString deviceLine(const DeviceSummary &d)
{
    const QString platform = d.usb.platform ? d.usb.platform->displayName : QObject::tr("Unknown platform");
    const QString mode = d.usb.mode == UsbDeviceMode::Dfu ? QObject::tr("DFU mode (blinking yellow)")
                                                          : QObject::tr("running");
    const QString os = d.deviceOs.isEmpty() ? QString() : QObject::tr("Device OS %1").arg(d.deviceOs);
    QStringList parts{platform, mode};
    if (!os.isEmpty())
        parts << os;
    parts << QObject::tr("ID %1").arg(d.usb.deviceId) << QObject::tr("USB port %1").arg(d.usb.portPath);
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace

// ---------------------------------------------------------------- 1. Platform

PlatformPage::PlatformPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Which kind of device?"));
    setSubTitle(tr("Choose the Particle platform to restore. Platforms this tool cannot restore are shown greyed "
                   "out with the reason."));
    m_list = new PlatformList(this);
    m_list->setPlatforms(PlatformDatabase::builtin().platforms());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &PlatformList::platformChosen, this, &QWizardPage::completeChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, wizard, &QWizard::next);
}

void PlatformPage::initializePage()
{
    // One attached device: its platform; else the one used last time.
    const auto &attached = m_wizard->attachedDevices();
    if (attached.size() == 1 && attached.first().usb.platform && m_list->selectPlatform(attached.first().usb.platform->id))
        return;
    if (m_list->currentPlatformId() < 0)
        m_list->selectPlatform(QSettings().value(QStringLiteral("restore/platform"), 13).toInt());
}

bool PlatformPage::isComplete() const
{
    const Platform *p = PlatformDatabase::builtin().byId(m_list->currentPlatformId());
    return p && p->supported;
}

bool PlatformPage::validatePage()
{
    m_wizard->session().platform = PlatformDatabase::builtin().byId(m_list->currentPlatformId());
    return m_wizard->session().platform != nullptr;
}

// ---------------------------------------------------------------- 2. Version

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

// ---------------------------------------------------------------- 3. Device

DevicePage::DevicePage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Which device?"));
    setSubTitle(tr("Choose the device to restore. The list follows what is plugged in."));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Attached devices"));
    m_empty = wrapLabel(tr("No Particle device is attached.\n\nPlug the device into this computer with a USB data cable "
                           "(charge-only cables do not work). If it is attached and does not appear, hold MODE, tap "
                           "RESET and keep holding MODE until the LED blinks yellow (DFU mode)."),
                        this);
    m_status = wrapLabel(QString(), this);
    m_inspect = new QPushButton(tr("&Inspect modules\u2026"), this);
    m_inspect->setAccessibleDescription(tr("Show the modules on the selected device and their checks"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_status);
    layout->addWidget(m_inspect, 0, Qt::AlignLeft);

    connect(&wizard->devices(), &DeviceService::devicesChanged, this, &DevicePage::devicesChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &DevicePage::selectionChanged);
    connect(&wizard->devices(), &DeviceService::inspected, this, [this](const QString &id, const ModuleInspection &i) {
        if (id.isEmpty() || id != m_inspectedId)
            return;
        m_wizard->session().before = i;
        m_waitingForInspection = false;
        m_status->setText(tr("Modules read."));
        Q_EMIT completeChanged();
    });
    connect(&wizard->devices(), &DeviceService::inspectFailed, this, [this](const QString &id, const Error &e) {
        if (id != m_inspectedId)
            return;
        m_waitingForInspection = false;
        m_status->setText(tr("Could not read the modules: %1 The restore will write every module.").arg(e.text()));
        Q_EMIT completeChanged();
    });
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        const auto &before = m_wizard->session().before;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Modules on the device"));
        auto *table = new ModuleTable(&dialog);
        if (before)
            table->setInspection(*before);
        else
            table->showMessage(tr("The device is in DFU mode, where it cannot list its modules."));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *l = new QVBoxLayout(&dialog);
        l->addWidget(table);
        l->addWidget(buttons);
        dialog.resize(820, 320);
        dialog.exec();
    });
}

void DevicePage::initializePage()
{
    // Choices on earlier pages may have changed: judge the devices afresh.
    m_wizard->session().device.reset();
    m_wizard->session().before.reset();
    m_waitingForInspection = false;
    m_active = true; // QWizard makes the page current only after initializePage()
    devicesChanged(m_wizard->attachedDevices());
    m_wizard->devices().refresh();
}

void DevicePage::devicesChanged(const QList<DeviceSummary> &devices)
{
    const QString current = selected() ? selected()->usb.deviceId : QString();
    m_devices = devices;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int keep = -1;
    for (int i = 0; i < devices.size(); ++i) {
        m_list->addItem(deviceLine(devices[i]));
        if (devices[i].usb.deviceId == current)
            keep = i;
    }
    // Never chosen silently among several: only a single device is selected for the person.
    if (keep < 0 && devices.size() == 1)
        keep = 0;
    m_list->setCurrentRow(keep);
    m_empty->setVisible(devices.isEmpty());
    m_list->setVisible(!devices.isEmpty());
    selectionChanged();
}

const DeviceSummary *DevicePage::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_devices.size() ? &m_devices[row] : nullptr;
}

void DevicePage::selectionChanged()
{
    if (!m_active)
        return; // the list follows the bus; the choice is judged once the page is shown
    const DeviceSummary *d = selected();
    RestoreSession &s = m_wizard->session();
    m_inspect->setEnabled(d != nullptr);
    if (!d) {
        s.device.reset();
        m_status->setText(m_devices.size() > 1 ? tr("%n devices are attached: choose one.", nullptr, int(m_devices.size()))
                                               : QString());
        Q_EMIT completeChanged();
        return;
    }
    if (!s.device || s.device->usb.deviceId != d->usb.deviceId || s.device->usb.mode != d->usb.mode) {
        s.device = *d;
        s.before.reset();
        if (d->usb.platform != s.platform) {
            m_status->setText(tr("This is a %1, but you chose the %2. Go back to change the platform, or choose another "
                                 "device.")
                                  .arg(d->usb.platform ? d->usb.platform->displayName : tr("device of unknown platform"),
                                       s.platform ? s.platform->displayName : QString()));
        } else if (d->usb.mode == UsbDeviceMode::Normal) {
            m_inspectedId = d->usb.deviceId;
            m_waitingForInspection = true;
            m_status->setText(tr("Reading the device's modules\u2026"));
            m_wizard->devices().inspect(d->usb.deviceId);
        } else {
            m_waitingForInspection = false;
            m_status->setText(tr("The device is in DFU mode: its modules cannot be read, so every module will be written."));
        }
    }
    Q_EMIT completeChanged();
}

bool DevicePage::isComplete() const
{
    const DeviceSummary *d = selected();
    return d && d->usb.platform == m_wizard->session().platform && !m_waitingForInspection;
}

void DevicePage::cleanupPage()
{
    m_active = false;
}

bool DevicePage::validatePage()
{
    m_active = false;
    return selected() != nullptr;
}

// ---------------------------------------------------------------- 4. Plan

PlanPage::PlanPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("The plan"));
    setSubTitle(tr("Every step, in order. Nothing has been written yet."));
    // Leaving this page starts writing: it is the commit page (no way back from the restore page).
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_view = new PlanView(this);
    m_force = new QCheckBox(tr("Go ahead despite Particle's recommendations"), this);
    m_confirm = new QCheckBox(this);
    m_confirm->setAccessibleDescription(tr("Confirms that the listed modules may be written to this device"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_force);
    layout->addWidget(m_confirm);
    connect(m_force, &QCheckBox::toggled, this, &PlanPage::replan);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void PlanPage::initializePage()
{
    m_confirm->setChecked(false);
    replan();
}

void PlanPage::replan()
{
    RestoreSession &s = m_wizard->session();
    s.force = m_force->isChecked();
    s.plan = RestorePlanner::plan(s.planRequest());
    m_view->setPlan(s.plan);
    const bool overridable = std::any_of(s.plan.messages.begin(), s.plan.messages.end(),
                                         [](const PlanMessage &m) { return m.overridable; });
    m_force->setVisible(overridable);
    m_confirm->setText(s.plan.nothingToWrite()
                           ? tr("Check device %1 without writing anything").arg(s.device ? s.device->usb.deviceId : QString())
                           : tr("Write %n module(s) to device %1", nullptr, s.plan.flashSteps())
                                 .arg(s.device ? s.device->usb.deviceId : QString()));
    m_confirm->setEnabled(!s.plan.refused());
    Q_EMIT completeChanged();
}

bool PlanPage::isComplete() const
{
    return !m_wizard->session().plan.refused() && m_confirm->isChecked();
}

// ---------------------------------------------------------------- 5. Restore

RestorePage::RestorePage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Restoring"));
    setSubTitle(tr("Keep the device plugged in. You can cancel at any time; the device stops at a safe point."));
    m_instruction = wrapLabel(QString(), this);
    QFont big = m_instruction->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_instruction->setFont(big);
    m_instruction->setAccessibleName(tr("Current instruction"));
    m_stepLabel = wrapLabel(QString(), this);
    m_step = new QProgressBar(this);
    m_step->setAccessibleName(tr("Progress of this step"));
    m_overall = new QProgressBar(this);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_eta = new QLabel(this);
    m_modules = new ModuleTable(this);
    m_logBox = new QGroupBox(tr("Show the &log"), this);
    m_logBox->setCheckable(true);
    m_logBox->setChecked(false);
    m_log = new QPlainTextEdit(m_logBox);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Restore log"));
    m_log->setVisible(false);
    auto *logLayout = new QVBoxLayout(m_logBox);
    logLayout->addWidget(m_log);
    connect(m_logBox, &QGroupBox::toggled, m_log, &QWidget::setVisible);
    m_cancel = new QPushButton(tr("&Cancel restore"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("This step:"), m_step);
    form->addRow(tr("Overall:"), m_overall);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instruction);
    layout->addWidget(m_stepLabel);
    layout->addLayout(form);
    layout->addWidget(m_eta);
    layout->addWidget(m_modules, 1);
    layout->addWidget(m_logBox);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);

    DeviceService &devices = wizard->devices();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_instruction->setText(tr("Stopping at the next safe point\u2026"));
        m_wizard->devices().cancelRestore();
    });
    connect(&devices, &DeviceService::restoreProgress, this, [this](const RestoreProgress &p) {
        if (!m_running)
            return;
        const int steps = p.stepCount;
        m_stepLabel->setText(p.step >= 0 ? tr("Step %1 of %2: %3").arg(p.step + 1).arg(steps).arg(p.message) : p.message);
        m_step->setMaximum(int(std::max<quint64>(1, p.stepTotal / 1024)));
        m_step->setValue(int(p.stepDone / 1024));
        m_overall->setMaximum(int(std::max<quint64>(1, p.total / 1024)));
        m_overall->setValue(int(p.done / 1024));
        m_eta->setText(p.etaSeconds && *p.etaSeconds >= 1 ? tr("About %n second(s) left", nullptr, qRound(*p.etaSeconds))
                                                         : QString());
        if (p.phase == RestorePhase::EnteringDfu)
            m_instruction->setText(tr("Putting the device into DFU mode: its LED will blink yellow."));
        else if (p.phase == RestorePhase::LeavingDfu || p.phase == RestorePhase::Rebooting)
            m_instruction->setText(tr("The device is restarting. Leave it plugged in."));
        else if (p.phase == RestorePhase::Writing)
            m_instruction->setText(tr("Writing. Do not unplug the device."));
        else if (p.phase == RestorePhase::Inspecting)
            m_instruction->setText(tr("Checking every module on the device."));
    });
    connect(&devices, &DeviceService::restoreLog, this, [this](const QString &line) {
        m_log->appendPlainText(line);
        m_wizard->session().log << line;
    });
    connect(&devices, &DeviceService::inspected, this, [this](const QString &id, const ModuleInspection &i) {
        if (m_running && id.isEmpty())
            m_modules->setInspection(i);
    });
    connect(&devices, &DeviceService::personNeeded, this, [this](const PersonPrompt &prompt) {
        m_instruction->setText(prompt.instruction);
        const auto answer = QMessageBox::question(this, prompt.title, prompt.instruction,
                                                  QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
        m_wizard->devices().answerPerson(answer == QMessageBox::Ok);
    });
    connect(&devices, &DeviceService::restoreFinished, this, [this](const RestoreOutcome &o) {
        if (!m_running)
            return;
        m_running = false;
        m_wizard->session().outcome = o;
        m_cancel->setEnabled(false);
        Q_EMIT completeChanged();
        m_wizard->next();
    });
}

void RestorePage::initializePage()
{
    RestoreSession &s = m_wizard->session();
    m_log->clear();
    m_step->setValue(0);
    m_overall->setValue(0);
    m_eta->clear();
    m_cancel->setEnabled(true);
    if (s.before)
        m_modules->setInspection(*s.before);
    else
        m_modules->showMessage(tr("The device's modules are shown here once it runs Device OS again."));
    m_instruction->setText(tr("Starting\u2026"));
    m_running = true;
    s.outcome.reset();
    m_wizard->devices().restore(s.plan, s.bundle, s.device->usb.deviceId);
}

bool RestorePage::isComplete() const
{
    return !m_running && m_wizard->session().outcome.has_value();
}

// ---------------------------------------------------------------- 6. Result

ResultPage::ResultPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Result"));
    setSubTitle(tr("What the device itself reports about every module now."));
    m_outcome = wrapLabel(QString(), this);
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_outcome->setFont(big);
    m_state = wrapLabel(QString(), this);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modules = new ModuleTable(this);
    m_save = new QPushButton(tr("&Save report\u2026"), this);
    m_another = new QPushButton(tr("Restore &another device"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_another);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_state);
    layout->addWidget(m_modules, 1);
    layout->addLayout(buttons);
    setFinalPage(true);

    connect(m_another, &QPushButton::clicked, wizard, &RestoreWizard::restoreAnother);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const RestoreSession &s = m_wizard->session();
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = QStringLiteral("%1/device-restore-%2.txt").arg(dir, s.device ? s.device->usb.deviceId : QString());
        QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggested, tr("Report (*.txt)"));
        if (path.isEmpty())
            return;
        if (path.endsWith(QLatin1String(".txt")))
            path.chop(4);
        RestoreReport report;
        report.deviceId = s.device ? s.device->usb.deviceId : QString();
        report.platform = s.platform;
        report.simulated = m_wizard->simulated();
        report.before = s.before;
        report.plan = s.plan;
        report.outcome = s.outcome.value_or(RestoreOutcome());
        report.log = s.log;
        if (auto r = saveRestoreReport(report, path); !r.ok())
            QMessageBox::warning(this, tr("Save report"), r.error().text());
        else
            m_state->setText(m_state->text() + QLatin1Char('\n') + tr("Report saved as %1.txt and %1.json.").arg(path));
    });
}

void ResultPage::initializePage()
{
    const RestoreSession &s = m_wizard->session();
    if (!s.outcome)
        return;
    const RestoreOutcome &o = *s.outcome;
    const QString id = s.device ? s.device->usb.deviceId : QString();
    if (o.success)
        m_outcome->setText(s.plan.nothingToWrite()
                               ? tr("\u2714 Device %1 already had Device OS %2; every module passes its checks.")
                                     .arg(id, s.plan.target.toString())
                               : tr("\u2714 Device %1 now runs Device OS %2; every module passes its checks.")
                                     .arg(id, s.plan.target.toString()));
    else if (o.cancelled)
        m_outcome->setText(tr("\u2716 The restore was cancelled."));
    else
        m_outcome->setText(tr("\u2716 The restore failed: %1").arg(o.error ? o.error->message : QString()));
    QString state = o.success ? QString() : o.deviceState;
    // The device state already says how to go on after a cancel; other failures add their remedy.
    if (o.error && !o.error->remedy.isEmpty() && !o.cancelled)
        state += QLatin1Char('\n') + o.error->remedy;
    m_state->setText(state.trimmed());
    m_state->setVisible(!state.trimmed().isEmpty());
    if (o.after)
        m_modules->setInspection(*o.after);
    else
        m_modules->showMessage(o.success ? tr("The device's modules could not be read after the restore.")
                                         : tr("The device's modules are shown once it runs Device OS again."));
}

} // namespace dr::ui
