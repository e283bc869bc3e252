// Shared by the serial fuzz targets and make_serial_seeds: what the first bytes of an input mean
// (the console command, the Device OS era of the receiver), so that seeds and targets agree.
#pragma once

#include "firmware/modulebuilder.h"
#include "serial/consolecommand.h"
#include "version/semver.h"

#include <QList>

#include <iterator>

namespace dr::fuzzserial {

// One Device OS release per row of the console behaviour table (simulator/consolebehaviour.cpp):
// the `s` JSON, the receiver's validation and its texts change between them.
inline const QList<SemVer> &eras()
{
    static const QList<SemVer> list = {SemVer(0, 5, 5), SemVer(0, 6, 0), SemVer(0, 6, 4), SemVer(0, 7, 0),
                                       SemVer(1, 4, 4), SemVer(1, 5, 2), SemVer(2, 3, 1), SemVer(3, 1, 0),
                                       SemVer(5, 9, 0), SemVer(6, 2, 1)};
    return list;
}

inline constexpr ConsoleCommand kCommands[] = {ConsoleCommand::DeviceId, ConsoleCommand::SystemVersion,
                                               ConsoleCommand::ModuleInfo, ConsoleCommand::MacAddress,
                                               ConsoleCommand::Claimed, ConsoleCommand::ExitListening};
inline ConsoleCommand commandAt(quint8 selector)
{
    return kCommands[selector % std::size(kCommands)];
}
inline quint8 commandSelector(ConsoleCommand command)
{
    for (quint8 i = 0; i < std::size(kCommands); ++i)
        if (kCommands[i] == command)
            return i;
    return 0;
}

// Receiver inputs: first byte = era index (low 7 bits) | kBlockedFlag (an earlier session left the
// update open); a piece of the stream that starts with kTimeoutMark is a NAK_TIMEOUT instead.
inline constexpr quint8 kBlockedFlag = 0x80;
inline constexpr char kTimeoutMark = char(0xFE);

// The file the receiver seeds carry: a Photon user part without dependencies (valid on the empty
// virtual Photon the receiver target writes into).
inline ModuleSpec receiverUserPart(const QByteArray &payload)
{
    ModuleSpec s;
    s.startAddress = 0x080A0000;
    s.platformId = 6;
    s.functionCode = quint8(ModuleFunction::UserPart);
    s.index = 1;
    s.version = 6;
    s.payload = payload;
    return s;
}

} // namespace dr::fuzzserial
