// A synchronous face of ListeningModeClient for code that runs on a worker thread and wants plain
// results: the restore engine, the CLI. Each call runs a local event loop until the client's
// signal arrives (the client's own timeouts bound it), so call it on the client's thread and never
// on the GUI thread. Cancellation comes from another thread through an atomic flag.
#pragma once

#include "common/result.h"
#include "serial/listeningmodeclient.h"

#include <atomic>
#include <functional>

namespace dr {

class ListeningModeSession
{
public:
    using Progress = std::function<void(qint64 bytesAcked, qint64 bytesTotal)>;

    // cancelFlag may be null; when it becomes true the running call is cancelled (serial.cancelled).
    explicit ListeningModeSession(ListeningModeClient &client, const std::atomic_bool *cancelFlag = nullptr);

    Result<ConsoleReply> command(ConsoleCommand command, int timeoutMs = -1);
    Result<ModuleInspection> inspect(int timeoutMs = -1);
    Result<YmodemOutcome> sendFile(const QByteArray &fileName, const QByteArray &data, const YmodemOptions &options = {},
                                   const Progress &progress = {});

private:
    ListeningModeClient &m_client;
    const std::atomic_bool *m_cancel;
};

} // namespace dr
