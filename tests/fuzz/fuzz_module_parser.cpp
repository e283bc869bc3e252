// libFuzzer target for the module parser and checks (built with DR_BUILD_FUZZERS=ON, clang, ASan+UBSan).
// Any input must give a value back: modules or an Error, never a crash, a hang or an out-of-bounds read.
#include "firmware/modulechecks.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

bool g_haveData = false;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The checks need the platform database and version table; without them only the parser runs.
    g_haveData = dr::PlatformDatabase::loadBuiltin().ok() && dr::DeviceOsVersionTable::loadBuiltin().ok();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.bin");

    const auto parsed = dr::ModuleParser::parse(bytes, name);
    if (parsed.ok()) {
        for (const dr::FirmwareModule &m : *parsed) {
            if (m.length() > bytes.size() || m.fileOffset + m.length() > bytes.size())
                std::abort(); // a module can never be longer than its file
            (void)m.flashImage();
            (void)m.storedPayload();
            (void)m.decompressedPayload(1024 * 1024);
            if (g_haveData)
                (void)dr::ModuleChecks::builtin().check(m);
        }
    } else if (parsed.error().code.isEmpty() || parsed.error().message.isEmpty()) {
        std::abort(); // every error says what is wrong
    }

    // The flash variant: pretend the input is flash at 0 and look for a module at a derived address.
    quint32 address = 0;
    if (size >= 2)
        address = quint32(data[0] | (data[1] << 8)) % quint32(size);
    (void)dr::ModuleParser::parseInFlash(bytes, 0, address, QStringLiteral("flash"));
    return 0;
}
