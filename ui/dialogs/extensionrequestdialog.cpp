#include "extensionrequestdialog.h"

#include "datechecks.h"
#include "dateedit.h"
#include "obligationheader.h"
#include "obligationtext.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace ui {

ExtensionRequestDialog::ExtensionRequestDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate currentDue,
                                               QDate asOf, QWidget *parent)
    : FormDialog(parent)
    , m_roadmap(roadmap)
    , m_currentDue(currentDue.isValid() ? currentDue : obligation.legalDue)
{
    setObjectName(QStringLiteral("extensionRequestDialog"));
    setWindowTitle(tr("Ask for an extension"));
    setSubmitText(tr("Send request"));
    contentLayout()->addWidget(new ObligationHeader(roadmap, obligation, m_currentDue, this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_requestedDue = new DateEdit(this);
    m_requestedDue->setObjectName(QStringLiteral("requestedDueEdit"));
    // A month past whichever is later, the due date or today: a sensible first proposal.
    m_requestedDue->setDate(std::max(m_currentDue, asOf).addMonths(1));
    form->addRow(tr("&New due date:"), m_requestedDue);
    m_dueNote = addNoteRow(form, QStringLiteral("dueNote"));
    connect(m_requestedDue, &QDateEdit::dateChanged, this, &ExtensionRequestDialog::updateDueNote);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the work cannot be done by %1").arg(dateText(m_currentDue)));
    m_reason->setMinimumHeight(80);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 6 + 14);
    form->addRow(tr("&Reason:"), m_reason);
    contentLayout()->addLayout(form);
    updateDueNote();
    fitToContents(560);
}

void ExtensionRequestDialog::setCalendar(const core::WorkCalendar &calendar)
{
    m_calendar = calendar;
    updateDueNote();
}

void ExtensionRequestDialog::updateDueNote()
{
    const QString note = dayOffText(m_calendar, m_roadmap.settings, requestedDue());
    showNote(m_dueNote, note);
}

QDate ExtensionRequestDialog::requestedDue() const
{
    return m_requestedDue->date();
}

QString ExtensionRequestDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ExtensionRequestDialog::validate() const
{
    if (const QString typed = m_requestedDue->problem(); !typed.isEmpty())
        return sentence(typed);
    const core::DateCheck check = core::checkNewDueDate(m_roadmap, m_currentDue, requestedDue());
    if (check.verdict == core::DateCheck::Verdict::Refused)
        return sentence(check.message);
    if (reason().isEmpty())
        return tr("Give the reason: the monitor decides on it.");
    return {};
}

QString ExtensionRequestDialog::doubt() const
{
    const core::DateCheck check = core::checkNewDueDate(m_roadmap, m_currentDue, requestedDue());
    return check.verdict == core::DateCheck::Verdict::NeedsConfirmation ? sentence(check.message) : QString();
}

} // namespace ui
