// The virtual device's listening-mode console and YModem receiver behave like the Device OS release
// it runs (device-os-behaviour.md sections 1, 2, 7; rows 4, 5, 6, 10, 17, 18). Each test names its
// row, and talks to the device the way a host does: the real QSerialPort over the pty (raw bytes
// where the client has no command for it), ListeningModeClient for YModem and `s`, the in-process
// USB bus for the serial number.
#include "firmware/modulebuilder.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "serial/listeningmodeclient.h"
#include "serial/moduleinspectionjson.h"
#include "simulator/inprocessusb.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"
#include "simulator/virtualusbdevice.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace dr;
using namespace dr::sim;

namespace {

const QString kBoronId = QStringLiteral("e00fce68aabbccddeeff0011");
const QString kPhotonId = QStringLiteral("3a001c000e47343432313031");
const QString kArgonId = QStringLiteral("e00fce68112233445566aabb");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray damaged(QByteArray module)
{
    module[module.size() / 2] = char(module[module.size() / 2] ^ 0x5A); // the CRC-32 no longer matches
    return module;
}

YmodemOptions fastOptions()
{
    YmodemOptions o;
    o.promptTimeoutMs = 2000;
    o.headerAckTimeoutMs = 3000;
    o.blockAckTimeoutMs = 1500;
    o.validationTimeoutMs = 5000;
    o.reasonGraceMs = 500;
    o.successGraceMs = 1500;
    o.maxRetries = 4;
    return o;
}

struct Transfer
{
    bool ok = false;
    Error error;
    YmodemOutcome outcome;
};

// The console with raw bytes, as a terminal program would talk to it.
class RawConsole
{
public:
    bool open(const QString &path)
    {
        m_port.setPortName(path);
        return m_port.open(QIODevice::ReadWrite);
    }
    // Sends `bytes`, then reads until `until` appears (or the timeout); returns everything read.
    QByteArray exchange(const QByteArray &bytes, const QByteArray &until, int timeoutMs = 2000)
    {
        m_port.write(bytes);
        m_port.waitForBytesWritten(500);
        QByteArray got;
        QElapsedTimer t;
        t.start();
        while (!got.contains(until) && t.elapsed() < timeoutMs) {
            if (m_port.waitForReadyRead(50))
                got += m_port.readAll();
        }
        return got;
    }
    // Reads whatever arrives within `ms`.
    QByteArray drain(int ms) { return exchange({}, "\x01never\x01", ms); }

private:
    QSerialPort m_port;
};

} // namespace

class TestConsoleBehaviour : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_links = 0;

    std::shared_ptr<VirtualDevice> makeDevice(int platformId, const QString &id, const SemVer &deviceOs,
                                              const QStringList &files, DeviceMode mode = DeviceMode::Listening)
    {
        VirtualDeviceConfig config;
        config.platformId = platformId;
        config.deviceId = id;
        config.mode = mode;
        config.deviceOs = deviceOs;
        auto device = VirtualDevice::create(config);
        if (!device)
            return {};
        for (const QString &name : files) {
            const QString path = test::corpusFile(name);
            if (path.isEmpty()) {
                qWarning() << name << "missing:" << test::corpusMissingMessage();
                return {};
            }
            auto modules = ModuleParser::parse(readFile(path), name);
            if (!modules || !(*device)->loadModule(modules->front())) {
                qWarning() << "cannot load" << name;
                return {};
            }
        }
        return *device;
    }
    std::shared_ptr<VirtualDevice> boron200()
    {
        return makeDevice(13, kBoronId, SemVer(2, 0, 0),
                          {QStringLiteral("boron-bootloader@2.0.0.bin"), QStringLiteral("boron-softdevice@2.0.0.bin"),
                           QStringLiteral("boron-system-part1@2.0.0.bin")});
    }
    std::shared_ptr<VirtualDevice> photon052(DeviceMode mode = DeviceMode::Listening)
    {
        return makeDevice(6, kPhotonId, SemVer(0, 5, 2),
                          {QStringLiteral("system-part1-0.5.2-photon.bin"), QStringLiteral("system-part2-0.5.2-photon.bin")},
                          mode);
    }

    // A system-part1 that makes the device run `deviceOs` and boot past its bootloader (a device
    // without a valid system-part1 stays in DFU mode after a reset, reference row 1). It is synthetic
    // because the corpus has no Device OS 4.x binaries: a small module at the platform's system-part1
    // slot for that layout, with the system module version of that release, depending only on the
    // bootloader the device already has so that Device OS's boot checks pass.
    static bool loadSyntheticSystemPart1(VirtualDevice &device, const SemVer &deviceOs)
    {
        const auto version = DeviceOsVersionTable::builtin().systemVersionFor(deviceOs);
        const ModuleSlot *slot = device.platform().slotFor(ModuleFunction::SystemPart, 1, 0, deviceOs);
        const auto bootloader = device.module(ModuleFunction::Bootloader, 0);
        if (!version || !slot || !bootloader || !bootloader->present)
            return false;
        ModuleSpec spec;
        spec.startAddress = slot->bounds.start;
        spec.platformId = quint16(device.platform().id);
        spec.functionCode = quint8(ModuleFunction::SystemPart);
        spec.index = 1;
        spec.version = quint16(*version);
        spec.dependency = ModuleDependency{quint8(ModuleFunction::Bootloader), 0, quint16(bootloader->version)};
        spec.payload = QByteArray(4096, char(0x5C));
        auto modules = ModuleParser::parse(ModuleBuilder::build(spec), QStringLiteral("synthetic system-part1"));
        return modules && device.loadModule(modules->front()).ok()
               && device.systemVersionString() == deviceOs.toString();
    }

    std::unique_ptr<VirtualSerialPort> attachPty(const std::shared_ptr<VirtualDevice> &device,
                                                 VirtualSerialConsole::Options options = {})
    {
        options.linkPath = m_dir.filePath(QStringLiteral("ttyConsole%1").arg(++m_links));
        options.restartDelayMs = 100;
        options.ymodemTimeoutMs = 700;
        auto port = VirtualSerialPort::start(device, options);
        return port ? std::move(port).value() : nullptr;
    }

    static Transfer sendFile(ListeningModeClient &client, const QByteArray &name, const QByteArray &data,
                             const std::function<void(qint64)> &onProgress = {})
    {
        Transfer t;
        bool done = false;
        QObject guard;
        QObject::connect(&client, &ListeningModeClient::transferFinished, &guard, [&](const YmodemOutcome &o) {
            t.ok = true;
            t.outcome = o;
            done = true;
        });
        QObject::connect(&client, &ListeningModeClient::transferFailed, &guard, [&](const Error &e) {
            t.error = e;
            done = true;
        });
        QObject::connect(&client, &ListeningModeClient::transferProgress, &guard, [&](qint64 acked, qint64) {
            if (onProgress)
                onProgress(acked);
        });
        client.sendFile(name, data, fastOptions());
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            t.error = makeError(QStringLiteral("test.hang"), QStringLiteral("the transfer never ended"));
        return t;
    }
    static QString describe(const Transfer &t)
    {
        return t.ok ? QStringLiteral("ok: ") + t.outcome.deviceMessage
                    : t.error.code + QLatin1String(": ") + t.error.text() + QLatin1String(" | ") + t.error.detail;
    }
    static QByteArray moduleJson(const QString &path)
    {
        RawConsole console;
        if (!console.open(path))
            return {};
        return console.exchange("s", "}]}\r\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
    }

    // ---- YModem ----------------------------------------------------------------------------

    // Row 4: Spark_Finish_Firmware_Update ends in system_pending_shutdown whatever the verdict.
    void row4_rejectedFileIsFollowedByAReset()
    {
        auto device = boron200();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        const int generation = port->console()->ptyGeneration();
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        DR_CORPUS_FILE(path, QStringLiteral("boron-bootloader@2.0.0.bin"));
        const Transfer t = sendFile(client, "bootloader.bin", damaged(readFile(path)));
        QVERIFY2(!t.ok && t.error.code == QString::fromLatin1(serialerror::YmodemValidationFailed), qPrintable(describe(t)));
        // The port vanishes and comes back: the device restarted into normal mode, nothing applied.
        QTRY_VERIFY_WITH_TIMEOUT(port->console()->ptyGeneration() > generation, 3000);
        QCOMPARE(device->mode(), DeviceMode::Normal);
        QVERIFY(device->appliedUpdates().isEmpty());
    }

    // Row 5: up to 0.6.0 the empty header is ACKed and success printed before the file is validated;
    // a damaged file is then dropped silently and the device restarts with what it had.
    void row5_upTo060SuccessIsPrintedBeforeValidating()
    {
        auto device = photon052();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        const int generation = port->console()->ptyGeneration();
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        DR_CORPUS_FILE(path, QStringLiteral("system-part2-0.5.2-photon.bin"));
        const Transfer t = sendFile(client, "system-part2.bin", damaged(readFile(path)));
        QVERIFY2(t.ok, qPrintable(describe(t)));
        QVERIFY2(t.outcome.deviceMessage.contains(QLatin1String("Downloaded file successfully!")), qPrintable(describe(t)));
        QTRY_VERIFY_WITH_TIMEOUT(port->console()->ptyGeneration() > generation, 3000);
        QVERIFY(device->appliedUpdates().isEmpty());
        const auto part2 = device->module(ModuleFunction::SystemPart, 2);
        QVERIFY(part2 && part2->valid() && part2->version == 17);
    }

    // Row 5: from 0.6.1 to 1.5.x the failure is "Validation failed: 0x%x" of the validity flags.
    void row5_from061To15xRejectionTextIsHexFlags()
    {
        auto device = makeDevice(6, kPhotonId, SemVer(1, 5, 2),
                                 {QStringLiteral("photon-bootloader@1.5.2+lto.bin"), QStringLiteral("photon-system-part1@1.5.2.bin"),
                                  QStringLiteral("photon-system-part2@1.5.2.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        DR_CORPUS_FILE(path, QStringLiteral("photon-system-part2@1.5.2.bin"));
        const Transfer t = sendFile(client, "system-part2.bin", damaged(readFile(path)));
        QVERIFY(!t.ok);
        QVERIFY2(t.error.detail.contains(QLatin1String("Validation failed: 0x1c")), qPrintable(describe(t)));
    }

    // Row 5: from 2.0 the failure is "Validation failed: %d" of the system error code.
    void row5_from20RejectionTextIsTheErrorCode()
    {
        auto device = boron200();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        DR_CORPUS_FILE(path, QStringLiteral("boron-bootloader@2.0.0.bin"));
        const Transfer t = sendFile(client, "bootloader.bin", damaged(readFile(path)));
        QVERIFY(!t.ok);
        QVERIFY2(t.error.detail.contains(QLatin1String("Validation failed: -1330")), qPrintable(describe(t)));
    }

    // Row 5: up to 0.6.0 a chunk that cannot be saved is reported as "Verification failed!".
    void row5_upTo060SaveFailureSaysVerificationFailed()
    {
        auto device = photon052();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        device->injectFault({FaultKind::WriteError, device->bytesWritten() + 8 * 1024, 1});
        DR_CORPUS_FILE(path, QStringLiteral("system-part2-0.5.2-photon.bin"));
        const Transfer t = sendFile(client, "system-part2.bin", readFile(path));
        QVERIFY(!t.ok);
        QCOMPARE(t.error.code, QString::fromLatin1(serialerror::YmodemWriteFailed));
        QVERIFY2(t.error.detail.contains(QLatin1String("Verification failed!")), qPrintable(describe(t)));
    }

    // Row 10: on 3.x-5.x an aborted transfer leaves FirmwareUpdate::updating_ set: the next 'f' is
    // refused until the device resets.
    void row10_abortedTransferBlocksTheNextUntilReset()
    {
        auto device = makeDevice(13, kBoronId, SemVer(4, 0, 0), {QStringLiteral("boron-bootloader@2.0.0.bin")});
        QVERIFY(device);
        QVERIFY(loadSyntheticSystemPart1(*device, SemVer(4, 0, 0)));
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        DR_CORPUS_FILE(path, QStringLiteral("boron-bootloader@2.2.0.bin"));
        const QByteArray file = readFile(path);
        const Transfer aborted = sendFile(client, "bootloader.bin", file, [&client](qint64 acked) {
            if (acked >= 8 * 1024)
                client.cancel();
        });
        QCOMPARE(aborted.error.code, QString::fromLatin1(serialerror::Cancelled));
        QTest::qWait(300);
        const Transfer refused = sendFile(client, "bootloader.bin", file);
        QVERIFY2(!refused.ok && refused.error.code == QString::fromLatin1(serialerror::YmodemTooLarge), qPrintable(describe(refused)));

        client.close();
        const int generation = port->console()->ptyGeneration();
        device->resetDevice(DeviceMode::Listening); // the person presses RESET (and MODE)
        QTRY_VERIFY(port->console()->ptyGeneration() > generation && port->console()->portPresent());
        QVERIFY(client.openPort(port->portPath()).ok());
        const Transfer fresh = sendFile(client, "bootloader.bin", file);
        QVERIFY2(fresh.ok, qPrintable(describe(fresh)));
    }

    // ---- identity ----------------------------------------------------------------------------

    // Row 6: the USB serial number of old Gen 2, by Device OS and bootloader version.
    void row6_oldGen2UsbSerialNumbers()
    {
        auto bus = InProcessUsbBus::create();
        auto device = photon052(DeviceMode::Normal);
        QVERIFY(device);
        auto usb = bus->plug(device);
        auto backend = bus->backend();
        auto serialOf = [&] {
            const QByteArray descriptor = usb->deviceDescriptor();
            return usb->string(quint8(descriptor.at(16))).value_or(QString());
        };
        QCOMPARE(serialOf(), QStringLiteral("00000000050C")); // Device OS 0.5.x, CDC
        auto listed = backend->listDevices();
        QVERIFY(listed.ok() && listed->size() == 1);
        QCOMPARE(listed->first().deviceId, QStringLiteral("00000000050c"));
        device->enterDfu();
        QCOMPARE(serialOf(), QStringLiteral("00000000010C")); // its v7 bootloader, DFU

        auto upper = makeDevice(6, kPhotonId, SemVer(0, 6, 4), {}, DeviceMode::Normal);
        QVERIFY(upper);
        QCOMPARE(VirtualUsbDevice(upper).string(3).value_or(QString()), kPhotonId.toUpper()); // 0.6.x: bytes2hexbuf
        auto lower = makeDevice(6, kPhotonId, SemVer(1, 5, 2), {}, DeviceMode::Normal);
        QVERIFY(lower);
        QCOMPARE(VirtualUsbDevice(lower).string(3).value_or(QString()), kPhotonId);
    }

    // ---- console texts -----------------------------------------------------------------------

    // Row 17: a Wi-Fi Gen 3 without serial number and secret prints the short form, as a Photon does.
    void row17_wifiDeviceWithoutKeysSaysYourDeviceIdIs()
    {
        auto device = makeDevice(12, kArgonId, SemVer(2, 0, 0), {QStringLiteral("argon-system-part1@2.0.0.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        RawConsole console;
        QVERIFY(console.open(port->portPath()));
        QCOMPARE(console.exchange("i", "\r\n"), "Your device id is " + kArgonId.toLatin1() + "\r\n");
    }

    // Row 17: a unit with a serial number and a device secret lists them, renamed.
    void row17_serialNumberAndDeviceSecretAreListed()
    {
        auto device = makeDevice(12, kArgonId, SemVer(2, 0, 0), {QStringLiteral("argon-system-part1@2.0.0.bin")});
        QVERIFY(device);
        VirtualSerialConsole::Options options;
        options.identity.serialNumber = QStringLiteral("ARGHAB812ABCDEF");
        options.identity.deviceSecret = QStringLiteral("ABCDEFGHJKLMNPQ");
        auto port = attachPty(device, options);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        QSignalSpy replies(&client, &ListeningModeClient::replyReceived);
        client.sendCommand(ConsoleCommand::DeviceId);
        QTRY_COMPARE(replies.count(), 1);
        const auto reply = replies.first().first().value<ConsoleReply>();
        QCOMPARE(reply.deviceId, kArgonId);
        QCOMPARE(reply.property(QStringLiteral("sn")).value_or(QString()), QStringLiteral("ARGHAB812ABCDEF"));
        QCOMPARE(reply.property(QStringLiteral("ms")).value_or(QString()), QStringLiteral("ABCDEFGHJKLMNPQ"));
    }

    // Row 17: cellular devices print their modem firmware in `i` ("Cell Radio Version") and in `s`.
    void row17_cellularDevicesPrintTheCellRadioVersion()
    {
        auto device = boron200();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        RawConsole console;
        QVERIFY(console.open(port->portPath()));
        const QByteArray i = console.exchange("i", "Cell Radio Version: ") + console.drain(200);
        QVERIFY2(i.startsWith("Device ID: " + kBoronId.toLatin1() + "\r\nIMEI: "), i.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("\r\nCell Radio Version: [^\r\n]+\r\n$")).match(QString::fromLatin1(i)).hasMatch(),
                 i.constData());
        const QByteArray s = console.exchange("s", "}]}\r\n");
        QVERIFY2(s.contains("\"cellfw\":\""), s.constData());
    }

    // Row 17: the MAC is the network interface's, not characters of the device ID.
    void row17_macAddressIsNotMadeOfTheDeviceId()
    {
        auto device = makeDevice(12, kArgonId, SemVer(2, 0, 0), {QStringLiteral("argon-system-part1@2.0.0.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        RawConsole console;
        QVERIFY(console.open(port->portPath()));
        const QByteArray m = console.exchange("m", "\r\n", 2000) + console.drain(200);
        QVERIFY2(m.startsWith("Your device MAC address is\r\n"), m.constData());
        const QByteArray mac = m.mid(int(strlen("Your device MAC address is\r\n"))).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9a-f]{2}:){5}[0-9a-f]{2}$")).match(QString::fromLatin1(mac)).hasMatch(),
                 mac.constData());
        QVERIFY2(QString::fromLatin1(mac).remove(QLatin1Char(':')) != kArgonId.mid(12), mac.constData());
    }

    // Row 17: 'c' reads the claimed flag from the DCT (offset 1825, '1' = claimed).
    void row17_claimedComesFromTheDct()
    {
        auto device = boron200();
        QVERIFY(device);
        const auto dct = device->memory(device->platform().dctAlt);
        QVERIFY(dct);
        QVERIFY(device->load(dct->alt, dct->layout.startAddress() + 1825, "1").ok());
        auto port = attachPty(device);
        QVERIFY(port);
        RawConsole console;
        QVERIFY(console.open(port->portPath()));
        QCOMPARE(console.exchange("c", "\r\n"), QByteArray("Device claimed: yes\r\n"));
    }

    // Row 17 (missing commands): 'C' prompts for a claim code and reads a line; a 63-character code
    // is written to the DCT.
    void row17_claimCodeCommandPromptsAndStoresTheCode()
    {
        auto device = boron200();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        RawConsole console;
        QVERIFY(console.open(port->portPath()));
        QCOMPARE(console.exchange("C", "code: "), QByteArray("Enter 63-digit claim code: "));
        const QByteArray code(63, 'k');
        const QByteArray answer = console.exchange(code + "\r", "\r\n", 3000);
        QVERIFY2(answer.endsWith("Claim code set to: " + code + "\r\n"), answer.constData());
        const auto dct = device->memory(device->platform().dctAlt);
        QCOMPARE(device->peek(dct->alt, dct->layout.startAddress() + 1762, 63), code);
        QCOMPARE(console.exchange("C", "code: "), QByteArray("Enter 63-digit claim code: "));
        QVERIFY(console.exchange("short\r", "unchanged.\r\n").endsWith(
            "Sorry, claim code is not 63 characters long. Claim code unchanged.\r\n"));
    }

    // Row 17 (missing commands): 'd' prints the diagnostics JSON (0.8.0 on).
    void row17_diagnosticsCommandPrintsJson()
    {
        auto device = boron200();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        RawConsole console;
        QVERIFY(console.open(port->portPath()));
        const QByteArray d = console.exchange("d", "}\r\n");
        QVERIFY2(d.startsWith("{\"") && d.endsWith("}\r\n"), d.constData());
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(d.trimmed(), &error).isObject());
    }

    // Row 17 (missing commands): 'w' on a Wi-Fi device asks for the network, blocking the console.
    void row17_wifiCommandPromptsForCredentials()
    {
        auto device = makeDevice(12, kArgonId, SemVer(2, 0, 0), {QStringLiteral("argon-system-part1@2.0.0.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        RawConsole console;
        QVERIFY(console.open(port->portPath()));
        QVERIFY(console.exchange("w", "SSID: ").endsWith("SSID: "));
        // While it waits for the SSID, 'i' is part of the line, not a command.
        QVERIFY(console.exchange("i", "i", 1000) == "i");
        QVERIFY(console.exchange("\r", "WPA2: ").endsWith("Security 0=unsecured, 1=WEP, 2=WPA, 3=WPA2: "));
        QVERIFY(console.exchange("3\r", "AES+TKIP: ").endsWith("Security Cipher 1=AES, 2=TKIP, 3=AES+TKIP: "));
        QVERIFY(console.exchange("1\r", "Password: ").endsWith("Password: "));
        QVERIFY(console.exchange("secret\r", "<3 you!\r\n", 3000).contains("Thanks! Wait while I save those credentials..."));
    }

    // Row 17 (missing commands): 'L' restarts the device (safe mode) into listening mode.
    void row17_listenCommandRestartsIntoListeningMode()
    {
        auto device = boron200();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        const int generation = port->console()->ptyGeneration();
        RawConsole console;
        QVERIFY(console.open(port->portPath()));
        console.exchange("L", "\x01never\x01", 300);
        QTRY_VERIFY(port->console()->ptyGeneration() > generation);
        QCOMPARE(device->mode(), DeviceMode::Listening);
    }

    // ---- `s` JSON ----------------------------------------------------------------------------

    // Row 18: modules in module_bounds[] order: bootloader, system part, user part, radio stack last.
    void row18_modulesAreListedInModuleBoundsOrder()
    {
        auto device = boron200();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        const auto parsed = ModuleInspectionJson::parse(moduleJson(port->portPath()).trimmed());
        QVERIFY(parsed.ok());
        QStringList order;
        for (const InstalledModule &m : parsed->modules)
            if (!m.isEmpty())
                order << QString(QLatin1Char(moduleFunctionJsonChar(*m.functionCode)));
        QCOMPARE(order.first(), QStringLiteral("b"));
        QCOMPARE(order.last(), QStringLiteral("a")); // the radio stack (SoftDevice)
    }

    // Row 18: f/n/v are read from the module's own prefix, not from the slot it sits in.
    void row18_functionAndIndexComeFromTheModule()
    {
        auto device = makeDevice(6, kPhotonId, SemVer(1, 5, 2), {QStringLiteral("photon-system-part1@1.5.2.bin")});
        QVERIFY(device);
        const ModuleSlot *slot = device->platform().slotFor(ModuleFunction::SystemPart, 2, 0, SemVer(1, 5, 2));
        QVERIFY(slot);
        ModuleSpec spec; // a system part 3 in the system-part2 slot
        spec.platformId = 6;
        spec.functionCode = quint8(ModuleFunction::SystemPart);
        spec.index = 3;
        spec.version = 1512;
        spec.startAddress = slot->bounds.start;
        spec.payload = QByteArray(4096, 'x');
        QVERIFY(device->load(0, slot->bounds.start, ModuleBuilder::build(spec)).ok());
        auto port = attachPty(device);
        QVERIFY(port);
        const QByteArray json = moduleJson(port->portPath());
        const auto parsed = ModuleInspectionJson::parse(json.trimmed());
        QVERIFY2(parsed.ok(), json.constData());
        QVERIFY2(parsed->find(ModuleFunction::SystemPart, 3) != nullptr, json.constData());
    }

    // Row 18: Gen 3 from 3.2.0 leaves out a user part that fails its integrity check.
    void row18_gen3From320OmitsAnInvalidUserPart()
    {
        auto device = makeDevice(13, kBoronId, SemVer(3, 2, 0), {QStringLiteral("tinker-0.8.0-rc.27-boron.bin")});
        QVERIFY(device);
        const auto user = device->module(ModuleFunction::UserPart, 1);
        QVERIFY(user && user->present);
        QVERIFY(device->load(0, user->slotStart + 0x400, "broken").ok());
        QVERIFY(!(device->module(ModuleFunction::UserPart, 1)->validityResult & ValidityIntegrity));
        auto port = attachPty(device);
        QVERIFY(port);
        const auto parsed = ModuleInspectionJson::parse(moduleJson(port->portPath()).trimmed());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->find(ModuleFunction::UserPart, 1), nullptr);
    }

    // Row 18: up to 1.4.x empty slots are listed, without f/n/v.
    void row18_upTo14xEmptySlotsAreListed()
    {
        auto device = photon052();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        const QByteArray json = moduleJson(port->portPath());
        QVERIFY2(json.contains("\"vc\":0,\"vv\":0,\"d\":[]}"), json.constData()); // the empty user slot
        const auto parsed = ModuleInspectionJson::parse(json.trimmed());
        QVERIFY(parsed.ok());
        QVERIFY(std::any_of(parsed->modules.begin(), parsed->modules.end(), [](const InstalledModule &m) { return m.isEmpty(); }));
    }

    // Row 18: up to 0.6.x only the first dependency is printed.
    void row18_upTo06xOnlyTheFirstDependencyIsPrinted()
    {
        auto device = makeDevice(6, kPhotonId, SemVer(0, 6, 4), {});
        QVERIFY(device);
        const ModuleSlot *slot = device->platform().slotFor(ModuleFunction::SystemPart, 2, 0, SemVer(0, 6, 4));
        QVERIFY(slot);
        ModuleSpec spec;
        spec.platformId = 6;
        spec.functionCode = quint8(ModuleFunction::SystemPart);
        spec.index = 2;
        spec.version = 110;
        spec.startAddress = slot->bounds.start;
        spec.dependency = ModuleDependency{quint8(ModuleFunction::SystemPart), 1, 110};
        spec.dependency2 = ModuleDependency{quint8(ModuleFunction::Bootloader), 0, 11};
        spec.payload = QByteArray(4096, 'y');
        QVERIFY(device->load(0, slot->bounds.start, ModuleBuilder::build(spec)).ok());
        auto port = attachPty(device);
        QVERIFY(port);
        const QByteArray json = moduleJson(port->portPath());
        const auto parsed = ModuleInspectionJson::parse(json.trimmed());
        QVERIFY2(parsed.ok(), json.constData());
        const InstalledModule *part2 = parsed->find(ModuleFunction::SystemPart, 2);
        QVERIFY2(part2, json.constData());
        QCOMPARE(part2->dependencies.size(), 1);
        QCOMPARE(part2->dependencies.first().function(), ModuleFunction::SystemPart);
    }

    // Row 18: 0.5.x ends every dependency object with "_":"", and the client still reads it.
    void row18_055AddsAnUnderscoreToDependencies()
    {
        auto device = photon052();
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        const QByteArray json = moduleJson(port->portPath());
        QVERIFY2(json.contains(",\"_\":\"\"}"), json.constData());
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        QSignalSpy ok(&client, &ListeningModeClient::inspectionReceived);
        client.inspectModules(3000);
        QTRY_COMPARE(ok.count(), 1);
        const auto inspection = ok.first().first().value<ModuleInspection>();
        const InstalledModule *part2 = inspection.find(ModuleFunction::SystemPart, 2);
        QVERIFY(part2 && !part2->dependencies.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsoleBehaviour)
#include "tst_consolebehaviour.moc"
