#include "dialogs/settingsdialog.h"

#include "i18n/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
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
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    setTabOrder(m_language, buttons);
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

void SettingsDialog::accept()
{
    QSettings().setValue(languageKey(), m_language->currentData().toString());
    QDialog::accept();
}

} // namespace dr::ui
