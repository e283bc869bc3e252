// `device-restore doctor` as a person or script runs it: once on this very machine (whatever it is,
// it reports and exits 0), and the udev fix run against a temporary root, never this system's /etc.
#include "support/httptestserver.h"
#include "support/runcli.h"

#include "doctor/doctor.h"
#include "doctor/udevrules.h"
#include "platform/platformdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using dr::test::runDeviceRestore;

class TestDoctorCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(PlatformDatabase::loadBuiltin().ok()); }

    void doctorJsonOnThisMachine_reportsAndExitsZero()
    {
        // The network part asks the release sources; tests reach no address but 127.0.0.1, so the
        // sources are a mirror on the local test server (a real TCP connection to it).
        QTemporaryDir mirror;
        test::HttpTestServer server(mirror.path());
        QVERIFY(server.start());
        const auto run = runDeviceRestore({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                                           QStringLiteral("4"), QStringLiteral("--catalog-url"), server.baseUrl().toString()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("device-restore/doctor"));
        QCOMPARE(doc.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("system")).toObject().value(QStringLiteral("os")).toString(),
                 QStringLiteral("linux"));
        QVERIFY(
            doc.value(QStringLiteral("system")).toObject().value(QStringLiteral("network_checked")).toBool());
        const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QStringList codes;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY(!f.value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(!f.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(QStringList({"ok", "info", "warning", "problem"})
                        .contains(f.value(QStringLiteral("severity")).toString()));
            codes << f.value(QStringLiteral("code")).toString();
        }
        // Every machine gets a verdict on its udev rules and on each release host.
        QVERIFY2(codes.filter(QStringLiteral("udev.rule")).size() == 1, qPrintable(codes.join(u' ')));
        QCOMPARE(codes.filter(QStringLiteral("network.")), QStringList{QStringLiteral("network.reach")});
        qInfo().noquote() << "doctor on this machine:" << codes.join(QStringLiteral(", "));
    }

    void printedRuleIsTheOneTheFixWrites()
    {
        const auto run = runDeviceRestore({QStringLiteral("doctor"), QStringLiteral("--print-udev-rule")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out), udev::particleRules(PlatformDatabase::builtin()));
    }

    void fixWritesTheRuleBelowTheGivenRoot()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const auto run =
            runDeviceRestore({QStringLiteral("doctor"), QStringLiteral("--fix"),
                              QStringLiteral("install-udev-rule"), QStringLiteral("--root"), root.path()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Not reloading udev"));
        const QString path = root.path() + QStringLiteral("/etc/udev/rules.d/60-device-restore.rules");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(f.readAll());
        QCOMPARE(content, udev::particleRules(PlatformDatabase::builtin()));
        QCOMPARE(f.permissions() & (QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        QVERIFY(f.permissions() & QFile::ReadOther);
        // With that file the computer's rules cover every Particle device, for a user in no group.
        const UdevRuleCoverage coverage =
            Doctor::udevRuleCoverage({{QStringLiteral("/etc/udev/rules.d/60-device-restore.rules"), content}},
                                     {}, PlatformDatabase::builtin());
        QVERIFY(coverage.complete());
        QVERIFY(coverage.productIds > 30);
    }

    void fixAgainReplacesAStaleRule()
    {
        QTemporaryDir root;
        const QString path = root.path() + QStringLiteral("/etc/udev/rules.d/60-device-restore.rules");
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("ATTR{idVendor}==\"2b04\", ATTR{idProduct}==\"c006\", MODE=\"0666\"\n");
        }
        const auto run =
            runDeviceRestore({QStringLiteral("doctor"), QStringLiteral("--fix"),
                              QStringLiteral("install-udev-rule"), QStringLiteral("--root"), root.path()});
        QCOMPARE(run.exitCode, 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), udev::particleRules(PlatformDatabase::builtin()));
    }

    void unknownFix_isAUsageError()
    {
        const auto run =
            runDeviceRestore({QStringLiteral("doctor"), QStringLiteral("--fix"), QStringLiteral("reboot")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown fix"));
    }

    void rootWithoutFix_isAUsageError()
    {
        const auto run =
            runDeviceRestore({QStringLiteral("doctor"), QStringLiteral("--root"), QStringLiteral("/tmp")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDoctorCli)
#include "tst_doctorcli.moc"
