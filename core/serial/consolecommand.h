// The single-character commands of the listening-mode console (reference 3.1) and what each one
// answers, as a plain value. ConsoleReplyParser turns the device's bytes into a ConsoleReply.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dr {

enum class ConsoleCommand : char {
    DeviceId = 'i',      // "Your device id is ..." or "Device ID: ..." + key/value lines
    SystemVersion = 'v', // "system firmware version: 2.2.0"
    ModuleInfo = 's',    // one JSON object (reference 3.2)
    MacAddress = 'm',    // "Your device MAC address is" + the MAC on the next line
    Claimed = 'c',       // "Device claimed: yes|no"
    ExitListening = 'x', // no reply: the device leaves listening mode
};
QString consoleCommandName(ConsoleCommand command); // "i (device ID)", for messages and logs
char consoleCommandChar(ConsoleCommand command);

// One `Key: value` line of the `i` reply. Device OS prints renamed keys (imei -> IMEI, ...);
// key holds the HAL name where it is known ("imei", "iccid", "sn", "ms", "cellfw"), else the label.
struct DeviceProperty
{
    QString key;
    QString label; // as printed
    QString value;
};

struct ConsoleReply
{
    ConsoleCommand command = ConsoleCommand::DeviceId;
    QString deviceId;                 // i: 24 hex digits, lower case
    QList<DeviceProperty> properties; // i: the key/value form only
    QString systemVersion;            // v: "2.2.0", "5.0.0-alpha.1"
    bool minimalBuild = false;        // v: " minimal" suffix
    QByteArray moduleJson;            // s: the JSON object, braces included
    QString macAddress;               // m: "aa:bb:cc:dd:ee:ff", lower case
    std::optional<bool> claimed;      // c
    QList<QByteArray> strayLines;     // output before (or around) the reply that was not part of it

    std::optional<QString> property(const QString &key) const;
};

} // namespace dr
