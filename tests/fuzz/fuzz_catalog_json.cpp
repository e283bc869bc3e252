// libFuzzer target: the JSON Device Restore reads from Particle: the catalog files
// (deviceRestore.json, deviceOsVersions.json, versionInfo.json) and the module-info sidecars beside
// the restore zips (restore kit manifests have their own target, fuzz_kit_manifest). The first byte
// chooses which; the rest is the document (the other catalog files are minimal valid ones). Any
// input must give a model or an Error with a code and a message, never crash, hang or read out of
// bounds; what parsed must answer every query, and sidecars must write back to JSON that reads the
// same again.
#include "catalog/releasecatalog.h"
#include "catalog/sidecar.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

const QByteArray kRestore = R"({"versionNames":["2.2.0"],"versions":{"2.2.0":["boron"]},
  "versionsZip":{"2.2.0":["boron"]},"platforms":[{"name":"boron","title":"Boron","id":13,"gen":3,"mcu":"nRF52840"}]})";
const QByteArray kStates = R"([{"version":"2.2.0","release_state":"ga","default_platforms":[13]}])";
const QByteArray kInfo = R"({"versions":[{"boot":1006,"sys":2202,"semVer":"2.2.0"}]})";

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void exercise(const dr::ReleaseCatalog &c)
{
    for (const dr::CatalogPlatform &p : c.platforms().mid(0, 16)) {
        (void)c.versionsFor(p.id, true);
        (void)c.particleDefault(p.id);
        (void)c.latest(p.id);
        (void)c.latestLts(p.id);
        // A bounded number of versions per platform: the queries, not the input's size, are fuzzed.
        for (const dr::CatalogVersion &v : c.versions().mid(0, 16)) {
            (void)c.release(p.id, v.version);
            if (p.platform)
                (void)c.releasesForPlan(*p.platform, dr::SemVer(0, 5, 2), v.version, dr::PlanOptions{});
        }
    }
    (void)c.zipCount();
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
    if (size < 1)
        return 0;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
    case 1:
    case 2: {
        const int which = data[0] % 4;
        auto c = dr::ReleaseCatalog::fromJson(which == 0 ? input : kRestore, which == 1 ? input : kStates,
                                              which == 2 ? input : kInfo);
        if (c.ok())
            exercise(*c);
        else
            require(!c.error().code.isEmpty() && !c.error().message.isEmpty());
        break;
    }
    default: {
        auto s = dr::Sidecar::fromJson(input, QStringLiteral("fuzz.json"));
        if (s.ok()) {
            const QByteArray written = s->toJson();
            auto again = dr::Sidecar::fromJson(written, QStringLiteral("again.json"));
            require(again.ok() && again->toJson() == written);
        } else {
            require(!s.error().code.isEmpty() && !s.error().message.isEmpty());
        }
        break;
    }
    }
    return 0;
}
