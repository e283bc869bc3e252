// Synchronous wrapper over ListeningModeClient. See listeningmodesession.h.
#include "serial/listeningmodesession.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace dr {

namespace {

constexpr int kCancelPollMs = 50;

// Runs `start` and a local event loop until `done` says so; polls the cancel flag meanwhile.
template <typename Start, typename Done>
void runUntil(ListeningModeClient &client, const std::atomic_bool *cancel, QEventLoop &loop, Start start, Done done)
{
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&client, cancel] {
            if (cancel->load())
                client.cancel();
        });
        poll.start(kCancelPollMs);
        // Also at every acknowledged block: a fast link can carry a whole file between two polls.
        // Queued, so the sender is not re-entered from inside its own progress report.
        QObject::connect(
            &client, &ListeningModeClient::transferProgress, &loop,
            [&client, cancel] {
                if (cancel->load())
                    client.cancel();
            },
            Qt::QueuedConnection);
    }
    start();
    if (!done())
        loop.exec();
}

} // namespace

ListeningModeSession::ListeningModeSession(ListeningModeClient &client, const std::atomic_bool *cancelFlag)
    : m_client(client), m_cancel(cancelFlag)
{
}

Result<ConsoleReply> ListeningModeSession::command(ConsoleCommand command, int timeoutMs)
{
    std::optional<Result<ConsoleReply>> result;
    QEventLoop loop;
    QObject::connect(&m_client, &ListeningModeClient::replyReceived, &loop, [&](const ConsoleReply &r) {
        result.emplace(r);
        loop.quit();
    });
    QObject::connect(&m_client, &ListeningModeClient::commandFailed, &loop, [&](ConsoleCommand, const Error &e) {
        result.emplace(e);
        loop.quit();
    });
    runUntil(m_client, m_cancel, loop, [&] { m_client.sendCommand(command, timeoutMs); }, [&] { return result.has_value(); });
    return std::move(*result);
}

Result<ModuleInspection> ListeningModeSession::inspect(int timeoutMs)
{
    std::optional<Result<ModuleInspection>> result;
    QEventLoop loop;
    QObject::connect(&m_client, &ListeningModeClient::inspectionReceived, &loop, [&](const ModuleInspection &i) {
        result.emplace(i);
        loop.quit();
    });
    QObject::connect(&m_client, &ListeningModeClient::commandFailed, &loop, [&](ConsoleCommand, const Error &e) {
        result.emplace(e);
        loop.quit();
    });
    runUntil(m_client, m_cancel, loop, [&] { m_client.inspectModules(timeoutMs); }, [&] { return result.has_value(); });
    return std::move(*result);
}

Result<YmodemOutcome> ListeningModeSession::sendFile(const QByteArray &fileName, const QByteArray &data,
                                                     const YmodemOptions &options, const Progress &progress)
{
    std::optional<Result<YmodemOutcome>> result;
    QEventLoop loop;
    QObject::connect(&m_client, &ListeningModeClient::transferFinished, &loop, [&](const YmodemOutcome &o) {
        result.emplace(o);
        loop.quit();
    });
    QObject::connect(&m_client, &ListeningModeClient::transferFailed, &loop, [&](const Error &e) {
        result.emplace(e);
        loop.quit();
    });
    if (progress)
        QObject::connect(&m_client, &ListeningModeClient::transferProgress, &loop, progress);
    runUntil(m_client, m_cancel, loop, [&] { m_client.sendFile(fileName, data, options); },
             [&] { return result.has_value(); });
    return std::move(*result);
}

} // namespace dr
