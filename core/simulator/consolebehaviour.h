// What the listening-mode console and its YModem receiver do differently from one Device OS
// version to the next (device-os-behaviour.md sections 1, 2, 7; rows 4, 5, 6, 10, 17, 18), as one
// table: the virtual console looks its row up instead of asking `version < ...` here and there.
// Each row holds from its `since` version until the next row's.
#pragma once

#include "version/semver.h"

#include <QByteArray>

namespace dr {
struct Platform;
}

namespace dr::sim {

// How the receiver reports a file that fails validation at the empty header.
enum class RejectedFileText : quint8 {
    None,      // <= 0.6.0: it never validates before the ACK; a bad file is dropped silently
    HexFlags,  // 0.6.1 - 1.5.x: "Validation failed: 0x%x" of the validity flags that passed
    ErrorCode, // 2.0 on: "Validation failed: %d" of the system error code (-1330, -1340, ...)
};

struct ConsoleBehaviour
{
    SemVer since;
    bool ymodem = true;              // system_ymodem.cpp exists (gone from 6.0)
    bool listeningBaudRate = true;   // 28800 baud starts listening mode (gone from 6.0)
    // <= 0.6.0: the empty header is ACKed and "Downloaded file successfully!" printed before the
    // image is validated; the device restarts either way and keeps its modules if the file was bad.
    bool acksBeforeValidating = false;
    RejectedFileText rejectedFileText = RejectedFileText::ErrorCode;
    // Spark_Finish_Firmware_Update always ends in system_pending_shutdown (0.6.1 on): a rejected
    // file is followed by a reset, not by the console.
    bool resetsAfterRejectedFile = true;
    // 3.x - 5.x: an aborted or failed transfer never reaches Spark_Finish_Firmware_Update, so
    // FirmwareUpdate::updating_ stays set and the next 'f' is refused until the device resets.
    bool failedTransferBlocksNextUntilReset = false;
    QByteArray saveFailedText = "Failed to save chunk!"; // <= 0.6.0: "Verification failed!"
    // `s` JSON (system_info_to_json)
    bool jsonSecondDependency = true;      // <= 0.6.x prints dependency 1 only
    bool jsonListsEmptySlots = false;      // <= 1.4.x: slots without a module, without f/n/v
    bool jsonDependencyUnderscore = false; // 0.5.x: every dependency object ends in "_":""
    bool hidesInvalidUserPartGen3 = false; // >= 3.2.0 on Gen 3 and rtl872x: HAL_System_Info drops it
    bool diagnostics = true;               // 'd' prints the diagnostics JSON (0.8.0 on)
};

// The row for a Device OS version (an unparsable one gets the newest row).
const ConsoleBehaviour &consoleBehaviourFor(const SemVer &deviceOs);

// What the platform's console prints for `s`, resolved for its family.
inline bool hidesInvalidUserPart(const ConsoleBehaviour &b, int generation)
{
    return b.hidesInvalidUserPartGen3 && generation >= 3;
}

// The USB iSerialNumber a device shows (reference 7, row 6): Gen 2 Device OS <= 0.5.x prints the
// fixed "00000000050C" in CDC mode, its bootloaders up to v7 (0.6.0 and older) "00000000010C" in
// DFU mode; Gen 2 0.6.x gives the device ID in upper case; everything newer the ID in lower case.
QString usbSerialNumberFor(const Platform &platform, const QString &deviceId, bool dfuMode,
                           const SemVer &deviceOs, int bootloaderModuleVersion);
// The same for the model as it is now (its mode, its Device OS, its bootloader): what the USB side
// (VirtualUsbDevice, the umockdev and in-process attachments) puts in iSerialNumber.
class VirtualDevice;
QString usbSerialNumber(const VirtualDevice &device);

} // namespace dr::sim
