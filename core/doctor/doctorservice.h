// The GUI's way to the doctor: takes the snapshot and asks the release sources on a worker thread,
// judges it (Doctor::diagnose) and answers with `checked`; applies a fix by running the fix command
// (pkexec device-restore doctor --fix ...) as a separate process and answers with `fixFinished`.
// Nothing here blocks the GUI thread. Tests and screenshots give it a snapshot source and a fix
// command of their own.
#pragma once

#include "catalog/releasesources.h"
#include "doctor/finding.h"
#include "doctor/systemsnapshot.h"

#include <QObject>

#include <chrono>
#include <functional>

class QProcess;

namespace dr {

class DoctorService : public QObject
{
    Q_OBJECT

public:
    using SnapshotSource = std::function<SystemSnapshot()>;

    explicit DoctorService(QObject *parent = nullptr);
    ~DoctorService() override;

    // The sources whose hosts the network check asks (the catalog address of the settings).
    void setReleaseSources(const ReleaseSources &sources) { m_sources = sources; }
    void setNetworkCheck(bool on, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    // Replaces probeSystem() and the network check (runs on the worker thread).
    void setSnapshotSource(SnapshotSource source) { m_source = std::move(source); }
    // Replaces the fix command (default: UdevRuleFix::elevatedCommand(this program)).
    void setFixCommand(const QStringList &command) { m_fixCommand = command; }

    // Takes a snapshot and judges it; `network` false leaves the release sources out (quick, for the
    // support report). Ignored while a check runs.
    void check(bool network = true);
    bool isChecking() const { return m_checking; }
    bool hasChecked() const { return m_checked; }
    void applyFix(const DoctorFix &fix);
    bool isFixing() const { return m_process != nullptr; }

    // The last findings (empty before the first check).
    const QList<Finding> &findings() const { return m_findings; }

Q_SIGNALS:
    void checked(const QList<dr::Finding> &findings);
    // ok: the fix command succeeded; message says what happened or why not.
    void fixFinished(bool ok, const QString &message);

private:
    ReleaseSources m_sources = ReleaseSources::particle();
    bool m_network = true;
    std::chrono::milliseconds m_timeout{5000};
    SnapshotSource m_source;
    QStringList m_fixCommand;
    QList<Finding> m_findings;
    bool m_checking = false;
    bool m_checked = false;
    QProcess *m_process = nullptr;
};

} // namespace dr

Q_DECLARE_METATYPE(dr::Finding)
