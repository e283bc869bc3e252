// The start-up probe (see startupprobe.h). What "t=0" is, best first:
//  - launcher: DR_STARTUP_PROBE_T0_NS, the wall clock (CLOCK_REALTIME, ns since the epoch, as
//    `date +%s%N` prints it) taken by the script just before it started us: fork, exec, dynamic
//    linking and every library's initialisers count.
//  - process-start: the kernel's start time of this process (/proc/self/stat field 22, in clock
//    ticks since boot, so only 10 ms resolution at the usual 100 Hz) against CLOCK_BOOTTIME.
//  - main: the first static initialiser of this binary, which runs after dynamic linking (so the
//    linking is not counted).
// "Painted" means: the first paint event of the window has been delivered, the backing store has
// been flushed to the window system (that happens in the same call as the painting, so we wait for
// the next turn of the event loop) and the window system has processed it (QGuiApplication::sync,
// a round trip to the X server on xcb).
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace dr::app {

namespace {

qint64 clockNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Taken while this binary's static objects are constructed, before main().
const qint64 staticInitBootNs = clockNs(CLOCK_BOOTTIME);
const qint64 staticInitRealNs = clockNs(CLOCK_REALTIME);

// A start that is in the future or more than a minute back is not believable (clock changes,
// a stale variable); the next basis is used then.
bool plausible(qint64 premainNs)
{
    return premainNs >= 0 && premainNs < qint64(60) * 1000000000;
}

// The process start in CLOCK_BOOTTIME ns, from /proc/self/stat; -1 when it cannot be read.
qint64 processStartBootNs()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name (field 2) is in parentheses and may itself hold spaces and ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 (starttime) is fields[19].
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 ticks = fields.at(19).toLongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    if (!ok || hz <= 0)
        return -1;
    return ticks * (1000000000 / hz);
}

struct Origin
{
    const char *basis;
    qint64 premainNs; // t=0 to the static initialisers; -1 for basis "main"
};

Origin startOrigin()
{
    bool ok = false;
    const qint64 launcherNs = qEnvironmentVariable("DR_STARTUP_PROBE_T0_NS").toLongLong(&ok);
    if (ok && plausible(staticInitRealNs - launcherNs))
        return {"launcher", staticInitRealNs - launcherNs};
    const qint64 startNs = processStartBootNs();
    if (startNs >= 0 && plausible(staticInitBootNs - startNs))
        return {"process-start", staticInitBootNs - startNs};
    return {"main", -1};
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

bool probeOn = false;

// t=0 (by the best basis) to now, in ns.
qint64 sinceOriginNs()
{
    return clockNs(CLOCK_BOOTTIME) - staticInitBootNs + qMax<qint64>(startOrigin().premainNs, 0);
}

class StartupProbe : public QObject
{
public:
    StartupProbe(QWidget &window, int idleSeconds) : QObject(&window), m_window(window), m_idleSeconds(idleSeconds)
    {
        // Application-wide: the first widget painted may be a child; any paint of this window counts.
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == &m_window) {
            m_painted = true;
            qApp->removeEventFilter(this);
            // The backing store is flushed after every widget of this frame is painted, in the same
            // call; the next turn of the event loop comes after it.
            QTimer::singleShot(0, this, [this] { framePainted(); });
        }
        return false;
    }

private:
    void framePainted()
    {
        QGuiApplication::sync();
        const qint64 paintedNs = sinceOriginNs();
        const Origin origin = startOrigin();
        std::printf("startup-basis: %s\n", origin.basis);
        if (origin.premainNs >= 0)
            std::printf("premain-ms: %.1f\n", ms(origin.premainNs));
        std::printf("first-paint-ms: %.1f\n", ms(paintedNs));
        std::printf("rss-kb-at-first-paint: %ld\n", procStatusKb("VmRSS"));
        std::printf("hwm-kb-at-first-paint: %ld\n", procStatusKb("VmHWM"));
        std::fflush(stdout);
        if (m_idleSeconds <= 0) {
            QCoreApplication::exit(0);
            return;
        }
        QTimer::singleShot(m_idleSeconds * 1000, this, [this] {
            std::printf("idle-seconds: %d\n", m_idleSeconds);
            std::printf("rss-kb-idle: %ld\n", procStatusKb("VmRSS"));
            std::printf("hwm-kb-idle: %ld\n", procStatusKb("VmHWM"));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }

    QWidget &m_window;
    int m_idleSeconds;
    bool m_painted = false;
};

} // namespace

long procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key)) {
            bool ok = false;
            const long kb = line.mid(key.size()).trimmed().split(' ').value(0).toLong(&ok);
            return ok ? kb : -1;
        }
    return -1;
}

bool attachStartupProbeIfRequested(QWidget &window)
{
    if (qEnvironmentVariableIsEmpty("DR_STARTUP_PROBE") || qEnvironmentVariable("DR_STARTUP_PROBE") == QLatin1String("0"))
        return false;
    new StartupProbe(window, qEnvironmentVariableIntValue("DR_STARTUP_PROBE_IDLE"));
    probeOn = true;
    return true;
}

void reportStartupMilestone(const char *key)
{
    static QSet<QByteArray> reported;
    if (!probeOn || reported.contains(key))
        return;
    reported.insert(key);
    std::printf("%s: %.1f\n", key, ms(sinceOriginNs()));
    std::fflush(stdout);
}

} // namespace dr::app
