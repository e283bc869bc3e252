// The Electron's system part carries its bootloader and Device OS installs it at start-up when the
// one in flash is older or broken; the virtual device does the same with the real binaries.
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "simulator/virtualdevice.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QFile>
#include <QTest>

using namespace dr;

class TestEmbeddedBootloader : public QObject
{
    Q_OBJECT

    static FirmwareModule load(const QString &name)
    {
        QFile f(test::corpusFile(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("%s: %s", qPrintable(name), qPrintable(test::corpusMissingMessage()));
        auto m = ModuleParser::parse(f.readAll(), name);
        if (!m.ok())
            qFatal("%s", qPrintable(m.error().text()));
        return m->first();
    }
    static std::shared_ptr<sim::VirtualDevice> electronWith(const QString &release)
    {
        sim::VirtualDeviceConfig c;
        c.platformId = 10;
        c.deviceOs = *SemVer::parse(release);
        auto d = sim::VirtualDevice::create(c);
        if (!d.ok())
            qFatal("%s", qPrintable(d.error().text()));
        for (const char *part : {"system-part1", "system-part2", "system-part3"})
            if (!(*d)->loadModule(load(QStringLiteral("electron-%1@%2.bin").arg(QLatin1String(part), release))).ok())
                qFatal("load failed");
        return *d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
    }

    void systemPartsInstallTheirBootloaderOnStart()
    {
        auto d = electronWith(QStringLiteral("2.2.0"));
        QVERIFY(!d->module(ModuleFunction::Bootloader, 0).has_value() || !d->module(ModuleFunction::Bootloader, 0)->valid());
        d->resetDevice(sim::DeviceMode::Normal);
        const auto boot = d->module(ModuleFunction::Bootloader, 0);
        QVERIFY(boot && boot->valid());
        QCOMPARE(boot->version, quint16(1004)); // the one inside electron-system-part1@2.2.0.bin
        for (const auto &m : d->modules())
            if (m.present && m.store == ModuleStore::Main)
                QVERIFY2(m.valid(), qPrintable(m.slotName));
    }

    void aNewerBootloaderIsLeftAlone()
    {
        auto d = electronWith(QStringLiteral("1.5.2")); // carries bootloader 400
        QVERIFY(d->loadModule(load(QStringLiteral("electron-bootloader@2.2.0+lto.bin"))).ok());
        const quint16 newer = d->module(ModuleFunction::Bootloader, 0)->version;
        QVERIFY(newer > 400);
        d->resetDevice(sim::DeviceMode::Normal);
        QCOMPARE(d->module(ModuleFunction::Bootloader, 0)->version, newer);
    }

    void notInDfuMode()
    {
        auto d = electronWith(QStringLiteral("2.2.0"));
        d->resetDevice(sim::DeviceMode::Dfu); // the bootloader runs, not Device OS
        QVERIFY(!d->module(ModuleFunction::Bootloader, 0).has_value() || !d->module(ModuleFunction::Bootloader, 0)->valid());
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedBootloader)
#include "tst_embeddedbootloader.moc"
