// What every sub-command prints with: stdout and stderr streams, one JSON object per line (--json
// events), and an error as JSON (code, message, remedy, detail).
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QTextStream>

namespace dr::cli {

QTextStream &out();
QTextStream &err();
void printJsonLine(const QJsonObject &o); // compact, newline, flushed
QJsonObject errorJson(const Error &e);

} // namespace dr::cli
