// libFuzzer target: zips from outside, as a downloaded restore zip and as a restore kit. Any input
// must be refused with an Error (code and message) or read within the limits, never crash, hang,
// inflate more than an entry claims, or read out of bounds. A zip that opens is verified as the
// Boron 2.2.0 restore zip of a small catalog (every entry parsed and checked as a download is), and
// a manifest.json in it is read as a kit manifest.
#include "catalog/releasecatalog.h"
#include "catalog/releaseverifier.h"
#include "catalog/restorekit.h"
#include "catalog/safezip.h"
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

const dr::ReleaseCatalog &catalog()
{
    static const dr::ReleaseCatalog c = *dr::ReleaseCatalog::fromJson(
        R"({"versionNames":["2.2.0"],"versions":{"2.2.0":["boron"]},"versionsZip":{"2.2.0":["boron"]},
            "platforms":[{"name":"boron","title":"Boron","id":13,"gen":3,"mcu":"nRF52840"}]})",
        R"([{"version":"2.2.0","release_state":"ga"}])", R"({"versions":[{"boot":1006,"sys":2202,"semVer":"2.2.0"}]})");
    return c;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    require(dr::PlatformDatabase::loadBuiltin().ok());
    require(dr::DeviceOsVersionTable::loadBuiltin().ok());
    require(catalog().versions().size() == 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    auto zip = dr::SafeZip::fromBytes(input, QStringLiteral("fuzz.zip"), dr::ReleaseVerifier::restoreZipLimits());
    if (!zip.ok()) {
        require(!zip.error().code.isEmpty() && !zip.error().message.isEmpty());
        return 0;
    }
    for (const dr::ZipEntryInfo &e : zip->entries()) {
        auto bytes = zip->read(e.name);
        require(!bytes.ok() || bytes->size() == e.size);
        if (bytes.ok() && e.name == QLatin1String("manifest.json"))
            (void)dr::KitManifest::fromJson(*bytes, QStringLiteral("fuzz.zip"));
    }
    const auto release = catalog().release(13, dr::SemVer(2, 2, 0));
    require(release.ok());
    // The sidecar is taken from the zip when it holds one (so the fuzzer can make both agree).
    QByteArray sidecar = "{}";
    if (auto s = zip->read(QStringLiteral("boron.json")); s.ok())
        sidecar = *s;
    auto verified = dr::ReleaseVerifier(&catalog()).verify(
        *release, {dr::FetchedFile{QStringLiteral("boron.zip"), input, {}, {}}, dr::FetchedFile{QStringLiteral("boron.json"), sidecar, {}, {}}});
    require(verified.ok() || (!verified.error().code.isEmpty() && !verified.error().message.isEmpty()));
    return 0;
}
