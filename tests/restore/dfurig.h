// Virtual devices in DFU mode holding a mix of current, old, missing and damaged modules, for the DFU
// inspection tests and the benchmark: the real Device OS binaries (and for the P2, which the corpus
// has no system part of, modules built by ModuleBuilder), loaded into a VirtualDevice on the
// in-process USB bus.
#pragma once

#include "firmware/modulebuilder.h"
#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "restore/firmwarebundle.h"
#include "simulator/inprocessusb.h"
#include "simulator/virtualdevice.h"
#include "support/corpus.h"

#include <QFile>

#include <memory>

namespace dr::test {

struct DfuRig
{
    std::shared_ptr<sim::VirtualDevice> device;
    std::shared_ptr<sim::InProcessUsbBus> bus;
    std::unique_ptr<UsbBackend> usb;
};

inline const Platform &platformNamed(const char *name)
{
    const Platform *p = PlatformDatabase::builtin().byName(QString::fromLatin1(name));
    if (!p)
        qFatal("no platform %s", name);
    return *p;
}

inline std::shared_ptr<sim::VirtualDevice> makeVirtualDevice(const Platform &p, const SemVer &layout,
                                                             bool deviceProtected = false)
{
    sim::VirtualDeviceConfig config;
    config.platformId = p.id;
    config.deviceOs = layout;
    config.deviceProtected = deviceProtected;
    auto created = sim::VirtualDevice::create(config);
    if (!created.ok())
        qFatal("virtual device: %s", qPrintable(created.error().text()));
    return *created;
}

// Loads a module (its bytes) into the device at the address its prefix says.
inline void loadModuleBytes(sim::VirtualDevice &d, const QByteArray &bytes, const QString &name)
{
    auto parsed = ModuleParser::parse(bytes, name);
    if (!parsed.ok() || parsed->isEmpty())
        qFatal("%s: %s", qPrintable(name), parsed.ok() ? "no module" : qPrintable(parsed.error().text()));
    if (auto loaded = d.loadModule(parsed->first()); !loaded.ok())
        qFatal("load %s: %s", qPrintable(name), qPrintable(loaded.error().text()));
}

inline void loadCorpusFile(sim::VirtualDevice &d, const QString &fileName)
{
    const QString path = corpusFile(fileName);
    if (path.isEmpty())
        qFatal("%s is missing. %s", qPrintable(fileName), qPrintable(corpusMissingMessage()));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    loadModuleBytes(d, f.readAll(), fileName);
}

// One flipped byte inside the module at `address` (past its prefix): its CRC-32 no longer matches.
inline void flipByte(sim::VirtualDevice &d, quint32 address)
{
    QByteArray b = d.peek(0, address, 1);
    b[0] = char(~uchar(b[0]));
    if (auto r = d.load(0, address, b); !r.ok())
        qFatal("flip: %s", qPrintable(r.error().text()));
}

// Erased flash (0xFF) over [address, address + length): no module there any more.
inline void erase(sim::VirtualDevice &d, quint32 address, quint32 length)
{
    if (auto r = d.load(0, address, QByteArray(qsizetype(length), char(0xFF))); !r.ok())
        qFatal("erase: %s", qPrintable(r.error().text()));
}

inline DfuRig plugIn(std::shared_ptr<sim::VirtualDevice> device)
{
    DfuRig r;
    r.device = std::move(device);
    r.bus = sim::InProcessUsbBus::create();
    r.bus->plug(r.device);
    r.usb = r.bus->backend();
    return r;
}

// P2 (rtl872x) modules the corpus lacks: the bootloader, prebootloader-part1 and system-part1 of
// "5.8.0" and "5.9.0" with their real module versions (payloads are filler).
inline QByteArray p2Module(ModuleFunction f, quint8 index, quint16 version, quint32 start, int payloadBytes)
{
    ModuleSpec s;
    s.startAddress = start;
    s.platformId = 32;
    s.functionCode = quint8(f);
    s.index = index;
    s.version = version;
    s.payload = QByteArray(payloadBytes, char(0x5A + index + (version & 0x0F)));
    return ModuleBuilder::build(s);
}
inline QByteArray p2Bootloader(quint16 version) { return p2Module(ModuleFunction::Bootloader, 0, version, 0x08004000, 20000); }
inline QByteArray p2Prebootloader(quint16 version) { return p2Module(ModuleFunction::Bootloader, 2, version, 0x08014000, 30000); }
inline QByteArray p2SystemPart(quint16 version) { return p2Module(ModuleFunction::SystemPart, 1, version, 0x08060000, 300000); }

} // namespace dr::test
