// The fault matrix's pieces (issue 14), shared by tst_faultmatrix and tst_faultkill: the rigs (a
// virtual device holding a real Device OS release with one module to write again), what a case is
// (a restore over one transport with a fault at a point of its transfer or at a mode switch), how
// one runs and is judged, and the printed matrix. Nothing here uses QTest macros: cases run on
// worker threads and come back as CaseResult.
#pragma once

#include "restore/firmwarebundle.h"
#include "restore/restoreengine.h"
#include "restore/restoreplanner.h"
#include "simulator/inprocessusb.h"
#include "simulator/virtualdevice.h"
#include "simulator/virtualserialconsole.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace dr::test {

// The real binaries, plus the P2 modules the corpus lacks (ModuleBuilder, as in dfurig.h).
struct MatrixBundle
{
    FirmwareBundle bundle;
    static Result<MatrixBundle> open();
};

struct MatrixRig
{
    std::shared_ptr<sim::VirtualDevice> device;
    std::shared_ptr<sim::InProcessUsbBus> bus;
    std::unique_ptr<UsbBackend> usb;
    std::unique_ptr<sim::VirtualSerialPort> port; // the transports through the serial port
    SemVer target;
    bool allowDfu = true;
    bool force = false; // a target Particle recommends against (the Photon's 0.5.2)
    QString part; // the module the plan must write
};

// DFU: the release with one module damaged, the device in DFU mode ("photon", "electron", "boron",
// "argon", "p2"). Control requests: a Boron on 2.2.0 whose system-part1 is 2.1.0. YModem: a Photon
// on 0.5.2 without its application. Mode switches: a Boron running 2.2.0 with its Tinker damaged.
MatrixRig dfuRig(const MatrixBundle &b, const char *platform);
MatrixRig controlRig(const MatrixBundle &b);
MatrixRig ymodemRig(const MatrixBundle &b);
MatrixRig modeSwitchRig(const MatrixBundle &b);

struct FaultSpec
{
    QString name;                       // the matrix column
    std::optional<sim::FaultKind> kind; // nullopt: the host cancels
    int count = 1;
    int code = 0;
};

enum class Trigger : quint8 {
    Percent, // once this share of the plan's bytes has reached the device
    Phase,   // as the engine enters a phase (a mode switch)
};

struct CaseSpec
{
    QString transport; // the matrix row
    FaultSpec fault;
    Trigger trigger = Trigger::Percent;
    int percent = 0;
    RestorePhase phase = RestorePhase::EnteringDfu;
    StepTransport expectedTransport = StepTransport::Dfu;
    QString label() const;
};

struct CaseResult
{
    CaseSpec spec;
    bool passed = false;
    bool survived = false; // the faulted run completed anyway
    qint64 faultedMs = 0;  // the faulted run, start to end
    QString errorCode;
    QStringList problems;
};

QList<CaseSpec> dfuCases(const QString &transport);
QList<CaseSpec> controlCases(const QString &transport);
QList<CaseSpec> ymodemCases(const QString &transport);
QList<CaseSpec> phaseCases(const QString &transport, RestorePhase phase, StepTransport t);
QList<CaseSpec> serialPhaseCases(const QString &transport, RestorePhase phase);

// The timeouts the matrix runs with (short, so a case that waits for a gone device ends soon).
RestoreTimeouts matrixTimeouts();

// Runs the cases, a few at a time on worker threads (rigs are built on the calling thread).
QList<CaseResult> runCases(const MatrixBundle &b, const std::function<MatrixRig()> &rig, const QList<CaseSpec> &cases);

// Checks shared with tst_faultkill.
struct FlashSnapshot
{
    QList<sim::VirtualMemoryInfo> memories;
    QList<QByteArray> bytes;
    static FlashSnapshot of(const sim::VirtualDevice &device);
};
struct FlashRange
{
    int alt = 0;
    quint32 start = 0, end = 0; // end exclusive
};
QList<FlashRange> allowedRanges(const sim::VirtualDevice &device, const RestorePlan &plan);
QStringList changesOutside(const FlashSnapshot &before, const FlashSnapshot &after, const QList<FlashRange> &allowed);
// Inspects the device the way the app does and plans the restore to the rig's target.
Result<RestorePlan> planNow(RestoreEngine &engine, const MatrixRig &r, const FirmwareBundle &bundle);
// Every module of the outcome's final inspection passes, nothing mismatched.
QStringList finalProblems(const RestoreOutcome &o);

void printMatrix(const QList<CaseResult> &results);

} // namespace dr::test
