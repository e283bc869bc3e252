#include "restore/bundleloader.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

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
    QPointer<BundleLoader> self(this);
    QThreadPool::globalInstance()->start([self, path, generation] {
        auto result = FirmwareBundle::open(path);
        std::shared_ptr<const FirmwareBundle> bundle;
        Error error;
        if (result.ok())
            bundle = std::make_shared<const FirmwareBundle>(std::move(*result));
        else
            error = result.error();
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, bundle, error, generation] {
                if (!self)
                    return;
                --self->m_pending;
                if (generation != self->m_generation)
                    return; // superseded by a later load()
                if (bundle)
                    Q_EMIT self->loaded(bundle);
                else
                    Q_EMIT self->failed(error);
            },
            Qt::QueuedConnection);
    });
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
