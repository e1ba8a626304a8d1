#include "roadmapupdate.h"

#include "auditlog.h"
#include "authorization.h"
#include "database.h"
#include "roadmapediting.h"
#include "roadmaprepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

bool sameAssignments(const QList<Assignment> &a, const QList<Assignment> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].department != b[i].department || a[i].role != b[i].role || a[i].isGroup != b[i].isGroup)
            return false;
    }
    return true;
}

bool sameActivity(const Activity &a, const Activity &b)
{
    return a.text == b.text && a.deadlineText == b.deadlineText && a.principle == b.principle
        && a.responsibleText == b.responsibleText && a.note == b.note && sameAssignments(a.assignments, b.assignments);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

RoadmapChanges compareRoadmaps(const Roadmap &stored, const Roadmap &imported)
{
    RoadmapChanges changes;
    if (stored.title != imported.title)
        changes.headerChanges.append(tr("title"));
    if (stored.periodStart != imported.periodStart || stored.periodEnd != imported.periodEnd)
        changes.headerChanges.append(tr("period"));
    if (stored.approvingBody != imported.approvingBody)
        changes.headerChanges.append(tr("approving body"));

    for (const Principle &principle : imported.principles) {
        const Principle *before = stored.principle(principle.number);
        if (!before)
            changes.addedPrinciples.append(principle.number);
        else if (before->title != principle.title)
            changes.retitledPrinciples.append(principle.number);
    }
    QHash<QString, const Activity *> storedActivities;
    for (const Activity &activity : stored.activities)
        storedActivities.insert(activity.number, &activity);
    QSet<QString> importedNumbers;
    for (const Activity &activity : imported.activities) {
        importedNumbers.insert(activity.number);
        const Activity *before = storedActivities.value(activity.number);
        if (!before)
            changes.addedActivities.append(activity.number);
        else if (!sameActivity(*before, activity))
            changes.changedActivities.append(activity.number);
        if (before && before->manualRule.isSet() && before->deadlineText != activity.deadlineText)
            changes.droppedRules.append(activity.number);
    }
    for (const Activity &activity : stored.activities) {
        if (!importedNumbers.contains(activity.number))
            changes.removedActivities.append(activity.number);
    }
    return changes;
}

RoadmapUpdate::RoadmapUpdate(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
}

qint64 RoadmapUpdate::roadmapWithSameAct(const Roadmap &roadmap, StorageError *error) const
{
    if (roadmap.actNumber.isEmpty() || !roadmap.actDate.isValid())
        return 0;
    QSqlQuery q = m_db.query();
    // A kind left unread in one of the two documents does not make the acts different.
    const StorageError e = m_db.exec(q, QStringLiteral("SELECT id FROM roadmaps WHERE act_number = ? AND act_date = ? "
                                                       "AND (act_kind = ? OR act_kind = '' OR ? = '') ORDER BY id"),
                                     {roadmap.actNumber, isoDate(roadmap.actDate), roadmap.actKind, roadmap.actKind});
    if (e) {
        if (error)
            *error = e;
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

StorageError RoadmapUpdate::apply(const Actor &actor, qint64 roadmapId, const Roadmap &imported, QStringList *kept,
                                  RoadmapChanges *applied)
{
    if (kept)
        kept->clear();
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorizeActor(m_db, actor, access::Action::ManageRoadmap))
            return error;
        StorageError error;
        RoadmapRepository repository(m_db);
        const std::optional<Roadmap> stored = repository.load(roadmapId, &error);
        if (!stored)
            return error;
        const RoadmapChanges changes = compareRoadmaps(*stored, imported);
        if (applied)
            *applied = changes;
        RoadmapEditing editing(m_db, m_clock);
        AuditLog audit(m_db);
        const QDateTime at = m_clock();

        if (!changes.headerChanges.isEmpty() || stored->sourceName != imported.sourceName || stored->actKind != imported.actKind) {
            error = audit.record(actor, at, QStringLiteral("update_roadmap"), QStringLiteral("roadmaps"), {roadmapId}, [&] {
                QSqlQuery q = m_db.query();
                return m_db.exec(q, QStringLiteral("UPDATE roadmaps SET title = ?, approving_body = ?, period_start = ?, period_end = ?, "
                                                   "source_name = ?, act_kind = ?, version = version + 1 WHERE id = ?"),
                                 {imported.title, imported.approvingBody, isoDate(imported.periodStart), isoDate(imported.periodEnd),
                                  imported.sourceName, imported.actKind.isEmpty() ? stored->actKind : imported.actKind, roadmapId});
            });
            if (error)
                return error;
        }

        for (int number : changes.addedPrinciples) {
            if ((error = editing.addPrinciple(actor, roadmapId, *imported.principle(number))))
                return error;
        }
        for (int number : changes.retitledPrinciples) {
            if ((error = editing.setPrincipleTitle(actor, roadmapId, number, imported.principle(number)->title)))
                return error;
        }

        // Departments and groups the document names that the database does not know yet.
        for (const Department &department : imported.departments) {
            if (editing.departmentVersion(department.name, &error) == 0 && !error)
                error = editing.addDepartment(actor, department);
            if (error)
                return error;
        }
        QSet<QString> groups;
        for (const DepartmentGroup &group : editing.groups(&error))
            groups.insert(group.name);
        if (error)
            return error;
        for (const DepartmentGroup &group : imported.groups) {
            if (!groups.contains(group.name) && (error = editing.addGroup(actor, group.name)))
                return error;
        }

        // Sets, not the lists: a document of many thousand activities is compared in linear time.
        const QSet<QString> added(changes.addedActivities.cbegin(), changes.addedActivities.cend());
        const QSet<QString> changed(changes.changedActivities.cbegin(), changes.changedActivities.cend());
        for (qsizetype i = 0; i < imported.activities.size(); ++i) {
            const Activity &activity = imported.activities[i];
            if (added.contains(activity.number)) {
                if ((error = editing.addActivity(actor, roadmapId, activity, int(i))))
                    return error;
                continue;
            }
            if (!changed.contains(activity.number))
                continue;
            const Activity *before = stored->activity(activity.number);
            int version = editing.activityVersion(roadmapId, activity.number, &error);
            if (error)
                return error;
            if ((error = editing.updateActivity(actor, roadmapId, activity.number, activity, version, &version)))
                return error;
            if (!sameAssignments(before->assignments, activity.assignments)
                && (error = editing.setAssignments(actor, roadmapId, activity.number, activity.assignments, version)))
                return error;
        }

        for (const QString &number : changes.removedActivities) {
            QSqlQuery q = m_db.query();
            if ((error = m_db.exec(q, QStringLiteral("SELECT (SELECT COUNT(*) FROM execution_reports WHERE roadmap_id = ? AND activity = ?) + "
                                                     "(SELECT COUNT(*) FROM extensions WHERE roadmap_id = ? AND activity = ?) + "
                                                     "(SELECT COUNT(*) FROM extension_requests WHERE roadmap_id = ? AND activity = ?)"),
                                   {roadmapId, number, roadmapId, number, roadmapId, number})))
                return error;
            const bool hasHistory = q.next() && q.value(0).toInt() > 0;
            q.finish();
            if (hasHistory) {
                // Reports and extensions are never lost: the activity stays for the monitor to decide.
                if (kept)
                    kept->append(number);
                continue;
            }
            const int version = editing.activityVersion(roadmapId, number, &error);
            if (error || (error = editing.removeActivity(actor, roadmapId, number, version)))
                return error;
        }
        return StorageError();
    });
}

} // namespace core
