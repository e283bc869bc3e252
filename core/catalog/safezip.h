// Zips from outside (downloaded restore zips, restore kits) read through libzip with limits checked
// before a byte is inflated: the number of entries, each entry's and the total uncompressed size
// the zip claims, and entry names (no absolute paths, no "..", no backslashes, no drive letters, no
// symbolic links, no encryption). A zip that breaks a limit is refused whole. Also writes zips
// (restore kits, test layouts). FirmwareBundle keeps its own reader for a person's own zips, which
// it reads leniently (it lists what it could not use instead of refusing).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <utility>

struct zip;

namespace dr {

namespace ziperror {
inline constexpr char Unreadable[] = "zip.unreadable";      // not a zip, or damaged
inline constexpr char TooManyEntries[] = "zip.too-many-entries";
inline constexpr char TooLarge[] = "zip.too-large";         // an entry or the whole claims too much
inline constexpr char UnsafeName[] = "zip.unsafe-name";     // absolute, "..", link, ...
inline constexpr char NoEntry[] = "zip.no-entry";
inline constexpr char WriteFailed[] = "zip.write-failed";
} // namespace ziperror

struct ZipLimits
{
    int maxEntries = 64;
    qint64 maxEntrySize = 16 * 1024 * 1024;  // no Particle module is larger
    qint64 maxTotalSize = 128 * 1024 * 1024; // uncompressed, all entries
};

struct ZipEntryInfo
{
    QString name;
    qint64 size = 0; // uncompressed, as the zip claims it
    quint64 index = 0;
    qint64 compressedSize = 0;
    quint32 crc32 = 0;     // as the zip's central directory records it
    bool deflated = false; // stored with DEFLATE (then read through libdeflate)
};

class SafeZip
{
public:
    SafeZip();
    SafeZip(SafeZip &&) noexcept;
    SafeZip &operator=(SafeZip &&) noexcept;
    ~SafeZip();

    // `where` names the zip in errors (a URL or a path). Checks every entry against `limits`.
    static Result<SafeZip> fromBytes(QByteArray bytes, const QString &where, const ZipLimits &limits = {});
    static Result<SafeZip> open(const QString &path, const QString &where, const ZipLimits &limits = {});

    // The files in the zip (folders left out), in the zip's order.
    const QList<ZipEntryInfo> &entries() const { return m_entries; }
    // One entry's bytes, never more than it claims, its CRC-32 checked against the zip's. DEFLATE
    // entries are inflated whole by libdeflate (three times zlib's speed through libzip, which was
    // most of the time spent verifying a downloaded release); other methods through libzip.
    // Safe to call from several threads at once (libzip's part is taken in turn; inflating is not).
    Result<QByteArray> read(const QString &name) const;

    // Writes a zip of `entries` (name in the zip -> bytes), deflated, to `path` (libzip writes a
    // temporary file beside it and renames it when complete).
    static Result<void> write(const QString &path, const QList<std::pair<QString, QByteArray>> &entries);
    // The same with entries taken from files (name in the zip -> file path), read by libzip as it
    // writes: a zip of any size without holding it in memory (restore kit export).
    static Result<void> writeFiles(const QString &path, const QList<std::pair<QString, QByteArray>> &bytes,
                                   const QList<std::pair<QString, QString>> &files);

private:
    Result<QByteArray> inflate(const ZipEntryInfo &e) const;

    struct Closer
    {
        void operator()(zip *z) const;
    };
    QByteArray m_bytes; // the zip itself when it came as bytes (libzip reads from it)
    std::unique_ptr<zip, Closer> m_zip;
    QString m_where;
    QList<ZipEntryInfo> m_entries;
    std::unique_ptr<std::mutex> m_lock; // libzip's archive is for one thread at a time
};

} // namespace dr
