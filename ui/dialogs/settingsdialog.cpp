#include "dialogs/settingsdialog.h"

#include "i18n/translations.h"
#include "restore/releaseservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QUrl>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dr::ui {

QList<InterfaceLanguage> SettingsDialog::languages()
{
    // "System default" first, then each language by its own name (from the shipped translations'
    // table), so that people find theirs whatever language is showing.
    QList<InterfaceLanguage> list{{QString(), QString()}};
    for (const Language &l : Translations::languages())
        list.append({l.code, l.nativeName});
    return list;
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("ui/language");
}

QString SettingsDialog::storedLanguage()
{
    return QSettings().value(languageKey()).toString();
}

QString SettingsDialog::catalogUrlKey()
{
    return QStringLiteral("catalog/url");
}

QString SettingsDialog::storedCatalogUrl()
{
    return QSettings().value(catalogUrlKey()).toString();
}

SettingsDialog::SettingsDialog(QWidget *parent, ReleaseService *releases, qint64 cachedBytes) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    setAccessibleDescription(tr("Settings of Device Restore"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setAccessibleDescription(tr("The language of the program's windows. It changes the next time "
                                            "Device Restore starts."));
    for (const InterfaceLanguage &l : languages())
        m_language->addItem(l.code.isEmpty() ? tr("System default") : l.nativeName, l.code);
    m_initial = storedLanguage();
    const int index = m_language->findData(m_initial);
    m_language->setCurrentIndex(index < 0 ? 0 : index);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("note"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Keep these settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Close without changing the settings"));

    auto *form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    QWidget *lastField = m_language;
    if (releases) {
        auto *group = new QGroupBox(tr("Device OS releases"), this);
        m_catalogUrl = new QLineEdit(storedCatalogUrl(), group);
        m_catalogUrl->setObjectName(QStringLiteral("catalogUrl"));
        m_catalogUrl->setPlaceholderText(tr("Particle's own servers"));
        m_catalogUrl->setAccessibleName(tr("Release catalog address"));
        m_catalogUrl->setAccessibleDescription(tr("Where Device OS releases are downloaded from: empty for Particle's "
                                                  "own servers, or the address of a mirror of them (https://...), or "
                                                  "a folder holding the same files. The list of releases is loaded "
                                                  "from there as soon as the settings are saved."));
        m_catalogNote = new QLabel(tr("Empty: Particle's own servers. A mirror (https://…) or a folder with the "
                                      "same files also works. The list of releases is loaded from there when you press OK."),
                                   group);
        m_catalogNote->setWordWrap(true);
        m_removeDownloads = new QPushButton(group);
        m_removeDownloads->setObjectName(QStringLiteral("removeDownloads"));
        m_removeDownloads->setAccessibleDescription(tr("Deletes every Device OS release downloaded so far; they are "
                                                       "downloaded again when needed"));
        m_removeStatus = new QLabel(group);
        m_removeStatus->setObjectName(QStringLiteral("removeStatus"));
        m_removeStatus->setWordWrap(true);
        auto *groupForm = new QFormLayout(group);
        groupForm->addRow(tr("&Catalog address:"), m_catalogUrl);
        groupForm->addRow(QString(), m_catalogNote);
        groupForm->addRow(QString(), m_removeDownloads);
        groupForm->addRow(QString(), m_removeStatus);
        layout->addWidget(group);
        showCachedSize(cachedBytes);
        connect(m_removeDownloads, &QPushButton::clicked, this, [this, releases] {
            m_removeDownloads->setEnabled(false);
            m_removeStatus->setText(tr("Removing the downloaded releases…"));
            releases->removeDownloaded();
        });
        connect(releases, &ReleaseService::removed, this, [this](qint64 freed) {
            showCachedSize(0);
            m_removeStatus->setText(tr("Removed the downloaded releases: %1 freed.")
                                        .arg(QLocale().formattedDataSize(freed, 1)));
        });
        connect(releases, &ReleaseService::removeFailed, this, [this](const Error &e) {
            m_removeDownloads->setEnabled(true);
            m_removeStatus->setText(tr("The downloaded releases could not be removed. %1").arg(e.text()));
        });
        setMinimumWidth(560); // the notes read as two lines, not five
        setTabOrder(m_language, m_catalogUrl);
        setTabOrder(m_catalogUrl, m_removeDownloads);
        lastField = m_removeDownloads;
    }
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    setTabOrder(lastField, buttons);
    m_language->setFocus();
    updateNote();
}

void SettingsDialog::updateNote()
{
    const bool changed = m_language->currentData().toString() != m_initial;
    m_note->setText(changed ? tr("The new language applies the next time you start Device Restore.")
                            : tr("A change of language applies the next time you start Device Restore."));
    m_note->setAccessibleName(m_note->text());
}

void SettingsDialog::showCachedSize(qint64 bytes)
{
    if (bytes == 0) {
        m_removeDownloads->setText(tr("&Remove downloaded releases"));
        m_removeDownloads->setEnabled(false);
        m_removeDownloads->setAccessibleName(tr("Remove downloaded releases: none are downloaded"));
        return;
    }
    const QString size = bytes > 0 ? QLocale().formattedDataSize(bytes, 1) : QString();
    m_removeDownloads->setText(size.isEmpty() ? tr("&Remove downloaded releases")
                                              : tr("&Remove downloaded releases (frees %1)").arg(size));
    m_removeDownloads->setAccessibleName(size.isEmpty() ? tr("Remove downloaded releases")
                                                        : tr("Remove downloaded releases, freeing %1").arg(size));
    m_removeDownloads->setEnabled(true);
}

void SettingsDialog::accept()
{
    if (m_catalogUrl) {
        // An address the downloader can use: https/http/file, or an absolute folder path. Whether it
        // answers is found out when the catalog is loaded.
        const QString text = m_catalogUrl->text().trimmed();
        const QString scheme = QUrl(text).scheme().toLower();
        const bool usable = text.isEmpty() || text.startsWith(QLatin1Char('/'))
                            || ((scheme == QLatin1String("https") || scheme == QLatin1String("http")
                                 || scheme == QLatin1String("file"))
                                && QUrl(text).isValid());
        if (!usable) {
            m_catalogNote->setText(tr("“%1” is not an https, http or file address, nor a folder. Give the "
                                      "address of a mirror of Particle's files, or leave it empty.")
                                       .arg(text));
            m_catalogUrl->setFocus();
            return;
        }
        QSettings().setValue(catalogUrlKey(), text);
    }
    QSettings().setValue(languageKey(), m_language->currentData().toString());
    QDialog::accept();
}

} // namespace dr::ui
