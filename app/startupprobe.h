// Opt-in start-up measurement for tests/bench/bench_gui.sh: with DR_STARTUP_PROBE=1 the GUI prints
// how long it took from process start to its window's first frame being painted and handed to the
// window system, and its resident memory then (and, with DR_STARTUP_PROBE_IDLE=N, after N idle
// seconds), then quits. Without the variable it does nothing.
//
// Output, one "key: value" line each on stdout:
//   startup-basis: launcher | process-start | main   (what t=0 is, see startupprobe.cpp)
//   premain-ms: 12.3            (t=0 to the first static initialiser of our binary; absent for "main")
//   first-paint-ms: 245.6       (t=0 to the first paint of the window, flushed and synced)
//   rss-kb-at-first-paint: 61234
//   hwm-kb-at-first-paint: 63000
//   idle-seconds: 5 / rss-kb-idle: 70000 / hwm-kb-idle: 80000   (with DR_STARTUP_PROBE_IDLE)
//   first-device-ms: 310.2      (t=0 to the first device listed, when that happens before the probe
//                                quits; main() reports it, see reportStartupMilestone)
#pragma once

class QWidget;

namespace dr::app {

// Watches `window` (the top-level wizard) when DR_STARTUP_PROBE is set; call before show().
// Returns whether the probe is on.
bool attachStartupProbeIfRequested(QWidget &window);

// Prints "key: ms since t=0" once per key while the probe is on (after attachStartupProbeIfRequested
// returned true); does nothing otherwise.
void reportStartupMilestone(const char *key);

// Resident memory of this process from /proc/self/status ("VmRSS", "VmHWM"), in KiB; -1 if unknown.
long procStatusKb(const char *field);

} // namespace dr::app
