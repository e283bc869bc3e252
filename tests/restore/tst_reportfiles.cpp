// The restore report as a file (issue 14, "Files the app writes"): written whole through QSaveFile
// (never half a file, never a leftover temporary), replacing an earlier report at once, and a folder
// that cannot take it gives the report.write-failed error naming the path and what to do, not a
// silent loss. Tests run as root on CI, so "cannot be written" is made with a folder that does not
// exist and one whose name is taken by a file, which root cannot write through either.
#include "platform/platformdatabase.h"
#include "restore/restorereport.h"
#include "version/deviceosversions.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;

class TestReportFiles : public QObject
{
    Q_OBJECT

    static RestoreReport report(const QString &deviceId)
    {
        RestoreReport r;
        r.deviceId = deviceId;
        r.platform = PlatformDatabase::builtin().byName(u"boron");
        r.log << QStringLiteral("first line") << QStringLiteral("second line");
        return r;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
    }

    void reportIsSavedAsTextAndJsonWithNothingElseLeft()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("report"));
        QVERIFY(saveRestoreReport(report(QStringLiteral("e00fce68aaaaaaaaaaaaaaaa")), base).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 QStringList({QStringLiteral("report.json"), QStringLiteral("report.txt")}));
        const QJsonObject json = QJsonDocument::fromJson(read(base + QStringLiteral(".json"))).object();
        QCOMPARE(json.value(QStringLiteral("deviceId")).toString(), QStringLiteral("e00fce68aaaaaaaaaaaaaaaa"));
        QVERIFY(read(base + QStringLiteral(".txt")).contains("second line"));
    }

    void aSecondReportReplacesTheFirstWhole()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("report"));
        RestoreReport longer = report(QStringLiteral("e00fce68aaaaaaaaaaaaaaaa"));
        for (int i = 0; i < 2000; ++i)
            longer.log << QStringLiteral("a long log line %1").arg(i);
        QVERIFY(saveRestoreReport(longer, base).ok());
        QVERIFY(saveRestoreReport(report(QStringLiteral("e00fce68bbbbbbbbbbbbbbbb")), base).ok());
        const QByteArray text = read(base + QStringLiteral(".txt"));
        QVERIFY(text.contains("e00fce68bbbbbbbbbbbbbbbb"));
        QVERIFY(!text.contains("a long log line")); // nothing of the longer, earlier file remains
        QVERIFY(!QJsonDocument::fromJson(read(base + QStringLiteral(".json"))).isNull());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void aFolderThatDoesNotExistGivesAClearError()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("gone/report"));
        const auto saved = saveRestoreReport(report(QString()), base);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("report.write-failed"));
        QVERIFY(saved.error().message.contains(base + QStringLiteral(".txt")));
        QVERIFY(!saved.error().remedy.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("gone"))));
    }

    void aFolderWhoseNameIsAFileGivesAClearErrorAndLeavesTheFile()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("reports")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
        blocker.close();
        const auto saved = saveRestoreReport(report(QString()), blocker.fileName() + QStringLiteral("/report"));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("report.write-failed"));
        QCOMPARE(read(blocker.fileName()), QByteArray("not a folder"));
    }
};

QTEST_GUILESS_MAIN(TestReportFiles)
#include "tst_reportfiles.moc"
