// The program's settings: for now the interface language. The choice is stored with QSettings
// under `ui/language` ("" follows the system, else a language code such as "de"); the program
// reads it at start-up, so a change applies the next time it starts.
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QLabel;

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
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The languages offered, in the order shown; the first is "System default".
    static QList<InterfaceLanguage> languages();
    static QString languageKey(); // "ui/language"
    static QString storedLanguage();

    QComboBox *languageBox() const { return m_language; }
    void accept() override; // stores the choice

private:
    void updateNote();

    QComboBox *m_language;
    QLabel *m_note;
    QString m_initial;
};

} // namespace dr::ui
