// The virtual device's inner state, shared by the files that implement VirtualDevice: virtualdevice.cpp
// (identity, memories, the OTA transfer, timing, faults) and virtualdeviceboot.cpp (the module scan,
// resets and boot). Private to core/simulator: nothing outside the simulator includes it.
#pragma once

#include "simulator/virtualdevice.h"

#include <QByteArray>
#include <QList>

#include <chrono>
#include <mutex>
#include <optional>

namespace dr::sim {

struct Memory
{
    VirtualMemoryInfo info;
    QByteArray data; // totalSize bytes, from info.layout.startAddress()
    bool isDct = false;

    bool contains(quint32 address, quint32 length) const
    {
        const quint64 start = info.layout.startAddress();
        return address >= start && quint64(address) + length <= start + quint64(data.size());
    }
    qsizetype offsetOf(quint32 address) const { return qsizetype(address - info.layout.startAddress()); }
};

struct ArmedFault
{
    Fault fault;
};


struct VirtualDevice::State
{
    mutable std::mutex mutex;
    Platform platform;
    VirtualDeviceConfig config;
    QString deviceId;
    DeviceMode mode = DeviceMode::Normal;
    bool attached = true;
    bool hardFault = false; // Device OS crashes at every start (see hardFaulted())
    QList<Memory> memories;
    TimingModel timing;
    bool timingEnabled = false;
    bool realTiming = false; // reset, DFU-leave and module-apply times of a real device (reference row 14)
    ModelTimeAccount account;
    // boot (modulevalidation.cpp decideBoot)
    bool safeMode = false;
    QString bootFailure;
    int resetCount = 0;
    int factoryResetAttempts = 0;
    QList<ArmedFault> faults;
    quint64 bytesWritten = 0;
    QList<WriteRecord> writeLog;
    QList<AppliedUpdate> appliedUpdates;

    // firmware update (control requests / YModem)
    bool updateActive = false;
    quint32 updateSize = 0;
    std::optional<FirmwareModule> updatePending; // validated, applied on reset

    // module scan cache
    mutable bool scanDirty = true;
    mutable QList<VirtualModuleInfo> scan;
    mutable SemVer layoutVersion;
    QList<VirtualModuleInfo> externalModules; // NCP modules applied through OTA (external MCU)

    Memory *memoryFor(int alt)
    {
        for (Memory &m : memories) {
            if (m.info.alt == alt)
                return &m;
        }
        return nullptr;
    }
    const Memory *memoryFor(int alt) const { return const_cast<State *>(this)->memoryFor(alt); }

    // Finds the armed fault of this kind whose trigger was reached and consumes one firing.
    std::optional<Fault> take(FaultKind kind)
    {
        for (qsizetype i = 0; i < faults.size(); ++i) {
            Fault &f = faults[i].fault;
            if (f.kind != kind || bytesWritten < f.afterBytes || f.count == 0)
                continue;
            Fault fired = f;
            if (f.count > 0 && --f.count == 0)
                faults.removeAt(i);
            return fired;
        }
        return std::nullopt;
    }

    std::chrono::microseconds eraseTime(quint32 sectorSize) const
    {
        return timing.eraseBase + std::chrono::microseconds(qint64(timing.eraseMicrosPerKiB * sectorSize / 1024.0));
    }
    std::chrono::microseconds programTime(quint32 bytes) const
    {
        return std::chrono::microseconds(qint64(timing.programMicrosPerKiB * bytes / 1024.0));
    }

    QList<VirtualModuleInfo> rescan(SemVer &layoutVersion) const;
};

} // namespace dr::sim
