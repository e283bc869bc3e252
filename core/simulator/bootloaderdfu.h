// The virtual device's DFU bootloader: the DfuSe state machine (DNLOAD / GETSTATUS / CLRSTATUS /
// ABORT / UPLOAD / DETACH, SET_ADDRESS / ERASE / GET_COMMANDS and Particle's two protection commands)
// and the strings it shows, as the Particle bootloader of the device's MCU family and version does it
// (reference device-os-behaviour.md section 4, rows 11, 12, 13, 16, 19, 20). What differs between the
// bootloaders is data in BootloaderTraits, chosen once per request from the MCU family and the
// installed bootloader's module version; the state machine reads the traits and never the version.
// Thread-safe.
#pragma once

#include "simulator/usbcontrolreply.h"
#include "simulator/virtualdevice.h"
#include "usb/usbdevice.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace dr::sim {

enum class BootloaderFamily : quint8 {
    Stm32f2xx, // Gen 2: usbd_dfu_core.c / usbd_dfu_mal.c
    Nrf52840,  // Gen 3: bootloader/src/nRF52840/usbd_dfu.cpp
    Rtl872x,   // P2, M SoM, Tracker M: bootloader/src/rtl872x/usbd_dfu.cpp (the Gen 3 state machine)
};

struct BootloaderTraits
{
    BootloaderFamily family = BootloaderFamily::Nrf52840;
    // A failed erase or write: Gen 2 stalls the status stage of the GETSTATUS that ran it, and the next
    // GETSTATUS says dfuDNLOAD_IDLE/OK; Gen 3 reports dfuERROR + errUNKNOWN for every MAL failure.
    bool failureStallsGetStatus = false;
    bool verifiesWrites = false;            // Gen 2 MAL_Write reads back; Gen 3 writes blind
    SectorRules sectorRules = SectorRules::RangeOnly; // Gen 3 does not enforce 'a' sectors
    quint32 protectedBelow = 0;             // Gen 2 DFU_MAL_IS_PROTECTED_AREA: alt 0 below APP_DEFAULT_ADD
    bool clearStatusOutsideErrorStalls = true; // both enter dfuERROR/errUNKNOWN; Gen 3 also stalls
    bool abortInOtherStatesIgnored = false; // Gen 2 ignores it; Gen 3 errUNKNOWN + stall
    bool abortAllowedInManifestSync = true; // Gen 3 only
    bool manifestReportsDnloadIdle = false; // Gen 2: "to get a nice output from dfu-util"
    bool knowsProtection = false;           // Device Protection: errVENDOR, 'b' layouts (bootloader 3000+)
    bool reportsProtectionString = false;   // string 0xFA "sm=o|p|s" (bootloader 3100+)
    QByteArray commands;                    // the GET_COMMANDS reply
    QString dctName = QStringLiteral("DCT Flash"); // "DCD Flash" before September 2022
    QString externalFlashSegments;          // non-empty: replaces the external flash's segments
    quint16 bcdDevice = 0x0250;
    quint8 iConfiguration = 0;
    quint8 firstAltString = 6;              // iInterface of alt 0: STRING_IDX_INTERFACE (5) + 1

    static BootloaderTraits of(const Platform &platform, std::optional<int> bootloaderVersion);
};

class BootloaderDfu
{
public:
    explicit BootloaderDfu(std::shared_ptr<VirtualDevice> device);
    ~BootloaderDfu();

    BootloaderTraits traits() const; // of the bootloader the device has now

    // The DfuSe memory string of an alt as this bootloader shows it (protected: every sector 'b').
    std::optional<QString> altString(int alt) const;
    // String 0xFA, the protection state ("sm=o", "sm=p"); nullopt where the bootloader has none.
    std::optional<QString> deviceStateString() const;

    // A DFU class request to interface 0. Sets resetInto when the device must re-enumerate in that
    // mode after the reply (leave: Device OS; DETACH: DFU again).
    UsbControlReply handle(const UsbSetup &setup, quint16 wLength, const QByteArray &out,
                           std::optional<DeviceMode> &resetInto);
    bool selectAlt(int alt); // SET_INTERFACE: the alt only, state and address pointer kept
    void busReset();

private:
    struct State;
    std::shared_ptr<VirtualDevice> m_device;
    std::unique_ptr<State> d;
};

} // namespace dr::sim
