// Every shipped translation is complete and reaches the screen: each .ts has every string of the
// sources translated (with the same placeholders), the .qm files are embedded and load, and walking
// the wizard with a virtual device in each language looks up no untranslated string and shows no
// English text of ours. These tests fail, with the list of strings, until translators finish a language.
#include "i18n/translations.h"
#include "pages/devicepage.h"
#include "pages/planpage.h"
#include "pages/platformpage.h"
#include "pages/restorepage.h"
#include "pages/resultpage.h"
#include "pages/versionpage.h"
#include "platform/platformdatabase.h"
#include "restorewizard.h"
#include "simulator/simulatedfleet.h"
#include "support/corpus.h"
#include "support/signalrecorder.h"
#include "support/wizardtesting.h"
#include "version/deviceosversions.h"
#include "widgets/moduletable.h"
#include "widgets/platformlist.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

#include <map>

using namespace dr;
using namespace dr::ui;

namespace {

// Texts that are the same in every language, so seeing them in English is no sign of a missing tr().
const QStringList kSameInEveryLanguage = {
    QStringLiteral("OK"),     QStringLiteral("DFU"),       QStringLiteral("USB"),  QStringLiteral("YModem"),
    QStringLiteral("Tinker"), QStringLiteral("Device OS"), QStringLiteral("NCP"),  QStringLiteral("CRC-32"),
    QStringLiteral("SHA-256"), QStringLiteral("LTS"),      QStringLiteral("ID"),   QStringLiteral("-"),
};

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per numerus form
    QString location;         // "file:line" of the first location
};

QString tsPath(const QString &code)
{
    return QStringLiteral(DR_SOURCE_DIR "/translations/device-restore_%1.ts").arg(code);
}

// Reads a Qt Linguist .ts file; an unreadable or malformed file is an empty list and `error`.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("location") && m.location.isEmpty()) {
                    m.location = xml.attributes().value(QLatin1String("filename")).toString() + QLatin1Char(':')
                                 + xml.attributes().value(QLatin1String("line")).toString();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus) {
                        m.translations << xml.readElementText();
                    } else {
                        while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                            xml.readNext();
                            if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                                m.translations << xml.readElementText();
                        }
                    }
                }
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QString key(const QString &context, const QString &source, const QString &comment = {})
{
    return comment.isEmpty() ? QStringLiteral("%1 | %2").arg(context, source)
                             : QStringLiteral("%1 | %2 (%3)").arg(context, source, comment);
}

// The placeholders a text uses: %1..%99 (also %L1) and %n, each once however often it appears.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// A QTranslator over our .qm that remembers every lookup of our strings it had no translation for.
// Installed last, so QCoreApplication asks it first.
class RecordingTranslator : public QTranslator
{
public:
    explicit RecordingTranslator(QSet<QString> ourContexts) : m_ourContexts(std::move(ourContexts)) {}

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        QString t = QTranslator::translate(context, sourceText, disambiguation, n);
        if (t.isEmpty() && sourceText && *sourceText && context) {
            const QString ctx = QString::fromUtf8(context);
            // Our contexts, and any "dr..." one lupdate has not seen yet; Qt's own are not ours.
            if (m_ourContexts.contains(ctx) || ctx.startsWith(QLatin1String("dr"))) {
                QMutexLocker lock(&m_mutex);
                m_missing.insert(key(ctx, QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
            }
        }
        return t;
    }
    bool isEmpty() const override { return false; } // asked even while the .qm has no translations

    QStringList missing() const
    {
        QMutexLocker lock(&m_mutex);
        QStringList l(m_missing.begin(), m_missing.end());
        l.sort();
        return l;
    }

private:
    QSet<QString> m_ourContexts;
    mutable QMutex m_mutex; // the engine's thread translates too
    mutable QSet<QString> m_missing;
};

// The English source strings of our code, as texts that a widget may show: exact ones, and ones
// with placeholders as patterns.
struct EnglishSources
{
    QSet<QString> exact;
    QList<QPair<QRegularExpression, QString>> patterns; // pattern, source

    void build(const QList<TsMessage> &messages)
    {
        for (const TsMessage &m : messages) {
            // A finished translation identical to its source is the translator's word that the text
            // is the same in that language.
            if (m.type.isEmpty() && m.translations.value(0) == m.source)
                continue;
            const QString s = withoutMnemonic(m.source).trimmed();
            if (s.isEmpty() || kSameInEveryLanguage.contains(s))
                continue;
            if (placeholders(s).isEmpty()) {
                exact.insert(s);
                continue;
            }
            QString literal = s;
            literal.remove(QRegularExpression(QStringLiteral("%L?(\\d{1,2}|n)")));
            if (literal.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 6)
                continue; // "%1 (%2)", "%1 %2": nothing English about them
            QString re = QRegularExpression::escape(s);
            re.replace(QRegularExpression(QStringLiteral("%L?(\\d{1,2}|n)")), QStringLiteral(".+"));
            patterns.append({QRegularExpression(QStringLiteral("^") + re + QStringLiteral("$"),
                                                QRegularExpression::DotMatchesEverythingOption),
                             m.source});
        }
    }
    // The source the text shows in English, or empty.
    QString match(const QString &shown) const
    {
        const QString t = withoutMnemonic(shown).trimmed();
        if (t.isEmpty() || kSameInEveryLanguage.contains(t))
            return {};
        if (exact.contains(t))
            return t;
        for (const auto &[re, source] : patterns)
            if (re.match(t).hasMatch())
                return source;
        return {};
    }
};

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text a person can see or hear in `root` and its visible children: labels, buttons, group
// boxes, line edits, item views (items, tooltips, headers), tabs, window titles, wizard page
// titles, tooltips and accessible names/descriptions. "where: text" pairs.
QList<QPair<QString, QString>> visibleTexts(QWidget *root)
{
    QList<QPair<QString, QString>> out;
    QList<QWidget *> widgets{root};
    widgets += root->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                                          w->objectName());
        const auto add = [&](const QString &what, const QString &text) {
            if (!text.trimmed().isEmpty())
                out.append({where + QLatin1Char(' ') + what, plain(text)});
        };
        if (w->isWindow())
            add(QStringLiteral("window title"), w->windowTitle());
        add(QStringLiteral("tooltip"), w->toolTip());
        add(QStringLiteral("accessible name"), w->accessibleName());
        add(QStringLiteral("accessible description"), w->accessibleDescription());
        add(QStringLiteral("what's this"), w->whatsThis());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(QStringLiteral("text"), l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(QStringLiteral("text"), b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(QStringLiteral("title"), g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(QStringLiteral("placeholder"), e->placeholderText());
        if (auto *p = qobject_cast<QWizardPage *>(w)) {
            add(QStringLiteral("title"), p->title());
            add(QStringLiteral("subtitle"), p->subTitle());
        }
        if (auto *t = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(QStringLiteral("tab"), t->tabText(i));
        QAbstractItemModel *model = nullptr;
        if (auto *v = qobject_cast<QAbstractItemView *>(w))
            model = v->model();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            model = c->model();
        if (model) {
            for (int c = 0; c < model->columnCount(); ++c) {
                add(QStringLiteral("header"), model->headerData(c, Qt::Horizontal).toString());
                add(QStringLiteral("header tooltip"), model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex i = model->index(r, c);
                    add(QStringLiteral("item"), i.data(Qt::DisplayRole).toString());
                    add(QStringLiteral("item tooltip"), i.data(Qt::ToolTipRole).toString());
                    add(QStringLiteral("item accessible text"), i.data(Qt::AccessibleTextRole).toString());
                }
        }
    }
    return out;
}

template <typename Page>
Page *page(RestoreWizard &w, int id)
{
    return qobject_cast<Page *>(w.page(id));
}

bool selectVersion(QListWidget *list, const QString &v)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == v) {
            list->setCurrentRow(i);
            return true;
        }
    return false;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> corpus;
    std::map<QString, QList<TsMessage>> ts; // per shipped language
    QSet<QString> ourContexts;

    // The current language's recorder and English sources, while a walk runs.
    RecordingTranslator *recorder = nullptr;
    EnglishSources english;
    QStringList englishShown; // "where: text (source)"

    std::unique_ptr<sim::SimulatedFleet> fleet(const QString &spec, bool timing = false)
    {
        return test::makeFleet(spec, *corpus, timing);
    }

    // Notes every English source text visible in `root` now; `state` names the screen.
    void scan(QWidget *root, const QString &state)
    {
        for (const auto &[where, text] : visibleTexts(root)) {
            const QString source = english.match(text);
            if (!source.isEmpty())
                englishShown << QStringLiteral("[%1] %2: \"%3\" (source \"%4\")").arg(state, where, text, source);
        }
    }

    // Installs `code` (ours and Qt's translators) plus the recorder; false on failure.
    bool installLanguage(const QString &code)
    {
        if (!Translations::install(*qApp, code))
            return false;
        recorder = new RecordingTranslator(ourContexts);
        if (!recorder->load(Translations::qmPath(code)))
            return false;
        QCoreApplication::installTranslator(recorder);
        english = {};
        english.build(ts[code]);
        englishShown.clear();
        return true;
    }
    void uninstallLanguage()
    {
        if (recorder) {
            QCoreApplication::removeTranslator(recorder);
            delete recorder;
            recorder = nullptr;
        }
        QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
    }
    // Fails listing what the walk looked up untranslated and what it showed in English.
    void reportFindings(const QString &code)
    {
        const QStringList missing = recorder->missing();
        englishShown.removeDuplicates();
        QString text;
        if (!missing.isEmpty())
            text += QStringLiteral("\n%1 string(s) looked up without a %2 translation (context | source):\n  %3")
                        .arg(missing.size())
                        .arg(code, missing.join(QStringLiteral("\n  ")));
        if (!englishShown.isEmpty())
            text += QStringLiteral("\n%1 English text(s) of ours on screen with %2 active:\n  %3")
                        .arg(englishShown.size())
                        .arg(code, englishShown.join(QStringLiteral("\n  ")));
        uninstallLanguage();
        if (!text.isEmpty())
            QFAIL(qPrintable(text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
        for (const QString &code : Translations::translatedCodes()) {
            QString error;
            ts[code] = readTs(tsPath(code), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!ts[code].isEmpty(), qPrintable(tsPath(code) + QStringLiteral(" has no messages")));
            for (const TsMessage &m : ts[code])
                ourContexts.insert(m.context);
        }
        // English: only the plural forms of the %n strings (lupdate -pluralonly).
        QString error;
        ts[QStringLiteral("en")] = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        corpus = std::move(*b);
    }

    // --- the language list and its choice ------------------------------------------------------

    void resolvesTheLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("follows the system") << QString() << QStringList{QStringLiteral("de-DE"), QStringLiteral("en-US")}
                                            << QStringLiteral("de");
        QTest::newRow("underscore and region") << QString() << QStringList{QStringLiteral("es_419")} << QStringLiteral("es");
        QTest::newRow("first offered system language") << QString()
                                                       << QStringList{QStringLiteral("fr-FR"), QStringLiteral("es-ES"),
                                                                      QStringLiteral("de-DE")}
                                                       << QStringLiteral("es");
        QTest::newRow("system English") << QString() << QStringList{QStringLiteral("en-GB"), QStringLiteral("de-DE")}
                                        << QStringLiteral("en");
        QTest::newRow("nothing offered") << QString() << QStringList{QStringLiteral("fr-FR")} << QStringLiteral("en");
        QTest::newRow("setting wins") << QStringLiteral("es") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("es");
        QTest::newRow("setting English") << QStringLiteral("en") << QStringList{QStringLiteral("de-DE")}
                                         << QStringLiteral("en");
        QTest::newRow("unknown setting follows the system") << QStringLiteral("xx") << QStringList{QStringLiteral("de")}
                                                            << QStringLiteral("de");
    }
    void resolvesTheLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Translations::resolveLanguage(setting, system), expected);
    }

    void everyLanguageHasANativeNameAndATsFile()
    {
        QCOMPARE(Translations::languages().first().code, QStringLiteral("en"));
        for (const Language &l : Translations::languages()) {
            QVERIFY2(!l.nativeName.isEmpty(), qPrintable(l.code));
            if (l.code != QLatin1String("en"))
                QVERIFY2(QFile::exists(tsPath(l.code)), qPrintable(tsPath(l.code)));
        }
        // And every .ts in translations/ is offered.
        const QStringList files = QDir(QStringLiteral(DR_SOURCE_DIR "/translations"))
                                      .entryList({QStringLiteral("device-restore_*.ts")}, QDir::Files);
        for (const QString &f : files) {
            const QString code = f.mid(int(qstrlen("device-restore_"))).chopped(3);
            QVERIFY2(Translations::isKnown(code), qPrintable(f + QStringLiteral(" is not offered")));
        }
    }

    // --- the .qm files are in the binary and load --------------------------------------------------

    void translationsAreEmbeddedAndInstall_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Translations::translatedCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void translationsAreEmbeddedAndInstall()
    {
        QFETCH(QString, code);
        // The resource of the static drui library is registered (Q_INIT_RESOURCE in install()).
        QVERIFY(Translations::install(*qApp, code));
        QVERIFY2(QFile::exists(Translations::qmPath(code)), qPrintable(Translations::qmPath(code)));
        QCOMPARE(Translations::installedLanguage(), code);
        // Qt's own translation is in too: the wizard's buttons are not English.
        {
            QWizard wizard;
            const QString next = wizard.buttonText(QWizard::NextButton);
            QVERIFY2(!next.contains(QLatin1String("Next")), qPrintable(next));
            QVERIFY2(wizard.buttonText(QWizard::CancelButton) != QLatin1String("Cancel"),
                     qPrintable(wizard.buttonText(QWizard::CancelButton)));
        }
        // Installing again replaces, not stacks; English takes every translator out.
        QVERIFY(Translations::install(*qApp, code));
        QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
        QCOMPARE(Translations::installedLanguage(), QStringLiteral("en"));
        QWizard wizard;
        QCOMPARE(wizard.buttonText(QWizard::CancelButton), QStringLiteral("Cancel"));
    }

    // --- the .ts files are complete ---------------------------------------------------------------

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Translations::translatedCodes())
            QTest::newRow(qPrintable(code)) << code;
        QTest::newRow("en (plural forms)") << QStringLiteral("en");
    }
    void tsFilesAreComplete()
    {
        QFETCH(QString, code);
        QStringList unfinished, stale, badPlaceholders;
        for (const TsMessage &m : ts[code]) {
            const QString where = QStringLiteral("%1 [%2]").arg(key(m.context, m.source, m.comment), m.location);
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                stale << where;
                continue;
            }
            if (m.type == QLatin1String("unfinished")
                || std::any_of(m.translations.begin(), m.translations.end(), [](const QString &t) { return t.isEmpty(); })
                || m.translations.isEmpty()) {
                unfinished << where;
                continue;
            }
            const QStringList want = placeholders(m.source);
            for (const QString &t : m.translations) {
                QStringList have = placeholders(t);
                // A numerus form may leave out %n (e.g. "one file"), never add others.
                if (m.numerus && !have.contains(QStringLiteral("n")) && want.contains(QStringLiteral("n"))) {
                    have << QStringLiteral("n");
                    have.sort();
                }
                if (have != want)
                    badPlaceholders << QStringLiteral("%1: \"%2\" has %3, the source %4")
                                           .arg(where, t, have.join(QLatin1Char(',')), want.join(QLatin1Char(',')));
            }
        }
        QString text;
        if (!unfinished.isEmpty())
            text += QStringLiteral("\n%1 of %2 entries of %3 are not translated (context | source [location]):\n  %4")
                        .arg(unfinished.size())
                        .arg(ts[code].size())
                        .arg(tsPath(code), unfinished.join(QStringLiteral("\n  ")));
        if (!stale.isEmpty())
            text += QStringLiteral("\n%1 vanished or obsolete entries (run the update_translations target):\n  %2")
                        .arg(stale.size())
                        .arg(stale.join(QStringLiteral("\n  ")));
        if (!badPlaceholders.isEmpty())
            text += QStringLiteral("\n%1 translations with other placeholders than their source:\n  %2")
                        .arg(badPlaceholders.size())
                        .arg(badPlaceholders.join(QStringLiteral("\n  ")));
        if (!text.isEmpty())
            QFAIL(qPrintable(text));
    }

    // lupdate over today's sources changes nothing: no new tr() without its translation entry.
    void tsFilesMatchTheSources_data() { tsFilesAreComplete_data(); }
    void tsFilesMatchTheSources()
    {
        QFETCH(QString, code);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("device-restore_%1.ts").arg(code));
        QVERIFY(QFile::copy(tsPath(code), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args{QStringLiteral("-no-obsolete")};
        if (code == QLatin1String("en"))
            args << QStringLiteral("-pluralonly");
        for (const char *d : {"core", "ui", "app"})
            args << QStringLiteral("-I") << QStringLiteral(DR_SOURCE_DIR "/%1").arg(QLatin1String(d));
        args << QStringLiteral("@" DR_TRANSLATED_SOURCES_FILE) << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(DR_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<TsMessage> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> before, now;
        for (const TsMessage &m : ts[code])
            before.insert(key(m.context, m.source, m.comment));
        QStringList added, gone;
        for (const TsMessage &m : after) {
            now.insert(key(m.context, m.source, m.comment));
            if (!before.contains(key(m.context, m.source, m.comment)))
                added << QStringLiteral("%1 [%2]").arg(key(m.context, m.source, m.comment), m.location);
        }
        for (const QString &k : std::as_const(before))
            if (!now.contains(k))
                gone << k;
        added.sort();
        gone.sort();
        QString text;
        if (!added.isEmpty())
            text += QStringLiteral("\n%1 string(s) of the sources are missing from %2 (run the update_translations "
                                   "target, then translate them):\n  %3")
                        .arg(added.size())
                        .arg(tsPath(code), added.join(QStringLiteral("\n  ")));
        if (!gone.isEmpty())
            text += QStringLiteral("\n%1 entries of %2 are no longer in the sources (run update_translations):\n  %3")
                        .arg(gone.size())
                        .arg(tsPath(code), gone.join(QStringLiteral("\n  ")));
        if (!text.isEmpty())
            QFAIL(qPrintable(text));
    }

    // --- the wizard in each language --------------------------------------------------------------

    // English shows "1 module" and "2 modules", never "2 module(s)".
    void englishHasItsPluralForms()
    {
        QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
        QVERIFY(!ts[QStringLiteral("en")].isEmpty());
        for (const TsMessage &m : ts[QStringLiteral("en")]) {
            QVERIFY2(m.numerus, qPrintable(key(m.context, m.source, m.comment)));
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            for (int n : {1, 2, 7}) {
                const QString shown = QCoreApplication::translate(context.constData(), source.constData(),
                                                                  comment.isEmpty() ? nullptr : comment.constData(), n);
                QVERIFY2(!shown.contains(QLatin1String("(s)")) && !shown.contains(QLatin1String("%n")),
                         qPrintable(QStringLiteral("%1 with n=%2 shows \"%3\"").arg(m.source).arg(n).arg(shown)));
                QVERIFY2(shown.contains(QString::number(n)) || m.source.indexOf(QLatin1String("%n")) < 0,
                         qPrintable(shown));
            }
        }
        QCOMPARE(QCoreApplication::translate("dr::ui::VersionPage", "%n module(s) found.", nullptr, 1),
                 QStringLiteral("1 module found."));
        QCOMPARE(QCoreApplication::translate("dr::ui::VersionPage", "%n module(s) found.", nullptr, 3),
                 QStringLiteral("3 modules found."));
    }

    void wizardShowsNoUntranslatedString_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Translations::translatedCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void wizardShowsNoUntranslatedString()
    {
        QFETCH(QString, code);
        QVERIFY(installLanguage(code));

        // A Boron on 2.2.0 restored to 1.5.2: a downgrade, so the plan carries a warning.
        {
            auto f = fleet(QStringLiteral("boron@2.2.0"));
            DeviceService devices(f->usb(), 100);
            RestoreWizard w(devices, test::corpusDir(), true);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
            QVERIFY(page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(13));
            scan(&w, QStringLiteral("platform"));
            w.next();
            QCOMPARE(w.currentId(), int(RestoreWizard::VersionPageId));
            auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
            vp->showPrereleases()->setChecked(true);
            QVERIFY(selectVersion(vp->versions(), QStringLiteral("1.5.2")));
            scan(&w, QStringLiteral("version"));
            w.next();
            QCOMPARE(w.currentId(), int(RestoreWizard::DevicePageId));

            auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
            QTRY_COMPARE_WITH_TIMEOUT(dp->list()->count(), 1, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000);
            scan(&w, QStringLiteral("device"));
            // Inspect: the module table of the selected device, shown on the page.
            QTest::mouseClick(dp->inspectButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dp->modules()->isVisible() && dp->modules()->rowCount() > 0, 10000);
            scan(&w, QStringLiteral("device, inspected"));
            w.next();

            QCOMPARE(w.currentId(), int(RestoreWizard::PlanPageId));
            auto *pp = page<PlanPage>(w, RestoreWizard::PlanPageId);
            QVERIFY(std::any_of(w.session().plan.messages.begin(), w.session().plan.messages.end(),
                                [](const PlanMessage &m) { return m.severity == Severity::Warning; }));
            scan(&w, QStringLiteral("plan with a warning"));
            pp->confirm()->setChecked(true);
            w.next();
            QCOMPARE(w.currentId(), int(RestoreWizard::RestorePageId));
            scan(&w, QStringLiteral("restore"));
            QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 90000);
            QVERIFY2(w.session().outcome && w.session().outcome->success,
                     qPrintable(page<ResultPage>(w, RestoreWizard::ResultPageId)->outcome()->text()));
            scan(&w, QStringLiteral("result"));
        }

        // A restore in progress, caught while it writes (timing on, so it takes a while), then
        // cancelled: the cancelled result.
        {
            auto f = fleet(QStringLiteral("photon@1.5.0"), true);
            DeviceService devices(f->usb(), 100);
            RestoreWizard w(devices, test::corpusDir(), true);
            w.show();
            QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
            QVERIFY(page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(6));
            w.next();
            QVERIFY(selectVersion(page<VersionPage>(w, RestoreWizard::VersionPageId)->versions(), QStringLiteral("2.2.0")));
            w.next();
            auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
            QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 5000);
            w.next();
            page<PlanPage>(w, RestoreWizard::PlanPageId)->confirm()->setChecked(true);
            test::SignalRecorder<RestoreProgress> progress(&devices, &DeviceService::restoreProgress);
            w.next();
            QCOMPARE(w.currentId(), int(RestoreWizard::RestorePageId));
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(), [](const auto &e) {
                                         const RestoreProgress &p = std::get<0>(e);
                                         return p.phase == RestorePhase::Writing && p.stepDone > 0;
                                     }), 60000);
            scan(&w, QStringLiteral("restore in progress"));
            QTest::mouseClick(page<RestorePage>(w, RestoreWizard::RestorePageId)->cancelButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::ResultPageId), 60000);
            scan(&w, QStringLiteral("cancelled result"));
        }

        // Refusals: versions below the model's minimum (disabled with the reason), and a user file
        // for another platform (refused on the spot).
        {
            auto f = fleet(QStringLiteral("bsom@2.2.0"));
            DeviceService devices(f->usb(), 100);
            RestoreWizard w(devices, test::corpusDir(), true);
            w.show();
            QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
            QVERIFY(page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(23));
            w.next();
            auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
            vp->model()->setCurrentIndex(vp->model()->findData(QStringLiteral("B404")));
            QVERIFY(!vp->isComplete());
            scan(&w, QStringLiteral("version below the model minimum"));
        }
        {
            auto f = fleet(QStringLiteral("boron@1.5.2"));
            DeviceService devices(f->usb(), 100);
            RestoreWizard w(devices, test::corpusDir(), true);
            w.show();
            QTRY_VERIFY_WITH_TIMEOUT(w.session().bundle != nullptr, 20000);
            QVERIFY(page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(13));
            w.next();
            auto *vp = page<VersionPage>(w, RestoreWizard::VersionPageId);
            QVERIFY(selectVersion(vp->versions(), QStringLiteral("2.2.0")));
            DR_CORPUS_FILE(argonTinker, QStringLiteral("tinker-0.8.0-rc.27-argon.bin"));
            vp->chooseUserFile(argonTinker);
            QVERIFY(!vp->isComplete());
            scan(&w, QStringLiteral("user file for another platform"));
        }

        reportFindings(code);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
