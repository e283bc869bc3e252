// `device-restore inspect-file` run as a process, the way scripts and support technicians use it:
// JSON facts over real binaries, the exit codes, and the messages a newcomer meets.
#include "support/corpus.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList kNonModules = {QStringLiteral("cc3000-patch-programmer.bin"),
                                 QStringLiteral("cc3000-patch-programmer_1_14.bin"),
                                 QStringLiteral("deep_update_2014_06.bin"), QStringLiteral("ota-flag-a5.bin")};
const QStringList kUnsupportedPlatform = {
    QStringLiteral("core_doctor.bin"),           QStringLiteral("core_tinker.bin"),
    QStringLiteral("core_tinker.cli-1.16.0.bin"), QStringLiteral("voodoospark.bin"),
    QStringLiteral("asom-bootloader@1.4.4.bin"), QStringLiteral("asom-softdevice@1.4.4.bin"),
    QStringLiteral("asom-system-part1@1.4.4.bin"), QStringLiteral("xsom-bootloader@1.4.4.bin"),
    QStringLiteral("xsom-softdevice@1.4.4.bin"), QStringLiteral("xsom-system-part1@1.4.4.bin")};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(DR_BINARY_DIR "/bin/device-restore"));
    p.setArguments(QStringList{QStringLiteral("inspect-file")} + args);
    p.start();
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject parseJson(const QByteArray &text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("JSON error: %s", qPrintable(e.errorString()));
    return doc.object();
}

QJsonObject onlyModule(const QJsonObject &file)
{
    const QJsonArray modules = file.value(QStringLiteral("modules")).toArray();
    return modules.size() == 1 ? modules.first().toObject() : QJsonObject();
}

QString status(const QJsonObject &module, const char *check)
{
    return module[QStringLiteral("checks")][QLatin1String(check)][QStringLiteral("status")].toString();
}

} // namespace

class TestInspectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonFactsOfRealFiles();
    void jsonOverTheWholeCorpus();
    void nonModuleExitsWithInvalidInput();
    void humanOutputForATechnician();
    void usageErrors_data();
    void usageErrors();
    void helpExitsZero();
    void badPaths_data();
    void badPaths();
};

void TestInspectFile::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(DR_BINARY_DIR "/bin/device-restore")).isExecutable(),
             "build the device-restore target first");
    if (dr::test::corpusFiles().size() < 160)
        QFAIL(qPrintable(dr::test::corpusMissingMessage()));
}

void TestInspectFile::jsonFactsOfRealFiles()
{
    DR_CORPUS_FILE(softdevice, QStringLiteral("boron-softdevice@2.2.0.bin"));
    DR_CORPUS_FILE(part2, QStringLiteral("photon-system-part2@2.2.0.bin"));
    DR_CORPUS_FILE(electron1, QStringLiteral("electron-system-part1@2.2.0.bin"));
    DR_CORPUS_FILE(p2tinker, QStringLiteral("tinker-5.0.0-p2.bin"));
    const Run r = run({QStringLiteral("--json"), softdevice, part2, electron1, p2tinker});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = parseJson(r.out);
    QCOMPARE(doc[QStringLiteral("format")].toString(), QStringLiteral("device-restore/inspect-file"));
    QCOMPARE(doc[QStringLiteral("format_version")].toInt(), 1);
    QCOMPARE(doc[QStringLiteral("ok")].toBool(), true);
    const QJsonArray files = doc[QStringLiteral("files")].toArray();
    QCOMPARE(files.size(), 4);

    // boron-softdevice@2.2.0.bin
    QJsonObject f = files[0].toObject();
    QCOMPARE(f[QStringLiteral("name")].toString(), QStringLiteral("boron-softdevice@2.2.0.bin"));
    QCOMPARE(f[QStringLiteral("ok")].toBool(), true);
    QVERIFY(f[QStringLiteral("error")].isNull());
    QJsonObject m = onlyModule(f);
    QCOMPARE(m[QStringLiteral("platform")][QStringLiteral("id")].toInt(), 13);
    QCOMPARE(m[QStringLiteral("platform")][QStringLiteral("name")].toString(), QStringLiteral("boron"));
    QCOMPARE(m[QStringLiteral("function")].toString(), QStringLiteral("radio_stack"));
    QCOMPARE(m[QStringLiteral("index")].toInt(), 0);
    QCOMPARE(m[QStringLiteral("version")].toInt(), 202);
    QCOMPARE(m[QStringLiteral("start_address")].toString(), QStringLiteral("0x00001000"));
    QCOMPARE(m[QStringLiteral("flags")].toInt(), 1);
    QCOMPARE(m[QStringLiteral("flag_names")].toArray(), QJsonArray{QStringLiteral("drop_module_info")});
    QCOMPARE(m[QStringLiteral("flash_image_size")].toInteger(), m[QStringLiteral("length")].toInteger() - 24);
    QJsonArray deps = m[QStringLiteral("dependencies")].toArray();
    QCOMPARE(deps.size(), 2);
    QCOMPARE(deps[0][QStringLiteral("function")].toString(), QStringLiteral("bootloader"));
    QCOMPARE(deps[0][QStringLiteral("version")].toInt(), 501);
    QCOMPARE(deps[1][QStringLiteral("function")].toString(), QStringLiteral("system_part"));
    QCOMPARE(deps[1][QStringLiteral("index")].toInt(), 1);
    QCOMPARE(deps[1][QStringLiteral("version")].toInt(), 1321);
    QCOMPARE(status(m, "crc"), QStringLiteral("pass"));
    QCOMPARE(status(m, "bounds"), QStringLiteral("pass"));
    QVERIFY(m[QStringLiteral("product_id")].isNull()); // no product data in a 36-byte suffix
    QVERIFY(m[QStringLiteral("product_version")].isNull());

    // photon-system-part2@2.2.0.bin
    m = onlyModule(files[1].toObject());
    QCOMPARE(m[QStringLiteral("prefix_offset")].toInt(), 388);
    QCOMPARE(m[QStringLiteral("platform")][QStringLiteral("id")].toInt(), 6);
    QCOMPARE(m[QStringLiteral("function")].toString(), QStringLiteral("system_part"));
    QCOMPARE(m[QStringLiteral("index")].toInt(), 2);
    QCOMPARE(m[QStringLiteral("part")].toString(), QStringLiteral("system-part2"));
    QCOMPARE(m[QStringLiteral("version")].toInt(), 2202);
    QCOMPARE(m[QStringLiteral("device_os")].toString(), QStringLiteral("2.2.0"));
    QCOMPARE(m[QStringLiteral("start_address")].toString(), QStringLiteral("0x08060000"));
    QCOMPARE(m[QStringLiteral("end_address")].toString(), QStringLiteral("0x0809FAE4"));
    deps = m[QStringLiteral("dependencies")].toArray();
    QCOMPARE(deps.size(), 2);
    QCOMPARE(deps[0][QStringLiteral("text")].toString(), QStringLiteral("system part 1 >= 2202 (Device OS 2.2.0)"));
    QCOMPARE(deps[0][QStringLiteral("device_os")].toString(), QStringLiteral("2.2.0"));
    QCOMPARE(deps[1][QStringLiteral("function")].toString(), QStringLiteral("bootloader"));
    QCOMPARE(deps[1][QStringLiteral("version")].toInt(), 1003);
    QCOMPARE(m[QStringLiteral("product_id")].toInt(), 65535);
    QCOMPARE(m[QStringLiteral("product_version")].toInt(), 65535);
    for (const char *c : {"crc", "sha256", "platform", "bounds", "function_slot"})
        QCOMPARE(status(m, c), QStringLiteral("pass"));
    QCOMPARE(status(m, "compression"), QStringLiteral("not_checked"));
    QCOMPARE(m[QStringLiteral("checks")][QStringLiteral("crc")][QStringLiteral("stored")].toString(),
             m[QStringLiteral("checks")][QStringLiteral("crc")][QStringLiteral("computed")].toString());
    QCOMPARE(m[QStringLiteral("checks")][QStringLiteral("bounds")][QStringLiteral("slot_start")].toString(),
             QStringLiteral("0x08060000"));
    QCOMPARE(m[QStringLiteral("errors")].toArray().size(), 0);

    // The Electron file-name trap: system-part1 is index 3 at 0x08060000.
    m = onlyModule(files[2].toObject());
    QCOMPARE(m[QStringLiteral("index")].toInt(), 3);
    QCOMPARE(m[QStringLiteral("start_address")].toString(), QStringLiteral("0x08060000"));
    QCOMPARE(m[QStringLiteral("part")].toString(), QStringLiteral("system-part1"));

    // P2 tinker: rtl872x suffix extensions and product data from the PRODUCT_DATA extension.
    m = onlyModule(files[3].toObject());
    QCOMPARE(m[QStringLiteral("platform")][QStringLiteral("name")].toString(), QStringLiteral("p2"));
    QCOMPARE(m[QStringLiteral("function")].toString(), QStringLiteral("user_part"));
    QCOMPARE(m[QStringLiteral("suffix_size")].toInt(), 62);
    QCOMPARE(m[QStringLiteral("product_id")].toInt(), 32);
    QCOMPARE(m[QStringLiteral("product_version")].toInt(), 4);
    const QJsonArray ext = m[QStringLiteral("suffix_extensions")].toArray();
    QCOMPARE(ext.size(), 2);
    QCOMPARE(ext[0][QStringLiteral("type")].toString(), QStringLiteral("dynamic_location"));
    QCOMPARE(ext[1][QStringLiteral("type")].toString(), QStringLiteral("product_data"));
}

void TestInspectFile::jsonOverTheWholeCorpus()
{
    const QStringList files = dr::test::corpusFiles();
    const Run r = run(QStringList{QStringLiteral("--json")} + files);
    QCOMPARE(r.exitCode, 3); // the corpus holds non-modules
    const QJsonObject doc = parseJson(r.out);
    QCOMPARE(doc[QStringLiteral("ok")].toBool(), false);
    const QJsonArray list = doc[QStringLiteral("files")].toArray();
    QCOMPARE(list.size(), files.size());
    // "{platform}-{part}@{version}.bin": the JSON must agree with the release file name.
    static const QRegularExpression release(QStringLiteral("^([a-z0-9]+)-(bootloader|softdevice|system-part\\d)@([0-9A-Za-z.-]+?)(?:\\+[A-Za-z0-9.]+)?\\.bin$"));
    int valid = 0;
    int releaseFiles = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject f = v.toObject();
        const QString name = f[QStringLiteral("name")].toString();
        if (kNonModules.contains(name)) {
            QVERIFY2(!f[QStringLiteral("ok")].toBool(), qPrintable(name));
            QCOMPARE(f[QStringLiteral("status")].toString(), QStringLiteral("invalid"));
            QCOMPARE(f[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("module.not-a-module"));
            QVERIFY(r.err.contains(name.toUtf8()));
            continue;
        }
        const QJsonObject m = onlyModule(f);
        QVERIFY2(!m.isEmpty(), qPrintable(name));
        QCOMPARE(status(m, "crc"), QStringLiteral("pass"));
        QCOMPARE(status(m, "sha256"), QStringLiteral("pass"));
        if (kUnsupportedPlatform.contains(name)) {
            QVERIFY2(!f[QStringLiteral("ok")].toBool(), qPrintable(name));
            // Intact modules of a platform we do not restore: not "invalid".
            QCOMPARE(f[QStringLiteral("status")].toString(), QStringLiteral("unsupported"));
            QCOMPARE(m[QStringLiteral("errors")][0][QStringLiteral("code")].toString(),
                     QStringLiteral("module.unsupported-platform"));
            continue;
        }
        QVERIFY2(f[QStringLiteral("ok")].toBool(), qPrintable(name + QString::fromUtf8(QJsonDocument(m).toJson())));
        QCOMPARE(f[QStringLiteral("status")].toString(), QStringLiteral("valid"));
        ++valid;
        const auto match = release.match(name);
        if (!match.hasMatch())
            continue;
        ++releaseFiles;
        QCOMPARE(m[QStringLiteral("platform")][QStringLiteral("name")].toString(), match.captured(1));
        QCOMPARE(m[QStringLiteral("part")].toString(), match.captured(2));
        if (match.captured(2).startsWith(QLatin1String("system-part")))
            QCOMPARE(m[QStringLiteral("device_os")].toString(), match.captured(3));
        if (match.captured(2) == QLatin1String("bootloader"))
            QVERIFY2(m[QStringLiteral("device_os_releases")].toArray().contains(match.captured(3)), qPrintable(name));
    }
    QCOMPARE(valid, files.size() - kNonModules.size() - kUnsupportedPlatform.size());
    QVERIFY(releaseFiles > 100); // the file-name cross-check really ran
}

void TestInspectFile::nonModuleExitsWithInvalidInput()
{
    DR_CORPUS_FILE(good, QStringLiteral("photon-system-part2@2.2.0.bin"));
    DR_CORPUS_FILE(flag, QStringLiteral("ota-flag-a5.bin"));
    const Run r = run({good, flag, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("ota-flag-a5.bin"));
    QVERIFY(r.err.contains("not a Particle firmware module"));
    QVERIFY(!r.err.contains("photon-system-part2"));
    const QJsonArray files = parseJson(r.out)[QStringLiteral("files")].toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0][QStringLiteral("ok")].toBool(), true);
    QCOMPARE(files[1][QStringLiteral("ok")].toBool(), false);
    QCOMPARE(files[1][QStringLiteral("modules")].toArray().size(), 0);
    QVERIFY(!files[1][QStringLiteral("error")][QStringLiteral("remedy")].toString().isEmpty());
}

void TestInspectFile::humanOutputForATechnician()
{
    DR_CORPUS_FILE(part2, QStringLiteral("photon-system-part2@2.2.0.bin"));
    const Run r = run({part2});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QStringLiteral("VALID")));
    QVERIFY(out.contains(QStringLiteral("Photon (id 6)")));
    QVERIFY(out.contains(QStringLiteral("system part 2  [system-part2]")));
    QVERIFY(out.contains(QStringLiteral("2202 (Device OS 2.2.0)")));
    QVERIFY(out.contains(QStringLiteral("0x08060000")));
    QVERIFY(out.contains(QStringLiteral("0x0809FAE4")));
    QVERIFY(out.contains(QStringLiteral("bootloader >= 1003")));
    static const QRegularExpression crcPass(QStringLiteral("CRC-32 +PASS"));
    static const QRegularExpression boundsPass(QStringLiteral("Bounds +PASS"));
    QVERIFY(out.contains(crcPass));
    QVERIFY(out.contains(boundsPass));
    QVERIFY(!out.contains(QStringLiteral("FAIL")));
    QVERIFY(r.err.isEmpty());

    // A genuine module of a platform we do not restore is not called invalid; it still exits 3.
    DR_CORPUS_FILE(asom, QStringLiteral("asom-system-part1@1.4.4.bin"));
    const Run u = run({asom, part2});
    QCOMPARE(u.exitCode, 3);
    const QString uout = QString::fromUtf8(u.out);
    QVERIFY2(uout.contains(QStringLiteral("asom-system-part1@1.4.4.bin: UNSUPPORTED")), qPrintable(uout));
    QVERIFY(uout.contains(QStringLiteral("Intact (CRC-32 and SHA-256 pass)")));
    QVERIFY(!uout.contains(QStringLiteral("INVALID")));
    QVERIFY2(uout.contains(QStringLiteral("2 files: 1 valid, 1 for unsupported platforms, 0 invalid")), qPrintable(uout));
}

void TestInspectFile::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no file") << QStringList{} << "name at least one firmware file";
    QTest::newRow("only --json") << QStringList{QStringLiteral("--json")} << "name at least one firmware file";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--jsn"), QStringLiteral("x.bin")} << "unknown option '--jsn'";
}

void TestInspectFile::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
}

void TestInspectFile::helpExitsZero()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Usage: device-restore inspect-file FILE... [--json]"));
}

void TestInspectFile::badPaths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing file") << "missing" << "does not exist";
    QTest::newRow("directory") << "directory" << "is a folder, not a file";
    QTest::newRow("empty file") << "empty" << "is empty";
}

void TestInspectFile::badPaths()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("nothing-here.bin"));
    if (kind == QLatin1String("directory")) {
        path = dir.path();
    } else if (kind == QLatin1String("empty")) {
        path = dir.filePath(QStringLiteral("empty.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (const bool json : {false, true}) {
        const Run r = run(json ? QStringList{QStringLiteral("--json"), path} : QStringList{path});
        QCOMPARE(r.exitCode, 3);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(err.contains(QFileInfo(path).fileName()), qPrintable(err));
        if (json) {
            const QJsonObject f = parseJson(r.out)[QStringLiteral("files")].toArray().first().toObject();
            QCOMPARE(f[QStringLiteral("ok")].toBool(), false);
            QVERIFY(!f[QStringLiteral("error")][QStringLiteral("code")].toString().isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestInspectFile)
#include "tst_inspectfile.moc"
