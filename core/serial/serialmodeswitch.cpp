// Magic baud rates and button guidance. See serialmodeswitch.h.
#include "serial/serialmodeswitch.h"

#include "serial/linuxlinecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QSerialPort>
#include <QStringList>
#include <QThread>

#ifdef __linux__
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

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
    if (linuxtty::available())
        return touchAndLeave(portPath, baudRate, holdMs);
    QSerialPort port;
    port.setPortName(portPath);
    // Setting the rate before open() makes open() apply it in one go (one SET_LINE_CODING on USB CDC).
    port.setBaudRate(baudRate);
    if (!port.open(QIODevice::ReadWrite))
        return openFailed(portPath, port.errorString());
    if (port.baudRate() != baudRate && !port.setBaudRate(baudRate)) {
        const QString why = port.errorString();
        port.close();
        return rateRefused(baudRate, why);
    }
    port.setDataTerminalReady(true); // not supported on every port (ptys): the rate is what counts
    if (holdMs > 0)
        QThread::msleep(static_cast<unsigned long>(holdMs));
    port.close();
    return {};
}

// On Linux the port is left at the magic rate when it is closed. QSerialPort restores the previous
// settings on close: a second SET_LINE_CODING that no device needs, and on a pty (the virtual
// device, which can only look at the settings from time to time) the restore could take the request
// away before a busy machine let the device look: issue 16, where tst_restoreengine and
// tst_restorecli failed under load with "did not enter listening mode by itself". The next program
// that opens the port sets a rate of its own, as ListeningModeClient does.
Result<void> SerialModeSwitch::touchAndLeave(const QString &portPath, qint32 baudRate, int holdMs)
{
#ifdef __linux__
    const int fd = ::open(QFile::encodeName(portPath).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return openFailed(portPath, QString::fromLocal8Bit(strerror(errno)));
    if (const int err = linuxtty::setBaudRate(fd, quint32(baudRate)); err != 0) {
        ::close(fd);
        return rateRefused(baudRate, QString::fromLocal8Bit(strerror(err)));
    }
    int dtr = TIOCM_DTR;
    ::ioctl(fd, TIOCMBIS, &dtr); // not supported on every port (ptys): the rate is what counts
    if (holdMs > 0)
        QThread::msleep(static_cast<unsigned long>(holdMs));
    ::close(fd);
    return {};
#else
    Q_UNUSED(holdMs);
    return rateRefused(baudRate, QStringLiteral("exact baud rates are set this way on Linux only"));
#endif
}

Error SerialModeSwitch::openFailed(const QString &portPath, const QString &why)
{
    return makeError(QStringLiteral("serial.open-failed"), Tr::tr("Cannot open the serial port %1.").arg(portPath),
                     Tr::tr("Check that the device is connected and not used by another program."), why);
}

Error SerialModeSwitch::rateRefused(qint32 baudRate, const QString &why)
{
    return makeError(QStringLiteral("serial.baud-rate-refused"),
                     Tr::tr("The serial port refused the baud rate %1.").arg(baudRate),
                     Tr::tr("Put the device in the mode by hand (see the instructions)."), why);
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
