// BundleLoader's process-wide cache: one opened bundle shared by everyone who opens the same,
// unchanged folder or file while it is held (main() and the wizard), read again when it changed,
// never kept once nobody holds it, read once when asked for twice at the same time.
#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "support/syntheticmodules.h"
#include "version/deviceosversions.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace dr;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Moves a file's modification time, so a rewrite within the same second still counts as a change.
bool touch(const QString &path, int secondsLater)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite)
           && f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(secondsLater), QFileDevice::FileModificationTime);
}

std::shared_ptr<const FirmwareBundle> openOrFail(const QString &path)
{
    auto r = BundleLoader::openShared(path);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().text()));
        return nullptr;
    }
    return *r;
}

} // namespace

class TestBundleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sameFolderWhileHeldIsOneBundle();
    void changedFileInFolderIsReadAgain();
    void addedFileInFolderIsReadAgain();
    void singleFileSameSizeNewTimeIsReadAgain();
    void bundleNobodyHoldsIsNotKept();
    void missingPathFailsAsOpenDoes();
    void loaderDeliversTheHeldBundle();
    void loaderKeepsTheBundleWhenTheOpenerLetsGo();
    void concurrentOpensReadOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file(const QString &name) const { return m_dir->filePath(name); }
};

void TestBundleLoader::initTestCase()
{
    QVERIFY(PlatformDatabase::loadBuiltin().ok());
    QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
}

void TestBundleLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(file(QStringLiteral("tinker-a.bin")), test::photonUserPart(3000, 'a')));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    QVERIFY(writeFile(file(QStringLiteral("sub/tinker-b.bin")), test::photonUserPart(2000, 'b')));
}

void TestBundleLoader::sameFolderWhileHeldIsOneBundle()
{
    const auto first = openOrFail(m_dir->path());
    QVERIFY(first);
    QCOMPARE(first->modules().size(), 2);
    const auto again = openOrFail(m_dir->path());
    QCOMPARE(again.get(), first.get());
    // Another spelling of the same folder is the same folder.
    const auto dotted = openOrFail(m_dir->path() + QStringLiteral("/sub/.."));
    QCOMPARE(dotted.get(), first.get());
}

void TestBundleLoader::changedFileInFolderIsReadAgain()
{
    const auto before = openOrFail(m_dir->path());
    QVERIFY(before);
    QVERIFY(writeFile(file(QStringLiteral("sub/tinker-b.bin")), QByteArray("not a module")));
    const auto after = openOrFail(m_dir->path());
    QVERIFY(after);
    QVERIFY(after.get() != before.get());
    QCOMPARE(after->modules().size(), 1);
    QCOMPARE(after->problems().size(), 1);
    QCOMPARE(before->modules().size(), 2); // whoever holds the old one keeps it as it was
}

void TestBundleLoader::addedFileInFolderIsReadAgain()
{
    const auto before = openOrFail(m_dir->path());
    QVERIFY(before);
    QVERIFY(writeFile(file(QStringLiteral("sub/tinker-c.bin")), test::photonUserPart(1000, 'c')));
    const auto after = openOrFail(m_dir->path());
    QVERIFY(after);
    QVERIFY(after.get() != before.get());
    QCOMPARE(after->modules().size(), 3);
}

void TestBundleLoader::singleFileSameSizeNewTimeIsReadAgain()
{
    const QString path = file(QStringLiteral("tinker-a.bin"));
    const auto before = openOrFail(path);
    QVERIFY(before);
    QCOMPARE(openOrFail(path).get(), before.get());
    QVERIFY(writeFile(path, test::photonUserPart(3000, 'z'))); // same size, other bytes
    QVERIFY(touch(path, 5));
    const auto after = openOrFail(path);
    QVERIFY(after);
    QVERIFY(after.get() != before.get());
    const auto read = after->modules().first().readModule();
    QVERIFY(read.ok());
    QCOMPARE(read->bytes, test::photonUserPart(3000, 'z'));
}

void TestBundleLoader::bundleNobodyHoldsIsNotKept()
{
    auto held = openOrFail(m_dir->path());
    QVERIFY(held);
    const std::weak_ptr<const FirmwareBundle> watch = held;
    held.reset();
    QVERIFY(watch.expired()); // the cache does not keep 30 MB of binaries alive on its own
    QVERIFY(openOrFail(m_dir->path())); // and opens it again when asked
}

void TestBundleLoader::missingPathFailsAsOpenDoes()
{
    const QString missing = file(QStringLiteral("no-such-folder"));
    const auto shared = BundleLoader::openShared(missing);
    QVERIFY(!shared.ok());
    QCOMPARE(shared.error().code, FirmwareBundle::open(missing).error().code);
    QCOMPARE(shared.error().code, QStringLiteral("bundle.not-found"));
}

void TestBundleLoader::loaderDeliversTheHeldBundle()
{
    const auto held = openOrFail(m_dir->path());
    QVERIFY(held);
    BundleLoader loader;
    QSignalSpy loaded(&loader, &BundleLoader::loaded);
    loader.load(m_dir->path());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().value<std::shared_ptr<const FirmwareBundle>>().get(), held.get());
}

void TestBundleLoader::loaderKeepsTheBundleWhenTheOpenerLetsGo()
{
    // main() opens the binaries for the virtual devices, creates the wizard (whose loader asks for
    // the same path at once) and lets go before the loader's worker has run.
    auto opened = openOrFail(m_dir->path());
    QVERIFY(opened);
    const std::weak_ptr<const FirmwareBundle> watch = opened;
    // The loader's worker must not run before main() lets go: keep the only pool thread busy.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore go;
    pool->start([&go] { go.acquire(); });
    BundleLoader loader;
    QSignalSpy loaded(&loader, &BundleLoader::loaded);
    loader.load(m_dir->path());
    opened.reset();
    go.release();
    const bool delivered = loaded.wait(10000);
    pool->setMaxThreadCount(threads);
    QVERIFY(delivered);
    const auto bundle = loaded.first().first().value<std::shared_ptr<const FirmwareBundle>>();
    QVERIFY(!watch.expired());
    QCOMPARE(bundle.get(), watch.lock().get()); // not a second copy
}

void TestBundleLoader::concurrentOpensReadOnce()
{
    const QString path = m_dir->path();
    auto a = QtConcurrent::run([path] { return openOrFail(path); });
    auto b = QtConcurrent::run([path] { return openOrFail(path); });
    const auto ra = a.result();
    const auto rb = b.result();
    QVERIFY(ra);
    QCOMPARE(rb.get(), ra.get());
}

QTEST_GUILESS_MAIN(TestBundleLoader)
#include "tst_bundleloader.moc"
