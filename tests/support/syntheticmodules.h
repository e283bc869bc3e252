// Synthetic modules for tests that need one the real binaries do not have (a payload of their own,
// a file to rewrite): a valid Photon user part, built by ModuleBuilder.
#pragma once

#include "firmware/modulebuilder.h"

namespace dr::test {

// A Photon user part in slot 1 (0x080A0000), version 6, needing system part 2 at 2202 (Device OS
// 2.2.2), with `payload`; the caller may change any field before ModuleBuilder::build.
inline ModuleSpec photonUserPartSpec(const QByteArray &payload)
{
    ModuleSpec s;
    s.startAddress = 0x080A0000;
    s.platformId = 6;
    s.functionCode = quint8(ModuleFunction::UserPart);
    s.index = 1;
    s.version = 6;
    s.dependency = ModuleDependency{quint8(ModuleFunction::SystemPart), 2, 2202};
    s.payload = payload;
    return s;
}

// Its bytes, with a payload of `payloadBytes` times `fill`.
inline QByteArray photonUserPart(int payloadBytes, char fill)
{
    return ModuleBuilder::build(photonUserPartSpec(QByteArray(payloadBytes, fill)));
}

} // namespace dr::test
