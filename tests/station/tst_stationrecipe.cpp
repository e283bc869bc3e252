// Station recipes: JSON both ways with errors that name the key, and the store by name.
#include "platform/platformdatabase.h"
#include "station/stationrecipe.h"
#include "station/stationrecipestore.h"
#include "station/stationservice.h"
#include "station/stationsummary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;

class TestStationRecipe : public QObject
{
    Q_OBJECT

    static StationRecipe borons()
    {
        StationRecipe r;
        r.name = QStringLiteral("Borons to 2.2.0");
        r.platformId = 13;
        r.targetVersion = QStringLiteral("2.2.0");
        r.userFirmware = UserFirmwareChoice::Keep;
        r.allowedSkus = {QStringLiteral("BRN404X")};
        r.autoStart = false;
        r.maxParallel = 4;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(PlatformDatabase::loadBuiltin().ok()); }

    void jsonRoundTripKeepsEveryField()
    {
        const StationRecipe r = borons();
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QLatin1String("platform")).toString(), QStringLiteral("boron"));
        auto back = StationRecipe::fromJson(o);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().text()));
        QCOMPARE(back->name, r.name);
        QCOMPARE(back->platformId, 13);
        QCOMPARE(back->targetVersion, r.targetVersion);
        QCOMPARE(back->userFirmware, UserFirmwareChoice::Keep);
        QCOMPARE(back->allowedSkus, r.allowedSkus);
        QCOMPARE(back->autoStart, false);
        QCOMPARE(back->maxParallel, 4);
    }

    void anyPlatformIsWrittenAsAny()
    {
        StationRecipe r = borons();
        r.platformId = -1;
        r.allowedSkus.clear();
        QCOMPARE(r.toJson().value(QLatin1String("platform")).toString(), QStringLiteral("any"));
        QCOMPARE(StationRecipe::fromJson(r.toJson())->platformId, -1);
    }

    void badRecipesAreRefusedNamingTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown key") << QByteArray(
                                            R"({"name":"a","targetVersion":"2.2.0","platfrom":"boron"})")
                                     << "platfrom";
        QTest::newRow("no name") << QByteArray(R"({"targetVersion":"2.2.0"})") << "name";
        QTest::newRow("no target") << QByteArray(R"({"name":"a"})") << "targetVersion";
        QTest::newRow("bad target") << QByteArray(R"({"name":"a","targetVersion":"two"})") << "targetVersion";
        QTest::newRow("bad platform")
            << QByteArray(R"({"name":"a","targetVersion":"2.2.0","platform":"toaster"})") << "platform";
        QTest::newRow("bad policy") << QByteArray(
                                           R"({"name":"a","targetVersion":"2.2.0","userFirmware":"mine"})")
                                    << "userFirmware";
        QTest::newRow("file without path")
            << QByteArray(R"({"name":"a","targetVersion":"2.2.0","userFirmware":"file"})")
            << "userFirmwarePath";
        QTest::newRow("sku of another platform")
            << QByteArray(R"({"name":"a","targetVersion":"2.2.0","platform":"boron","allowedSkus":["P2"]})")
            << "allowedSkus";
        QTest::newRow("parallel zero")
            << QByteArray(R"({"name":"a","targetVersion":"2.2.0","maxParallel":0})") << "maxParallel";
        QTest::newRow("flag not bool")
            << QByteArray(R"({"name":"a","targetVersion":"2.2.0","autoStart":"yes"})") << "autoStart";
    }
    void badRecipesAreRefusedNamingTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        auto r = StationRecipe::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("recipe.invalid"));
        QVERIFY2(r.error().message.contains(QLatin1Char('"') + key + QLatin1Char('"')),
                 qPrintable(r.error().message));
    }

    void storeSavesLoadsReplacesAndRemovesByName()
    {
        QTemporaryDir dir;
        StationRecipeStore store(dir.filePath(QStringLiteral("recipes.json")));
        QVERIFY(store.list()->isEmpty());
        QVERIFY(store.save(borons()).ok());
        StationRecipe photons = borons();
        photons.name = QStringLiteral("Photons");
        photons.platformId = 6;
        photons.allowedSkus.clear();
        QVERIFY(store.save(photons).ok());
        QCOMPARE(store.names(), (QStringList{QStringLiteral("Borons to 2.2.0"), QStringLiteral("Photons")}));
        auto loaded = store.load(QStringLiteral("borons TO 2.2.0"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->maxParallel, 4);
        StationRecipe changed = borons();
        changed.targetVersion = QStringLiteral("2.1.0");
        QVERIFY(store.save(changed).ok());
        QCOMPARE(store.list()->size(), 2);
        QCOMPARE(store.load(QStringLiteral("Borons to 2.2.0"))->targetVersion, QStringLiteral("2.1.0"));
        QVERIFY(store.remove(QStringLiteral("Photons")).ok());
        auto missing = store.load(QStringLiteral("Photons"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("recipe.not-found"));
        QVERIFY(missing.error().remedy.contains(QStringLiteral("Borons to 2.2.0")));
    }

    void damagedStoreIsAnErrorNamingTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recipes.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"recipes\": [ {\"name\": ");
        f.close();
        StationRecipeStore store(path);
        auto all = store.list();
        QVERIFY(!all.ok());
        QCOMPARE(all.error().code, QStringLiteral("recipe.store-damaged"));
        QVERIFY(all.error().message.contains(path));
        QVERIFY(!store.save(borons()).ok()); // never overwrites what it could not read
    }

    void recipeFitsByPlatformModelAndMinimum()
    {
        const Platform &boron = *PlatformDatabase::builtin().byName(QStringLiteral("boron"));
        const Platform &photon = *PlatformDatabase::builtin().byName(QStringLiteral("photon"));
        StationRecipe r = borons();
        r.allowedSkus = {QStringLiteral("BRN404")};
        QVERIFY(StationService::fitReason(r, boron).isEmpty());
        QVERIFY(StationService::fitReason(r, photon).contains(QStringLiteral("Boron")));
        r.platformId = -1;
        QVERIFY(StationService::fitReason(r, photon).contains(QStringLiteral("BRN404")));
        // The BRN404X cannot run Device OS below 4.0.0 (platforms.json: a hard minimum).
        r.allowedSkus = {QStringLiteral("BRN404X")};
        const QString why = StationService::fitReason(r, boron);
        QVERIFY2(why.contains(QStringLiteral("BRN404X needs 4.0.0")), qPrintable(why));
        r.allowedSkus = {QStringLiteral("BRN404X"), QStringLiteral("BRN404")};
        QVERIFY(StationService::fitReason(r, boron).isEmpty()); // the BRN404 fits
        r.allowedSkus = {QStringLiteral("BRN404X")};
        r.skipBelowModelMinimum = false;
        QVERIFY(StationService::fitReason(r, boron).isEmpty());
    }

    void summaryRewritesCsvAndJsonAfterEveryDevice()
    {
        QTemporaryDir dir;
        StationSummary summary(dir.path() + QStringLiteral("/station"));
        StationSummaryEntry a;
        a.at = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
        a.deviceId = QStringLiteral("e00fce68aaaaaaaaaaaaaaaa");
        a.platform = QStringLiteral("boron");
        a.from = QStringLiteral("1.5.2");
        a.to = QStringLiteral("2.2.0");
        a.result = QStringLiteral("done");
        a.durationMs = 61234;
        QVERIFY(summary.append(a).ok());
        StationSummaryEntry b = a;
        b.deviceId = QStringLiteral("e00fce68bbbbbbbbbbbbbbbb");
        b.result = QStringLiteral("failed");
        b.to = QStringLiteral("1.5.2");
        b.errorCode = QStringLiteral("dfu.errWRITE");
        b.reason = QStringLiteral("The device refused a write, \"errWRITE\"");
        QVERIFY(summary.append(b).ok());
        QFile csv(summary.csvPath());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], StationSummary::csvHeader());
        QCOMPARE(
            lines[1],
            QStringLiteral("2026-12-06T10:00:00Z,e00fce68aaaaaaaaaaaaaaaa,boron,,1.5.2,2.2.0,done,61234,,,"));
        QCOMPARE(
            lines[2],
            QStringLiteral("2026-12-06T10:00:00Z,e00fce68bbbbbbbbbbbbbbbb,boron,,1.5.2,1.5.2,failed,61234,"
                           "dfu.errWRITE,\"The device refused a write, \"\"errWRITE\"\"\","));
        QFile json(summary.jsonPath());
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(o.value(QLatin1String("done")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("notDone")).toInt(), 1);
        const QJsonArray devices = o.value(QLatin1String("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices[1].toObject().value(QLatin1String("errorCode")).toString(),
                 QStringLiteral("dfu.errWRITE"));
        QCOMPARE(devices[1].toObject().value(QLatin1String("durationMs")).toInt(), 61234);
        // A station started again the same day continues the summary.
        StationSummary again(summary.folder());
        QVERIFY(again.append(a).ok());
        QCOMPARE(again.entries().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStationRecipe)
#include "tst_stationrecipe.moc"
