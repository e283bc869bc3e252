#include "restore/bundleloader.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QStandardPaths>

namespace dr {

BundleLoader::BundleLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const dr::FirmwareBundle>>();
    qRegisterMetaType<dr::Error>();
}

void BundleLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    // The watcher is a child of the loader: if the loader goes away first, nothing is delivered, and
    // the worker never touches the loader itself.
    auto *watcher = new QFutureWatcher<Result<FirmwareBundle>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        if (generation != m_generation)
            return; // superseded by a later load()
        Result<FirmwareBundle> result = watcher->result();
        if (result.ok())
            Q_EMIT loaded(std::make_shared<const FirmwareBundle>(std::move(*result)));
        else
            Q_EMIT failed(result.error());
    });
    watcher->setFuture(QtConcurrent::run([path] { return FirmwareBundle::open(path); }));
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
