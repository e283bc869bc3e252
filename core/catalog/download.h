// What a download job is made of: the policy it runs under, the files it fetches, what it reports
// while running and what it hands back. Plain values, shared by Downloader and its transfers.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace dr {

struct DownloadPolicy
{
    int maxParallel = 3;          // transfers at once for one job
    int stallTimeoutMs = 20000;   // a transfer that receives no byte for this long is aborted (and retried)
    int maxAttempts = 4;          // per URL, the first attempt included
    int retryDelayMs = 1000;      // before the 2nd attempt; doubled before each further one
    int maxRedirects = 5;         // more is a loop
    qint64 maxFileBytes = 256LL * 1024 * 1024; // no release file comes near this
    // Redirects may go to these (even plain http) as well as to any https URL: the configured mirror.
    QList<QUrl> trustedBases;
};

struct DownloadRequest
{
    QList<QUrl> urls;    // tried in order: the source, then its fallbacks (a file 404 on one may be on the next)
    QString destination; // the file to write (a temporary file the caller owns; never the cache itself)
    // Published for some releases only: when every address answers "not found", the job goes on
    // without it (DownloadedFile::missing) instead of failing.
    bool optional = false;
};

struct DownloadedFile
{
    QUrl url;            // the URL asked for that served it (not the redirect target)
    QString path;        // = DownloadRequest::destination
    qint64 bytes = 0;
    int attempts = 0;    // on that URL
    bool resumed = false; // finished with an HTTP Range request after a broken transfer
    bool missing = false; // an optional file no address has (no file was written)
};

struct DownloadProgress
{
    qint64 done = 0;        // bytes held in the files so far (goes back only when a server restarts a file)
    qint64 total = 0;       // sum of the sizes the servers announced so far
    bool totalKnown = false; // every file's size is known, so `total` is final
    int files = 0;
    int filesDone = 0;
    double bytesPerSecond = 0; // over the last few seconds
    std::optional<double> etaSeconds; // when the total is known and bytes are moving
    QUrl current;            // a file being fetched now
};

} // namespace dr

Q_DECLARE_METATYPE(dr::DownloadProgress)
Q_DECLARE_METATYPE(dr::DownloadedFile)
