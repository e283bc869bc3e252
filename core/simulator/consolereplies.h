// What the virtual device's listening-mode console prints for each command (reference section 1,
// rows 17 and 18), built from the model's state and the version's ConsoleBehaviour: `i` in its two
// forms, `m`, `c` from the DCT, the `s` JSON in the shape of the running release, `d`, and the
// text of a rejected YModem file. Pure functions: the serial console sends what they return.
#pragma once

#include "common/result.h"
#include "simulator/consolebehaviour.h"

#include <QByteArray>
#include <QString>

namespace dr::sim {

class VirtualDevice;

// What a device holds in its OTP/DCT beyond its ID (empty: this unit has none, like early units).
struct ConsoleIdentity
{
    QString serialNumber; // "sn": printed by `i` as "Serial Number"
    QString deviceSecret; // "ms": printed by `i` as "Device Secret"
};

namespace consolereplies {

inline constexpr quint32 kDctClaimCodeOffset = 1762; // 63 bytes (particle-protocols.md 1.5)
inline constexpr int kClaimCodeLength = 63;
inline constexpr quint32 kDctClaimedOffset = 1825;   // '1' = claimed

QByteArray deviceId(const VirtualDevice &device, const ConsoleIdentity &identity);
QByteArray macAddress(const VirtualDevice &device);
QByteArray claimed(const VirtualDevice &device);
QByteArray moduleJson(const VirtualDevice &device, const ConsoleBehaviour &behaviour);
QByteArray diagnostics(const VirtualDevice &device);
// The line after CA CA when Spark_Finish_Firmware_Update refuses the file (0.6.1 on).
QByteArray rejectedFile(const ConsoleBehaviour &behaviour, const Error &validation);
// 'C': writes the claim code into the DCT (as dct_write_app_data does).
Result<void> setClaimCode(VirtualDevice &device, const QByteArray &code);

} // namespace consolereplies

} // namespace dr::sim
