// Where the tests find the real Device OS binaries (installer/fetch-real-binaries.sh).
// A missing corpus is a test failure with the command to fix it, never a skip.
#pragma once

#include <QString>
#include <QStringList>

namespace dr::test {

// DEVICE_RESTORE_CORPUS if set, else the folder chosen at configure time.
QString corpusDir();
// Absolute path of one corpus file; empty when it is missing (see corpusMissingMessage()).
QString corpusFile(const QString &name);
// Every *.bin in the corpus, sorted by name.
QStringList corpusFiles();
QString corpusMissingMessage();

} // namespace dr::test

// Fails the current test (QFAIL) when the file is missing; otherwise yields its path.
#define DR_CORPUS_FILE(var, name)                                                                          \
    const QString var = dr::test::corpusFile(name);                                                        \
    if (var.isEmpty())                                                                                     \
        QFAIL(qPrintable(QStringLiteral("%1 is missing. %2").arg(name, dr::test::corpusMissingMessage())));
