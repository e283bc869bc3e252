// libzip with limits: every entry is judged from the central directory before anything is read.
#include "catalog/safezip.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <libdeflate.h>
#include <zip.h>

namespace dr {

namespace {

struct ZipText
{
    Q_DECLARE_TR_FUNCTIONS(dr::SafeZip)
};

Error unreadable(const QString &where, const QString &why)
{
    return makeError(QString::fromLatin1(ziperror::Unreadable), ZipText::tr("%1 is not a readable zip file.").arg(where),
                     ZipText::tr("Nothing was kept. Fetch it again; if it stays so, the file is damaged at its "
                                 "source."),
                     why);
}

QString libzipError(int code)
{
    zip_error_t ze;
    zip_error_init_with_code(&ze, code);
    const QString why = QString::fromUtf8(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return why;
}

// Why a name must not be taken, or empty when it is fine. Names are only ever used to read the
// entry, but a name that could point outside a folder is a sign of a crafted zip: refuse it all.
QString unsafeName(const QString &name)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.isEmpty())
        return QStringLiteral("an empty name");
    if (name.startsWith(QLatin1Char('/')))
        return QStringLiteral("an absolute path");
    if (name.contains(QLatin1Char('\\')))
        return QStringLiteral("a backslash");
    if (drive.match(name).hasMatch())
        return QStringLiteral("a drive letter");
    for (const QString &part : name.split(QLatin1Char('/')))
        if (part == QLatin1String(".."))
            return QStringLiteral("a \"..\" component");
    for (const QChar c : name)
        if (c.unicode() < 0x20)
            return QStringLiteral("a control character");
    return {};
}

} // namespace

void SafeZip::Closer::operator()(zip *z) const
{
    zip_discard(z);
}

SafeZip::SafeZip() : m_lock(std::make_unique<std::mutex>()) {}
SafeZip::SafeZip(SafeZip &&) noexcept = default;
SafeZip &SafeZip::operator=(SafeZip &&) noexcept = default;
SafeZip::~SafeZip() = default;

Result<SafeZip> SafeZip::fromBytes(QByteArray bytes, const QString &where, const ZipLimits &limits)
{
    SafeZip s;
    s.m_bytes = std::move(bytes);
    s.m_where = where;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(s.m_bytes.constData(), zip_uint64_t(s.m_bytes.size()), 0, &ze);
    if (!src) {
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return unreadable(where, why);
    }
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!z) {
        zip_source_free(src);
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return unreadable(where, why);
    }
    zip_error_fini(&ze);
    s.m_zip.reset(z);
    // The QByteArray's storage does not move with the object, so libzip's pointer stays valid.
    SafeZip checked = std::move(s);
    auto judged = [&]() -> Result<void> {
        const zip_int64_t n = zip_get_num_entries(checked.m_zip.get(), 0);
        if (n < 0)
            return unreadable(where, QStringLiteral("no central directory"));
        if (n > limits.maxEntries)
            return makeError(QString::fromLatin1(ziperror::TooManyEntries),
                             ZipText::tr("%1 holds %2 entries, more than the %3 such a file can hold.")
                                 .arg(where)
                                 .arg(n)
                                 .arg(limits.maxEntries),
                             ZipText::tr("Nothing was kept. This is not a Device OS release file; fetch it again from "
                                         "the catalog's source."));
        qint64 total = 0;
        for (zip_int64_t i = 0; i < n; ++i) {
            zip_stat_t st;
            zip_stat_init(&st);
            if (zip_stat_index(checked.m_zip.get(), zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)
                || !(st.valid & ZIP_STAT_SIZE))
                return unreadable(where, QStringLiteral("entry %1 cannot be read").arg(i));
            const QString name = QString::fromUtf8(st.name);
            if (const QString why = unsafeName(name); !why.isEmpty())
                return makeError(QString::fromLatin1(ziperror::UnsafeName),
                                 ZipText::tr("%1 holds an entry named \"%2\" with %3.").arg(where, name, why),
                                 ZipText::tr("Nothing was kept. Release files never hold such names: do not use this "
                                             "file; fetch the release again from the catalog's source."));
            zip_uint8_t opsys = 0;
            zip_uint32_t attributes = 0;
            if (zip_file_get_external_attributes(checked.m_zip.get(), zip_uint64_t(i), 0, &opsys, &attributes) == 0
                && opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & 0170000) == 0120000)
                return makeError(QString::fromLatin1(ziperror::UnsafeName),
                                 ZipText::tr("%1 holds a symbolic link, \"%2\".").arg(where, name),
                                 ZipText::tr("Nothing was kept. Release files never hold links: do not use this file."));
            if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
                return makeError(QString::fromLatin1(ziperror::UnsafeName),
                                 ZipText::tr("%1 holds an encrypted entry, \"%2\".").arg(where, name),
                                 ZipText::tr("Nothing was kept. Release files are never encrypted."));
            if (name.endsWith(QLatin1Char('/')))
                continue;
            if (st.size > zip_uint64_t(limits.maxEntrySize))
                return makeError(QString::fromLatin1(ziperror::TooLarge),
                                 ZipText::tr("%1: the entry \"%2\" claims %3 bytes, more than any firmware file.")
                                     .arg(where, name)
                                     .arg(st.size),
                                 ZipText::tr("Nothing was kept and nothing was unpacked. Do not use this file."));
            total += qint64(st.size);
            if (total > limits.maxTotalSize)
                return makeError(QString::fromLatin1(ziperror::TooLarge),
                                 ZipText::tr("%1 claims more than %2 bytes when unpacked.").arg(where).arg(limits.maxTotalSize),
                                 ZipText::tr("Nothing was kept and nothing was unpacked. Do not use this file."));
            for (const ZipEntryInfo &e : std::as_const(checked.m_entries))
                if (e.name == name)
                    return makeError(QString::fromLatin1(ziperror::UnsafeName),
                                     ZipText::tr("%1 holds \"%2\" twice.").arg(where, name),
                                     ZipText::tr("Nothing was kept. Do not use this file."));
            ZipEntryInfo info{name, qint64(st.size), zip_uint64_t(i)};
            info.deflated = (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_DEFLATE
                            && (st.valid & ZIP_STAT_COMP_SIZE) && (st.valid & ZIP_STAT_CRC);
            info.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
            info.crc32 = (st.valid & ZIP_STAT_CRC) ? st.crc : 0;
            checked.m_entries << info;
        }
        return {};
    }();
    if (!judged.ok())
        return judged.error();
    return checked;
}

Result<SafeZip> SafeZip::open(const QString &path, const QString &where, const ZipLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return unreadable(where, f.errorString());
    // A restore zip is a few MB and a kit at most a few hundred: reading it whole keeps one code
    // path (and the file cannot change under libzip meanwhile).
    if (f.size() > qint64(limits.maxTotalSize) + 64 * 1024 * 1024)
        return makeError(QString::fromLatin1(ziperror::TooLarge),
                         ZipText::tr("%1 is %2 bytes, larger than such a file can be.").arg(where).arg(f.size()),
                         ZipText::tr("Nothing was kept. Do not use this file."));
    return fromBytes(f.readAll(), where, limits);
}

Result<QByteArray> SafeZip::read(const QString &name) const
{
    for (const ZipEntryInfo &e : m_entries) {
        if (e.name != name)
            continue;
        if (e.deflated && e.compressedSize <= e.size + 1024 * 1024)
            return inflate(e);
        const std::lock_guard<std::mutex> taken(*m_lock);
        zip_file_t *f = zip_fopen_index(m_zip.get(), e.index, 0);
        if (!f)
            return unreadable(m_where, QString::fromUtf8(zip_strerror(m_zip.get())));
        QByteArray data(qsizetype(e.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(f, data.data(), zip_uint64_t(e.size));
        char extra = 0;
        const zip_int64_t more = got == e.size ? zip_fread(f, &extra, 1) : 0;
        const QString why = got < 0 || more < 0 ? QString::fromUtf8(zip_file_strerror(f)) : QString();
        zip_fclose(f);
        if (got != e.size || more != 0)
            return unreadable(m_where, QStringLiteral("%1: %2").arg(name, why.isEmpty() ? QStringLiteral("its size is not what the zip claims") : why));
        return data;
    }
    return makeError(QString::fromLatin1(ziperror::NoEntry), ZipText::tr("%1 does not hold %2.").arg(m_where, name),
                     ZipText::tr("Fetch it again."));
}

Result<QByteArray> SafeZip::inflate(const ZipEntryInfo &e) const
{
    // The raw DEFLATE stream as stored (libzip checks where it lies against the zip's bounds).
    QByteArray packed(qsizetype(e.compressedSize), Qt::Uninitialized);
    zip_int64_t got = -1;
    QString why;
    {
        const std::lock_guard<std::mutex> taken(*m_lock);
        zip_file_t *f = zip_fopen_index(m_zip.get(), e.index, ZIP_FL_COMPRESSED);
        if (!f)
            return unreadable(m_where, QString::fromUtf8(zip_strerror(m_zip.get())));
        got = zip_fread(f, packed.data(), zip_uint64_t(packed.size()));
        why = got < 0 ? QString::fromUtf8(zip_file_strerror(f)) : QString();
        zip_fclose(f);
    }
    if (got != packed.size())
        return unreadable(m_where, QStringLiteral("%1: %2").arg(e.name, why.isEmpty() ? QStringLiteral("cut short") : why));
    // Into a buffer of exactly the claimed size: libdeflate never writes past it and fails unless
    // the stream ends exactly there.
    QByteArray data(qsizetype(e.size), Qt::Uninitialized);
    std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor *)> d(libdeflate_alloc_decompressor(),
                                                                                   libdeflate_free_decompressor);
    if (!d)
        return unreadable(m_where, QStringLiteral("out of memory"));
    size_t inflated = 0;
    const libdeflate_result r = libdeflate_deflate_decompress(d.get(), packed.constData(), size_t(packed.size()),
                                                              data.data(), size_t(data.size()), &inflated);
    if (r != LIBDEFLATE_SUCCESS || inflated != size_t(e.size))
        return unreadable(m_where, QStringLiteral("%1: %2").arg(e.name, r == LIBDEFLATE_INSUFFICIENT_SPACE
                                                                         ? QStringLiteral("it unpacks to more than the zip claims")
                                                                         : QStringLiteral("its compressed data is damaged")));
    if (libdeflate_crc32(0, data.constData(), size_t(data.size())) != e.crc32)
        return unreadable(m_where, QStringLiteral("%1: CRC-32 does not match (damaged)").arg(e.name));
    return data;
}

Result<void> SafeZip::write(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    return writeFiles(path, entries, {});
}

Result<void> SafeZip::writeFiles(const QString &path, const QList<std::pair<QString, QByteArray>> &bytes,
                                 const QList<std::pair<QString, QString>> &files)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    const auto failed = [&path](const QString &why) {
        return makeError(QString::fromLatin1(ziperror::WriteFailed), ZipText::tr("%1 could not be written.").arg(path),
                         ZipText::tr("Check that the folder exists, is writable and has free space."), why);
    };
    if (!z)
        return failed(libzipError(err));
    const auto add = [z](const QString &name, zip_source_t *src) {
        if (!src || zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
            const QString why = QString::fromUtf8(zip_strerror(z));
            zip_source_free(src);
            zip_discard(z);
            return why.isEmpty() ? QStringLiteral("libzip refused %1").arg(name) : why;
        }
        return QString();
    };
    for (const auto &[name, data] : bytes) {
        // The bytes must live until zip_close: the caller's list keeps them.
        if (const QString why = add(name, zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0));
            !why.isEmpty())
            return failed(why);
    }
    for (const auto &[name, file] : files) {
        // Length -1: to the end of the file (libzip 1.7 has no ZIP_LENGTH_TO_END yet).
        if (const QString why = add(name, zip_source_file(z, QFile::encodeName(file).constData(), 0, -1));
            !why.isEmpty())
            return failed(QStringLiteral("%1: %2").arg(file, why));
    }
    if (zip_close(z) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(z));
        zip_discard(z);
        return failed(why);
    }
    return {};
}

} // namespace dr
