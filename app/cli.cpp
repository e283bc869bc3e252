#include "cli.h"

namespace dr::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"inspect-file", "Check Particle firmware module files and print what they contain", &runInspectFile},
        {"plan", "Show what a restore would do, without a device or before writing anything", &runPlan},
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
