#include "restore/restorereport.h"

#include "doctor/findingsjson.h"

#include "platform/platformdatabase.h"
#include "restore/restoreplanjson.h"
#include "serial/moduleinspectionprinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>

namespace dr {

namespace {
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(dr::RestoreReport)
};
} // namespace

QJsonObject restoreReportJson(const RestoreReport &r)
{
    QJsonArray steps;
    for (const StepRecord &s : r.outcome.steps) {
        QJsonObject o{{QStringLiteral("index"), s.index},
                      {QStringLiteral("part"), s.part},
                      {QStringLiteral("outcome"), s.outcome},
                      {QStringLiteral("milliseconds"), s.milliseconds}};
        if (s.error)
            o.insert(QStringLiteral("error"), s.error->text());
        steps.append(o);
    }
    QJsonObject o{
        {QStringLiteral("app"), QStringLiteral("device-restore")},
        {QStringLiteral("appVersion"), QCoreApplication::applicationVersion()},
        {QStringLiteral("host"), QSysInfo::prettyProductName()},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("simulated"), r.simulated},
        {QStringLiteral("deviceId"), r.deviceId},
        {QStringLiteral("platform"), r.platform ? r.platform->name : QString()},
        {QStringLiteral("plan"), restorePlanToJson(r.plan)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("success"), r.outcome.success},
        {QStringLiteral("cancelled"), r.outcome.cancelled},
        {QStringLiteral("deviceState"), r.outcome.deviceState},
        {QStringLiteral("milliseconds"), r.outcome.milliseconds},
        {QStringLiteral("log"), QJsonArray::fromStringList(r.log)},
    };
    if (r.outcome.error)
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.outcome.error->code},
                                                      {QStringLiteral("message"), r.outcome.error->message},
                                                      {QStringLiteral("remedy"), r.outcome.error->remedy},
                                                      {QStringLiteral("detail"), r.outcome.error->detail}});
    o.insert(QStringLiteral("computerCheck"), r.computerCheck ? QJsonValue(findingsJson(*r.computerCheck)) : QJsonValue());
    if (r.before)
        o.insert(QStringLiteral("before"), ModuleInspectionPrinter::json(*r.before, &PlatformDatabase::builtin()));
    if (r.outcome.after)
        o.insert(QStringLiteral("after"), ModuleInspectionPrinter::json(*r.outcome.after, &PlatformDatabase::builtin()));
    return o;
}

QString restoreReportText(const RestoreReport &r)
{
    // The text report is for people (translated, whole lines); the JSON report keeps stable keys.
    const auto line = [](const QString &text) { return text + QLatin1Char('\n'); };
    QString t;
    t += line(ReportText::tr("Device Restore %1 report, %2")
                  .arg(QCoreApplication::applicationVersion(),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    t += line(ReportText::tr("Host: %1").arg(QSysInfo::prettyProductName()));
    const QString platform = r.platform ? r.platform->displayName : QStringLiteral("?");
    t += line(r.simulated ? ReportText::tr("Device: %1 (%2), simulated").arg(r.deviceId, platform)
                          : ReportText::tr("Device: %1 (%2)").arg(r.deviceId, platform));
    t += line(
        r.plan.current
            ? ReportText::tr("Device OS: %1 -> %2").arg(r.plan.current->toString(), r.plan.target.toString())
            : ReportText::tr("Device OS: unknown -> %1").arg(r.plan.target.toString()));
    t += line(r.outcome.success     ? ReportText::tr("Outcome: restored")
              : r.outcome.cancelled ? ReportText::tr("Outcome: cancelled")
                                    : ReportText::tr("Outcome: failed"));
    if (r.outcome.error) t += line(ReportText::tr("Error: %1").arg(r.outcome.error->text()));
    t += line(ReportText::tr("State: %1").arg(r.outcome.deviceState));
    t += QLatin1Char('\n') + line(ReportText::tr("Steps:"));
    for (const StepRecord &s : r.outcome.steps) {
        const QString step =
            s.error ? ReportText::tr("%1. %2: %3 (%4 ms) - %5", "step number, part, outcome, time, error")
                          .arg(s.index + 1)
                          .arg(s.part, s.outcome)
                          .arg(s.milliseconds)
                          .arg(s.error->text())
                    : ReportText::tr("%1. %2: %3 (%4 ms)", "step number, part, outcome, time")
                          .arg(s.index + 1)
                          .arg(s.part, s.outcome)
                          .arg(s.milliseconds);
        t += line(QStringLiteral("  ") + step);
    }
    if (r.before)
        t += QLatin1Char('\n') + line(ReportText::tr("Before:")) +
             ModuleInspectionPrinter::text(*r.before, &PlatformDatabase::builtin());
    if (r.outcome.after)
        t += QLatin1Char('\n') + line(ReportText::tr("After:")) +
             ModuleInspectionPrinter::text(*r.outcome.after, &PlatformDatabase::builtin());
    t += QLatin1Char('\n');
    if (r.computerCheck)
        t += line(ReportText::tr("Computer check:")) + findingsText(*r.computerCheck);
    else
        t += line(ReportText::tr("Computer check: not run."));
    t += QLatin1Char('\n') + line(ReportText::tr("Log:"));
    for (const QString &l : r.log)
        t += line(QStringLiteral("  ") + l);
    return t;
}

Result<void> saveRestoreReport(const RestoreReport &report, const QString &basePath)
{
    const QList<QPair<QString, QByteArray>> files = {
        {basePath + QStringLiteral(".txt"), restoreReportText(report).toUtf8()},
        {basePath + QStringLiteral(".json"), QJsonDocument(restoreReportJson(report)).toJson(QJsonDocument::Indented)},
    };
    for (const auto &[path, data] : files) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return makeError(QStringLiteral("report.write-failed"),
                             ReportText::tr("The report could not be saved to %1.").arg(path),
                             ReportText::tr("Choose a folder you can write to."), f.errorString());
    }
    return {};
}

} // namespace dr
