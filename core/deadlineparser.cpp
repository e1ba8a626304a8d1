#include "deadlineparser.h"

namespace core {

DeadlineParser::DeadlineParser(QDate periodStart, QDate periodEnd)
    : m_periodStart(periodStart)
    , m_periodEnd(periodEnd)
{
}

DeadlineRule DeadlineParser::parse(const QString &text) const
{
    DeadlineRule rule;
    rule.text = text;
    rule.reviewReason = QStringLiteral("not implemented yet");
    return rule;
}

} // namespace core
