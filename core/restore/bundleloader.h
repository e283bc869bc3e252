// Opens a firmware bundle (folder or zip: reading and parsing up to hundreds of files) on a worker
// thread, so the GUI never blocks; the result comes back as a signal on the loader's thread.
// Bundles are opened through one process-wide cache: while anyone still holds a bundle, opening the
// same, unchanged folder or file again (main() for the simulated devices, then the wizard) gives
// that one back instead of reading and holding a second copy.
#pragma once

#include "common/result.h"
#include "restore/firmwarebundle.h"

#include <QObject>

#include <memory>

namespace dr {

class BundleLoader : public QObject
{
    Q_OBJECT

public:
    explicit BundleLoader(QObject *parent = nullptr);

    // Starts loading; a load still running is superseded (its result is dropped). A bundle opened
    // from `path` that someone holds right now is kept alive until this load has checked it (on the
    // worker thread) and, if it is still current, delivered it.
    void load(const QString &path);
    bool isLoading() const { return m_pending > 0; }

    // FirmwareBundle::open through the cache (any thread; blocks while it reads). A bundle is reused
    // while some shared_ptr to it is alive and its source is unchanged: the same canonical path and,
    // for a zip or .bin, the same size and modification time; for a folder, the same .bin files
    // (relative path, size, modification time) under it. Opens of a bundle not cached run one at a
    // time, so two callers asking for the same bundle at once read it once.
    static Result<std::shared_ptr<const FirmwareBundle>> openShared(const QString &path);

    // The bundle the setup script fetches (the real Device OS binaries): $DEVICE_RESTORE_CORPUS, else
    // ${XDG_CACHE_HOME:-~/.cache}/device-restore/real-binaries. Empty when it does not exist.
    static QString defaultLocalSource();

Q_SIGNALS:
    void loaded(std::shared_ptr<const dr::FirmwareBundle> bundle);
    void failed(const dr::Error &error);

private:
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace dr
