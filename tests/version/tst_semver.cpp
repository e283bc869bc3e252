// SemVer: parsing, canonical text and semver 2.0.0 precedence, including Device OS's own
// pre-release lines (-p2.N, -tracker.N) and +lto build metadata.
#include "version/semver.h"

#include <QTest>

using dr::SemVer;

class TestSemVer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::addColumn<QStringList>("prerelease");
        QTest::addColumn<QStringList>("build");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("release") << "2.3.1" << 2 << 3 << 1 << QStringList{} << QStringList{} << "2.3.1";
        QTest::newRow("zeros") << "0.0.0" << 0 << 0 << 0 << QStringList{} << QStringList{} << "0.0.0";
        QTest::newRow("leading v") << "v2.3.1" << 2 << 3 << 1 << QStringList{} << QStringList{} << "2.3.1";
        QTest::newRow("alpha") << "5.0.0-alpha.1" << 5 << 0 << 0 << QStringList{"alpha", "1"} << QStringList{} << "5.0.0-alpha.1";
        QTest::newRow("p2 line") << "3.2.1-p2.3" << 3 << 2 << 1 << QStringList{"p2", "3"} << QStringList{} << "3.2.1-p2.3";
        QTest::newRow("lto") << "2.2.0+lto" << 2 << 2 << 0 << QStringList{} << QStringList{"lto"} << "2.2.0+lto";
        QTest::newRow("rc and build") << "1.0.1-rc.1+lto.debug" << 1 << 0 << 1 << QStringList{"rc", "1"}
                                      << QStringList{"lto", "debug"} << "1.0.1-rc.1+lto.debug";
        QTest::newRow("hyphen in id") << "1.2.3-x-y.7" << 1 << 2 << 3 << QStringList{"x-y", "7"} << QStringList{} << "1.2.3-x-y.7";
        QTest::newRow("build leading zero ok") << "1.2.3+007" << 1 << 2 << 3 << QStringList{} << QStringList{"007"} << "1.2.3+007";
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        const auto v = SemVer::parse(text);
        QVERIFY2(v.has_value(), qPrintable(text));
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        QFETCH(QStringList, prerelease);
        QFETCH(QStringList, build);
        QFETCH(QString, canonical);
        QCOMPARE(v->major(), major);
        QCOMPARE(v->minor(), minor);
        QCOMPARE(v->patch(), patch);
        QCOMPARE(v->prerelease(), prerelease);
        QCOMPARE(v->build(), build);
        QCOMPARE(v->isPrerelease(), !prerelease.isEmpty());
        QCOMPARE(v->toString(), canonical);
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"", "1.2", "01.2.3", "1.02.3", "1.2.03", "1.2.3-", "v", "1.2.3.4", "1.2.3+", "1.2.3-01",
                              "1.2.3-a..b", "1.2.3-a_b", "1..3", "a.b.c", " 1.2.3", "1.2.3 ", "-1.2.3", "1.2.3-+x",
                              "99999999999.0.0", "1.2.3+a+b", "V1.2.3", "1.2.-3"})
            QTest::newRow(t[0] ? t : "(empty)") << QString::fromLatin1(t);
    }
    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QVERIFY2(!SemVer::parse(text).has_value(), qPrintable(text));
    }

    // Each row: lower < higher, strictly.
    void orders_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        QTest::newRow("p2 pre-release before release") << "3.2.1-p2.3" << "3.2.1";
        QTest::newRow("alpha before beta") << "5.0.0-alpha.1" << "5.0.0-beta.1";
        QTest::newRow("beta before rc") << "5.0.0-beta.1" << "5.0.0-rc.1";
        QTest::newRow("rc before release") << "5.0.0-rc.1" << "5.0.0";
        QTest::newRow("rc before patch release") << "1.0.1-rc.1" << "1.0.1";
        QTest::newRow("numeric ids numerically") << "0.8.0-rc.2" << "0.8.0-rc.10";
        QTest::newRow("numeric before alphanumeric") << "1.0.0-1" << "1.0.0-alpha";
        QTest::newRow("shorter list first") << "1.0.0-alpha" << "1.0.0-alpha.1";
        QTest::newRow("semver spec chain 1") << "1.0.0-alpha.1" << "1.0.0-alpha.beta";
        QTest::newRow("semver spec chain 2") << "1.0.0-alpha.beta" << "1.0.0-beta";
        QTest::newRow("semver spec chain 3") << "1.0.0-beta.2" << "1.0.0-beta.11";
        QTest::newRow("rc before tracker line") << "1.5.1-rc.1" << "1.5.1-tracker.1";
        QTest::newRow("major") << "1.9.9" << "2.0.0";
        QTest::newRow("minor") << "2.2.9" << "2.3.0";
        QTest::newRow("patch") << "2.3.0" << "2.3.1";
        QTest::newRow("minor numerically") << "5.9.0" << "5.10.0";
        QTest::newRow("release above pre-release of next") << "3.0.0" << "3.0.1-p2.1";
        QTest::newRow("big numeric ids") << "1.0.0-rc.99999999999999999998" << "1.0.0-rc.99999999999999999999";
    }
    void orders()
    {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        const auto a = SemVer::parse(lower), b = SemVer::parse(higher);
        QVERIFY(a && b);
        QVERIFY2(*a < *b, qPrintable(lower + " < " + higher));
        QVERIFY(*b > *a);
        QVERIFY(*a != *b);
        QVERIFY(!(*b < *a));
    }

    void buildMetadataIgnoredInComparison_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("lto") << "2.2.0+lto" << "2.2.0";
        QTest::newRow("two builds") << "2.3.1+lto" << "2.3.1+debug.jtag";
        QTest::newRow("pre-release with build") << "1.0.1-rc.1+lto" << "1.0.1-rc.1";
        QTest::newRow("leading v") << "v2.3.1" << "2.3.1";
    }
    void buildMetadataIgnoredInComparison()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const auto x = SemVer::parse(a), y = SemVer::parse(b);
        QVERIFY(x && y);
        QVERIFY(*x == *y);
        QVERIFY((*x <=> *y) == 0);
        QCOMPARE(qHash(*x), qHash(*y));
    }

    void constructorKeepsParts()
    {
        const SemVer v(6, 2, 0, {QStringLiteral("rc"), QStringLiteral("1")});
        QCOMPARE(v.toString(), QStringLiteral("6.2.0-rc.1"));
        QVERIFY(v < SemVer(6, 2, 0));
        QVERIFY(SemVer() == SemVer(0, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestSemVer)
#include "tst_semver.moc"
