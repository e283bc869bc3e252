// "Check this computer". See doctordialog.h.
#include "dialogs/doctordialog.h"

#include "doctor/doctor.h"
#include "doctor/doctorservice.h"
#include "pages/pagecommon.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace dr::ui {

namespace {

QIcon severityIcon(const QStyle *style, FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case FindingSeverity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case FindingSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case FindingSeverity::Problem:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace

DoctorDialog::DoctorDialog(DoctorService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Check this computer"));
    setObjectName(QStringLiteral("doctorDialog"));
    m_summary = wrapLabel(QString(), this);
    m_summary->setObjectName(QStringLiteral("doctorSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_list = new QWidget;
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Findings"));

    m_fixBox = new QGroupBox(this);
    m_fixBox->setObjectName(QStringLiteral("doctorFix"));
    m_fixIntro = wrapLabel(QString(), m_fixBox);
    m_fixPreview = new QPlainTextEdit(m_fixBox);
    m_fixPreview->setReadOnly(true);
    m_fixPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_fixPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fixPreview->setAccessibleName(tr("What the fix writes"));
    m_fixPreview->setMaximumHeight(130);
    m_fixApply = new QPushButton(tr("&Install"), m_fixBox);
    m_fixApply->setObjectName(QStringLiteral("doctorApplyFix"));
    m_fixCancel = new QPushButton(tr("Do &not install"), m_fixBox);
    m_fixResult = wrapLabel(QString(), m_fixBox);
    m_fixResult->setObjectName(QStringLiteral("doctorFixResult"));
    m_fixResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fixButtons = new QHBoxLayout;
    fixButtons->addWidget(m_fixApply);
    fixButtons->addWidget(m_fixCancel);
    fixButtons->addStretch();
    auto *fixLayout = new QVBoxLayout(m_fixBox);
    fixLayout->addWidget(m_fixIntro);
    fixLayout->addWidget(m_fixPreview);
    fixLayout->addLayout(fixButtons);
    fixLayout->addWidget(m_fixResult);
    m_fixBox->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(QStringLiteral("doctorCheckAgain"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &DoctorDialog::startCheck);
    connect(m_fixApply, &QPushButton::clicked, this, [this] {
        if (!m_offered) return;
        m_fixApply->setEnabled(false);
        m_fixCancel->setEnabled(false);
        m_fixResult->setText(tr("Installing; the system may ask for your password…"));
        m_fixResult->setVisible(true);
        m_service.applyFix(*m_offered);
    });
    connect(m_fixCancel, &QPushButton::clicked, this, [this] {
        m_offered.reset();
        m_fixBox->setVisible(false);
    });
    connect(&m_service, &DoctorService::checked, this, &DoctorDialog::showFindings);
    connect(&m_service, &DoctorService::fixFinished, this, &DoctorDialog::fixFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_fixBox);
    layout->addWidget(buttons);
    resize(720, 560);
    startCheck();
}

QPushButton *DoctorDialog::fixButton(const QString &code) const
{
    return m_list->findChild<QPushButton *>(QStringLiteral("fix:") + code);
}

void DoctorDialog::startCheck()
{
    m_again->setEnabled(false);
    m_summary->setText(tr("Checking this computer…"));
    m_service.check();
}

void DoctorDialog::showFindings(const QList<Finding> &unsorted)
{
    m_again->setEnabled(true);
    QList<Finding> findings = unsorted;
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shownCodes.clear();
    for (const Finding &f : findings) {
        QWidget *w = findingWidget(f);
        m_listLayout->addWidget(w);
        w->show(); // at once, not at the layout's next turn: the dialog is already visible
        m_shownCodes << f.code;
    }
    m_listLayout->addStretch();
    const int attention = int(std::count_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.severity >= FindingSeverity::Warning;
    }));
    m_summary->setText(attention == 0
                           ? tr("Nothing on this computer stops it from restoring Particle devices.")
                           : tr("%n thing(s) on this computer need attention.", nullptr, attention));
}

QWidget *DoctorDialog::findingWidget(const Finding &f)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("finding:") + f.code);
    auto *icon = new QLabel(frame);
    icon->setPixmap(severityIcon(style(), f.severity).pixmap(24, 24));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QVBoxLayout;
    auto *title = wrapLabel(f.title, frame);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    text->addWidget(title);
    if (!f.why.isEmpty()) text->addWidget(wrapLabel(f.why, frame));
    if (!f.remedy.isEmpty()) text->addWidget(wrapLabel(tr("What to do: %1").arg(f.remedy), frame));
    if (!f.detail.isEmpty()) {
        auto *detail = wrapLabel(f.detail, frame);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette muted = detail->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        detail->setPalette(muted);
        text->addWidget(detail);
    }
    if (f.fix) {
        auto *button = new QPushButton(f.fix->label + QStringLiteral("…"), frame);
        button->setObjectName(QStringLiteral("fix:") + f.code);
        const DoctorFix fix = *f.fix;
        connect(button, &QPushButton::clicked, this, [this, fix] { offerFix(fix); });
        text->addWidget(button, 0, Qt::AlignLeft);
    }
    auto *row = new QHBoxLayout(frame);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    frame->setAccessibleName(f.title);
    return frame;
}

void DoctorDialog::offerFix(const DoctorFix &fix)
{
    m_offered = fix;
    m_fixBox->setTitle(fix.label);
    m_fixIntro->setText(
        tr("This writes the rule below to %1 with administrator rights (the system asks for your "
           "password), makes udev read it, and then asks you to plug the device in again.")
            .arg(fix.targetPath));
    m_fixPreview->setPlainText(fix.preview);
    m_fixApply->setEnabled(!m_service.isFixing());
    m_fixCancel->setEnabled(true);
    m_fixResult->clear();
    m_fixResult->setVisible(false);
    m_fixBox->setVisible(true);
    m_fixApply->setFocus();
}

void DoctorDialog::fixFinished(bool ok, const QString &message)
{
    m_fixResult->setText(message);
    m_fixResult->setVisible(true);
    m_fixCancel->setEnabled(true);
    m_fixCancel->setText(ok ? tr("&Hide") : tr("Do &not install"));
    m_fixApply->setEnabled(!ok);
    if (ok) startCheck();
}

} // namespace dr::ui
