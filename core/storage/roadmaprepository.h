#pragma once

#include "auditlog.h"
#include "roadmap.h"
#include "storageerror.h"
#include "workcalendar.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace core {

class Database;

/// Reads and writes roadmaps, their principles, activities and assignments, departments,
/// groups, roadmap settings and the calendar edits. Every write is audited.
class RoadmapRepository
{
public:
    explicit RoadmapRepository(Database &db);

    /// Roadmaps without their activities, newest first.
    QList<Roadmap> roadmapHeaders(StorageError *error = nullptr) const;
    /// A whole roadmap with its rules parsed from the stored wording.
    std::optional<Roadmap> load(qint64 roadmapId, StorageError *error = nullptr) const;

    /// Stores a new roadmap with its departments and groups; sets roadmap->id.
    StorageError insert(const Actor &actor, const QDateTime &at, Roadmap *roadmap);
    StorageError saveSettings(const Actor &actor, const QDateTime &at, qint64 roadmapId, const RoadmapSettings &settings);

    QList<Department> departments(StorageError *error = nullptr) const;

    /// The shipped production calendar with this database's edits on top.
    WorkCalendar calendar(StorageError *error = nullptr) const;
    StorageError setCalendarDay(const Actor &actor, const QDateTime &at, const WorkCalendar::SpecialDay &day);

    static QString departmentKindId(Department::Kind kind);
    static Department::Kind departmentKindFromId(QStringView id);

private:
    Database &m_db;
    AuditLog m_audit;
};

} // namespace core
