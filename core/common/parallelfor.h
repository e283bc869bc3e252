// Runs body(0) .. body(n - 1), the calling thread taking items itself while threads of `pool` that
// are free at the start help with the rest. The caller never waits for a thread to become free (a
// pool that is busy, even with the very task that calls this, only means the caller does more of
// the work itself), so it is safe from inside a task of the same pool. Returns once every item is
// done. `body` must be safe to run for different items at once. `prepare`, when given, runs on
// each helper before its first item (for example to lower its priority as the caller's is).
#pragma once

#include <QRunnable>
#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace dr {

template<typename Body>
void parallelFor(QThreadPool *pool, int n, Body body, std::function<void()> prepare = {})
{
    if (n <= 0)
        return;
    if (n == 1 || !pool) {
        for (int i = 0; i < n; ++i)
            body(i);
        return;
    }
    // Shared with the helpers: one that starts late, after every item is taken, only looks at the
    // counter and leaves, so the state outlives this call as long as a helper holds it.
    struct State
    {
        std::function<void(int)> body;
        std::function<void()> prepare;
        int n = 0;
        std::atomic<int> next{0};
        std::mutex lock;
        std::condition_variable allDone;
        int done = 0;

        void work()
        {
            for (int i = next.fetch_add(1); i < n; i = next.fetch_add(1)) {
                body(i);
                std::lock_guard<std::mutex> g(lock);
                if (++done == n)
                    allDone.notify_all();
            }
        }
    };
    auto state = std::make_shared<State>();
    state->body = std::move(body);
    state->prepare = std::move(prepare);
    state->n = n;
    for (int helpers = 1; helpers < n; ++helpers)
        if (!pool->tryStart(QRunnable::create([state] {
                if (state->next.load() >= state->n)
                    return; // started too late: nothing left
                if (state->prepare)
                    state->prepare();
                state->work();
            })))
            break;
    state->work();
    std::unique_lock<std::mutex> g(state->lock);
    state->allDone.wait(g, [&state] { return state->done == state->n; });
    // `body` may refer to the caller's stack: a helper still starting must not run it. Every item
    // is done, so none will.
}

} // namespace dr
