#pragma once

#include "auditlog.h"
#include "storageerror.h"
#include "workcalendar.h"

#include <QDateTime>
#include <QMap>

#include <functional>

namespace core {

class Database;

/// This database's edits on top of the shipped production calendar. Besides the kinds of
/// WorkCalendar::DayKind (written by Administration::setCalendarDay) an edit can make a day
/// "plain" — an ordinary day where the federal calendar has a holiday or a transfer — and an
/// edit can be withdrawn, which gives the federal day back.
class CalendarOverrides
{
public:
    using Clock = std::function<QDateTime()>;

    CalendarOverrides(Database &db, Clock clock);

    /// The kind id stored for a plain day; RoadmapRepository::calendar() treats it as "no special day".
    static QString plainKindId() { return QStringLiteral("plain"); }

    /// Each edited day with its kind id ("holiday", "transfer_workday", …, or "plain").
    QMap<QDate, QString> overrides(StorageError *error = nullptr) const;

    /// Makes date an ordinary day (a weekday works, a weekend rests) whatever the federal calendar says.
    StorageError setPlain(const Actor &actor, QDate date, const QString &note = {});
    /// Withdraws this database's edit of date.
    StorageError clear(const Actor &actor, QDate date);

private:
    Database &m_db;
    Clock m_clock;
    AuditLog m_audit;
};

} // namespace core
