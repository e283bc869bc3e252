// The listening-mode `s` JSON (reference 3.2) <-> ModuleInspection. Parsing checks every field's
// type and range and names the offending field (`m[2].v: ...`) in the error; any input, however
// malformed, gives a value or an Error, never a crash. Writing produces the exact shape Device OS
// prints (the virtual device uses it).
#pragma once

#include "common/result.h"
#include "serial/moduleinspection.h"

#include <QByteArray>
#include <QByteArrayView>

namespace dr {

namespace serialerror {
inline constexpr char BadModuleJson[] = "serial.bad-module-json";
} // namespace serialerror

// The shape of older releases: Device OS 0.5.x closes every dependency object with "_":"".
struct ModuleJsonStyle
{
    bool dependencyUnderscore = false;
};

class ModuleInspectionJson
{
public:
    static Result<ModuleInspection> parse(QByteArrayView json);
    static QByteArray write(const ModuleInspection &inspection, ModuleJsonStyle style = {}); // compact, no line end
};

} // namespace dr
