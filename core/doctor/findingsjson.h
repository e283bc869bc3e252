// The doctor's findings as JSON (`doctor --json`, the support report) and as text for people.
#pragma once

#include "doctor/finding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dr {

QJsonObject findingJson(const Finding &finding);
QJsonArray findingsJson(const QList<Finding> &findings);
// One block per finding: "[PROBLEM] title", then why, what to do, the fix and detail, indented.
QString findingsText(const QList<Finding> &findings);

} // namespace dr
