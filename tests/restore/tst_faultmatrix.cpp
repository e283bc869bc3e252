// The fault matrix (issue 14, ctest label `faults`): whole restores with the real engine and protocol
// code against virtual devices holding real Device OS binaries, each interrupted by one fault at 0,
// 10, ..., 100 % of its transfer (or at a mode switch). For every case: the restore ends within the
// wait it announced with a typed error naming the step and the device's state as it really is; no
// byte changed outside the slot (and OTA region) of the module being written; then the same restore,
// run again after what its message asks of a person, completes and every module passes. Cases run on
// worker threads (each owns its device, bus and engine); the matrix is printed at the end.
// The host process killed mid-restore is tst_faultkill (a child process against a umockdev device).
#include "faultmatrixsupport.h"

#include <QTest>

#include <cstdio>

using namespace dr;
using namespace dr::test;

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    std::optional<MatrixBundle> bundle;
    QList<CaseResult> all;

    void runAndCheck(const QString &transport, const std::function<MatrixRig()> &rig, const QList<CaseSpec> &cases)
    {
        const QList<CaseResult> results = runCases(*bundle, rig, cases);
        all += results;
        QStringList failures;
        for (const CaseResult &r : results)
            if (!r.passed)
                failures << r.spec.label() + QStringLiteral(": ") + r.problems.join(QStringLiteral("; "));
        if (!failures.isEmpty()) // QTest cuts long messages: the whole list goes to the output first
            std::fputs(qPrintable(failures.join(QLatin1Char('\n')) + QLatin1Char('\n')), stdout);
        if (qEnvironmentVariableIsEmpty("DR_FAULTMATRIX_ONLY"))
            QVERIFY2(results.size() == cases.size(), qPrintable(transport));
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 cases failed:\n").arg(failures.size()).arg(results.size())
                                                + failures.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto b = MatrixBundle::open();
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().text()));
        bundle = std::move(*b);
    }

    // DFU download on the three bootloader families, with the faults a USB link and a bootloader
    // can produce, and the host cancelling.
    void dfuGen2Photon() { runAndCheck(QStringLiteral("photon"), [this] { return dfuRig(*bundle, "photon"); }, dfuCases(QStringLiteral("DFU Gen 2 Photon"))); }
    void dfuGen2Electron() { runAndCheck(QStringLiteral("electron"), [this] { return dfuRig(*bundle, "electron"); }, dfuCases(QStringLiteral("DFU Gen 2 Electron"))); }
    void dfuGen3Boron() { runAndCheck(QStringLiteral("boron"), [this] { return dfuRig(*bundle, "boron"); }, dfuCases(QStringLiteral("DFU Gen 3 Boron"))); }
    void dfuGen3Argon() { runAndCheck(QStringLiteral("argon"), [this] { return dfuRig(*bundle, "argon"); }, dfuCases(QStringLiteral("DFU Gen 3 Argon"))); }
    void dfuRtl872xP2() { runAndCheck(QStringLiteral("p2"), [this] { return dfuRig(*bundle, "p2"); }, dfuCases(QStringLiteral("DFU rtl872x P2"))); }

    // A system part over the firmware-update control requests (250-253) in normal mode.
    void controlRequestUpdate()
    {
        runAndCheck(QStringLiteral("control"), [this] { return controlRig(*bundle); }, controlCases(QStringLiteral("control requests Boron")));
    }

    // A module over YModem in listening mode (Device OS too old for control requests).
    void ymodemInListeningMode()
    {
        runAndCheck(QStringLiteral("ymodem"), [this] { return ymodemRig(*bundle); }, ymodemCases(QStringLiteral("YModem Photon 0.5.2")));
    }

    // The faults as the engine switches modes: into DFU, out of it, into listening mode, and the
    // reset with re-enumeration after a control-request update.
    void modeSwitches()
    {
        runAndCheck(QStringLiteral("enter/leave DFU"), [this] { return modeSwitchRig(*bundle); },
                    phaseCases(QStringLiteral("mode switch: enter DFU"), RestorePhase::EnteringDfu, StepTransport::Dfu)
                        + phaseCases(QStringLiteral("mode switch: leave DFU"), RestorePhase::LeavingDfu, StepTransport::Dfu));
        runAndCheck(QStringLiteral("reset"), [this] { return controlRig(*bundle); },
                    phaseCases(QStringLiteral("mode switch: reset, re-enumeration"), RestorePhase::Rebooting,
                               StepTransport::ControlRequest));
        runAndCheck(QStringLiteral("listening"), [this] { return ymodemRig(*bundle); },
                    serialPhaseCases(QStringLiteral("mode switch: enter listening"), RestorePhase::EnteringListening));
    }

    void cleanupTestCase() { printMatrix(all); }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
