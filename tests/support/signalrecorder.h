// Records a signal's emissions in the test's thread, whatever thread emits them, and waits for a
// count of them. Use it instead of QSignalSpy for signals emitted from worker threads (device
// monitor, device service, task runners):
// - QSignalSpy::wait() returns true only for an emission that comes after the call, so an emission
//   that beat the call (a fast worker, or a test thread descheduled on a busy machine) made the wait
//   time out: issue 16, tst_usbumockdev failing about one run in nine under load.
// - QSignalSpy records with a direct connection, in the emitting thread, into a list the test thread
//   reads without a lock.
// Here the emissions are queued to the recorder's thread and waitForCount() counts every emission
// since the recorder was made, before or after the call.
#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QTest>

#include <tuple>
#include <type_traits>

namespace dr::test {

template <typename... Args>
class SignalRecorder : public QObject
{
public:
    using Emission = std::tuple<std::decay_t<Args>...>;

    template <typename Sender, typename Signal>
    SignalRecorder(const Sender *sender, Signal signal)
    {
        QObject::connect(sender, signal, this, [this](const std::decay_t<Args> &...args) {
            m_emissions.append(Emission(args...));
        }, Qt::QueuedConnection);
    }

    qsizetype count() const { return m_emissions.size(); }
    bool isEmpty() const { return m_emissions.isEmpty(); }
    const Emission &at(qsizetype i) const { return m_emissions.at(i); }
    const Emission &last() const { return m_emissions.last(); }
    auto begin() const { return m_emissions.cbegin(); }
    auto end() const { return m_emissions.cend(); }
    // The first argument of emission i (most signals here carry one).
    const auto &arg(qsizetype i) const { return std::get<0>(m_emissions.at(i)); }
    void clear() { m_emissions.clear(); }

    // True once `n` emissions have been recorded since construction (or the last clear()),
    // counting those that came before this call; false when the timeout passes first.
    bool waitForCount(qsizetype n, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_emissions.size() < n && !deadline.hasExpired())
            QTest::qWait(10);
        return m_emissions.size() >= n;
    }

private:
    QList<Emission> m_emissions;
};

} // namespace dr::test
