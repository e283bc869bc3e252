// Loading and switching translations (see translations.h).
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

// The .qm files are a resource of the static drui library: make sure it is registered even when
// the linker would otherwise drop the object that registers it.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(drui_translations);
    Q_INIT_RESOURCE(drui_plurals);
}

namespace dr::ui {

Q_LOGGING_CATEGORY(lcI18n, "dr.i18n")

namespace {

// Translators this class installed, so that the next install() can take them out again.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

QString &currentLanguage()
{
    static QString code = QStringLiteral("en");
    return code;
}

// The locale numbers and dates used before any translation was installed.
QLocale systemDefaultLocale()
{
    static const QLocale original;
    return original;
}

} // namespace

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

const QList<Language> &Translations::languages()
{
    // Native names are not translated: people look for their own language's name.
    static const QList<Language> list = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    return list;
}

QStringList Translations::translatedCodes()
{
    QStringList out;
    for (const Language &l : languages())
        if (l.code != QLatin1String("en"))
            out << l.code;
    return out;
}

bool Translations::isKnown(const QString &code)
{
    for (const Language &l : languages())
        if (l.code == code)
            return true;
    return false;
}

QString Translations::resolveLanguage(const QString &setting, const QStringList &systemUiLanguages)
{
    const QString chosen = setting.trimmed().toLower();
    if (isKnown(chosen))
        return chosen;
    for (const QString &ui : systemUiLanguages) {
        // "de-DE", "es_419", "en": the primary language subtag decides.
        const QString primary = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isKnown(primary))
            return primary;
    }
    return QStringLiteral("en");
}

QString Translations::qmPath(const QString &code)
{
    return QStringLiteral(":/i18n/device-restore_%1.qm").arg(code);
}

bool Translations::install(QCoreApplication &app, const QString &code)
{
    initTranslationResources();
    const QLocale original = systemDefaultLocale();
    for (const QPointer<QTranslator> &t : std::as_const(installedTranslators())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installedTranslators().clear();
    currentLanguage() = QStringLiteral("en");
    QLocale::setDefault(original);
    if (!isKnown(code))
        return false;
    if (code == QLatin1String("en")) {
        // English keeps its source texts; only the plural forms ("%n module(s)") come from a file.
        auto plurals = new QTranslator(&app);
        if (!plurals->load(qmPath(code))) {
            qCWarning(lcI18n) << "no English plural forms" << qmPath(code);
            delete plurals;
            return false;
        }
        QCoreApplication::installTranslator(plurals);
        installedTranslators() << plurals;
        return true;
    }

    auto ours = new QTranslator(&app);
    if (!ours->load(qmPath(code))) {
        qCWarning(lcI18n) << "no translation" << qmPath(code);
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    installedTranslators() << ours;

    // Qt's own strings (wizard buttons, dialog buttons, file dialogs); missing ones only cost those.
    auto qt = new QTranslator(&app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        QCoreApplication::installTranslator(qt);
        installedTranslators() << qt;
    } else {
        qCInfo(lcI18n) << "no Qt translation for" << code << "in" << qtDir;
        delete qt;
    }
    QLocale::setDefault(QLocale(code));
    currentLanguage() = code;
    return true;
}

QString Translations::installedLanguage()
{
    return currentLanguage();
}

} // namespace dr::ui
