// The fault matrix's last column (issue 14, label `faults`): the host process killed mid-restore.
// The virtual device lives in this test process, on a umockdev testbed; the restore runs in a child
// process, the real `device-restore restore` command on the real libusb (under the umockdev preload,
// as tst_dfuutilconformance runs dfu-util). Once the share of the transfer has reached the device the
// child gets SIGKILL; the device keeps whatever state the dead host left it in (a DFU state machine
// mid-download, an open firmware update, half-written flash). Then: nothing changed outside the
// module's slot and OTA region, and a fresh child running the same restore completes with every
// module valid.
#include "faultmatrixsupport.h"
#include "simulator/umockdevusbattachment.h"
#include "support/corpus.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <thread>

using namespace dr;
using namespace dr::test;
using namespace std::chrono;

class TestFaultKill : public QObject
{
    Q_OBJECT

    std::optional<MatrixBundle> bundle;
    QList<CaseResult> all;

    struct Child
    {
        std::unique_ptr<QProcess> process;
        QByteArray out;
    };

    static std::unique_ptr<QProcess> startRestore(const MatrixRig &r)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // carries UMOCKDEV_DIR
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("libumockdev-preload.so.0"));
        env.insert(QStringLiteral("DEVICE_RESTORE_CORPUS"), corpusDir());
        p->setProcessEnvironment(env);
        QStringList args{QStringLiteral("restore"), QStringLiteral("-p"), r.device->platform().name, QStringLiteral("-v"),
                         r.target.toString(), QStringLiteral("--device"), r.device->deviceId(), QStringLiteral("--bundle"),
                         corpusDir(), QStringLiteral("--yes"), QStringLiteral("--json")};
        if (!r.allowDfu)
            args << QStringLiteral("--no-dfu");
        p->start(QStringLiteral(DR_BINARY_DIR "/bin/device-restore"), args);
        p->closeWriteChannel();
        return p;
    }

    // One case: the rig's restore killed once `percent` of its bytes reached the device.
    CaseResult runCase(const std::function<MatrixRig()> &makeRig, const QString &transport, int percent)
    {
        CaseResult res;
        res.spec.transport = transport;
        res.spec.fault = FaultSpec{QStringLiteral("host killed"), std::nullopt, 1, 0};
        res.spec.percent = percent;
        auto problem = [&](const QString &p) { res.problems << p; };

        MatrixRig r = makeRig();
        // The plan the child will make, made here first on an in-process bus: what it may change.
        RestorePlan plan;
        {
            RestoreEngine engine(*r.usb);
            engine.setSerialPortLookup([](const QString &) { return QString(); });
            auto planned = planNow(engine, r, bundle->bundle);
            if (!planned.ok() || planned->refused() || planned->flashSteps() != 1) {
                problem(QStringLiteral("the rig's plan is not one step"));
                return res;
            }
            plan = *planned;
        }
        r.bus->remove(r.device);
        r.usb.reset();
        const QList<FlashRange> allowed = allowedRanges(*r.device, plan);
        const FlashSnapshot before = FlashSnapshot::of(*r.device);
        const quint64 base = r.device->bytesWritten();
        const quint64 point = base + quint64(plan.totalBytes()) * quint64(percent) / 100;

        auto attachment = sim::UmockdevUsbAttachment::create();
        if (!attachment.ok()) {
            problem(attachment.error().text());
            return res;
        }
        if (auto attached = (*attachment)->attach(r.device); !attached.ok()) {
            problem(attached.error().text());
            return res;
        }

        // The first host: killed with SIGKILL once the point is reached (after it printed its plan).
        auto first = startRestore(r);
        QByteArray out;
        QElapsedTimer t;
        t.start();
        bool killed = false;
        while (first->state() != QProcess::NotRunning && t.elapsed() < 120000) {
            first->waitForReadyRead(1);
            out += first->readAllStandardOutput();
            if (out.contains("\"event\":\"plan\"") && r.device->bytesWritten() >= point) {
                first->kill(); // SIGKILL: no clean-up of any kind
                first->waitForFinished(5000);
                killed = true;
                break;
            }
        }
        res.faultedMs = t.elapsed();
        if (!killed) {
            first->kill();
            first->waitForFinished(5000);
            if (first->exitCode() == 0 && first->exitStatus() == QProcess::NormalExit)
                res.survived = true; // it finished before the point (100 %: the last byte and the end are one)
            else
                problem(QStringLiteral("the first host ended on its own without reaching the point: %1")
                            .arg(QString::fromLocal8Bit(first->readAllStandardError().right(400))));
        }
        (*attachment)->waitUntilSettled();
        for (const QString &c : changesOutside(before, FlashSnapshot::of(*r.device), allowed))
            problem(QStringLiteral("after the kill: ") + c);
        for (const sim::VirtualDevice::WriteRecord &w : r.device->writeLog())
            if (w.status == sim::MemoryStatus::Address || w.status == sim::MemoryStatus::NotWritable)
                problem(QStringLiteral("a write was attempted outside the layout at 0x%1").arg(w.address, 8, 16, QLatin1Char('0')));

        // A fresh process runs the same restore: it completes and every module is valid.
        auto second = startRestore(r);
        if (!second->waitForFinished(120000)) {
            second->kill();
            second->waitForFinished(5000);
            problem(QStringLiteral("the fresh host did not finish within 120 s: %1 | %2")
                        .arg(QString::fromLocal8Bit(second->readAllStandardError().right(600)),
                             QString::fromLocal8Bit(second->readAllStandardOutput().right(600))));
        } else if (second->exitStatus() != QProcess::NormalExit || second->exitCode() != 0) {
            problem(QStringLiteral("the fresh host failed (exit %1): %2")
                        .arg(second->exitCode())
                        .arg(QString::fromLocal8Bit(second->readAllStandardError().right(600))));
        }
        (*attachment)->waitUntilSettled();
        for (const sim::VirtualModuleInfo &m : r.device->modules())
            if (m.present && !m.valid())
                problem(QStringLiteral("%1 is not valid after the fresh run").arg(m.slotName));
        if (r.device->mode() == sim::DeviceMode::Dfu)
            problem(QStringLiteral("the device is still in DFU mode after the fresh run"));
        for (const QString &c : changesOutside(before, FlashSnapshot::of(*r.device), allowed))
            problem(QStringLiteral("after the fresh run: ") + c);
        res.passed = res.problems.isEmpty();
        return res;
    }

    void runColumn(const std::function<MatrixRig()> &makeRig, const QString &transport)
    {
        QStringList failures;
        const QString only = qEnvironmentVariable("DR_FAULTMATRIX_ONLY"); // as in tst_faultmatrix
        for (int pct = 0; pct <= 100; pct += 10) {
            if (!only.isEmpty() && !QStringLiteral("%1 / host killed at %2 %").arg(transport).arg(pct).contains(only))
                continue;
            const CaseResult r = runCase(makeRig, transport, pct);
            all << r;
            if (!r.passed)
                failures << r.spec.label() + QStringLiteral(": ") + r.problems.join(QStringLiteral("; "));
        }
        if (!failures.isEmpty())
            std::fputs(qPrintable(failures.join(QLatin1Char('\n')) + QLatin1Char('\n')), stdout);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto b = MatrixBundle::open();
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().text()));
        bundle = std::move(*b);
    }

    void dfuDownloadHostKilled() { runColumn([this] { return dfuRig(*bundle, "boron"); }, QStringLiteral("DFU Gen 3 Boron")); }
    void controlRequestUpdateHostKilled() { runColumn([this] { return controlRig(*bundle); }, QStringLiteral("control requests Boron")); }

    void cleanupTestCase() { printMatrix(all); }
};

QTEST_GUILESS_MAIN(TestFaultKill)
#include "tst_faultkill.moc"
