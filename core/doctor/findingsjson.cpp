// The doctor's findings as JSON and text. See findingsjson.h.
#include "doctor/findingsjson.h"

namespace dr {

QJsonObject findingJson(const Finding &f)
{
    QJsonObject o{
        {QStringLiteral("code"), f.code},     {QStringLiteral("severity"), findingSeverityName(f.severity)},
        {QStringLiteral("title"), f.title},   {QStringLiteral("why"), f.why},
        {QStringLiteral("remedy"), f.remedy}, {QStringLiteral("detail"), f.detail}};
    if (f.fix)
        o.insert(QStringLiteral("fix"), QJsonObject{{QStringLiteral("id"), doctorFixName(f.fix->kind)},
                                                    {QStringLiteral("label"), f.fix->label},
                                                    {QStringLiteral("target"), f.fix->targetPath},
                                                    {QStringLiteral("afterwards"), f.fix->afterwards}});
    else
        o.insert(QStringLiteral("fix"), QJsonValue::Null);
    return o;
}

QJsonArray findingsJson(const QList<Finding> &findings)
{
    QJsonArray a;
    for (const Finding &f : findings)
        a.append(findingJson(f));
    return a;
}

QString findingsText(const QList<Finding> &findings)
{
    QString out;
    for (const Finding &f : findings) {
        out += QStringLiteral("[%1] %2\n").arg(findingSeverityName(f.severity).toUpper(), f.title);
        auto line = [&out](const char *label, const QString &text) {
            if (!text.isEmpty())
                out += QStringLiteral("    %1: %2\n")
                           .arg(QLatin1String(label),
                                QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n      ")));
        };
        line("why", f.why);
        line("what to do", f.remedy);
        if (f.fix)
            line("fix", QStringLiteral("%1 (device-restore doctor --fix %2; writes %3)")
                            .arg(f.fix->label, doctorFixName(f.fix->kind), f.fix->targetPath));
        line("detail", f.detail);
    }
    return out;
}

} // namespace dr
