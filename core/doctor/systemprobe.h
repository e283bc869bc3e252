// Gathers the doctor's snapshot of this computer (systemsnapshot.h) without changing anything:
// on Linux from sysfs, /dev, /proc, the udev database and rule folders; on Windows and macOS from
// libusb (opening each Particle device once to learn whether it can be). Everything below `root`
// ("/" normally; a prepared folder in tests) except the user's identity and groups, which come from
// the running process. The network check is separate (networkprobe.h): it waits for answers.
#pragma once

#include "doctor/systemsnapshot.h"

namespace dr {

struct SystemProbeOptions
{
    QString root = QStringLiteral("/");
    qint64 ownPid = 0; // this program's pid, never counted as holding a port; 0 = the current process
};

SystemSnapshot probeSystem(const SystemProbeOptions &options = {});

} // namespace dr
