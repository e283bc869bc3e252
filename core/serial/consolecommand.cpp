// Names of the console commands, for messages and logs. See consolecommand.h.
#include "serial/consolecommand.h"

#include <QCoreApplication>

namespace dr {

char consoleCommandChar(ConsoleCommand command)
{
    return static_cast<char>(command);
}

QString consoleCommandName(ConsoleCommand command)
{
    switch (command) {
    case ConsoleCommand::DeviceId: return QCoreApplication::translate("dr::ConsoleCommand", "'i' (device ID)");
    case ConsoleCommand::SystemVersion: return QCoreApplication::translate("dr::ConsoleCommand", "'v' (system version)");
    case ConsoleCommand::ModuleInfo: return QCoreApplication::translate("dr::ConsoleCommand", "'s' (module info)");
    case ConsoleCommand::MacAddress: return QCoreApplication::translate("dr::ConsoleCommand", "'m' (MAC address)");
    case ConsoleCommand::Claimed: return QCoreApplication::translate("dr::ConsoleCommand", "'c' (claimed)");
    case ConsoleCommand::ExitListening: return QCoreApplication::translate("dr::ConsoleCommand", "'x' (exit listening mode)");
    }
    return QStringLiteral("'%1'").arg(QLatin1Char(static_cast<char>(command)));
}

std::optional<QString> ConsoleReply::property(const QString &key) const
{
    for (const DeviceProperty &p : properties)
        if (p.key == key)
            return p.value;
    return std::nullopt;
}

} // namespace dr
