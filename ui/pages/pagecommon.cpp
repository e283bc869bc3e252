#include "pages/pagecommon.h"

#include <QCoreApplication>
#include <QLabel>

namespace dr::ui {

namespace {

// The translation context of the device line (shared by the device page's list and its status).
struct DeviceLine
{
    Q_DECLARE_TR_FUNCTIONS(dr::ui::DeviceLine)
};

} // namespace

QLabel *wrapLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QString deviceLine(const DeviceSummary &d)
{
    const QString platform = d.usb.platform ? d.usb.platform->displayName : DeviceLine::tr("Unknown platform");
    const QString mode = d.usb.mode == UsbDeviceMode::Dfu ? DeviceLine::tr("DFU mode (blinking yellow)")
                                                          : DeviceLine::tr("running");
    // The whole line is one pattern, so a language can order the facts its own way.
    if (d.deviceOs.isEmpty())
        return DeviceLine::tr("%1 \u00b7 %2 \u00b7 ID %3 \u00b7 USB port %4", "platform, mode, device ID, USB port")
            .arg(platform, mode, d.usb.deviceId, d.usb.portPath);
    return DeviceLine::tr("%1 \u00b7 %2 \u00b7 Device OS %3 \u00b7 ID %4 \u00b7 USB port %5",
                              "platform, mode, Device OS version, device ID, USB port")
        .arg(platform, mode, d.deviceOs, d.usb.deviceId, d.usb.portPath);
}

} // namespace dr::ui
