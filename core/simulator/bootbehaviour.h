// What a virtual device's bootloader and Device OS do at a reset, per bootloader family and Device OS
// version (reference sections 6 and 7, rows 1, 9 and 14): what happens when system-part1 fails its
// check, from which release the DCT 0xA5 update flag works and what it costs, and how long a reset,
// leaving DFU mode and applying a module take on a real device. One table, so that a reader finds every
// difference between the families in one place instead of in `if (version < ...)` across the model.
#pragma once

#include "version/semver.h"

#include <QString>

#include <chrono>

namespace dr::sim {

// What the bootloader does when the application (system-part1 on the modular platforms) fails its
// info/CRC check at start (`is_application_valid`, bootloader/src/main.c).
enum class InvalidSystemPartAction : quint8 {
    StayInDfu,              // nRF52840 and rtl872x: DFU mode (blinking yellow)
    FactoryResetThenDfu,    // Gen 2: red, FACTORY_Flash_Reset(), then DFU mode when that cannot help
};

struct BootBehaviour
{
    QString family; // the platform's mcu: "stm32f2xx", "nrf52840", "rtl872x"
    InvalidSystemPartAction invalidSystemPart = InvalidSystemPartAction::StayInDfu;
    // DCT ota_update_flag 0xA5: HAL_FLASH_ApplyPendingUpdate exists from this release on (main.cpp);
    // older Device OS never looks at the flag.
    SemVer dctFlagSince = SemVer(1, 2, 1, {QStringLiteral("rc"), QStringLiteral("3")});
    // After taking the module the flag names, Device OS waits this long and resets once more (the
    // bootloader then copies the module: a second reset).
    std::chrono::milliseconds dctFlagExtraResetDelay{100};
    // A reset or DFU control request (40, 50) answers, then Device OS waits this long before it resets
    // (system_control_internal.cpp, from 1.5.0; 1.0.x resets at once).
    std::chrono::milliseconds resetRequestDelay{1000};
    SemVer resetRequestDelaySince = SemVer(1, 5, 0);
    // DFU leave (DNLOAD of 0 bytes): the bootloader counts USBD_DFU_POLL_TIMEOUT / DFU_Reset_Count
    // before it resets (nRF52 in its 1 ms tick, Gen 2 DFU_Reset_Count = 500 ms; rtl872x counts main
    // loop passes, UNVERIFIED: taken as the same).
    std::chrono::milliseconds leaveDfuDelay{500};
    // The bootloader copies a pending module from the OTA region into its slot (erase and program, no
    // USB): an estimate of its rate, the reference gives "seconds" for up to 1.5 MB (UNVERIFIED).
    double applyMicrosPerKiB = 5000;

    static const BootBehaviour &forFamily(const QString &mcu);
};

} // namespace dr::sim
