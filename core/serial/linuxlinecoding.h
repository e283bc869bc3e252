// The exact baud rate of a Linux tty through the kernel's termios2 (TCGETS2/TCSETS2 with BOTHER),
// which <termios.h> cannot express for rates such as 14400 and 28800. Used to put a USB serial port
// at a magic rate and leave it there (serialmodeswitch.cpp), and by the virtual device to read the
// rate a host set on its pty. Linux only; elsewhere the functions say so.
#pragma once

#include <QtGlobal>

namespace dr::linuxtty {

// Whether this build can read and set exact rates (Linux).
bool available();
// The output baud rate of the tty open on `fd`; 0 when it cannot be read.
quint32 readBaudRate(int fd);
// Sets both rates of the tty open on `fd` to exactly `baud` (on USB CDC: one SET_LINE_CODING).
// Returns 0, or the errno of the failure.
int setBaudRate(int fd, quint32 baud);

} // namespace dr::linuxtty
