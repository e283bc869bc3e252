// Writes the seed zips for fuzz_zip_import from the real corpus: the Boron 2.2.0 restore zip as the
// docs site lays it out (its sidecar inside too, so the fuzzer starts from a zip that verifies) and
// a small restore kit. Usage: make_zip_seeds OUT_DIR CORPUS_DIR
#include "catalog/restorekit.h"
#include "catalog/safezip.h"
#include "catalog/sidecar.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace dr;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3 || !PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok())
        return 2;
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QDir corpus(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.absolutePath());
    QList<std::pair<QString, QByteArray>> entries;
    QList<SidecarPart> parts;
    for (const char *part : {"bootloader", "softdevice", "system-part1"}) {
        QFile f(corpus.filePath(QStringLiteral("boron-%1@2.2.0.bin").arg(QLatin1String(part))));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "make_zip_seeds: %s is missing\n", qPrintable(f.fileName()));
            return 1;
        }
        const QByteArray bytes = f.readAll();
        entries << std::pair{QString::fromLatin1(part) + QStringLiteral(".bin"), bytes};
        parts << Sidecar::describe(QString::fromLatin1(part), ModuleParser::parse(bytes, f.fileName())->first());
    }
    entries << std::pair{QStringLiteral("boron.json"), Sidecar::fromParts(parts).toJson()};
    if (!SafeZip::write(out.filePath(QStringLiteral("boron-2.2.0.zip")), entries).ok())
        return 1;
    KitManifest m;
    m.createdAt = QDateTime::currentDateTimeUtc();
    KitRelease k{QStringLiteral("2.2.0"), QStringLiteral("boron"), 13, {}};
    QList<std::pair<QString, QByteArray>> kit;
    for (const auto &[name, bytes] : entries) {
        const QString at = QStringLiteral("releases/2.2.0/boron/") + name;
        k.files << KitFile{at, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), bytes.size(), {}, {}};
        kit << std::pair{at, bytes};
    }
    m.releases << k;
    kit.prepend(std::pair{QStringLiteral("manifest.json"), m.toJson()});
    return SafeZip::write(out.filePath(QStringLiteral("kit.zip")), kit).ok() ? 0 : 1;
}
