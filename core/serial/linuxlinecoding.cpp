// Exact tty baud rates through termios2 (see linuxlinecoding.h).
#include "serial/linuxlinecoding.h"

#include <cerrno>

#ifdef __linux__
#include <sys/ioctl.h>
#endif

namespace dr::linuxtty {

#ifdef __linux__
namespace {

// struct termios2 of <asm/termbits.h>, which cannot be included next to <termios.h> (Qt's serial
// port code includes that); the layout is the kernel's ABI on every Linux architecture we build for.
struct KernelTermios2
{
    unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
    unsigned char c_line;
    unsigned char c_cc[19];
    unsigned int c_ispeed, c_ospeed;
};
constexpr unsigned long kTcgets2 = _IOR('T', 0x2A, KernelTermios2);
constexpr unsigned long kTcsets2 = _IOW('T', 0x2B, KernelTermios2);
constexpr unsigned int kCbaud = 0010017;  // CBAUD: the output rate field of c_cflag
constexpr unsigned int kBother = 0010000; // BOTHER: the rate is in c_ospeed / c_ispeed
constexpr unsigned int kIbshift = 16;     // the input rate field is CBAUD shifted by IBSHIFT

} // namespace

bool available()
{
    return true;
}

quint32 readBaudRate(int fd)
{
    KernelTermios2 t{};
    if (::ioctl(fd, kTcgets2, &t) != 0)
        return 0;
    return t.c_ospeed;
}

int setBaudRate(int fd, quint32 baud)
{
    KernelTermios2 t{};
    if (::ioctl(fd, kTcgets2, &t) != 0)
        return errno;
    t.c_cflag &= ~(kCbaud | (kCbaud << kIbshift));
    t.c_cflag |= kBother | (kBother << kIbshift);
    t.c_ispeed = baud;
    t.c_ospeed = baud;
    if (::ioctl(fd, kTcsets2, &t) != 0)
        return errno;
    return readBaudRate(fd) == baud ? 0 : EINVAL;
}
#else
bool available()
{
    return false;
}

quint32 readBaudRate(int)
{
    return 0;
}

int setBaudRate(int, quint32)
{
    return ENOTSUP;
}
#endif

} // namespace dr::linuxtty
