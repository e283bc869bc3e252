// The station's running summary: one line per finished device (time, device ID, platform, from, to,
// result, duration, error code, report) in summary.csv and summary.json in the station folder, both
// rewritten atomically (QSaveFile) after every device, so a crash or power cut leaves the previous
// whole file. An existing summary.json in the folder (the station restarted the same day) is
// continued. Thread-safe: the station's device workers append from their own threads.
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

namespace dr {

struct StationSummaryEntry
{
    QDateTime at;     // when the device finished
    QString deviceId; // 24 hex digits; the USB serial number for an old Gen 2 not yet known
    QString platform; // "boron"
    QString usbPort;  // "1-2.3"
    QString from;     // Device OS before ("" when unknown)
    QString to;       // Device OS after (the target when it was reached)
    QString result;   // stationStatusName(): done, already-at-target, failed, cancelled, unplugged
    qint64 durationMs = 0;
    QString errorCode; // "dfu.errWRITE"; empty on success
    QString reason;    // the one-line reason on failure
    QString report;    // file name of the device's report (BASE.json), relative to the folder
};

class StationSummary
{
public:
    explicit StationSummary(QString folder);
    QString folder() const { return m_folder; }
    QString csvPath() const;
    QString jsonPath() const;

    // Adds the entry and rewrites both files (creating the folder when needed).
    Result<void> append(const StationSummaryEntry &entry);
    QList<StationSummaryEntry> entries() const;

    static QString csvHeader();
    static QString csvLine(const StationSummaryEntry &entry);

private:
    void loadExisting();  // under m_mutex
    Result<void> write(); // under m_mutex
    QString m_folder;
    mutable QMutex m_mutex;
    bool m_loaded = false;
    QList<StationSummaryEntry> m_entries;
};

} // namespace dr
