// Runs USB work off the GUI thread: a thin QObject that owns one worker thread, runs a synchronous
// task on it (the engine's DFU and control-request steps), and turns its progress and result into
// signals. Cancellation sets the flag every USB operation checks between transfers.
#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace dr {

struct UsbTaskContext
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &phase, quint64 done, quint64 total)> progress;
    bool cancelled() const { return cancel && cancel->load(); }
};

class UsbTaskRunner : public QObject
{
    Q_OBJECT

public:
    using Task = std::function<Result<void>(const UsbTaskContext &)>;

    explicit UsbTaskRunner(QObject *parent = nullptr);
    ~UsbTaskRunner() override; // cancels and waits for the task

    // Starts the task on the worker thread; false when one is still running.
    bool start(const QString &name, Task task);
    void cancel();
    bool isRunning() const { return m_running.load(); }
    // Blocks until the running task ended (tests, shutdown).
    void wait();

Q_SIGNALS:
    void started(const QString &name);
    void progressChanged(const QString &phase, quint64 done, quint64 total);
    void finished(bool ok, const dr::Error &error); // error is empty when ok

private:
    std::thread m_thread;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_running{false};
};

} // namespace dr
