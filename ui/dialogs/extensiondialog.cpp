#include "extensiondialog.h"

#include "datechecks.h"
#include "dateedit.h"
#include "obligationheader.h"
#include "obligationtext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ui {

ExtensionDialog::ExtensionDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate currentDue, QWidget *parent)
    : FormDialog(parent)
    , m_roadmap(roadmap)
    , m_currentDue(currentDue.isValid() ? currentDue : obligation.legalDue)
{
    setObjectName(QStringLiteral("extensionDialog"));
    setWindowTitle(tr("Extend the deadline"));
    contentLayout()->addWidget(new ObligationHeader(roadmap, obligation, m_currentDue, this));

    m_requestBox = new QGroupBox(tr("Request from the department"), this);
    m_requestBox->setObjectName(QStringLiteral("requestBox"));
    auto *requestLayout = new QVBoxLayout(m_requestBox);
    m_requestText = new QLabel(m_requestBox);
    m_requestText->setObjectName(QStringLiteral("requestText"));
    m_requestText->setWordWrap(true);
    m_requestText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    requestLayout->addWidget(m_requestText);
    auto *choice = new QHBoxLayout;
    m_grant = new QRadioButton(tr("&Grant"), m_requestBox);
    m_grant->setObjectName(QStringLiteral("grantRadio"));
    m_grant->setChecked(true);
    m_decline = new QRadioButton(tr("&Decline"), m_requestBox);
    m_decline->setObjectName(QStringLiteral("declineRadio"));
    choice->addWidget(m_grant);
    choice->addWidget(m_decline);
    choice->addStretch(1);
    requestLayout->addLayout(choice);
    m_requestBox->hide();
    contentLayout()->addWidget(m_requestBox);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_newDue = new DateEdit(this);
    m_newDue->setObjectName(QStringLiteral("newDueEdit"));
    m_newDue->setDate(m_currentDue.addMonths(1));
    m_dueLabel = new QLabel(tr("&New due date:"), this);
    m_dueLabel->setBuddy(m_newDue);
    form->addRow(m_dueLabel, m_newDue);
    m_dueNote = addNoteRow(form, QStringLiteral("dueNote"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(80);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 6 + 14);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    contentLayout()->addLayout(form);

    connect(m_grant, &QRadioButton::toggled, this, &ExtensionDialog::updateState);
    connect(m_newDue, &QDateEdit::dateChanged, this, &ExtensionDialog::updateDueNote);
    updateState();
    updateDueNote();
    fitToContents(580);
}

void ExtensionDialog::setCalendar(const core::WorkCalendar &calendar)
{
    m_calendar = calendar;
    updateDueNote();
}

void ExtensionDialog::updateDueNote()
{
    const QString note = decision() == Decision::Grant ? dayOffText(m_calendar, m_roadmap.settings, newDue()) : QString();
    showNote(m_dueNote, note);
}

void ExtensionDialog::setPendingRequest(const core::ExtensionRequest &request)
{
    m_hasRequest = true;
    m_requestReason = request.reason;
    m_requestText->setText(tr("%1 asked on %2 to move the due date to <b>%3</b>:<br>%4")
                               .arg(request.requestedBy.toHtmlEscaped(), dateText(request.requestedAt.date()),
                                    dateText(request.requestedDue), request.reason.toHtmlEscaped()));
    if (request.requestedDue > m_currentDue)
        m_newDue->setDate(request.requestedDue);
    m_reason->setPlainText(request.reason);
    m_requestBox->show();
    updateState();
    fitToContents();
}

ExtensionDialog::Decision ExtensionDialog::decision() const
{
    return m_hasRequest && m_decline->isChecked() ? Decision::Decline : Decision::Grant;
}

void ExtensionDialog::setDecision(Decision decision)
{
    (decision == Decision::Decline ? m_decline : m_grant)->setChecked(true);
}

QDate ExtensionDialog::newDue() const
{
    return m_newDue->date();
}

QString ExtensionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ExtensionDialog::validate() const
{
    if (decision() == Decision::Decline)
        return reason().isEmpty() ? tr("Say why the request is declined.") : QString();
    if (const QString typed = m_newDue->problem(); !typed.isEmpty())
        return sentence(typed);
    const core::DateCheck check = core::checkNewDueDate(m_roadmap, m_currentDue, newDue());
    if (check.verdict == core::DateCheck::Verdict::Refused)
        return sentence(check.message);
    if (reason().isEmpty())
        return tr("Give the reason for the extension.");
    return {};
}

QString ExtensionDialog::doubt() const
{
    if (decision() == Decision::Decline)
        return {};
    const core::DateCheck check = core::checkNewDueDate(m_roadmap, m_currentDue, newDue());
    return check.verdict == core::DateCheck::Verdict::NeedsConfirmation ? sentence(check.message) : QString();
}

void ExtensionDialog::updateState()
{
    const bool declining = decision() == Decision::Decline;
    m_newDue->setEnabled(!declining);
    m_dueLabel->setEnabled(!declining);
    m_reasonLabel->setText(declining ? tr("Why &declined:") : tr("&Reason:"));
    if (declining && m_reason->toPlainText() == m_requestReason)
        m_reason->clear();
    else if (!declining && m_hasRequest && m_reason->toPlainText().isEmpty())
        m_reason->setPlainText(m_requestReason);
    m_reason->setPlaceholderText(declining ? tr("The department sees this comment") : tr("Why the deadline moves"));
    setSubmitText(declining ? tr("Decline request") : tr("Extend"));
    if (m_dueNote)
        updateDueNote();
}

} // namespace ui
