// The languages Device Restore ships and the translators that put them on screen: our own
// translations (translations/device-restore_<code>.ts, compiled into :/i18n/device-restore_<code>.qm)
// and Qt's own qtbase_<code>.qm, so QWizard's Back/Next/Cancel and the standard dialogs follow too.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace dr::ui {

struct Language
{
    QString code;       // "en", "de", "es": what the ui/language setting and --language hold
    QString nativeName; // the language's name in itself, for the settings dialog
};

class Translations
{
public:
    // QSettings key of the chosen language: "" follows the system, else one of languages().
    static QString settingsKey();

    // Every language the program offers, English (the source language) first.
    static const QList<Language> &languages();
    // The codes that have a compiled translation of ours (every language but English).
    static QStringList translatedCodes();
    static bool isKnown(const QString &code);

    // The language to show: the setting when it names a known language, else the first system
    // UI language (QLocale::uiLanguages(), "de-DE", "es_419", ...) we offer, else English.
    static QString resolveLanguage(const QString &setting, const QStringList &systemUiLanguages);

    // The resource path of our compiled translation for `code`.
    static QString qmPath(const QString &code);

    // Removes the translators an earlier install() put in, then installs ours and Qt's own for
    // `code` (for English only its plural forms). False when our file for a known language is missing.
    static bool install(QCoreApplication &app, const QString &code);
    // The language install() put in last ("en" before any).
    static QString installedLanguage();
};

} // namespace dr::ui
