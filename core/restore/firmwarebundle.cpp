#include "restore/firmwarebundle.h"

#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <zip.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace dr {

namespace {

struct BundleText
{
    Q_DECLARE_TR_FUNCTIONS(dr::FirmwareBundle)
};

bool isBinName(const QString &name)
{
    return name.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive);
}

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipCloser>;

Result<ZipArchive> openZip(const QString &path)
{
    int err = 0;
    ZipArchive archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err));
    if (archive)
        return archive;
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    const QString why = QString::fromUtf8(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return makeError(QStringLiteral("bundle.bad-zip"), BundleText::tr("%1 is not a readable zip file.").arg(path),
                     BundleText::tr("Download the bundle again, or unpack it and choose the folder."), why);
}

// Reads `size` bytes from an open file or zip entry into `buffer`, reusing its memory: opening a
// bundle reads every file through one buffer, so reading hundreds of files does not fault in (and
// then give back) fresh pages for each. False when fewer bytes came (the file changed meanwhile).
template<typename ReadFn>
bool readInto(QByteArray &buffer, qint64 size, ReadFn read)
{
    buffer.resize(qsizetype(size));
    return read(buffer.data(), size) == size;
}

// Reads one zip entry of `size` bytes into `buffer` (reusing its memory); false when it cannot.
bool readZipEntry(zip_t *z, zip_uint64_t index, qint64 size, QByteArray &buffer)
{
    zip_file_t *f = zip_fopen_index(z, index, 0);
    if (!f)
        return false;
    const bool whole = readInto(buffer, size, [f](char *to, qint64 n) { return qint64(zip_fread(f, to, zip_uint64_t(n))); });
    zip_fclose(f);
    return whole;
}

// Reads the entries of a zip into the bundle through one reused buffer.
Result<void> readZip(const QString &path, FirmwareBundle &bundle,
                     const std::function<void(const QString &, const QString &, const QString &, const QByteArray &)> &add)
{
    auto archive = openZip(path);
    if (!archive.ok())
        return archive.error();
    zip_t *z = archive->get();
    QByteArray buffer;
    const zip_int64_t count = zip_get_num_entries(z, 0);
    int taken = 0;
    for (zip_int64_t i = 0; i < count && taken < FirmwareBundle::kMaxFiles; ++i) {
        zip_stat_t st;
        if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        const QString entry = QString::fromUtf8(st.name);
        if (entry.endsWith(QLatin1Char('/')) || !isBinName(entry))
            continue;
        const QString where = path + QLatin1Char(':') + entry;
        if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(FirmwareBundle::kMaxFileSize)) {
            bundle.addFile(where, path, QByteArray()); // recorded as a problem
            continue;
        }
        if (!readZipEntry(z, zip_uint64_t(i), qint64(st.size), buffer))
            continue;
        // Entries in sub-folders of a zip form their own group (a zip of several releases).
        const int slash = entry.lastIndexOf(QLatin1Char('/'));
        const QString group = slash < 0 ? path : path + QLatin1Char(':') + entry.left(slash);
        add(where, group, entry, buffer);
        ++taken;
    }
    return {};
}

// The bytes of a whole file, or of one zip entry, read again.
Result<QByteArray> readAgain(const QString &filePath, const QString &zipEntry, const QString &shown)
{
    const auto gone = [&](const QString &why) {
        return makeError(QStringLiteral("bundle.unreadable"), BundleText::tr("%1 can no longer be read.").arg(shown),
                         BundleText::tr("Nothing was written from it. Check that the folder or zip is still there "
                                        "(a removed drive, a moved folder), then open it again."),
                         why);
    };
    QByteArray data;
    if (zipEntry.isEmpty()) {
        QFile f(filePath);
        if (!f.open(QIODevice::ReadOnly))
            return gone(f.errorString());
        const qint64 size = f.size();
        if (size > FirmwareBundle::kMaxFileSize || !readInto(data, size, [&f](char *to, qint64 n) { return f.read(to, n); }))
            return gone(QStringLiteral("its size changed while it was read"));
        return data;
    }
    auto archive = openZip(filePath);
    if (!archive.ok())
        return gone(archive.error().text());
    zip_t *z = archive->get();
    const zip_int64_t index = zip_name_locate(z, zipEntry.toUtf8().constData(), 0);
    zip_stat_t st;
    if (index < 0 || zip_stat_index(z, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return gone(QStringLiteral("the zip no longer holds %1").arg(zipEntry));
    if (st.size > zip_uint64_t(FirmwareBundle::kMaxFileSize))
        return gone(QStringLiteral("its size changed while it was read"));
    if (!readZipEntry(z, zip_uint64_t(index), qint64(st.size), data))
        return gone(QString::fromUtf8(zip_strerror(z)));
    return data;
}

// The differences that make a module read again another module than the one judged; empty when none.
QStringList differences(const FirmwareModule &judged, const FirmwareModule &now)
{
    QStringList out;
    const auto hex = [](quint64 v) { return QStringLiteral("0x%1").arg(v, 0, 16); };
    if (judged.size != now.size)
        out << QStringLiteral("size %1 -> %2").arg(judged.size).arg(now.size);
    if (judged.startAddress != now.startAddress || judged.endAddress != now.endAddress)
        out << QStringLiteral("addresses %1-%2 -> %3-%4")
                   .arg(hex(judged.startAddress), hex(judged.endAddress), hex(now.startAddress), hex(now.endAddress));
    if (judged.platformId != now.platformId || judged.functionCode != now.functionCode || judged.index != now.index
        || judged.mcuTarget != now.mcuTarget || judged.version != now.version || judged.flags != now.flags
        || judged.prefixOffset != now.prefixOffset)
        out << QStringLiteral("module header");
    if (judged.storedCrc != now.storedCrc || judged.computedCrc != now.computedCrc)
        out << QStringLiteral("CRC-32 %1 -> %2").arg(hex(judged.computedCrc), hex(now.computedCrc));
    if (judged.storedSha256 != now.storedSha256 || judged.computedSha256 != now.computedSha256)
        out << QStringLiteral("SHA-256 %1 -> %2")
                   .arg(QString::fromLatin1(judged.computedSha256.toHex().left(16)),
                        QString::fromLatin1(now.computedSha256.toHex().left(16)));
    return out;
}

} // namespace

Result<FirmwareModule> BundleModule::readModule() const
{
    if (module.hasBytes())
        return module;
    if (filePath.isEmpty())
        return makeError(QStringLiteral("bundle.no-bytes"),
                         BundleText::tr("The bytes of %1 are not at hand.").arg(fileName),
                         BundleText::tr("Nothing was written from it. Open the binaries again, then restore."));
    auto data = readAgain(filePath, zipEntry, path);
    if (!data.ok())
        return data.error();
    auto again = ModuleParser::parseOne(*data, module.fileOffset, module.sourceName);
    const QStringList changed = again.ok() ? differences(module, *again) : QStringList{again.error().text()};
    if (!changed.isEmpty())
        return makeError(QStringLiteral("bundle.changed"),
                         BundleText::tr("%1 changed after it was checked.").arg(path),
                         BundleText::tr("Nothing was written from it. Open the binaries again so that they are checked "
                                        "again, then restore."),
                         changed.join(QStringLiteral("; ")));
    return again;
}

std::optional<SemVer> FirmwareBundle::versionFromFileName(const QString &fileName)
{
    // Release files: {platform}-{part}@{semver}[+{metadata}].bin
    static const QRegularExpression at(QStringLiteral(R"(@(v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.\-]+?)?(?:\+[0-9A-Za-z.\-]+)?)\.bin$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    // Older names: system-part1-0.5.2-photon.bin, tinker-0.8.0-rc.27-argon.bin, tinker-5.0.0-p2.bin
    static const QRegularExpression dashed(
        QStringLiteral(R"((?:^|[-_])v?(\d+\.\d+\.\d+(?:-(?:alpha|beta|rc|p2)\.\d+)*)(?=[-_.]))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = at.match(fileName); m.hasMatch())
        return SemVer::parse(m.captured(1));
    if (const auto m = dashed.match(fileName); m.hasMatch())
        return SemVer::parse(m.captured(1));
    return std::nullopt;
}

Result<FirmwareBundle> FirmwareBundle::open(const QString &path)
{
    const QFileInfo fi(path);
    FirmwareBundle bundle;
    bundle.m_source = fi.absoluteFilePath();
    if (!fi.exists())
        return makeError(QStringLiteral("bundle.not-found"), BundleText::tr("%1 does not exist.").arg(path),
                         BundleText::tr("Choose a folder or a zip file of Device OS release binaries."));
    // Files read from disk keep only their modules' descriptions: the bytes are read again when
    // written (BundleModule::readModule), so a bundle of hundreds of files holds a few MB, not all.
    QByteArray buffer;
    if (fi.isDir()) {
        QDirIterator it(fi.absoluteFilePath(), {QStringLiteral("*.bin"), QStringLiteral("*.BIN")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int taken = 0;
        while (it.hasNext() && taken < kMaxFiles) {
            const QString file = it.next();
            const QFileInfo info(file);
            QFile f(file);
            if (info.size() > kMaxFileSize) {
                bundle.addFile(file, info.absolutePath(), QByteArray());
                continue;
            }
            if (!f.open(QIODevice::ReadOnly)) {
                bundle.m_problems.append(
                    {file, makeError(QStringLiteral("bundle.unreadable"),
                                     BundleText::tr("%1 cannot be read.").arg(file),
                                     BundleText::tr("Check the file's permissions."), f.errorString())});
                continue;
            }
            const qint64 size = f.size();
            if (size > kMaxFileSize || !readInto(buffer, size, [&f](char *to, qint64 n) { return f.read(to, n); })) {
                bundle.m_problems.append(
                    {file, makeError(QStringLiteral("bundle.unreadable"),
                                     BundleText::tr("%1 changed while it was read.").arg(file),
                                     BundleText::tr("Open the binaries again once nothing is writing to them."),
                                     f.errorString())});
                continue;
            }
            bundle.addRead(file, info.absolutePath(), buffer, file, QString());
            ++taken;
        }
    } else if (fi.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0) {
        const QString zip = fi.absoluteFilePath();
        const auto add = [&bundle, &zip](const QString &where, const QString &group, const QString &entry,
                                         const QByteArray &data) { bundle.addRead(where, group, data, zip, entry); };
        if (const auto r = readZip(zip, bundle, add); !r.ok())
            return r.error();
    } else if (isBinName(fi.fileName())) {
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("bundle.unreadable"),
                             BundleText::tr("%1 cannot be read.").arg(path),
                             BundleText::tr("Check the file's permissions."), f.errorString());
        const QByteArray data = f.read(kMaxFileSize + 1);
        if (data.size() > kMaxFileSize)
            bundle.addFile(fi.absoluteFilePath(), fi.absolutePath(), data); // recorded as a problem
        else
            bundle.addRead(fi.absoluteFilePath(), fi.absolutePath(), data, fi.absoluteFilePath(), QString());
    } else {
        return makeError(QStringLiteral("bundle.unsupported"),
                         BundleText::tr("%1 is neither a folder, a zip file nor a .bin file.").arg(path),
                         BundleText::tr("Choose a folder or a zip file of Device OS release binaries."));
    }
    bundle.resolveReleases();
    if (bundle.m_modules.isEmpty())
        return makeError(QStringLiteral("bundle.empty"),
                         BundleText::tr("%1 holds no Particle firmware module.").arg(path),
                         BundleText::tr("Choose a folder or zip that holds Device OS binaries such as "
                                        "boron-system-part1@2.2.0.bin."),
                         bundle.m_problems.isEmpty() ? QString() : bundle.m_problems.first().error.text());
    return bundle;
}

Result<FirmwareBundle> FirmwareBundle::open(const QStringList &paths)
{
    FirmwareBundle bundle;
    QStringList sources;
    for (const QString &path : paths) {
        auto one = open(path);
        if (!one.ok())
            return one.error();
        // Each path resolved its releases by its own groups; the groups stay apart here.
        bundle.m_modules += one->m_modules;
        bundle.m_problems += one->m_problems;
        sources << one->m_source;
    }
    bundle.m_source = sources.join(QStringLiteral(", "));
    if (bundle.m_modules.isEmpty())
        return makeError(QStringLiteral("bundle.empty"), BundleText::tr("No Device OS binaries were given."),
                         BundleText::tr("Choose a folder or a zip file of Device OS release binaries."));
    return bundle;
}

void FirmwareBundle::addFile(const QString &path, const QString &group, const QByteArray &data)
{
    addRead(path, group, data, QString(), QString());
}

void FirmwareBundle::addRead(const QString &path, const QString &group, const QByteArray &data,
                             const QString &filePath, const QString &zipEntry)
{
    const QString fileName = path.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
    if (data.size() > kMaxFileSize || data.isEmpty()) {
        m_problems.append(
            {path, makeError(QStringLiteral("bundle.bad-size"),
                             data.isEmpty()
                                 ? BundleText::tr("%1 is empty.").arg(fileName)
                                 : BundleText::tr("%1 is larger than any Particle module.").arg(fileName),
                             BundleText::tr("Remove it from the bundle or download it again."))});
        return;
    }
    auto parsed = ModuleParser::parse(data, fileName);
    if (!parsed.ok()) {
        m_problems.append({path, parsed.error()});
        return;
    }
    const ModuleChecks checks = ModuleChecks::builtin();
    const auto &table = DeviceOsVersionTable::builtin();
    const std::optional<SemVer> named = versionFromFileName(fileName);
    for (FirmwareModule &m : *parsed) {
        BundleModule b;
        b.path = path;
        b.fileName = fileName;
        b.group = group;
        b.verdict = checks.check(m);
        const ModuleFunction f = m.function();
        if (f == ModuleFunction::SystemPart) {
            if (const auto v = table.semverForSystemVersion(m.version)) {
                b.release = v;
                b.releaseBasis = BundleText::tr("system module version %1").arg(m.version);
            }
        } else if (f == ModuleFunction::UserPart) {
            b.isTinker = fileName.contains(QLatin1String("tinker"), Qt::CaseInsensitive)
                         && !fileName.contains(QLatin1String("debug"), Qt::CaseInsensitive);
        }
        if (!b.release && f != ModuleFunction::UserPart && named) {
            b.release = named;
            b.releaseBasis = BundleText::tr("file name");
        }
        b.module = std::move(m);
        b.filePath = filePath;
        b.zipEntry = zipEntry;
        if (!filePath.isEmpty())
            b.module.bytes = QByteArray(); // read again when written; `data` is the caller's to reuse
        m_modules.append(std::move(b));
    }
}

void FirmwareBundle::resolveReleases()
{
    // A group (folder or zip) whose system parts belong to exactly one release lends that release to
    // its other modules (the docs restore zips name their files bootloader.bin, softdevice.bin, ...).
    QHash<QString, QSet<QString>> releasesOfGroup;
    QHash<QString, SemVer> semverOf;
    for (const BundleModule &b : std::as_const(m_modules)) {
        if (b.module.function() == ModuleFunction::SystemPart && b.release) {
            releasesOfGroup[b.group].insert(b.release->toString());
            semverOf.insert(b.release->toString(), *b.release);
        }
    }
    for (BundleModule &b : m_modules) {
        if (b.release || b.module.function() == ModuleFunction::UserPart)
            continue;
        const auto rs = releasesOfGroup.value(b.group);
        if (rs.size() == 1) {
            b.release = semverOf.value(*rs.begin());
            b.releaseBasis = BundleText::tr("same folder as Device OS %1").arg(b.release->toString());
        }
    }
}

QList<SemVer> FirmwareBundle::releasesFor(int platformId) const
{
    QList<SemVer> out;
    for (const BundleModule &b : m_modules) {
        if (b.module.platformId == platformId && b.module.function() == ModuleFunction::SystemPart && b.release
            && !out.contains(*b.release))
            out.append(*b.release);
    }
    std::sort(out.begin(), out.end(), [](const SemVer &a, const SemVer &b) { return a > b; });
    return out;
}

const BundleModule *FirmwareBundle::find(int platformId, ModuleFunction function, int index, const SemVer &release,
                                         int mcuTarget) const
{
    const BundleModule *best = nullptr;
    for (const BundleModule &b : m_modules) {
        const FirmwareModule &m = b.module;
        if (m.platformId != platformId || m.function() != function || m.index != index || m.mcuTarget != mcuTarget
            || !b.release || !(*b.release == release))
            continue;
        if (!best || (!best->usable() && b.usable()))
            best = &b;
    }
    return best;
}

QList<const BundleModule *> FirmwareBundle::releaseModules(int platformId, const SemVer &release) const
{
    QList<const BundleModule *> out;
    for (const BundleModule &b : m_modules)
        if (b.module.platformId == platformId && b.release && *b.release == release)
            out.append(&b);
    return out;
}

InstalledModule FirmwareBundle::installedModule(const FirmwareModule &m, bool valid)
{
    InstalledModule im;
    im.functionCode = m.functionCode;
    im.index = m.index;
    im.version = m.version;
    im.store = ModuleStore::Main;
    im.validityChecked = validity::Usual;
    im.validityResult = valid ? validity::Usual : quint8(validity::Usual & ~validity::Integrity);
    if (m.function() == ModuleFunction::UserPart)
        im.userSha256 = QString::fromLatin1(m.storedSha256.toHex().toUpper());
    for (const ModuleDependency &d : {m.dependency, m.dependency2})
        if (!d.isNone())
            im.dependencies.append(InstalledDependency{d.functionCode, d.index, d.version, {}, {}});
    return im;
}

ModuleInspection FirmwareBundle::inspectionAfterRestore(int platformId, const SemVer &release,
                                                        const FirmwareModule *userFirmware) const
{
    ModuleInspection i;
    i.platformId = platformId;
    for (const BundleModule *b : releaseModules(platformId, release))
        if (b->module.function() != ModuleFunction::UserPart && b->usable())
            i.modules.append(installedModule(b->module));
    if (userFirmware)
        i.modules.append(installedModule(*userFirmware));
    return i;
}

QList<const BundleModule *> FirmwareBundle::tinkerFor(int platformId) const
{
    QList<const BundleModule *> out;
    for (const BundleModule &b : m_modules)
        if (b.isTinker && b.module.platformId == platformId)
            out.append(&b);
    return out;
}

const BundleModule *FirmwareBundle::tinkerFor(const Platform &platform, const SemVer &release,
                                              const InstalledVersion &installed) const
{
    auto runs = [&](const BundleModule &b) {
        for (const ModuleDependency &d : {b.module.dependency, b.module.dependency2}) {
            if (d.isNone() || d.function() == ModuleFunction::Bootloader)
                continue;
            const std::optional<int> v = installed(d.function(), d.index);
            if (!v || *v < d.version)
                return false;
        }
        return true;
    };
    const BundleModule *best = nullptr;
    int bestDep = -1;
    for (const BundleModule *b : tinkerFor(platform.id)) {
        if (!b->usable() || !platform.slotFor(ModuleFunction::UserPart, b->module.index, 0, release) || !runs(*b))
            continue;
        int dep = 0;
        for (const ModuleDependency &d : {b->module.dependency, b->module.dependency2})
            if (d.function() == ModuleFunction::SystemPart)
                dep = std::max(dep, int(d.version));
        if (dep > bestDep) {
            best = b;
            bestDep = dep;
        }
    }
    return best;
}

const BundleModule *FirmwareBundle::tinkerFor(int platformId, const SemVer &deviceOs) const
{
    const Platform *platform = PlatformDatabase::builtin().byId(platformId);
    if (!platform)
        return nullptr;
    const std::optional<int> system = DeviceOsVersionTable::builtin().systemVersionFor(deviceOs);
    return tinkerFor(*platform, deviceOs, [&](ModuleFunction f, int) {
        return f == ModuleFunction::SystemPart ? system : std::nullopt;
    });
}

} // namespace dr
