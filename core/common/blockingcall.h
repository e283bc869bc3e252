// Runs a function on the thread of a QObject and waits until it has run, as
// Qt::BlockingQueuedConnection does, but hands the result over with std::mutex and
// std::condition_variable. Debian's Qt is not built with ThreadSanitizer, so the semaphore behind
// BlockingQueuedConnection is invisible to it and every value the function writes looks like a race
// to the caller that reads it; with the hand-over in our own (instrumented) code TSan sees the order.
// Like BlockingQueuedConnection: never call it with an object of the calling thread (it would wait
// forever); the object's thread must run an event loop.
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <condition_variable>
#include <mutex>

namespace dr {

template <typename Function>
void blockingCall(QObject *context, Function &&function)
{
    Q_ASSERT(context->thread() != QThread::currentThread());
    std::mutex mutex;
    std::condition_variable ran;
    bool done = false;
    // The caller holds the mutex until it waits, and the function runs under it: so everything the
    // caller did before the call happens before the function, and the function before the return.
    std::unique_lock lock(mutex);
    const bool queued = QMetaObject::invokeMethod(
        context,
        [&] {
            const std::lock_guard running(mutex);
            function();
            done = true;
            ran.notify_one();
        },
        Qt::QueuedConnection);
    if (!queued)
        return;
    ran.wait(lock, [&] { return done; });
}

} // namespace dr
