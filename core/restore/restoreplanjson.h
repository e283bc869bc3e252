// The restore plan as JSON: the CLI's `plan --json`, the GUI's saved report and the engine's log.
// The keys are documented in README.md ("plan JSON") and stay stable.
#pragma once

#include "restore/restoreplan.h"

#include <QJsonObject>

namespace dr {

QJsonObject restorePlanToJson(const RestorePlan &plan);
QJsonObject planStepToJson(const PlanStep &step);
QString stepKindName(StepKind kind); // "flash", "invalidate-former-user-part", "wait-for-connection", ...
QString stepModeName(StepMode mode); // "dfu", "running"

} // namespace dr
