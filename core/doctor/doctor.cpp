// The doctor's judgement: from a snapshot of the computer to findings. See doctor.h.
#include "doctor/doctor.h"

#include "platform/platformdatabase.h"

#include <QFileInfo>

#include <libusb.h>

namespace dr {

namespace {

QString hexId(quint16 v)
{
    return QString::number(v, 16).rightJustified(4, QLatin1Char('0'));
}

QString usbIds(quint16 vendorId, quint16 productId)
{
    return hexId(vendorId) + QLatin1Char(':') + hexId(productId);
}

// Read and write for this user, given the mode and group udev's rules leave on the node.
bool rulesGiveAccess(const udev::RuleOutcome &outcome, const QStringList &userGroups)
{
    const QString uaccessFile = outcome.setBy.value(QStringLiteral("TAG:uaccess"));
    if (outcome.tags.contains(QLatin1String("uaccess")) && !outcome.uaccessTooLate.contains(uaccessFile))
        return true;
    const QString mode = outcome.mode;
    auto rw = [](QChar digit) { return digit == QLatin1Char('6') || digit == QLatin1Char('7'); };
    if (mode.size() >= 3 && rw(mode.back())) return true;
    // A group without a mode gets 0660 from udev.
    if (!outcome.group.isEmpty() && userGroups.contains(outcome.group))
        return mode.isEmpty() || (mode.size() >= 3 && rw(mode[mode.size() - 2]));
    return false;
}

QString fileNames(const QStringList &paths)
{
    return paths.join(QStringLiteral(", "));
}

} // namespace

QString findingSeverityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Ok:
        return QStringLiteral("ok");
    case FindingSeverity::Info:
        return QStringLiteral("info");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Problem:
        return QStringLiteral("problem");
    }
    return {};
}

QString doctorFixName(DoctorFixKind kind)
{
    switch (kind) {
    case DoctorFixKind::InstallUdevRule:
        return QStringLiteral("install-udev-rule");
    }
    return {};
}

QString Doctor::deviceName(quint16 vendorId, quint16 productId, const PlatformDatabase &db)
{
    const Platform *p = db.byUsbId(vendorId, productId);
    if (!p) return tr("Particle device %1").arg(usbIds(vendorId, productId));
    if (p->dfuProductId == productId) return tr("%1 in DFU mode").arg(p->displayName);
    return p->displayName;
}

UdevRuleCoverage Doctor::udevRuleCoverage(const QList<udev::RuleFile> &rules, const QStringList &userGroups,
                                          const PlatformDatabase &db)
{
    UdevRuleCoverage coverage;
    const QList<udev::RuleFile> ordered = udev::effectiveOrder(rules);
    for (const udev::RuleFile &f : ordered)
        if (udev::mentionsParticle(f.content)) coverage.particleFiles.append(f.path);
    for (const Platform &p : db.platforms()) {
        if (p.usbVendorId != 0x2b04) continue;
        for (quint16 pid : {p.cdcProductId, p.dfuProductId}) {
            if (pid == 0) continue;
            ++coverage.productIds;
            if (pid == p.cdcProductId) ++coverage.serialProducts;
            const QString name =
                QStringLiteral("%1 (%2)").arg(deviceName(p.usbVendorId, pid, db), usbIds(p.usbVendorId, pid));
            const udev::RuleOutcome usb =
                udev::apply(ordered, udev::DeviceEvent::usbDevice(p.usbVendorId, pid));
            for (const QString &late : usb.uaccessTooLate)
                if (!coverage.uaccessTooLate.contains(late)) coverage.uaccessTooLate.append(late);
            if (!rulesGiveAccess(usb, userGroups)) coverage.noAccess.append(name);
            if (pid == p.cdcProductId) {
                const udev::RuleOutcome tty =
                    udev::apply(ordered, udev::DeviceEvent::serialPort(p.usbVendorId, pid));
                const bool ignored =
                    tty.environment.value(QStringLiteral("ID_MM_DEVICE_IGNORE")) == QLatin1String("1") ||
                    usb.environment.value(QStringLiteral("ID_MM_DEVICE_IGNORE")) == QLatin1String("1");
                if (!ignored) coverage.noModemIgnore.append(name);
            }
        }
    }
    return coverage;
}

DoctorFix Doctor::udevRuleFix(const PlatformDatabase &db)
{
    DoctorFix fix;
    fix.kind = DoctorFixKind::InstallUdevRule;
    fix.label = tr("Install the udev rule");
    fix.targetPath =
        QLatin1String(udev::kAdminRuleDir) + QLatin1Char('/') + QLatin1String(udev::kRuleFileName);
    fix.preview = udev::particleRules(db);
    fix.afterwards = tr("Unplug the device and plug it in again.");
    return fix;
}

Finding Doctor::unusableDevice(const QString &deviceName, HostSystem system, const PlatformDatabase &db)
{
    Finding f;
    f.severity = FindingSeverity::Problem;
    if (system == HostSystem::Windows) {
        f.code = QStringLiteral("usb.no-winusb");
        f.title = tr("The %1 is connected, but Windows has no WinUSB driver for it.").arg(deviceName);
        f.why =
            tr("Device Restore talks to the device through WinUSB; without it the device cannot be opened.");
        f.remedy = tr("Install the WinUSB driver for the device (for example with Zadig: choose the device, "
                      "choose WinUSB, Install), then unplug the device and plug it in again.");
        return f;
    }
    f.code = QStringLiteral("usb.no-permission");
    f.title = tr("The %1 is connected, but this user may not open it.").arg(deviceName);
    f.why = tr("Linux lets only the administrator open USB devices unless a udev rule allows it.");
    f.remedy = tr(
        "Install Device Restore's udev rule (\"Check this computer\" offers it), then unplug the device and "
        "plug it in again.");
    f.fix = udevRuleFix(db);
    return f;
}

HostSystem Doctor::thisSystem()
{
#if defined(Q_OS_LINUX)
    return HostSystem::Linux;
#elif defined(Q_OS_WIN)
    return HostSystem::Windows;
#elif defined(Q_OS_MACOS)
    return HostSystem::MacOs;
#else
    return HostSystem::Other;
#endif
}

FindingSeverity Doctor::worst(const QList<Finding> &findings)
{
    FindingSeverity w = FindingSeverity::Ok;
    for (const Finding &f : findings)
        w = std::max(w, f.severity);
    return w;
}

QList<Finding> Doctor::diagnose(const SystemSnapshot &s, const PlatformDatabase &db)
{
    QList<Finding> out;
    auto add = [&out](QString code, FindingSeverity severity, QString title, QString why, QString remedy,
                      QString detail = {}, std::optional<DoctorFix> fix = std::nullopt) {
        out.append(Finding{std::move(code), severity, std::move(title), std::move(why), std::move(remedy),
                           std::move(detail), std::move(fix)});
    };
    const bool onLinux = s.system == HostSystem::Linux;

    // Sandbox and root first: they change how everything below reads.
    if (s.sandbox != Sandbox::None) {
        const QString name =
            s.sandbox == Sandbox::Flatpak ? QStringLiteral("Flatpak") : QStringLiteral("Snap");
        if (!s.usbBusVisible)
            add(QStringLiteral("sandbox.no-usb"), FindingSeverity::Problem,
                tr("Device Restore runs inside a %1 sandbox that cannot see USB devices.").arg(name),
                tr("Without USB access it cannot find or restore any device."),
                s.sandbox == Sandbox::Flatpak
                    ? tr("Give it USB access: flatpak override --user --device=all, then start it again.")
                    : tr("Give it USB access: snap connect device-restore:raw-usb, then start it again."));
        else
            add(QStringLiteral("sandbox.usb"), FindingSeverity::Info,
                tr("Device Restore runs inside a %1 sandbox with USB access.").arg(name),
                tr("The udev rule and group checks below are about the computer outside the sandbox."), {});
    }
    if (s.root && s.system != HostSystem::Windows)
        add(QStringLiteral("system.root"), FindingSeverity::Info, tr("Device Restore runs as root."),
            tr("It can open every device, but the files it writes (downloaded releases, reports, settings) "
               "belong to root."),
            tr("Run it as yourself once the udev rule is installed."));

    // udev rules: access for the person at the computer and ModemManager kept away.
    std::optional<DoctorFix> ruleFix;
    UdevRuleCoverage coverage;
    if (onLinux) {
        coverage = udevRuleCoverage(s.udevRules, s.groups, db);
        if (!coverage.complete()) ruleFix = udevRuleFix(db);
        QStringList gaps;
        if (!coverage.noAccess.isEmpty())
            gaps << (coverage.noAccess.size() == coverage.productIds
                         ? tr("No access to any Particle device (%1 product ids, normal and DFU mode).")
                               .arg(coverage.productIds)
                         : tr("No access: %1.").arg(coverage.noAccess.join(QStringLiteral(", "))));
        if (!coverage.noModemIgnore.isEmpty())
            gaps << (coverage.noModemIgnore.size() == coverage.serialProducts
                         ? tr("ModemManager not told to ignore any Particle serial port.")
                         : tr("ModemManager not told to ignore: %1.")
                               .arg(coverage.noModemIgnore.join(QStringLiteral(", "))));
        const QString gapDetail = gaps.join(QLatin1Char('\n'));
        if (coverage.complete()) {
            add(QStringLiteral("udev.rule"), FindingSeverity::Ok,
                tr("The udev rules let this user open Particle devices in every mode."), {}, {},
                fileNames(coverage.particleFiles));
        } else if (coverage.particleFiles.isEmpty()) {
            add(QStringLiteral("udev.rule-missing"), FindingSeverity::Warning,
                tr("No udev rule gives this user access to Particle devices."),
                tr("Without it only the administrator may open a Particle device over USB, and ModemManager "
                   "may "
                   "send modem commands to a device in listening mode."),
                tr("Install Device Restore's udev rule, then unplug the device and plug it in again."),
                gapDetail, ruleFix);
        } else {
            QString why =
                tr("These rules do not cover every Particle device and mode, so some devices cannot be "
                   "opened or are probed by ModemManager.");
            if (!coverage.uaccessTooLate.isEmpty())
                why +=
                    QLatin1Char(' ') +
                    tr("%1 sets the uaccess tag after 73-seat-late.rules, where it no longer has an effect.")
                        .arg(fileNames(coverage.uaccessTooLate));
            add(QStringLiteral("udev.rule-stale"), FindingSeverity::Warning,
                tr("The udev rule for Particle devices is out of date: %1.")
                    .arg(fileNames(coverage.particleFiles)),
                why,
                tr("Install Device Restore's current udev rule, then unplug the device and plug it in "
                   "again."),
                gapDetail, ruleFix);
        }
    }

    // USB devices the system lists.
    int usable = 0;
    for (const SnapshotUsbDevice &d : s.usbDevices) {
        const QString name = deviceName(d.vendorId, d.productId, db);
        const QString where =
            d.devNode.isEmpty() ? tr("bus %1, device %2").arg(d.busNumber).arg(d.address) : d.devNode;
        const QString detail = QStringLiteral("%1 %2 %3 %4")
                                   .arg(usbIds(d.vendorId, d.productId), where, d.nodeGroup,
                                        d.nodeMode ? QString::number(d.nodeMode, 8) : QString())
                                   .trimmed();
        if (s.system == HostSystem::Windows && d.openError == LIBUSB_ERROR_NOT_SUPPORTED) {
            Finding f = unusableDevice(name, s.system, db);
            f.detail = detail;
            out.append(f);
            continue;
        }
        if (d.canOpen && d.openError == 0) {
            ++usable;
            continue;
        }
        if (!onLinux) {
            add(QStringLiteral("usb.cannot-open"), FindingSeverity::Problem,
                tr("The %1 is connected, but it cannot be opened.").arg(name),
                tr("Another program may be using it."),
                tr("Close other programs that use Particle devices (Particle CLI, Workbench), then unplug "
                   "the "
                   "device and plug it in again."),
                detail);
            continue;
        }
        Finding f = unusableDevice(name, s.system, db);
        f.detail = detail;
        if (coverage.complete()) {
            // The rules are right: the device came before them, or this is not the seat's session.
            f.fix.reset();
            const bool tagged = d.udevTags && d.udevTags->contains(QLatin1String("uaccess"));
            if (!tagged) {
                f.why = tr("The udev rule is installed, but the device was connected before it took effect.");
                f.remedy = tr("Unplug the device and plug it in again.");
            } else {
                f.why =
                    tr("The udev rule gives access to the person logged in at this computer's screen; this "
                       "session is not that one (for example a remote login).");
                f.remedy = tr("Run Device Restore in the desktop session at this computer.");
            }
        }
        out.append(f);
    }
    if (s.usbDevices.isEmpty())
        add(QStringLiteral("usb.none"), FindingSeverity::Info,
            tr("No Particle device is connected over USB."),
            tr("The checks of devices and serial ports need a device."),
            tr("Connect the device with a USB data cable (some cables only charge) and check again."));
    else if (usable == s.usbDevices.size())
        add(QStringLiteral("usb.ok"), FindingSeverity::Ok,
            tr("%n Particle device(s) connected, all usable.", nullptr, int(usable)), {}, {});

    // Serial ports: permission and other programs holding them.
    for (const SnapshotSerialPort &p : s.serialPorts) {
        const QString name = deviceName(p.vendorId, p.productId, db);
        if (!p.holders.isEmpty()) {
            QStringList who;
            for (const ProcessInfo &h : p.holders)
                who << QStringLiteral("%1 (%2)").arg(h.name).arg(h.pid);
            add(QStringLiteral("serial.port-busy"), FindingSeverity::Warning,
                tr("The serial port %1 of the %2 is open in another program: %3.")
                    .arg(p.devNode, name, who.join(QStringLiteral(", "))),
                tr("Listening mode and YModem need the port to themselves; another program reading it "
                   "garbles "
                   "the device's answers."),
                tr("Close that program (or its serial monitor) before restoring."), p.devNode);
        }
        if (p.canOpen) continue;
        const QString group = p.nodeGroup.isEmpty() ? QStringLiteral("dialout") : p.nodeGroup;
        if (s.configuredGroups.contains(group) && !s.groups.contains(group)) {
            add(QStringLiteral("serial.group-pending"), FindingSeverity::Problem,
                tr("This user may not open the serial port %1 of the %2 yet.").arg(p.devNode, name),
                tr("You were added to the group '%1', but this session started before that.").arg(group),
                tr("Log out and log in again (or restart the computer)."), p.devNode);
        } else {
            add(QStringLiteral("serial.no-permission"), FindingSeverity::Problem,
                tr("This user may not open the serial port %1 of the %2.").arg(p.devNode, name),
                tr("The port belongs to the group '%1', and this user is not in it.").arg(group),
                tr("Install Device Restore's udev rule, or add yourself to the group: sudo usermod -aG %1 "
                   "%2, "
                   "then log out and log in again.")
                    .arg(group, s.userName.isEmpty() ? QStringLiteral("$USER") : s.userName),
                p.devNode, ruleFix);
        }
    }

    // Programs that grab serial ports.
    if (s.modemManager) {
        if (onLinux && !coverage.noModemIgnore.isEmpty())
            add(QStringLiteral("modemmanager.probing"), FindingSeverity::Warning,
                tr("ModemManager is running and no udev rule tells it to leave Particle devices alone."),
                tr("It sends modem commands to every new serial port, which garbles a device in listening "
                   "mode "
                   "and can hold the port for up to a minute."),
                tr("Install Device Restore's udev rule (it sets ID_MM_DEVICE_IGNORE), or stop ModemManager "
                   "if "
                   "this computer has no mobile broadband modem: sudo systemctl stop ModemManager."),
                QStringLiteral("pid %1").arg(s.modemManager->pid), ruleFix);
        else
            add(QStringLiteral("modemmanager.ignoring"), FindingSeverity::Ok,
                tr("ModemManager is running and leaves Particle devices alone."), {}, {},
                QStringLiteral("pid %1").arg(s.modemManager->pid));
    }
    if (s.brltty)
        add(QStringLiteral("brltty.running"), FindingSeverity::Info,
            tr("brltty (the braille display service) is running."),
            tr("It claims some USB serial devices as they are plugged in, and a serial port can vanish "
               "because of it."),
            tr("If nobody uses a braille display on this computer and a device's port disappears, remove it: "
               "sudo apt remove brltty."),
            QStringLiteral("pid %1").arg(s.brltty->pid));

    if (!s.libusbHotplug)
        add(QStringLiteral("usb.no-hotplug"), FindingSeverity::Info,
            tr("libusb on this computer cannot report devices as they are plugged in."),
            tr("Device Restore looks for devices once a second instead; a device appears up to a second "
               "later."),
            {});

    if (s.system == HostSystem::MacOs)
        add(QStringLiteral("system.macos"), FindingSeverity::Ok,
            tr("macOS needs no driver or permission for Particle devices."), {}, {});

    // The release sources.
    for (const SourceReach &r : s.sources) {
        const QString detail =
            r.proxy.isEmpty() ? r.host : tr("%1 through the proxy %2").arg(r.host, r.proxy);
        const QString offline =
            tr("Releases already downloaded, a restore kit (device-restore kit import) or "
               "your own files still work without it.");
        if (!r.resolved)
            add(QStringLiteral("network.dns"), FindingSeverity::Warning,
                tr("%1 cannot be found (DNS): %2.").arg(r.label, r.resolveError),
                tr("Device Restore cannot download releases from there."),
                tr("Check the network connection and its name server.") + QLatin1Char(' ') + offline, detail);
        else if (!r.connected)
            add(QStringLiteral("network.connect"), FindingSeverity::Warning,
                tr("%1 cannot be reached: %2.").arg(r.label, r.connectError),
                tr("Device Restore cannot download releases from there."),
                (r.proxy.isEmpty() ? tr("Check the firewall, or a program that inspects secure connections.")
                                   : tr("Check the proxy %1 and its settings.").arg(r.proxy)) +
                    QLatin1Char(' ') + offline,
                detail);
        else
            add(QStringLiteral("network.reach"), FindingSeverity::Ok, tr("%1 answers.").arg(r.label), {}, {},
                detail);
    }
    return out;
}

} // namespace dr
