#include "pages/platformpage.h"

#include "platform/platformdatabase.h"
#include "restorewizard.h"
#include "widgets/platformlist.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QVBoxLayout>

namespace dr::ui {

PlatformPage::PlatformPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Which kind of device?"));
    setSubTitle(tr("Choose the Particle platform to restore. Platforms this tool cannot restore are shown greyed "
                   "out with the reason."));
    m_list = new PlatformList(this);
    m_list->setObjectName(QStringLiteral("platforms"));
    m_list->setPlatforms(PlatformDatabase::builtin().platforms());
    // Many devices with one recipe: the restore station (issue 15), beside the one-device wizard.
    m_station = new QPushButton(tr("Restore &many devices\u2026"), this);
    m_station->setObjectName(QStringLiteral("restoreMany"));
    m_station->setAccessibleName(tr("Restore many devices"));
    m_station->setAccessibleDescription(tr("Open the restore station: choose a recipe, and every device plugged in "
                                           "gets it, several at once"));
    auto *stationRow = new QHBoxLayout;
    stationRow->addStretch();
    stationRow->addWidget(m_station);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(stationRow);
    connect(m_station, &QPushButton::clicked, wizard, &RestoreWizard::stationRequested);
    connect(m_list, &PlatformList::platformChosen, this, [this] {
        if (!m_selecting)
            m_personChose = true;
        Q_EMIT completeChanged();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, wizard, &QWizard::next);
    // The device list arrives after the window opens (the first bus scan runs on a worker thread),
    // and devices are plugged in while the page is up: the one device's platform is chosen for the
    // person until they choose one themselves.
    connect(wizard, &RestoreWizard::attachedDevicesChanged, this, [this] {
        if (!m_personChose && m_wizard->currentPage() == this)
            selectAttachedPlatform();
    });
}

bool PlatformPage::selectAttachedPlatform()
{
    const auto &attached = m_wizard->attachedDevices();
    if (attached.size() != 1 || !attached.first().usb.platform)
        return false;
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    return m_list->selectPlatform(attached.first().usb.platform->id);
}

void PlatformPage::initializePage()
{
    m_personChose = false;
    // One attached device: its platform; else the one used last time.
    if (selectAttachedPlatform())
        return;
    if (m_list->currentPlatformId() < 0) {
        const QScopedValueRollback<bool> selecting(m_selecting, true);
        m_list->selectPlatform(QSettings().value(QStringLiteral("restore/platform"), 13).toInt());
    }
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


} // namespace dr::ui
