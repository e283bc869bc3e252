// The error catalogue of the USB layer: libusb errors, DFU status and state (DFU 1.1 section 6.1.2),
// control-request service status and Device OS system result codes, each mapped to a dr::Error with
// a one-line cause and what the person can do. The raw code always stays in Error::detail, and the
// code string tells a stall from an unplug from a timeout.
#pragma once

#include "common/result.h"

#include <QString>

namespace dr {

namespace usberror {
inline constexpr char Access[] = "usb.access-denied";
inline constexpr char NoDevice[] = "usb.no-device";       // unplugged / gone
inline constexpr char Timeout[] = "usb.timeout";
inline constexpr char Stall[] = "usb.stall";              // LIBUSB_ERROR_PIPE
inline constexpr char Busy[] = "usb.busy";
inline constexpr char Io[] = "usb.io";
inline constexpr char NotFound[] = "usb.not-found";
inline constexpr char Overflow[] = "usb.overflow";
inline constexpr char NoMemory[] = "usb.no-memory";
inline constexpr char NotSupported[] = "usb.not-supported";
inline constexpr char Interrupted[] = "usb.interrupted";
inline constexpr char InvalidParam[] = "usb.invalid-param";
inline constexpr char Other[] = "usb.other";
inline constexpr char Cancelled[] = "usb.cancelled";
inline constexpr char ShortTransfer[] = "usb.short-transfer";
inline constexpr char BadDescriptor[] = "usb.bad-descriptor";
inline constexpr char DfuStatus[] = "dfu.status";          // code is "dfu.status.errWRITE" etc.
inline constexpr char DfuState[] = "dfu.unexpected-state";
inline constexpr char DfuRefused[] = "dfu.refused";        // a write we refuse before any transfer
inline constexpr char DfuVerify[] = "dfu.verify-mismatch"; // read-back differs
inline constexpr char DfuOperationFailed[] = "dfu.operation-failed"; // Gen 2: the GETSTATUS after it stalled
inline constexpr char Control[] = "control.status";        // code is "control.status.busy" etc.
inline constexpr char ControlResult[] = "control.result";  // code is "control.result.-120" etc.
inline constexpr char ControlProtocol[] = "control.protocol";
inline constexpr char ControlTimeout[] = "control.timeout";
inline constexpr char DeviceLost[] = "usb.device-lost";    // did not come back after a reset
} // namespace usberror

enum class HostOs { Linux, Windows, MacOs, Other };
HostOs currentHostOs();

// libusb_error (negative) -> Error. `what` says which operation failed ("DFU_GETSTATUS").
Error libusbError(int libusbCode, const QString &what, HostOs os = currentHostOs());
// The udev rule for Particle devices (installed as /etc/udev/rules.d/50-particle.rules).
QString particleUdevRule();

// DFU 1.1 bStatus and bState (spec names, as DfuSe and dfu-util print them).
enum class DfuStatus : quint8 {
    OK = 0x00, errTARGET = 0x01, errFILE = 0x02, errWRITE = 0x03, errERASE = 0x04, errCHECK_ERASED = 0x05,
    errPROG = 0x06, errVERIFY = 0x07, errADDRESS = 0x08, errNOTDONE = 0x09, errFIRMWARE = 0x0A,
    errVENDOR = 0x0B, errUSBR = 0x0C, errPOR = 0x0D, errUNKNOWN = 0x0E, errSTALLEDPKT = 0x0F,
};
enum class DfuState : quint8 {
    appIDLE = 0, appDETACH = 1, dfuIDLE = 2, dfuDNLOAD_SYNC = 3, dfuDNBUSY = 4, dfuDNLOAD_IDLE = 5,
    dfuMANIFEST_SYNC = 6, dfuMANIFEST = 7, dfuMANIFEST_WAIT_RESET = 8, dfuUPLOAD_IDLE = 9, dfuERROR = 10,
};
QString dfuStatusName(quint8 status); // "errWRITE"; unknown values as "status 0x42"
QString dfuStateName(quint8 state);   // "dfuDNLOAD_IDLE"
// An operation stopped at the person's request.
Error cancelledError(const QString &what);

Error dfuStatusError(quint8 status, quint8 state, const QString &what);
// A Gen 2 bootloader signals a failed erase or write by stalling the GETSTATUS that ran it (the next
// one says dfuDNLOAD_IDLE/OK, so retrying would hide the failure). `detail` keeps the stall's.
Error dfuOperationFailedError(const QString &what, const QString &detail);
Error dfuStateError(quint8 state, const QString &expected, const QString &what);

// Control-request service status (reference 4.1) and Device OS system_error_t results.
QString controlStatusName(int status); // "ok", "error", "pending", "busy", "no-memory", "not-found"
Error controlStatusError(int status, int requestType);
QString systemResultName(int result);  // "not supported", "not allowed", ...
Error systemResultError(int result, int requestType);

} // namespace dr
