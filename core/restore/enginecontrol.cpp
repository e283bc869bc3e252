// Cancel and person answers for an engine on another thread (see enginecontrol.h).
#include "restore/enginecontrol.h"

#include "restore/restoreengine.h"

namespace dr {

void EngineControl::attach(RestoreEngine &engine)
{
    QMutexLocker lock(&m_engineMutex);
    m_engine = &engine;
    if (m_cancelled.load())
        engine.cancel();
}

void EngineControl::detach()
{
    QMutexLocker lock(&m_engineMutex);
    m_engine = nullptr;
}

void EngineControl::passOnCancel()
{
    if (!m_cancelled.load())
        return;
    QMutexLocker lock(&m_engineMutex);
    if (m_engine)
        m_engine->cancel();
}

bool EngineControl::askPerson(const std::function<void()> &announce)
{
    {
        QMutexLocker lock(&m_personMutex);
        m_answer.reset();
    }
    announce();
    QMutexLocker lock(&m_personMutex);
    while (!m_answer.has_value() && !m_cancelled.load())
        m_personAnswered.wait(&m_personMutex, 200);
    return m_answer.value_or(false) && !m_cancelled.load();
}

void EngineControl::cancel()
{
    m_cancelled.store(true);
    {
        QMutexLocker lock(&m_engineMutex);
        if (m_engine)
            m_engine->cancel();
    }
    QMutexLocker lock(&m_personMutex);
    m_personAnswered.wakeAll();
}

void EngineControl::answerPerson(bool goOn)
{
    QMutexLocker lock(&m_personMutex);
    m_answer = goOn;
    m_personAnswered.wakeAll();
}

void EngineControl::reset()
{
    m_cancelled.store(false);
    QMutexLocker lock(&m_personMutex);
    m_answer.reset();
}

} // namespace dr
