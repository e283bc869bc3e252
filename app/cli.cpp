#include "cli.h"

namespace dr::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"list", "List the attached Particle devices", &runList},
        {"inspect", "Show a device's modules and their checks", &runInspect},
        {"plan", "Show what a restore would do, without a device or before writing anything", &runPlan},
        {"restore", "Restore a device to a Device OS version and check the result", &runRestore},
        {"fetch", "Download a Device OS release into the verified cache for offline use", &runFetch},
        {"inspect-file", "Check Particle firmware module files and print what they contain", &runInspectFile},
        {"catalog", "List the Device OS releases per platform, with labels and what is cached", &runCatalog},
        {"kit", "Export or import a restore kit (releases for a computer without internet)", &runKit},
        {"doctor", "Check what stops this computer from reaching Particle devices, and fix it", &runDoctor},
    };
    return list;
}

const Command *findCommand(QStringView name)
{
    for (const Command &c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

} // namespace dr::cli
