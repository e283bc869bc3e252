#include "pages/devicepage.h"

#include "pages/pagecommon.h"
#include "restorewizard.h"
#include "widgets/moduletable.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dr::ui {

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


} // namespace dr::ui
