// Page 2: the version to restore, the model and the user firmware, and where the releases come
// from: Particle's release catalog (labelled, downloaded when chosen, with progress, before the
// plan; offline from what was downloaded) or the person's own folder or zip of binaries. Without a
// catalog (none kept, no network) the binaries on this computer serve, as they always did.
#pragma once

#include "restore/deviceservice.h"
#include "restore/releaseservice.h"

#include <QHash>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QListWidget;
class QRadioButton;

namespace dr::ui {

class RestoreWizard;
class DownloadPanel;

class VersionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VersionPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget *versions() const { return m_versions; }
    QComboBox *userFirmware() const { return m_user; }
    QComboBox *model() const { return m_model; }
    QCheckBox *showPrereleases() const { return m_prereleases; }
    QLineEdit *bundlePath() const { return m_bundlePath; }
    QLabel *bundleStatus() const { return m_bundleStatus; }
    QPushButton *useDefaultButton() const { return m_useDefault; }
    QRadioButton *catalogSource() const { return m_catalogSource; }
    QRadioButton *ownSource() const { return m_ownSource; }
    QLabel *catalogStatus() const { return m_catalogStatus; }
    QLabel *offlineNotice() const { return m_offline; }
    QLabel *downloadSize() const { return m_sizeNote; } // what the chosen release will download
    DownloadPanel *download() const { return m_download; }
    // True while the releases come from the catalog (not from a folder or zip).
    bool usesCatalog() const;
    void chooseUserFile(const QString &path); // validates it on the spot

    static constexpr int CachedRole = Qt::UserRole + 1; // bool: the release is downloaded

private:
    void fillVersions();
    void fillFromCatalog(const Platform &p, const QString &previous);
    void fillFromFiles(const Platform *p, const QString &previous);
    void showSourceState();
    std::optional<SemVer> deviceVersion() const; // the device's Device OS, when already known
    void startDownload();
    void askDownloadSize(); // for the chosen release, on the release service's worker
    void showDownloadSize(const DownloadSize &size);
    void downloaded(std::shared_ptr<const PlanReleases> releases);
    void useSource(const QString &path); // reads a folder or zip of binaries (on the loader's thread)
    RestoreWizard *m_wizard;
    QLabel *m_offline;
    QRadioButton *m_catalogSource;
    QRadioButton *m_ownSource;
    QLabel *m_catalogStatus;
    DownloadPanel *m_download;
    bool m_ownFiles;                                 // the person's folder or zip is in use
    bool m_personChoseFiles = false;                 // ... because the person chose them
    bool m_standingIn = false;                       // the catalog was unavailable (local binaries stand in)
    bool m_fallbackPending = false;                  // the wizard is opening the local binaries for lack of it
    std::shared_ptr<const FirmwareBundle> m_ownBundle; // the last folder or zip loaded
    std::shared_ptr<const PlanReleases> m_prepared;  // the catalog releases of the last download
    QString m_preparedKey;                           // what they were fetched for
    QString m_pendingKey;                            // what the download under way is for
    QLineEdit *m_bundlePath;
    QLabel *m_bundleStatus;
    QPushButton *m_useDefault;
    const Platform *m_modelsFor = nullptr;
    std::optional<Error> m_bundleError; // why the last source could not be read
    QListWidget *m_versions;
    QCheckBox *m_prereleases;
    QComboBox *m_model;
    QComboBox *m_user;
    QLabel *m_userStatus;
    QLabel *m_sizeNote;
    QString m_sizeKey;                       // what m_sizeNote is (to be) about
    QHash<QString, DownloadSize> m_sizes;    // sizes learnt, by key (they do not change while the page lives)
    bool m_userFileOk = false;
};

} // namespace dr::ui
