#include "extensionrequestdialog.h"

#include "obligationheader.h"
#include "obligationtext.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace ui {

ExtensionRequestDialog::ExtensionRequestDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate currentDue,
                                               QDate asOf, QWidget *parent)
    : FormDialog(parent)
    , m_currentDue(currentDue.isValid() ? currentDue : obligation.legalDue)
{
    setObjectName(QStringLiteral("extensionRequestDialog"));
    setWindowTitle(tr("Ask for an extension"));
    setSubmitText(tr("Send request"));
    contentLayout()->addWidget(new ObligationHeader(roadmap, obligation, m_currentDue, this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_requestedDue = new QDateEdit(this);
    m_requestedDue->setObjectName(QStringLiteral("requestedDueEdit"));
    m_requestedDue->setCalendarPopup(true);
    m_requestedDue->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_requestedDue->setMinimumDate(m_currentDue.addDays(1));
    // A month past whichever is later, the due date or today: a sensible first proposal.
    m_requestedDue->setDate(std::max(m_currentDue, asOf).addMonths(1));
    form->addRow(tr("&New due date:"), m_requestedDue);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the work cannot be done by %1").arg(dateText(m_currentDue)));
    m_reason->setMinimumHeight(80);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 6 + 14);
    form->addRow(tr("&Reason:"), m_reason);
    contentLayout()->addLayout(form);
    fitToContents(560);
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
    if (requestedDue() <= m_currentDue)
        return tr("The new date must be after the current due date %1.").arg(dateText(m_currentDue));
    if (reason().isEmpty())
        return tr("Give the reason: the monitor decides on it.");
    return {};
}

} // namespace ui
