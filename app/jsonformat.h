#pragma once

#include "importwarning.h"
#include "obligation.h"
#include "roadmap.h"

#include <QJsonArray>
#include <QJsonObject>

namespace app::json {

/// {"period", "nominal_due", "due", …}: the obligation as scripts see it; dates ISO.
QJsonObject obligation(const core::Obligation &obligation);
QJsonArray obligations(const QList<core::Obligation> &obligations);
/// {"title", "act_number", "act_date", "approving_body", "period_start", "period_end"}.
QJsonObject roadmapHeader(const core::Roadmap &roadmap);
QJsonArray warnings(const QList<core::ImportWarning> &warnings);

QString isoDate(QDate date);

} // namespace app::json
