// libFuzzer target: the YModem receiver of the virtual device, the reference the serial tests trust,
// fed any byte stream a host could send. It runs as the console runs it (VirtualYmodemSession: the
// receiver writing into the model's OTA region through Spark_Prepare/Save/Finish) on a virtual
// Photon, with the receiver of the era the first byte picks. The second byte is the piece size; a
// piece starting with 0xFE is a NAK_TIMEOUT instead of bytes. Invariants checked after every input:
//  - every flash write the model logs (over every memory) lies inside the announced file; nothing
//    outside the sectors of that file changed, from 64 KiB before the OTA region to the end of its
//    memory, and past the file's end nothing was written (the padding of the last block is not
//    saved); the model programmed no more bytes than the host sent (its own count,
//    ModelTimeAccount) and erased nothing unless a header announced a file;
//  - a file is reported received (from 0.6.1, where it is validated first) only if the bytes in the
//    OTA region are a module whose CRC-32 the project's own parser finds valid, and then the update
//    is pending; a session that ends any other way leaves no update pending and none open;
//  - silence ends every session within MAX_ERRORS + 1 timeouts.
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "simulator/consolebehaviour.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualymodemreceiver.h"
#include "simulator/virtualymodemsession.h"
#include "version/deviceosversions.h"

#include "fuzzserialeras.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

using namespace dr;
using namespace dr::sim;

constexpr quint32 kGuard = 64 * 1024; // checked before the OTA region

std::shared_ptr<VirtualDevice> g_device;
const OtaRegion *g_ota = nullptr;
quint32 g_snapshotStart = 0; // from kGuard before the OTA region ...
QByteArray g_snapshot;       // ... to the end of its memory, as it was before any input

void require(bool ok)
{
    if (!ok)
        std::abort();
}

// The checked range equals the snapshot, except the sectors that cover the announced file
// (Spark_Prepare erases them whole); past the file's end those are erased and never written, or
// untouched when the header was refused. The covered sectors are then put back for the next input.
// Returns the size of those sectors.
quint32 checkAndRestore(qint64 fileSize)
{
    const quint32 start = g_ota->address;
    const quint32 fileEnd = start + quint32(qBound<qint64>(0, fileSize, g_ota->size));
    quint32 coverEnd = fileEnd;
    if (fileEnd > start) {
        const auto memory = g_device->memory(g_ota->alt);
        require(memory.has_value());
        const auto sectors = memory->layout.sectorsCovering(start, fileEnd - start);
        require(sectors.has_value() && !sectors->isEmpty());
        coverEnd = sectors->back().end();
    }
    const QByteArray now = g_device->peek(g_ota->alt, g_snapshotStart, quint32(g_snapshot.size()));
    require(now.size() == g_snapshot.size());
    const qsizetype a = qsizetype(start - g_snapshotStart);
    const qsizetype e = qsizetype(fileEnd - g_snapshotStart);
    const qsizetype b = qsizetype(coverEnd - g_snapshotStart);
    if (QByteArrayView(now).first(a) != QByteArrayView(g_snapshot).first(a)
        || QByteArrayView(now).sliced(b) != QByteArrayView(g_snapshot).sliced(b))
        std::abort(); // written outside the sectors of the announced file
    const QByteArrayView tail = QByteArrayView(now).sliced(e, b - e);
    if (tail != QByteArrayView(g_snapshot).sliced(e, b - e) && tail != QByteArray(b - e, char(0xFF)))
        std::abort(); // written past the end of the announced file
    if (b > a && QByteArrayView(now).sliced(a, b - a) != QByteArrayView(g_snapshot).sliced(a, b - a))
        require(g_device->load(g_ota->alt, start, g_snapshot.mid(a, b - a)).ok());
    return coverEnd - start;
}

bool otaHoldsValidModule(qint64 fileSize)
{
    const QByteArray image = g_device->peek(g_ota->alt, g_ota->address, quint32(fileSize));
    const auto modules = ModuleParser::parse(image, QStringLiteral("ota"));
    if (!modules || modules->isEmpty())
        return false;
    for (const FirmwareModule &m : *modules)
        if (!m.crcValid() || m.platformId != 6)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    require(PlatformDatabase::loadBuiltin().ok());
    require(DeviceOsVersionTable::loadBuiltin().ok());
    VirtualDeviceConfig config;
    config.platformId = 6;
    config.deviceId = QStringLiteral("3a001c000e47343432313031");
    config.mode = DeviceMode::Listening;
    config.realTiming = false;
    auto device = VirtualDevice::create(config);
    require(device.ok());
    g_device = *device;
    g_ota = g_device->platform().otaRegionFor(g_device->deviceOsLayoutVersion());
    require(g_ota != nullptr);
    // A pattern in every checked byte, so that a stray write shows. Only there: the module slots
    // stay erased, or the model would look for modules in the pattern at every rescan.
    const auto otaMemory = g_device->memory(g_ota->alt);
    require(otaMemory.has_value());
    const quint64 memoryEnd = otaMemory->layout.endAddress();
    g_snapshotStart = qMax(otaMemory->layout.startAddress(), g_ota->address - kGuard);
    QByteArray pattern(qsizetype(memoryEnd - g_snapshotStart), Qt::Uninitialized);
    for (qsizetype i = 0; i < pattern.size(); ++i)
        pattern[i] = char(0xA5 ^ (i * 31) ^ (i >> 9));
    require(g_device->load(g_ota->alt, g_snapshotStart, pattern).ok());
    g_snapshot = g_device->peek(g_ota->alt, g_snapshotStart, quint32(memoryEnd - g_snapshotStart));
    require(g_snapshot == pattern && quint64(g_ota->address) + g_ota->size <= memoryEnd);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Outcome = VirtualYmodemReceiver::Outcome;
    if (size < 2)
        return 0;
    const auto &eras = fuzzserial::eras();
    const SemVer era = eras[(data[0] & ~fuzzserial::kBlockedFlag) % eras.size()];
    const ConsoleBehaviour &behaviour = consoleBehaviourFor(era);
    const qsizetype chunk = data[1] % 200 + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    VirtualYmodemSession::Options options;
    options.timeoutMs = 0;               // a timeout fires when the input asks for one (processEvents)
    options.restartDelayMs = 24 * 3600 * 1000; // the device never restarts during an input
    options.updateBlocked = data[0] & fuzzserial::kBlockedFlag;
    int outcome = -1;
    qint64 fileSize = 0; // the largest file announced in the session
    qint64 lastFile = 0; // the last one (the one a success reports)
    const ModelTimeAccount before = g_device->timeAccount();
    bool leftOpen = false;
    {
        VirtualYmodemSession session(g_device, behaviour, options, [](const QByteArray &) {});
        QObject::connect(&session, &VirtualYmodemSession::ended, [&outcome](int o) { outcome = o; });
        auto timeout = [&] { QCoreApplication::processEvents(); };
        for (qsizetype i = 0; i < input.size() && !session.finished(); i += chunk) {
            const QByteArrayView piece = input.sliced(i, qMin<qsizetype>(chunk, input.size() - i));
            if (piece.front() == fuzzserial::kTimeoutMark)
                timeout();
            else
                session.feed(piece);
            // After EOT a new header starts another file in the same region: the window is the largest
            // file announced (a piece holds at most one header block).
            fileSize = qMax(fileSize, session.fileSize());
        }
        for (int t = 0; t <= VirtualYmodemReceiver::kMaxErrors && !session.finished(); ++t)
            timeout();
        if (!session.finished())
            std::abort(); // silence ends every session
        leftOpen = session.leftUpdateOpen();
        lastFile = session.fileSize();
        fileSize = qMax(fileSize, lastFile);
    }

    const bool pending = g_device->firmwareUpdatePending();
    if (outcome == int(Outcome::Received) && !behaviour.acksBeforeValidating) {
        if (!pending || !otaHoldsValidModule(lastFile))
            std::abort(); // reported received, but nothing valid is waiting to be applied
    } else if (outcome != int(Outcome::Received) && pending) {
        std::abort(); // a failed session left a file to apply
    }
    if (!leftOpen && outcome != int(Outcome::Received)) {
        const auto probe = g_device->finishFirmwareUpdate(true);
        if (probe.ok())
            std::abort(); // a failed session left its update open
    }
    const ModelTimeAccount after = g_device->timeAccount();
    // Every flash write the model made (its write log, over every memory) lies inside the file.
    for (const VirtualDevice::WriteRecord &w : g_device->writeLog())
        if (w.alt != g_ota->alt || w.address < g_ota->address
            || quint64(w.address) + w.length > quint64(g_ota->address) + quint64(qMax<qint64>(fileSize, 0)))
            std::abort(); // written outside the announced file
    g_device->clearWriteLog();
    if (pending) { // the device would restart and apply it; here it is dropped for the next input
        require(g_device->beginFirmwareUpdate(quint32(fileSize)).ok());
        g_device->cancelFirmwareUpdate();
        require(!g_device->firmwareUpdatePending());
    }
    const quint32 covered = checkAndRestore(fileSize);
    if (after.bytesProgrammed - before.bytesProgrammed > quint64(input.size())
        || (after.bytesErased > before.bytesErased && covered == 0))
        std::abort(); // more programmed than the host sent, or an erase without an accepted header
    g_device->cancelFirmwareUpdate();
    return 0;
}
