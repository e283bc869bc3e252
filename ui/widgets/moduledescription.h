// What people call each module: one translated description per module function and index
// ("Bootloader", "System part 1", "SoftDevice (radio stack)"), the one table the plan, the module
// tables and the restore page use. The raw slot names of platforms.json ("system-part1") stay
// for technicians, in tooltips.
#pragma once

#include "platform/platform.h"

#include <QCoreApplication>
#include <QString>

namespace dr {
struct InstalledModule;
struct PlanStep;
} // namespace dr

namespace dr::ui {

class ModuleDescription
{
    Q_DECLARE_TR_FUNCTIONS(dr::ui::ModuleDescription)

public:
    // "System part 2"; an unknown function reads "Module (function 12, index 1)".
    static QString of(ModuleFunction function, int index);
    // A module the device reports; an empty slot reads "(empty slot)".
    static QString of(const dr::InstalledModule &module);
    // The module a plan step writes or erases.
    static QString of(const dr::PlanStep &step);

    // For technicians: the slot name as platforms.json spells it, with the function and index
    // ("system-part1: system_part 1"); without a known slot just the function and index.
    static QString technical(const dr::PlanStep &step);
    static QString technical(int platformId, const dr::InstalledModule &module);
};

} // namespace dr::ui
