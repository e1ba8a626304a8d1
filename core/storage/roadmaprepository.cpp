#include "roadmaprepository.h"

#include "database.h"
#include "deadlineparser.h"
#include "manualrule.h"
#include "storedtime.h"

#include <QCoreApplication>

namespace core {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

AssignmentRole roleFromId(QStringView id)
{
    if (id == u"co_executor")
        return AssignmentRole::CoExecutor;
    if (id == u"contributor")
        return AssignmentRole::Contributor;
    return AssignmentRole::Lead;
}

template<typename T>
void setError(StorageError *target, const T &error)
{
    if (target)
        *target = error;
}

} // namespace

RoadmapRepository::RoadmapRepository(Database &db)
    : m_db(db)
    , m_audit(db)
{
}

QString RoadmapRepository::departmentKindId(Department::Kind kind)
{
    switch (kind) {
    case Department::Kind::AdministrationDepartment:
        return QStringLiteral("administration_department");
    case Department::Kind::MunicipalInstitution:
        return QStringLiteral("municipal_institution");
    case Department::Kind::ExternalBody:
        return QStringLiteral("external_body");
    }
    return {};
}

Department::Kind RoadmapRepository::departmentKindFromId(QStringView id)
{
    if (id == u"municipal_institution")
        return Department::Kind::MunicipalInstitution;
    if (id == u"external_body")
        return Department::Kind::ExternalBody;
    return Department::Kind::AdministrationDepartment;
}

QList<Roadmap> RoadmapRepository::roadmapHeaders(StorageError *error) const
{
    QList<Roadmap> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral(
            "SELECT r.id, r.title, r.act_number, r.act_date, r.approving_body, r.period_start, r.period_end, r.source_name, "
            "s.quarterly_confirmation_day, s.move_due_to_working_day, s.decree_days_non_working, s.due_soon_days, "
            "s.verification_required, r.act_kind FROM roadmaps r LEFT JOIN roadmap_settings s ON s.roadmap_id = r.id ORDER BY r.id DESC"))) {
        setError(error, e);
        return result;
    }
    while (q.next()) {
        Roadmap roadmap;
        roadmap.id = q.value(0).toLongLong();
        roadmap.title = q.value(1).toString();
        roadmap.actNumber = q.value(2).toString();
        roadmap.actDate = dateFrom(q.value(3));
        roadmap.approvingBody = q.value(4).toString();
        roadmap.periodStart = dateFrom(q.value(5));
        roadmap.periodEnd = dateFrom(q.value(6));
        roadmap.sourceName = q.value(7).toString();
        roadmap.actKind = q.value(13).toString();
        if (!q.value(8).isNull()) {
            roadmap.settings.quarterlyConfirmationDay = q.value(8).toInt();
            roadmap.settings.moveDueToWorkingDay = q.value(9).toInt() != 0;
            roadmap.settings.decreeDaysAreNonWorking = q.value(10).toInt() != 0;
            roadmap.settings.dueSoonDays = q.value(11).toInt();
            roadmap.settings.verificationRequired = q.value(12).toInt() != 0;
        }
        result.append(roadmap);
    }
    return result;
}

std::optional<Roadmap> RoadmapRepository::load(qint64 roadmapId, StorageError *error) const
{
    StorageError e;
    const QList<Roadmap> headers = roadmapHeaders(&e);
    if (e) {
        setError(error, e);
        return std::nullopt;
    }
    auto header = std::find_if(headers.cbegin(), headers.cend(), [roadmapId](const Roadmap &r) { return r.id == roadmapId; });
    if (header == headers.cend()) {
        setError(error, StorageError::make(StorageError::Kind::InvalidInput,
                                           QCoreApplication::translate("core", "there is no roadmap %1 in the database").arg(roadmapId)));
        return std::nullopt;
    }
    Roadmap roadmap = *header;

    QSqlQuery q = m_db.query();
    if ((e = m_db.exec(q, QStringLiteral("SELECT number, title FROM principles WHERE roadmap_id = ? ORDER BY number"), {roadmapId}))) {
        setError(error, e);
        return std::nullopt;
    }
    while (q.next())
        roadmap.principles.append({q.value(0).toInt(), q.value(1).toString()});

    if ((e = m_db.exec(q, QStringLiteral("SELECT number, principle, text, deadline_text, responsible_text, note, rule_wording, rule_set_by, "
                                         "rule_set_at FROM activities WHERE roadmap_id = ? "
                                         "ORDER BY position"),
                       {roadmapId}))) {
        setError(error, e);
        return std::nullopt;
    }
    const DeadlineParser parser(roadmap.periodStart, roadmap.periodEnd);
    QHash<QString, qsizetype> activityIndex;
    while (q.next()) {
        Activity activity;
        activity.number = q.value(0).toString();
        activity.principle = q.value(1).toInt();
        activity.text = q.value(2).toString();
        activity.deadlineText = q.value(3).toString();
        activity.responsibleText = q.value(4).toString();
        activity.note = q.value(5).toString();
        activity.manualRule = {q.value(6).toString(), q.value(7).toString(), timestampFromStored(q.value(8).toString())};
        activity.rule = readActivityRule(parser, activity);
        activityIndex.insert(activity.number, roadmap.activities.size());
        roadmap.activities.append(activity);
    }

    if ((e = m_db.exec(q, QStringLiteral("SELECT activity, party, is_group, role FROM assignments WHERE roadmap_id = ? "
                                         "ORDER BY activity, position"),
                       {roadmapId}))) {
        setError(error, e);
        return std::nullopt;
    }
    QSet<QString> groupNames;
    QSet<QString> departmentNames;
    while (q.next()) {
        const auto it = activityIndex.constFind(q.value(0).toString());
        if (it == activityIndex.cend())
            continue;
        const Assignment assignment{q.value(1).toString(), roleFromId(q.value(3).toString()), q.value(2).toInt() != 0};
        roadmap.activities[*it].assignments.append(assignment);
        (assignment.isGroup ? groupNames : departmentNames).insert(assignment.department);
    }
    q.finish();

    // Departments and groups the roadmap names, in the order of the departments table.
    for (const Department &department : departments(&e)) {
        if (departmentNames.contains(department.name))
            roadmap.departments.append(department);
    }
    if (e) {
        setError(error, e);
        return std::nullopt;
    }
    QStringList groups = groupNames.values();
    groups.sort();
    for (const QString &group : groups)
        roadmap.groups.append({group});
    return roadmap;
}

StorageError RoadmapRepository::insert(const Actor &actor, const QDateTime &at, Roadmap *roadmap)
{
    return m_db.write([&]() -> StorageError {
        QSqlQuery q = m_db.query();
        if (StorageError e = m_db.exec(q, QStringLiteral("INSERT INTO roadmaps (title, act_kind, act_number, act_date, approving_body, "
                                                         "period_start, period_end, source_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                       {roadmap->title, roadmap->actKind, roadmap->actNumber, isoDate(roadmap->actDate), roadmap->approvingBody,
                                        isoDate(roadmap->periodStart), isoDate(roadmap->periodEnd), roadmap->sourceName}))
            return e;
        if (!q.next())
            return m_db.errorFrom(q.lastError(), QStringLiteral("INSERT INTO roadmaps"));
        roadmap->id = q.value(0).toLongLong();
        q.finish();
        const qint64 id = roadmap->id;

        if (StorageError e = m_audit.append(actor, at, QStringLiteral("import_roadmap"), AuditLog::entityId(QStringLiteral("roadmaps"), {id}),
                                            {}, m_audit.snapshot(QStringLiteral("roadmaps"), {id})))
            return e;
        const auto insertRow = [&](const QString &table, const QVariantList &key, const QString &sql, const QVariantList &values) {
            return m_audit.record(actor, at, QStringLiteral("import_roadmap"), table, key, [&] {
                QSqlQuery insertQuery = m_db.query();
                return m_db.exec(insertQuery, sql, values);
            });
        };
        if (StorageError e = insertRow(QStringLiteral("roadmap_settings"), {id},
                                       QStringLiteral("INSERT INTO roadmap_settings (roadmap_id, quarterly_confirmation_day, "
                                                      "move_due_to_working_day, decree_days_non_working, due_soon_days, "
                                                      "verification_required) VALUES (?, ?, ?, ?, ?, ?)"),
                                       {id, roadmap->settings.quarterlyConfirmationDay, int(roadmap->settings.moveDueToWorkingDay),
                                        int(roadmap->settings.decreeDaysAreNonWorking), roadmap->settings.dueSoonDays,
                                        int(roadmap->settings.verificationRequired)}))
            return e;

        for (const Department &department : roadmap->departments) {
            if (m_audit.snapshot(QStringLiteral("departments"), {department.name}).isEmpty()) {
                if (StorageError e = insertRow(QStringLiteral("departments"), {department.name},
                                               QStringLiteral("INSERT INTO departments (name, short_name, kind, head, active) "
                                                              "VALUES (?, ?, ?, ?, ?)"),
                                               {department.name, department.shortName, departmentKindId(department.kind),
                                                department.head, int(department.active)}))
                    return e;
            }
        }
        for (const DepartmentGroup &group : roadmap->groups) {
            if (m_audit.snapshot(QStringLiteral("department_groups"), {group.name}).isEmpty()) {
                if (StorageError e = insertRow(QStringLiteral("department_groups"), {group.name},
                                               QStringLiteral("INSERT INTO department_groups (name) VALUES (?)"), {group.name}))
                    return e;
            }
        }
        for (const Principle &principle : roadmap->principles) {
            if (StorageError e = insertRow(QStringLiteral("principles"), {id, principle.number},
                                           QStringLiteral("INSERT INTO principles (roadmap_id, number, title) VALUES (?, ?, ?)"),
                                           {id, principle.number, principle.title}))
                return e;
        }
        for (qsizetype i = 0; i < roadmap->activities.size(); ++i) {
            const Activity &activity = roadmap->activities[i];
            if (StorageError e = insertRow(QStringLiteral("activities"), {id, activity.number},
                                           QStringLiteral("INSERT INTO activities (roadmap_id, number, principle, position, text, "
                                                          "deadline_text, responsible_text, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                           {id, activity.number, activity.principle, int(i), activity.text, activity.deadlineText,
                                            activity.responsibleText, activity.note}))
                return e;
            for (qsizetype p = 0; p < activity.assignments.size(); ++p) {
                const Assignment &assignment = activity.assignments[p];
                if (StorageError e = insertRow(QStringLiteral("assignments"), {id, activity.number, int(p)},
                                               QStringLiteral("INSERT INTO assignments (roadmap_id, activity, position, party, "
                                                              "is_group, role) VALUES (?, ?, ?, ?, ?, ?)"),
                                               {id, activity.number, int(p), assignment.department, int(assignment.isGroup),
                                                assignmentRoleId(assignment.role)}))
                    return e;
            }
        }
        return StorageError();
    });
}

StorageError RoadmapRepository::saveSettings(const Actor &actor, const QDateTime &at, qint64 roadmapId, const RoadmapSettings &settings)
{
    return m_db.write([&]() -> StorageError {
        return m_audit.record(actor, at, QStringLiteral("change_settings"), QStringLiteral("roadmap_settings"), {roadmapId}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("UPDATE roadmap_settings SET quarterly_confirmation_day = ?, move_due_to_working_day = ?, "
                                               "decree_days_non_working = ?, due_soon_days = ?, verification_required = ?, "
                                               "version = version + 1 WHERE roadmap_id = ?"),
                             {settings.quarterlyConfirmationDay, int(settings.moveDueToWorkingDay),
                              int(settings.decreeDaysAreNonWorking), settings.dueSoonDays, int(settings.verificationRequired),
                              roadmapId});
        });
    });
}

QList<Department> RoadmapRepository::departments(StorageError *error) const
{
    QList<Department> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT name, short_name, kind, head, active FROM departments ORDER BY name"))) {
        setError(error, e);
        return result;
    }
    while (q.next()) {
        result.append({q.value(0).toString(), q.value(1).toString(), departmentKindFromId(q.value(2).toString()),
                       q.value(3).toString(), q.value(4).toInt() != 0});
    }
    return result;
}

WorkCalendar RoadmapRepository::calendar(StorageError *error) const
{
    WorkCalendar calendar = WorkCalendar::russianFederal();
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT day, kind, note FROM calendar_overrides ORDER BY day"))) {
        setError(error, e);
        return calendar;
    }
    while (q.next()) {
        const QDate day = dateFrom(q.value(0));
        if (!day.isValid())
            continue;
        if (const std::optional<WorkCalendar::DayKind> kind = WorkCalendar::kindFromId(q.value(1).toString()))
            calendar.setSpecialDay({day, *kind, q.value(2).toString(), QCoreApplication::translate("core", "edited in this database")});
        else
            calendar.removeSpecialDay(day); // "plain": an ordinary day where the federal calendar had something
    }
    return calendar;
}

StorageError RoadmapRepository::setCalendarDay(const Actor &actor, const QDateTime &at, const WorkCalendar::SpecialDay &day)
{
    return m_db.write([&]() -> StorageError {
        return m_audit.record(actor, at, QStringLiteral("edit_calendar"), QStringLiteral("calendar_overrides"), {isoDate(day.date)}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("INSERT INTO calendar_overrides (day, kind, note) VALUES (?, ?, ?) "
                                               "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note, "
                                               "version = calendar_overrides.version + 1"),
                             {isoDate(day.date), WorkCalendar::kindId(day.kind), day.note});
        });
    });
}

} // namespace core
