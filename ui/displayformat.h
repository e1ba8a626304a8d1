#pragma once

#include "obligationstatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ui {

/// How the window writes dates, periods and statuses: dd.MM.yyyy in Russian, the locale's short form otherwise.
namespace display {

QString date(QDate date);
QString dateTime(const QDateTime &dateTime);
/// A period key in words: "2019" → "2019", "2019-Q2" → "Q2 2019", "2019-H1" → "H1 2019", "once" → "once".
QString period(const QString &key);
/// The status with days overdue or late where they matter.
QString status(const core::ObligationEvaluation &evaluation);

} // namespace display
} // namespace ui
