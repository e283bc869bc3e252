// Magic baud rates and button guidance. See serialmodeswitch.h.
#include "serial/serialmodeswitch.h"

#include <QCoreApplication>
#include <QSerialPort>
#include <QStringList>
#include <QThread>

namespace dr {

namespace {

// One translation context for the whole file, which lupdate sees too (it reads
// Q_DECLARE_TR_FUNCTIONS), whatever class or function the text is in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dr::SerialModeSwitch)
};

} // namespace

Result<void> SerialModeSwitch::touch(const QString &portPath, qint32 baudRate, int holdMs)
{
    QSerialPort port;
    port.setPortName(portPath);
    // Setting the rate before open() makes open() apply it in one go (one SET_LINE_CODING on USB CDC).
    port.setBaudRate(baudRate);
    if (!port.open(QIODevice::ReadWrite))
        return makeError(QStringLiteral("serial.open-failed"), Tr::tr("Cannot open the serial port %1.").arg(portPath),
                         Tr::tr("Check that the device is connected and not used by another program."), port.errorString());
    if (port.baudRate() != baudRate && !port.setBaudRate(baudRate)) {
        const QString why = port.errorString();
        port.close();
        return makeError(QStringLiteral("serial.baud-rate-refused"),
                         Tr::tr("The serial port refused the baud rate %1.").arg(baudRate),
                         Tr::tr("Put the device in the mode by hand (see the instructions)."), why);
    }
    port.setDataTerminalReady(true); // not supported on every port (ptys): the rate is what counts
    if (holdMs > 0)
        QThread::msleep(static_cast<unsigned long>(holdMs));
    port.close();
    return {};
}

ModeGuidance ModeGuidance::forMode(GuidedMode mode)
{
    ModeGuidance g;
    g.mode = mode;
    switch (mode) {
    case GuidedMode::Dfu:
        g.ledColour = Tr::tr("yellow");
        g.ledPattern = Tr::tr("blinking");
        g.title = Tr::tr("Put the device in DFU mode");
        g.steps = {Tr::tr("Hold down the MODE button (SETUP on a Photon or P1)."),
                   Tr::tr("While holding it, press and release RESET."),
                   Tr::tr("Keep holding MODE: the LED blinks magenta, then yellow."),
                   Tr::tr("Release MODE as soon as the LED blinks yellow.")};
        g.recognise = Tr::tr("The status LED blinks yellow.");
        break;
    case GuidedMode::Listening:
        g.ledColour = Tr::tr("dark blue");
        g.ledPattern = Tr::tr("blinking");
        g.title = Tr::tr("Put the device in listening mode");
        g.steps = {Tr::tr("Hold down the MODE button (SETUP on a Photon or P1) for about three seconds."),
                   Tr::tr("Release it when the LED blinks dark blue.")};
        g.recognise = Tr::tr("The status LED blinks dark blue.");
        break;
    case GuidedMode::Safe:
        g.ledColour = Tr::tr("magenta");
        g.ledPattern = Tr::tr("breathing");
        g.title = Tr::tr("Put the device in safe mode");
        g.steps = {Tr::tr("Hold down the MODE button (SETUP on a Photon or P1)."),
                   Tr::tr("While holding it, press and release RESET."),
                   Tr::tr("Release MODE as soon as the LED blinks magenta.")};
        g.recognise = Tr::tr("The status LED breathes magenta once it is connected.");
        break;
    }
    return g;
}

QString ModeGuidance::text() const
{
    QStringList lines{title + QLatin1Char(':')};
    for (qsizetype i = 0; i < steps.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps[i]);
    lines << recognise;
    return lines.join(QLatin1Char('\n'));
}

} // namespace dr
