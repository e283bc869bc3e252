// Page 1: which platform (the kind of device) to restore.
#pragma once

#include "restore/deviceservice.h"

#include <QWizardPage>


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

private:
    RestoreWizard *m_wizard;
    PlatformList *m_list;
};

} // namespace dr::ui
