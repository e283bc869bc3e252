// The support report (Save report on the result page) carries the computer check: its findings in
// the JSON (`computerCheck`) and the text, or says the check did not run.
#include "support/doctorsnapshots.h"

#include "doctor/doctor.h"
#include "platform/platformdatabase.h"
#include "restore/restorereport.h"
#include "version/deviceosversions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dr;

class TestDoctorReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
    }

    void reportHoldsTheFindings()
    {
        RestoreReport report;
        report.platform = PlatformDatabase::builtin().byName(u"boron");
        report.computerCheck = Doctor::diagnose(test::withoutRule(), PlatformDatabase::builtin());
        const QJsonObject json = restoreReportJson(report);
        const QJsonArray check = json.value(QStringLiteral("computerCheck")).toArray();
        QCOMPARE(check.size(), report.computerCheck->size());
        QStringList codes;
        for (const QJsonValue &v : check)
            codes << v.toObject().value(QStringLiteral("code")).toString();
        QVERIFY(codes.contains(QStringLiteral("usb.no-permission")));
        const QString text = restoreReportText(report);
        QVERIFY(text.contains(QLatin1String("Computer check:")));
        QVERIFY(
            text.contains(QLatin1String("[PROBLEM] The Boron is connected, but this user may not open it.")));
    }

    void reportSaysWhenTheCheckDidNotRun()
    {
        RestoreReport report;
        QVERIFY(restoreReportJson(report).value(QStringLiteral("computerCheck")).isNull());
        QVERIFY(restoreReportText(report).contains(QLatin1String("Computer check: not run.")));
    }
};

QTEST_GUILESS_MAIN(TestDoctorReport)
#include "tst_doctorreport.moc"
