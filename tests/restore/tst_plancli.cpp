// `device-restore plan` as a script or a technician runs it: JSON facts, human text, exit codes.
#include "support/corpus.h"
#include "support/runcli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestPlanCli : public QObject
{
    Q_OBJECT

    using Run = dr::test::CliRun;
    static Run run(const QStringList &args) { return dr::test::runDeviceRestore(QStringList{QStringLiteral("plan")} + args); }

private Q_SLOTS:
    void jsonPlanOfABoronUpgrade()
    {
        const Run r = run({QStringLiteral("--platform"), QStringLiteral("boron"), QStringLiteral("--version"),
                           QStringLiteral("2.2.0"), QStringLiteral("--from"), QStringLiteral("1.5.2"),
                           QStringLiteral("--bundle"), dr::test::corpusDir(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("platform")).toString(), QStringLiteral("boron"));
        QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("2.2.0"));
        QCOMPARE(o.value(QStringLiteral("current")).toString(), QStringLiteral("1.5.2"));
        QCOMPARE(o.value(QStringLiteral("refused")).toBool(), false);
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject sys = steps.at(1).toObject();
        QCOMPARE(sys.value(QStringLiteral("part")).toString(), QStringLiteral("system-part1"));
        QCOMPARE(sys.value(QStringLiteral("transport")).toString(), QStringLiteral("DFU"));
        QCOMPARE(sys.value(QStringLiteral("address")).toString(), QStringLiteral("0x00030000"));
        QCOMPARE(sys.value(QStringLiteral("fromVersion")).toInt(), 1512);
        QCOMPARE(sys.value(QStringLiteral("toDeviceOs")).toString(), QStringLiteral("2.2.0"));
        QVERIFY(sys.value(QStringLiteral("file")).toString().endsWith(QLatin1String("boron-system-part1@2.2.0.bin")));
    }

    void refusedPlanExitsWith3AndSaysWhy()
    {
        const Run r = run({QStringLiteral("-p"), QStringLiteral("bsom"), QStringLiteral("-v"), QStringLiteral("2.2.0"),
                           QStringLiteral("--model"), QStringLiteral("B404"), QStringLiteral("-b"),
                           dr::test::corpusDir(), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("REFUSED: The B404 needs Device OS 2.3.0 or newer"), r.out.constData());
        QVERIFY(r.out.contains("Nothing will be written"));
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("nothing") << QStringList{} << QByteArray("--platform and --version are required");
        QTest::newRow("bad platform") << QStringList{QStringLiteral("-p"), QStringLiteral("toaster"), QStringLiteral("-v"),
                                                     QStringLiteral("2.2.0"), QStringLiteral("-b"), QStringLiteral("/tmp")}
                                      << QByteArray("'toaster' is not a known platform");
        QTest::newRow("bad version") << QStringList{QStringLiteral("-p"), QStringLiteral("boron"), QStringLiteral("-v"),
                                                    QStringLiteral("two"), QStringLiteral("-b"), QStringLiteral("/tmp")}
                                     << QByteArray("'two' is not a Device OS version");
    }
    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
    }

    void missingBundleIsInvalidInput()
    {
        const Run r = run({QStringLiteral("-p"), QStringLiteral("boron"), QStringLiteral("-v"), QStringLiteral("2.2.0"),
                           QStringLiteral("-b"), QStringLiteral("/nonexistent/bundle")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"
