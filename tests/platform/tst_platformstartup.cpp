// Start-up of the real executable: a malformed platform database (DEVICE_RESTORE_PLATFORMS) stops
// device-restore before any command runs, with a non-zero exit code and the file and field named.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPlatformStartup : public QObject
{
    Q_OBJECT

private:
    static QString executable() { return QStringLiteral(DR_BINARY_DIR "/bin/device-restore"); }

    struct Run
    {
        int exitCode = -1;
        QString stdErr;
    };

    static Run run(const QString &platformsFile, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEVICE_RESTORE_PLATFORMS"), platformsFile);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(executable(), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.stdErr = QString::fromLocal8Bit(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(executable()).isExecutable(),
                 qPrintable(executable() + QStringLiteral(" is missing: build the device-restore target first.")));
    }

    void malformedFileStopsStartup_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong type") << QByteArray(R"({"platforms": [{"id": "six"}]})") << "platforms[0].id: expected an integer, found a string";
        QTest::newRow("not json") << QByteArray("{\"platforms\": [") << "not valid JSON at line 1";
        QTest::newRow("missing list") << QByteArray("{}") << "platforms: required field is missing";
    }
    void malformedFileStopsStartup()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("platforms-broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        // Any sub-command: the database is loaded before it runs.
        const Run r = run(path, {QStringLiteral("inspect-file"), path});
        QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("exit code %1").arg(r.exitCode)));
        QVERIFY2(r.stdErr.contains(path + QStringLiteral(": ") + field), qPrintable(r.stdErr));
    }

    void missingFileStopsStartup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nowhere.json"));
        const Run r = run(path, {QStringLiteral("inspect-file"), path});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.stdErr.contains(path), qPrintable(r.stdErr));
    }
};

QTEST_GUILESS_MAIN(TestPlatformStartup)
#include "tst_platformstartup.moc"
