#include "reportexecutiondialog.h"

#include "datechecks.h"
#include "dateedit.h"
#include "obligationheader.h"
#include "obligationtext.h"
#include "weblink.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

namespace {

bool isWebAddress(const QString &text)
{
    return !core::webLink(text).isEmpty();
}

} // namespace

ReportExecutionDialog::ReportExecutionDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate today,
                                             QWidget *parent)
    : FormDialog(parent)
    , m_roadmap(roadmap)
    , m_obligation(obligation)
    , m_today(today)
{
    setObjectName(QStringLiteral("reportExecutionDialog"));
    setWindowTitle(tr("Report execution"));
    setSubmitText(tr("Report"));

    m_header = new ObligationHeader(roadmap, obligation, {}, this);
    contentLayout()->addWidget(m_header);

    m_returnNote = new QLabel(this);
    m_returnNote->setObjectName(QStringLiteral("returnNote"));
    m_returnNote->setWordWrap(true);
    m_returnNote->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffcc80; "
                                               "border-radius: 4px; padding: 6px 8px; }"));
    m_returnNote->hide();
    contentLayout()->addWidget(m_returnNote);

    m_noEvents = new QCheckBox(tr("No events this period"), this);
    m_noEvents->setObjectName(QStringLiteral("noEventsCheck"));
    m_noEvents->setToolTip(tr("The activity is carried out when something happens; nothing happened in this period."));
    m_noEvents->setVisible(obligation.eventDriven);
    contentLayout()->addWidget(m_noEvents);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_doneDate = new DateEdit(this);
    m_doneDate->setObjectName(QStringLiteral("doneDateEdit"));
    // No maximum: a limit would change a typed date silently; a future date is refused with a message.
    m_doneDate->setDate(today);
    m_doneDate->setToolTip(tr("The day the work was done; it cannot be in the future."));
    form->addRow(tr("&Done on:"), m_doneDate);

    m_evidenceUrl = new QLineEdit(this);
    m_evidenceUrl->setObjectName(QStringLiteral("evidenceUrlEdit"));
    m_evidenceUrl->setPlaceholderText(tr("https://… the page on the official site"));
    m_evidenceUrl->setClearButtonEnabled(true);
    m_openEvidence = new QPushButton(tr("&Open"), this);
    m_openEvidence->setObjectName(QStringLiteral("openEvidenceButton"));
    m_openEvidence->setToolTip(tr("Open the link in the browser to check it"));
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidenceUrl, 1);
    evidenceRow->addWidget(m_openEvidence);
    auto *evidenceBox = new QVBoxLayout;
    evidenceBox->setSpacing(2);
    evidenceBox->addLayout(evidenceRow);
    m_evidenceHint = new QLabel(this);
    m_evidenceHint->setObjectName(QStringLiteral("evidenceHint"));
    m_evidenceHint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_evidenceHint->hide();
    evidenceBox->addWidget(m_evidenceHint);
    // A row whose field is a layout gets no buddy from addRow(); the mnemonic needs one.
    auto *evidenceLabel = new QLabel(tr("&Evidence link:"), this);
    evidenceLabel->setBuddy(m_evidenceUrl);
    form->addRow(evidenceLabel, evidenceBox);

    m_documentRef = new QLineEdit(this);
    m_documentRef->setObjectName(QStringLiteral("documentRefEdit"));
    m_documentRef->setPlaceholderText(tr("e.g. order No. 45 of 12.04.2019"));
    form->addRow(tr("Do&cument:"), m_documentRef);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What was done, where to find it"));
    m_comment->setMinimumHeight(70);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 6 + 14);
    form->addRow(tr("Co&mment:"), m_comment);
    contentLayout()->addLayout(form);

    connect(m_noEvents, &QCheckBox::toggled, this, &ReportExecutionDialog::updateState);
    connect(m_evidenceUrl, &QLineEdit::textChanged, this, &ReportExecutionDialog::updateState);
    connect(m_openEvidence, &QPushButton::clicked, this,
            [this] {
                if (const QUrl url = core::webLink(m_evidenceUrl->text()); !url.isEmpty())
                    QDesktopServices::openUrl(url);
            });
    updateState();
    fitToContents(580);
}

void ReportExecutionDialog::setPreviousReport(const core::ExecutionReport &report)
{
    if (report.noEvents && m_obligation.eventDriven)
        m_noEvents->setChecked(true);
    else if (report.doneDate.isValid())
        m_doneDate->setDate(report.doneDate);
    m_evidenceUrl->setText(report.evidenceUrl);
    m_evidenceUrl->setCursorPosition(0);
    m_documentRef->setText(report.documentRef);
    m_comment->setPlainText(report.comment);
    if (report.state == core::ExecutionReport::State::Returned) {
        m_returnNote->setText(tr("Returned by %1 on %2: %3")
                                  .arg(report.verifiedBy, dateText(report.verifiedAt.date()), report.verificationComment));
        m_returnNote->show();
        fitToContents();
    }
}

void ReportExecutionDialog::setEffectiveDue(QDate due)
{
    m_header->setEffectiveDue(due);
}

bool ReportExecutionDialog::isNoEvents() const
{
    return m_obligation.eventDriven && m_noEvents->isChecked();
}

void ReportExecutionDialog::setNoEvents(bool noEvents)
{
    m_noEvents->setChecked(noEvents && m_obligation.eventDriven);
}

core::ExecutionInput ReportExecutionDialog::input() const
{
    core::ExecutionInput input;
    if (!isNoEvents()) {
        input.doneDate = m_doneDate->date();
        input.evidenceUrl = m_evidenceUrl->text().trimmed();
        input.documentRef = m_documentRef->text().trimmed();
    }
    input.comment = comment();
    input.confirmed = isConfirmed();
    return input;
}

QString ReportExecutionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

bool ReportExecutionDialog::evidenceValid() const
{
    const QString text = m_evidenceUrl->text().trimmed();
    return text.isEmpty() || isWebAddress(text);
}

QString ReportExecutionDialog::validate() const
{
    if (isNoEvents())
        return {};
    if (const QString typed = m_doneDate->problem(); !typed.isEmpty())
        return sentence(typed);
    const core::DateCheck check = core::checkDoneDate(m_roadmap, m_obligation, m_doneDate->date(), m_today);
    if (check.verdict == core::DateCheck::Verdict::Refused)
        return sentence(check.message);
    if (!evidenceValid())
        return tr("The evidence link must be a web address starting with http:// or https://.");
    return {};
}

QString ReportExecutionDialog::doubt() const
{
    if (isNoEvents())
        return {};
    const core::DateCheck check = core::checkDoneDate(m_roadmap, m_obligation, m_doneDate->date(), m_today);
    return check.verdict == core::DateCheck::Verdict::NeedsConfirmation ? sentence(check.message) : QString();
}

void ReportExecutionDialog::updateState()
{
    const bool noEvents = isNoEvents();
    m_doneDate->setEnabled(!noEvents);
    m_evidenceUrl->setEnabled(!noEvents);
    m_documentRef->setEnabled(!noEvents);
    m_comment->setPlaceholderText(noEvents ? tr("Why there was nothing to do (optional)") : tr("What was done, where to find it"));
    const QString text = m_evidenceUrl->text().trimmed();
    m_openEvidence->setEnabled(!noEvents && !text.isEmpty() && isWebAddress(text));
    const bool showHint = !noEvents && !evidenceValid();
    m_evidenceHint->setText(showHint ? tr("Not a web address: it must start with http:// or https://") : QString());
    m_evidenceHint->setVisible(showHint);
}

} // namespace ui
