// Synthetic Photon/P1 system parts of Device OS 0.7.0 (module version 207), the release the serial
// path goes through from below 0.7.0 (device-os pull request 1426, reference 7.1). The real binary
// set has 0.5.2 and 1.5.2 but no 0.7.0, so these stand in for it, built with ModuleBuilder. Their
// system-part dependencies have the shape of the real ones around them: part 2 needs part 1 of its
// own release (as 0.5.2 and 1.5.2 do); part 1 needs nothing (the part 1 -> part 2 dependency only
// starts with 0.8.0-rc.1). Sizes are close to the real parts so that transfer times stay realistic.
// Used by the engine and CLI tests and by bench_restore.
#pragma once

#include "firmware/modulebuilder.h"
#include "platform/platformdatabase.h"
#include "version/semver.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dr::test {

struct SyntheticFile
{
    QString fileName; // release file name: "photon-system-part1@0.7.0.bin"
    QByteArray data;
};

// The system parts of `release` for a Photon or P1 (platform name "photon" or "p1"), module version
// `version`; empty when the platform or its slots are unknown.
inline QList<SyntheticFile> syntheticGen2SystemParts(const QString &platformName, const SemVer &release, int version)
{
    QList<SyntheticFile> out;
    const Platform *p = PlatformDatabase::builtin().byName(platformName);
    if (!p)
        return out;
    for (int index : {1, 2}) {
        const ModuleSlot *slot = p->slotFor(ModuleFunction::SystemPart, index, 0, release);
        if (!slot)
            return {};
        ModuleSpec spec;
        spec.platformId = quint16(p->id);
        spec.functionCode = quint8(ModuleFunction::SystemPart);
        spec.index = quint8(index);
        spec.version = quint16(version);
        spec.startAddress = slot->bounds.start;
        spec.prefixOffset = 0x184; // after the vector table, as in the real Gen2 system parts
        // The real 0.5.2 parts are 250 KB and 187 KB, the 1.5.2 ones 238 KB and 255 KB.
        spec.payload = QByteArray((index == 1 ? 240 : 200) * 1024, char(0x40 + index));
        if (index == 2)
            spec.dependency = ModuleDependency{quint8(ModuleFunction::SystemPart), 1, quint16(version)};
        out.append({QStringLiteral("%1-%2@%3.bin").arg(p->name, slot->name, release.toString()),
                    ModuleBuilder::build(spec)});
    }
    return out;
}

// The Photon's 0.7.0 system parts.
inline QList<SyntheticFile> photon070()
{
    return syntheticGen2SystemParts(QStringLiteral("photon"), SemVer(0, 7, 0), 207);
}

} // namespace dr::test
