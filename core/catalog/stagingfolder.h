// Files on their way into the release cache: written (downloaded, or taken out of a restore kit)
// into the cache's own tmp folder on the same disk, so the cache can rename them into place. Each
// job names its files with a random prefix of its own; what a job leaves there (failed, or not
// taken by the cache) is removed when the job ends, and what a killed process left is removed by
// a later job once it is a day old. The folder itself is kept: creating and removing folders costs
// milliseconds a time on some disks (ext4 with discard: 2-3 ms an rmdir), more than verifying a
// release.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dr {

class StagingFolder
{
public:
    // `kind` starts the names ("fetch", "kit") so a job cleans only what jobs of its kind leave.
    static Result<StagingFolder> open(const QString &folder, const QString &kind);
    StagingFolder(StagingFolder &&other) noexcept;
    StagingFolder(const StagingFolder &) = delete;
    StagingFolder &operator=(const StagingFolder &) = delete;
    StagingFolder &operator=(StagingFolder &&) = delete;
    ~StagingFolder(); // removes every file of this job still there

    // A path for `name` in this job (nothing is created).
    QString path(const QString &name);
    // Writes `data` to a new file of this job and returns its path.
    Result<QString> write(const QString &name, const QByteArray &data);

private:
    StagingFolder() = default;
    QString m_prefix;
    QStringList m_paths;
};

} // namespace dr
