// What Device OS makes of the modules it finds in its own flash, for modules the host read back over
// DFU (DfuModuleReader does the reading): the checks of fetch_module (address range, platform,
// integrity when the whole module was read) and the dependencies of the installed set, the SoftDevice
// known by its info structure, and where a module that grows down from its slot's end starts. Pure
// functions over bytes already read: no I/O.
#pragma once

#include "firmware/firmwaremodule.h"
#include "platform/platform.h"
#include "serial/moduleinspection.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace dr {

// One slot as read over DFU.
struct FlashSlotRead
{
    const ModuleSlot *slot = nullptr;
    bool readable = true;                 // the bootloader lets the slot be read
    std::optional<FirmwareModule> module; // parsed whole, or only its header (crcChecked false)
    bool crcChecked = false;              // the whole module was read and its CRC-32 computed
    bool softDevice = false;              // a SoftDevice, known by its info structure
    quint16 softDeviceVersion = 0;        // its firmware ID, which Device OS reports as the version

    bool present() const { return module.has_value() || softDevice; }
    bool crcValid() const { return crcChecked && module && module->crcValid(); }
};

namespace flashverdict {

// The SoftDevice info structure sits at MBR_SIZE + 0x2000, so at its slot's start + 0x2000: magic at
// +4, firmware ID at +0xC (nRF5 SDK nrf_sdm.h; Device OS platform_radio_stack.cpp).
inline constexpr quint32 kSoftDeviceInfoOffset = 0x2000;
inline constexpr quint32 kSoftDeviceInfoSize = 0x30;
// The firmware ID when `info` (kSoftDeviceInfoSize bytes) holds the structure; nullopt otherwise.
std::optional<quint16> softDeviceVersion(const QByteArray &info);

// A suffix with extensions is at most this long: what to read before a slot's end for dynamicStart.
inline constexpr quint32 kTailWindow = 1024 + 64;
// The module_start of a module whose CRC ends at the end of `tail`, from the DYNAMIC_LOCATION
// extension of its suffix (reference 2.4: the rtl872x user part grows down from a fixed end).
std::optional<quint32> dynamicStart(const QByteArray &tail);

// Device OS's verdict on one present slot (fetch_module, then validate_module_dependencies against
// `installed` with userDepsOptional false, as the module table is made: dependency 2 is checked too,
// the bootloader included; reference device-os-behaviour.md section 1, `s` row (e)). A module
// outside its slot passes nothing, as fetch_module returns at once. Without `integrityChecked` (only
// headers were read) the integrity check is reported as not made.
InstalledModule judge(const FlashSlotRead &read, const QList<FlashSlotRead> &installed, int platformId,
                      bool integrityChecked = true);

} // namespace flashverdict

} // namespace dr
