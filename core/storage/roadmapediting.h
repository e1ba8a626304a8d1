#pragma once

#include "auditlog.h"
#include "roadmap.h"
#include "storageerror.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace core {

class Database;

/// The monitor's edits of a stored roadmap: principles, activities, assignments, departments and
/// groups. Each call checks the permission, the version the edit was based on where the row has
/// one, and writes one audited transaction. Renaming a department or renumbering an activity
/// carries the change over to assignments, users, reports, extensions and extension requests.
class RoadmapEditing
{
public:
    using Clock = std::function<QDateTime()>;

    RoadmapEditing(Database &db, Clock clock);

    /// The stored version of an activity; 0 when there is none.
    int activityVersion(qint64 roadmapId, const QString &number, StorageError *error = nullptr) const;
    /// The stored version of a department; 0 when there is none.
    int departmentVersion(const QString &name, StorageError *error = nullptr) const;
    /// Every department group of the database, by name (the roadmap lists only those it names).
    QList<DepartmentGroup> groups(StorageError *error = nullptr) const;

    StorageError addPrinciple(const Actor &actor, qint64 roadmapId, const Principle &principle);
    /// Only a principle without activities can be removed.
    StorageError removePrinciple(const Actor &actor, qint64 roadmapId, int number);
    StorageError setPrincipleTitle(const Actor &actor, qint64 roadmapId, int number, const QString &title);

    /// Adds an activity with its assignments at position (-1: after the last one).
    StorageError addActivity(const Actor &actor, qint64 roadmapId, const Activity &activity, int position = -1);
    /// Where the activity stands in the roadmap's order; -1 when there is none.
    int activityPosition(qint64 roadmapId, const QString &number, StorageError *error = nullptr) const;
    /// Removes an activity that nobody has reported on, with its assignments.
    StorageError removeActivity(const Actor &actor, qint64 roadmapId, const QString &number, int expectedVersion);
    /// Sets the number, principle, text and deadline wording of the activity stored as number; new
    /// deadline wording drops a rule set by hand (after.manualRule is not written here).
    StorageError updateActivity(const Actor &actor, qint64 roadmapId, const QString &number, const Activity &after,
                                int expectedVersion, int *newVersion = nullptr);
    /// Sets the rule of an activity by hand (wording in the words the deadline parser reads, which
    /// must read without review), recording who and when; empty wording clears it. The activity's
    /// deadline wording stays as approved. Changing that wording later drops the rule.
    StorageError setActivityRule(const Actor &actor, qint64 roadmapId, const QString &number, const QString &wording,
                                 int expectedVersion, int *newVersion = nullptr);
    /// Replaces the activity's assignments; their order is the order named.
    StorageError setAssignments(const Actor &actor, qint64 roadmapId, const QString &number, const QList<Assignment> &assignments,
                                int expectedVersion, int *newVersion = nullptr);

    StorageError addDepartment(const Actor &actor, const Department &department);
    /// Only a department nothing refers to can be removed (the undo of adding one).
    StorageError removeDepartment(const Actor &actor, const QString &name, int expectedVersion);
    /// Changes name, short name, kind, head and the active flag of the department stored as name.
    StorageError updateDepartment(const Actor &actor, const QString &name, const Department &after, int expectedVersion,
                                  int *newVersion = nullptr);

    StorageError addGroup(const Actor &actor, const QString &name);
    /// Only a group no activity names can be removed.
    StorageError removeGroup(const Actor &actor, const QString &name);
    StorageError renameGroup(const Actor &actor, const QString &name, const QString &newName);

private:
    StorageError authorize(const Actor &actor) const;
    StorageError checkVersion(const QString &what, int stored, int expected) const;
    StorageError checkNewPartyName(const QString &name) const;
    /// Moves a row to a new primary key: the old entity ends, a new one starts in the audit trail.
    StorageError rekey(const Actor &actor, const QDateTime &at, const QString &action, const QString &table,
                       const QVariantList &oldKey, const QVariantList &newKey, const std::function<StorageError()> &change);
    StorageError renameParty(const Actor &actor, const QDateTime &at, const QString &action, const QString &name,
                             const QString &newName);
    StorageError renumberActivity(const Actor &actor, const QDateTime &at, qint64 roadmapId, const QString &number,
                                  const QString &newNumber);
    int count(const QString &sql, const QVariantList &values, StorageError *error) const;

    Database &m_db;
    Clock m_clock;
    AuditLog m_audit;
};

} // namespace core
