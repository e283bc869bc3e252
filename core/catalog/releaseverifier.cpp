// Release verification: every module of a restore zip or of per-module files, checked before keeping.
#include "catalog/releaseverifier.h"

#include "common/parallelfor.h"
#include "common/sha256.h"

#include "firmware/modulechecks.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace dr {

namespace {

struct VerifierText
{
    Q_DECLARE_TR_FUNCTIONS(dr::ReleaseVerifier)
};

QString refetch()
{
    return VerifierText::tr("Nothing was kept. Fetch the release again; if it fails again, the published file is "
                            "damaged: choose another release, or use a mirror or a restore kit.");
}

QString shown(const FetchedFile &f)
{
    return f.sourceUrl.isEmpty() ? f.name : f.sourceUrl.toString();
}

} // namespace

ReleaseVerifier::ReleaseVerifier(const ReleaseCatalog *catalog) : m_catalog(catalog) {}

ZipLimits ReleaseVerifier::restoreZipLimits()
{
    ZipLimits l;
    l.maxEntries = 32;                    // a restore zip holds 4 to 7 modules
    l.maxEntrySize = 16 * 1024 * 1024;    // FirmwareBundle::kMaxFileSize
    l.maxTotalSize = 64 * 1024 * 1024;
    return l;
}

namespace {

Error notOfRelease(const CatalogRelease &release, const FetchedFile &file)
{
    return makeError(QString::fromLatin1(releaseerror::MissingFile),
                     VerifierText::tr("%1 is not a file of Device OS %2 for the %3.")
                         .arg(shown(file), release.versionName, release.platformName),
                     VerifierText::tr("Nothing was kept. Give only the files the catalog names for the release."));
}

const ReleaseFile *releaseFile(const CatalogRelease &release, const QString &name)
{
    for (const ReleaseFile &r : release.files)
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace

Result<void> ReleaseVerifier::checkNames(const CatalogRelease &release, const QList<const FetchedFile *> &files) const
{
    for (const FetchedFile *f : files)
        if (!releaseFile(release, f->name))
            return notOfRelease(release, *f);
    for (const ReleaseFile &r : release.files)
        if (r.required
            && std::none_of(files.begin(), files.end(), [&r](const FetchedFile *f) { return f->name == r.name; }))
            return makeError(QString::fromLatin1(releaseerror::MissingFile),
                             VerifierText::tr("Device OS %1 for the %2 lacks %3.")
                                 .arg(release.versionName, release.platformName, r.name),
                             VerifierText::tr("Nothing was kept. Fetch the whole release again."));
    return {};
}

Result<VerifiedRelease> ReleaseVerifier::verify(const CatalogRelease &release, const QList<FetchedFile> &files,
                                                const CheckHelpers &helpers) const
{
    QList<const FetchedFile *> given;
    for (const FetchedFile &f : files)
        given << &f;
    if (auto named = checkNames(release, given); !named.ok())
        return named.error();
    // In the release's order: the first failure there is the one told.
    QList<CheckedFile> checked;
    for (const ReleaseFile &r : release.files)
        for (const FetchedFile &f : files)
            if (f.name == r.name) {
                auto c = checkFile(release, f, helpers);
                if (!c.ok())
                    return c.error();
                checked << std::move(*c);
            }
    return combine(release, checked);
}

Result<QList<CheckedModule>> ReleaseVerifier::checkZipEntries(const FetchedFile &file, const CheckHelpers &helpers) const
{
    auto zip = SafeZip::fromBytes(file.data, shown(file), restoreZipLimits());
    if (!zip.ok())
        return zip.error();
    // Each entry inflated, parsed and checked on its own (side by side when threads are free);
    // the first failure in the zip's order is the one told.
    const QList<ZipEntryInfo> &entries = zip->entries();
    std::vector<std::optional<Result<QList<CheckedModule>>>> results(size_t(entries.size()));
    parallelFor(helpers.pool, int(entries.size()), [&](int i) {
        const ZipEntryInfo &e = entries[i];
        const QString where = shown(file) + QLatin1Char(':') + e.name;
        auto data = zip->read(e.name);
        if (!data.ok()) {
            results[size_t(i)] = data.error();
            return;
        }
        auto parsed = ModuleParser::parse(*data, e.name);
        if (!parsed.ok()) {
            results[size_t(i)] = makeError(QString::fromLatin1(releaseerror::NotAModule),
                                           VerifierText::tr("%1 is not a firmware module: %2").arg(where, parsed.error().message),
                                           refetch(), parsed.error().detail);
            return;
        }
        QList<CheckedModule> modules;
        for (FirmwareModule &m : *parsed) {
            QList<Error> errors = ModuleChecks::builtin().check(m).errors();
            m.bytes = QByteArray();
            modules << CheckedModule{std::move(m), where, std::move(errors)};
        }
        results[size_t(i)] = std::move(modules);
    }, helpers.prepare);
    QList<CheckedModule> out;
    for (auto &r : results) {
        if (!r->ok())
            return r->error();
        out << std::move(**r);
    }
    return out;
}

Result<CheckedFile> ReleaseVerifier::checkFile(const CatalogRelease &release, const FetchedFile &file,
                                               const CheckHelpers &helpers) const
{
    const ReleaseFile *r = releaseFile(release, file.name);
    if (!r)
        return notOfRelease(release, file);
    CheckedFile out;
    out.file = file;
    switch (r->role) {
    case ReleaseFile::Role::Sidecar: {
        auto sidecar = Sidecar::fromJson(file.data, shown(file));
        if (!sidecar.ok())
            return sidecar.error();
        out.sidecar = std::move(*sidecar);
        break;
    }
    case ReleaseFile::Role::Zip: {
        auto modules = checkZipEntries(file, helpers);
        if (!modules.ok())
            return modules.error();
        out.modules = std::move(*modules);
        break;
    }
    case ReleaseFile::Role::Module: {
        const QString where = shown(file);
        if (file.data.size() > 16 * 1024 * 1024)
            return makeError(QString::fromLatin1(releaseerror::NotAModule),
                             VerifierText::tr("%1 is larger than any firmware module.").arg(where), refetch());
        // The file's SHA-256 comes with the module's, in one pass over the bytes.
        auto parsed = ModuleParser::parse(file.data, file.name, &out.sha256);
        if (!parsed.ok())
            return makeError(QString::fromLatin1(releaseerror::NotAModule),
                             VerifierText::tr("%1 is not a firmware module: %2").arg(where, parsed.error().message),
                             refetch(), parsed.error().detail);
        for (FirmwareModule &m : *parsed) {
            QList<Error> errors = ModuleChecks::builtin().check(m).errors();
            m.bytes = QByteArray();
            out.modules << CheckedModule{std::move(m), where, std::move(errors)};
        }
        break;
    }
    }
    if (out.sha256.isEmpty())
        out.sha256 = sha256(file.data);
    out.size = file.data.size();
    return out;
}

Result<VerifiedRelease> ReleaseVerifier::combine(const CatalogRelease &release, const QList<CheckedFile> &files) const
{
    QList<const FetchedFile *> given;
    for (const CheckedFile &f : files)
        given << &f.file;
    if (auto named = checkNames(release, given); !named.ok())
        return named.error();
    const auto checked = [&files](const QString &name) -> const CheckedFile * {
        for (const CheckedFile &f : files)
            if (f.file.name == name)
                return &f;
        return nullptr;
    };
    if (release.source == ReleaseSourceKind::RestoreZip) {
        const CheckedFile *zip = nullptr;
        const CheckedFile *sidecar = nullptr;
        for (const ReleaseFile &r : release.files)
            (r.role == ReleaseFile::Role::Zip ? zip : sidecar) = checked(r.name);
        if (!zip || !sidecar || !sidecar->sidecar)
            return makeError(QString::fromLatin1(releaseerror::MissingFile),
                             VerifierText::tr("Device OS %1 for the %2 lacks its zip or its module-info file.")
                                 .arg(release.versionName, release.platformName),
                             VerifierText::tr("Nothing was kept. Fetch the whole release again."));
        return combineZip(release, *zip, *sidecar);
    }
    return combineModuleFiles(release, files);
}

Result<void> ReleaseVerifier::checkModule(const CatalogRelease &release, const CheckedModule &checked,
                                          const SidecarPart *part) const
{
    const FirmwareModule &m = checked.module;
    const QString &where = checked.where;
    // The SoftDevice's stored SHA-256 is shared across platforms and matches neither's bytes
    // (release-sources.md 6): its CRC-32 covers every byte, and the stored SHA must be the sidecar's.
    const bool softDeviceException = m.function() == ModuleFunction::RadioStack && part && m.crcValid()
                                     && part->fwUniqueId == m.storedSha256;
    for (const Error &e : checked.errors) {
        if (softDeviceException && e.code == QLatin1String(moduleerror::ShaMismatch))
            continue;
        Error out = e;
        out.code = QString::fromLatin1(releaseerror::ModuleCheck);
        out.message = VerifierText::tr("%1 failed a module check (%2): %3").arg(where, e.code, e.message);
        out.remedy = refetch();
        return out;
    }
    if (m.platformId != release.platformId) {
        const Platform *other = PlatformDatabase::builtin().byId(m.platformId);
        return makeError(QString::fromLatin1(releaseerror::WrongPlatform),
                         VerifierText::tr("%1 holds a module for %2, not for the %3.")
                             .arg(where, other ? other->displayName : QStringLiteral("platform %1").arg(m.platformId),
                                  release.platformName),
                         refetch(), modulePartWords(m.functionCode, m.index));
    }
    std::optional<int> expected;
    QString what;
    if (m.function() == ModuleFunction::SystemPart) {
        expected = m_catalog ? m_catalog->systemModuleVersion(release.version) : std::nullopt;
        if (!expected)
            expected = DeviceOsVersionTable::builtin().systemVersionFor(release.version);
        what = QStringLiteral("system module version");
        if (!expected)
            return makeError(QString::fromLatin1(releaseerror::WrongVersion),
                             VerifierText::tr("%1: the module version of Device OS %2 is not known, so its system "
                                              "parts cannot be checked.")
                                 .arg(where, release.versionName),
                             VerifierText::tr("Nothing was kept. Fetch the catalog again (its versionInfo.json lists "
                                              "the module versions), then the release."));
    } else if (m.function() == ModuleFunction::Bootloader && m.index == 0 && m.mcuTarget == 0) {
        expected = m_catalog ? m_catalog->bootloaderModuleVersion(release.version) : std::nullopt;
        if (!expected)
            expected = DeviceOsVersionTable::builtin().bootloaderVersionFor(release.version);
        what = QStringLiteral("bootloader version");
    }
    if (expected && *expected != m.version)
        return makeError(QString::fromLatin1(releaseerror::WrongVersion),
                         VerifierText::tr("%1 holds a %2 of another release: version %3, Device OS %4 ships %5.")
                             .arg(where, modulePartWords(m.functionCode, m.index))
                             .arg(m.version)
                             .arg(release.versionName)
                             .arg(*expected),
                         refetch(), what);
    if (part)
        if (auto agree = Sidecar::verify(*part, m, where); !agree.ok())
            return agree.error();
    return {};
}

Result<VerifiedRelease> ReleaseVerifier::combineZip(const CatalogRelease &release, const CheckedFile &zipFile,
                                                    const CheckedFile &sidecarFile) const
{
    const Sidecar &sidecar = *sidecarFile.sidecar;
    VerifiedRelease out;
    out.release = release;
    QList<const SidecarPart *> matched;
    int systemParts = 0;
    for (const CheckedModule &c : zipFile.modules) {
        const FirmwareModule &m = c.module;
        const SidecarPart *part = sidecar.match(m);
        if (!part && m.function() != ModuleFunction::UserPart)
            return makeError(QString::fromLatin1(sidecarerror::NoPart),
                             VerifierText::tr("%1: the module-info file %2 does not describe its %3.")
                                 .arg(c.where, shown(sidecarFile.file), modulePartWords(m.functionCode, m.index)),
                             refetch());
        if (part && matched.contains(part))
            return makeError(QString::fromLatin1(sidecarerror::Disagrees),
                             VerifierText::tr("%1: two modules of the zip claim the part %2.").arg(c.where, part->name),
                             refetch());
        if (auto ok = checkModule(release, c, part); !ok.ok())
            return ok.error();
        if (part)
            matched << part;
        systemParts += m.function() == ModuleFunction::SystemPart ? 1 : 0;
        out.modules << m;
    }
    for (const SidecarPart &p : sidecar.parts())
        if (!matched.contains(&p))
            return makeError(QString::fromLatin1(sidecarerror::Unmatched),
                             VerifierText::tr("%1 describes the part %2, which %3 does not hold.")
                                 .arg(shown(sidecarFile.file), p.name, shown(zipFile.file)),
                             refetch());
    if (systemParts == 0)
        return makeError(QString::fromLatin1(releaseerror::Empty),
                         VerifierText::tr("%1 holds no system part.").arg(shown(zipFile.file)), refetch());
    for (const ReleaseFile &r : release.files) {
        const CheckedFile &c = r.role == ReleaseFile::Role::Zip ? zipFile : sidecarFile;
        const FetchedFile &f = c.file;
        out.files << VerifiedFile{r.name, r.cachePath, c.sha256, c.size, f.sourceUrl, f.data, f.path};
    }
    return out;
}

Result<VerifiedRelease> ReleaseVerifier::combineModuleFiles(const CatalogRelease &release,
                                                            const QList<CheckedFile> &files) const
{
    VerifiedRelease out;
    out.release = release;
    int systemParts = 0;
    for (const ReleaseFile &r : release.files) {
        const CheckedFile *c = nullptr;
        for (const CheckedFile &g : files)
            if (g.file.name == r.name)
                c = &g;
        if (!c)
            continue; // an optional file that was not published
        for (const CheckedModule &m : c->modules) {
            if (auto ok = checkModule(release, m, nullptr); !ok.ok())
                return ok.error();
            systemParts += m.module.function() == ModuleFunction::SystemPart ? 1 : 0;
            out.modules << m.module;
        }
        const FetchedFile &f = c->file;
        out.files << VerifiedFile{r.name, r.cachePath, c->sha256, c->size, f.sourceUrl, f.data, f.path};
    }
    if (systemParts == 0)
        return makeError(QString::fromLatin1(releaseerror::Empty),
                         VerifierText::tr("The files of Device OS %1 for the %2 hold no system part.")
                             .arg(release.versionName, release.platformName),
                         refetch());
    return out;
}

} // namespace dr
