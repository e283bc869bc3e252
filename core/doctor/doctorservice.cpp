// The GUI's way to the doctor. See doctorservice.h.
#include "doctor/doctorservice.h"

#include "doctor/doctor.h"
#include "doctor/networkprobe.h"
#include "doctor/systemprobe.h"
#include "doctor/udevrulefix.h"
#include "platform/platformdatabase.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>

namespace dr {

namespace {
struct ServiceText
{
    Q_DECLARE_TR_FUNCTIONS(dr::DoctorService)
};
} // namespace

DoctorService::DoctorService(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<dr::Finding>>();
}

DoctorService::~DoctorService()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void DoctorService::setNetworkCheck(bool on, std::chrono::milliseconds timeout)
{
    m_network = on;
    m_timeout = timeout;
}

void DoctorService::check(bool withNetwork)
{
    if (m_checking) return;
    m_checking = true;
    auto *watcher = new QFutureWatcher<QList<Finding>>(this);
    connect(watcher, &QFutureWatcher<QList<Finding>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_findings = watcher->result();
        m_checking = false;
        m_checked = true;
        Q_EMIT checked(m_findings);
    });
    const SnapshotSource source = m_source;
    const ReleaseSources sources = m_sources;
    const bool network = m_network && withNetwork;
    const auto timeout = m_timeout;
    watcher->setFuture(QtConcurrent::run([source, sources, network, timeout] {
        SystemSnapshot snapshot;
        if (source) {
            snapshot = source();
        } else {
            snapshot = probeSystem();
            if (network) {
                snapshot.networkChecked = true;
                snapshot.sources = NetworkProbe::probe(sources, timeout);
            }
        }
        return Doctor::diagnose(snapshot, PlatformDatabase::builtin());
    }));
}

void DoctorService::applyFix(const DoctorFix &fix)
{
    if (m_process) return;
    QStringList command = m_fixCommand;
    if (command.isEmpty()) command = UdevRuleFix::elevatedCommand(QCoreApplication::applicationFilePath());
    Q_UNUSED(fix); // one kind of fix so far; its command is the udev rule's
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::finished, this, [this, fix](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(m_process->readAll()).trimmed();
        m_process->deleteLater();
        m_process = nullptr;
        const bool ok = status == QProcess::NormalExit && code == 0;
        // pkexec exits 126 when the person cancels the password dialog, 127 when not authorised.
        QString message;
        if (ok)
            message =
                ServiceText::tr("The udev rule is installed in %1. %2").arg(fix.targetPath, fix.afterwards);
        else if (code == 126 || code == 127)
            message = ServiceText::tr("The rule was not installed: administrator rights were not given.");
        else
            message = ServiceText::tr("The rule was not installed: %1")
                          .arg(output.isEmpty() ? QString::number(code) : output);
        Q_EMIT fixFinished(ok, message);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process) return;
        const QString program = m_process->program();
        m_process->deleteLater();
        m_process = nullptr;
        Q_EMIT fixFinished(false,
                           ServiceText::tr("The rule was not installed: %1 cannot be started (on Debian and "
                                           "Ubuntu it comes with the package pkexec or policykit-1).")
                               .arg(program));
    });
    m_process->start(command.first(), command.mid(1));
}

} // namespace dr
