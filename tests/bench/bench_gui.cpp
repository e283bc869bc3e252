// Memory (RSS) of the GUI during a simulated restore: the wizard as `device-restore --simulate
// boron@1.5.2` opens it (the binaries read, a virtual Boron on Device OS 1.5.2 attached), walked the
// way a person walks it to a whole restore to 2.2.0, while a thread reads VmRSS every 50 ms.
// Prints "key: value" lines: RSS once the window is ready, peak and mean RSS during the restore,
// VmHWM (the kernel's peak for the whole run) and the restore's wall time. tests/bench/bench_gui.sh
// runs it after the start-up figures.
// Usage: bench_gui [--no-timing] [--interval-ms N]
//   --no-timing: the virtual device does not take real-hardware time (as in the app's demo mode),
//   so the restore is as fast as our code allows; by default it takes about as long as a real Boron.
#include "pages/devicepage.h"
#include "pages/planpage.h"
#include "pages/platformpage.h"
#include "pages/resultpage.h"
#include "pages/versionpage.h"
#include "platform/platformdatabase.h"
#include "restore/bundleloader.h"
#include "restorewizard.h"
#include "simulator/simulatedfleet.h"
#include "support/corpus.h"
#include "version/deviceosversions.h"
#include "widgets/platformlist.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace dr;
using namespace dr::ui;

namespace {

// One field of /proc/self/status ("VmRSS", "VmHWM") in KiB; -1 when it cannot be read.
long statusKb(const std::string &field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string key = field + ':';
    while (std::getline(status, line))
        if (line.compare(0, key.size(), key) == 0)
            return std::stol(line.substr(key.size()));
    return -1;
}

// Reads VmRSS every interval on its own thread, so a busy GUI thread does not skip samples.
class RssSampler
{
public:
    explicit RssSampler(std::chrono::milliseconds interval) : m_interval(interval) {}
    ~RssSampler() { stop(); }

    void start()
    {
        m_stop = false;
        m_thread = std::thread([this] {
            while (!m_stop) {
                m_samples.push_back(statusKb("VmRSS"));
                std::this_thread::sleep_for(m_interval);
            }
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    const std::vector<long> &samples() const { return m_samples; } // after stop()

private:
    std::chrono::milliseconds m_interval;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    std::vector<long> m_samples;
};

// Says why the run cannot go on; returns the exit code.
int fail(const QString &why)
{
    std::fprintf(stderr, "bench_gui: %s\n", qPrintable(why));
    return 1;
}

bool stuck(const QString &why)
{
    fail(why);
    return false;
}

// Waits (serving events) until `done` holds; false after timeoutMs.
template <typename Predicate>
bool waitFor(Predicate done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

template <typename Page>
Page *page(RestoreWizard &w, int id)
{
    return qobject_cast<Page *>(w.page(id));
}

// Platform, version, device and plan pages, as a person fills them in; leaves the wizard on the
// plan page with the confirmation ticked.
bool walkToPlan(RestoreWizard &w, int platformId, const QString &version)
{
    if (!waitFor([&] { return w.session().bundle != nullptr; }, 60000))
        return stuck(QStringLiteral("the binaries did not load"));
    if (!page<PlatformPage>(w, RestoreWizard::PlatformPageId)->list()->selectPlatform(platformId))
        return stuck(QStringLiteral("platform %1 is not in the list").arg(platformId));
    w.next();
    QListWidget *versions = page<VersionPage>(w, RestoreWizard::VersionPageId)->versions();
    bool found = false;
    for (int i = 0; i < versions->count() && !found; ++i)
        if (versions->item(i)->data(Qt::UserRole).toString() == version) {
            versions->setCurrentRow(i);
            found = true;
        }
    if (!found)
        return stuck(QStringLiteral("version %1 is not offered").arg(version));
    w.next();
    auto *dp = page<DevicePage>(w, RestoreWizard::DevicePageId);
    if (w.currentId() != RestoreWizard::DevicePageId)
        return stuck(QStringLiteral("the version page did not let us on"));
    if (!waitFor([&] { return dp->list()->count() == 1 && dp->isComplete(); }, 10000))
        return stuck(QStringLiteral("the device page did not list and read the virtual device"));
    w.next();
    auto *pp = page<PlanPage>(w, RestoreWizard::PlanPageId);
    if (w.currentId() != RestoreWizard::PlanPageId)
        return stuck(QStringLiteral("the device page did not let us on"));
    pp->confirm()->setChecked(true);
    if (!pp->isComplete())
        return stuck(QStringLiteral("the plan cannot be confirmed"));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool timing = !args.contains(QStringLiteral("--no-timing"));
    int intervalMs = 50;
    if (const qsizetype i = args.indexOf(QStringLiteral("--interval-ms")); i > 0 && i + 1 < args.size())
        intervalMs = qMax(1, args.at(i + 1).toInt());

    QLoggingCategory::setFilterRules(QStringLiteral("dr.*.info=false\ndr.*.debug=false")); // figures only
    QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreBench"));
    QSettings().clear(); // no remembered geometry or choices from an earlier run
    if (!PlatformDatabase::loadBuiltin().ok() || !DeviceOsVersionTable::loadBuiltin().ok())
        return fail(QStringLiteral("the built-in data did not load"));
    const Platform *boron = PlatformDatabase::builtin().byName(QStringLiteral("boron"));
    if (!boron)
        return fail(QStringLiteral("no Boron in the platform database"));

    // What main() does for --simulate boron@1.5.2, in the order it happens there once the window is
    // up: the binaries opened through BundleLoader's cache (the wizard's load of the same path gets
    // the same bundle), the virtual device made from them and plugged in.
    const QString bundlePath = test::corpusDir();
    auto fleet = sim::SimulatedFleet::empty();
    DeviceService devices(fleet->usb());
    RestoreWizard w(devices, bundlePath, true);
    w.show();
    {
        auto files = BundleLoader::openShared(bundlePath);
        if (!files.ok())
            return fail(files.error().text() + QLatin1Char(' ') + test::corpusMissingMessage());
        auto made = sim::SimulatedFleet::makeDevices(*sim::parseSimulationSpecs(QStringLiteral("boron@1.5.2")), **files,
                                                     timing);
        if (!made.ok())
            return fail(made.error().text());
        if (auto plugged = fleet->plug(*made); !plugged.ok())
            return fail(plugged.error().text());
        devices.refresh();
    }
    if (!QTest::qWaitForWindowExposed(&w))
        return fail(QStringLiteral("the window was never shown"));

    // The Boron 1.5.2 -> 2.2.0 plan has no step for a person; if one ever asks, answer as a person would.
    int prompts = 0;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++prompts;
            box->button(QMessageBox::Ok)->click();
        }
    });
    answer.start(100);

    if (!walkToPlan(w, boron->id, QStringLiteral("2.2.0")))
        return 1;
    const long readyKb = statusKb("VmRSS");

    RssSampler sampler{std::chrono::milliseconds(intervalMs)};
    QElapsedTimer clock;
    sampler.start();
    clock.start();
    w.next(); // the plan page is the commit page: the restore starts
    const bool finished = waitFor([&] { return w.currentId() == RestoreWizard::ResultPageId; }, 15 * 60 * 1000);
    const qint64 wallMs = clock.elapsed();
    sampler.stop();
    if (!finished)
        return fail(QStringLiteral("the restore did not finish within 15 minutes"));
    const auto &outcome = w.session().outcome;
    if (!outcome || !outcome->success)
        return fail(QStringLiteral("the restore failed: %1")
                        .arg(page<ResultPage>(w, RestoreWizard::ResultPageId)->outcome()->text()));

    const std::vector<long> &samples = sampler.samples();
    long peak = 0;
    double sum = 0;
    for (long kb : samples) {
        peak = std::max(peak, kb);
        sum += double(kb);
    }
    std::printf("restore: boron 1.5.2 -> 2.2.0, timing model %s\n", timing ? "on" : "off");
    std::printf("restore-wall-ms: %lld\n", static_cast<long long>(wallMs));
    std::printf("person-prompts-answered: %d\n", prompts);
    std::printf("rss-kb-ready: %ld\n", readyKb);
    std::printf("rss-samples: %zu every %d ms\n", samples.size(), intervalMs);
    std::printf("rss-kb-restore-peak: %ld\n", peak);
    std::printf("rss-kb-restore-mean: %.0f\n", samples.empty() ? 0.0 : sum / double(samples.size()));
    std::printf("rss-kb-after: %ld\n", statusKb("VmRSS"));
    // VmHWM is the kernel's peak for the whole run (its counters lag a little, so a sample can be higher).
    std::printf("hwm-kb: %ld\n", statusKb("VmHWM"));
    std::fflush(stdout);
    return 0;
}
