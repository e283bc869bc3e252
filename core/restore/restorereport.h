// The record of one restore, for support tickets and a technician's files: app and host, device,
// plan, before/after modules, every step with its timing, the outcome and any error.
#pragma once

#include "common/result.h"
#include "doctor/finding.h"
#include "restore/restoreengine.h"
#include "restore/restoreplan.h"
#include "serial/moduleinspection.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace dr {

struct RestoreReport
{
    QString deviceId;
    const Platform *platform = nullptr;
    bool simulated = false;
    std::optional<ModuleInspection> before;
    RestorePlan plan;
    RestoreOutcome outcome;
    QStringList log;
    // The computer check's findings (core/doctor), when it ran; support needs to know what stood
    // between the computer and the device.
    std::optional<QList<Finding>> computerCheck;
};

QJsonObject restoreReportJson(const RestoreReport &report);
QString restoreReportText(const RestoreReport &report);
// Writes BASE.txt and BASE.json (BASE without extension).
Result<void> saveRestoreReport(const RestoreReport &report, const QString &basePath);

} // namespace dr
