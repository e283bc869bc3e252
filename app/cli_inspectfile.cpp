// `device-restore inspect-file FILE... [--json]`: parses and checks Particle module files and prints,
// per module, what a support technician needs: platform, function, versions, addresses, flags,
// dependencies, product data, and PASS/FAIL for CRC, SHA, platform, bounds and slot. The JSON keys
// are documented in README.md ("inspect-file JSON") and must stay stable.
#include "cli.h"
#include "clioutput.h"

#include "firmware/modulechecks.h"
#include "firmware/moduleparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <utility>

namespace dr::cli {

namespace {

constexpr qint64 kMaxFileSize = 64LL * 1024 * 1024; // far above any Particle module
constexpr int kJsonFormatVersion = 1;

QString hex32(quint32 v)
{
    return QStringLiteral("0x") + QString::number(v, 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

QString statusKey(CheckOutcome o)
{
    switch (o) {
    case CheckOutcome::Pass: return QStringLiteral("pass");
    case CheckOutcome::Fail: return QStringLiteral("fail");
    case CheckOutcome::NotChecked: return QStringLiteral("not_checked");
    }
    return {};
}

QJsonValue optionalString(const std::optional<SemVer> &v)
{
    return v ? QJsonValue(v->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonArray extensionsJson(const QList<ModuleExtension> &list)
{
    QJsonArray out;
    for (const ModuleExtension &e : list) {
        out.append(QJsonObject{{QStringLiteral("type"), moduleExtensionTypeName(e.type)},
                               {QStringLiteral("type_code"), int(e.type)},
                               {QStringLiteral("length"), int(e.length)},
                               {QStringLiteral("data"), QString::fromLatin1(e.data.toHex())}});
    }
    return out;
}

QString functionKey(quint8 code)
{
    return isKnownModuleFunction(code) ? moduleFunctionName(static_cast<ModuleFunction>(code)) : QStringLiteral("unknown");
}

// The Device OS release a module belongs to: a system part's own, or the first that shipped a bootloader.
std::optional<SemVer> moduleDeviceOs(const ModuleVerdict &v)
{
    if (v.moduleDeviceOs)
        return v.moduleDeviceOs;
    if (!v.bootloaderReleases.isEmpty())
        return v.bootloaderReleases.first();
    return std::nullopt;
}

QJsonObject checkJson(const ModuleCheck &c)
{
    return QJsonObject{{QStringLiteral("status"), statusKey(c.outcome)}, {QStringLiteral("summary"), c.summary}};
}

QJsonObject moduleJson(const FirmwareModule &m, const ModuleVerdict &v)
{
    QJsonObject platform{{QStringLiteral("id"), int(m.platformId)},
                         {QStringLiteral("name"), v.platform ? QJsonValue(v.platform->name) : QJsonValue()},
                         {QStringLiteral("display_name"), v.platform ? QJsonValue(v.platform->displayName) : QJsonValue()},
                         {QStringLiteral("known"), v.platform != nullptr},
                         {QStringLiteral("supported"), v.platform && v.platform->supported}};

    QJsonArray releases;
    if (v.moduleDeviceOs)
        releases.append(v.moduleDeviceOs->toString());
    for (const SemVer &s : v.bootloaderReleases)
        releases.append(s.toString());

    QJsonArray deps;
    for (const DependencyDescription &d : v.dependencies) {
        const std::optional<SemVer> os =
            d.deviceOs ? d.deviceOs
                       : (d.bootloaderReleases.isEmpty() ? std::nullopt : std::optional<SemVer>(d.bootloaderReleases.first()));
        deps.append(QJsonObject{{QStringLiteral("function"), functionKey(d.dependency.functionCode)},
                                {QStringLiteral("function_code"), int(d.dependency.functionCode)},
                                {QStringLiteral("index"), int(d.dependency.index)},
                                {QStringLiteral("version"), int(d.dependency.version)},
                                {QStringLiteral("device_os"), optionalString(os)},
                                {QStringLiteral("text"), d.text}});
    }

    QJsonArray flagNames;
    for (const QString &f : moduleFlagNames(m.flags))
        flagNames.append(f);

    QJsonObject crc = checkJson(v.integrity);
    crc.insert(QStringLiteral("stored"), hex32(m.storedCrc));
    crc.insert(QStringLiteral("computed"), hex32(m.computedCrc));
    QJsonObject sha = checkJson(v.sha);
    sha.insert(QStringLiteral("stored"), QString::fromLatin1(m.storedSha256.toHex()));
    sha.insert(QStringLiteral("computed"), QString::fromLatin1(m.computedSha256.toHex()));
    QJsonObject bounds = checkJson(v.bounds);
    bounds.insert(QStringLiteral("slot"), v.slot ? QJsonValue(v.slot->name) : QJsonValue());
    bounds.insert(QStringLiteral("slot_start"), v.slot ? QJsonValue(hex32(v.slot->bounds.start)) : QJsonValue());
    bounds.insert(QStringLiteral("slot_end"), v.slot ? QJsonValue(hex32(v.slot->bounds.end)) : QJsonValue());
    bounds.insert(QStringLiteral("device_os"), optionalString(v.boundsDeviceOs));
    bounds.insert(QStringLiteral("basis"), v.boundsBasis);

    QJsonArray errors;
    for (const Error &e : v.errors())
        errors.append(errorJson(e));

    QJsonValue compression;
    if (m.compression) {
        compression = QJsonObject{{QStringLiteral("method"), int(m.compression->method)},
                                  {QStringLiteral("window_bits"), int(m.compression->windowBits)},
                                  {QStringLiteral("original_size"), qint64(m.compression->originalSize)}};
    }

    return QJsonObject{
        {QStringLiteral("file_offset"), qint64(m.fileOffset)},
        {QStringLiteral("length"), qint64(m.length())},
        {QStringLiteral("prefix_offset"), qint64(m.prefixOffset)},
        {QStringLiteral("prefix_size"), qint64(m.prefixSize)},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("function"), functionKey(m.functionCode)},
        {QStringLiteral("function_code"), int(m.functionCode)},
        {QStringLiteral("index"), int(m.index)},
        {QStringLiteral("part"), v.slot ? QJsonValue(v.slot->name) : QJsonValue()},
        {QStringLiteral("mcu_target"), int(m.mcuTarget)},
        {QStringLiteral("version"), int(m.version)},
        {QStringLiteral("device_os"), optionalString(moduleDeviceOs(v))},
        {QStringLiteral("device_os_releases"), releases},
        {QStringLiteral("start_address"), hex32(m.startAddress)},
        {QStringLiteral("end_address"), hex32(m.endAddress)},
        {QStringLiteral("flags"), int(m.flags)},
        {QStringLiteral("flag_names"), flagNames},
        {QStringLiteral("dependencies"), deps},
        {QStringLiteral("product_id"), m.productId ? QJsonValue(int(*m.productId)) : QJsonValue()},
        {QStringLiteral("product_version"), m.productVersion ? QJsonValue(int(*m.productVersion)) : QJsonValue()},
        {QStringLiteral("suffix_size"), int(m.suffixSize)},
        {QStringLiteral("prefix_extensions"), extensionsJson(m.prefixExtensions)},
        {QStringLiteral("suffix_extensions"), extensionsJson(m.suffixExtensions)},
        {QStringLiteral("compression"), compression},
        {QStringLiteral("flash_image_size"), qint64(m.flashImage().size())},
        {QStringLiteral("checks"),
         QJsonObject{{QStringLiteral("crc"), crc},
                     {QStringLiteral("sha256"), sha},
                     {QStringLiteral("platform"), checkJson(v.platformKnown)},
                     {QStringLiteral("bounds"), bounds},
                     {QStringLiteral("function_slot"), checkJson(v.functionSlot)},
                     {QStringLiteral("compression"), checkJson(v.compression)}}},
        {QStringLiteral("ok"), v.ok()},
        {QStringLiteral("errors"), errors},
    };
}

struct FileReport
{
    QString path;
    qint64 size = -1;
    QByteArray sha256;
    std::optional<Error> error; // the file could not be read or is not a module
    QList<FirmwareModule> modules;
    QList<ModuleVerdict> verdicts;

    bool ok() const
    {
        if (error || modules.isEmpty())
            return false;
        for (const ModuleVerdict &v : verdicts)
            if (!v.ok())
                return false;
        return true;
    }

    // "valid"; "unsupported": intact modules (CRC-32 and SHA-256 pass, nothing failed) of a platform
    // Device Restore knows but does not restore, so their addresses were not checked (a Core's
    // Tinker, an A-SoM system part); else "invalid".
    QString status() const
    {
        if (ok())
            return QStringLiteral("valid");
        if (error || modules.isEmpty())
            return QStringLiteral("invalid");
        for (const ModuleVerdict &v : verdicts) {
            const bool intactUnsupported = v.platform && !v.platform->supported && v.integrity.passed()
                                           && v.sha.passed()
                                           && v.bounds.outcome != CheckOutcome::Fail
                                           && v.functionSlot.outcome != CheckOutcome::Fail
                                           && v.compression.outcome != CheckOutcome::Fail;
            if (!v.ok() && !intactUnsupported)
                return QStringLiteral("invalid");
        }
        return QStringLiteral("unsupported");
    }
};

FileReport inspect(const QString &path, const ModuleChecks &checks)
{
    FileReport r;
    r.path = path;
    const QFileInfo fi(path);
    const QString name = fi.fileName().isEmpty() ? path : fi.fileName();
    if (!fi.exists()) {
        r.error = makeError(QStringLiteral("file.not-found"), QStringLiteral("%1 does not exist.").arg(path),
                            QStringLiteral("Check the path and the file name."));
        return r;
    }
    if (fi.isDir()) {
        r.error = makeError(QStringLiteral("file.is-directory"), QStringLiteral("%1 is a folder, not a file.").arg(path),
                            QStringLiteral("Name the .bin files inside it, for example: %1/*.bin").arg(path));
        return r;
    }
    r.size = fi.size();
    if (r.size > kMaxFileSize) {
        r.error = makeError(QStringLiteral("file.too-large"),
                            QStringLiteral("%1 is %2 MB, far larger than any Particle firmware module.")
                                .arg(path)
                                .arg(r.size / (1024 * 1024)),
                            QStringLiteral("Choose a module file (.bin) of a few hundred KB."));
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = makeError(QStringLiteral("file.unreadable"), QStringLiteral("%1 cannot be read: %2.").arg(path, f.errorString()),
                            QStringLiteral("Check that the file exists and that you may read it."));
        return r;
    }
    const QByteArray data = f.read(kMaxFileSize + 1);
    r.size = data.size();
    r.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    auto parsed = ModuleParser::parse(data, name);
    if (!parsed.ok()) {
        r.error = parsed.error();
        return r;
    }
    r.modules = std::move(parsed).value();
    for (const FirmwareModule &m : r.modules)
        r.verdicts << checks.check(m);
    return r;
}

QJsonObject fileJson(const FileReport &r)
{
    QJsonArray modules;
    for (qsizetype i = 0; i < r.modules.size(); ++i)
        modules.append(moduleJson(r.modules[i], r.verdicts[i]));
    return QJsonObject{{QStringLiteral("path"), r.path},
                       {QStringLiteral("name"), QFileInfo(r.path).fileName()},
                       {QStringLiteral("size"), r.size >= 0 ? QJsonValue(r.size) : QJsonValue()},
                       {QStringLiteral("sha256"), r.sha256.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(r.sha256.toHex()))},
                       {QStringLiteral("ok"), r.ok()},
                       {QStringLiteral("status"), r.status()},
                       {QStringLiteral("error"), r.error ? QJsonValue(errorJson(*r.error)) : QJsonValue()},
                       {QStringLiteral("modules"), modules}};
}

void printHuman(QTextStream &out, const FileReport &r)
{
    const auto row = [&out](const QString &label, const QString &value) {
        out << "    " << label.leftJustified(15) << value << '\n';
    };
    const auto checkRow = [&out](const QString &label, const ModuleCheck &c) {
        out << "    " << label.leftJustified(15) << checkOutcomeName(c.outcome).leftJustified(12) << c.summary << '\n';
    };

    out << r.path << ": ";
    if (r.error) {
        out << "INVALID\n    " << r.error->message << '\n';
        if (!r.error->remedy.isEmpty())
            out << "    What to do: " << r.error->remedy << '\n';
        return;
    }
    out << r.status().toUpper() << "  (" << r.size << " bytes, " << r.modules.size()
        << (r.modules.size() == 1 ? " module)\n" : " modules)\n");
    if (r.status() == QLatin1String("unsupported"))
        out << "    Intact (CRC-32 and SHA-256 pass), but for a platform Device Restore does not restore.\n";
    for (qsizetype i = 0; i < r.modules.size(); ++i) {
        const FirmwareModule &m = r.modules[i];
        const ModuleVerdict &v = r.verdicts[i];
        out << "  Module " << (i + 1) << " of " << r.modules.size() << "  (file offset " << m.fileOffset
            << ", header at +" << m.prefixOffset << ")\n";
        row(QStringLiteral("Platform"), v.platform ? QStringLiteral("%1 (id %2)").arg(v.platform->displayName).arg(m.platformId)
                                                   : QStringLiteral("unknown (id %1)").arg(m.platformId));
        QString function = modulePartWords(m.functionCode, m.index);
        if (v.slot)
            function += QStringLiteral("  [%1]").arg(v.slot->name);
        row(QStringLiteral("Function"), function);
        const std::optional<SemVer> os = moduleDeviceOs(v);
        row(QStringLiteral("Version"), os ? QStringLiteral("%1 (Device OS %2)").arg(m.version).arg(os->toString())
                                          : QString::number(m.version));
        row(QStringLiteral("Start address"), hex32(m.startAddress));
        row(QStringLiteral("End address"), QStringLiteral("%1  (%2 bytes)").arg(hex32(m.endAddress)).arg(m.length()));
        const QStringList flags = moduleFlagNames(m.flags);
        row(QStringLiteral("Flags"), flags.isEmpty() ? QStringLiteral("none")
                                                     : QStringLiteral("0x%1  %2")
                                                           .arg(m.flags, 2, 16, QLatin1Char('0'))
                                                           .arg(flags.join(QStringLiteral(", "))));
        if (v.dependencies.isEmpty())
            row(QStringLiteral("Depends on"), QStringLiteral("nothing"));
        for (qsizetype d = 0; d < v.dependencies.size(); ++d)
            row(d == 0 ? QStringLiteral("Depends on") : QString(), v.dependencies[d].text);
        row(QStringLiteral("Product"), m.productId ? QStringLiteral("id %1, version %2").arg(*m.productId).arg(*m.productVersion)
                                                   : QStringLiteral("none in the suffix"));
        if (m.compression)
            row(QStringLiteral("Compressed"), QStringLiteral("raw deflate, unpacks to %1 bytes").arg(m.compression->originalSize));
        checkRow(QStringLiteral("CRC-32"), v.integrity);
        checkRow(QStringLiteral("SHA-256"), v.sha);
        checkRow(QStringLiteral("Platform known"), v.platformKnown);
        checkRow(QStringLiteral("Bounds"), v.bounds);
        checkRow(QStringLiteral("Slot function"), v.functionSlot);
        if (m.compression)
            checkRow(QStringLiteral("Decompression"), v.compression);
        if (!v.boundsBasis.isEmpty())
            row(QString(), QStringLiteral("(bounds chosen because %1)").arg(v.boundsBasis));
    }
}

void printUsage(QTextStream &out)
{
    out << "Usage: device-restore inspect-file FILE... [--json]\n\n"
           "Checks Particle firmware module files (.bin) and prints, for each module: platform, function,\n"
           "index, version and its Device OS release, start/end address, flags, dependencies, product data,\n"
           "and PASS/FAIL for the CRC-32, SHA-256, platform, address bounds and slot checks.\n\n"
           "Options:\n"
           "  --json       print one JSON document instead (keys: README.md, \"inspect-file JSON\")\n"
           "  -h, --help   show this help\n\n"
           "Exit codes: 0 every file is a valid module, 3 a file is missing, unreadable or not a valid\n"
           "module (the reason goes to standard error), 2 bad arguments.\n";
}

} // namespace

int runInspectFile(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    bool onlyFiles = false;
    QStringList files;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (!onlyFiles && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            printUsage(out);
            return ExitOk;
        }
        if (!onlyFiles && a == QLatin1String("--json")) {
            json = true;
        } else if (!onlyFiles && a == QLatin1String("--")) {
            onlyFiles = true;
        } else if (!onlyFiles && a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            err << "device-restore inspect-file: unknown option '" << a << "'.\n";
            err << "Run 'device-restore inspect-file --help' for the options.\n";
            return ExitUsage;
        } else {
            files << a;
        }
    }
    if (files.isEmpty()) {
        err << "device-restore inspect-file: name at least one firmware file.\n";
        printUsage(err);
        return ExitUsage;
    }

    const ModuleChecks checks = ModuleChecks::builtin();
    QList<FileReport> reports;
    bool allOk = true;
    for (const QString &path : std::as_const(files)) {
        reports << inspect(path, checks);
        const FileReport &r = reports.last();
        allOk = allOk && r.ok();
        // Errors always go to standard error with the file name, in both output modes.
        QList<Error> errors;
        if (r.error)
            errors << *r.error;
        for (const ModuleVerdict &v : r.verdicts)
            errors << v.errors();
        for (const Error &e : std::as_const(errors))
            err << "device-restore inspect-file: " << e.text() << '\n';
    }

    if (json) {
        QJsonArray list;
        for (const FileReport &r : std::as_const(reports))
            list.append(fileJson(r));
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("device-restore/inspect-file")},
                              {QStringLiteral("format_version"), kJsonFormatVersion},
                              {QStringLiteral("tool_version"), QStringLiteral(DR_VERSION_STRING)},
                              {QStringLiteral("ok"), allOk},
                              {QStringLiteral("files"), list}};
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        int valid = 0;
        int unsupported = 0;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (i > 0)
                out << '\n';
            printHuman(out, reports[i]);
            valid += reports[i].ok() ? 1 : 0;
            unsupported += reports[i].status() == QLatin1String("unsupported") ? 1 : 0;
        }
        if (reports.size() > 1) {
            out << '\n' << reports.size() << " files: " << valid << " valid, ";
            if (unsupported > 0)
                out << unsupported << " for unsupported platforms, ";
            out << (reports.size() - valid - unsupported) << " invalid\n";
        }
    }
    return allOk ? ExitOk : ExitInvalidInput;
}

} // namespace dr::cli
