// Shared by the USB test suites: loading the built-in databases, real modules from the corpus, and a
// virtual device with a bootloader already in place (a real device always has one).
#pragma once

#include "firmware/moduleparser.h"
#include "platform/platformdatabase.h"
#include "simulator/virtualdevice.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"

#include <QFile>
#include <QTest>

namespace dr::test {

inline bool loadDatabases()
{
    const auto p = PlatformDatabase::loadBuiltin();
    const auto v = DeviceOsVersionTable::loadBuiltin();
    return p.ok() && v.ok();
}

inline QByteArray readCorpusFile(const QString &name)
{
    QFile f(corpusFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline std::optional<FirmwareModule> corpusModule(const QString &name)
{
    const QByteArray bytes = readCorpusFile(name);
    if (bytes.isEmpty())
        return std::nullopt;
    auto parsed = ModuleParser::parse(bytes, name);
    if (!parsed || parsed->isEmpty())
        return std::nullopt;
    return parsed->first();
}

inline std::shared_ptr<sim::VirtualDevice> makeDevice(int platformId, sim::DeviceMode mode,
                                                      const QStringList &factoryModules = {})
{
    sim::VirtualDeviceConfig config;
    config.platformId = platformId;
    config.mode = mode;
    auto device = sim::VirtualDevice::create(config);
    if (!device)
        return nullptr;
    for (const QString &name : factoryModules) {
        const auto m = corpusModule(name);
        if (!m || !(*device)->loadModule(*m))
            return nullptr;
    }
    return *device;
}

} // namespace dr::test

#define DR_REQUIRE(expr)                                                                                   \
    do {                                                                                                   \
        const auto &dr_r_ = (expr);                                                                        \
        if (!dr_r_)                                                                                        \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2 [%3] %4")                                       \
                                 .arg(QStringLiteral(#expr), dr_r_.error().message, dr_r_.error().code,    \
                                      dr_r_.error().detail)));                                             \
    } while (false)
