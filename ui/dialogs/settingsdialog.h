// The program's settings: the interface language, where Device OS releases come from, and removing
// the downloaded releases. Stored with QSettings: `ui/language` ("" follows the system, else a
// language code such as "de") and `catalog/url` ("" is Particle's hosts, else a mirror's address or
// a folder); the program reads them at start-up, so a change applies the next time it starts.
// Removing the downloaded releases happens at once, on the release service's worker.
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dr {
class ReleaseService;
}

namespace dr::ui {

struct InterfaceLanguage
{
    QString code;       // "" = the system's language
    QString nativeName; // the language's name in that language ("Deutsch"); empty for the system entry
};

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `releases` null: no release settings. `cachedBytes`: what the downloaded releases take (-1: unknown).
    explicit SettingsDialog(QWidget *parent = nullptr, ReleaseService *releases = nullptr, qint64 cachedBytes = -1);

    // The languages offered, in the order shown; the first is "System default".
    static QList<InterfaceLanguage> languages();
    static QString languageKey(); // "ui/language"
    static QString storedLanguage();
    static QString catalogUrlKey(); // "catalog/url"
    static QString storedCatalogUrl();

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *catalogUrl() const { return m_catalogUrl; }
    QPushButton *removeDownloadsButton() const { return m_removeDownloads; }
    QLabel *removeStatus() const { return m_removeStatus; }
    void accept() override; // stores the choices (a catalog address that cannot be one is refused)

private:
    void updateNote();
    void showCachedSize(qint64 bytes);

    QComboBox *m_language;
    QLabel *m_note;
    QString m_initial;
    QLineEdit *m_catalogUrl = nullptr;
    QLabel *m_catalogNote = nullptr;
    QPushButton *m_removeDownloads = nullptr;
    QLabel *m_removeStatus = nullptr;
};

} // namespace dr::ui
