// Particle serial port discovery. See serialportdiscovery.h.
#include "serial/serialportdiscovery.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSerialPortInfo>

namespace dr {

QList<SerialPortRecord> SerialPortDiscovery::systemPorts()
{
    QList<SerialPortRecord> out;
    const auto ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : ports) {
        SerialPortRecord r;
        r.portName = info.portName();
        r.systemLocation = info.systemLocation();
        r.description = info.description();
        r.manufacturer = info.manufacturer();
        r.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier())
            r.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            r.productId = info.productIdentifier();
        out.append(r);
    }
    return out;
}

QString SerialPortDiscovery::deviceIdFromSerialNumber(const QString &serialNumber)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{24}$"));
    const QString s = serialNumber.trimmed();
    return re.match(s).hasMatch() ? s.toLower() : QString();
}

QList<ParticleSerialPort> SerialPortDiscovery::particlePorts(const QList<SerialPortRecord> &ports,
                                                             const PlatformDatabase &platforms)
{
    QList<ParticleSerialPort> out;
    for (const SerialPortRecord &r : ports) {
        if (!r.vendorId || !r.productId)
            continue;
        const Platform *platform = platforms.byUsbId(*r.vendorId, *r.productId);
        // Only the CDC interface of a running device has a serial port; DFU mode has none.
        if (!platform || platform->cdcProductId != *r.productId)
            continue;
        ParticleSerialPort p;
        p.portName = r.portName;
        p.systemLocation = r.systemLocation.isEmpty() ? r.portName : r.systemLocation;
        p.vendorId = *r.vendorId;
        p.productId = *r.productId;
        p.platformId = platform->id;
        p.platformName = platform->name;
        p.deviceId = deviceIdFromSerialNumber(r.serialNumber);
        p.serialNumber = r.serialNumber.trimmed();
        out.append(p);
    }
    return out;
}

std::optional<ParticleSerialPort> SerialPortDiscovery::findByDeviceId(const QList<ParticleSerialPort> &ports,
                                                                      const QString &deviceId)
{
    const QString wanted = deviceId.trimmed().toLower();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const ParticleSerialPort &p : ports)
        if (!p.deviceId.isEmpty() && p.deviceId == wanted)
            return p;
    if (!deviceIdFromSerialNumber(wanted).isEmpty())
        return std::nullopt;
    std::optional<ParticleSerialPort> found;
    for (const ParticleSerialPort &p : ports) {
        if (p.deviceId.isEmpty() && p.serialNumber.compare(wanted, Qt::CaseInsensitive) == 0) {
            if (found)
                return std::nullopt; // two old Gen 2 ports: no guess
            found = p;
        }
    }
    return found;
}

ParticleSerialPort SerialPortDiscovery::fromPath(const QString &path)
{
    ParticleSerialPort p;
    p.systemLocation = path;
    p.portName = QFileInfo(path).fileName();
    p.givenByPath = true;
    return p;
}

} // namespace dr
