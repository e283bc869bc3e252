// "Check this computer": the doctor's findings (core/doctor), worst first, each with what was found,
// why it matters and what to do, and a button for the fix where there is one. A fix is shown before
// it runs (the udev rule's text and where it goes), runs through DoctorService (pkexec asks for the
// password), and the computer is checked again afterwards. No I/O here: the service does it all.
#pragma once

#include "doctor/finding.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;
class QGroupBox;

namespace dr {
class DoctorService;
}

namespace dr::ui {

class DoctorDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts a check at once; `service` must outlive the dialog.
    explicit DoctorDialog(DoctorService &service, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    // The fix button of the first finding with that code; null when there is none.
    QPushButton *fixButton(const QString &code) const;
    QStringList shownCodes() const { return m_shownCodes; }
    QGroupBox *fixBox() const { return m_fixBox; }
    QPlainTextEdit *fixPreview() const { return m_fixPreview; }
    QPushButton *applyFixButton() const { return m_fixApply; }
    QLabel *fixResult() const { return m_fixResult; }
    QPushButton *checkAgainButton() const { return m_again; }

private:
    void startCheck();
    void showFindings(const QList<Finding> &findings);
    void offerFix(const DoctorFix &fix);
    void fixFinished(bool ok, const QString &message);
    QWidget *findingWidget(const Finding &finding);

    DoctorService &m_service;
    QLabel *m_summary;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QStringList m_shownCodes;
    QGroupBox *m_fixBox;
    QLabel *m_fixIntro;
    QPlainTextEdit *m_fixPreview;
    QPushButton *m_fixApply;
    QPushButton *m_fixCancel;
    QLabel *m_fixResult;
    QPushButton *m_again;
    std::optional<DoctorFix> m_offered;
};

} // namespace dr::ui
