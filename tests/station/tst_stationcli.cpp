// `device-restore restore --all | --watch | --recipe`: station mode on the command line against
// virtual devices (--simulate) holding real releases: exit codes, JSON events carrying each device's
// ID, the summary files, a saved recipe, Ctrl+C.
#include "platform/platformdatabase.h"
#include "station/stationrecipestore.h"
#include "support/corpus.h"
#include "support/runcli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dr;

class TestStationCli : public QObject
{
    Q_OBJECT

    QTemporaryDir home; // XDG_CONFIG_HOME / XDG_DATA_HOME of the runs: the recipe store, default folders

    test::CliRun run(const QStringList &args)
    {
        return test::runDeviceRestore(
            args, {{QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))},
                   {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))}});
    }
    static QList<QJsonObject> events(const QByteArray &out, const QString &kind = {})
    {
        QList<QJsonObject> list;
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().isEmpty()) continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (kind.isEmpty() || o.value(QLatin1String("event")).toString() == kind) list << o;
        }
        return list;
    }
    static QStringList restoreAll(const QString &simulate, const QString &platform, const QString &folder)
    {
        QStringList a = {QStringLiteral("restore"),         QStringLiteral("--all"),
                         QStringLiteral("--version"),       QStringLiteral("2.2.0"),
                         QStringLiteral("--yes"),           QStringLiteral("--json"),
                         QStringLiteral("--simulate"),      simulate,
                         QStringLiteral("--report-folder"), folder};
        if (!platform.isEmpty()) a << QStringLiteral("--platform") << platform;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(PlatformDatabase::loadBuiltin().ok()); }

    void allRestoresEveryMatchingDeviceAtOnceWithJsonEventsPerDevice()
    {
        QTemporaryDir folder;
        const auto r = run(restoreAll(QStringLiteral("boron@1.5.2,boron@1.5.2,photon@2.2.0,argon@1.5.2"),
                                      QStringLiteral("boron"), folder.path()));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> results = events(r.out, QStringLiteral("result"));
        QCOMPARE(results.size(), 2);
        QSet<QString> ids;
        for (const QJsonObject &o : results) {
            QVERIFY(o.value(QLatin1String("success")).toBool());
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("done"));
            QCOMPARE(o.value(QLatin1String("deviceOs")).toString(), QStringLiteral("2.2.0"));
            QVERIFY(QFile::exists(o.value(QLatin1String("report")).toString()));
            ids.insert(o.value(QLatin1String("deviceId")).toString());
        }
        QCOMPARE(ids.size(), 2);
        // Every device event says which device it is about; the Photon and Argon are left alone.
        QStringList leftAlone;
        for (const QJsonObject &o : events(r.out, QStringLiteral("device"))) {
            QCOMPARE(o.value(QLatin1String("deviceId")).toString().size(), 24);
            if (o.value(QLatin1String("status")).toString() == QLatin1String("not-suitable"))
                leftAlone << o.value(QLatin1String("platform")).toString();
        }
        leftAlone.sort();
        QCOMPARE(leftAlone, (QStringList{QStringLiteral("Argon"), QStringLiteral("Photon")}));
        const QJsonObject summary = events(r.out, QStringLiteral("summary")).value(0);
        QCOMPARE(summary.value(QLatin1String("done")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("notSuitable")).toInt(), 2);
        QFile csv(folder.filePath(QStringLiteral("summary.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3); // the header and the two Borons
    }

    // The Electron's target release is not among the binaries: its plan is refused (nothing written),
    // the Boron beside it is restored, and the command says that one device failed.
    void allExitsNonZeroWhenAnyDeviceFailed()
    {
        QTemporaryDir bin, folder;
        for (const QString &f :
             QDir(test::corpusDir())
                 .entryList({QStringLiteral("boron-*@1.5.2*.bin"), QStringLiteral("boron-*@2.2.0*.bin"),
                             QStringLiteral("electron-*@1.5.2*.bin"), QStringLiteral("*tinker*boron*.bin")}))
            QVERIFY(QFile::copy(test::corpusDir() + QLatin1Char('/') + f, bin.filePath(f)));
        QStringList args = restoreAll(QStringLiteral("boron@1.5.2,electron@1.5.2"), {}, folder.path());
        args << QStringLiteral("--bundle") << bin.path();
        const auto r = run(args);
        QCOMPARE(r.exitCode, 1);
        QMap<QString, QJsonObject> byPlatform;
        for (const QJsonObject &o : events(r.out, QStringLiteral("result")))
            byPlatform.insert(o.value(QLatin1String("platform")).toString(), o);
        QVERIFY(byPlatform.value(QStringLiteral("Boron")).value(QLatin1String("success")).toBool());
        const QJsonObject electron = byPlatform.value(QStringLiteral("Electron"));
        QCOMPARE(electron.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QVERIFY(!electron.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString()
                     .isEmpty());
        QCOMPARE(electron.value(QLatin1String("deviceId")).toString().size(), 24);
        QCOMPARE(events(r.out, QStringLiteral("summary")).value(0).value(QLatin1String("failed")).toInt(), 1);
    }

    void allWithNoFittingDeviceExitsWithNoDevice()
    {
        QTemporaryDir folder;
        const auto r =
            run(restoreAll(QStringLiteral("photon@2.2.0"), QStringLiteral("boron"), folder.path()));
        QCOMPARE(r.exitCode, 4);
    }

    void allNeedsYesAndRefusesOneDevice()
    {
        auto r = run({QStringLiteral("restore"), QStringLiteral("--all"), QStringLiteral("--version"),
                      QStringLiteral("2.2.0"), QStringLiteral("--simulate"), QStringLiteral("boron@1.5.2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--yes"));
        r = run({QStringLiteral("restore"), QStringLiteral("--all"), QStringLiteral("--version"),
                 QStringLiteral("2.2.0"), QStringLiteral("--yes"), QStringLiteral("--device"),
                 QStringLiteral("0123456789abcdef01234567"), QStringLiteral("--simulate"),
                 QStringLiteral("boron@1.5.2")});
        QCOMPARE(r.exitCode, 2);
    }

    void aSavedRecipeIsUsedByName()
    {
        // The store where the command looks: its config folder under this test's XDG_CONFIG_HOME.
        const QString path =
            home.filePath(QStringLiteral("config/DeviceRestore/device-restore/station-recipes.json"));
        StationRecipe recipe;
        recipe.name = QStringLiteral("Argons");
        recipe.platformId = PlatformDatabase::builtin().byName(QStringLiteral("argon"))->id;
        recipe.targetVersion = QStringLiteral("2.1.0");
        recipe.userFirmware = UserFirmwareChoice::Auto;
        QVERIFY(StationRecipeStore(path).save(recipe).ok());
        QTemporaryDir folder;
        const auto r = run({QStringLiteral("restore"), QStringLiteral("--recipe"), QStringLiteral("argons"),
                            QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--simulate"),
                            QStringLiteral("argon@1.5.2,boron@1.5.2"), QStringLiteral("--report-folder"),
                            folder.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> results = events(r.out, QStringLiteral("result"));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].value(QLatin1String("platform")).toString(), QStringLiteral("Argon"));
        QCOMPARE(results[0].value(QLatin1String("deviceOs")).toString(), QStringLiteral("2.1.0"));
        const auto missing =
            run({QStringLiteral("restore"), QStringLiteral("--recipe"), QStringLiteral("nope"),
                 QStringLiteral("--yes"), QStringLiteral("--simulate"), QStringLiteral("argon@1.5.2")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("Argons"));
    }

    // --watch restores what is attached and keeps running; Ctrl+C (SIGINT) ends it cleanly.
    void watchRunsUntilInterruptedAndEndsCleanly()
    {
        QTemporaryDir folder;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEVICE_RESTORE_CORPUS"), test::corpusDir());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DR_BINARY_DIR "/bin/device-restore"),
                {QStringLiteral("restore"), QStringLiteral("--watch"), QStringLiteral("--platform"),
                 QStringLiteral("boron"), QStringLiteral("--version"), QStringLiteral("2.2.0"),
                 QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--simulate"),
                 QStringLiteral("boron@1.5.2,boron@2.2.0"), QStringLiteral("--report-folder"),
                 folder.path()});
        p.closeWriteChannel();
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QDeadlineTimer deadline(60000);
        while (events(out, QStringLiteral("result")).size() < 2 && !deadline.hasExpired()) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        QCOMPARE(events(out, QStringLiteral("result")).size(), 2);
        QTest::qWait(300);
        QCOMPARE(p.state(), QProcess::Running); // still watching
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(20000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QMap<QString, QString> statuses;
        for (const QJsonObject &o : events(out, QStringLiteral("result")))
            statuses.insert(o.value(QLatin1String("deviceId")).toString(),
                            o.value(QLatin1String("status")).toString());
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(QStringList(statuses.values()).filter(QStringLiteral("already-at-target")).size(), 1);
        QCOMPARE(QStringList(statuses.values()).filter(QStringLiteral("done")).size(), 1);
        QCOMPARE(events(out, QStringLiteral("summary")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStationCli)
#include "tst_stationcli.moc"
