// Cancel and person answers for an engine on another thread (see enginecontrol.h).
#include "restore/enginecontrol.h"

#include "restore/restoreengine.h"

namespace dr {

void EngineControl::attach(RestoreEngine &engine)
{
    const std::lock_guard lock(m_engineMutex);
    m_engine = &engine;
    if (m_cancelled.load()) engine.cancel();
}

void EngineControl::detach()
{
    const std::lock_guard lock(m_engineMutex);
    m_engine = nullptr;
}

void EngineControl::passOnCancel()
{
    if (!m_cancelled.load()) return;
    const std::lock_guard lock(m_engineMutex);
    if (m_engine) m_engine->cancel();
}

bool EngineControl::askPerson(const std::function<void()> &announce)
{
    {
        const std::lock_guard lock(m_personMutex);
        m_answer.reset();
    }
    announce();
    std::unique_lock lock(m_personMutex);
    m_personAnswered.wait(lock, [this] { return m_answer.has_value() || m_cancelled.load(); });
    return m_answer.value_or(false) && !m_cancelled.load();
}

void EngineControl::cancel()
{
    m_cancelled.store(true);
    {
        const std::lock_guard lock(m_engineMutex);
        if (m_engine) m_engine->cancel();
    }
    const std::lock_guard lock(m_personMutex); // a waiter between its check and its wait sees it
    m_personAnswered.notify_all();
}

void EngineControl::answerPerson(bool goOn)
{
    const std::lock_guard lock(m_personMutex);
    m_answer = goOn;
    m_personAnswered.notify_all();
}

void EngineControl::reset()
{
    m_cancelled.store(false);
    const std::lock_guard lock(m_personMutex);
    m_answer.reset();
}

} // namespace dr
