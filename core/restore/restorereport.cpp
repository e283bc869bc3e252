#include "restore/restorereport.h"

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
    if (r.before)
        o.insert(QStringLiteral("before"), ModuleInspectionPrinter::json(*r.before, &PlatformDatabase::builtin()));
    if (r.outcome.after)
        o.insert(QStringLiteral("after"), ModuleInspectionPrinter::json(*r.outcome.after, &PlatformDatabase::builtin()));
    return o;
}

QString restoreReportText(const RestoreReport &r)
{
    QString t;
    t += QStringLiteral("Device Restore %1 report, %2\n").arg(QCoreApplication::applicationVersion(),
                                                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    t += QStringLiteral("Host: %1\n").arg(QSysInfo::prettyProductName());
    t += QStringLiteral("Device: %1 (%2)%3\n")
             .arg(r.deviceId, r.platform ? r.platform->displayName : QStringLiteral("?"),
                  r.simulated ? QStringLiteral(", simulated") : QString());
    t += QStringLiteral("Device OS: %1 -> %2\n")
             .arg(r.plan.current ? r.plan.current->toString() : QStringLiteral("unknown"), r.plan.target.toString());
    t += QStringLiteral("Outcome: %1\n").arg(r.outcome.success ? QStringLiteral("restored")
                                             : r.outcome.cancelled ? QStringLiteral("cancelled")
                                                                   : QStringLiteral("failed"));
    if (r.outcome.error)
        t += QStringLiteral("Error: %1\n").arg(r.outcome.error->text());
    t += QStringLiteral("State: %1\n\nSteps:\n").arg(r.outcome.deviceState);
    for (const StepRecord &s : r.outcome.steps)
        t += QStringLiteral("  %1. %2: %3 (%4 ms)%5\n")
                 .arg(s.index + 1)
                 .arg(s.part, s.outcome)
                 .arg(s.milliseconds)
                 .arg(s.error ? QStringLiteral(" - ") + s.error->text() : QString());
    if (r.before)
        t += QStringLiteral("\nBefore:\n") + ModuleInspectionPrinter::text(*r.before, &PlatformDatabase::builtin());
    if (r.outcome.after)
        t += QStringLiteral("\nAfter:\n") + ModuleInspectionPrinter::text(*r.outcome.after, &PlatformDatabase::builtin());
    t += QStringLiteral("\nLog:\n");
    for (const QString &l : r.log)
        t += QStringLiteral("  ") + l + QLatin1Char('\n');
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
            return makeError(QStringLiteral("report.write-failed"), QStringLiteral("The report could not be saved to %1.").arg(path),
                             QStringLiteral("Choose a folder you can write to."), f.errorString());
    }
    return {};
}

} // namespace dr
