// The command line's output helpers (see clioutput.h).
#include "clioutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace dr::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printJsonLine(const QJsonObject &o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
}

QJsonObject errorJson(const Error &e)
{
    return QJsonObject{{QStringLiteral("code"), e.code},
                       {QStringLiteral("message"), e.message},
                       {QStringLiteral("remedy"), e.remedy},
                       {QStringLiteral("detail"), e.detail}};
}

} // namespace dr::cli
