#pragma once

#include "accesspolicy.h"
#include "auditlog.h"
#include "roadmap.h"
#include "storageerror.h"
#include "user.h"
#include "workcalendar.h"

#include <QDateTime>

#include <functional>

namespace core {

class Database;

/// The monitor's work on a database: roadmaps, people, settings, the calendar. Every call
/// checks the person's permission and writes one audited transaction.
class Administration
{
public:
    using Clock = std::function<QDateTime()>;

    Administration(Database &db, Clock clock);

    /// The person who creates a database becomes its monitor (DESIGN §6). Does nothing when
    /// the database already has users.
    StorageError bootstrapCreator(const QString &login, const QString &displayName = {});

    StorageError importRoadmap(const Actor &actor, Roadmap *roadmap);
    StorageError saveUser(const Actor &actor, const User &user, int expectedVersion);
    StorageError saveSettings(const Actor &actor, qint64 roadmapId, const RoadmapSettings &settings);
    StorageError setCalendarDay(const Actor &actor, const WorkCalendar::SpecialDay &day);
    /// Marks the database as demonstration data (shown by status and the window).
    StorageError markAsDemo(const Actor &actor);

private:
    StorageError authorize(const Actor &actor, access::Action action) const;

    Database &m_db;
    Clock m_clock;
};

} // namespace core
