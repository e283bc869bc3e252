#include "simulator/simulatedfleet.h"

#include "platform/platformdatabase.h"
#include "simulator/consolebehaviour.h"

#include <QCryptographicHash>

#include <atomic>

namespace dr::sim {

Result<QList<SimulationSpec>> parseSimulationSpecs(const QString &text)
{
    QList<SimulationSpec> out;
    const auto items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return makeError(QStringLiteral("simulate.empty"), QStringLiteral("--simulate needs at least one device."),
                         QStringLiteral("Write PLATFORM@VERSION, for example boron@1.5.2 or photon@2.2.0,argon@2.1.0."));
    for (const QString &raw : items) {
        QString item = raw.trimmed();
        const bool dfu = item.endsWith(QLatin1String(":dfu"), Qt::CaseInsensitive);
        if (dfu)
            item.chop(4);
        const int at = item.indexOf(QLatin1Char('@'));
        const QString name = at < 0 ? item : item.left(at);
        bool isNumber = false;
        const int id = name.toInt(&isNumber);
        const Platform *p = isNumber ? PlatformDatabase::builtin().byId(id) : PlatformDatabase::builtin().byName(name);
        if (at < 0 || !p)
            return makeError(QStringLiteral("simulate.bad-item"),
                             at < 0 ? QStringLiteral("'%1' has no version.").arg(item)
                                    : QStringLiteral("'%1' is not a known platform.").arg(name),
                             QStringLiteral("Write PLATFORM@VERSION, for example boron@1.5.2."));
        if (!p->supported)
            return makeError(QStringLiteral("simulate.unsupported"),
                             QStringLiteral("The %1 cannot be simulated: %2").arg(p->displayName, p->unsupportedReason));
        const auto v = SemVer::parse(item.mid(at + 1));
        if (!v)
            return makeError(QStringLiteral("simulate.bad-version"),
                             QStringLiteral("'%1' is not a Device OS version.").arg(item.mid(at + 1)),
                             QStringLiteral("Write PLATFORM@VERSION, for example boron@1.5.2."));
        out.append({p, *v, dfu});
    }
    return out;
}

std::unique_ptr<SimulatedFleet> SimulatedFleet::empty()
{
    auto fleet = std::unique_ptr<SimulatedFleet>(new SimulatedFleet);
    fleet->m_bus = InProcessUsbBus::create();
    fleet->m_usb = fleet->m_bus->backend();
    return fleet;
}

Result<std::unique_ptr<SimulatedFleet>> SimulatedFleet::create(const QList<SimulationSpec> &specs,
                                                               const FirmwareBundle &bundle, bool timing)
{
    auto devices = makeDevices(specs, bundle, timing);
    if (!devices.ok())
        return devices.error();
    auto fleet = empty();
    if (auto plugged = fleet->plug(*devices); !plugged.ok())
        return plugged.error();
    return fleet;
}

Result<QList<std::shared_ptr<VirtualDevice>>> SimulatedFleet::makeDevices(const QList<SimulationSpec> &specs,
                                                                          const FirmwareBundle &bundle, bool timing)
{
    QList<std::shared_ptr<VirtualDevice>> out;
    // Numbered across calls, so devices made later (plugged in one after another, a station's
    // watch mode) never share an ID with earlier ones; the first call's IDs stay as they were.
    static std::atomic_int made{0};
    for (const SimulationSpec &spec : specs) {
        const QList<const BundleModule *> release = bundle.releaseModules(spec.platform->id, spec.version);
        if (release.isEmpty()) {
            QStringList have;
            for (const SemVer &v : bundle.releasesFor(spec.platform->id))
                have << v.toString();
            return makeError(QStringLiteral("simulate.no-release"),
                             QStringLiteral("The binaries hold no Device OS %1 for the %2.")
                                 .arg(spec.version.toString(), spec.platform->displayName),
                             have.isEmpty() ? QStringLiteral("Choose binaries that include it.")
                                            : QStringLiteral("Releases there: %1.").arg(have.join(QLatin1String(", "))));
        }
        VirtualDeviceConfig config;
        config.platformId = spec.platform->id;
        config.deviceOs = spec.version;
        config.timingEnabled = timing;
        // A stable, recognisable device ID per simulated device (24 lower-case hex digits).
        const QByteArray seed = QStringLiteral("device-restore-sim-%1-%2").arg(spec.platform->name).arg(made.fetch_add(1)).toUtf8();
        config.deviceId = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(24));
        auto device = VirtualDevice::create(config);
        if (!device.ok())
            return device.error();
        for (const BundleModule *b : release) {
            if (b->module.function() == ModuleFunction::UserPart || !b->usable())
                continue;
            if (auto r = (*device)->loadModule(*b); !r.ok())
                return r.error();
        }
        if (const BundleModule *t = bundle.tinkerFor(spec.platform->id, spec.version))
            if (auto r = (*device)->loadModule(*t); !r.ok())
                return r.error();
        (*device)->resetDevice(DeviceMode::Normal); // it has booted once (the Electron installs its bootloader)
        if (spec.dfu)
            (*device)->resetDevice(DeviceMode::Dfu); // and was then put in DFU mode
        out.append(*device);
    }
    return out;
}

Result<void> SimulatedFleet::plug(const QList<std::shared_ptr<VirtualDevice>> &devices)
{
    for (const std::shared_ptr<VirtualDevice> &device : devices) {
        m_bus->plug(device);
        m_devices.append(device);
#if defined(Q_OS_UNIX)
        // Its USB serial port, for listening mode and YModem (Device OS too old for control requests).
        auto port = VirtualSerialPort::start(device);
        if (!port.ok())
            return port.error();
        {
            const std::lock_guard<std::mutex> lock(m_portsMutex);
            m_ports.push_back(std::move(*port));
        }
#endif
    }
    return {};
}

QString SimulatedFleet::serialPortFor(const QString &deviceId) const
{
    const std::lock_guard<std::mutex> lock(m_portsMutex);
    for (const auto &port : m_ports)
        if (port->console()->device()->deviceId().compare(deviceId, Qt::CaseInsensitive) == 0)
            return port->console()->slavePath();
    // An old Gen 2 is known by its fixed USB serial number ("00000000050C"): its port, when it is the
    // only one with that number (as the system's port list would show it).
    QString found;
    int matches = 0;
    for (const auto &port : m_ports) {
        if (usbSerialNumber(*port->console()->device()).compare(deviceId, Qt::CaseInsensitive) == 0) {
            found = port->console()->slavePath();
            ++matches;
        }
    }
    return matches == 1 ? found : QString();
}

} // namespace dr::sim
