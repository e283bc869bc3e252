// The command line: one function per sub-command, all on the core engine.
// Exit codes are documented in README.md ("Exit codes").
#pragma once

#include "catalog/releasecache.h"
#include "catalog/releasecatalog.h"

#include <QList>
#include <QStringList>

namespace dr::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,       // the operation ran and failed (device error, restore failed)
    ExitUsage = 2,         // bad arguments
    ExitInvalidInput = 3,  // a file, bundle or catalog entry is not acceptable (nothing was written)
    ExitNoDevice = 4,      // no matching device found
    ExitCancelled = 5,     // cancelled by the person or a signal
};

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments); // arguments[0] is "device-restore <name>"
};

const QList<Command> &commands();
const Command *findCommand(QStringView name);

// Sub-commands (each in its own cli_*.cpp).
int runInspectFile(const QStringList &arguments);
int runPlan(const QStringList &arguments);
int runList(const QStringList &arguments);
int runInspect(const QStringList &arguments);
int runRestore(const QStringList &arguments);
int runFetch(const QStringList &arguments);
int runCatalog(const QStringList &arguments);
int runKit(const QStringList &arguments);
int runDoctor(const QStringList &arguments);

// The release catalog the command line works with (cli_catalog.cpp): with `catalogUrl` (a file://
// folder mirroring Particle's layout) that one, read and kept in `cache` as the last catalog
// fetched; else the one kept in `cache` (offline() then says so, with its fetch date).
Result<ReleaseCatalog> openCliCatalog(ReleaseCache &cache, const QString &catalogUrl);
const Platform *platformFromText(const QString &text); // "boron" or "13"

} // namespace dr::cli
