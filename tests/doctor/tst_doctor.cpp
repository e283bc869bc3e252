// The doctor's judgement, one computer per test: each snapshot describes a machine and the test reads
// what the doctor says about it (code, severity, what to do, the fix).
#include "support/doctorsnapshots.h"

#include "doctor/doctor.h"
#include "platform/platformdatabase.h"

#include <QTest>

#include <libusb.h>

#include <optional>

using namespace dr;

namespace {

// A copy: the list is often a temporary.
std::optional<Finding> find(const QList<Finding> &findings, const QString &code)
{
    for (const Finding &f : findings)
        if (f.code == code) return f;
    return std::nullopt;
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

QList<Finding> diagnose(const SystemSnapshot &s)
{
    return Doctor::diagnose(s, PlatformDatabase::builtin());
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(PlatformDatabase::loadBuiltin().ok()); }

    void allFine_findsNothingToDo()
    {
        const QList<Finding> findings = diagnose(test::healthyLinux());
        QCOMPARE(Doctor::worst(findings), FindingSeverity::Ok);
        QVERIFY2(find(findings, QStringLiteral("udev.rule")), qPrintable(codes(findings).join(u' ')));
        QVERIFY(find(findings, QStringLiteral("usb.ok")));
        QVERIFY(find(findings, QStringLiteral("network.reach")));
        QVERIFY(find(findings, QStringLiteral("udev.rule"))
                    ->detail.contains(QLatin1String("60-device-restore.rules")));
    }

    void noPermissionWithoutRule_offersTheUdevFix()
    {
        SystemSnapshot s = test::healthyLinux();
        s.udevRules = test::systemRules();
        s.usbDevices[0].canOpen = false;
        s.usbDevices[0].nodeGroup = QStringLiteral("root");
        s.usbDevices[0].nodeMode = 0664;
        s.usbDevices[0].udevTags = QStringList{};
        const QList<Finding> findings = diagnose(s);
        const std::optional<Finding> device = find(findings, QStringLiteral("usb.no-permission"));
        QVERIFY(device);
        QCOMPARE(device->severity, FindingSeverity::Problem);
        QVERIFY(device->title.contains(QLatin1String("Boron")));
        QVERIFY(device->fix.has_value());
        QCOMPARE(device->fix->kind, DoctorFixKind::InstallUdevRule);
        QCOMPARE(device->fix->targetPath, QStringLiteral("/etc/udev/rules.d/60-device-restore.rules"));
        QCOMPARE(device->fix->preview, udev::particleRules(PlatformDatabase::builtin()));
        QVERIFY(device->detail.contains(QLatin1String("/dev/bus/usb/001/005")));
        const std::optional<Finding> rule = find(findings, QStringLiteral("udev.rule-missing"));
        QVERIFY(rule);
        QVERIFY(rule->fix.has_value());
        QCOMPARE(Doctor::worst(findings), FindingSeverity::Problem);
    }

    void noPermissionWithRuleInstalled_asksToReplug()
    {
        SystemSnapshot s = test::healthyLinux();
        s.usbDevices[0].canOpen = false;
        s.usbDevices[0].udevTags = QStringList{}; // plugged in before the rule existed
        const std::optional<Finding> device = find(diagnose(s), QStringLiteral("usb.no-permission"));
        QVERIFY(device);
        QVERIFY(!device->fix.has_value());
        QVERIFY(device->why.contains(QLatin1String("before it took effect")));
        QCOMPARE(device->remedy, QStringLiteral("Unplug the device and plug it in again."));
    }

    void noPermissionThoughTagged_pointsAtTheSession()
    {
        SystemSnapshot s = test::healthyLinux();
        s.usbDevices[0].canOpen = false; // tagged uaccess, yet no ACL: not the seat's session (ssh)
        const std::optional<Finding> device = find(diagnose(s), QStringLiteral("usb.no-permission"));
        QVERIFY(device);
        QVERIFY(!device->fix.has_value());
        QVERIFY(device->remedy.contains(QLatin1String("desktop session")));
    }

    void staleRuleWithoutNewerProducts_namesWhatIsMissing()
    {
        SystemSnapshot s = test::healthyLinux();
        s.udevRules = test::systemRules();
        // An old rule from the Photon days: only the Photon and P1.
        s.udevRules.append(
            {QStringLiteral("/etc/udev/rules.d/50-particle.rules"),
             QStringLiteral(
                 "SUBSYSTEM==\"usb\", ATTR{idVendor}==\"2b04\", ATTR{idProduct}==\"c006|d006|c008|d008\", "
                 "TAG+=\"uaccess\", ENV{ID_MM_DEVICE_IGNORE}=\"1\"\n"
                 "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"2b04\", ATTRS{idProduct}==\"c006|c008\", "
                 "TAG+=\"uaccess\", ENV{ID_MM_DEVICE_IGNORE}=\"1\"\n")});
        const QList<Finding> findings = diagnose(s);
        const std::optional<Finding> stale = find(findings, QStringLiteral("udev.rule-stale"));
        QVERIFY2(stale, qPrintable(codes(findings).join(u' ')));
        QCOMPARE(stale->severity, FindingSeverity::Warning);
        QVERIFY(stale->title.contains(QLatin1String("/etc/udev/rules.d/50-particle.rules")));
        QVERIFY(stale->detail.contains(QLatin1String("Boron in DFU mode (2b04:d00d)")));
        QVERIFY(!stale->detail.contains(QLatin1String("Photon (2b04:c006)")));
        QVERIFY(stale->fix.has_value());
    }

    void uaccessAfterSeatLate_isStale()
    {
        SystemSnapshot s = test::healthyLinux();
        s.udevRules = test::systemRules();
        udev::RuleFile late = test::packagedRule();
        late.path = QStringLiteral("/etc/udev/rules.d/99-particle.rules");
        s.udevRules.append(late);
        const std::optional<Finding> stale = find(diagnose(s), QStringLiteral("udev.rule-stale"));
        QVERIFY(stale);
        QVERIFY(stale->why.contains(QLatin1String("73-seat-late.rules")));
        QVERIFY(stale->why.contains(QLatin1String("99-particle.rules")));
    }

    void modemManagerWithoutIgnoreRule_warnsAndOffersTheFix()
    {
        SystemSnapshot s = test::healthyLinux();
        s.udevRules = test::systemRules();
        // World-writable devices, but nothing for ModemManager.
        s.udevRules.append(
            {QStringLiteral("/etc/udev/rules.d/50-particle.rules"),
             QStringLiteral("SUBSYSTEMS==\"usb\", ATTRS{idVendor}==\"2b04\", MODE=\"0666\"\n")});
        s.modemManager = ProcessInfo{812, QStringLiteral("ModemManager")};
        const QList<Finding> findings = diagnose(s);
        const std::optional<Finding> mm = find(findings, QStringLiteral("modemmanager.probing"));
        QVERIFY2(mm, qPrintable(codes(findings).join(u' ')));
        QCOMPARE(mm->severity, FindingSeverity::Warning);
        QVERIFY(mm->fix.has_value());
        QVERIFY(mm->detail.contains(QLatin1String("812")));
        QVERIFY(!find(findings, QStringLiteral("modemmanager.ignoring")));
        const std::optional<Finding> stale = find(findings, QStringLiteral("udev.rule-stale"));
        QVERIFY(stale);
        QVERIFY(!stale->detail.contains(QLatin1String("No access")));
        QVERIFY(stale->detail.contains(QLatin1String("ModemManager")));
    }

    void modemManagerWithIgnoreRule_isFine()
    {
        SystemSnapshot s = test::healthyLinux();
        s.modemManager = ProcessInfo{812, QStringLiteral("ModemManager")};
        const QList<Finding> findings = diagnose(s);
        QVERIFY(!find(findings, QStringLiteral("modemmanager.probing")));
        const std::optional<Finding> mm = find(findings, QStringLiteral("modemmanager.ignoring"));
        QVERIFY(mm);
        QCOMPARE(mm->severity, FindingSeverity::Ok);
        QCOMPARE(Doctor::worst(findings), FindingSeverity::Ok);
    }

    void portHeldByAnotherProcess_namesTheProcess()
    {
        SystemSnapshot s = test::healthyLinux();
        s.serialPorts[0].holders = {ProcessInfo{4242, QStringLiteral("minicom")}};
        const std::optional<Finding> busy = find(diagnose(s), QStringLiteral("serial.port-busy"));
        QVERIFY(busy);
        QCOMPARE(busy->severity, FindingSeverity::Warning);
        QVERIFY(busy->title.contains(QLatin1String("/dev/ttyACM0")));
        QVERIFY(busy->title.contains(QLatin1String("minicom (4242)")));
        QVERIFY(busy->remedy.contains(QLatin1String("Close that program")));
    }

    void serialPortOfAnotherGroup_saysHowToJoinIt()
    {
        SystemSnapshot s = test::healthyLinux();
        s.udevRules = test::systemRules();
        s.serialPorts[0].canOpen = false;
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("serial.no-permission"));
        QVERIFY(f);
        QCOMPARE(f->severity, FindingSeverity::Problem);
        QVERIFY(f->why.contains(QLatin1String("'dialout'")));
        QVERIFY(f->remedy.contains(QLatin1String("sudo usermod -aG dialout ana")));
        QVERIFY(f->fix.has_value());
    }

    void groupJoinedAfterLogin_asksToLogInAgain()
    {
        SystemSnapshot s = test::healthyLinux();
        s.serialPorts[0].canOpen = false;
        s.configuredGroups << QStringLiteral("dialout");
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("serial.group-pending"));
        QVERIFY(f);
        QVERIFY(f->remedy.contains(QLatin1String("Log out")));
        QVERIFY(!find(diagnose(s), QStringLiteral("serial.no-permission")));
    }

    void brlttyRunning_isMentioned()
    {
        SystemSnapshot s = test::healthyLinux();
        s.brltty = ProcessInfo{300, QStringLiteral("brltty")};
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("brltty.running"));
        QVERIFY(f);
        QCOMPARE(f->severity, FindingSeverity::Info);
        QVERIFY(f->remedy.contains(QLatin1String("apt remove brltty")));
    }

    void libusbWithoutHotplug_saysPollingIsUsed()
    {
        SystemSnapshot s = test::healthyLinux();
        s.libusbHotplug = false;
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("usb.no-hotplug"));
        QVERIFY(f);
        QVERIFY(f->why.contains(QLatin1String("once a second")));
    }

    void flatpakWithoutUsb_isAProblem()
    {
        SystemSnapshot s = test::healthyLinux();
        s.sandbox = Sandbox::Flatpak;
        s.usbBusVisible = false;
        s.usbDevices.clear();
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("sandbox.no-usb"));
        QVERIFY(f);
        QCOMPARE(f->severity, FindingSeverity::Problem);
        QVERIFY(f->remedy.contains(QLatin1String("--device=all")));
    }

    void snapWithUsb_isOnlyMentioned()
    {
        SystemSnapshot s = test::healthyLinux();
        s.sandbox = Sandbox::Snap;
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("sandbox.usb"));
        QVERIFY(f);
        QCOMPARE(f->severity, FindingSeverity::Info);
    }

    void runningAsRoot_warnsAboutFileOwnership()
    {
        SystemSnapshot s = test::healthyLinux();
        s.root = true;
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("system.root"));
        QVERIFY(f);
        QVERIFY(f->why.contains(QLatin1String("belong to root")));
    }

    void noDeviceConnected_saysSo()
    {
        SystemSnapshot s = test::healthyLinux();
        s.usbDevices.clear();
        s.serialPorts.clear();
        const QList<Finding> findings = diagnose(s);
        QVERIFY(find(findings, QStringLiteral("usb.none")));
        QVERIFY(!find(findings, QStringLiteral("usb.ok")));
    }

    void windowsDfuWithoutWinUsb_saysWhatToInstall()
    {
        SystemSnapshot s;
        s.system = HostSystem::Windows;
        SnapshotUsbDevice dfu;
        dfu.vendorId = 0x2b04;
        dfu.productId = 0xd00d;
        dfu.canOpen = false;
        dfu.openError = LIBUSB_ERROR_NOT_SUPPORTED;
        s.usbDevices = {dfu};
        const QList<Finding> findings = diagnose(s);
        const std::optional<Finding> f = find(findings, QStringLiteral("usb.no-winusb"));
        QVERIFY(f);
        QVERIFY(f->title.contains(QLatin1String("Boron in DFU mode")));
        QVERIFY(f->remedy.contains(QLatin1String("WinUSB")));
        QVERIFY(!find(findings, QStringLiteral("udev.rule-missing"))); // no udev on Windows
    }

    void macOs_needsNothing()
    {
        SystemSnapshot s;
        s.system = HostSystem::MacOs;
        const QList<Finding> findings = diagnose(s);
        QVERIFY(find(findings, QStringLiteral("system.macos")));
        QVERIFY(!find(findings, QStringLiteral("udev.rule-missing")));
    }

    void unresolvedSource_isANetworkFinding()
    {
        SystemSnapshot s = test::healthyLinux();
        s.sources[0].resolved = false;
        s.sources[0].connected = false;
        s.sources[0].resolveError = QStringLiteral("Host not found");
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("network.dns"));
        QVERIFY(f);
        QVERIFY(f->title.contains(QLatin1String("Host not found")));
        QVERIFY(f->remedy.contains(QLatin1String("restore kit")));
    }

    void sourceUnreachableThroughProxy_namesTheProxy()
    {
        SystemSnapshot s = test::healthyLinux();
        s.sources[0].connected = false;
        s.sources[0].connectError =
            QStringLiteral("The issuer certificate of a locally looked up certificate could not be found");
        s.sources[0].proxy = QStringLiteral("proxy.example:3128");
        const std::optional<Finding> f = find(diagnose(s), QStringLiteral("network.connect"));
        QVERIFY(f);
        QVERIFY(f->title.contains(QLatin1String("issuer certificate")));
        QVERIFY(f->remedy.contains(QLatin1String("proxy.example:3128")));
        QVERIFY(f->detail.contains(QLatin1String("proxy.example:3128")));
    }

    void unusableDeviceForTheDevicePage_offersTheFixOnLinux()
    {
        const Finding f =
            Doctor::unusableDevice(QStringLiteral("Boron"), HostSystem::Linux, PlatformDatabase::builtin());
        QCOMPARE(f.code, QStringLiteral("usb.no-permission"));
        QVERIFY(f.fix.has_value());
        const Finding w =
            Doctor::unusableDevice(QStringLiteral("Boron"), HostSystem::Windows, PlatformDatabase::builtin());
        QCOMPARE(w.code, QStringLiteral("usb.no-winusb"));
        QVERIFY(!w.fix.has_value());
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
