#include "obligationheader.h"

#include "obligationtext.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ui {

ObligationHeader::ObligationHeader(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate effectiveDue,
                                   QWidget *parent)
    : QFrame(parent)
    , m_obligation(obligation)
{
    setObjectName(QStringLiteral("obligationHeader"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#obligationHeader { background: palette(alternate-base); border-radius: 4px; }"));

    const core::Activity *activity = roadmap.activity(obligation.key.activity);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    auto *title = new QLabel(tr("Activity %1").arg(obligation.key.activity), this);
    title->setObjectName(QStringLiteral("activityTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    layout->addWidget(title);

    if (activity) {
        auto *text = new QLabel(activity->text, this);
        text->setObjectName(QStringLiteral("activityText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(text);
    }

    auto *facts = new QFormLayout;
    facts->setContentsMargins(0, 6, 0, 0);
    facts->setHorizontalSpacing(16);
    facts->setVerticalSpacing(3);
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addFact = [&](const QString &label, const QString &value, const QString &name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(name);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(label, field);
        return field;
    };
    addFact(tr("Department:"), obligation.key.department, QStringLiteral("departmentValue"));
    addFact(tr("Period:"), periodText(obligation), QStringLiteral("periodValue"));
    m_due = addFact(tr("Due date:"), {}, QStringLiteral("dueValue"));
    if (activity && !activity->deadlineText.isEmpty())
        addFact(tr("Deadline as worded:"), QStringLiteral("«%1»").arg(activity->deadlineText), QStringLiteral("deadlineValue"));
    layout->addLayout(facts);
    setEffectiveDue(effectiveDue);
}

void ObligationHeader::setEffectiveDue(QDate due)
{
    if (!due.isValid() || due == m_obligation.legalDue) {
        m_due->setText(QStringLiteral("<b>%1</b>").arg(dateText(m_obligation.legalDue)));
        return;
    }
    m_due->setText(tr("<b>%1</b> (extended; originally %2)").arg(dateText(due), dateText(m_obligation.legalDue)));
}

} // namespace ui
