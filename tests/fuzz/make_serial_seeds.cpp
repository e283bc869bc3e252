// Writes the seeds of the serial fuzz targets from the simulator, the reference the tests trust:
//  - CONSOLE_DIR (fuzz_console_replies): what the virtual console prints for i, v, s, m, c and x in
//    the format of each row of the console behaviour table (each Device OS era, 0.5.x to 6.x), for a
//    Gen 2 Wi-Fi Photon and a Gen 3 cellular Boron loaded with real modules from the corpus, the `i`
//    key/value form with and without serial number and secret, and replies behind log lines;
//  - YMODEM_DIR (fuzz_ymodem_receiver): whole YModem sessions as a host sends them, of a valid
//    synthetic user part (accepted), a damaged one (refused at validation), a header larger than the
//    file, an abort, a sender cancel and silences, for the receiver of each era.
// Each seed starts with the two bytes the target reads first (which command or era, chunk size).
// Usage: make_serial_seeds CONSOLE_DIR YMODEM_DIR REAL_BINARIES_DIR
#include "firmware/modulebuilder.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "serial/ymodem.h"
#include "simulator/consolebehaviour.h"
#include "simulator/consolereplies.h"
#include "simulator/virtualdevice.h"
#include "version/deviceosversions.h"

#include "fuzzserialeras.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace dr;
using namespace dr::sim;

namespace {

QTextStream err(stderr);

bool write(const QDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size())
        return true;
    err << "cannot write " << f.fileName() << '\n';
    return false;
}

QByteArray seed(quint8 first, quint8 chunk, const QByteArray &body)
{
    return QByteArray(1, char(first)) + QByteArray(1, char(chunk)) + body;
}

std::shared_ptr<VirtualDevice> loadedDevice(int platformId, const QString &deviceId, const QDir &corpus,
                                            const QStringList &files)
{
    VirtualDeviceConfig config;
    config.platformId = platformId;
    config.deviceId = deviceId;
    config.mode = DeviceMode::Listening;
    auto device = VirtualDevice::create(config);
    if (!device) {
        err << "virtual device: " << device.error().text() << '\n';
        return nullptr;
    }
    for (const QString &name : files) {
        QFile f(corpus.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            err << "missing corpus file " << f.fileName() << " (installer/fetch-real-binaries.sh)\n";
            return nullptr;
        }
        const auto modules = ModuleParser::parse(f.readAll(), name);
        if (!modules || modules->isEmpty() || !(*device)->loadModule(modules->front())) {
            err << "cannot load " << name << '\n';
            return nullptr;
        }
    }
    return *device;
}

bool consoleSeeds(const QDir &out, const QDir &corpus)
{
    using namespace fuzzserial;
    const auto photon = loadedDevice(6, QStringLiteral("3a001c000e47343432313031"), corpus,
                                     {QStringLiteral("photon-bootloader@2.2.0+lto.bin"),
                                      QStringLiteral("photon-system-part1@2.2.0.bin"),
                                      QStringLiteral("photon-system-part2@2.2.0.bin"), QStringLiteral("photon_tinker.bin")});
    const auto boron = loadedDevice(13, QStringLiteral("e00fce68aabbccddeeff0011"), corpus,
                                    {QStringLiteral("boron-bootloader@2.2.0.bin"),
                                     QStringLiteral("boron-softdevice@2.2.0.bin"),
                                     QStringLiteral("boron-system-part1@2.2.0.bin"),
                                     QStringLiteral("tinker-0.8.0-rc.27-boron.bin")});
    if (!photon || !boron)
        return false;
    bool ok = true;
    const QByteArray log("0000012345 [system] INFO: Entering listening mode\r\n");
    const ConsoleIdentity none;
    const ConsoleIdentity full{QStringLiteral("B40KAB123456789"), QStringLiteral("ABCDEFGHIJKLMNOPQRST")};
    ok &= write(out, QStringLiteral("i-photon"), seed(commandSelector(ConsoleCommand::DeviceId), 64,
                                                      consolereplies::deviceId(*photon, none)));
    ok &= write(out, QStringLiteral("i-photon-keys"), seed(commandSelector(ConsoleCommand::DeviceId), 7,
                                                           consolereplies::deviceId(*photon, full)));
    ok &= write(out, QStringLiteral("i-boron"), seed(commandSelector(ConsoleCommand::DeviceId), 64,
                                                     consolereplies::deviceId(*boron, none)));
    ok &= write(out, QStringLiteral("i-boron-keys-log"), seed(commandSelector(ConsoleCommand::DeviceId), 3,
                                                              log + consolereplies::deviceId(*boron, full)));
    ok &= write(out, QStringLiteral("m-photon"), seed(commandSelector(ConsoleCommand::MacAddress), 64,
                                                      consolereplies::macAddress(*photon)));
    ok &= write(out, QStringLiteral("m-boron-log"), seed(commandSelector(ConsoleCommand::MacAddress), 5,
                                                         log + consolereplies::macAddress(*boron)));
    ok &= write(out, QStringLiteral("c-photon"), seed(commandSelector(ConsoleCommand::Claimed), 64,
                                                      consolereplies::claimed(*photon)));
    ok &= write(out, QStringLiteral("c-yes"), seed(commandSelector(ConsoleCommand::Claimed), 2, "Device claimed: yes\r\n"));
    ok &= write(out, QStringLiteral("x-log"), seed(commandSelector(ConsoleCommand::ExitListening), 64, log));
    // `v` and `s` in the form of every era (the `s` JSON of the loaded modules, as that era prints it).
    for (const SemVer &era : eras()) {
        const QString v = era.toString();
        const ConsoleBehaviour &b = consoleBehaviourFor(era);
        ok &= write(out, QStringLiteral("v-%1").arg(v), seed(commandSelector(ConsoleCommand::SystemVersion), 64,
                                                             "system firmware version: " + v.toLatin1() + "\n\r\n"));
        ok &= write(out, QStringLiteral("s-photon-%1").arg(v),
                    seed(commandSelector(ConsoleCommand::ModuleInfo), 64, consolereplies::moduleJson(*photon, b)));
        ok &= write(out, QStringLiteral("s-boron-%1").arg(v),
                    seed(commandSelector(ConsoleCommand::ModuleInfo), 13, log + consolereplies::moduleJson(*boron, b)));
    }
    ok &= write(out, QStringLiteral("v-minimal"), seed(commandSelector(ConsoleCommand::SystemVersion), 4,
                                                       log + "system firmware version: 0.4.9 minimal\n\r\n"));
    return ok;
}

// A session as YmodemSender sends it: header, 1 KiB blocks, EOT, the empty header.
QByteArray session(const QByteArray &file, qint64 announced)
{
    QByteArray s = ymodem::headerBlock("seed.bin", announced);
    for (int i = 1; i <= ymodem::dataBlockCount(file.size()); ++i)
        s += ymodem::dataBlock(i, file);
    s += ymodem::EOT;
    s += ymodem::endOfSessionBlock();
    return s;
}

bool ymodemSeeds(const QDir &out)
{
    using namespace fuzzserial;
    const QByteArray good = ModuleBuilder::build(receiverUserPart(QByteArray(1500, 'u')));
    QByteArray damaged = good;
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x5A);
    bool ok = true;
    for (int era = 0; era < int(eras().size()); ++era) {
        const quint8 e = quint8(era);
        const QString v = eras()[era].toString();
        ok &= write(out, QStringLiteral("ok-%1").arg(v), seed(e, 64, session(good, good.size())));
        ok &= write(out, QStringLiteral("damaged-%1").arg(v), seed(e, 200, session(damaged, damaged.size())));
    }
    const quint8 now = quint8(eras().size() - 3); // a 2.x receiver
    ok &= write(out, QStringLiteral("announced-larger"), seed(now, 64, session(good, good.size() + 3000)));
    ok &= write(out, QStringLiteral("announced-smaller"), seed(now, 64, session(good, 900)));
    QByteArray aborted = session(good, good.size()).left(1500);
    aborted += ymodem::ABORT1;
    ok &= write(out, QStringLiteral("abort"), seed(now, 128, aborted));
    QByteArray cancelled = session(good, good.size()).left(1100);
    cancelled += QByteArray(2, ymodem::CA);
    ok &= write(out, QStringLiteral("sender-cancel"), seed(now, 128, cancelled));
    // A block cut short by silence (0xFE at the start of a piece is a timeout), then resent.
    const QByteArray header = ymodem::headerBlock("seed.bin", good.size());
    QByteArray stalled = header.left(40) + QByteArray(1, char(kTimeoutMark)) + header;
    stalled += session(good, good.size()).mid(header.size());
    ok &= write(out, QStringLiteral("timeout-resend"), seed(now, 40, stalled));
    ok &= write(out, QStringLiteral("blocked"), seed(quint8(now | kBlockedFlag), 64, session(good, good.size())));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        err << "usage: make_serial_seeds CONSOLE_DIR YMODEM_DIR REAL_BINARIES_DIR\n";
        return 2;
    }
    if (!PlatformDatabase::loadBuiltin() || !DeviceOsVersionTable::loadBuiltin()) {
        err << "cannot load the built-in platform and version tables\n";
        return 1;
    }
    QDir console(QString::fromLocal8Bit(argv[1]));
    QDir ymodemDir(QString::fromLocal8Bit(argv[2]));
    const QDir corpus(QString::fromLocal8Bit(argv[3]));
    if (!console.mkpath(QStringLiteral(".")) || !ymodemDir.mkpath(QStringLiteral("."))) {
        err << "cannot create the seed folders\n";
        return 1;
    }
    return consoleSeeds(console, corpus) && ymodemSeeds(ymodemDir) ? 0 : 1;
}
