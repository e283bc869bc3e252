// A virtual Particle device: the model behind the tests, the benchmarks and the app's demo mode.
// It holds the device's memories (internal flash, external flash where the platform has one, the
// 16 KB DCT) laid out from the platform database's DFU alt settings, finds the modules in its flash
// and validates them the way Device OS does (reference 2.6), takes firmware updates into its OTA
// region and applies them on reset (also through the DCT 0xA5 flag trick, reference 5.5), changes
// mode (normal, listening, DFU) with reset/re-enumeration events that keep its device ID, comes up
// after a reset where its flash lets it (DFU mode, safe mode: modulevalidation.h, bootbehaviour.h),
// can take real time for erase/program (timing model) and for resets (real-device timing), both off
// by default, and fails on request (fault injection). The module scan and the resets are implemented
// in virtualdeviceboot.cpp, the rest in virtualdevice.cpp.
//
// The model does not know how it is attached: the USB side (VirtualUsbDevice: descriptors, DFU and
// control requests; attached through umockdev or in-process), the serial side (console and YModem on
// a pty) and tests all drive it through this API. Every public function is thread-safe (one mutex);
// the umockdev handler calls it from a worker thread. Signals are emitted from the calling thread
// after the lock is released: connect with Qt::QueuedConnection or make the slot thread-safe.
#pragma once

#include "common/result.h"
#include "firmware/firmwaremodule.h"
#include "platform/platform.h"
#include "serial/moduleinspection.h" // dr::ModuleStore: one definition for the device and the host
#include "usb/dfusememorylayout.h"
#include "version/semver.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace dr {
struct BundleModule;
}

namespace dr::sim {

enum class DeviceMode : quint8 {
    Normal,    // running Device OS, CDC PID
    Listening, // running Device OS in listening mode (blinking dark blue), CDC PID
    Dfu,       // in the DFU bootloader (blinking yellow), DFU PID
};
QString deviceModeName(DeviceMode mode); // "normal", "listening", "dfu"

// Outcome of a memory operation, in the terms of the DFU status codes a bootloader would report.
enum class MemoryStatus : quint8 {
    Ok,
    Address,     // errADDRESS: outside the memory
    NotWritable, // errWRITE on a read-only sector ('a' without 'd')
    NotErasable, // errTARGET on a sector that cannot be erased
    Write,       // errWRITE: the program operation failed (injected)
    Verify,      // errVERIFY: the read-back differs (programming over non-erased bytes, or injected)
    Erase,       // errERASE (injected)
    Unplugged,   // the device is gone
};

// One memory of the device, as DFU sees it: an alt setting with its layout.
struct VirtualMemoryInfo
{
    int alt = 0;
    QString name;          // "Internal Flash", "DCT Flash", "External Flash", "Serial Flash"
    QString layoutString;  // the DfuSe string, exactly as the platform database gives it
    DfuseMemoryLayout layout;
    quint32 addressBias = 0; // DfuSe address = raw offset + bias (Gen3 external flash: 0x80000000)
    bool sectorEraseIsNoOp = false; // DCT: erase succeeds and does nothing (reference 1.4)
};

// validity flags (reference 2.6, hal/inc/ota_flash_hal.h)
enum ModuleValidity : quint32 {
    ValidityIntegrity = 1u << 1,
    ValidityDependencies = 1u << 2,
    ValidityRange = 1u << 3,
    ValidityPlatform = 1u << 4,
    ValidityProduct = 1u << 5,
    ValidityDependenciesFull = 1u << 6,
};
constexpr quint32 kValidityChecked = ValidityIntegrity | ValidityDependencies | ValidityRange | ValidityPlatform;

// One module found in the device's flash, with Device OS's verdict on it.
struct VirtualModuleInfo
{
    QString slotName;          // from the platform database: "system-part1", "softdevice", ...
    ModuleFunction function = ModuleFunction::None;
    quint8 index = 0;
    quint8 mcuTarget = 0;
    ModuleStore store = ModuleStore::Main;
    quint32 slotStart = 0;     // where the scan looked (the slot's bounds start)
    quint32 maxSize = 0;       // slot size
    bool present = false;      // a parsable module prefix was found
    quint16 version = 0;
    quint32 size = 0;          // end - start + 4 (CRC included)
    quint32 validityChecked = 0;
    quint32 validityResult = 0; // the bits that passed
    QByteArray sha256;          // the stored suffix SHA
    ModuleDependency dependency;
    ModuleDependency dependency2;
    std::optional<FirmwareModule> module; // the parsed module (bytes as read from flash)

    bool valid() const { return present && (validityResult & validityChecked) == validityChecked; }
};

// Erase/program/transfer times (timing model). Approximations of the data sheets, per MCU family;
// they only matter for benchmarks and demo mode.
struct TimingModel
{
    std::chrono::microseconds eraseBase{0};      // per erase operation
    double eraseMicrosPerKiB = 0;                // per KiB of the erased sector
    double programMicrosPerKiB = 0;              // per KiB programmed
    double usbBytesPerSecond = 1'000'000;        // full-speed control transfers, payload rate
    std::chrono::microseconds resetTime{0};      // reset until the device enumerates again

    static TimingModel forMcu(const QString &mcu); // "stm32f2xx", "nrf52840", "rtl872x", ...
};

// What the model has spent (timing model on or off: these are always accounted, so benchmarks can
// compute the lower bound even with the model's sleeps off).
struct ModelTimeAccount
{
    std::chrono::microseconds erase{0};
    std::chrono::microseconds program{0};
    std::chrono::microseconds transfer{0}; // bytes carried over USB / usbBytesPerSecond
    std::chrono::microseconds resets{0};
    std::chrono::microseconds apply{0}; // the bootloader copying OTA modules into their slots
    quint64 bytesErased = 0;
    quint64 bytesProgrammed = 0;
    quint64 bytesTransferred = 0;
    int eraseOperations = 0;
    int programOperations = 0;
    std::chrono::microseconds total() const { return erase + program + transfer + resets + apply; }
};

// Faults the model or its attachments inject. The model acts on the memory faults itself; the
// attachments ask for theirs with takeFault() at the point where they would happen.
enum class FaultKind : quint8 {
    // USB
    Stall,        // the next control request (after the trigger) is stalled (LIBUSB_ERROR_PIPE)
    Timeout,      // the device stops answering control requests until the fault is cleared
    Unplug,       // the device disappears (any transport) once the trigger is reached
    Reset,        // the device resets itself (watchdog, brown-out, a person on RESET) at its next USB
                  // request or YModem block after the trigger: it leaves the bus and comes back where
                  // its flash lets it (Device OS, or DFU mode when system-part1 is broken)
    BusyBurst,    // INIT answers BUSY (more than 4 requests active: USB_REQUEST_MAX_ACTIVE_COUNT); one
                  // answer per firing
    PendingBurst, // CHECK answers PENDING while the system thread is busy; one answer per firing
    // memory (DFU, OTA)
    EraseError,   // the next erase fails: errERASE
    WriteError,   // the next program fails: errWRITE
    VerifyError,  // the next program reads back wrong: errVERIFY
    DfuErrorStatus, // the GETSTATUS that would run the next DNLOAD reports dfuERROR with Fault::code
                  // (errWRITE 0x03, errVERIFY 0x07, errUNKNOWN 0x0E, ...) and the block is not written:
                  // what any DFU 1.1 device may answer. Particle's own bootloaders signal a failed write
                  // with errUNKNOWN (Gen 3) or a stall (Gen 2): WriteError/VerifyError model those.
    // serial (used by the pty attachment)
    GarbledBytes, // bytes on the wire are corrupted
    Silence,      // the console stops answering
    NakStorm,     // the YModem receiver NAKs the blocks it gets; one NAK per firing (-1: every block)
    CancelTransfer, // the YModem receiver sends CA CA mid-transfer
    DamagedBlock, // a YModem data block arrives with a wrong byte; Device OS checks no CRC and writes it
};
QString faultKindName(FaultKind kind);

struct Fault
{
    FaultKind kind = FaultKind::Stall;
    quint64 afterBytes = 0; // armed once this many bytes have been written to the device (DFU + OTA)
    int count = 1;          // how many times it fires; -1 = until cleared
    int code = 0;           // DfuErrorStatus: the DFU status code to report
};

// DR_SIM_REAL_TIMING=1 in the environment: every virtual device starts with real-device timing on
// (the ctest label `realtiming` runs the whole suite that way).
bool realTimingFromEnvironment();

struct VirtualDeviceConfig
{
    int platformId = -1;
    QString deviceId;      // 24 lower-case hex characters; generated from the platform when empty
    DeviceMode mode = DeviceMode::Normal;
    // The Device OS layout the device assumes for slot bounds and the OTA region until a system part
    // in its flash says otherwise (the Device OS version table maps its module version).
    SemVer deviceOs = SemVer(2, 2, 0);
    bool timingEnabled = false; // false: no sleeps at all
    // Real-device timing of resets only (reference row 14, bootbehaviour.h): the 1 s after a reset
    // request, ~500 ms after leaving DFU, the bootloader applying a module; no flash or USB sleeps.
    bool realTiming = realTimingFromEnvironment();
    std::optional<TimingModel> timing; // default: TimingModel::forMcu(platform.mcu)
    // Device Protection (Device OS 6.x, reference 2.7): the device's bootloader carries the
    // SECURITY_MODE extension. Only bootloaders that know protection (BootloaderTraits) act on it.
    bool deviceProtected = false;
};

// Whether a memory operation obeys the layout's sector properties. Gen 3 and rtl872x bootloaders
// check only the address range, so an 'a' (read-only) sector is erased and written there
// (reference 4, "Erase"); the Gen 2 bootloader and Device OS obey them.
enum class SectorRules : quint8 { Enforce, RangeOnly };

class VirtualDevice : public QObject
{
    Q_OBJECT

public:
    // The platform comes from PlatformDatabase::builtin(). Fails for an unknown platform, a platform
    // without DFU alt settings, or a malformed device ID.
    static Result<std::shared_ptr<VirtualDevice>> create(const VirtualDeviceConfig &config);
    ~VirtualDevice() override;

    // Identity
    const Platform &platform() const;
    QString deviceId() const;
    DeviceMode mode() const;
    quint16 usbVendorId() const;
    quint16 usbProductId() const; // CDC PID in normal/listening, DFU PID in DFU mode
    // On the bus: false after an injected unplug, until replug(), and while Device OS hard-faults at
    // every start (then only DFU mode brings the device back: replug(Dfu) or resetDevice(Dfu), the
    // person holding MODE while tapping RESET).
    bool isAttached() const;
    // Device OS crashes as it starts (SOS, the LED flashing red) and the device restarts into the same
    // crash, never enumerating. The model knows one cause (device-os pull request 1426): a Photon/P1
    // whose system-part1 is 0.8.0-rc.1 or newer (module version >= 300) while its system-part2 is
    // still below 0.7.0 (module version < 207, the dependency 0.8.0+ parts declare; the pull request
    // names 0.7.0-rc.4 = 203, the model takes the released 0.7.0). It happens when an OTA module
    // (YModem, control requests) is applied; over DFU all system parts are written before the device
    // starts, so a DFU restore never meets it, and the bootloader with DFU mode keeps working.
    bool hardFaulted() const;
    QString systemVersionString() const; // "2.2.0" from the installed system part, else the config's
    SemVer deviceOsLayoutVersion() const;
    // The bootloader module version: the installed bootloader's, else the one the configured Device
    // OS release shipped with (the version table); nullopt when neither is known.
    std::optional<int> bootloaderVersion() const;
    bool deviceProtected() const; // see VirtualDeviceConfig::deviceProtected

    // Memories (DfuSe address space: the address includes the alt's bias)
    QList<VirtualMemoryInfo> memories() const;
    std::optional<VirtualMemoryInfo> memory(int alt) const;
    // Reads through the layout's rules: fails on unreadable sectors like the bootloader would.
    Result<QByteArray> read(int alt, quint32 address, quint32 length) const;
    // Reads regardless of properties (tests: compare flash bytes with the file).
    QByteArray peek(int alt, quint32 address, quint32 length) const;
    // Erases the sector holding the address (DfuSe ERASE page). DCT: a no-op that succeeds.
    MemoryStatus eraseSector(int alt, quint32 address, SectorRules rules = SectorRules::Enforce);
    // Programs bytes the way flash does: bits can only go from 1 to 0, so programming over bytes
    // that are not erased reads back wrong (Verify). Respects the sector properties.
    MemoryStatus program(int alt, quint32 address, const QByteArray &data, SectorRules rules = SectorRules::Enforce);
    // Factory loading for tests and demo mode: writes bytes as-is, erasing first, ignoring the
    // read-only properties (the bootloader region can be populated this way) and faults.
    Result<void> load(int alt, quint32 address, const QByteArray &data);
    // Factory loading of a module file at the address its prefix says (flash image: prefix dropped
    // when the module says so). Fails when the module is not for this platform's memories, or
    // does not hold its bytes.
    Result<void> loadModule(const FirmwareModule &module);
    // The same for a module of a bundle: its bytes are read from its file (BundleModule::readModule).
    Result<void> loadModule(const BundleModule &module);

    // Modules, scanned from flash at the platform's slots and validated (reference 2.6).
    QList<VirtualModuleInfo> modules() const;
    std::optional<VirtualModuleInfo> module(ModuleFunction function, int index, int mcuTarget = 0) const;

    // Firmware update in normal/listening mode (control requests 250-253, YModem): the data goes to
    // the OTA region; finish validates it and, unless validateOnly, marks it to be applied on reset.
    Result<void> beginFirmwareUpdate(quint32 size);
    Result<void> writeFirmwareUpdate(quint32 offset, const QByteArray &data);
    Result<void> finishFirmwareUpdate(bool validateOnly);
    void cancelFirmwareUpdate();
    bool firmwareUpdatePending() const;

    // Boot (reference row 1, modulevalidation.h): after every reset the device comes up where its flash
    // lets it: DFU mode when system-part1 fails its check (bootFailure() names it), safe mode when a
    // dependency is not met (USB and control requests work, the application does not run).
    bool safeMode() const;
    QString bootFailure() const;      // "system-part1 fails its CRC check"; empty after a good boot
    int resetCount() const;           // every reset, the DCT flag's extra one included
    int factoryResetAttempts() const; // Gen 2 bootloader's factory resets before DFU mode
    // The time a device stays on the bus after it answered the request that resets it: 1 s after a
    // reset/DFU control request (Device OS 1.5 and later), ~500 ms after the DFU leave. Accounted in
    // timeAccount(); returns 0 when neither timing switch is on. The attachments wait it.
    std::chrono::milliseconds lingerBeforeReset();

    // Mode changes. Each one that re-enumerates emits aboutToReset() then reset(newMode); the
    // attachments detach and re-attach with the new PID. A pending OTA module (finished update or
    // DCT flag 0xA5 at dctOtaUpdateFlagOffset) is applied on every reset into Device OS. A reset into
    // Device OS that ends in a hard fault (hardFaulted()) emits aboutToReset() then unplugged(): the
    // device never comes back on the bus.
    void resetDevice(DeviceMode into = DeviceMode::Normal);
    void enterDfu() { resetDevice(DeviceMode::Dfu); }
    void startListening(); // no re-enumeration (same PID)
    void stopListening();
    // Unplug (fault or test) and plug back in: replug restarts the device in the given mode.
    void unplug();
    void replug(DeviceMode into = DeviceMode::Normal);

    // Timing model
    void setTimingEnabled(bool enabled);
    bool timingEnabled() const;
    void setRealTiming(bool enabled);
    bool realTiming() const;
    TimingModel timingModel() const;
    // Accounts the USB transfer of n payload bytes (attachments call it), sleeping when timing is on.
    void accountTransfer(quint64 bytes);
    ModelTimeAccount timeAccount() const;
    void resetTimeAccount();

    // Fault injection
    void injectFault(const Fault &fault);
    void clearFaults();
    // Consumes one firing of an armed fault of this kind (trigger reached), for the attachments.
    std::optional<Fault> takeFault(FaultKind kind);
    bool faultActive(FaultKind kind) const; // armed and triggered, without consuming it
    quint64 bytesWritten() const;           // the fault trigger counter (DFU program + OTA writes)

    // Every write attempt outside what the layout allows is recorded here (and refused): tests use
    // it to prove nothing was written outside bounds.
    struct WriteRecord
    {
        int alt = 0;
        quint32 address = 0;
        quint32 length = 0;
        MemoryStatus status = MemoryStatus::Ok;
    };
    QList<WriteRecord> writeLog() const;
    void clearWriteLog();

    // Every module applied from the OTA region (YModem, control requests, the DCT flag), in order:
    // tests check the order in which the device took its updates.
    struct AppliedUpdate
    {
        ModuleFunction function = ModuleFunction::None;
        int index = 0;
        int mcuTarget = 0;
        int version = 0;
    };
    QList<AppliedUpdate> appliedUpdates() const;

Q_SIGNALS:
    void aboutToReset();                       // the device is about to vanish from the bus
    void resetCompleted(dr::sim::DeviceMode mode); // it is back (possibly with another PID)
    void modeChanged(dr::sim::DeviceMode mode);    // listening on/off without re-enumeration
    void unplugged();
    void modulesChanged();

private:
    explicit VirtualDevice(const Platform &platform, const VirtualDeviceConfig &config);
    bool updateBootloaderFromSystemParts();
    bool crashesAtStart() const; // what makes Device OS hard-fault as it starts (hardFaulted())
    struct State;
    std::unique_ptr<State> d;
};

} // namespace dr::sim
