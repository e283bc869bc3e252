// The virtual device model on its own: memories laid out from the platform database, flash semantics
// (erase to 0xFF, programming only clears bits, read-only sectors, the DCT view), module validation the
// way Device OS does it (each check failing on its own), the OTA region with apply on reset (control
// requests and the DCT 0xA5 flag), mode changes keeping the device ID, the time account and faults.
#include "../usb/usbtestsupport.h"

#include "firmware/modulebuilder.h"

#include <QSignalSpy>
#include <QTest>

using namespace dr;
using namespace dr::sim;

namespace {

std::shared_ptr<VirtualDevice> device(int platformId, const QStringList &factory = {})
{
    return dr::test::makeDevice(platformId, DeviceMode::Dfu, factory);
}

// A real module moved or edited, then re-sealed (valid CRC) or not.
QByteArray edited(const QString &file, const std::function<void(QByteArray &, qsizetype prefixOffset)> &edit, bool reseal)
{
    const auto m = dr::test::corpusModule(file);
    QByteArray bytes = m->bytes;
    edit(bytes, m->prefixOffset);
    if (reseal)
        ModuleBuilder::reseal(bytes, m->prefixOffset);
    return bytes;
}

void putLe16(QByteArray &b, qsizetype at, quint16 v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}

} // namespace

class TestVirtualDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dr::test::loadDatabases()); }

    void memoriesComeFromThePlatformDatabase_data()
    {
        QTest::addColumn<int>("platformId");
        QTest::addColumn<int>("memories");
        QTest::addColumn<quint64>("internalSize");
        QTest::newRow("Photon") << 6 << 2 << quint64(1024 * 1024);
        QTest::newRow("P1") << 8 << 3 << quint64(1024 * 1024);
        QTest::newRow("Boron") << 13 << 3 << quint64(1024 * 1024);
        QTest::newRow("Tracker") << 26 << 3 << quint64(1024 * 1024);
        QTest::newRow("P2") << 32 << 2 << quint64(8 * 1024 * 1024);
    }

    void memoriesComeFromThePlatformDatabase()
    {
        QFETCH(int, platformId);
        QFETCH(int, memories);
        QFETCH(quint64, internalSize);
        auto d = device(platformId);
        QVERIFY(d);
        const Platform *p = PlatformDatabase::builtin().byId(platformId);
        QCOMPARE(d->memories().size(), memories);
        QCOMPARE(d->memory(0)->layout.totalSize(), internalSize);
        QCOMPARE(d->memory(0)->layoutString, p->dfuAlt(0)->layout);
        QCOMPARE(d->memory(p->dctAlt)->layout.totalSize(), quint64(16384));
        QVERIFY(d->memory(p->dctAlt)->sectorEraseIsNoOp);
        QCOMPARE(d->deviceId().size(), 24);
        QCOMPARE(d->deviceId(), d->deviceId().toLower());
        QCOMPARE(d->usbProductId(), p->dfuProductId);
    }

    void rejectsBadConfigurations()
    {
        VirtualDeviceConfig c;
        c.platformId = 999;
        QVERIFY(!VirtualDevice::create(c));
        c.platformId = 13;
        c.deviceId = QStringLiteral("not-an-id");
        const auto r = VirtualDevice::create(c);
        QVERIFY(!r);
        QVERIFY(!r.error().remedy.isEmpty());
        c.deviceId = QStringLiteral("E00FCE681234567890ABCDEF");
        const auto ok = VirtualDevice::create(c);
        QVERIFY(ok);
        QCOMPARE((*ok)->deviceId(), QStringLiteral("e00fce681234567890abcdef"));
    }

    void flashBehavesLikeFlash()
    {
        auto d = device(6);
        QVERIFY(d);
        // Read-only bootloader/DCT sectors refuse programming and erasing.
        QCOMPARE(d->program(0, 0x08000000, QByteArray(16, 'x')), MemoryStatus::NotWritable);
        QCOMPARE(d->eraseSector(0, 0x08004000), MemoryStatus::NotErasable);
        QCOMPARE(d->program(0, 0x07FFFFF0, QByteArray(16, 'x')), MemoryStatus::Address);
        // Programming erased flash works; programming over it only clears bits: a verify error.
        QCOMPARE(d->program(0, 0x08020000, QByteArray::fromHex("0f0f0f0f")), MemoryStatus::Ok);
        QCOMPARE(d->program(0, 0x08020000, QByteArray::fromHex("f0f0f0f0")), MemoryStatus::Verify);
        QCOMPARE(d->peek(0, 0x08020000, 4), QByteArray(4, '\0'));
        // Erase restores 0xFF over the whole 128 KB sector.
        QCOMPARE(d->eraseSector(0, 0x08030000), MemoryStatus::Ok);
        QCOMPARE(d->peek(0, 0x08020000, 0x20000), QByteArray(0x20000, char(0xFF)));
        QCOMPARE(d->timeAccount().bytesErased, quint64(0x20000));
        // The DCT is a virtual view: erase does nothing and writes replace bytes.
        QCOMPARE(d->eraseSector(1, 0), MemoryStatus::Ok);
        QCOMPARE(d->program(1, 1753, QByteArray(1, char(0xA5))), MemoryStatus::Ok);
        QCOMPARE(d->program(1, 1753, QByteArray(1, char(0x5A))), MemoryStatus::Ok);
        QCOMPARE(d->peek(1, 1753, 1), QByteArray(1, char(0x5A)));
        const auto log = d->writeLog();
        QCOMPARE(log.first().status, MemoryStatus::NotWritable);
    }

    void validModulesPassEveryCheck()
    {
        auto d = device(13, {QStringLiteral("boron-bootloader@2.2.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin"),
                             QStringLiteral("boron-system-part1@2.2.0.bin"), QStringLiteral("tinker-0.8.0-rc.27-boron.bin")});
        QVERIFY(d);
        int present = 0;
        for (const VirtualModuleInfo &m : d->modules()) {
            if (!m.present)
                continue;
            ++present;
            QVERIFY2(m.valid(), qPrintable(m.slotName));
            QCOMPARE(m.validityChecked, kValidityChecked);
        }
        QCOMPARE(present, 4);
        QCOMPARE(d->systemVersionString(), QStringLiteral("2.2.0"));
        QCOMPARE(d->module(ModuleFunction::RadioStack, 0)->version, quint16(202));
    }

    void eachCheckFailsOnItsOwn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<quint32>("failing");
        const QString system = QStringLiteral("boron-system-part1@2.2.0.bin");
        QTest::newRow("integrity: a flipped byte")
            << system << edited(system, [](QByteArray &b, qsizetype) { b[0x1000] = char(b[0x1000] ^ 0x01); }, false)
            << quint32(ValidityIntegrity);
        QTest::newRow("platform: an Argon id, re-sealed")
            << system << edited(system, [](QByteArray &b, qsizetype p) { putLe16(b, p + 12, 12); }, true)
            << quint32(ValidityPlatform);
        QTest::newRow("dependencies: needs radio stack 9999")
            << system << edited(system, [](QByteArray &b, qsizetype p) {
                   // whichever dependency names the radio stack gets an unmet version
                   for (qsizetype at : {p + 16, p + 20}) {
                       if (quint8(b[at]) == quint8(ModuleFunction::RadioStack))
                           putLe16(b, at + 2, 9999);
                   }
               }, true)
            << quint32(ValidityDependencies);
        // A synthetic, correctly sealed system part (version 2200, so the Device OS 2.2.0 layout applies:
        // system part 1 may run to 0xD4000) that runs past that end.
        ModuleSpec tooLong;
        tooLong.startAddress = 0x30000;
        tooLong.platformId = 13;
        tooLong.functionCode = quint8(ModuleFunction::SystemPart);
        tooLong.index = 1;
        tooLong.version = 2200;
        tooLong.payload = QByteArray(0xD4000 - 0x30000 + 0x100, 'r');
        QTest::newRow("range: end past the slot") << QString() << ModuleBuilder::build(tooLong) << quint32(ValidityRange);
    }

    void eachCheckFailsOnItsOwn()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(quint32, failing);
        auto d = device(13, {QStringLiteral("boron-bootloader@2.2.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin")});
        QVERIFY(d);
        DR_REQUIRE(d->load(0, 0x30000, bytes));
        const auto m = d->module(ModuleFunction::SystemPart, 1);
        QVERIFY(m);
        QCOMPARE(m->validityChecked, kValidityChecked);
        QCOMPARE(m->validityChecked & ~m->validityResult, failing);
    }

    void otaUpdateAppliesOnResetAndKeepsTheId()
    {
        auto d = dr::test::makeDevice(13, DeviceMode::Normal,
                                      {QStringLiteral("boron-bootloader@2.1.0.bin"), QStringLiteral("boron-softdevice@2.2.0.bin"),
                                       QStringLiteral("boron-system-part1@2.2.0.bin")});
        QVERIFY(d);
        const QString id = d->deviceId();
        const QByteArray file = dr::test::readCorpusFile(QStringLiteral("boron-bootloader@2.2.0.bin"));
        DR_REQUIRE(d->beginFirmwareUpdate(quint32(file.size())));
        for (qsizetype at = 0; at < file.size(); at += 1000)
            DR_REQUIRE(d->writeFirmwareUpdate(quint32(at), file.mid(at, 1000)));
        DR_REQUIRE(d->finishFirmwareUpdate(true)); // validate only: nothing pending, the transfer ends
        QVERIFY(!d->firmwareUpdatePending());
        DR_REQUIRE(d->beginFirmwareUpdate(quint32(file.size())));
        for (qsizetype at = 0; at < file.size(); at += 1000)
            DR_REQUIRE(d->writeFirmwareUpdate(quint32(at), file.mid(at, 1000)));
        DR_REQUIRE(d->finishFirmwareUpdate(false));
        QVERIFY(d->firmwareUpdatePending());
        QSignalSpy resets(d.get(), &VirtualDevice::resetCompleted);
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(d->deviceId(), id);
        QCOMPARE(d->module(ModuleFunction::Bootloader, 0)->version,
                 dr::test::corpusModule(QStringLiteral("boron-bootloader@2.2.0.bin"))->version);
        QVERIFY(!d->firmwareUpdatePending());
        // Into DFU and back: the PID follows the mode, the ID stays.
        d->enterDfu();
        QCOMPARE(d->usbProductId(), quint16(0xD00D));
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->usbProductId(), quint16(0xC00D));
        QCOMPARE(d->deviceId(), id);
    }

    void otaUpdateRefusesBadModules()
    {
        auto d = dr::test::makeDevice(13, DeviceMode::Normal, {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(d);
        const QByteArray argon = dr::test::readCorpusFile(QStringLiteral("argon-softdevice@2.2.0.bin"));
        DR_REQUIRE(d->beginFirmwareUpdate(quint32(argon.size())));
        DR_REQUIRE(d->writeFirmwareUpdate(0, argon));
        QVERIFY(!d->finishFirmwareUpdate(false));
        QVERIFY(!d->beginFirmwareUpdate(64u * 1024 * 1024)); // larger than the OTA region
        QVERIFY(!d->writeFirmwareUpdate(0, QByteArray(10, 'x'))); // no update active
        d->enterDfu();
        QVERIFY(!d->beginFirmwareUpdate(1000)); // not in DFU mode
    }

    void dctFlagAppliesTheOtaRegionOnBoot()
    {
        auto d = device(6, {QStringLiteral("photon-bootloader@1.5.0+lto.bin"), QStringLiteral("photon-system-part1@2.2.0.bin"),
                            QStringLiteral("photon-system-part2@2.2.0.bin")});
        QVERIFY(d);
        const OtaRegion *ota = d->platform().otaRegionFor(SemVer(2, 2, 0));
        QVERIFY(ota);
        const QByteArray bootloader = dr::test::readCorpusFile(QStringLiteral("photon-bootloader@2.2.0+lto.bin"));
        DR_REQUIRE(d->load(ota->alt, ota->address, bootloader));
        // Without the flag nothing happens on reset.
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->module(ModuleFunction::Bootloader, 0)->version,
                 dr::test::corpusModule(QStringLiteral("photon-bootloader@1.5.0+lto.bin"))->version);
        QCOMPARE(d->program(1, d->platform().dctOtaUpdateFlagOffset, QByteArray(1, char(0xA5))), MemoryStatus::Ok);
        d->resetDevice(DeviceMode::Normal);
        QCOMPARE(d->module(ModuleFunction::Bootloader, 0)->version,
                 dr::test::corpusModule(QStringLiteral("photon-bootloader@2.2.0+lto.bin"))->version);
        QCOMPARE(quint8(d->peek(1, 1753, 1)[0]), quint8(0xFF));
    }

    void timeIsAccountedWithoutSleepingWhenTimingIsOff()
    {
        auto d = device(13);
        QVERIFY(d);
        QVERIFY(!d->timingEnabled());
        QCOMPARE(d->eraseSector(0, 0x30000), MemoryStatus::Ok);
        QCOMPARE(d->program(0, 0x30000, QByteArray(4096, 'x')), MemoryStatus::Ok);
        d->accountTransfer(4096);
        const ModelTimeAccount a = d->timeAccount();
        const TimingModel t = d->timingModel();
        QCOMPARE(a.eraseOperations, 1);
        QCOMPARE(a.programOperations, 1);
        QCOMPARE(a.erase.count(), qint64(t.eraseBase.count() + t.eraseMicrosPerKiB * 4));
        QCOMPARE(a.program.count(), qint64(t.programMicrosPerKiB * 4));
        QCOMPARE(a.transfer.count(), qint64(4096 * 1e6 / t.usbBytesPerSecond));
        QVERIFY(a.total() > a.erase);
        d->resetTimeAccount();
        QCOMPARE(d->timeAccount().total().count(), qint64(0));
        QVERIFY(TimingModel::forMcu(QStringLiteral("stm32f2xx")).eraseMicrosPerKiB
                != TimingModel::forMcu(QStringLiteral("nrf52840")).eraseMicrosPerKiB);
    }

    void faultsFireAtTheirTriggerAndCount()
    {
        auto d = device(13);
        QVERIFY(d);
        d->injectFault(Fault{FaultKind::WriteError, 8192, 1});
        QCOMPARE(d->program(0, 0x30000, QByteArray(4096, 'a')), MemoryStatus::Ok);
        QCOMPARE(d->program(0, 0x31000, QByteArray(4096, 'a')), MemoryStatus::Ok);
        QCOMPARE(d->program(0, 0x32000, QByteArray(4096, 'a')), MemoryStatus::Write); // armed at 8192
        QCOMPARE(d->program(0, 0x32000, QByteArray(4096, 'a')), MemoryStatus::Ok);    // fired once
        d->injectFault(Fault{FaultKind::GarbledBytes, 0, 2});
        QVERIFY(d->faultActive(FaultKind::GarbledBytes));
        QVERIFY(d->takeFault(FaultKind::GarbledBytes));
        QVERIFY(d->takeFault(FaultKind::GarbledBytes));
        QVERIFY(!d->takeFault(FaultKind::GarbledBytes));
        // Unplug at byte N: the bytes before N land, then the device is gone.
        QSignalSpy unplugged(d.get(), &VirtualDevice::unplugged);
        d->injectFault(Fault{FaultKind::Unplug, d->bytesWritten() + 100, 1});
        QCOMPARE(d->program(0, 0x40000, QByteArray(4096, 'b')), MemoryStatus::Unplugged);
        QCOMPARE(unplugged.count(), 1);
        QVERIFY(!d->isAttached());
        QCOMPARE(d->peek(0, 0x40000, 100), QByteArray(100, 'b'));
        QCOMPARE(d->peek(0, 0x40000 + 100, 1), QByteArray(1, char(0xFF)));
        QCOMPARE(d->eraseSector(0, 0x40000), MemoryStatus::Unplugged);
        d->replug(DeviceMode::Dfu);
        QVERIFY(d->isAttached());
        QCOMPARE(d->eraseSector(0, 0x40000), MemoryStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(TestVirtualDevice)
#include "tst_virtualdevice.moc"
