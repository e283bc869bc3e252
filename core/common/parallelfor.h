// Runs body(0) .. body(n - 1), the calling thread taking items itself while threads of `pool` that
// are free at the start help with the rest. The caller never waits for a thread to become free (a
// pool that is busy, even with the very task that calls this, only means the caller does more of
// the work itself), so it is safe from inside a task of the same pool. Returns once every item is
// done. `body` must be safe to run for different items at once. `prepare`, when given, runs on
// each helper before its first item (for example to lower its priority as the caller's is).
#pragma once

#include <functional>

class QThreadPool;

namespace dr {

void parallelFor(QThreadPool *pool, int n, const std::function<void(int)> &body,
                 const std::function<void()> &prepare = {});

// QThreadPool::start(task), handed over in a way ThreadSanitizer sees (Qt's own locks it does not,
// Debian's Qt not being built with it), so that races in `task` are still found.
void startOnPool(QThreadPool *pool, std::function<void()> task);

} // namespace dr
