// The USB error catalogue (see usberror.h).
#include "usb/usberror.h"

#include <QCoreApplication>

#include <optional>

#include <libusb.h>

namespace dr {

namespace {
// The translation context of the USB error catalogue (codes, names and details stay English).
struct UsbErrorText
{
    Q_DECLARE_TR_FUNCTIONS(dr::UsbError)
};

// A message that opens with what was being done ("reading string descriptor 3 was interrupted.")
// starts with a capital letter, in any language that has them.
QString startOfSentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

HostOs currentHostOs()
{
#if defined(Q_OS_WIN)
    return HostOs::Windows;
#elif defined(Q_OS_MACOS)
    return HostOs::MacOs;
#elif defined(Q_OS_LINUX)
    return HostOs::Linux;
#else
    return HostOs::Other;
#endif
}

QString particleUdevRule()
{
    // Particle's published rule, reduced to what USB access needs: both vendor IDs, any product.
    return QStringLiteral("SUBSYSTEMS==\"usb\", ATTRS{idVendor}==\"2b04\", MODE=\"0666\", TAG+=\"uaccess\"\n"
                          "SUBSYSTEMS==\"usb\", ATTRS{idVendor}==\"1d50\", ATTRS{idProduct}==\"607[df]\", "
                          "MODE=\"0666\", TAG+=\"uaccess\"\n");
}

Error libusbError(int code, const QString &what, HostOs os)
{
    const QString detail = QStringLiteral("%1: %2 (%3)").arg(what, QString::fromLatin1(libusb_error_name(code))).arg(code);
    switch (code) {
    case LIBUSB_ERROR_ACCESS:
        if (os == HostOs::Windows)
            return makeError(
                usberror::Access, UsbErrorText::tr("Windows did not let this program open the device."),
                UsbErrorText::tr("The WinUSB driver is not bound to it: unplug and re-plug the device, or "
                                 "bind WinUSB with Zadig, then try again."),
                detail);
        if (os == HostOs::Linux)
            return makeError(
                usberror::Access, UsbErrorText::tr("Linux did not give this program access to the device."),
                UsbErrorText::tr("The udev rule for Particle devices is missing: save these lines as "
                                 "/etc/udev/rules.d/50-particle.rules, run 'sudo udevadm control --reload', "
                                 "re-plug the device:\n") +
                    particleUdevRule(),
                detail);
        return makeError(
            usberror::Access, UsbErrorText::tr("The system did not give this program access to the device."),
            UsbErrorText::tr("Close other programs that use the device (particle CLI, serial monitors) "
                             "and try again."),
            detail);
    case LIBUSB_ERROR_NO_DEVICE:
        return makeError(
            usberror::NoDevice, UsbErrorText::tr("The device disconnected during %1.").arg(what),
            UsbErrorText::tr("Check the cable and the connection, plug the device in again and retry."),
            detail);
    case LIBUSB_ERROR_TIMEOUT:
        return makeError(
            usberror::Timeout, UsbErrorText::tr("The device did not answer %1 in time.").arg(what),
            UsbErrorText::tr("Reset the device (press RESET), re-plug it, and try again."), detail);
    case LIBUSB_ERROR_PIPE:
        return makeError(usberror::Stall, UsbErrorText::tr("The device refused %1 (stall).").arg(what),
                         UsbErrorText::tr("The device may not support this request in its current mode or "
                                          "version; reset it and try again."),
                         detail);
    case LIBUSB_ERROR_BUSY:
        return makeError(
            usberror::Busy, UsbErrorText::tr("Another program is using the device."),
            UsbErrorText::tr("Close other programs that use the device (particle CLI, dfu-util, serial "
                             "monitors) and try again."),
            detail);
    case LIBUSB_ERROR_NOT_FOUND:
        return makeError(usberror::NotFound,
                         UsbErrorText::tr("The device or its interface was not found for %1.").arg(what),
                         UsbErrorText::tr("Re-plug the device and try again."), detail);
    case LIBUSB_ERROR_OVERFLOW:
        return makeError(usberror::Overflow,
                         UsbErrorText::tr("The device sent more data than asked for in %1.").arg(what),
                         UsbErrorText::tr("Reset the device and try again."), detail);
    case LIBUSB_ERROR_NO_MEM:
        return makeError(usberror::NoMemory,
                         UsbErrorText::tr("The computer ran out of memory during %1.").arg(what),
                         UsbErrorText::tr("Close other programs and try again."), detail);
    case LIBUSB_ERROR_NOT_SUPPORTED:
        return makeError(
            usberror::NotSupported, UsbErrorText::tr("The system's USB stack does not support %1.").arg(what),
            os == HostOs::Windows ? UsbErrorText::tr("Bind the WinUSB driver to the device (Zadig).")
                                  : UsbErrorText::tr("Check that libusb works on this system."),
            detail);
    case LIBUSB_ERROR_INTERRUPTED:
        return makeError(usberror::Interrupted, startOfSentence(UsbErrorText::tr("%1 was interrupted.").arg(what)),
                         UsbErrorText::tr("Try again."), detail);
    case LIBUSB_ERROR_INVALID_PARAM:
        return makeError(usberror::InvalidParam,
                         startOfSentence(UsbErrorText::tr("%1 was called with invalid parameters.").arg(what)),
                         UsbErrorText::tr("This is a bug in Device Restore; please report it."), detail);
    case LIBUSB_ERROR_IO:
        return makeError(usberror::Io,
                         UsbErrorText::tr("A USB input/output error happened during %1.").arg(what),
                         UsbErrorText::tr("Try another cable or USB port, avoid hubs, and retry."), detail);
    default:
        return makeError(usberror::Other, UsbErrorText::tr("USB error during %1.").arg(what),
                         UsbErrorText::tr("Re-plug the device and try again."), detail);
    }
}

Error cancelledError(const QString &what)
{
    return makeError(usberror::Cancelled, startOfSentence(UsbErrorText::tr("%1 was cancelled.").arg(what)),
                     UsbErrorText::tr("Run it again when ready; the device stays in its current mode."));
}

QString dfuStatusName(quint8 status)
{
    static const char *const names[] = {"OK", "errTARGET", "errFILE", "errWRITE", "errERASE", "errCHECK_ERASED",
                                        "errPROG", "errVERIFY", "errADDRESS", "errNOTDONE", "errFIRMWARE",
                                        "errVENDOR", "errUSBR", "errPOR", "errUNKNOWN", "errSTALLEDPKT"};
    if (status < std::size(names))
        return QString::fromLatin1(names[status]);
    return QStringLiteral("status 0x%1").arg(status, 2, 16, QLatin1Char('0'));
}

QString dfuStateName(quint8 state)
{
    static const char *const names[] = {"appIDLE", "appDETACH", "dfuIDLE", "dfuDNLOAD_SYNC", "dfuDNBUSY",
                                        "dfuDNLOAD_IDLE", "dfuMANIFEST_SYNC", "dfuMANIFEST", "dfuMANIFEST_WAIT_RESET",
                                        "dfuUPLOAD_IDLE", "dfuERROR"};
    if (state < std::size(names))
        return QString::fromLatin1(names[state]);
    return QStringLiteral("state 0x%1").arg(state, 2, 16, QLatin1Char('0'));
}

Error dfuStatusError(quint8 status, quint8 state, const QString &what)
{
    const QString detail = QStringLiteral("%1: bStatus %2 (%3), bState %4 (%5)")
                               .arg(what, dfuStatusName(status)).arg(status).arg(dfuStateName(state)).arg(state);
    const QString code = QLatin1String(usberror::DfuStatus) + QLatin1Char('.') + dfuStatusName(status);
    QString message;
    QString remedy = UsbErrorText::tr("Reset the device into DFU mode (blinking yellow) and try again.");
    switch (DfuStatus(status)) {
    case DfuStatus::errTARGET:
        message = UsbErrorText::tr("The device refused the target of %1 (errTARGET).").arg(what);
        break;
    case DfuStatus::errFILE:
        message = UsbErrorText::tr("The device rejected the file (errFILE).");
        break;
    case DfuStatus::errWRITE:
        message = UsbErrorText::tr("The device could not write its flash (errWRITE).");
        remedy = UsbErrorText::tr(
            "The area may be read-only or the flash worn: reset the device into DFU mode and "
            "try again; if it repeats, the device may need service.");
        break;
    case DfuStatus::errERASE:
        message = UsbErrorText::tr("The device could not erase its flash (errERASE).");
        break;
    case DfuStatus::errCHECK_ERASED:
        message = UsbErrorText::tr("The device's erase check failed (errCHECK_ERASED).");
        break;
    case DfuStatus::errPROG:
        message = UsbErrorText::tr("The device's program operation failed (errPROG).");
        break;
    case DfuStatus::errVERIFY:
        message = UsbErrorText::tr("The device read back different bytes than were written (errVERIFY).");
        break;
    case DfuStatus::errADDRESS:
        message = UsbErrorText::tr("The device refused the address (errADDRESS).");
        break;
    case DfuStatus::errNOTDONE:
        message = UsbErrorText::tr("The device says the download is incomplete (errNOTDONE).");
        break;
    case DfuStatus::errFIRMWARE:
        message = UsbErrorText::tr("The device found the firmware corrupt (errFIRMWARE).");
        remedy = UsbErrorText::tr("Flash a complete, valid firmware in DFU mode.");
        break;
    case DfuStatus::errVENDOR:
        // Device OS 6.x bootloaders refuse every read, erase and write of a protected device this way.
        message = UsbErrorText::tr("The device refused %1 (errVENDOR): it has Device Protection on.").arg(what);
        remedy = UsbErrorText::tr("Turn Device Protection off for this device (Particle console, or "
                                  "'particle device-protection disable'), then try again.");
        break;
    case DfuStatus::errUSBR:
        message = UsbErrorText::tr("The device saw an unexpected USB reset (errUSBR).");
        break;
    case DfuStatus::errPOR:
        message = UsbErrorText::tr("The device saw an unexpected power-on reset (errPOR).");
        break;
    case DfuStatus::errUNKNOWN:
        // Gen 3 and rtl872x bootloaders report every failed erase or write as errUNKNOWN.
        message = UsbErrorText::tr("The device's bootloader could not carry out %1 (errUNKNOWN).").arg(what);
        remedy = UsbErrorText::tr("Reset the device into DFU mode (blinking yellow) and try again; if it fails at "
                                  "the same address again, the flash there may be worn.");
        break;
    case DfuStatus::errSTALLEDPKT:
        message = UsbErrorText::tr("The device did not expect the request %1 (errSTALLEDPKT).").arg(what);
        break;
    case DfuStatus::OK:
        message = UsbErrorText::tr("The device reported no error but %1 did not complete.").arg(what);
        break;
    default:
        message = UsbErrorText::tr("The device reported DFU status %1 during %2.").arg(status).arg(what);
        break;
    }
    return makeError(code, message, remedy, detail);
}

Error dfuOperationFailedError(const QString &what, const QString &detail)
{
    return makeError(usberror::DfuOperationFailed,
                     UsbErrorText::tr("The device's bootloader could not carry out %1: it stalled the status "
                                      "request that reports the result, which is how Gen 2 bootloaders signal a "
                                      "failed erase or write.")
                         .arg(what),
                     UsbErrorText::tr("Reset the device into DFU mode (blinking yellow) and try again; if it fails "
                                      "at the same address again, the flash there may be worn or protected."),
                     detail);
}

Error dfuStateError(quint8 state, const QString &expected, const QString &what)
{
    return makeError(usberror::DfuState,
                     UsbErrorText::tr("The device is in DFU state %1 during %2, expected %3.")
                         .arg(dfuStateName(state), what, expected),
                     UsbErrorText::tr("Reset the device into DFU mode (blinking yellow) and try again."),
                     QStringLiteral("bState %1").arg(state));
}

QString controlStatusName(int status)
{
    switch (status) {
    case 0: return QStringLiteral("ok");
    case 1: return QStringLiteral("error");
    case 2: return QStringLiteral("pending");
    case 3: return QStringLiteral("busy");
    case 4: return QStringLiteral("no-memory");
    case 5: return QStringLiteral("not-found");
    default: return QStringLiteral("status-%1").arg(status);
    }
}

Error controlStatusError(int status, int requestType)
{
    const QString code = QLatin1String(usberror::Control) + QLatin1Char('.') + controlStatusName(status);
    const QString detail = QStringLiteral("request type %1, service status %2").arg(requestType).arg(status);
    switch (status) {
    case 3:
        return makeError(
            code, UsbErrorText::tr("The device is busy with other requests."),
            UsbErrorText::tr("Close other programs that talk to the device (particle CLI, the web "
                             "console) and try again."),
            detail);
    case 4:
        return makeError(code, UsbErrorText::tr("The device has no memory left for the request."),
                         UsbErrorText::tr("Reset the device and try again."), detail);
    case 5:
        return makeError(code, UsbErrorText::tr("The device lost track of the request."),
                         UsbErrorText::tr("Try again; if it repeats, reset the device."), detail);
    default:
        return makeError(code, UsbErrorText::tr("The device could not process the request."),
                         UsbErrorText::tr("Reset the device and try again."), detail);
    }
}

namespace {

// Module validation refusals of HAL_FLASH_End / HAL_FLASH_OTA_Validate (FINISH_FIRMWARE_UPDATE, Device
// OS services/inc/system_error.h -1300...-1370; reference section 6, rows 1 and 2): each with its cause
// and what to do. nullopt for any other result.
std::optional<Error> otaValidationError(int result, const QString &code, const QString &detail)
{
    switch (result) {
    case -1300:
        return makeError(code, UsbErrorText::tr("The device found no Particle module in what it was sent."),
                         UsbErrorText::tr("Check that the file is a Device OS module binary, not a zip or an "
                                          "ELF file, then try again."),
                         detail);
    case -1310:
        return makeError(code, UsbErrorText::tr("The device does not take this kind of module over USB."),
                         UsbErrorText::tr("Restore this module over DFU instead."), detail);
    case -1320:
        return makeError(code, UsbErrorText::tr("The device refused the module: it failed its validation."),
                         UsbErrorText::tr("Check that the file is a module for this device and its Device OS, "
                                          "then try again."),
                         detail);
    case -1330:
        return makeError(code,
                         UsbErrorText::tr("The device refused the module: its CRC does not match (the file or "
                                          "the transfer is damaged)."),
                         UsbErrorText::tr("Open the release binaries again and retry; use another cable if it "
                                          "happens again."),
                         detail);
    case -1340:
        return makeError(code,
                         UsbErrorText::tr("The device refused the module: a module it depends on is missing or "
                                          "too old, or an installed module needs a newer version of it."),
                         UsbErrorText::tr("Send the module it depends on first (for Gen 3 system parts: the "
                                          "bootloader), or restore over DFU."),
                         detail);
    case -1350:
        return makeError(code,
                         UsbErrorText::tr("The device refused the module: its addresses do not fit any of the "
                                          "device's module slots."),
                         UsbErrorText::tr("Check that the module is built for this device and its Device OS "
                                          "layout."),
                         detail);
    case -1360:
        return makeError(code, UsbErrorText::tr("The device refused the module: it is built for another platform."),
                         UsbErrorText::tr("Use the binary built for this device's platform."), detail);
    case -1370:
        return makeError(code, UsbErrorText::tr("The device refused the module: its format is not one it reads."),
                         UsbErrorText::tr("Use a module built for this Device OS release."), detail);
    default:
        return std::nullopt;
    }
}

} // namespace

QString systemResultName(int result)
{
    switch (result) {
    case 0: return QStringLiteral("ok");
    case -100: return QStringLiteral("unknown error");
    case -110: return QStringLiteral("busy");
    case -120: return QStringLiteral("not supported");
    case -130: return QStringLiteral("not allowed");
    case -140: return QStringLiteral("cancelled");
    case -150: return QStringLiteral("aborted");
    case -160: return QStringLiteral("timeout");
    case -170: return QStringLiteral("not found");
    case -180: return QStringLiteral("already exists");
    case -190: return QStringLiteral("too large");
    case -191: return QStringLiteral("too small");
    case -200: return QStringLiteral("limit exceeded");
    case -210: return QStringLiteral("invalid state");
    case -220: return QStringLiteral("I/O error");
    case -230: return QStringLiteral("would block");
    case -260: return QStringLiteral("no memory");
    case -270: return QStringLiteral("invalid argument");
    case -280: return QStringLiteral("bad data");
    case -290: return QStringLiteral("out of range");
    case -300: return QStringLiteral("deprecated");
    // firmware update results (services/inc/system_error.h), device-os-behaviour.md row 15
    case -219: return QStringLiteral("flash I/O error");
    case -1351: return QStringLiteral("invalid module size");
    case -1380: return QStringLiteral("firmware updates are disabled");
    case -1801: return QStringLiteral("device protected");
    // module validation (FINISH_FIRMWARE_UPDATE)
    case -1300: return QStringLiteral("module not found");
    case -1310: return QStringLiteral("unsupported module");
    case -1320: return QStringLiteral("module validation failed");
    case -1330: return QStringLiteral("module integrity check failed");
    case -1340: return QStringLiteral("module dependency check failed");
    case -1350: return QStringLiteral("invalid module address");
    case -1360: return QStringLiteral("invalid module platform");
    case -1370: return QStringLiteral("invalid module format");
    default: return QStringLiteral("error %1").arg(result);
    }
}

namespace {

// ---- Control-request results of a firmware update that are not module validation (requests 250-253;
// device-os-behaviour.md row 15: storage.cpp, firmware_update.cpp). The validation family -1300..-1370
// is otaValidationError's; -120, -130, -160, -210 and -1801 are in systemResultError's general switch.
std::optional<Error> firmwareUpdateResultError(int result, const QString &code, const QString &detail)
{
    auto error = [&](const QString &message, const QString &remedy) {
        return std::optional<Error>(makeError(code, message, remedy, detail));
    };
    const QString checkFile = UsbErrorText::tr("Check that the file is a complete module built for this device "
                                               "and this Device OS, then try again; nothing was installed.");
    switch (result) {
    case -219:
        return error(UsbErrorText::tr("The device could not write the update to its flash."),
                     UsbErrorText::tr("Reset the device and try again; if it repeats, its flash may be worn."));
    case -290:
        return error(UsbErrorText::tr("The device refused a piece of the update: it was empty or ran past the size "
                                      "announced at the start, and the device cancelled the update."),
                     UsbErrorText::tr("Start the update again; if it repeats, this is a bug in Device Restore, "
                                      "please report it."));
    case -1351:
        return error(UsbErrorText::tr("The update is too large for the device's update area."), checkFile);
    case -1380:
        return error(UsbErrorText::tr("The device has firmware updates disabled."),
                     UsbErrorText::tr("Enable updates in the device's application (System.enableUpdates()), or "
                                      "restore it in DFU mode."));
    default:
        return std::nullopt;
    }
}

} // namespace

Error systemResultError(int result, int requestType)
{
    const QString code = QLatin1String(usberror::ControlResult) + QLatin1Char('.') + QString::number(result);
    const QString detail = QStringLiteral("request type %1, system result %2 (%3)")
                               .arg(requestType).arg(result).arg(systemResultName(result));
    if (auto e = otaValidationError(result, code, detail))
        return *e;
    if (auto e = firmwareUpdateResultError(result, code, detail))
        return *e;
    switch (result) {
    case -120:
        // Gen 2 0.8.0-rc to 1.0.x lack 20, 30 and 72; 5.x refuses compressed (MINIZ) updates.
        return makeError(
            code, UsbErrorText::tr("The device's Device OS does not support this request."),
            UsbErrorText::tr("Put the device into DFU mode by hand (hold MODE, tap RESET, release at "
                             "blinking yellow) and continue there."),
            detail);
    case -130:
        return makeError(
            code, UsbErrorText::tr("The device does not allow this request now."),
            UsbErrorText::tr("Put the device in listening mode (hold MODE until blinking dark blue) and "
                             "try again."),
            detail);
    case -1801:
        return makeError(
            code,
            UsbErrorText::tr("The device is protected (Device Protection) and refused the request."),
            UsbErrorText::tr("Unprotect the device from the Particle console, or put it in service mode."),
            detail);
    case -160:
        return makeError(code,
                         UsbErrorText::tr("The device took too long to process the request."),
                         UsbErrorText::tr("Reset the device and try again."), detail);
    case -210:
        // Also FINISH (251) before every byte arrived, and DATA (253) without a START.
        return makeError(
            code, UsbErrorText::tr("The device was not ready for the request (for an update: it had not "
                                   "received all of it, or no update was started)."),
            UsbErrorText::tr("Reset the device and try again."), detail);
    case -280: case -270: case -190:
        return makeError(code,
                         UsbErrorText::tr("The device rejected the data it was sent."),
                         UsbErrorText::tr("Check that the file is a valid module for this device."), detail);
    default:
        return makeError(code,
                         UsbErrorText::tr("The device could not carry out the request."),
                         UsbErrorText::tr("Reset the device and try again."), detail);
    }
}

} // namespace dr
