// The cache's staging folder (see stagingfolder.h).
#include "catalog/stagingfolder.h"

#include "catalog/releasecache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace dr {

Result<StagingFolder> StagingFolder::open(const QString &folder, const QString &kind)
{
    if (!QDir().mkpath(folder))
        return makeError(QStringLiteral("download.write-failed"),
                         QStringLiteral("No temporary folder can be made in %1.").arg(folder),
                         QStringLiteral("Check the permissions of the cache folder and the free space."));
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList left = QDir(folder).entryInfoList({kind + QStringLiteral("-*")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : left)
        if (f.lastModified().toUTC() < dayAgo)
            QFile::remove(f.absoluteFilePath());
    StagingFolder s;
    s.m_prefix = QDir(folder).filePath(
        QStringLiteral("%1-%2-").arg(kind).arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    return s;
}

StagingFolder::StagingFolder(StagingFolder &&other) noexcept
    : m_prefix(std::move(other.m_prefix)), m_paths(std::move(other.m_paths))
{
    other.m_paths.clear();
}

StagingFolder::~StagingFolder()
{
    for (const QString &p : std::as_const(m_paths))
        QFile::remove(p); // already gone when the cache took it
}

QString StagingFolder::path(const QString &name)
{
    m_paths << m_prefix + name;
    return m_paths.last();
}

Result<QString> StagingFolder::write(const QString &name, const QByteArray &data)
{
    const QString p = path(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() || !f.flush())
        return makeError(QString::fromLatin1(cacheerror::WriteFailed),
                         QStringLiteral("The release cache could not write %1 (%2).").arg(p, f.errorString()),
                         QStringLiteral("Nothing of it was kept. Free some disk space or choose another cache folder "
                                        "(DEVICE_RESTORE_CACHE), then try again."));
    return p;
}

} // namespace dr
