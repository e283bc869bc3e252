#include "mainwindow.h"

#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "restore/restoreplanner.h"
#include "widgets/planview.h"
#include "widgets/platformlist.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QFileInfo>

namespace dr::ui {

namespace {
enum UserChoiceIndex { UserAuto, UserTinker, UserKeep };
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_loader(new BundleLoader(this))
{
    setWindowTitle(tr("Device Restore"));

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("Open binaries &folder\u2026"), QKeySequence::Open, this, &MainWindow::chooseFolder);
    fileMenu->addAction(tr("Open binaries &zip\u2026"), this, &MainWindow::chooseZip);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Device Restore"), this, [this] {
        QMessageBox::about(this, tr("About Device Restore"),
                           tr("<p><b>Device Restore</b> %1</p><p>Restores Particle devices to a chosen Device OS "
                              "version over USB.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_platforms = new PlatformList(this);
    m_platforms->setPlatforms(PlatformDatabase::builtin().platforms());

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);

    auto *sourceBox = new QGroupBox(tr("Device OS binaries"), right);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    auto *pathRow = new QHBoxLayout;
    m_bundlePath = new QLineEdit(sourceBox);
    m_bundlePath->setReadOnly(true);
    m_bundlePath->setAccessibleName(tr("Binaries folder or zip"));
    m_bundlePath->setPlaceholderText(tr("Choose a folder or zip of release binaries"));
    auto *folderButton = new QPushButton(tr("F&older\u2026"), sourceBox);
    folderButton->setAccessibleDescription(tr("Choose a folder of Device OS release binaries"));
    auto *zipButton = new QPushButton(tr("&Zip\u2026"), sourceBox);
    zipButton->setAccessibleDescription(tr("Choose a zip of Device OS release binaries"));
    pathRow->addWidget(m_bundlePath, 1);
    pathRow->addWidget(folderButton);
    pathRow->addWidget(zipButton);
    m_bundleStatus = new QLabel(sourceBox);
    m_bundleStatus->setWordWrap(true);
    sourceLayout->addLayout(pathRow);
    sourceLayout->addWidget(m_bundleStatus);

    auto *choiceBox = new QGroupBox(tr("Restore"), right);
    auto *form = new QFormLayout(choiceBox);
    m_current = new QComboBox(choiceBox);
    m_current->setAccessibleName(tr("Device OS on the device now"));
    m_model = new QComboBox(choiceBox);
    m_model->setAccessibleName(tr("Model"));
    m_target = new QComboBox(choiceBox);
    m_target->setAccessibleName(tr("Target Device OS version"));
    m_user = new QComboBox(choiceBox);
    m_user->setAccessibleName(tr("User firmware"));
    m_user->addItems({tr("Keep the current application if it runs on the target, else Tinker"), tr("Tinker"),
                      tr("Keep the current application")});
    m_force = new QCheckBox(tr("Go ahead despite recommendations"), choiceBox);
    m_force->setAccessibleDescription(tr("Allows what Particle only recommends against; hard limits stay."));
    form->addRow(tr("Device OS &now:"), m_current);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Target Device OS:"), m_target);
    form->addRow(tr("&User firmware:"), m_user);
    form->addRow(QString(), m_force);

    m_planView = new PlanView(right);
    rightLayout->addWidget(sourceBox);
    rightLayout->addWidget(choiceBox);
    rightLayout->addWidget(m_planView, 1);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_platforms);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    setTabOrder(m_platforms, folderButton);
    setTabOrder(folderButton, zipButton);
    setTabOrder(zipButton, m_current);
    setTabOrder(m_current, m_model);
    setTabOrder(m_model, m_target);
    setTabOrder(m_target, m_user);
    setTabOrder(m_user, m_force);
    setTabOrder(m_force, m_planView->table());

    connect(folderButton, &QPushButton::clicked, this, &MainWindow::chooseFolder);
    connect(zipButton, &QPushButton::clicked, this, &MainWindow::chooseZip);
    connect(m_platforms, &PlatformList::platformChosen, this, &MainWindow::platformChanged);
    for (QComboBox *c : {m_current, m_model, m_target, m_user})
        connect(c, &QComboBox::currentIndexChanged, this, &MainWindow::replan);
    connect(m_force, &QCheckBox::toggled, this, &MainWindow::replan);
    connect(m_loader, &BundleLoader::loaded, this, [this](std::shared_ptr<const FirmwareBundle> b) {
        m_bundle = std::move(b);
        int releases = 0;
        for (const Platform &p : PlatformDatabase::builtin().platforms())
            releases += int(m_bundle->releasesFor(p.id).size());
        m_bundleStatus->setText(tr("%n module(s) in %1 release(s); %2 file(s) are not modules.", nullptr,
                                   int(m_bundle->modules().size()))
                                    .arg(releases)
                                    .arg(m_bundle->problems().size()));
        statusBar()->showMessage(tr("Binaries loaded from %1").arg(m_bundle->source()), 5000);
        platformChanged();
        Q_EMIT bundleReady();
    });
    connect(m_loader, &BundleLoader::failed, this, [this](const Error &e) {
        m_bundle.reset();
        m_bundleStatus->setText(e.text());
        platformChanged();
        Q_EMIT bundleReady();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({300, 700});
    if (!m_platforms->selectPlatform(settings.value(QStringLiteral("restore/platform"), 13).toInt()))
        m_platforms->setCurrentRow(0);
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1100, 760);

    QString source = settings.value(QStringLiteral("restore/bundle")).toString();
    if (source.isEmpty() || !QFileInfo::exists(source))
        source = BundleLoader::defaultLocalSource();
    if (!source.isEmpty())
        openBundle(source);
    else
        m_bundleStatus->setText(tr("No binaries yet. Choose a folder or zip of Device OS release binaries "
                                   "(installer/fetch-real-binaries.sh downloads a set)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("restore/platform"), m_platforms->currentPlatformId());
    if (m_bundle)
        settings.setValue(QStringLiteral("restore/bundle"), m_bundle->source());
    if (m_target->currentIndex() >= 0)
        settings.setValue(QStringLiteral("restore/target"), m_target->currentText());
    event->accept();
}

void MainWindow::openBundle(const QString &path)
{
    m_bundlePath->setText(path);
    m_bundleStatus->setText(tr("Reading %1\u2026").arg(path));
    m_loader->load(path);
}

void MainWindow::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of Device OS binaries"), m_bundlePath->text());
    if (!dir.isEmpty())
        openBundle(dir);
}

void MainWindow::chooseZip()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Zip of Device OS binaries"), m_bundlePath->text(),
                                                      tr("Zip files (*.zip)"));
    if (!file.isEmpty())
        openBundle(file);
}

void MainWindow::platformChanged()
{
    const Platform *p = PlatformDatabase::builtin().byId(m_platforms->currentPlatformId());
    const QSignalBlocker b1(m_current), b2(m_model), b3(m_target);
    m_current->clear();
    m_model->clear();
    m_target->clear();
    if (!p) {
        replan();
        return;
    }
    m_model->addItem(tr("Not known"), QString());
    for (const DeviceModel &m : p->models)
        m_model->addItem(m.name.isEmpty() || m.name == m.sku ? m.sku : QStringLiteral("%1 (%2)").arg(m.sku, m.name), m.sku);
    m_current->addItem(tr("Not known (stuck, or in DFU mode)"), QString());
    const QList<SemVer> releases = m_bundle ? m_bundle->releasesFor(p->id) : QList<SemVer>{};
    const QString lastTarget = QSettings().value(QStringLiteral("restore/target")).toString();
    for (const SemVer &v : releases) {
        QString label = v.toString();
        if (v.isPrerelease())
            label += QStringLiteral(" ") + tr("(pre-release)");
        else if (&v == &releases.first())
            label += QStringLiteral(" ") + tr("(newest here)");
        m_target->addItem(label, v.toString());
        m_current->addItem(v.toString(), v.toString());
    }
    if (const int i = m_target->findData(lastTarget); i >= 0)
        m_target->setCurrentIndex(i);
    replan();
}

void MainWindow::replan()
{
    const Platform *p = PlatformDatabase::builtin().byId(m_platforms->currentPlatformId());
    if (!p) {
        m_planView->clear(tr("Choose a platform."));
        return;
    }
    if (!p->supported) {
        m_planView->clear(tr("%1 devices cannot be restored: %2").arg(p->displayName, p->unsupportedReason));
        return;
    }
    if (!m_bundle) {
        m_planView->clear(tr("Choose the Device OS binaries to restore from."));
        return;
    }
    const auto target = SemVer::parse(m_target->currentData().toString());
    if (!target) {
        m_planView->clear(tr("The binaries hold no Device OS release for the %1.").arg(p->displayName));
        return;
    }
    PlanRequest r;
    r.platform = p;
    r.target = *target;
    r.bundle = m_bundle.get();
    r.options.modelSku = m_model->currentData().toString();
    r.options.force = m_force->isChecked();
    r.options.userFirmware = m_user->currentIndex() == UserTinker ? UserFirmwareChoice::Tinker
                             : m_user->currentIndex() == UserKeep ? UserFirmwareChoice::Keep
                                                                  : UserFirmwareChoice::Auto;
    if (const auto now = SemVer::parse(m_current->currentData().toString())) {
        r.currentDeviceOs = now;
        const BundleModule *app = m_bundle->tinkerFor(p->id, *now);
        r.device = m_bundle->inspectionAfterRestore(p->id, *now, app ? &app->module : nullptr);
    }
    m_planView->setPlan(RestorePlanner::plan(r));
}

} // namespace dr::ui
