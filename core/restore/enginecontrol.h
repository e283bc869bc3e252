// The handle other threads have on a RestoreEngine running on a worker thread: cancel() reaches the
// engine under a mutex (the worker attaches it before it runs and detaches it before it goes, so a
// cancel never reaches an engine that has gone), a cancel that comes before the engine runs or as it
// starts is not lost, and a person prompt waits here for answerPerson(). Used by the single-device
// DeviceService and by each of the station's device workers.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace dr {

class RestoreEngine;

class EngineControl
{
public:
    // Worker thread.
    void attach(RestoreEngine &engine); // a cancel() that came first reaches it at once
    void detach();
    // From the engine's observer (progress): run() and inspect() clear the engine's own cancel flag
    // as they start, so a cancel that came just before is given to it again.
    void passOnCancel();
    // A person prompt: forgets any earlier answer, calls `announce` (which shows the prompt), then
    // waits for answerPerson() or cancel(). True to go on.
    bool askPerson(const std::function<void()> &announce);

    // Any thread.
    void cancel(); // the engine stops at its next safe point; a waiting prompt is answered "stop"
    bool cancelled() const { return m_cancelled.load(); }
    void answerPerson(bool goOn);
    void reset(); // before a new run: not cancelled, no answer

private:
    // std::mutex and std::condition_variable, not Qt's: Debian's Qt is not built with TSan, which
    // then cannot see QWaitCondition release the mutex while it waits (a false "double lock").
    std::mutex m_engineMutex;
    RestoreEngine *m_engine = nullptr;
    std::atomic_bool m_cancelled{false};
    std::mutex m_personMutex;
    std::condition_variable m_personAnswered;
    std::optional<bool> m_answer;
};

} // namespace dr
