// The built-in platform database: it loads, and its facts match the reference
// (/work/shared/reference/particle-protocols.md sections 1, 5.5, 7.2) platform by platform.
#include "platform/platformdatabase.h"
#include "platform/platformtexts.h"
#include "version/deviceosversions.h"

#include "support/corpus.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>
#include <QtEndian>

using namespace dr;

namespace {

std::optional<SemVer> ver(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return SemVer::parse(text);
}

const Platform *platform(int id)
{
    return PlatformDatabase::builtin().byId(id);
}

} // namespace

class TestPlatformDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DEVICE_RESTORE_PLATFORMS");
        const auto r = PlatformDatabase::loadBuiltin();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    }

    void everyReferencePlatformHasAnEntry_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<int>("generation");
        QTest::addColumn<QString>("mcu");
        const struct
        {
            int id;
            const char *name;
            bool supported;
            int gen;
            const char *mcu;
        } rows[] = {{0, "core", false, 1, "stm32f1xx"},     {6, "photon", true, 2, "stm32f2xx"},
                    {8, "p1", true, 2, "stm32f2xx"},        {10, "electron", true, 2, "stm32f2xx"},
                    {12, "argon", true, 3, "nrf52840"},     {13, "boron", true, 3, "nrf52840"},
                    {14, "xenon", true, 3, "nrf52840"},     {15, "esomx", true, 3, "nrf52840"},
                    {22, "asom", false, 3, "nrf52840"},     {23, "bsom", true, 3, "nrf52840"},
                    {24, "xsom", false, 3, "nrf52840"},     {25, "b5som", true, 3, "nrf52840"},
                    {26, "tracker", true, 3, "nrf52840"},   {28, "trackerm", true, 3, "rtl872x"},
                    {32, "p2", true, 4, "rtl872x"},         {35, "msom", true, 4, "rtl872x"},
                    {37, "electron2", false, 3, "nrf52840"}, {38, "sulu", false, 4, "rtl872x"},
                    {42, "tachyon", false, 0, "qcm6490"}};
        for (const auto &r : rows)
            QTest::newRow(r.name) << r.id << QString::fromLatin1(r.name) << r.supported << r.gen << QString::fromLatin1(r.mcu);
    }
    void everyReferencePlatformHasAnEntry()
    {
        QFETCH(int, id);
        QFETCH(QString, name);
        QFETCH(bool, supported);
        QFETCH(int, generation);
        QFETCH(QString, mcu);
        const Platform *p = platform(id);
        QVERIFY(p);
        QCOMPARE(p->name, name);
        QCOMPARE(p->supported, supported);
        QCOMPARE(p->generation, generation);
        QCOMPARE(p->mcu, mcu);
        QCOMPARE(PlatformDatabase::builtin().byName(name), p);
        QCOMPARE(PlatformDatabase::builtin().byName(name.toUpper()), p);
        QCOMPARE(PlatformDatabase::builtin().byName(p->displayName), p);
        if (!supported)
            QVERIFY2(p->unsupportedReason.size() > 20, qPrintable(p->unsupportedReason));
        else
            QVERIFY(p->unsupportedReason.isEmpty());
    }

    void listIsAscendingById()
    {
        const auto &list = PlatformDatabase::builtin().platforms();
        QCOMPARE(list.size(), 19);
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1].id < list[i].id);
    }

    void usbIds_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("vid");
        QTest::addColumn<int>("cdc");
        QTest::addColumn<int>("dfu");
        QTest::newRow("core") << 0 << 0x1D50 << 0x607D << 0x607F;
        QTest::newRow("photon") << 6 << 0x2B04 << 0xC006 << 0xD006;
        QTest::newRow("p1") << 8 << 0x2B04 << 0xC008 << 0xD008;
        QTest::newRow("electron") << 10 << 0x2B04 << 0xC00A << 0xD00A;
        QTest::newRow("argon") << 12 << 0x2B04 << 0xC00C << 0xD00C;
        QTest::newRow("boron") << 13 << 0x2B04 << 0xC00D << 0xD00D;
        QTest::newRow("xenon") << 14 << 0x2B04 << 0xC00E << 0xD00E;
        QTest::newRow("esomx") << 15 << 0x2B04 << 0xC00F << 0xD00F;
        QTest::newRow("asom") << 22 << 0x2B04 << 0xC016 << 0xD016;
        QTest::newRow("bsom") << 23 << 0x2B04 << 0xC017 << 0xD017;
        QTest::newRow("xsom") << 24 << 0x2B04 << 0xC018 << 0xD018;
        QTest::newRow("b5som") << 25 << 0x2B04 << 0xC019 << 0xD019;
        QTest::newRow("tracker") << 26 << 0x2B04 << 0xC01A << 0xD01A;
        QTest::newRow("trackerm") << 28 << 0x2B04 << 0xC01C << 0xD01C;
        QTest::newRow("p2") << 32 << 0x2B04 << 0xC020 << 0xD020;
        QTest::newRow("msom") << 35 << 0x2B04 << 0xC023 << 0xD023;
        QTest::newRow("electron2") << 37 << 0x2B04 << 0xC025 << 0xD025;
        QTest::newRow("sulu") << 38 << 0x2B04 << 0xC026 << 0xD026;
        QTest::newRow("tachyon has no DFU") << 42 << 0x2B04 << 0xC02A << 0;
    }
    void usbIds()
    {
        QFETCH(int, id);
        QFETCH(int, vid);
        QFETCH(int, cdc);
        QFETCH(int, dfu);
        const Platform *p = platform(id);
        QVERIFY(p);
        QCOMPARE(int(p->usbVendorId), vid);
        QCOMPARE(int(p->cdcProductId), cdc);
        QCOMPARE(int(p->dfuProductId), dfu);
        QCOMPARE(p->hasDfu(), dfu != 0);
        const auto &db = PlatformDatabase::builtin();
        QCOMPARE(db.byUsbId(quint16(vid), quint16(cdc)), p);
        if (dfu)
            QCOMPARE(db.byUsbId(quint16(vid), quint16(dfu)), p);
        else
            QCOMPARE(db.byUsbId(quint16(vid), quint16(cdc | 0xD000)), nullptr);
        // Same PID under another vendor is not ours.
        QCOMPARE(db.byUsbId(0x1234, quint16(cdc)), nullptr);
    }

    void unknownLookups()
    {
        const auto &db = PlatformDatabase::builtin();
        QCOMPARE(db.byId(7), nullptr);
        QCOMPARE(db.byName(u"photon3"), nullptr);
        QCOMPARE(db.byUsbId(0x2B04, 0xC0FF), nullptr);
    }

    // slotFor(function, index, mcu, Device OS) -> bounds (reference 1.3). Empty version = newest.
    void slotBounds_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("function");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("mcu");
        QTest::addColumn<QString>("deviceOs");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<quint32>("start");
        QTest::addColumn<quint32>("end");
        QTest::addColumn<int>("transport");
        const int boot = int(ModuleFunction::Bootloader), sys = int(ModuleFunction::SystemPart),
                  user = int(ModuleFunction::UserPart), radio = int(ModuleFunction::RadioStack),
                  ncp = int(ModuleFunction::NcpFirmware);
        const int dfu = int(SlotTransport::Dfu), cr = int(SlotTransport::ControlRequest), never = int(SlotTransport::Never);
        // Gen 2
        QTest::newRow("photon boot") << 6 << boot << 0 << 0 << "2.3.1" << true << 0x08000000u << 0x08004000u << cr;
        QTest::newRow("photon sys1") << 6 << sys << 1 << 0 << "2.3.1" << true << 0x08020000u << 0x08060000u << dfu;
        QTest::newRow("photon sys2") << 6 << sys << 2 << 0 << "0.5.2" << true << 0x08060000u << 0x080A0000u << dfu;
        QTest::newRow("photon user") << 6 << user << 1 << 0 << "" << true << 0x080A0000u << 0x080C0000u << dfu;
        QTest::newRow("photon no sys3") << 6 << sys << 3 << 0 << "2.3.1" << false << 0u << 0u << dfu;
        QTest::newRow("p1 sys2") << 8 << sys << 2 << 0 << "1.5.2" << true << 0x08060000u << 0x080A0000u << dfu;
        QTest::newRow("electron sys1") << 10 << sys << 1 << 0 << "2.3.1" << true << 0x08020000u << 0x08040000u << dfu;
        QTest::newRow("electron sys2") << 10 << sys << 2 << 0 << "2.3.1" << true << 0x08040000u << 0x08060000u << dfu;
        QTest::newRow("electron sys3") << 10 << sys << 3 << 0 << "2.3.1" << true << 0x08060000u << 0x08080000u << dfu;
        QTest::newRow("electron sys3 not in 0.5.2") << 10 << sys << 3 << 0 << "0.5.2" << false << 0u << 0u << dfu;
        QTest::newRow("electron user") << 10 << user << 1 << 0 << "2.3.1" << true << 0x08080000u << 0x080A0000u << dfu;
        // Gen 3: the 6.2.0 move, the 3.1.0 user part, the NCP on target 33
        QTest::newRow("boron sys1 1.5.2") << 13 << sys << 1 << 0 << "1.5.2" << true << 0x30000u << 0xD4000u << dfu;
        QTest::newRow("boron sys1 5.9.0") << 13 << sys << 1 << 0 << "5.9.0" << true << 0x30000u << 0xB4000u << dfu;
        QTest::newRow("boron sys1 6.1.2") << 13 << sys << 1 << 0 << "6.1.2" << true << 0x30000u << 0xB4000u << dfu;
        QTest::newRow("boron sys1 6.2.0") << 13 << sys << 1 << 0 << "6.2.0" << true << 0x28000u << 0xB4000u << dfu;
        QTest::newRow("boron sys1 newest") << 13 << sys << 1 << 0 << "" << true << 0x28000u << 0xB4000u << dfu;
        QTest::newRow("boron radio 5.9.0") << 13 << radio << 0 << 0 << "5.9.0" << true << 0x1000u << 0x30000u << dfu;
        QTest::newRow("boron radio 6.2.0") << 13 << radio << 0 << 0 << "6.2.0" << true << 0x1000u << 0x27000u << dfu;
        QTest::newRow("boron radio 6.3.3") << 13 << radio << 0 << 0 << "6.3.3" << true << 0x1000u << 0x27000u << dfu;
        QTest::newRow("boron user1 2.2.0") << 13 << user << 1 << 0 << "2.2.0" << true << 0xD4000u << 0xF4000u << dfu;
        QTest::newRow("boron user1 6.2.0") << 13 << user << 1 << 0 << "6.2.0" << true << 0xD4000u << 0xF4000u << dfu;
        QTest::newRow("boron user2 3.0.0") << 13 << user << 2 << 0 << "3.0.0" << false << 0u << 0u << dfu;
        QTest::newRow("boron user2 3.1.0") << 13 << user << 2 << 0 << "3.1.0" << true << 0xB4000u << 0xF4000u << dfu;
        QTest::newRow("boron boot") << 13 << boot << 0 << 0 << "6.2.0" << true << 0xF4000u << 0x100000u << cr;
        QTest::newRow("boron has no ncp") << 13 << ncp << 0 << 33 << "" << false << 0u << 0u << cr;
        QTest::newRow("argon ncp") << 12 << ncp << 0 << 33 << "" << true << 0u << 1536000u << cr;
        QTest::newRow("tracker ncp") << 26 << ncp << 0 << 33 << "6.2.0" << true << 0u << 1536000u << cr;
        QTest::newRow("tracker ncp not on main mcu") << 26 << ncp << 0 << 0 << "6.2.0" << false << 0u << 0u << cr;
        QTest::newRow("bsom sys1 6.2.0") << 23 << sys << 1 << 0 << "6.2.0" << true << 0x28000u << 0xB4000u << dfu;
        QTest::newRow("b5som sys1 4.0.0") << 25 << sys << 1 << 0 << "4.0.0" << true << 0x30000u << 0xB4000u << dfu;
        QTest::newRow("esomx user2") << 15 << user << 2 << 0 << "6.3.4" << true << 0xB4000u << 0xF4000u << dfu;
        QTest::newRow("xenon sys1") << 14 << sys << 1 << 0 << "1.5.2" << true << 0x30000u << 0xD4000u << dfu;
        // RTL872x
        QTest::newRow("p2 boot") << 32 << boot << 0 << 0 << "5.9.0" << true << 0x08004000u << 0x08014000u << cr;
        QTest::newRow("p2 mbr") << 32 << boot << 1 << 0 << "5.9.0" << true << 0x08000000u << 0x08002000u << never;
        QTest::newRow("p2 part1") << 32 << boot << 2 << 0 << "5.9.0" << true << 0x08014000u << 0x0805E000u << cr;
        QTest::newRow("p2 sys1") << 32 << sys << 1 << 0 << "6.2.0" << true << 0x08060000u << 0x081E0000u << dfu;
        QTest::newRow("p2 user") << 32 << user << 1 << 0 << "6.2.0" << true << 0x08480000u << 0x08600000u << dfu;
        QTest::newRow("msom user") << 35 << user << 1 << 0 << "6.3.4" << true << 0x08480000u << 0x08600000u << dfu;
        QTest::newRow("trackerm sys1") << 28 << sys << 1 << 0 << "5.8.0" << true << 0x08060000u << 0x081E0000u << dfu;
    }
    void slotBounds()
    {
        QFETCH(int, id);
        QFETCH(int, function);
        QFETCH(int, index);
        QFETCH(int, mcu);
        QFETCH(QString, deviceOs);
        QFETCH(bool, exists);
        const Platform *p = platform(id);
        QVERIFY(p);
        const ModuleSlot *s = p->slotFor(ModuleFunction(function), index, mcu, ver(deviceOs));
        QCOMPARE(s != nullptr, exists);
        if (!exists)
            return;
        QFETCH(quint32, start);
        QFETCH(quint32, end);
        QFETCH(int, transport);
        QCOMPARE(s->bounds.start, start);
        QCOMPARE(s->bounds.end, end);
        QCOMPARE(int(s->transport), transport);
        if (!deviceOs.isEmpty())
            QVERIFY(s->appliesTo(*ver(deviceOs)));
    }

    void slotHistoryIsKept()
    {
        const Platform *boron = platform(13);
        const auto all = boron->slotsFor(ModuleFunction::SystemPart, 1);
        QCOMPARE(all.size(), 3);
        const Platform *photon = platform(6);
        QCOMPARE(photon->slotsFor(ModuleFunction::SystemPart, 1).size(), 1);
    }

    void slotByName_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("deviceOs");
        QTest::addColumn<int>("function");
        QTest::addColumn<int>("index");
        QTest::addColumn<quint32>("start");
        const int sys = int(ModuleFunction::SystemPart), user = int(ModuleFunction::UserPart),
                  boot = int(ModuleFunction::Bootloader), radio = int(ModuleFunction::RadioStack);
        QTest::newRow("boron tinker 2.2.0 is 128K") << 13 << "tinker" << "2.2.0" << user << 1 << 0xD4000u;
        QTest::newRow("boron tinker 6.2.0 is 256K") << 13 << "tinker" << "6.2.0" << user << 2 << 0xB4000u;
        QTest::newRow("boron tinker newest") << 13 << "tinker" << "" << user << 2 << 0xB4000u;
        QTest::newRow("tracker-edge") << 26 << "tracker-edge" << "3.3.0" << user << 2 << 0xB4000u;
        QTest::newRow("boron system-part1 6.2.0") << 13 << "system-part1" << "6.2.0" << sys << 1 << 0x28000u;
        QTest::newRow("boron softdevice 2.2.0") << 13 << "softdevice" << "2.2.0" << radio << 0 << 0x1000u;
        QTest::newRow("electron trap part1") << 10 << "system-part1" << "2.3.1" << sys << 3 << 0x08060000u;
        QTest::newRow("electron trap part2") << 10 << "system-part2" << "2.3.1" << sys << 1 << 0x08020000u;
        QTest::newRow("electron trap part3") << 10 << "System-Part3" << "2.3.1" << sys << 2 << 0x08040000u;
        QTest::newRow("electron 0.5.2 part1 by index") << 10 << "system-part1" << "0.5.2" << sys << 1 << 0x08020000u;
        QTest::newRow("electron 0.5.2 part2 by index") << 10 << "system-part2" << "0.5.2" << sys << 2 << 0x08040000u;
        QTest::newRow("p2 prebootloader-part1") << 32 << "prebootloader-part1" << "6.2.0" << boot << 2 << 0x08014000u;
        QTest::newRow("p2 prebootloader-mbr") << 32 << "prebootloader-mbr" << "" << boot << 1 << 0x08000000u;
    }
    void slotByName()
    {
        QFETCH(int, id);
        QFETCH(QString, name);
        QFETCH(QString, deviceOs);
        QFETCH(int, function);
        QFETCH(int, index);
        QFETCH(quint32, start);
        const ModuleSlot *s = platform(id)->slotByName(name, ver(deviceOs));
        QVERIFY(s);
        QCOMPARE(int(s->function), function);
        QCOMPARE(int(s->index), index);
        QCOMPARE(s->bounds.start, start);
    }

    // OTA region by Device OS version (reference 1.3, 5.5): Gen2 internal, Gen3 external + bias.
    void otaRegion_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("deviceOs");
        QTest::addColumn<int>("alt");
        QTest::addColumn<quint32>("address");
        QTest::addColumn<quint32>("size");
        QTest::newRow("photon") << 6 << "2.3.1" << 0 << 0x080C0000u << 0x40000u;
        QTest::newRow("p1") << 8 << "1.5.2" << 0 << 0x080C0000u << 0x40000u;
        QTest::newRow("electron") << 10 << "2.3.1" << 0 << 0x080C0000u << 0x20000u;
        QTest::newRow("boron 5.4.1") << 13 << "5.4.1" << 2 << 0x80289000u << 0x177000u;
        QTest::newRow("boron 5.5.0-rc.1") << 13 << "5.5.0-rc.1" << 2 << 0x80289000u << 0x177000u;
        QTest::newRow("boron 5.5.0") << 13 << "5.5.0" << 2 << 0x8024C000u << 0x177000u;
        QTest::newRow("argon 6.2.0") << 12 << "6.2.0" << 2 << 0x8024C000u << 0x177000u;
        QTest::newRow("bsom 2.3.1") << 23 << "2.3.1" << 2 << 0x80289000u << 0x177000u;
        QTest::newRow("xenon 1.5.2") << 14 << "1.5.2" << 2 << 0x80289000u << 0x177000u;
        QTest::newRow("b5som 8MB 2.2.0") << 25 << "2.2.0" << 2 << 0x80689000u << 0x177000u;
        QTest::newRow("b5som 8MB 6.2.0") << 25 << "6.2.0" << 2 << 0x80689000u << 0x177000u;
        QTest::newRow("tracker 8MB") << 26 << "5.9.0" << 2 << 0x80689000u << 0x177000u;
        QTest::newRow("esomx 8MB") << 15 << "6.2.0" << 2 << 0x80689000u << 0x177000u;
        QTest::newRow("p2 5.x") << 32 << "5.9.0" << 0 << 0x08360000u << 0x180000u;
    }
    void otaRegion()
    {
        QFETCH(int, id);
        QFETCH(QString, deviceOs);
        QFETCH(int, alt);
        QFETCH(quint32, address);
        QFETCH(quint32, size);
        const OtaRegion *o = platform(id)->otaRegionFor(*ver(deviceOs));
        QVERIFY(o);
        QCOMPARE(o->alt, alt);
        QCOMPARE(o->address, address);
        QCOMPARE(o->size, size);
    }

    void dfuLayouts_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("alt");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<quint32>("bias");
        QTest::addColumn<quint32>("start");
        QTest::addColumn<quint32>("end");
        const QString gen2 = "@Internal Flash   /0x08000000/03*016Ka,01*016Kg,01*064Kg,07*128Kg";
        const QString gen3 = "@Internal Flash   /0x00000000/1*004Ka,47*004Kg,192*004Kg,4*004Kg,4*004Kg,8*004Ka";
        QTest::newRow("photon 0") << 6 << 0 << "Internal Flash" << gen2 << 0u << 0x08000000u << 0x08100000u;
        QTest::newRow("photon 1") << 6 << 1 << "DCT Flash" << "@DCT Flash   /0x00000000/01*016Kg" << 0u << 0u << 0x4000u;
        QTest::newRow("p1 2") << 8 << 2 << "Serial Flash" << "@Serial Flash   /0x00000000/256*004Kg" << 0u << 0u << 0x100000u;
        QTest::newRow("electron 0") << 10 << 0 << "Internal Flash" << gen2 << 0u << 0x08000000u << 0x08100000u;
        QTest::newRow("boron 0") << 13 << 0 << "Internal Flash" << gen3 << 0u << 0u << 0x100000u;
        QTest::newRow("boron 1") << 13 << 1 << "DCT Flash" << "@DCT Flash   /0x00000000/1*016Ke" << 0u << 0u << 0x4000u;
        QTest::newRow("boron 2 (4 MB)") << 13 << 2 << "External Flash" << "@External Flash   /0x80000000/1024*004Kg"
                                        << 0x80000000u << 0x80000000u << 0x80400000u;
        QTest::newRow("tracker 2 (8 MB)") << 26 << 2 << "External Flash" << "@External Flash   /0x80000000/2048*004Kg"
                                          << 0x80000000u << 0x80000000u << 0x80800000u;
        QTest::newRow("b5som 2 (8 MB)") << 25 << 2 << "External Flash" << "@External Flash   /0x80000000/2048*004Kg"
                                        << 0x80000000u << 0x80000000u << 0x80800000u;
        QTest::newRow("esomx 2 (8 MB)") << 15 << 2 << "External Flash" << "@External Flash   /0x80000000/2048*004Kg"
                                        << 0x80000000u << 0x80000000u << 0x80800000u;
        QTest::newRow("p2 0") << 32 << 0 << "Internal Flash" << "@Internal Flash   /0x08000000/2048*004Kg" << 0u << 0x08000000u
                              << 0x08800000u;
        QTest::newRow("msom 1") << 35 << 1 << "DCT Flash" << "@DCT Flash   /0x00000000/1*016Ke" << 0u << 0u << 0x4000u;
        QTest::newRow("core 0") << 0 << 0 << "Internal Flash" << "@Internal Flash   /0x08000000/20*001Ka,108*001Kg" << 0u
                                << 0x08000000u << 0x08020000u;
    }
    void dfuLayouts()
    {
        QFETCH(int, id);
        QFETCH(int, alt);
        QFETCH(QString, name);
        QFETCH(QString, layout);
        QFETCH(quint32, bias);
        QFETCH(quint32, start);
        QFETCH(quint32, end);
        const DfuAltSetting *a = platform(id)->dfuAlt(alt);
        QVERIFY(a);
        QCOMPARE(a->name, name);
        QCOMPARE(a->layout, layout);
        QCOMPARE(a->addressBias, bias);
        const auto range = a->memoryRange();
        QVERIFY(range);
        QCOMPARE(range->start, start);
        QCOMPARE(range->end, end);
    }

    void gen2HasNoAlt2ExceptP1()
    {
        QVERIFY(!platform(6)->dfuAlt(2));
        QVERIFY(!platform(10)->dfuAlt(2));
        QVERIFY(platform(8)->dfuAlt(2));
        QVERIFY(!platform(32)->dfuAlt(2));
    }

    // Never the bootloader over DFU; never below 0x08060000 on rtl872x; Gen2 first 48 KB.
    void dfuForbidden_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<quint32>("start");
        QTest::addColumn<quint32>("end");
        QTest::addColumn<bool>("forbidden");
        QTest::newRow("photon bootloader") << 6 << 0x08000000u << 0x08004000u << true;
        QTest::newRow("photon dct") << 6 << 0x08004000u << 0x0800C000u << true;
        QTest::newRow("photon eeprom ok") << 6 << 0x0800C000u << 0x08010000u << false;
        QTest::newRow("photon sys1 ok") << 6 << 0x08020000u << 0x08060000u << false;
        QTest::newRow("electron bootloader") << 10 << 0x08000000u << 0x08000100u << true;
        QTest::newRow("boron bootloader") << 13 << 0xF4000u << 0xF5000u << true;
        QTest::newRow("boron last page") << 13 << 0xFF000u << 0x100000u << true;
        QTest::newRow("boron mbr") << 13 << 0u << 0x1000u << true;
        QTest::newRow("boron softdevice ok") << 13 << 0x1000u << 0x27000u << false;
        QTest::newRow("boron user ends at bootloader ok") << 13 << 0xB4000u << 0xF4000u << false;
        QTest::newRow("boron user one byte over") << 13 << 0xB4000u << 0xF4001u << true;
        QTest::newRow("p2 mbr") << 32 << 0x08000000u << 0x08002000u << true;
        QTest::newRow("p2 bootloader") << 32 << 0x08004000u << 0x08014000u << true;
        QTest::newRow("p2 just below system") << 32 << 0x0805F000u << 0x08060000u << true;
        QTest::newRow("p2 system ok") << 32 << 0x08060000u << 0x081E0000u << false;
        QTest::newRow("msom below system") << 35 << 0x08050000u << 0x08051000u << true;
        QTest::newRow("trackerm below system") << 28 << 0x08014000u << 0x08015000u << true;
    }
    void dfuForbidden()
    {
        QFETCH(int, id);
        QFETCH(quint32, start);
        QFETCH(quint32, end);
        QFETCH(bool, forbidden);
        const Platform *p = platform(id);
        QCOMPARE(p->dfuForbiddenOverlap(start, end) != nullptr, forbidden);
        QCOMPARE(p->dfuForbidden.size(), p->dfuForbiddenReasons.size());
    }

    void everySupportedPlatformIsComplete()
    {
        for (const Platform &p : PlatformDatabase::builtin().platforms()) {
            if (!p.supported)
                continue;
            QVERIFY2(!p.slots.isEmpty(), qPrintable(p.name));
            QVERIFY2(!p.models.isEmpty(), qPrintable(p.name));
            QVERIFY2(p.dfuAlt(0) && p.dfuAlt(1), qPrintable(p.name));
            QCOMPARE(p.dctAlt, 1);
            QCOMPARE(p.dctOtaUpdateFlagOffset, 1753u);
            QCOMPARE(p.dctSize, 16384u);
            QVERIFY2(p.controlRequestsSupported, qPrintable(p.name));
            QCOMPARE(p.dfuProductId, quint16(p.cdcProductId | 0xD000));
            // The bootloader is never a DFU slot, on any platform.
            for (const ModuleSlot *s : p.slotsFor(ModuleFunction::Bootloader, 0))
                QVERIFY2(s->transport == SlotTransport::ControlRequest, qPrintable(p.name));
            QVERIFY2(p.dfuForbiddenOverlap(p.slotFor(ModuleFunction::Bootloader, 0)->bounds.start,
                                           p.slotFor(ModuleFunction::Bootloader, 0)->bounds.end),
                     qPrintable(p.name));
            // Every DFU slot really is writable over DFU.
            for (const ModuleSlot &s : p.slots)
                if (s.transport == SlotTransport::Dfu)
                    QVERIFY2(!p.dfuForbiddenOverlap(s.bounds.start, s.bounds.end), qPrintable(p.name + " " + s.name));
        }
    }

    void rtl872xQuirk_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<bool>("quirk");
        for (int id : {0, 6, 8, 10, 12, 13, 14, 15, 22, 23, 24, 25, 26, 37, 42})
            QTest::newRow(qPrintable(QString::number(id))) << id << false;
        for (int id : {28, 32, 35, 38})
            QTest::newRow(qPrintable(QString::number(id))) << id << true;
    }
    void rtl872xQuirk()
    {
        QFETCH(int, id);
        QFETCH(bool, quirk);
        QCOMPARE(platform(id)->controlOutTransfersRequireDataStage, quirk);
    }

    // What people read of the database goes through the translators: every unsupported reason is
    // in the list lupdate sees, and comes back translated once a translator has it.
    void unsupportedReasonsAreTranslatable()
    {
        const QStringList listed = platformDataTexts();
        int unsupported = 0;
        for (const Platform &p : PlatformDatabase::builtin().platforms()) {
            if (p.supported)
                continue;
            ++unsupported;
            QVERIFY2(listed.contains(p.unsupportedReason),
                     qPrintable(QStringLiteral("%1's unsupportedReason is not in core/platform/platformtexts.cpp: \"%2\"")
                                    .arg(p.name, p.unsupportedReason)));
            QCOMPARE(p.unsupportedReasonText(), p.unsupportedReason); // no translator: as written
        }
        QVERIFY(unsupported >= 1);

        struct Upper : QTranslator
        {
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return QByteArrayView(context) == "dr::PlatformData" ? QString::fromUtf8(source).toUpper() : QString();
            }
            bool isEmpty() const override { return false; }
        } upper;
        QCoreApplication::installTranslator(&upper);
        const Platform *core = PlatformDatabase::builtin().byName(QStringLiteral("core"));
        QVERIFY(core && !core->supported);
        QCOMPARE(core->unsupportedReasonText(), core->unsupportedReason.toUpper());
        QCoreApplication::removeTranslator(&upper);
    }

    void tachyonHasNoControlRequests()
    {
        const Platform *t = platform(42);
        QVERIFY(!t->controlRequestsSupported);
        QVERIFY(!t->supported);
        QVERIFY(t->unsupportedReason.contains(QStringLiteral("Linux")));
    }

    void xenonEndsAt152()
    {
        const Platform *x = platform(14);
        QVERIFY(x->supported);
        QCOMPARE(x->lastDeviceOs->toString(), QStringLiteral("1.5.2"));
        QVERIFY(!x->slotFor(ModuleFunction::UserPart, 2));
    }

    void models_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<bool>("hard");
        QTest::addColumn<QString>("factory");
        QTest::addColumn<int>("lts");
        QTest::addColumn<bool>("twoStage");
        QTest::newRow("B404") << 23 << "B404" << "2.3.0" << true << "2.3.1" << 0 << false;
        QTest::newRow("B402") << 23 << "B402" << "" << false << "2.3.1" << 0 << true;
        QTest::newRow("B404X") << 23 << "b404x" << "4.0.0" << true << "4.0.1" << 0 << false;
        QTest::newRow("BRN402") << 13 << "BRN402" << "" << false << "2.3.1" << 0 << true;
        QTest::newRow("BRN404X") << 13 << "BRN404X" << "4.0.0" << true << "4.0.2" << 0 << false;
        QTest::newRow("BRN404") << 13 << "BRN404" << "" << false << "2.2.0" << 0 << false;
        QTest::newRow("E404X") << 15 << "E404X" << "4.0.0" << true << "4.0.2" << 0 << false;
        QTest::newRow("E402") << 10 << "E402" << "2.2.0" << false << "2.3.1" << 2 << false;
        QTest::newRow("E310") << 10 << "E310" << "2.2.0" << false << "1.4.2" << 2 << false;
        QTest::newRow("Photon") << 6 << "Photon" << "1.2.1" << false << "1.4.4" << 2 << false;
        QTest::newRow("P1") << 8 << "P1" << "1.2.1" << false << "1.4.4" << 2 << false;
        QTest::newRow("P2") << 32 << "P2" << "5.0.0" << false << "" << 0 << false;
        QTest::newRow("M404") << 35 << "M404" << "5.6.0" << true << "" << 0 << false;
        QTest::newRow("B504e") << 25 << "B504e" << "6.3.5" << true << "" << 0 << false;
        QTest::newRow("B523") << 25 << "B523" << "" << false << "1.5.0" << 0 << false;
        QTest::newRow("T404") << 26 << "T404" << "" << false << "3.3.0" << 0 << false;
    }
    void models()
    {
        QFETCH(int, id);
        QFETCH(QString, sku);
        QFETCH(QString, minimum);
        QFETCH(bool, hard);
        QFETCH(QString, factory);
        QFETCH(int, lts);
        QFETCH(bool, twoStage);
        const DeviceModel *m = platform(id)->model(sku);
        QVERIFY2(m, qPrintable(sku));
        QCOMPARE(m->minimumDeviceOs.has_value(), !minimum.isEmpty());
        if (!minimum.isEmpty())
            QCOMPARE(m->minimumDeviceOs->toString(), minimum);
        QCOMPARE(m->minimumIsHard, hard);
        QCOMPARE(m->factoryVersion.has_value(), !factory.isEmpty());
        if (!factory.isEmpty())
            QCOMPARE(m->factoryVersion->toString(), factory);
        QCOMPARE(m->ltsMajor.value_or(0), lts);
        QCOMPARE(m->twoStageDowngradeThrough152, twoStage);
    }

    // Every version the platform file names is a real Device OS release from the version table.
    void versionsNamedAreReleases()
    {
        const auto &table = DeviceOsVersionTable::builtin();
        QVERIFY(!table.releases().isEmpty());
        const auto known = [&](const std::optional<SemVer> &v, const QString &what) {
            if (v && !table.release(*v))
                QFAIL(qPrintable(what + QStringLiteral(": ") + v->toString() + QStringLiteral(" is not in device-os-versions.json")));
        };
        for (const Platform &p : PlatformDatabase::builtin().platforms()) {
            known(p.factoryVersion, p.name + QStringLiteral(" factoryVersion"));
            known(p.lastDeviceOs, p.name + QStringLiteral(" lastDeviceOs"));
            // controlRequestsSince is a threshold, not a release: Gen 2's 0.8.0 only ever had release
            // candidates, so 0.8.0-rc.N devices count as older (the safe side).
            for (const SemVer &step : p.serialUpgradePath)
                known(step, p.name + QStringLiteral(" serialUpgradePath"));
            for (const DeviceModel &m : p.models) {
                known(m.minimumDeviceOs, p.name + QStringLiteral(" ") + m.sku);
                known(m.factoryVersion, p.name + QStringLiteral(" ") + m.sku);
            }
            for (const ModuleSlot &s : p.slots) {
                known(s.fromDeviceOs, p.name + QStringLiteral(" ") + s.name);
                known(s.untilDeviceOs, p.name + QStringLiteral(" ") + s.name);
            }
            for (const OtaRegion &o : p.otaRegions) {
                known(o.fromDeviceOs, p.name + QStringLiteral(" ota"));
                known(o.untilDeviceOs, p.name + QStringLiteral(" ota"));
            }
        }
    }

    // Every real module in the corpus fits a slot of its platform: for system parts the slot of
    // the Device OS its version belongs to, for other modules one of the slot's entries. A module
    // prefix is found at 0, 0x20 (rtl872x bootloader), 388 (Gen 2) or 512 (Gen 3); module_info_t
    // is start u32, end u32, reserved (mcu target) u8, flags u8, version u16, platform u16,
    // function u8, index u8 (reference 2.1).
    void realModulesFitTheirSlots()
    {
        const auto &db = PlatformDatabase::builtin();
        const auto &table = DeviceOsVersionTable::builtin();
        const QStringList files = dr::test::corpusFiles();
        QVERIFY2(files.size() >= 150, qPrintable(dr::test::corpusMissingMessage()));
        int checked = 0;
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray d = f.read(4096);
            const QString name = QFileInfo(path).fileName();
            for (int off : {0, 0x20, 388, 512}) {
                if (d.size() < off + 24)
                    continue;
                const uchar *b = reinterpret_cast<const uchar *>(d.constData()) + off;
                const quint32 start = qFromLittleEndian<quint32>(b), end = qFromLittleEndian<quint32>(b + 4);
                const int mcu = b[8], version = qFromLittleEndian<quint16>(b + 10);
                const int platformId = qFromLittleEndian<quint16>(b + 12), function = b[14], index = b[15];
                const Platform *p = db.byId(platformId);
                if (!p || end <= start || !isKnownModuleFunction(function) || function == 0 || index > 3)
                    continue;
                if (!p->supported)
                    break; // A-SoM / X-SoM 1.4.4 files: no slots by design
                const ModuleFunction fn = ModuleFunction(function);
                QList<const ModuleSlot *> candidates;
                const auto deviceOs = fn == ModuleFunction::SystemPart ? table.semverForSystemVersion(version) : std::nullopt;
                if (deviceOs)
                    candidates << p->slotFor(fn, index, mcu, deviceOs);
                else
                    candidates = p->slotsFor(fn, index, mcu);
                QVERIFY2(!candidates.isEmpty() && candidates.front(),
                         qPrintable(QStringLiteral("%1: no slot for %2 %3 on %4").arg(name, moduleFunctionName(fn)).arg(index).arg(p->name)));
                bool fits = false;
                for (const ModuleSlot *s : candidates)
                    fits = fits || (start >= s->bounds.start && end <= s->bounds.end);
                QVERIFY2(fits, qPrintable(QStringLiteral("%1: 0x%2-0x%3 is outside its %4 slot")
                                              .arg(name)
                                              .arg(start, 8, 16, QLatin1Char('0'))
                                              .arg(end, 8, 16, QLatin1Char('0'))
                                              .arg(candidates.front()->name)));
                ++checked;
                break;
            }
        }
        QVERIFY2(checked >= 140, qPrintable(QString::number(checked)));
    }

    void moduleFunctionNames()
    {
        for (int code = 0; code <= 9; ++code) {
            QVERIFY(isKnownModuleFunction(code));
            QCOMPARE(moduleFunctionFromName(moduleFunctionName(ModuleFunction(code))), std::optional(ModuleFunction(code)));
        }
        QVERIFY(!isKnownModuleFunction(10));
        QVERIFY(!isKnownModuleFunction(-1));
        QCOMPARE(moduleFunctionName(ModuleFunction::RadioStack), QStringLiteral("radio_stack"));
        QVERIFY(!moduleFunctionFromName(u"firmware").has_value());
    }

    // Sector property letters (reference 1.4): a = read-only ... g = read/erase/write.
    void layoutWritability_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("alt");
        QTest::addColumn<quint32>("start");
        QTest::addColumn<quint32>("end");
        QTest::addColumn<bool>("writable");
        QTest::newRow("gen3 mbr") << 13 << 0 << 0u << 0x1000u << false;
        QTest::newRow("gen3 softdevice") << 13 << 0 << 0x1000u << 0x30000u << true;
        QTest::newRow("gen3 across sectors") << 13 << 0 << 0x2F000u << 0xF4000u << true;
        QTest::newRow("gen3 first bootloader 16K marked g") << 13 << 0 << 0xF4000u << 0xF8000u << true;
        QTest::newRow("gen3 upper bootloader read-only") << 13 << 0 << 0xF7000u << 0xF9000u << false;
        QTest::newRow("gen3 past the end") << 13 << 0 << 0xFF000u << 0x101000u << false;
        QTest::newRow("gen2 bootloader") << 6 << 0 << 0x08000000u << 0x08004000u << false;
        QTest::newRow("gen2 eeprom") << 6 << 0 << 0x0800C000u << 0x08020000u << true;
        QTest::newRow("gen2 dct alt") << 6 << 1 << 0u << 0x4000u << true;
        QTest::newRow("gen3 dct alt e") << 13 << 1 << 1753u << 1754u << true;
        QTest::newRow("rtl872x everything g") << 32 << 0 << 0x08000000u << 0x08800000u << true;
        QTest::newRow("below base") << 32 << 0 << 0x07FFF000u << 0x08001000u << false;
        QTest::newRow("empty") << 32 << 0 << 0x08060000u << 0x08060000u << false;
    }
    void layoutWritability()
    {
        QFETCH(int, id);
        QFETCH(int, alt);
        QFETCH(quint32, start);
        QFETCH(quint32, end);
        QFETCH(bool, writable);
        QCOMPARE(platform(id)->dfuAlt(alt)->isWritable(start, end), writable);
    }

    void layoutParser_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << "@Internal Flash   /0x08000000/2048*004Kg" << true;
        QTest::newRow("megabytes") << "@X/0x00000000/2*001Mg" << true;
        QTest::newRow("no at") << "Internal Flash/0x08000000/2048*004Kg" << false;
        QTest::newRow("no address") << "@Internal Flash/2048*004Kg" << false;
        QTest::newRow("bad property") << "@Internal Flash/0x08000000/2048*004Kz" << false;
        QTest::newRow("zero count") << "@Internal Flash/0x08000000/0*004Kg" << false;
        QTest::newRow("overflow") << "@Internal Flash/0xF0000000/1024*001Mg" << false;
        QTest::newRow("empty name") << "@ /0x08000000/1*004Kg" << false;
        QTest::newRow("reaches 4 GiB") << "@X/0xFFFFF000/1*004Kg" << false;
        QTest::newRow("no unit") << "@X/0x00000000/4*1024 g" << true;
    }
    void layoutParser()
    {
        QFETCH(QString, layout);
        QFETCH(bool, valid);
        QCOMPARE(DfuAltSetting::layoutRange(layout).has_value(), valid);
    }
};

QTEST_GUILESS_MAIN(TestPlatformDatabase)
#include "tst_platformdatabase.moc"
