#include "station/recipeeditor.h"

#include "pages/pagecommon.h"
#include "platform/platformdatabase.h"
#include "restore/releaseservice.h"
#include "version/deviceosversions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace dr::ui {

RecipeEditor::RecipeEditor(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("recipeEditor"));
    setWindowTitle(tr("Restore many devices"));
    auto *intro = wrapLabel(tr("Every device plugged in at the station gets this recipe. Save it under a name to use "
                               "it again."),
                            this);

    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedRecipes"));
    m_saved->setAccessibleName(tr("Saved recipes"));
    m_saved->setAccessibleDescription(tr("Choose a saved recipe to fill in the form with it"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("recipeName"));
    m_name->setAccessibleName(tr("Recipe name"));
    m_name->setPlaceholderText(tr("For example: Borons for customer returns"));

    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("recipePlatform"));
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->setAccessibleDescription(tr("Devices of other platforms are shown and left alone"));
    m_platform->addItem(tr("Any supported platform"), -1);
    for (const Platform &p : PlatformDatabase::builtin().platforms())
        if (p.supported)
            m_platform->addItem(p.displayName, p.id);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("recipeTarget"));
    m_target->setAccessibleName(tr("Target Device OS version"));

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("recipeUserFirmware"));
    m_user->setAccessibleName(tr("User firmware after the restore"));
    m_user->addItem(tr("Tinker"), int(UserFirmwareChoice::Tinker));
    m_user->addItem(tr("Keep the device's application"), int(UserFirmwareChoice::Keep));
    m_user->addItem(tr("A firmware file"), int(UserFirmwareChoice::File));
    m_userFile = new QLineEdit(this);
    m_userFile->setObjectName(QStringLiteral("recipeUserFile"));
    m_userFile->setAccessibleName(tr("User firmware file"));
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    m_browse->setObjectName(QStringLiteral("recipeBrowse"));
    m_browse->setAccessibleName(tr("Choose the user firmware file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_userFile, 1);
    fileRow->addWidget(m_browse);

    m_ncp = new QCheckBox(tr("Also update the &radio (NCP) firmware where the target needs it"), this);
    m_ncp->setObjectName(QStringLiteral("recipeNcp"));
    m_ncp->setAccessibleName(tr("Update the radio firmware"));

    m_models = new QListWidget(this);
    m_models->setObjectName(QStringLiteral("recipeModels"));
    m_models->setAccessibleName(tr("Models"));
    m_models->setAccessibleDescription(tr("Tick the models to restore; none ticked means every model"));
    // Six models in view (the most a platform has); a row is a check box, a little taller than the text.
    m_models->setMaximumHeight((m_models->fontMetrics().lineSpacing() + 3) * 6 + 2 * m_models->frameWidth() + 4);
    m_skipBelowMinimum = new QCheckBox(tr("&Leave alone models that need a newer Device OS than the target"), this);
    m_skipBelowMinimum->setObjectName(QStringLiteral("recipeSkipBelowMinimum"));
    m_skipBelowMinimum->setAccessibleName(tr("Leave alone models that need a newer Device OS"));

    auto *start = new QGroupBox(tr("When a device is plugged in"), this);
    m_autoStart = new QRadioButton(tr("Restore it &at once"), start);
    m_autoStart->setObjectName(QStringLiteral("recipeAutoStart"));
    m_clickStart = new QRadioButton(tr("&Wait until I press Start"), start);
    m_clickStart->setObjectName(QStringLiteral("recipeClickStart"));
    m_parallel = new QSpinBox(start);
    m_parallel->setObjectName(QStringLiteral("recipeParallel"));
    m_parallel->setRange(1, 16);
    m_parallel->setAccessibleName(tr("Devices restored at the same time"));
    auto *parallelRow = new QHBoxLayout;
    auto *parallelLabel = new QLabel(tr("At most &this many at the same time:"), start);
    parallelLabel->setBuddy(m_parallel);
    parallelRow->addWidget(parallelLabel);
    parallelRow->addWidget(m_parallel);
    parallelRow->addStretch();
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addWidget(m_autoStart);
    startLayout->addWidget(m_clickStart);
    startLayout->addLayout(parallelRow);

    auto *form = new QFormLayout;
    form->addRow(tr("Sa&ved recipes:"), m_saved);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Device OS:"), m_target);
    form->addRow(tr("&User firmware:"), m_user);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_userFile);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Models:"), m_models);
    form->addRow(QString(), m_skipBelowMinimum);
    form->addRow(QString(), m_ncp);

    m_problem = wrapLabel(QString(), this);
    m_problem->setObjectName(QStringLiteral("recipeProblem"));

    m_save = new QPushButton(tr("&Save recipe"), this);
    m_save->setObjectName(QStringLiteral("recipeSave"));
    m_save->setAccessibleDescription(tr("Keep this recipe under its name"));
    m_remove = new QPushButton(tr("R&emove recipe"), this);
    m_remove->setObjectName(QStringLiteral("recipeRemove"));
    m_remove->setAccessibleDescription(tr("Forget the saved recipe of this name"));
    auto *box = new QDialogButtonBox(this);
    box->addButton(m_save, QDialogButtonBox::ActionRole);
    box->addButton(m_remove, QDialogButtonBox::ActionRole);
    m_open = box->addButton(tr("&Open the station"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("recipeOpen"));
    m_open->setAccessibleDescription(tr("Open the restore station with this recipe"));
    m_open->setDefault(true);
    box->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(start);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::accepted, this, [this] {
        if (!problem().isEmpty())
            return;
        Q_EMIT openRequested(recipe());
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString name = m_saved->itemData(index).toString();
        for (const StationRecipe &r : std::as_const(m_recipes))
            if (r.name == name)
                setRecipe(r);
    });
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillTargets();
        fillModels();
        showProblem();
    });
    connect(m_user, &QComboBox::currentIndexChanged, this, &RecipeEditor::showProblem);
    connect(m_name, &QLineEdit::textChanged, this, &RecipeEditor::showProblem);
    connect(m_userFile, &QLineEdit::textChanged, this, &RecipeEditor::showProblem);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("User firmware"), m_userFile->text(), tr("Firmware (*.bin)"));
        if (!f.isEmpty()) {
            m_userFile->setText(f);
            m_user->setCurrentIndex(m_user->findData(int(UserFirmwareChoice::File)));
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty())
            Q_EMIT saveRequested(recipe());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text().trimmed();
        if (!name.isEmpty())
            Q_EMIT removeRequested(name);
    });

    StationRecipe defaults;
    defaults.platformId = PlatformDatabase::builtin().byId(13) ? 13 : -1;
    defaults.targetVersion = QStringLiteral("default");
    setRecipe(defaults);
    resize(640, 620);
}

void RecipeEditor::setListing(std::shared_ptr<const ReleaseListing> listing)
{
    m_listing = std::move(listing);
    fillTargets();
}

void RecipeEditor::setSavedRecipes(const QList<StationRecipe> &recipes)
{
    m_recipes = recipes;
    const QString current = m_name->text().trimmed();
    m_saved->clear();
    if (recipes.isEmpty())
        m_saved->addItem(tr("None saved yet"), QString());
    for (const StationRecipe &r : recipes)
        m_saved->addItem(r.name, r.name);
    m_saved->setEnabled(!recipes.isEmpty());
    const int index = m_saved->findData(current);
    m_saved->setCurrentIndex(std::max(0, index));
    m_remove->setEnabled(index >= 0 && !current.isEmpty());
}

void RecipeEditor::setRecipe(const StationRecipe &r)
{
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_name->setText(r.name);
        m_platform->setCurrentIndex(std::max(0, m_platform->findData(r.platformId)));
    }
    fillTargets();
    int target = m_target->findData(r.targetVersion.isEmpty() ? QStringLiteral("default") : r.targetVersion);
    if (target < 0) { // a version this computer's list does not have: kept as the recipe says
        m_target->addItem(r.targetVersion, r.targetVersion);
        target = m_target->count() - 1;
    }
    m_target->setCurrentIndex(target);
    fillModels();
    for (int i = 0; i < m_models->count(); ++i) {
        QListWidgetItem *item = m_models->item(i);
        item->setCheckState(r.allowedSkus.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_user->setCurrentIndex(std::max(0, m_user->findData(int(r.userFirmware))));
    m_userFile->setText(r.userFirmwarePath);
    m_ncp->setChecked(r.includeNcp);
    m_skipBelowMinimum->setChecked(r.skipBelowModelMinimum);
    m_autoStart->setChecked(r.autoStart);
    m_clickStart->setChecked(!r.autoStart);
    m_parallel->setValue(r.maxParallel);
    const int saved = m_saved->findData(r.name);
    if (saved >= 0)
        m_saved->setCurrentIndex(saved);
    m_remove->setEnabled(saved >= 0 && !r.name.isEmpty());
    showProblem();
}

StationRecipe RecipeEditor::recipe() const
{
    StationRecipe r;
    r.name = m_name->text().trimmed();
    r.platformId = m_platform->currentData().toInt();
    r.targetVersion = m_target->currentData().toString();
    r.userFirmware = UserFirmwareChoice(m_user->currentData().toInt());
    r.userFirmwarePath = r.userFirmware == UserFirmwareChoice::File ? m_userFile->text().trimmed() : QString();
    r.includeNcp = m_ncp->isChecked();
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            r.allowedSkus << m_models->item(i)->data(Qt::UserRole).toString();
    r.skipBelowModelMinimum = m_skipBelowMinimum->isChecked();
    r.autoStart = m_autoStart->isChecked();
    r.maxParallel = m_parallel->value();
    return r;
}

QString RecipeEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the recipe a name.");
    if (UserFirmwareChoice(m_user->currentData().toInt()) == UserFirmwareChoice::File && m_userFile->text().trimmed().isEmpty())
        return tr("Choose the user firmware file, or another user firmware.");
    return {};
}

void RecipeEditor::showStoreError(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RecipeEditor::showProblem()
{
    const bool file = UserFirmwareChoice(m_user->currentData().toInt()) == UserFirmwareChoice::File;
    m_userFile->setEnabled(file);
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_save->setEnabled(text.isEmpty());
    m_open->setEnabled(text.isEmpty());
}

void RecipeEditor::fillTargets()
{
    const QString previous = m_target->currentData().toString();
    const int platformId = m_platform->currentData().toInt();
    m_target->clear();
    m_target->addItem(platformId < 0 ? tr("Particle's recommended version for each platform")
                                     : tr("Particle's recommended version"),
                      QStringLiteral("default"));
    m_target->addItem(platformId < 0 ? tr("The latest release for each platform") : tr("The latest release"),
                      QStringLiteral("latest"));
    // One version for every platform would not fit most of them: "any" offers the two rules only.
    if (platformId >= 0) {
        QStringList versions;
        if (m_listing && m_listing->snapshot.catalog.platform(platformId)) {
            for (const CatalogVersion *v : m_listing->snapshot.catalog.versionsFor(platformId, false))
                versions << v->version.toString();
        } else {
            const Platform *p = PlatformDatabase::builtin().byId(platformId);
            const QList<DeviceOsRelease> &all = DeviceOsVersionTable::builtin().releases();
            for (auto it = all.crbegin(); it != all.crend(); ++it)
                if (!it->version.isPrerelease() && (!p || !p->lastDeviceOs || !(*p->lastDeviceOs < it->version)))
                    versions << it->version.toString();
        }
        for (const QString &v : std::as_const(versions))
            m_target->addItem(v, v);
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(previous)));
}

void RecipeEditor::fillModels()
{
    m_models->clear();
    const Platform *p = PlatformDatabase::builtin().byId(m_platform->currentData().toInt());
    m_models->setEnabled(p != nullptr);
    if (!p) {
        m_models->addItem(tr("Every model of each platform"));
        return;
    }
    for (const DeviceModel &m : p->models) {
        const QString text =
            m.name.isEmpty() || m.name == m.sku ? m.sku : QStringLiteral("%1 (%2)").arg(m.sku, m.name);
        auto *item = new QListWidgetItem(text, m_models);
        item->setData(Qt::UserRole, m.sku);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        if (m.minimumDeviceOs)
            item->setToolTip(tr("Needs Device OS %1 or newer").arg(m.minimumDeviceOs->toString()));
    }
}

} // namespace dr::ui
