#include "restore/restoreplanjson.h"

#include "restore/firmwarebundle.h"

#include <QJsonArray>

namespace dr {

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Flash:
        return QStringLiteral("flash");
    case StepKind::InvalidateFormerUserPart:
        return QStringLiteral("invalidate-former-user-part");
    case StepKind::WaitForConnection:
        return QStringLiteral("wait-for-connection");
    case StepKind::WaitForReboot:
        break;
    }
    return QStringLiteral("wait-for-reboot");
}

QString stepModeName(StepMode mode)
{
    return mode == StepMode::Dfu ? QStringLiteral("dfu") : QStringLiteral("running");
}

namespace {
QJsonValue optionalVersion(const std::optional<SemVer> &v)
{
    return v ? QJsonValue(v->toString()) : QJsonValue(QJsonValue::Null);
}
QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}
} // namespace

QJsonObject planStepToJson(const PlanStep &s)
{
    QJsonObject o{
        {QStringLiteral("kind"), stepKindName(s.kind)},
        {QStringLiteral("stage"), s.stage},
        {QStringLiteral("mode"), stepModeName(s.mode)},
        {QStringLiteral("reason"), s.reason},
    };
    if (s.kind == StepKind::Flash || s.kind == StepKind::InvalidateFormerUserPart) {
        o.insert(QStringLiteral("part"), s.part);
        o.insert(QStringLiteral("function"), moduleFunctionName(s.function));
        o.insert(QStringLiteral("index"), s.index);
        o.insert(QStringLiteral("transport"), stepTransportName(s.transport));
        o.insert(QStringLiteral("address"), hex32(s.address));
        o.insert(QStringLiteral("bytes"), s.bytes);
    }
    if (s.kind == StepKind::Flash) {
        o.insert(QStringLiteral("fromVersion"), s.fromVersion ? QJsonValue(*s.fromVersion) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("toVersion"), s.toVersion);
        o.insert(QStringLiteral("fromDeviceOs"), optionalVersion(s.fromDeviceOs));
        o.insert(QStringLiteral("toDeviceOs"), optionalVersion(s.toDeviceOs));
        if (s.source)
            o.insert(QStringLiteral("file"), s.source->path);
    }
    if (s.kind == StepKind::WaitForConnection || s.kind == StepKind::WaitForReboot)
        o.insert(QStringLiteral("deviceOs"), optionalVersion(s.toDeviceOs));
    return o;
}

QJsonObject restorePlanToJson(const RestorePlan &plan)
{
    QJsonArray steps, messages, expected;
    for (const PlanStep &s : plan.steps)
        steps.append(planStepToJson(s));
    for (const PlanMessage &m : plan.messages)
        messages.append(QJsonObject{{QStringLiteral("severity"), severityName(m.severity)},
                                    {QStringLiteral("code"), m.code},
                                    {QStringLiteral("text"), m.text},
                                    {QStringLiteral("overridable"), m.overridable},
                                    {QStringLiteral("overridden"), m.overridden}});
    for (const ExpectedModule &e : plan.expected)
        expected.append(QJsonObject{{QStringLiteral("part"), e.part},
                                    {QStringLiteral("function"), moduleFunctionName(e.function)},
                                    {QStringLiteral("index"), e.index},
                                    {QStringLiteral("version"), e.version}});
    return QJsonObject{
        {QStringLiteral("platform"), plan.platform ? plan.platform->name : QString()},
        {QStringLiteral("platformId"), plan.platform ? plan.platform->id : -1},
        {QStringLiteral("target"), plan.target.toString()},
        {QStringLiteral("current"), optionalVersion(plan.current)},
        {QStringLiteral("stages"), plan.stages},
        {QStringLiteral("refused"), plan.refused()},
        {QStringLiteral("nothingToWrite"), plan.nothingToWrite()},
        {QStringLiteral("totalBytes"), plan.totalBytes()},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("expected"), expected},
    };
}

} // namespace dr
