// Small helpers the wizard pages share.
#pragma once

#include "restore/deviceservice.h"

#include <QString>

class QLabel;
class QWidget;

namespace dr::ui {

// A word-wrapping label.
QLabel *wrapLabel(const QString &text, QWidget *parent);

// One line for a device in a list: platform, mode, Device OS, ID and USB port.
QString deviceLine(const DeviceSummary &d);

} // namespace dr::ui
