// The console's behaviour by Device OS version. See consolebehaviour.h.
#include "simulator/consolebehaviour.h"

#include "platform/platform.h"
#include "simulator/virtualdevice.h"

#include <QList>
#include <QString>

namespace dr::sim {

namespace {

QList<ConsoleBehaviour> makeTable()
{
    QList<ConsoleBehaviour> rows;
    // 0.5.x (DOS v0.5.5 system_ymodem.cpp, system_update.cpp system_info_to_json)
    ConsoleBehaviour b;
    b.since = SemVer(0, 0, 0);
    b.acksBeforeValidating = true;
    b.rejectedFileText = RejectedFileText::None;
    b.resetsAfterRejectedFile = false; // it never learns of the rejection before its restart
    b.saveFailedText = "Verification failed!";
    b.jsonSecondDependency = false;
    b.jsonListsEmptySlots = true;
    b.jsonDependencyUnderscore = true;
    b.diagnostics = false;
    rows << b;
    b.since = SemVer(0, 6, 0); // no "_" any more; still the old YModem end
    b.jsonDependencyUnderscore = false;
    rows << b;
    b.since = SemVer(0, 6, 1); // Spark_Finish_Firmware_Update before the ACK, and the reset after it
    b.acksBeforeValidating = false;
    b.rejectedFileText = RejectedFileText::HexFlags;
    b.resetsAfterRejectedFile = true;
    b.saveFailedText = "Failed to save chunk!";
    rows << b;
    b.since = SemVer(0, 7, 0); // both dependencies in `s`
    b.jsonSecondDependency = true;
    rows << b;
    b.since = SemVer(0, 8, 0); // the diagnostics service ('d')
    b.diagnostics = true;
    rows << b;
    b.since = SemVer(1, 5, 0); // empty slots are no longer listed
    b.jsonListsEmptySlots = false;
    rows << b;
    b.since = SemVer(2, 0, 0); // "Validation failed: %d"
    b.rejectedFileText = RejectedFileText::ErrorCode;
    rows << b;
    b.since = SemVer(3, 0, 0); // FirmwareUpdate::updating_ survives an aborted transfer
    b.failedTransferBlocksNextUntilReset = true;
    rows << b;
    b.since = SemVer(3, 2, 0); // HAL_System_Info memsets a user part that fails integrity
    b.hidesInvalidUserPartGen3 = true;
    rows << b;
    b.since = SemVer(6, 0, 0); // system_ymodem.cpp and START_YMODEM_FLASHER_SERIAL_SPEED are gone
    b.ymodem = false;
    b.listeningBaudRate = false;
    b.failedTransferBlocksNextUntilReset = false;
    rows << b;
    return rows;
}

} // namespace

const ConsoleBehaviour &consoleBehaviourFor(const SemVer &deviceOs)
{
    static const QList<ConsoleBehaviour> table = makeTable();
    const ConsoleBehaviour *found = &table.front();
    for (const ConsoleBehaviour &row : table) {
        if (row.since <= deviceOs)
            found = &row;
    }
    return *found;
}

QString usbSerialNumberFor(const Platform &platform, const QString &deviceId, bool dfuMode, const SemVer &deviceOs,
                           int bootloaderModuleVersion)
{
    if (platform.generation != 2)
        return deviceId.toLower();
    if (dfuMode) {
        // bootloader/src/stm32f2xx/usbd_desc.c up to the v7 bootloader (shipped through 0.6.0); the
        // 0.6.x bootloaders (v9, v11) print the ID as 0.6.x Device OS does. Without a bootloader
        // module to go by, the Device OS release stands for the bootloader it shipped with.
        const bool fixed = bootloaderModuleVersion > 0 ? bootloaderModuleVersion <= 7 : deviceOs < SemVer(0, 6, 1);
        if (fixed)
            return QStringLiteral("00000000010C");
        const bool upper = bootloaderModuleVersion > 0 ? bootloaderModuleVersion < 101 : deviceOs < SemVer(0, 7, 0);
        return upper ? deviceId.toUpper() : deviceId.toLower();
    }
    if (deviceOs < SemVer(0, 6, 0))
        return QStringLiteral("00000000050C"); // hal/src/photon/usbd_desc_device.h
    if (deviceOs < SemVer(0, 7, 0))
        return deviceId.toUpper(); // bytes2hexbuf
    return deviceId.toLower();
}

QString usbSerialNumber(const VirtualDevice &device)
{
    const auto version = SemVer::parse(device.systemVersionString());
    // The bootloader it has (installed, else the one its release shipped with): writing new system
    // parts in DFU mode does not change what the running bootloader shows as its serial number.
    return usbSerialNumberFor(device.platform(), device.deviceId(), device.mode() == DeviceMode::Dfu,
                              version ? *version : SemVer(999, 0, 0), device.bootloaderVersion().value_or(0));
}

} // namespace dr::sim
