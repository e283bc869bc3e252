// Shared by the GUI suites (tst_wizard, tst_wizardaccess, tst_translations): virtual devices for the
// wizard, and page screenshots on demand.
#pragma once

#include "restore/firmwarebundle.h"
#include "simulator/simulatedfleet.h"

#include <QString>
#include <QTest>
#include <QWidget>

#include <memory>

namespace dr::test {

// Virtual devices from a spec like "boron@1.5.2,photon@2.2.0", holding releases from `bundle`; a spec
// or bundle the fleet cannot use stops the test run with its reason.
inline std::unique_ptr<sim::SimulatedFleet> makeFleet(const QString &spec, const FirmwareBundle &bundle,
                                                      bool timing = false)
{
    auto specs = sim::parseSimulationSpecs(spec);
    if (!specs.ok())
        qFatal("%s", qPrintable(specs.error().text()));
    auto f = sim::SimulatedFleet::create(*specs, bundle, timing);
    if (!f.ok())
        qFatal("%s", qPrintable(f.error().text()));
    return std::move(*f);
}

// With DR_SCREENSHOT_DIR set, saves `w` there as NAME.png (for people to look at); false when the
// save failed.
inline bool shootIfAsked(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("DR_SCREENSHOT_DIR");
    return dir.isEmpty() || w.grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

} // namespace dr::test
