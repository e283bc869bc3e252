// DFU 1.1 and ST DfuSe requests, one small function per request (as dfu-util's dfu.c / dfuse.c):
// GETSTATUS, CLRSTATUS, ABORT, DNLOAD, UPLOAD, DETACH, and the DfuSe commands SET_ADDRESS_POINTER,
// ERASE page and GET_COMMANDS. Every DNLOAD and DfuSe command is followed by GETSTATUS polling until
// the device says the operation finished (the device erases and programs inside that poll; DFU 1.1
// section 6.1.2). Also the pure parsing of the DFU descriptors. It speaks the protocol; deciding what
// to write is DfuseDownloader's job.
#pragma once

#include "common/result.h"
#include "usb/usbdevice.h"
#include "usb/usberror.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <chrono>
#include <functional>
#include <utility>

namespace dr {

// DFU class-specific requests (DFU 1.1 table 3.2).
enum class DfuRequest : quint8 { DETACH = 0, DNLOAD = 1, UPLOAD = 2, GETSTATUS = 3, CLRSTATUS = 4, GETSTATE = 5, ABORT = 6 };
// DfuSe commands carried by DNLOAD block 0 (ST AN3156).
enum class DfuseCommand : quint8 { GET_COMMANDS = 0x00, SET_ADDRESS_POINTER = 0x21, ERASE = 0x41, READ_UNPROTECT = 0x92 };

struct DfuFunctionalDescriptor
{
    quint8 attributes = 0;     // bit 0 CanDnload, 1 CanUpload, 2 ManifestationTolerant, 3 WillDetach
    quint16 detachTimeout = 0; // ms
    quint16 transferSize = 0;  // wTransferSize
    quint16 dfuVersion = 0;    // 0x011A for DfuSe
    bool canDownload() const { return attributes & 0x01; }
    bool canUpload() const { return attributes & 0x02; }
    bool manifestationTolerant() const { return attributes & 0x04; }
    bool willDetach() const { return attributes & 0x08; }
};

struct DfuAltSettingDescriptor
{
    int interface = 0;
    int alt = 0;
    quint8 iInterface = 0; // string index of the DfuSe memory layout
};

struct DfuDescriptors
{
    QList<DfuAltSettingDescriptor> alts; // DFU-class (FE/01/02) interfaces and their alt settings
    std::optional<DfuFunctionalDescriptor> functional;
};

// Parses a raw configuration descriptor (as UsbDeviceHandle::configDescriptor returns it).
Result<DfuDescriptors> parseDfuDescriptors(const QByteArray &config);

struct DfuStatusReply
{
    quint8 status = 0;       // DfuStatus
    quint32 pollTimeout = 0; // bwPollTimeout, ms
    quint8 state = 0;        // DfuState
    quint8 iString = 0;
    static std::optional<DfuStatusReply> parse(const QByteArray &six);
};

class DfuClient
{
public:
    DfuClient(UsbDeviceHandle &handle, int interface);

    void setTimeout(UsbTimeout timeout) { m_timeout = timeout; }
    // Cancellation: checked between requests (never inside a transfer the device is processing).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // How a busy device's bwPollTimeout is waited (default: std::this_thread::sleep_for). The fuzz
    // target replaces it so that a busy reply costs no wall time.
    using Sleeper = std::function<void(std::chrono::milliseconds)>;
    void setSleeper(Sleeper sleeper) { m_sleep = std::move(sleeper); }

    // DFU 1.1
    Result<DfuStatusReply> getStatus();
    Result<void> clearStatus();
    Result<void> abort();
    Result<void> download(quint16 block, const QByteArray &data); // the DNLOAD transfer only
    Result<QByteArray> upload(quint16 block, quint16 length);
    Result<void> detach(quint16 timeoutMs);

    // GETSTATUS until the state leaves dfuDNBUSY/dfuDNLOAD_SYNC/dfuMANIFEST_SYNC, waiting bwPollTimeout
    // between polls; a dfuERROR state or non-OK status becomes the matching DFU error.
    Result<DfuStatusReply> pollUntilDone(const QString &what);
    // DNLOAD, then poll (the conformant pairing every download needs).
    Result<DfuStatusReply> downloadAndPoll(quint16 block, const QByteArray &data, const QString &what);
    // Brings the device to dfuIDLE: CLRSTATUS from dfuERROR, ABORT from the idle substates.
    Result<void> ensureIdle();

    // DfuSe commands (each a DNLOAD of block 0 followed by polling).
    Result<void> setAddressPointer(quint32 address);
    Result<void> erasePage(quint32 address);
    Result<QByteArray> getCommands(); // UPLOAD block 0 from dfuIDLE

    quint64 controlTransfers() const { return m_handle.controlTransferCount(); }

private:
    Result<void> checkCancel(const QString &what) const;
    UsbDeviceHandle &m_handle;
    int m_interface;
    UsbTimeout m_timeout = kDefaultUsbTimeout;
    const std::atomic_bool *m_cancel = nullptr;
    Sleeper m_sleep;
};


} // namespace dr
