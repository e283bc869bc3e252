// How many bytes a set of files will take to download, asked before downloading them, so that a
// person sees the size before choosing: one HEAD request per file (a file:// source is measured on
// the disk), a few at once, each address in turn as a download tries them, redirects under the
// same rules as downloads (https, or inside the configured mirror), the system proxy, and one time
// limit for the whole. A size the server does not announce is counted as unknown, never guessed.
// Blocks in its own event loop: call it on a worker thread (ReleaseService) or the command line.
#pragma once

#include "catalog/download.h"
#include "common/result.h"

#include <QList>

#include <atomic>

namespace dr {

struct SizeEstimate
{
    qint64 bytes = 0;  // the files whose size is known
    int files = 0;     // files that will be downloaded (optional ones that no address has left out)
    int unknown = 0;   // of them, how many did not announce a size
};

class SizeProbe
{
public:
    explicit SizeProbe(DownloadPolicy policy = {});

    // The download size of `requests`. Errors: download.unreachable (offline), download.timeout
    // (no answer within `timeoutMs`), download.redirect-refused, download.cancelled.
    Result<SizeEstimate> run(const QList<DownloadRequest> &requests, int timeoutMs = 10000);
    // Any thread: the running probe ends with download.cancelled.
    void cancel() { m_cancelled = true; }

private:
    DownloadPolicy m_policy;
    std::atomic<bool> m_cancelled = false;
};

} // namespace dr
