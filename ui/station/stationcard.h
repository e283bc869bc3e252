// One device's card in the station view: what it is (platform, device ID, mode, where it is plugged
// in, current and target version), its status in a large coloured badge with the word, the line
// under it (the step, the LED instruction, the reason, the final inspection), the progress bar with
// the time left, the person's answer when the device needs them, and its actions (start, cancel,
// details, report). It only draws a StationDevice and says what the person asked for.
#pragma once

#include "station/stationdevice.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace dr::ui {

class StationCard : public QFrame
{
    Q_OBJECT

public:
    explicit StationCard(const QString &key, QWidget *parent = nullptr);

    void setDevice(const StationDevice &device, bool autoStart);
    const StationDevice &device() const { return m_device; }
    QString key() const { return m_key; }

    QLabel *badge() const { return m_badge; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *timeLabel() const { return m_time; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *detailsButton() const { return m_details; }
    QPushButton *reportButton() const { return m_report; }
    QPushButton *doneButton() const { return m_personDone; }
    QPushButton *stopButton() const { return m_personStop; }

    // The service's mode word ("running", "DFU", "listening") for people.
    static QString modeText(const QString &mode);
    // "Boron e00fce68…a1b2c3" for accessible names and window titles.
    static QString shortName(const StationDevice &d);

Q_SIGNALS:
    void startRequested(const QString &key);
    void cancelRequested(const QString &key);
    void personAnswered(const QString &key, bool goOn);
    void detailsRequested(const QString &key);
    void reportRequested(const QString &path);

private:
    void showProgress();
    void describe(); // accessible names and descriptions that name the device

    QString m_key;
    StationDevice m_device;
    bool m_styled = false; // the colours of m_device.status are applied
    QLabel *m_platform;
    QLabel *m_id;
    QLabel *m_meta;
    QLabel *m_versions;
    QLabel *m_badge;
    QLabel *m_detail;
    QLabel *m_time;
    QProgressBar *m_progress;
    QWidget *m_personRow;
    QPushButton *m_personDone;
    QPushButton *m_personStop;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_details;
    QPushButton *m_report;
};

} // namespace dr::ui
