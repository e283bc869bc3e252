// The real QSerialPort client against the virtual device on a pty: console commands, inspection,
// YModem transfers of real Device OS binaries (applied on the device's reset), the magic baud
// rates, and every serial fault the model can inject ending in a clear error with nothing applied.
#include "common/blockingcall.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "serial/listeningmodeclient.h"
#include "serial/listeningmodesession.h"
#include "serial/moduleinspectionjson.h"
#include "serial/moduleinspectionprinter.h"
#include "serial/serialmodeswitch.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dr;
using namespace dr::sim;

namespace {

const QString kBoronId = QStringLiteral("e00fce68aabbccddeeff0011");
const QString kPhotonId = QStringLiteral("3a001c000e47343432313031");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Fast protocol timings for the fault tests, in the receiver's proportions (sender > device).
YmodemOptions fastOptions()
{
    YmodemOptions o;
    o.promptTimeoutMs = 2000;
    o.headerAckTimeoutMs = 3000;
    o.blockAckTimeoutMs = 1500;
    o.validationTimeoutMs = 5000;
    o.reasonGraceMs = 500;
    o.successGraceMs = 1000;
    o.maxRetries = 4;
    return o;
}

struct Transfer
{
    bool ok = false;
    Error error;
    YmodemOutcome outcome;
    qint64 lastProgress = 0;
};

} // namespace

class TestSerialPty : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_links = 0;

    QString linkPath() { return m_dir.filePath(QStringLiteral("ttyParticle%1").arg(++m_links)); }

    std::shared_ptr<VirtualDevice> makeDevice(int platformId, const QString &id, const SemVer &deviceOs,
                                              const QStringList &files)
    {
        VirtualDeviceConfig config;
        config.platformId = platformId;
        config.deviceId = id;
        config.mode = DeviceMode::Listening;
        config.deviceOs = deviceOs;
        auto device = VirtualDevice::create(config);
        if (!device) {
            qWarning() << device.error().text();
            return {};
        }
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

    std::unique_ptr<VirtualSerialPort> attachPty(const std::shared_ptr<VirtualDevice> &device, int ymodemTimeoutMs = 5000)
    {
        VirtualSerialConsole::Options options;
        options.linkPath = linkPath();
        options.restartDelayMs = 100;
        options.ymodemTimeoutMs = ymodemTimeoutMs;
        auto port = VirtualSerialPort::start(device, options);
        if (!port) {
            qWarning() << port.error().text() << port.error().detail;
            return {};
        }
        return std::move(port).value();
    }

    static Result<ConsoleReply> command(ListeningModeClient &client, ConsoleCommand c, int timeoutMs = 2000)
    {
        QSignalSpy replies(&client, &ListeningModeClient::replyReceived);
        QSignalSpy failures(&client, &ListeningModeClient::commandFailed);
        client.sendCommand(c, timeoutMs);
        if (!QTest::qWaitFor([&] { return replies.count() + failures.count() > 0; }, timeoutMs + 3000))
            return makeError(QStringLiteral("test.hang"), QStringLiteral("no signal"));
        if (failures.count())
            return failures.first().at(1).value<Error>();
        return replies.first().first().value<ConsoleReply>();
    }

    static Result<ModuleInspection> inspect(ListeningModeClient &client)
    {
        QSignalSpy ok(&client, &ListeningModeClient::inspectionReceived);
        QSignalSpy failures(&client, &ListeningModeClient::commandFailed);
        client.inspectModules(3000);
        if (!QTest::qWaitFor([&] { return ok.count() + failures.count() > 0; }, 8000))
            return makeError(QStringLiteral("test.hang"), QStringLiteral("no signal"));
        if (failures.count())
            return failures.first().at(1).value<Error>();
        return ok.first().first().value<ModuleInspection>();
    }

    static Transfer sendFile(ListeningModeClient &client, const QByteArray &name, const QByteArray &data,
                             const YmodemOptions &options, int waitMs = 120000,
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
            t.lastProgress = acked;
            if (onProgress)
                onProgress(acked);
        });
        client.sendFile(name, data, options);
        if (!QTest::qWaitFor([&] { return done; }, waitMs))
            t.error = makeError(QStringLiteral("test.hang"), QStringLiteral("the transfer never ended"));
        return t;
    }

    // After a reset the device comes back in normal mode with a new pty behind the same link:
    // reopen, and put it in listening mode with the 28800 baud trick.
    bool reenterListening(ListeningModeClient &client, VirtualSerialPort &port, const std::shared_ptr<VirtualDevice> &device,
                          int generationBefore)
    {
        client.close();
        if (!QTest::qWaitFor([&] { return port.console()->ptyGeneration() > generationBefore && port.console()->portPresent(); }, 10000))
            return false;
        if (!SerialModeSwitch::requestListening(port.portPath()))
            return false;
        if (!QTest::qWaitFor([&] { return device->mode() == DeviceMode::Listening; }, 5000))
            return false;
        return client.openPort(port.portPath()).ok();
    }

    static QString describe(const Transfer &t)
    {
        return t.ok ? QStringLiteral("ok") : t.error.code + QLatin1String(": ") + t.error.text() + QLatin1String(" | ") + t.error.detail;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto p = PlatformDatabase::loadBuiltin();
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().text()));
        const auto v = DeviceOsVersionTable::loadBuiltin();
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().text()));
    }

    void consoleCommandsOverThePty()
    {
        auto device = makeDevice(13, kBoronId, SemVer(2, 0, 0),
                                 {QStringLiteral("boron-bootloader@2.0.0.bin"), QStringLiteral("boron-softdevice@2.0.0.bin"),
                                  QStringLiteral("boron-system-part1@2.0.0.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        const auto opened = client.openPort(port->portPath());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text() + opened.error().detail));

        const auto i = command(client, ConsoleCommand::DeviceId);
        QVERIFY2(i.ok(), qPrintable(i.ok() ? QString() : i.error().text()));
        QCOMPARE(i->deviceId, kBoronId);
        QVERIFY(i->property(QStringLiteral("imei")).has_value()); // cellular: key/value form

        const auto v = command(client, ConsoleCommand::SystemVersion);
        QVERIFY(v.ok());
        QCOMPARE(v->systemVersion, QStringLiteral("2.0.0"));

        const auto m = command(client, ConsoleCommand::MacAddress);
        QVERIFY(m.ok());
        QCOMPARE(m->macAddress.size(), 17);

        const auto c = command(client, ConsoleCommand::Claimed);
        QVERIFY(c.ok());
        QCOMPARE(c->claimed, std::optional<bool>(false));

        const auto s = inspect(client);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().text()));
        QCOMPARE(s->platformId, 13);
        const InstalledModule *system = s->find(ModuleFunction::SystemPart, 1);
        QVERIFY(system);
        QCOMPARE(system->version, 2008);
        QVERIFY(system->allChecksPass());

        const auto x = command(client, ConsoleCommand::ExitListening);
        QVERIFY(x.ok());
        QTRY_COMPARE(device->mode(), DeviceMode::Normal);
        // Out of listening mode the console is silent: a clear timeout, no hang.
        const auto after = command(client, ConsoleCommand::SystemVersion, 500);
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code, QString::fromLatin1(serialerror::NoReply));
    }

    // The client can live on a worker thread: the caller's thread never waits for the port.
    void clientOnAWorkerThread()
    {
        auto device = makeDevice(6, kPhotonId, SemVer(1, 5, 2), {QStringLiteral("photon-bootloader@1.5.2+lto.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        QThread worker;
        worker.start();
        auto *client = new ListeningModeClient;
        client->moveToThread(&worker);
        Result<void> opened = makeError(QStringLiteral("x"), QStringLiteral("not run"));
        const QString path = port->portPath();
        blockingCall(client, [&] { opened = client->openPort(path); });
        QVERIFY(opened.ok());
        QSignalSpy replies(client, &ListeningModeClient::replyReceived);
        QMetaObject::invokeMethod(client, [client] { client->sendCommand(ConsoleCommand::DeviceId); });
        QTRY_COMPARE_WITH_TIMEOUT(replies.count(), 1, 5000);
        const auto reply = replies.first().first().value<ConsoleReply>();
        QCOMPARE(reply.deviceId, kPhotonId); // Photon: "Your device id is ..." form
        QVERIFY(reply.properties.isEmpty());
        blockingCall(client, [client] { delete client; });
        worker.quit();
        worker.wait();
    }

    // Gen 3: a bootloader and a SoftDevice, real files, over YModem; the device applies each on
    // its reset and its `s` JSON then shows them valid with the right versions.
    void flashesBoronBootloaderAndSoftDevice()
    {
        auto device = makeDevice(13, kBoronId, SemVer(2, 0, 0),
                                 {QStringLiteral("boron-bootloader@2.0.0.bin"), QStringLiteral("boron-softdevice@2.0.0.bin"),
                                  QStringLiteral("boron-system-part1@2.0.0.bin")});
        QVERIFY(device);
        // Damage the installed SoftDevice's info structure (magic at +0x2000 + 4): Device OS then
        // finds no radio stack, and the system part's dependency on it (and only that) fails.
        const auto radio = device->module(ModuleFunction::RadioStack, 0);
        QVERIFY(radio && radio->present);
        {
            const quint32 address = radio->slotStart + 0x2000 + 4;
            QByteArray b = device->peek(0, address, 1);
            b[0] = char(b[0] ^ 0xFF);
            QVERIFY(device->load(0, address, b).ok());
        }
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());

        auto before = inspect(client);
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().text()));
        before->resolveVersions(DeviceOsVersionTable::builtin());
        const QString beforeText = ModuleInspectionPrinter::text(*before, &PlatformDatabase::builtin());
        QVERIFY(!before->find(ModuleFunction::RadioStack, 0));
        const InstalledModule *systemBefore = before->find(ModuleFunction::SystemPart, 1);
        QVERIFY(systemBefore);
        QCOMPARE(systemBefore->check(InspectionCheck::Dependencies), CheckState::Fail);
        QCOMPARE(systemBefore->check(InspectionCheck::Integrity), CheckState::Pass);
        QCOMPARE(systemBefore->check(InspectionCheck::AddressRange), CheckState::Pass);
        QCOMPARE(systemBefore->check(InspectionCheck::Platform), CheckState::Pass);
        QCOMPARE(beforeText.count(QLatin1String("FAIL")), 1);
        QVERIFY2(beforeText.contains(QLatin1String("    Platform: PASS\n    Dependencies: FAIL\n      Bootloader module #0 - version 1003")),
                 qPrintable(beforeText));
        QCOMPARE(before->find(ModuleFunction::Bootloader, 0)->version, 1003);

        const struct { const char *file; ModuleFunction function; int version; } steps[] = {
            {"boron-bootloader@2.2.0.bin", ModuleFunction::Bootloader, 1006},
            {"boron-softdevice@2.2.0.bin", ModuleFunction::RadioStack, 202},
        };
        for (const auto &step : steps) {
            DR_CORPUS_FILE(path, QString::fromLatin1(step.file));
            const QByteArray data = readFile(path);
            const int generation = port->console()->ptyGeneration();
            QSignalSpy lost(&client, &ListeningModeClient::portLost);
            const Transfer t = sendFile(client, step.file, data, YmodemOptions{});
            QVERIFY2(t.ok, qPrintable(QLatin1String(step.file) + QLatin1String(": ") + describe(t)));
            QCOMPARE(t.outcome.bytesSent, qint64(data.size()));
            QCOMPARE(t.lastProgress, qint64(data.size()));
            QVERIFY(t.outcome.deviceMessage.contains(QLatin1String("Downloaded file successfully!")));
            QVERIFY(t.outcome.deviceMessage.contains(QString::number(data.size())));
            // "Restarting system to apply firmware update...": the port vanishes, the module is applied.
            QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 10000);
            QVERIFY(reenterListening(client, *port, device, generation));
            const auto after = inspect(client);
            QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().text()));
            const InstalledModule *m = after->find(step.function, 0);
            QVERIFY(m);
            QCOMPARE(m->version, step.version);
            QVERIFY2(m->allChecksPass(), qPrintable(ModuleInspectionPrinter::text(*after, &PlatformDatabase::builtin())));
        }

        auto finalState = inspect(client);
        QVERIFY(finalState.ok());
        finalState->resolveVersions(DeviceOsVersionTable::builtin());
        const QString text = ModuleInspectionPrinter::text(*finalState, &PlatformDatabase::builtin());
        QVERIFY2(!text.contains(QLatin1String("FAIL")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Bootloader module #0 - version 1006 (Device OS 2.2.0")), qPrintable(text));
        for (const InstalledModule &m : finalState->modules)
            QVERIFY(m.allChecksPass());
    }

    // Gen 2: a Photon bootloader (real file) over YModem.
    void flashesPhotonBootloader()
    {
        auto device = makeDevice(6, kPhotonId, SemVer(1, 5, 2),
                                 {QStringLiteral("photon-bootloader@1.5.2+lto.bin"), QStringLiteral("photon-system-part1@1.5.2.bin"),
                                  QStringLiteral("photon-system-part2@1.5.2.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        const auto before = inspect(client);
        QVERIFY(before.ok());
        QCOMPARE(before->find(ModuleFunction::Bootloader, 0)->version, 502);

        DR_CORPUS_FILE(path, QStringLiteral("photon-bootloader@2.2.0+lto.bin"));
        const QByteArray data = readFile(path);
        const int generation = port->console()->ptyGeneration();
        const Transfer t = sendFile(client, "photon-bootloader@2.2.0+lto.bin", data, YmodemOptions{});
        QVERIFY2(t.ok, qPrintable(describe(t)));
        QVERIFY(reenterListening(client, *port, device, generation));
        const auto after = inspect(client);
        QVERIFY(after.ok());
        const InstalledModule *bootloader = after->find(ModuleFunction::Bootloader, 0);
        QVERIFY(bootloader);
        QCOMPARE(bootloader->version, 1006);
        QVERIFY(bootloader->allChecksPass());
        QCOMPARE(after->find(ModuleFunction::SystemPart, 2)->version, 1512);
        QVERIFY(after->find(ModuleFunction::SystemPart, 2)->allChecksPass());
    }

    // The engine's way: a worker thread with a synchronous session; cancelled from outside.
    void sessionOnAWorkerThread()
    {
        auto device = makeDevice(6, kPhotonId, SemVer(1, 5, 2),
                                 {QStringLiteral("photon-bootloader@1.5.2+lto.bin"), QStringLiteral("photon-system-part1@1.5.2.bin"),
                                  QStringLiteral("photon-system-part2@1.5.2.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        DR_CORPUS_FILE(path, QStringLiteral("photon-bootloader@2.2.0+lto.bin"));
        const QByteArray data = readFile(path);
        const QString portPath = port->portPath();

        std::atomic_bool cancel{false};
        std::atomic<qint64> acked{0};
        Result<ModuleInspection> inspected = makeError(QStringLiteral("x"), QStringLiteral("not run"));
        Result<YmodemOutcome> cancelled = makeError(QStringLiteral("x"), QStringLiteral("not run"));
        Result<YmodemOutcome> sent = makeError(QStringLiteral("x"), QStringLiteral("not run"));
        std::unique_ptr<QThread> worker(QThread::create([&] {
            ListeningModeClient client;
            if (!client.openPort(portPath))
                return;
            ListeningModeSession session(client, &cancel);
            inspected = session.inspect();
            YmodemOptions options = fastOptions();
            // Cancelled once 4 KB are acknowledged: from the callback, so a fast pty cannot finish the
            // whole file before the flag is seen (the flag is the same atomic another thread would set).
            cancelled = session.sendFile("b.bin", data, options, [&](qint64 a, qint64) {
                acked = a;
                if (a >= 4096)
                    cancel = true;
            });
            cancel = false;
            QThread::msleep(1200); // the device's receiver gives up on the abandoned session
            sent = session.sendFile("b.bin", data, options, [&](qint64 a, qint64) { acked = a; });
        }));
        worker->start();
        QVERIFY(QTest::qWaitFor([&] { return worker->isFinished(); }, 60000));

        QVERIFY2(inspected.ok(), qPrintable(inspected.ok() ? QString() : inspected.error().text()));
        QCOMPARE(inspected->find(ModuleFunction::Bootloader, 0)->version, 502);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QString::fromLatin1(serialerror::Cancelled));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().text() + sent.error().detail));
        QCOMPARE(sent->bytesSent, qint64(data.size()));
        QTRY_VERIFY_WITH_TIMEOUT(device->module(ModuleFunction::Bootloader, 0)->version == 1006, 10000);
        QVERIFY(device->module(ModuleFunction::Bootloader, 0)->valid());
    }

    // The same console over the in-process line (no pty: the demo mode's way, on every system).
    void inProcessTransport()
    {
        auto device = makeDevice(6, kPhotonId, SemVer(1, 5, 2),
                                 {QStringLiteral("photon-bootloader@1.5.2+lto.bin"), QStringLiteral("photon-system-part1@1.5.2.bin"),
                                  QStringLiteral("photon-system-part2@1.5.2.bin")});
        QVERIFY(device);
        VirtualSerialConsole::Options options;
        options.transport = VirtualSerialConsole::Transport::InProcess;
        options.restartDelayMs = 100;
        auto port = VirtualSerialPort::start(device, options);
        QVERIFY(port.ok());
        std::unique_ptr<QIODevice> stream = (*port)->console()->openHostStream();
        QVERIFY(stream);
        ListeningModeClient client;
        client.attach(stream.get());
        const auto id = command(client, ConsoleCommand::DeviceId);
        QVERIFY(id.ok());
        QCOMPARE(id->deviceId, kPhotonId);

        DR_CORPUS_FILE(path, QStringLiteral("photon-bootloader@2.2.0+lto.bin"));
        const QByteArray data = readFile(path);
        const int generation = (*port)->console()->ptyGeneration();
        QSignalSpy lost(&client, &ListeningModeClient::portLost);
        const Transfer t = sendFile(client, "photon-bootloader@2.2.0+lto.bin", data, YmodemOptions{});
        QVERIFY2(t.ok, qPrintable(describe(t)));
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 10000); // the device resets: its line closes
        QTRY_VERIFY_WITH_TIMEOUT((*port)->console()->ptyGeneration() > generation, 10000);
        device->startListening();
        client.close();
        stream = (*port)->console()->openHostStream();
        QVERIFY(stream);
        client.attach(stream.get());
        const auto after = inspect(client);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().text()));
        QCOMPARE(after->find(ModuleFunction::Bootloader, 0)->version, 1006);
        QVERIFY(after->find(ModuleFunction::Bootloader, 0)->allChecksPass());
        client.close();
    }

    void deviceOs6RefusesYmodem()
    {
        auto device = makeDevice(13, kBoronId, SemVer(6, 1, 0), {QStringLiteral("boron-bootloader@2.2.0.bin")});
        QVERIFY(device);
        QCOMPARE(device->systemVersionString(), QStringLiteral("6.1.0"));
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        DR_CORPUS_FILE(path, QStringLiteral("boron-bootloader@2.2.0.bin"));
        const Transfer t = sendFile(client, "b.bin", readFile(path), fastOptions(), 20000);
        QVERIFY(!t.ok);
        QCOMPARE(t.error.code, QString::fromLatin1(serialerror::YmodemUnsupported));
        QVERIFY(!device->firmwareUpdatePending());
    }

    void dfuBaudRateResetsIntoDfu()
    {
        auto device = makeDevice(13, kBoronId, SemVer(2, 0, 0), {QStringLiteral("boron-system-part1@2.0.0.bin")});
        QVERIFY(device);
        device->stopListening();
        auto port = attachPty(device);
        QVERIFY(port);
        QVERIFY(port->console()->portPresent());
        QVERIFY(SerialModeSwitch::requestDfu(port->portPath()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(device->mode(), DeviceMode::Dfu, 5000);
        QTRY_VERIFY(!port->console()->portPresent()); // in DFU mode there is no serial port
    }

    void listeningBaudRateIsIgnoredByDeviceOs6()
    {
        auto device = makeDevice(13, kBoronId, SemVer(6, 1, 0), {});
        QVERIFY(device);
        device->stopListening();
        auto port = attachPty(device);
        QVERIFY(port);
        QVERIFY(SerialModeSwitch::requestListening(port->portPath()).ok());
        QTest::qWait(300);
        QCOMPARE(device->mode(), DeviceMode::Normal);
        QVERIFY(!SerialModeSwitch::listeningBaudRateSupported(SemVer(6, 0, 0)));
        QVERIFY(SerialModeSwitch::listeningBaudRateSupported(SemVer(5, 9, 0)));
    }

    // Every serial fault: a clear, typed error, no hang, and the installed modules untouched.
    void faultsEndClearly_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("code");
        QTest::newRow("silence") << "silence" << QString::fromLatin1(serialerror::YmodemNoPrompt);
        QTest::newRow("NAK storm") << "nak-storm" << QString::fromLatin1(serialerror::YmodemTooManyRetries);
        QTest::newRow("garbled output") << "garbled" << QString::fromLatin1(serialerror::YmodemNoPrompt);
        QTest::newRow("CA mid-transfer") << "cancel" << QString::fromLatin1(serialerror::YmodemCancelledByDevice);
        QTest::newRow("port vanishes mid-transfer") << "unplug" << QString::fromLatin1(serialerror::PortLost);
        QTest::newRow("user aborts mid-transfer") << "abort" << QString::fromLatin1(serialerror::Cancelled);
    }
    void faultsEndClearly()
    {
        QFETCH(QString, fault);
        QFETCH(QString, code);
        auto device = makeDevice(13, kBoronId, SemVer(2, 0, 0),
                                 {QStringLiteral("boron-bootloader@2.0.0.bin"), QStringLiteral("boron-softdevice@2.0.0.bin"),
                                  QStringLiteral("boron-system-part1@2.0.0.bin")});
        QVERIFY(device);
        const QList<VirtualModuleInfo> modulesBefore = device->modules();
        const QByteArray internalBefore = device->peek(0, 0, 1024 * 1024);
        auto port = attachPty(device, 700);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        DR_CORPUS_FILE(path, QStringLiteral("boron-bootloader@2.2.0.bin"));
        const QByteArray data = readFile(path);

        const quint64 written = device->bytesWritten();
        std::function<void(qint64)> onProgress;
        if (fault == QLatin1String("silence"))
            device->injectFault({FaultKind::Silence, 0, 1});
        else if (fault == QLatin1String("nak-storm"))
            device->injectFault({FaultKind::NakStorm, written + 10 * 1024, -1});
        else if (fault == QLatin1String("garbled"))
            device->injectFault({FaultKind::GarbledBytes, 0, -1});
        else if (fault == QLatin1String("cancel"))
            device->injectFault({FaultKind::CancelTransfer, written + 20 * 1024, 1});
        else if (fault == QLatin1String("unplug"))
            device->injectFault({FaultKind::Unplug, written + 20 * 1024, 1});
        else if (fault == QLatin1String("abort"))
            onProgress = [&client](qint64 acked) {
                if (acked >= 16 * 1024)
                    client.cancel();
            };

        QElapsedTimer clock;
        clock.start();
        const Transfer t = sendFile(client, "boron-bootloader@2.2.0.bin", data, fastOptions(), 30000, onProgress);
        QVERIFY2(!t.ok, "the transfer should have failed");
        QVERIFY2(t.error.code == code, qPrintable(describe(t)));
        QVERIFY(!t.error.message.isEmpty());
        QVERIFY(!t.error.remedy.isEmpty());
        QVERIFY2(clock.elapsed() < 25000, "took too long to give up");

        // Nothing applied: no pending update, and after a reset the same modules, same bytes.
        QVERIFY(!device->firmwareUpdatePending());
        if (fault == QLatin1String("unplug")) {
            QTRY_VERIFY(!port->console()->portPresent());
            device->replug(DeviceMode::Normal);
        } else {
            device->resetDevice(DeviceMode::Normal);
        }
        const QList<VirtualModuleInfo> modulesAfter = device->modules();
        QCOMPARE(modulesAfter.size(), modulesBefore.size());
        for (qsizetype i = 0; i < modulesAfter.size(); ++i) {
            QCOMPARE(modulesAfter[i].present, modulesBefore[i].present);
            QCOMPARE(modulesAfter[i].version, modulesBefore[i].version);
            QCOMPARE(modulesAfter[i].validityResult, modulesBefore[i].validityResult);
        }
        QVERIFY(device->peek(0, 0, 1024 * 1024) == internalBefore);
    }

    // One ACK garbled on the wire mid-transfer: the device asks again ('C'), the sender repeats the
    // block, the device NAKs the repeat (it has it), and the sender moves on. The file arrives whole.
    void garbledAckIsRecovered()
    {
        auto device = makeDevice(13, kBoronId, SemVer(2, 0, 0),
                                 {QStringLiteral("boron-bootloader@2.0.0.bin"), QStringLiteral("boron-softdevice@2.0.0.bin"),
                                  QStringLiteral("boron-system-part1@2.0.0.bin")});
        QVERIFY(device);
        auto port = attachPty(device, 700);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());
        DR_CORPUS_FILE(path, QStringLiteral("boron-bootloader@2.2.0.bin"));
        const QByteArray data = readFile(path);
        device->injectFault({FaultKind::GarbledBytes, device->bytesWritten() + 10 * 1024, 1});
        const Transfer t = sendFile(client, "boron-bootloader@2.2.0.bin", data, fastOptions(), 30000);
        QVERIFY2(t.ok, qPrintable(describe(t)));
        QVERIFY(t.outcome.retries >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(device->module(ModuleFunction::Bootloader, 0)->version == 1006, 10000);
        QVERIFY(device->module(ModuleFunction::Bootloader, 0)->valid());
    }

    void commandFaultsEndClearly()
    {
        auto device = makeDevice(6, kPhotonId, SemVer(1, 5, 2), {QStringLiteral("photon-bootloader@1.5.2+lto.bin")});
        QVERIFY(device);
        auto port = attachPty(device);
        QVERIFY(port);
        ListeningModeClient client;
        QVERIFY(client.openPort(port->portPath()).ok());

        device->injectFault({FaultKind::GarbledBytes, 0, 1});
        const auto garbled = command(client, ConsoleCommand::DeviceId, 800);
        QVERIFY(!garbled.ok());
        QCOMPARE(garbled.error().code, QString::fromLatin1(serialerror::NoMatchingReply));
        // the fault fired once: the next command works
        const auto fine = command(client, ConsoleCommand::DeviceId, 2000);
        QVERIFY(fine.ok());
        QCOMPARE(fine->deviceId, kPhotonId);

        device->injectFault({FaultKind::Silence, 0, 1});
        const auto silent = command(client, ConsoleCommand::SystemVersion, 800);
        QVERIFY(!silent.ok());
        QCOMPARE(silent.error().code, QString::fromLatin1(serialerror::NoReply));

        // the port vanishing during a command
        QSignalSpy lost(&client, &ListeningModeClient::portLost);
        QSignalSpy failures(&client, &ListeningModeClient::commandFailed);
        client.sendCommand(ConsoleCommand::SystemVersion, 5000);
        device->unplug();
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 3000);
        QCOMPARE(failures.first().at(1).value<Error>().code, QString::fromLatin1(serialerror::PortLost));
        QCOMPARE(lost.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSerialPty)
#include "tst_serialpty.moc"
