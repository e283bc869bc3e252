#include "support/runcli.h"

#include "support/corpus.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace dr::test {

CliRun runDeviceRestore(const QStringList &arguments)
{
    return runDeviceRestore(arguments, {});
}

CliRun runDeviceRestore(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEVICE_RESTORE_CORPUS"), corpusDir());
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DR_BINARY_DIR "/bin/device-restore"), arguments);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("device-restore %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace dr::test
