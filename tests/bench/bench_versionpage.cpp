// How soon the version page shows the catalog (issue 11 goal: populated within 50 ms of being
// shown). Particle's real catalog files (../shared/data/catalog: 69 versions, 13 platforms) are kept
// in a temporary release cache; the wizard (offscreen) uses a ReleaseService on it, as the app
// does offline. Two moments, each timed from Next on the platform page:
//   first: a new wizard whose catalog is still being opened on the worker when the person has
//          already chosen the platform and pressed Next (the page fills when the catalog arrives);
//   again: Back and Next with the catalog open, for several platforms (the common case).
// "populated" is when the list holds the catalog's versions; "painted" when the list has then
// been painted. Prints min, median and max of each; timings are not judged (a loaded machine is
// slow), a missing figure fails (exit 1).
// Usage: bench_versionpage [--repeat N]
#include "catalog/releasecache.h"
#include "catalog/releasesources.h"
#include "pages/platformpage.h"
#include "pages/versionpage.h"
#include "platform/platformdatabase.h"
#include "restore/deviceservice.h"
#include "restore/releaseservice.h"
#include "restorewizard.h"
#include "support/corpus.h"
#include "support/wizardtesting.h"
#include "version/deviceosversions.h"
#include "widgets/platformlist.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace dr;
using namespace dr::ui;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// Notes the first time the version list's viewport is painted holding versions.
class PaintWatch : public QObject
{
public:
    PaintWatch(QListWidget *list, const QElapsedTimer &clock) : m_list(list), m_clock(clock) {}
    double paintedAt = -1;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && paintedAt < 0 && m_list->count() > 0)
            paintedAt = double(m_clock.nsecsElapsed()) / 1e6; // the paint is about to happen
        return QObject::eventFilter(o, e);
    }

private:
    QListWidget *m_list;
    const QElapsedTimer &m_clock;
};

struct Moment
{
    double populated = -1;
    double painted = -1;
};

// From Next on the platform page (platform already chosen) until the version list holds the
// catalog's versions, then until it has been painted with them; -1 when that does not happen
// within 10 s.
Moment timeNext(RestoreWizard &w)
{
    auto *vp = qobject_cast<VersionPage *>(w.page(RestoreWizard::VersionPageId));
    QElapsedTimer t;
    PaintWatch watch(vp->versions(), t);
    vp->versions()->viewport()->installEventFilter(&watch);
    Moment m;
    t.start();
    w.next();
    while (t.elapsed() < 10000) {
        if (m.populated < 0 && w.catalogState() == RestoreWizard::CatalogState::Ready && vp->versions()->count() > 0)
            m.populated = double(t.nsecsElapsed()) / 1e6;
        if (m.populated >= 0 && watch.paintedAt >= 0) {
            m.painted = std::max(watch.paintedAt, m.populated);
            break;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    vp->versions()->viewport()->removeEventFilter(&watch);
    return m;
}

void print(const char *what, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    out << QStringLiteral("  %1 min %2 ms, median %3 ms, max %4 ms (%5 runs)\n")
               .arg(QLatin1String(what), -34)
               .arg(ms.first(), 0, 'f', 1)
               .arg(ms.at(ms.size() / 2), 0, 'f', 1)
               .arg(ms.last(), 0, 'f', 1)
               .arg(ms.size());
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreBench"));
    QLoggingCategory::setFilterRules(QStringLiteral("dr.*.debug=false\ndr.*.info=false"));
    int repeat = 10;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else {
            err << "usage: bench_versionpage [--repeat N]\n";
            return 2;
        }
    }
    QSettings().clear();
    for (const Result<void> &r : {PlatformDatabase::loadBuiltin(), DeviceOsVersionTable::loadBuiltin()})
        if (!r.ok()) {
            err << r.error().text() << '\n';
            return 1;
        }
    auto corpus = FirmwareBundle::open(test::corpusDir());
    if (!corpus.ok()) {
        err << test::corpusMissingMessage() << '\n';
        return 1;
    }
    // Particle's real catalog, kept the way a fetch keeps it.
    const QString shared = QStringLiteral(DR_SOURCE_DIR "/../shared/data/catalog/");
    QByteArray files[3];
    const QStringList names = ReleaseSources::catalogFileNames();
    for (int i = 0; i < 3; ++i) {
        QFile f(shared + names[i]);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "bench_versionpage: " << f.fileName() << " cannot be read (CI has ../shared beside the clone)\n";
            return 1;
        }
        files[i] = f.readAll();
    }
    QTemporaryDir cacheDir;
    const QUrl unreachable(QStringLiteral("http://127.0.0.1:9/")); // offline: nothing answers there
    if (auto kept = ReleaseCache(cacheDir.path())
                        .storeCatalog(files[0], files[1], files[2], unreachable, QDateTime::currentDateTimeUtc());
        !kept.ok()) {
        err << kept.error().text() << '\n';
        return 1;
    }
    auto fleet = test::makeFleet(QStringLiteral("boron@1.5.2"), *corpus);
    DeviceService devices(fleet->usb(), 100);
    const QList<int> platforms{13, 32, 6, 10, 26}; // Boron, P2, Photon, Electron, Tracker

    QList<double> firstPopulated, firstPainted, againPopulated, againPainted;
    for (int i = 0; i < repeat; ++i) {
        ReleaseService releases(cacheDir.path(), ReleaseSources::mirror(unreachable));
        RestoreWizard w(devices, QString(), true, &releases);
        w.show();
        // Chosen and Next at once, while the catalog is still being opened on the worker.
        if (!qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId))->list()->selectPlatform(13)) {
            err << "bench_versionpage: the Boron cannot be chosen\n";
            return 1;
        }
        const Moment first = timeNext(w);
        if (first.painted < 0) {
            err << "bench_versionpage: the version page never showed the catalog\n";
            return 1;
        }
        firstPopulated << first.populated;
        firstPainted << first.painted;
        for (int platform : platforms) {
            w.back();
            QCoreApplication::processEvents();
            qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId))->list()->selectPlatform(platform);
            const Moment again = timeNext(w);
            if (again.painted < 0) {
                err << "bench_versionpage: the version page never showed the catalog for platform " << platform << '\n';
                return 1;
            }
            againPopulated << again.populated;
            againPainted << again.painted;
        }
    }
    out << "bench_versionpage: Particle's real catalog kept in the cache (offline), offscreen; from Next on the "
           "platform page (goal: populated within 50 ms)\n";
    out << " a new wizard, Next before the catalog is open:\n";
    print("populated", firstPopulated);
    print("painted", firstPainted);
    out << " catalog open (Boron, P2, Photon, Electron, Tracker):\n";
    print("populated", againPopulated);
    print("painted", againPainted);
    QSettings().clear();
    return 0;
}
