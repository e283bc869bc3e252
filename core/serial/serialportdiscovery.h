// Finds the USB serial port of each Particle device (normal or listening mode; a device in DFU
// mode has none) by vendor/product id, and ties it to the device by its device ID: the USB serial
// number, lower-cased (reference 1.1). Ports can also be given by path: ptys and some adapters are
// not listed by the system, and the device then says who it is through the `i` command.
#pragma once

#include "platform/platformdatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace dr {

// What the system says about one serial port (QSerialPortInfo, as a plain value for testing).
struct SerialPortRecord
{
    QString portName;       // "ttyACM0", "COM3"
    QString systemLocation; // "/dev/ttyACM0", "\\\\.\\COM3"
    QString description;
    QString manufacturer;
    QString serialNumber;   // the USB iSerialNumber
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;
};

struct ParticleSerialPort
{
    QString portName;
    QString systemLocation; // what to open
    quint16 vendorId = 0;
    quint16 productId = 0;
    int platformId = -1;    // -1: not known yet (a port given by path)
    QString platformName;   // "boron"
    QString deviceId;       // 24 lower-case hex digits; empty when the port does not tell (old Gen 2)
    QString serialNumber;   // the USB serial number as the system gives it ("00000000050C" on old Gen 2)
    bool givenByPath = false;
};

class SerialPortDiscovery
{
public:
    // Every serial port the system lists.
    static QList<SerialPortRecord> systemPorts();
    // The Particle devices among them: known vendor/product id of a platform's CDC interface.
    static QList<ParticleSerialPort> particlePorts(const QList<SerialPortRecord> &ports, const PlatformDatabase &platforms);
    static QList<ParticleSerialPort> scan(const PlatformDatabase &platforms) { return particlePorts(systemPorts(), platforms); }
    // The port of the device with this ID (any case), e.g. the one the USB monitor reports. Asked by
    // the fixed serial number of an old Gen 2 ("00000000050c"), the one port showing it; none when
    // several do (which one is which only their `i` can tell).
    static std::optional<ParticleSerialPort> findByDeviceId(const QList<ParticleSerialPort> &ports, const QString &deviceId);
    // A port named by the person or a test; platform and device ID are learnt from the device.
    static ParticleSerialPort fromPath(const QString &path);

    // A USB serial number normalised to a device ID: 24 hex digits, lower case; empty otherwise
    // (Gen 2 before 0.6.0 reported fixed strings such as 00000000010C).
    static QString deviceIdFromSerialNumber(const QString &serialNumber);
};

} // namespace dr
