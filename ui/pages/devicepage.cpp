#include "pages/devicepage.h"

#include "doctor/doctor.h"
#include "pages/pagecommon.h"
#include "platform/platformdatabase.h"
#include "restorewizard.h"
#include "widgets/moduletable.h"
#include "widgets/viewfitting.h"

#include <QFrame>
#include <QGroupBox>
#include <QStyle>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    m_list->setObjectName(QStringLiteral("devices"));
    m_list->setAccessibleName(tr("Attached devices"));
    m_list->setAccessibleDescription(tr("The Particle devices attached to this computer, with platform, mode, "
                                        "Device OS, device ID and USB port. Choose the one to restore."));
    m_empty = wrapLabel(tr("No Particle device is attached.\n\nPlug the device into this computer with a USB data cable "
                           "(charge-only cables do not work). If it is attached and does not appear, hold MODE, tap "
                           "RESET and keep holding MODE until the LED blinks yellow (DFU mode)."),
                        this);
    m_unusable = new QFrame(this);
    m_unusable->setObjectName(QStringLiteral("unusableDevices"));
    static_cast<QFrame *>(m_unusable)->setFrameShape(QFrame::StyledPanel);
    auto *unusableIcon = new QLabel(m_unusable);
    unusableIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_unusableText = wrapLabel(QString(), m_unusable);
    m_unusableText->setObjectName(QStringLiteral("unusableText"));
    m_unusableText->setTextFormat(Qt::RichText);
    // No mnemonic: the wizard's own "Check this computer" button below has Alt+C.
    m_checkComputer = new QPushButton(tr("Check this computer…"), m_unusable);
    m_checkComputer->setObjectName(QStringLiteral("deviceCheckComputer"));
    m_checkComputer->setAccessibleDescription(tr("Find out what stops this computer from opening the device, and fix it"));
    auto *unusableText = new QVBoxLayout;
    unusableText->addWidget(m_unusableText);
    unusableText->addWidget(m_checkComputer, 0, Qt::AlignLeft);
    auto *unusableRow = new QHBoxLayout(m_unusable);
    unusableRow->addWidget(unusableIcon, 0, Qt::AlignTop);
    unusableRow->addLayout(unusableText, 1);
    m_unusable->setVisible(false);
    connect(m_checkComputer, &QPushButton::clicked, m_wizard, &RestoreWizard::showDoctor);
    m_status = wrapLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("deviceStatus"));
    m_inspect = new QPushButton(tr("&Inspect modules"), this);
    m_inspect->setObjectName(QStringLiteral("inspect"));
    m_inspect->setAccessibleName(tr("Inspect modules"));
    m_inspect->setAccessibleDescription(tr("Read the modules on the selected device and show them with their checks"));
    m_modulesTitle = wrapLabel(QString(), this);
    m_modules = new ModuleTable(this);
    m_modules->setObjectName(QStringLiteral("deviceModules"));
    m_modulesTitle->setVisible(false);
    m_modules->setVisible(false);

    m_portBox = new QGroupBox(tr("Device in listening mode that is not listed"), this);
    auto *portHelp = wrapLabel(tr("A device in listening mode blinks dark blue. If it is not in the list above, or its "
                                  "modules cannot be read over USB, enter its serial port and inspect it over serial."),
                               m_portBox);
    m_port = new QLineEdit(m_portBox);
    m_port->setObjectName(QStringLiteral("portPath"));
#ifdef Q_OS_WIN
    m_port->setPlaceholderText(QStringLiteral("COM3"));
#elif defined(Q_OS_MACOS)
    m_port->setPlaceholderText(QStringLiteral("/dev/cu.usbmodem101"));
#else
    m_port->setPlaceholderText(QStringLiteral("/dev/ttyACM0"));
#endif
    m_port->setAccessibleName(tr("Serial port"));
    m_port->setAccessibleDescription(tr("The path or name of the device's serial port, for example %1")
                                         .arg(m_port->placeholderText()));
    auto *portLabel = new QLabel(tr("Serial &port:"), m_portBox);
    portLabel->setBuddy(m_port);
    m_portInspect = new QPushButton(tr("Inspect over &serial"), m_portBox);
    m_portInspect->setObjectName(QStringLiteral("portInspect"));
    m_portInspect->setAccessibleName(tr("Inspect over serial"));
    m_portInspect->setAccessibleDescription(tr("Ask the device on this serial port for its ID and modules"));
    m_portStatus = wrapLabel(QString(), m_portBox);
    m_portStatus->setObjectName(QStringLiteral("portStatus"));
    m_portStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_portStatus->setVisible(false);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(portLabel);
    portRow->addWidget(m_port, 1);
    portRow->addWidget(m_portInspect);
    auto *portLayout = new QVBoxLayout(m_portBox);
    portLayout->addWidget(portHelp);
    portLayout->addLayout(portRow);
    portLayout->addWidget(m_portStatus);

    // Everything as high as its content, top to bottom; the empty space goes below the last box.
    m_portBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1); // up to its rows (devicesChanged)
    layout->addWidget(m_empty);
    layout->addWidget(m_unusable);
    layout->addWidget(m_status);
    layout->addWidget(m_inspect, 0, Qt::AlignLeft);
    layout->addWidget(m_modulesTitle);
    layout->addWidget(m_modules, 1); // up to its rows (ModuleTable)
    layout->addWidget(m_portBox);
    layout->addStretch();

    setTabOrder(m_list, m_inspect);
    setTabOrder(m_inspect, m_modules);
    setTabOrder(m_modules, m_port);
    setTabOrder(m_port, m_portInspect);

    DeviceService &devices = wizard->devices();
    connect(&devices, &DeviceService::devicesChanged, this, &DevicePage::devicesChanged);
    // The choice is the selected row, not the current one: a list that gets keyboard focus makes its
    // first row current by itself, and that must not choose a device.
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &DevicePage::selectionChanged);
    connect(&devices, &DeviceService::inspected, this, [this](const QString &id, const ModuleInspection &i) {
        if (id.isEmpty())
            return; // a running restore's
        m_usbInspections.insert(id, i);
        const DeviceSummary *d = selected();
        if (id == m_inspectedId && d && d->usb.deviceId == id) {
            m_wizard->session().before = i;
            m_wizard->session().beforeNotRead.clear();
            m_waitingForInspection = false;
            m_status->setText(i.source == ModuleInspection::Source::Dfu
                                  ? tr("The device's modules were read over DFU: only what is out of date will be "
                                       "written.")
                                  : tr("The device's modules were read."));
        }
        if (id == m_shownId)
            showModules(modulesTitle(id, i), i);
        m_inspect->setEnabled(selected() != nullptr);
        Q_EMIT completeChanged();
    });
    connect(&devices, &DeviceService::inspectFailed, this, [this](const QString &id, const Error &e) {
        if (id == m_shownId)
            showModulesMessage(tr("Modules on device %1").arg(id), e.text());
        m_inspect->setEnabled(selected() != nullptr);
        if (id != m_inspectedId)
            return;
        m_waitingForInspection = false;
        m_wizard->session().beforeNotRead = e.message;
        if (m_portResult && m_portResult->deviceId == id) {
            m_wizard->session().before = m_portResult->inspection;
            m_status->setText(tr("The modules could not be read over USB; the plan uses what the device said over %1.")
                                  .arg(m_portResult->port));
        } else {
            m_status->setText(tr("Could not read the modules: %1 The restore will write every module.").arg(e.text()));
        }
        Q_EMIT completeChanged();
    });
    // Reading over DFU takes about a second: how far it is, in the status line (and the table's
    // message when the person asked to see the modules).
    connect(&devices, &DeviceService::inspectProgress, this, [this](const QString &id, const RestoreProgress &p) {
        if (p.total == 0 || (id != m_inspectedId && id != m_shownId))
            return;
        const QString text = tr("Reading the device's modules over DFU\u2026 %1%").arg(int(p.done * 100 / p.total));
        if (id == m_inspectedId && m_waitingForInspection)
            m_status->setText(text);
        if (id == m_shownId && m_modules->columnSpan(0, 0) > 1)
            m_modules->showMessage(text);
    });
    connect(&devices, &DeviceService::portInspected, this, &DevicePage::portInspected);
    connect(&devices, &DeviceService::portInspectFailed, this, &DevicePage::portInspectFailed);
    connect(m_inspect, &QPushButton::clicked, this, &DevicePage::inspectSelected);
    connect(m_portInspect, &QPushButton::clicked, this, &DevicePage::startOrStopPortInspection);
    connect(m_port, &QLineEdit::returnPressed, this, [this] {
        if (!m_portBusy)
            startOrStopPortInspection();
    });
    connect(this, &QWizardPage::completeChanged, this, &DevicePage::continueRetryWhenReady);
}

void DevicePage::initializePage()
{
    // Choices on earlier pages may have changed: judge the devices afresh.
    m_wizard->session().device.reset();
    m_wizard->session().before.reset();
    m_waitingForInspection = false;
    m_inspectedId.clear();
    m_shownId.clear();
    m_usbInspections.clear();
    m_modulesTitle->setVisible(false);
    m_modules->setVisible(false);
    m_active = true; // QWizard makes the page current only after initializePage()
    devicesChanged(m_wizard->attachedDevices());
    m_wizard->devices().refresh();
    // Trying again with a device that needs no reading: on to the plan once the page is shown.
    QMetaObject::invokeMethod(this, &DevicePage::continueRetryWhenReady, Qt::QueuedConnection);
}

void DevicePage::devicesChanged(const QList<DeviceSummary> &attached)
{
    // A device the system lists but this program may not open cannot be chosen: it is described
    // (with what to do) instead of being listed.
    QList<DeviceSummary> devices;
    QList<DeviceSummary> unusable;
    for (const DeviceSummary &d : attached)
        (d.usb.canOpen ? devices : unusable).append(d);
    showUnusable(unusable);
    const QString retry = m_wizard->retryDeviceId();
    const QString current = selected() ? selected()->usb.deviceId : retry;
    m_devices = devices;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int keep = -1;
    for (int i = 0; i < devices.size(); ++i) {
        auto *item = new QListWidgetItem(deviceLine(devices[i]), m_list);
        item->setData(Qt::AccessibleTextRole, item->text());
        if (devices[i].usb.deviceId == current)
            keep = i;
    }
    // Never chosen silently among several: only a single device is selected for the person (or the
    // one being restored again).
    if (keep < 0 && devices.size() == 1 && retry.isEmpty())
        keep = 0;
    if (keep >= 0) {
        m_list->setCurrentRow(keep, QItemSelectionModel::ClearAndSelect);
    } else {
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_empty->setVisible(devices.isEmpty() && unusable.isEmpty());
    m_list->setVisible(!devices.isEmpty());
    m_inspect->setVisible(!devices.isEmpty()); // nothing to inspect: no lone disabled button
    fitHeightToContents(m_list);
    selectionChanged();
}

void DevicePage::showUnusable(const QList<DeviceSummary> &unusable)
{
    m_unusable->setVisible(!unusable.isEmpty());
    if (unusable.isEmpty())
        return;
    const PlatformDatabase &db = PlatformDatabase::builtin();
    QStringList names;
    for (const DeviceSummary &d : unusable)
        names << Doctor::deviceName(d.usb.vendorId, d.usb.productId, db);
    const Finding f = Doctor::unusableDevice(names.join(QStringLiteral(", ")), Doctor::thisSystem(), db);
    m_unusableText->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                                .arg(f.title.toHtmlEscaped(), f.why.toHtmlEscaped(), f.remedy.toHtmlEscaped()));
    m_unusable->setAccessibleName(f.title);
}

const DeviceSummary *DevicePage::selected() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    const int row = items.isEmpty() ? -1 : m_list->row(items.first());
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
        s.before.reset();
        s.beforeNotRead.clear();
        m_waitingForInspection = false;
        const QString retry = m_wizard->retryDeviceId();
        if (!retry.isEmpty())
            m_status->setText(tr("Waiting for device %1 to appear again\u2026").arg(retry));
        else if (m_devices.size() > 1)
            m_status->setText(tr("%n devices are attached: choose the one to restore.", nullptr, int(m_devices.size())));
        else
            m_status->clear();
        Q_EMIT completeChanged();
        return;
    }
    if (!s.device || s.device->usb.deviceId != d->usb.deviceId || s.device->usb.mode != d->usb.mode) {
        s.device = *d;
        s.before.reset();
        s.beforeNotRead.clear();
        m_waitingForInspection = false;
        m_inspectedId.clear();
        const bool fromPort = m_portResult && m_portResult->deviceId == d->usb.deviceId;
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
            // DFU mode (blinking yellow): its modules are read back over DFU (a failure falls back to
            // what it listed over a serial port before, else to writing every module).
            m_inspectedId = d->usb.deviceId;
            m_waitingForInspection = true;
            m_status->setText(fromPort ? tr("The device is in DFU mode: reading its modules over DFU (it listed them "
                                            "over %1 before)\u2026")
                                             .arg(m_portResult->port)
                                       : tr("The device is in DFU mode: reading its modules over DFU\u2026"));
            m_wizard->devices().inspect(d->usb.deviceId);
        }
    } else {
        s.device = *d; // the same device; the list may know more now (its Device OS once read over DFU)
    }
    Q_EMIT completeChanged();
}

void DevicePage::inspectSelected()
{
    const DeviceSummary *d = selected();
    if (!d)
        return;
    const QString id = d->usb.deviceId;
    const QString title = tr("Modules on device %1").arg(id);
    m_shownId = id;
    // Read afresh: modules may have changed since the page read them.
    showModulesMessage(title, d->usb.mode == UsbDeviceMode::Dfu ? tr("Reading the device's modules over DFU\u2026")
                                                                : tr("Reading the device's modules\u2026"));
    m_inspect->setEnabled(false);
    m_wizard->devices().inspect(id);
}

QString DevicePage::modulesTitle(const QString &deviceId, const ModuleInspection &inspection)
{
    return inspection.source == ModuleInspection::Source::Dfu
               ? tr("Modules on device %1, read over DFU (checked by Device Restore)").arg(deviceId)
               : tr("Modules on device %1").arg(deviceId);
}

void DevicePage::showModules(const QString &title, const ModuleInspection &inspection)
{
    m_modulesTitle->setText(title);
    m_modules->setInspection(inspection);
    m_modules->setAccessibleDescription(title);
    m_modulesTitle->setVisible(true);
    m_modules->setVisible(true);
}

void DevicePage::showModulesMessage(const QString &title, const QString &message)
{
    m_modulesTitle->setText(title);
    m_modules->showMessage(message);
    m_modules->setAccessibleDescription(title);
    m_modulesTitle->setVisible(true);
    m_modules->setVisible(true);
}

void DevicePage::setPortBusy(bool busy)
{
    m_portBusy = busy;
    m_port->setReadOnly(busy);
    m_portInspect->setText(busy ? tr("&Stop") : tr("Inspect over &serial"));
    m_portInspect->setAccessibleName(busy ? tr("Stop inspecting") : tr("Inspect over serial"));
    Q_EMIT completeChanged();
}

void DevicePage::startOrStopPortInspection()
{
    if (m_portBusy) {
        m_wizard->devices().cancelPortInspection();
        m_portStatus->setText(tr("Stopping\u2026"));
        return;
    }
    const QString path = m_port->text().trimmed();
    m_portStatus->setVisible(true);
    if (path.isEmpty()) {
        m_portStatus->setText(tr("Enter the serial port of the device first, for example %1.")
                                  .arg(m_port->placeholderText()));
        m_port->setFocus();
        return;
    }
    m_portRunning = path;
    m_portStatus->setText(tr("Asking the device on %1\u2026").arg(path));
    setPortBusy(true);
    m_wizard->devices().inspectPort(path);
}

void DevicePage::portInspected(const QString &port, const QString &deviceId, const ModuleInspection &inspection)
{
    if (port != m_portRunning)
        return;
    m_portRunning.clear();
    setPortBusy(false);
    m_portResult = PortResult{port, deviceId, inspection};
    m_shownId.clear();
    showModules(tr("Modules on device %1 (serial port %2)").arg(deviceId, port), inspection);

    const Platform *platform = PlatformDatabase::builtin().byId(inspection.platformId);
    const Platform *chosen = m_wizard->session().platform;
    QString text = tr("Device %1 answered on %2.").arg(deviceId, port);
    if (platform && chosen && platform != chosen)
        text = tr("Device %1 on %2 is a %3, but you chose the %4. Go back to change the platform.")
                   .arg(deviceId, port, platform->displayName, chosen->displayName);
    int row = -1;
    for (int i = 0; i < m_devices.size(); ++i)
        if (m_devices[i].usb.deviceId == deviceId)
            row = i;
    if (row < 0) {
        text += QLatin1Char('\n')
                + tr("It is not in the list of USB devices, so it cannot be restored from here yet. Hold MODE, tap RESET "
                     "and keep holding MODE until the LED blinks yellow (DFU mode): the device then appears in the list.");
    } else {
        // The person named this device: choose it; the USB read (if any) still comes first.
        m_list->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
        RestoreSession &s = m_wizard->session();
        if (s.device && s.device->usb.deviceId == deviceId && !s.before && !m_waitingForInspection
            && s.device->usb.platform == s.platform) {
            s.before = inspection;
            m_status->setText(tr("The plan uses the modules the device listed over %1.").arg(port));
        }
    }
    m_portStatus->setText(text);
    m_portStatus->setAccessibleName(text);
    Q_EMIT completeChanged();
}

void DevicePage::portInspectFailed(const QString &port, const Error &error)
{
    if (port != m_portRunning)
        return;
    m_portRunning.clear();
    setPortBusy(false);
    QString text = tr("Could not inspect the device on %1.").arg(port) + QLatin1Char('\n') + error.message;
    if (!error.remedy.isEmpty())
        text += QLatin1Char('\n') + error.remedy;
    m_portStatus->setText(text);
    m_portStatus->setAccessibleName(text);
    m_portStatus->setToolTip(error.detail);
}

void DevicePage::continueRetryWhenReady()
{
    // "Try again" from the result page: once the same device is read afresh, straight on to the plan.
    if (!m_active || m_wizard->retryDeviceId().isEmpty() || !isComplete() || m_wizard->currentPage() != this)
        return;
    const DeviceSummary *d = selected();
    if (!d || d->usb.deviceId != m_wizard->retryDeviceId())
        return;
    m_wizard->clearRetry();
    QMetaObject::invokeMethod(m_wizard, &QWizard::next, Qt::QueuedConnection);
}

bool DevicePage::isComplete() const
{
    const DeviceSummary *d = selected();
    return d && d->usb.platform == m_wizard->session().platform && !m_waitingForInspection && !m_portBusy;
}

void DevicePage::cleanupPage()
{
    m_active = false;
    if (m_waitingForInspection)
        m_wizard->devices().cancelInspection();
    if (m_portBusy)
        m_wizard->devices().cancelPortInspection();
    m_wizard->clearRetry();
}

bool DevicePage::validatePage()
{
    if (!selected())
        return false;
    m_active = false;
    return true;
}

} // namespace dr::ui
