// The per-family boot table (see bootbehaviour.h). The sources of each figure are named in the header
// and in reference section 6/7.
#include "simulator/bootbehaviour.h"

#include <QList>

namespace dr::sim {

namespace {

QList<BootBehaviour> makeTable()
{
    BootBehaviour gen2;
    gen2.family = QStringLiteral("stm32f2xx");
    gen2.invalidSystemPart = InvalidSystemPartAction::FactoryResetThenDfu;
    gen2.applyMicrosPerKiB = 6000; // 128 KB sector erases dominate

    BootBehaviour nrf52;
    nrf52.family = QStringLiteral("nrf52840");
    nrf52.applyMicrosPerKiB = 5000;

    BootBehaviour rtl;
    rtl.family = QStringLiteral("rtl872x");
    rtl.applyMicrosPerKiB = 4000;

    return {gen2, nrf52, rtl};
}

} // namespace

const BootBehaviour &BootBehaviour::forFamily(const QString &mcu)
{
    static const QList<BootBehaviour> table = makeTable();
    for (const BootBehaviour &b : table)
        if (b.family == mcu)
            return b;
    return table[1]; // the platforms without a row of their own boot like nRF52840 (StayInDfu)
}

} // namespace dr::sim
