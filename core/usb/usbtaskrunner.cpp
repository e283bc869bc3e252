// Worker thread for USB tasks (see usbtaskrunner.h).
#include "usb/usbtaskrunner.h"

#include <QMetaType>

namespace dr {

UsbTaskRunner::UsbTaskRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<dr::Error>();
}

UsbTaskRunner::~UsbTaskRunner()
{
    cancel();
    wait();
}

bool UsbTaskRunner::start(const QString &name, Task task)
{
    if (m_running.exchange(true))
        return false;
    if (m_thread.joinable())
        m_thread.join();
    m_cancel = false;
    Q_EMIT started(name);
    m_thread = std::thread([this, task = std::move(task)] {
        UsbTaskContext context;
        context.cancel = &m_cancel;
        context.progress = [this](const QString &phase, quint64 done, quint64 total) {
            Q_EMIT progressChanged(phase, done, total);
        };
        const Result<void> r = task(context);
        m_running = false;
        Q_EMIT finished(r.ok(), r.ok() ? Error{} : r.error());
    });
    return true;
}

void UsbTaskRunner::cancel()
{
    m_cancel = true;
}

void UsbTaskRunner::wait()
{
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

} // namespace dr
