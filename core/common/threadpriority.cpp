#include "common/threadpriority.h"

#include <QThread>

#include <cerrno>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace dr {

void lowerThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#if defined(Q_OS_LINUX)
    // On Linux the nice value belongs to the thread (setpriority(2), NOTES), so this leaves the
    // rest of the process alone. A failure only means the thread keeps its priority.
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && now < 10)
        ::setpriority(PRIO_PROCESS, tid, 10);
#else
    if (QThread *t = QThread::currentThread())
        t->setPriority(QThread::LowPriority);
#endif
}

} // namespace dr
