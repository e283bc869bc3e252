// The download under way on the version page: what is being fetched, a progress bar, the bytes,
// rate and time left, and a button that stops it; after a failure, what failed and what to do.
// Shows what ReleaseService reports; does no I/O of its own.
#pragma once

#include "catalog/download.h"
#include "common/result.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dr::ui {

class DownloadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DownloadPanel(QWidget *parent = nullptr);

    void start(const QString &what); // shown, the bar waiting for the first sizes
    void setProgress(const DownloadProgress &progress);
    void finish();                   // hidden again
    void fail(const Error &error);   // the bar hidden, the error shown
    void clear();                    // nothing shown

    bool running() const { return m_running; }
    QProgressBar *bar() const { return m_bar; }
    QLabel *status() const { return m_status; }
    QLabel *error() const { return m_error; }
    QPushButton *cancelButton() const { return m_cancel; }

    // "12.4 MB of 30.1 MB, 5.2 MB/s, about 4 seconds left"
    static QString progressText(const DownloadProgress &progress);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_what;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_cancel;
    QLabel *m_error;
    bool m_running = false;
};

} // namespace dr::ui
