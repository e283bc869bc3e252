// Virtual devices for `--simulate boron@1.5.2,photon@2.2.0`: each one holds a real Device OS release
// from a firmware bundle (every module of it, plus a Tinker that runs on it), sits on an in-process
// USB bus and (on Unix) has its USB serial port on a pty, so the CLI and the GUI restore it with the
// same engine as real hardware, the serial path (listening mode, YModem) included.
#pragma once

#include "common/result.h"
#include "restore/firmwarebundle.h"
#include "simulator/inprocessusb.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"

#include <QList>

#include <memory>
#include <mutex>

namespace dr::sim {

struct SimulationSpec
{
    const Platform *platform = nullptr;
    SemVer version;
    bool dfu = false; // "boron@1.5.2:dfu": found in DFU mode (blinking yellow) instead of running
};

// "boron@1.5.2,photon@2.2.0:dfu": platform names (or ids) and Device OS versions, ":dfu" for a device
// in DFU mode. Errors say which item is wrong and how to write it.
Result<QList<SimulationSpec>> parseSimulationSpecs(const QString &text);

class SimulatedFleet
{
public:
    // The bus with every spec's device plugged in. Every spec's release must be in the bundle. With
    // timing on, the devices take about as long as real ones to erase, write and restart.
    static Result<std::unique_ptr<SimulatedFleet>> create(const QList<SimulationSpec> &specs,
                                                          const FirmwareBundle &bundle, bool timing = false);
    // The bus with nothing on it yet: devices come later with plug(), as a person plugs them in
    // (the GUI shows its window first and attaches its --simulate devices once they are made).
    static std::unique_ptr<SimulatedFleet> empty();

    // The devices of `specs`, each holding its release from the bundle (and Tinker), booted once,
    // on no bus yet. Any thread: only reads the bundle and its files.
    static Result<QList<std::shared_ptr<VirtualDevice>>> makeDevices(const QList<SimulationSpec> &specs,
                                                                     const FirmwareBundle &bundle, bool timing = false);
    // Plugs devices in (and starts their serial ports); call on the thread that owns the fleet.
    Result<void> plug(const QList<std::shared_ptr<VirtualDevice>> &devices);

    UsbBackend &usb() { return *m_usb; }
    // The devices plugged in so far (on the fleet's thread).
    const QList<std::shared_ptr<VirtualDevice>> &devices() const { return m_devices; }
    std::shared_ptr<InProcessUsbBus> bus() const { return m_bus; }
    // The device's serial port (its pty's path) now; empty while it has none (DFU mode, resetting)
    // or where ptys do not exist. Thread-safe: RestoreEngine::setSerialPortLookup takes it. Also asked
    // by the USB serial number an old Gen 2 shows instead of its ID: then only a unique one answers.
    QString serialPortFor(const QString &deviceId) const;

private:
    std::shared_ptr<InProcessUsbBus> m_bus;
    std::unique_ptr<UsbBackend> m_usb;
    QList<std::shared_ptr<VirtualDevice>> m_devices;
    mutable std::mutex m_portsMutex; // serialPortFor runs on the engine's thread while plug() adds
    std::vector<std::unique_ptr<VirtualSerialPort>> m_ports;
};

} // namespace dr::sim
