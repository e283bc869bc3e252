// libFuzzer target: the manifest of a restore kit (a zip from someone else's machine), the whole
// input. Properties checked: a refusal has a code and a message; what parses writes back to JSON
// that reads the same again; every path it names stays inside the kit (relative, no "..", no
// drive or backslash tricks), so an import can never write outside its folder; every hash is a
// SHA-256 and no size is negative.
#include "catalog/restorekit.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkFile(const dr::KitFile &f)
{
    const QString &p = f.path;
    require(!p.isEmpty() && !p.startsWith(QLatin1Char('/')) && !p.contains(QLatin1Char('\\'))
            && !p.contains(QLatin1Char(':')) && f.sha256.size() == 32 && f.size >= 0);
    for (const QString &part : p.split(QLatin1Char('/')))
        require(part != QLatin1String("..") && part != QLatin1String(".") && !part.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    require(dr::PlatformDatabase::loadBuiltin().ok());
    require(dr::DeviceOsVersionTable::loadBuiltin().ok());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto m = dr::KitManifest::fromJson(input, QStringLiteral("fuzz.zip"));
    if (!m.ok()) {
        require(!m.error().code.isEmpty() && !m.error().message.isEmpty());
        return 0;
    }
    for (const dr::KitFile &f : m->catalogFiles)
        checkFile(f);
    for (const dr::KitRelease &r : m->releases)
        for (const dr::KitFile &f : r.files)
            checkFile(f);
    const QByteArray written = m->toJson();
    auto again = dr::KitManifest::fromJson(written, QStringLiteral("again.zip"));
    require(again.ok() && again->toJson() == written);
    return 0;
}
