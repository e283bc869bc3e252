// The station's summary files (see stationsummary.h).
#include "station/stationsummary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dr {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QJsonObject toJson(const StationSummaryEntry &e)
{
    return QJsonObject{{QStringLiteral("time"), e.at.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("deviceId"), e.deviceId},
                       {QStringLiteral("platform"), e.platform},
                       {QStringLiteral("usbPort"), e.usbPort},
                       {QStringLiteral("from"), e.from},
                       {QStringLiteral("to"), e.to},
                       {QStringLiteral("result"), e.result},
                       {QStringLiteral("durationMs"), e.durationMs},
                       {QStringLiteral("errorCode"), e.errorCode},
                       {QStringLiteral("reason"), e.reason},
                       {QStringLiteral("report"), e.report}};
}

StationSummaryEntry fromJson(const QJsonObject &o)
{
    StationSummaryEntry e;
    e.at = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODate);
    e.deviceId = o.value(QLatin1String("deviceId")).toString();
    e.platform = o.value(QLatin1String("platform")).toString();
    e.usbPort = o.value(QLatin1String("usbPort")).toString();
    e.from = o.value(QLatin1String("from")).toString();
    e.to = o.value(QLatin1String("to")).toString();
    e.result = o.value(QLatin1String("result")).toString();
    e.durationMs = qint64(o.value(QLatin1String("durationMs")).toDouble());
    e.errorCode = o.value(QLatin1String("errorCode")).toString();
    e.reason = o.value(QLatin1String("reason")).toString();
    e.report = o.value(QLatin1String("report")).toString();
    return e;
}

Result<void> saveAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return makeError(QStringLiteral("station.summary-write-failed"),
                         QStringLiteral("The station summary could not be written to %1.").arg(path),
                         QStringLiteral("Choose a station folder you can write to."), f.errorString());
    return {};
}

} // namespace

StationSummary::StationSummary(QString folder) : m_folder(std::move(folder)) {}

QString StationSummary::csvPath() const
{
    return m_folder + QStringLiteral("/summary.csv");
}

QString StationSummary::jsonPath() const
{
    return m_folder + QStringLiteral("/summary.json");
}

QString StationSummary::csvHeader()
{
    return QStringLiteral(
        "time,device_id,platform,usb_port,from,to,result,duration_ms,error_code,reason,report");
}

QString StationSummary::csvLine(const StationSummaryEntry &e)
{
    const QStringList fields = {
        e.at.toUTC().toString(Qt::ISODate), e.deviceId,  e.platform, e.usbPort, e.from, e.to, e.result,
        QString::number(e.durationMs),      e.errorCode, e.reason,   e.report};
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(','));
}

void StationSummary::loadExisting()
{
    if (m_loaded) return;
    m_loaded = true;
    QFile f(jsonPath());
    if (!f.open(QIODevice::ReadOnly)) return;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    for (const QJsonValue &v : doc.object().value(QLatin1String("devices")).toArray())
        m_entries.append(fromJson(v.toObject()));
}

Result<void> StationSummary::append(const StationSummaryEntry &entry)
{
    QMutexLocker lock(&m_mutex);
    loadExisting();
    m_entries.append(entry);
    return write();
}

QList<StationSummaryEntry> StationSummary::entries() const
{
    QMutexLocker lock(&m_mutex);
    const_cast<StationSummary *>(this)->loadExisting();
    return m_entries;
}

Result<void> StationSummary::write()
{
    if (!QDir().mkpath(m_folder))
        return makeError(QStringLiteral("station.summary-write-failed"),
                         QStringLiteral("The station folder %1 could not be made.").arg(m_folder),
                         QStringLiteral("Choose a station folder you can write to."));
    QString csv = csvHeader() + QLatin1Char('\n');
    QJsonArray devices;
    int done = 0, failed = 0;
    for (const StationSummaryEntry &e : m_entries) {
        csv += csvLine(e) + QLatin1Char('\n');
        devices.append(toJson(e));
        if (e.result == QLatin1String("done") || e.result == QLatin1String("already-at-target"))
            ++done;
        else
            ++failed;
    }
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("device-restore/station-summary")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("done"), done},
                           {QStringLiteral("notDone"), failed},
                           {QStringLiteral("devices"), devices}};
    if (auto r = saveAtomically(csvPath(), csv.toUtf8()); !r.ok()) return r;
    return saveAtomically(jsonPath(), QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace dr
