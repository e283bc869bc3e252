// Background work that must yield to the work feeding it: checking downloaded files while the
// transfer goes on. On two cores, checks at normal priority took half the CPU from the threads
// that receive the bytes and the transfer ran at half speed; lowered, they use what the transfer
// leaves and catch up when it ends.
#pragma once

namespace dr {

// Lowers the calling thread's priority below normal, for good: use it only on threads of a pool
// of your own (an unprivileged process cannot raise it again). Linux: nice +10 for this thread
// alone (Qt leaves SCHED_OTHER threads as they are); elsewhere QThread::LowPriority. Once per
// thread; later calls do nothing.
void lowerThreadPriority();

} // namespace dr
