// The main window: pick a platform, the Device OS binaries, where the device is now and where it
// should go, and see the restore plan, refusals and warnings before anything is written.
#pragma once

#include "restore/firmwarebundle.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;

namespace dr {
class BundleLoader;
}

namespace dr::ui {

class PlatformList;
class PlanView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a folder or zip of binaries (asynchronously); the plan follows when it is in.
    void openBundle(const QString &path);

    PlatformList *platformList() const { return m_platforms; }
    PlanView *planView() const { return m_planView; }
    QComboBox *targetCombo() const { return m_target; }
    QComboBox *currentCombo() const { return m_current; }
    QComboBox *modelCombo() const { return m_model; }
    QComboBox *userFirmwareCombo() const { return m_user; }
    QCheckBox *forceCheck() const { return m_force; }
    const FirmwareBundle *bundle() const { return m_bundle.get(); }

Q_SIGNALS:
    void bundleReady(); // a bundle was loaded (or failed to) and the plan is up to date

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseFolder();
    void chooseZip();
    void platformChanged();
    void replan();

    BundleLoader *m_loader;
    std::shared_ptr<const FirmwareBundle> m_bundle;
    QSplitter *m_splitter;
    PlatformList *m_platforms;
    QLineEdit *m_bundlePath;
    QLabel *m_bundleStatus;
    QComboBox *m_current;
    QComboBox *m_model;
    QComboBox *m_target;
    QComboBox *m_user;
    QCheckBox *m_force;
    PlanView *m_planView;
};

} // namespace dr::ui
