#include "restore/bundleloader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QStandardPaths>

#include <mutex>
#include <vector>

namespace dr {

namespace {

// What a bundle was opened from, to tell whether opening it again would read the same thing.
struct SourceKey
{
    QString canonicalPath;
    QByteArray fingerprint; // SHA-256 of the size and mtime of the file, or of every .bin in the folder

    bool operator==(const SourceKey &) const = default;
};

// Empty canonicalPath when the path does not exist (nothing to cache; open() says why).
SourceKey keyOf(const QString &path)
{
    const QFileInfo fi(path);
    SourceKey key;
    key.canonicalPath = fi.canonicalFilePath();
    if (key.canonicalPath.isEmpty())
        return key;
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString &name, const QFileInfo &info) {
        h.addData(name.toUtf8());
        h.addData(QByteArray::number(info.size()) + ' '
                  + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\n');
    };
    if (fi.isDir()) {
        // The files FirmwareBundle::open reads, in a stable order.
        QDirIterator it(key.canonicalPath, {QStringLiteral("*.bin"), QStringLiteral("*.BIN")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &f : std::as_const(files))
            add(f, QFileInfo(f));
    } else {
        add(key.canonicalPath, fi);
    }
    key.fingerprint = h.result();
    return key;
}

struct CacheEntry
{
    QString requestedPath; // absolute, as asked for (found again without touching the disk)
    SourceKey key;
    std::weak_ptr<const FirmwareBundle> bundle;
};

// The process-wide cache. `entriesMutex` guards `entries` and is never held while reading files, so
// the GUI thread can take it; `openMutex` makes opens of uncached bundles run one at a time.
std::mutex entriesMutex;
std::vector<CacheEntry> entries;
std::mutex openMutex;

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath(); // string work only, no file system access
}

std::shared_ptr<const FirmwareBundle> cached(const SourceKey &key)
{
    const std::lock_guard lock(entriesMutex);
    std::erase_if(entries, [](const CacheEntry &e) { return e.bundle.expired(); });
    for (const CacheEntry &e : entries)
        if (e.key == key)
            if (auto b = e.bundle.lock())
                return b;
    return nullptr;
}

// Any live bundle asked for under this path, whether or not it is still current (load() pins it).
std::shared_ptr<const FirmwareBundle> liveFor(const QString &path)
{
    const QString abs = absolute(path);
    const std::lock_guard lock(entriesMutex);
    for (const CacheEntry &e : entries)
        if (e.requestedPath == abs || e.key.canonicalPath == abs)
            if (auto b = e.bundle.lock())
                return b;
    return nullptr;
}

} // namespace

BundleLoader::BundleLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const dr::FirmwareBundle>>();
    qRegisterMetaType<dr::Error>();
}

Result<std::shared_ptr<const FirmwareBundle>> BundleLoader::openShared(const QString &path)
{
    const std::lock_guard opening(openMutex);
    const SourceKey key = keyOf(path);
    if (!key.canonicalPath.isEmpty())
        if (auto hit = cached(key))
            return hit;
    Result<FirmwareBundle> opened = FirmwareBundle::open(path);
    if (!opened.ok())
        return opened.error();
    auto bundle = std::make_shared<const FirmwareBundle>(std::move(*opened));
    if (!key.canonicalPath.isEmpty()) {
        const std::lock_guard lock(entriesMutex);
        entries.push_back({absolute(path), key, bundle});
    }
    return bundle;
}

void BundleLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    using Opened = Result<std::shared_ptr<const FirmwareBundle>>;
    // The watcher is a child of the loader: if the loader goes away first, nothing is delivered, and
    // the worker never touches the loader itself.
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        if (generation != m_generation)
            return; // superseded by a later load()
        const Opened result = watcher->result();
        if (result.ok())
            Q_EMIT loaded(*result);
        else
            Q_EMIT failed(result.error());
    });
    // Whoever opened this path may let go of it before the worker runs (main() once the window
    // exists): the pin keeps it in the cache until openShared has decided whether it is current.
    watcher->setFuture(QtConcurrent::run([path, pin = liveFor(path)] { return openShared(path); }));
}

QString BundleLoader::defaultLocalSource()
{
    QString dir = qEnvironmentVariable("DEVICE_RESTORE_CORPUS");
    if (dir.isEmpty()) {
        const QString cache = qEnvironmentVariable("XDG_CACHE_HOME", QDir::homePath() + QStringLiteral("/.cache"));
        dir = cache + QStringLiteral("/device-restore/real-binaries");
    }
    return QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

} // namespace dr
