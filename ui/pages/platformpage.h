// Page 1: which platform (the kind of device) to restore, or "Restore many devices" (the station).
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>

class QPushButton;

namespace dr::ui {

class PlatformList;
class RestoreWizard;

class PlatformPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlatformPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    PlatformList *list() const { return m_list; }
    QPushButton *stationButton() const { return m_station; }

private:
    // Selects the platform of the one attached device; false when there is not exactly one.
    bool selectAttachedPlatform();

    RestoreWizard *m_wizard;
    PlatformList *m_list;
    QPushButton *m_station;
    bool m_selecting = false;   // the page, not the person, is changing the selection
    bool m_personChose = false; // the person picked a platform on this visit of the page
};

} // namespace dr::ui
