// Waiting for a device by ID and mode (see usbdevicefinder.h).
#include "usb/usbdevicefinder.h"

#include "platform/platform.h"
#include "usb/usberror.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <thread>

namespace dr {

using namespace std::chrono;

namespace {

struct UsbFinderText
{
    Q_DECLARE_TR_FUNCTIONS(dr::UsbDeviceFinder)
};

// One whole sentence per case, so that translations need not assemble fragments.
QString notAppearedMessage(const UsbDeviceQuery &query, double seconds)
{
    const bool anyDevice = query.deviceId.isEmpty();
    if (!query.mode)
        return anyDevice
                   ? UsbFinderText::tr("A Particle device did not appear on USB within %1 s.").arg(seconds)
                   : UsbFinderText::tr("The device %1 did not appear on USB within %2 s.")
                         .arg(query.deviceId)
                         .arg(seconds);
    if (*query.mode == UsbDeviceMode::Dfu)
        return anyDevice
                   ? UsbFinderText::tr("A Particle device did not appear on USB in DFU mode within %1 s.")
                         .arg(seconds)
                   : UsbFinderText::tr("The device %1 did not appear on USB in DFU mode within %2 s.")
                         .arg(query.deviceId)
                         .arg(seconds);
    return anyDevice
               ? UsbFinderText::tr("A Particle device did not appear on USB in normal mode within %1 s.")
                     .arg(seconds)
               : UsbFinderText::tr("The device %1 did not appear on USB in normal mode within %2 s.")
                     .arg(query.deviceId)
                     .arg(seconds);
}

} // namespace

bool serialNumberIsDeviceId(const QString &serialNumber)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{24}$"));
    return re.match(serialNumber.trimmed()).hasMatch();
}

namespace {

// A device that cannot be told by its serial number and fits the rest of the query.
bool anonymousCandidate(const UsbDeviceInfo &device, const UsbDeviceQuery &query, const AnonymousMatch &anonymous)
{
    if (serialNumberIsDeviceId(device.deviceId))
        return false;
    if (anonymous.platform && (!device.platform || device.platform->id != anonymous.platform->id))
        return false;
    if (query.mode && device.mode != *query.mode)
        return false;
    if (!query.portPath.isEmpty() && device.portPath != query.portPath)
        return false;
    if (!anonymous.portPath.isEmpty() && device.portPath != anonymous.portPath)
        return false;
    return true;
}

Error ambiguousError(const QList<UsbDeviceInfo> &candidates)
{
    QStringList where;
    for (const UsbDeviceInfo &d : candidates)
        where << QStringLiteral("%1 on USB port %2").arg(d.deviceId, d.portPath);
    const QString name = candidates.first().platform ? candidates.first().platform->displayName : QStringLiteral("Particle");
    return makeError(QString::fromLatin1(usberror::AmbiguousDevice),
                     UsbFinderText::tr("%1 %2 devices are attached that do not tell their device ID over USB (old "
                                       "Device OS); this one cannot be told from the others.")
                         .arg(candidates.size())
                         .arg(name),
                     UsbFinderText::tr("Unplug all but the device to work on, then try again. Nothing was written."),
                     where.join(QLatin1String("; ")));
}

Result<UsbDeviceInfo> waitForDevice(UsbBackend &backend, const UsbDeviceQuery &query, const AnonymousMatch *anonymous,
                                    milliseconds timeout, const std::atomic_bool *cancel, milliseconds pollInterval);

} // namespace

bool matchesQuery(const UsbDeviceInfo &device, const UsbDeviceQuery &query)
{
    if (!query.deviceId.isEmpty() && device.deviceId.compare(query.deviceId, Qt::CaseInsensitive) != 0)
        return false;
    if (query.mode && device.mode != *query.mode)
        return false;
    if (!query.portPath.isEmpty() && device.portPath != query.portPath)
        return false;
    return true;
}

Result<UsbDeviceInfo> waitForUsbDevice(UsbBackend &backend, const UsbDeviceQuery &query, milliseconds timeout,
                                       const std::atomic_bool *cancel, milliseconds pollInterval)
{
    return waitForDevice(backend, query, nullptr, timeout, cancel, pollInterval);
}

Result<UsbDeviceInfo> waitForUsbDevice(UsbBackend &backend, const UsbDeviceQuery &query, const AnonymousMatch &anonymous,
                                       milliseconds timeout, const std::atomic_bool *cancel)
{
    return waitForDevice(backend, query, &anonymous, timeout, cancel, milliseconds(50));
}

namespace {

Result<UsbDeviceInfo> waitForDevice(UsbBackend &backend, const UsbDeviceQuery &query, const AnonymousMatch *anonymous,
                                    milliseconds timeout, const std::atomic_bool *cancel, milliseconds pollInterval)
{
    const auto deadline = steady_clock::now() + timeout;
    for (;;) {
        auto list = backend.listDevices();
        if (!list)
            return list.error();
        // A fixed serial number ("00000000050c") names no device: it is looked for like a missing ID.
        const bool byId = query.deviceId.isEmpty() || !anonymous || serialNumberIsDeviceId(query.deviceId);
        if (byId) {
            for (const UsbDeviceInfo &d : *list) {
                if (matchesQuery(d, query))
                    return d;
            }
        }
        if (anonymous && !query.deviceId.isEmpty()) {
            QList<UsbDeviceInfo> candidates;
            for (const UsbDeviceInfo &d : *list)
                if (anonymousCandidate(d, query, *anonymous))
                    candidates.append(d);
            if (candidates.size() == 1)
                return candidates.first();
            if (candidates.size() > 1)
                return ambiguousError(candidates);
        }
        if (cancel && cancel->load()) return cancelledError(UsbFinderText::tr("Waiting for the device"));
        if (steady_clock::now() >= deadline)
            break;
        std::this_thread::sleep_for(pollInterval);
    }
    return makeError(
        usberror::DeviceLost, notAppearedMessage(query, timeout.count() / 1000.0),
        query.mode == UsbDeviceMode::Dfu
            ? UsbFinderText::tr("Put it into DFU mode by hand: hold MODE, tap RESET, release MODE when the "
                                "LED blinks yellow. Then try again.")
            : UsbFinderText::tr("Check the cable; if the LED is dark, press RESET. Then try again."));
}

} // namespace

Result<void> waitForUsbDeviceGone(UsbBackend &backend, const UsbDeviceQuery &query, milliseconds timeout,
                                  const std::atomic_bool *cancel)
{
    const auto deadline = steady_clock::now() + timeout;
    for (;;) {
        auto list = backend.listDevices();
        if (!list)
            return list.error();
        bool present = false;
        for (const UsbDeviceInfo &d : *list)
            present |= matchesQuery(d, query);
        if (!present)
            return {};
        if (cancel && cancel->load())
            return cancelledError(UsbFinderText::tr("Waiting for the device to reset"));
        if (steady_clock::now() >= deadline)
            return makeError(
                usberror::DeviceLost,
                UsbFinderText::tr("The device did not reset within %1 s.").arg(timeout.count() / 1000.0),
                UsbFinderText::tr("Press RESET on the device and try again."));
        std::this_thread::sleep_for(milliseconds(20));
    }
}

} // namespace dr
