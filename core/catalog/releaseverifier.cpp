// Release verification: every module of a restore zip or of per-module files, checked before keeping.
#include "catalog/releaseverifier.h"

#include "common/sha256.h"

#include "firmware/modulechecks.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "version/deviceosversions.h"

#include <QCoreApplication>

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

Result<VerifiedRelease> ReleaseVerifier::verify(const CatalogRelease &release, const QList<FetchedFile> &files) const
{
    for (const FetchedFile &f : files)
        if (std::none_of(release.files.begin(), release.files.end(), [&f](const ReleaseFile &r) { return r.name == f.name; }))
            return makeError(QString::fromLatin1(releaseerror::MissingFile),
                             VerifierText::tr("%1 is not a file of Device OS %2 for the %3.")
                                 .arg(shown(f), release.versionName, release.platformName),
                             VerifierText::tr("Nothing was kept. Give only the files the catalog names for the "
                                              "release."));
    const auto given = [&files](const QString &name) -> const FetchedFile * {
        for (const FetchedFile &f : files)
            if (f.name == name)
                return &f;
        return nullptr;
    };
    for (const ReleaseFile &r : release.files)
        if (r.required && !given(r.name))
            return makeError(QString::fromLatin1(releaseerror::MissingFile),
                             VerifierText::tr("Device OS %1 for the %2 lacks %3.")
                                 .arg(release.versionName, release.platformName, r.name),
                             VerifierText::tr("Nothing was kept. Fetch the whole release again."));
    if (release.source == ReleaseSourceKind::RestoreZip) {
        const FetchedFile *zip = nullptr;
        const FetchedFile *sidecar = nullptr;
        for (const ReleaseFile &r : release.files)
            (r.role == ReleaseFile::Role::Zip ? zip : sidecar) = given(r.name);
        return verifyZip(release, *zip, *sidecar);
    }
    return verifyModuleFiles(release, files);
}

Result<void> ReleaseVerifier::checkModule(const CatalogRelease &release, const FirmwareModule &m, const QString &where,
                                          const SidecarPart *part) const
{
    const ModuleVerdict verdict = ModuleChecks::builtin().check(m);
    // The SoftDevice's stored SHA-256 is shared across platforms and matches neither's bytes
    // (release-sources.md 6): its CRC-32 covers every byte, and the stored SHA must be the sidecar's.
    const bool softDeviceException = m.function() == ModuleFunction::RadioStack && part && m.crcValid()
                                     && part->fwUniqueId == m.storedSha256;
    for (const Error &e : verdict.errors()) {
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

Result<VerifiedRelease> ReleaseVerifier::verifyZip(const CatalogRelease &release, const FetchedFile &zipFile,
                                                   const FetchedFile &sidecarFile) const
{
    auto sidecar = Sidecar::fromJson(sidecarFile.data, shown(sidecarFile));
    if (!sidecar.ok())
        return sidecar.error();
    auto zip = SafeZip::fromBytes(zipFile.data, shown(zipFile), restoreZipLimits());
    if (!zip.ok())
        return zip.error();
    VerifiedRelease out;
    out.release = release;
    QList<const SidecarPart *> matched;
    int systemParts = 0;
    for (const ZipEntryInfo &e : zip->entries()) {
        const QString where = shown(zipFile) + QLatin1Char(':') + e.name;
        auto data = zip->read(e.name);
        if (!data.ok())
            return data.error();
        auto parsed = ModuleParser::parse(*data, e.name);
        if (!parsed.ok())
            return makeError(QString::fromLatin1(releaseerror::NotAModule),
                             VerifierText::tr("%1 is not a firmware module: %2").arg(where, parsed.error().message),
                             refetch(), parsed.error().detail);
        for (FirmwareModule &m : *parsed) {
            const SidecarPart *part = sidecar->match(m);
            if (!part && m.function() != ModuleFunction::UserPart)
                return makeError(QString::fromLatin1(sidecarerror::NoPart),
                                 VerifierText::tr("%1: the module-info file %2 does not describe its %3.")
                                     .arg(where, shown(sidecarFile), modulePartWords(m.functionCode, m.index)),
                                 refetch());
            if (part && matched.contains(part))
                return makeError(QString::fromLatin1(sidecarerror::Disagrees),
                                 VerifierText::tr("%1: two modules of the zip claim the part %2.").arg(where, part->name),
                                 refetch());
            if (auto ok = checkModule(release, m, where, part); !ok.ok())
                return ok.error();
            if (part)
                matched << part;
            systemParts += m.function() == ModuleFunction::SystemPart ? 1 : 0;
            m.bytes = QByteArray();
            out.modules << m;
        }
    }
    for (const SidecarPart &p : sidecar->parts())
        if (!matched.contains(&p))
            return makeError(QString::fromLatin1(sidecarerror::Unmatched),
                             VerifierText::tr("%1 describes the part %2, which %3 does not hold.")
                                 .arg(shown(sidecarFile), p.name, shown(zipFile)),
                             refetch());
    if (systemParts == 0)
        return makeError(QString::fromLatin1(releaseerror::Empty),
                         VerifierText::tr("%1 holds no system part.").arg(shown(zipFile)), refetch());
    for (const ReleaseFile &r : release.files) {
        const FetchedFile &f = r.role == ReleaseFile::Role::Zip ? zipFile : sidecarFile;
        out.files << VerifiedFile{r.name, r.cachePath, sha256(f.data), f.data.size(), f.sourceUrl, f.data, f.path};
    }
    return out;
}

Result<VerifiedRelease> ReleaseVerifier::verifyModuleFiles(const CatalogRelease &release,
                                                           const QList<FetchedFile> &files) const
{
    VerifiedRelease out;
    out.release = release;
    int systemParts = 0;
    for (const ReleaseFile &r : release.files) {
        const FetchedFile *f = nullptr;
        for (const FetchedFile &g : files)
            if (g.name == r.name)
                f = &g;
        if (!f)
            continue; // an optional file that was not published
        const QString where = shown(*f);
        if (f->data.size() > 16 * 1024 * 1024)
            return makeError(QString::fromLatin1(releaseerror::NotAModule),
                             VerifierText::tr("%1 is larger than any firmware module.").arg(where), refetch());
        auto parsed = ModuleParser::parse(f->data, f->name);
        if (!parsed.ok())
            return makeError(QString::fromLatin1(releaseerror::NotAModule),
                             VerifierText::tr("%1 is not a firmware module: %2").arg(where, parsed.error().message),
                             refetch(), parsed.error().detail);
        for (FirmwareModule &m : *parsed) {
            if (auto ok = checkModule(release, m, where, nullptr); !ok.ok())
                return ok.error();
            systemParts += m.function() == ModuleFunction::SystemPart ? 1 : 0;
            m.bytes = QByteArray();
            out.modules << m;
        }
        out.files << VerifiedFile{r.name, r.cachePath, sha256(f->data), f->data.size(), f->sourceUrl, f->data, f->path};
    }
    if (systemParts == 0)
        return makeError(QString::fromLatin1(releaseerror::Empty),
                         VerifierText::tr("The files of Device OS %1 for the %2 hold no system part.")
                             .arg(release.versionName, release.platformName),
                         refetch());
    return out;
}

} // namespace dr
