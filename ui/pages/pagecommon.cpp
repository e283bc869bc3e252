#include "pages/pagecommon.h"

#include <QLabel>
#include <QObject>

namespace dr::ui {

QLabel *wrapLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QString deviceLine(const DeviceSummary &d)
{
    const QString platform = d.usb.platform ? d.usb.platform->displayName : QObject::tr("Unknown platform");
    const QString mode = d.usb.mode == UsbDeviceMode::Dfu ? QObject::tr("DFU mode (blinking yellow)")
                                                          : QObject::tr("running");
    const QString os = d.deviceOs.isEmpty() ? QString() : QObject::tr("Device OS %1").arg(d.deviceOs);
    QStringList parts{platform, mode};
    if (!os.isEmpty())
        parts << os;
    parts << QObject::tr("ID %1").arg(d.usb.deviceId) << QObject::tr("USB port %1").arg(d.usb.portPath);
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace dr::ui
