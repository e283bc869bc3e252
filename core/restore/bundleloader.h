// Opens a firmware bundle (folder or zip: reading and parsing up to hundreds of files) on a worker
// thread, so the GUI never blocks; the result comes back as a signal on the loader's thread.
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

    // Starts loading; a load still running is superseded (its result is dropped).
    void load(const QString &path);
    bool isLoading() const { return m_pending > 0; }

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
