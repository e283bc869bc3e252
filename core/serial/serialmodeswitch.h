// Entering DFU or listening mode without control requests, for devices too old for them (Gen 2
// before 0.8.0): open the USB serial port at a magic baud rate (reference 3.3). 14400 baud makes
// Device OS reset into DFU (all versions); 28800 enters listening mode (Device OS <= 5.x only).
// When neither works, the person has to press buttons: ModeGuidance says how, with the LED colour
// and blink pattern in words.
#pragma once

#include "common/result.h"
#include "version/semver.h"

#include <QString>

namespace dr {

class SerialModeSwitch
{
public:
    static constexpr qint32 kDfuBaudRate = 14400;       // System.dfu() on line-coding change
    static constexpr qint32 kListeningBaudRate = 28800; // enter listening mode (removed in 6.x)

    static constexpr int kDefaultHoldMs = 150;

    // Opens the port at the baud rate, keeps it open for holdMs, and closes it: the line coding
    // alone is the request (USB CDC sends it when the rate is set). On Linux the port keeps the rate
    // after close (no second SET_LINE_CODING back to the old one), so a device that looks at the
    // settings late (the virtual one polls its pty) still sees the request.
    // Blocks for holdMs: call it from a worker thread, never the GUI thread. The device then
    // resets (DFU) or starts blinking dark blue (listening); its port may vanish.
    static Result<void> touch(const QString &portPath, qint32 baudRate, int holdMs = kDefaultHoldMs);
    static Result<void> requestDfu(const QString &portPath) { return touch(portPath, kDfuBaudRate); }
    static Result<void> requestListening(const QString &portPath) { return touch(portPath, kListeningBaudRate); }

    // Whether the 28800 trick works on a device running this Device OS.
    static bool listeningBaudRateSupported(const SemVer &deviceOs) { return deviceOs.major() < 6; }

private:
    static Result<void> touchAndLeave(const QString &portPath, qint32 baudRate, int holdMs);
    static Error openFailed(const QString &portPath, const QString &why);
    static Error rateRefused(qint32 baudRate, const QString &why);
};

enum class GuidedMode : quint8 { Dfu, Listening, Safe };

// What to tell a person who must put the device in a mode by hand (the last resort).
struct ModeGuidance
{
    GuidedMode mode = GuidedMode::Dfu;
    QString ledColour;   // "yellow", "dark blue", "magenta"
    QString ledPattern;  // "blinking", "breathing"
    QString title;       // "Put the device in DFU mode"
    QStringList steps;   // numbered instructions, buttons named
    QString recognise;   // "The LED blinks yellow."

    static ModeGuidance forMode(GuidedMode mode);
    QString text() const; // title, numbered steps and the LED state, one paragraph each
};

} // namespace dr
