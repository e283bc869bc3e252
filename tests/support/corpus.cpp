#include "support/corpus.h"

#include <QDir>
#include <QFileInfo>

namespace dr::test {

QString corpusDir()
{
    const QByteArray env = qgetenv("DEVICE_RESTORE_CORPUS");
    return env.isEmpty() ? QStringLiteral(DR_CORPUS_DIR) : QString::fromLocal8Bit(env);
}

QString corpusFile(const QString &name)
{
    const QFileInfo fi(QDir(corpusDir()).filePath(name));
    return fi.isFile() ? fi.absoluteFilePath() : QString();
}

QStringList corpusFiles()
{
    QDir dir(corpusDir());
    QStringList out;
    const auto names = dir.entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
    for (const QString &n : names)
        out << dir.absoluteFilePath(n);
    return out;
}

QString corpusMissingMessage()
{
    return QStringLiteral("The real Device OS binaries are not in %1. Run installer/fetch-real-binaries.sh "
                          "(or set DEVICE_RESTORE_CORPUS to the folder that has them).")
        .arg(corpusDir());
}

} // namespace dr::test
