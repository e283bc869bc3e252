#include "common/parallelfor.h"

#include <QRunnable>
#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace dr {

namespace {

// Shared by the caller and its helpers. A helper that starts late, after every item is taken,
// only looks at the counter and leaves; the state lives as long as one of them holds it.
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
            const std::lock_guard<std::mutex> g(lock);
            if (++done == n)
                allDone.notify_all();
        }
    }
};

// The hand-over to a pool thread goes through Qt's own locks, which ThreadSanitizer does not see
// (Debian's Qt is not built with it): the task is published with a release store and taken with
// an acquire load, so the order is one TSan sees too.
class Task final : public QRunnable
{
public:
    explicit Task(std::function<void()> task)
    {
        m_task = std::move(task);
        m_published.store(true, std::memory_order_release);
    }
    void run() override
    {
        if (m_published.load(std::memory_order_acquire))
            m_task();
    }

private:
    std::function<void()> m_task;
    std::atomic<bool> m_published{false};
};

} // namespace

void startOnPool(QThreadPool *pool, std::function<void()> task)
{
    pool->start(new Task(std::move(task)));
}

void parallelFor(QThreadPool *pool, int n, const std::function<void(int)> &body, const std::function<void()> &prepare)
{
    if (n <= 0)
        return;
    if (n == 1 || !pool) {
        for (int i = 0; i < n; ++i)
            body(i);
        return;
    }
    auto state = std::make_shared<State>();
    state->body = body;
    state->prepare = prepare;
    state->n = n;
    for (int helpers = 1; helpers < n; ++helpers) {
        auto *helper = new Task([state] {
            if (state->next.load() >= state->n)
                return; // started too late: nothing left
            if (state->prepare)
                state->prepare();
            state->work();
        });
        if (!pool->tryStart(helper)) {
            delete helper; // not taken: still ours
            break;
        }
    }
    state->work();
    std::unique_lock<std::mutex> g(state->lock);
    state->allDone.wait(g, [&state] { return state->done == state->n; });
    // `body` may refer to the caller's stack: a helper still starting must not run it. Every item
    // is done, so none will.
}

} // namespace dr
