// Runs the built device-restore executable as a person or a script would, for CLI tests.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace dr::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

// Runs `device-restore ARGS...` with stdin closed and DEVICE_RESTORE_CORPUS pointing at the corpus;
// fails the process (qFatal) if it does not finish within two minutes.
CliRun runDeviceRestore(const QStringList &arguments);
// The same with more environment variables (e.g. DEVICE_RESTORE_CACHE for a test's own cache).
CliRun runDeviceRestore(const QStringList &arguments, const QHash<QString, QString> &environment);

} // namespace dr::test
