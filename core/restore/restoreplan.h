// What a restore will do, step by step, before anything is written: the output of RestorePlanner
// and the input of the engine. Plain values; the GUI's plan table and the CLI's `plan` print it.
#pragma once

#include "platform/platform.h"
#include "version/semver.h"

#include <QList>
#include <QString>

#include <optional>

namespace dr {

struct BundleModule;

enum class StepTransport : quint8 {
    Dfu,            // DfuSe download at the module's address (device in DFU mode)
    ControlRequest, // firmware-update control requests 250-253 (device running Device OS)
    YModem,         // listening-mode serial transfer (Device OS < 6.0 without control requests)
    None,           // steps that transfer no module (waiting, resetting)
};
QString stepTransportName(StepTransport t); // "DFU", "control request", "YModem", "-"

enum class StepMode : quint8 {
    Dfu,     // in the DFU bootloader (blinking yellow)
    Running, // running Device OS: normal, safe or listening mode
};

enum class StepKind : quint8 {
    Flash,                   // write a module
    InvalidateFormerUserPart, // Gen3: erase the 128 KB user slot so a 256 KB app at 0xB4000 runs
    WaitForConnection,       // boot, connect to the cloud/cellular, and have the person confirm
    WaitForReboot,           // boot into the newly written Device OS before the next stage
};

struct PlanStep
{
    StepKind kind = StepKind::Flash;
    int stage = 1;
    QString part; // slot name: "system-part1", "bootloader", "softdevice", "tinker", "user"
    ModuleFunction function = ModuleFunction::None;
    int index = 0;
    int mcuTarget = 0;
    std::optional<int> fromVersion; // module version installed now; nullopt when none or unknown
    int toVersion = 0;
    std::optional<SemVer> fromDeviceOs;
    std::optional<SemVer> toDeviceOs;
    StepTransport transport = StepTransport::None;
    StepMode mode = StepMode::Dfu;
    quint32 address = 0; // where the bytes go (DfuSe address on alt 0 for DFU steps)
    qint64 bytes = 0;    // bytes sent to the device
    QString reason;      // why this step, in plain words
    const BundleModule *source = nullptr; // the binary; nullptr for steps without one
};

enum class Severity : quint8 { Info, Warning, Refusal };
QString severityName(Severity s); // "info", "warning", "refusal"

struct PlanMessage
{
    Severity severity = Severity::Info;
    QString code;           // stable: "plan.below-model-minimum", "plan.missing-part", ...
    QString text;           // for people: what and why
    bool overridable = false; // a recommendation: allowed with PlanOptions::force (CLI --force)
    bool overridden = false;  // overridable and force was given: the plan goes ahead
};

// A module the device should hold once the plan has run (the engine compares its final inspection
// with these).
struct ExpectedModule
{
    ModuleFunction function = ModuleFunction::None;
    int index = 0;
    int mcuTarget = 0;
    int version = 0;
    QString part;
};

struct RestorePlan
{
    const Platform *platform = nullptr;
    SemVer target;
    std::optional<SemVer> current; // Device OS the device runs now, when known
    int stages = 1;
    QList<PlanStep> steps;
    QList<PlanMessage> messages;
    QList<ExpectedModule> expected;

    // A refusal that is not overridden stops the plan: nothing may be written.
    bool refused() const;
    QList<PlanMessage> refusals() const;
    bool nothingToWrite() const; // no step writes anything
    qint64 totalBytes() const;
    int flashSteps() const;
};

} // namespace dr
