// Writes the fuzzer's seed corpus: small real modules from the corpus folder (tinker builds) and
// synthetic ones for what they lack (prefix at 0x184, extensions, compressed, combined, truncated).
// Usage: make_seed_corpus OUTPUT_DIR [REAL_BINARIES_DIR]
#include "firmware/modulebuilder.h"
#include "support/syntheticmodules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace dr;

namespace {

bool write(const QDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

ModuleSpec userPart()
{
    ModuleSpec s = test::photonUserPartSpec(QByteArray(700, 'p'));
    s.productId = 6;
    s.productVersion = 3;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QTextStream err(stderr);
    if (argc < 2) {
        err << "usage: make_seed_corpus OUTPUT_DIR [REAL_BINARIES_DIR]\n";
        return 2;
    }
    QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.mkpath(QStringLiteral("."))) {
        err << "cannot create " << out.path() << '\n';
        return 1;
    }

    QList<std::pair<QString, QByteArray>> seeds;
    ModuleSpec s = userPart();
    seeds.append({QStringLiteral("user.bin"), ModuleBuilder::build(s)});
    ModuleSpec sys = userPart();
    sys.startAddress = 0x08060000;
    sys.functionCode = quint8(ModuleFunction::SystemPart);
    sys.index = 2;
    sys.prefixOffset = 0x184;
    seeds.append({QStringLiteral("system-0x184.bin"), ModuleBuilder::build(sys)});
    ModuleSpec ext = userPart();
    ext.prefixExtensions = {ModuleBuilder::dependency(ModuleFunction::SystemPart, 1, 6200), ModuleBuilder::name("seed"),
                            ModuleBuilder::securityMode(1)};
    seeds.append({QStringLiteral("prefix-extensions.bin"), ModuleBuilder::build(ext)});
    ModuleSpec rtl = userPart();
    rtl.startAddress = 0x085FF000;
    rtl.platformId = 32;
    rtl.productId.reset();
    rtl.productVersion.reset();
    rtl.suffixExtensions = {ModuleBuilder::dynamicLocation(0x085FF000, 0x085FF088, 0x023F54E8),
                            ModuleBuilder::productData(32, 4)};
    seeds.append({QStringLiteral("rtl872x-suffix.bin"), ModuleBuilder::build(rtl)});
    ModuleSpec packed = userPart();
    packed.compress = true;
    seeds.append({QStringLiteral("compressed.bin"), ModuleBuilder::build(packed)});
    ModuleSpec drop = userPart();
    drop.startAddress = 0x1000;
    drop.platformId = 13;
    drop.functionCode = quint8(ModuleFunction::RadioStack);
    drop.index = 0;
    drop.flags = quint8(ModuleFlag::DropModuleInfo);
    drop.compress = true;
    seeds.append({QStringLiteral("compressed-drop.bin"), ModuleBuilder::build(drop)});
    seeds.append({QStringLiteral("combined.bin"), ModuleBuilder::buildCombined({s, sys, packed})});
    const QByteArray user = ModuleBuilder::build(s);
    seeds.append({QStringLiteral("truncated.bin"), user.left(user.size() / 2)});

    // Small real modules: every real file under 16 KB (Tinker builds for several platforms).
    if (argc > 2) {
        const QDir real(QString::fromLocal8Bit(argv[2]));
        const auto infos = real.entryInfoList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
        for (const QFileInfo &fi : infos) {
            if (fi.size() > 16 * 1024)
                continue;
            QFile f(fi.filePath());
            if (f.open(QIODevice::ReadOnly))
                seeds.append({QStringLiteral("real-") + fi.fileName(), f.readAll()});
        }
    }

    for (const auto &[name, data] : seeds) {
        if (!write(out, name, data)) {
            err << "cannot write " << out.filePath(name) << '\n';
            return 1;
        }
    }
    return 0;
}
