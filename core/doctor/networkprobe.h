// The doctor's network check: for each host of the release sources (Particle's, or the configured
// mirror), whether its name resolves and a connection can be made (TLS for https, certificates
// checked, never ignored), through the system proxy as downloads go. Waits at most `timeout` in all,
// in a local event loop: call it from a worker thread or the command line, never the GUI thread.
#pragma once

#include "catalog/releasesources.h"
#include "doctor/systemsnapshot.h"

#include <QCoreApplication>

#include <chrono>

namespace dr {

class NetworkProbe
{
    Q_DECLARE_TR_FUNCTIONS(dr::NetworkProbe)

public:
    // The hosts to check: one per distinct http(s) host of `sources`, labelled with what comes from
    // there. A file:// mirror has none.
    static QList<SourceReach> targets(const ReleaseSources &sources);

    static QList<SourceReach> probe(const ReleaseSources &sources, std::chrono::milliseconds timeout);
};

} // namespace dr
