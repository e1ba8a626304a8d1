#include "roadmapediting.h"

#include "authorization.h"
#include "database.h"
#include "deadlineparser.h"
#include "manualrule.h"
#include "roadmaprepository.h"
#include "storedtime.h"
#include "visibletext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

StorageError invalid(const QString &message)
{
    return StorageError::make(StorageError::Kind::InvalidInput, message);
}

template<typename T>
void setError(StorageError *target, const T &error)
{
    if (target)
        *target = error;
}

bool isActivityNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    return pattern.match(number).hasMatch();
}

} // namespace

RoadmapEditing::RoadmapEditing(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_audit(db)
{
}

StorageError RoadmapEditing::authorize(const Actor &actor) const
{
    return authorizeActor(m_db, actor, access::Action::ManageRoadmap);
}

StorageError RoadmapEditing::checkVersion(const QString &what, int stored, int expected) const
{
    if (stored == 0)
        return invalid(tr("%1 is not in the database").arg(what));
    if (stored != expected)
        return StorageError::make(StorageError::Kind::Conflict,
                                  tr("%1 was changed by someone else (version %2; your change was based on version %3); reload to see it")
                                      .arg(what)
                                      .arg(stored)
                                      .arg(expected));
    return {};
}

int RoadmapEditing::count(const QString &sql, const QVariantList &values, StorageError *error) const
{
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, sql, values)) {
        setError(error, e);
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

int RoadmapEditing::activityVersion(qint64 roadmapId, const QString &number, StorageError *error) const
{
    return count(QStringLiteral("SELECT version FROM activities WHERE roadmap_id = ? AND number = ?"), {roadmapId, number}, error);
}

int RoadmapEditing::activityPosition(qint64 roadmapId, const QString &number, StorageError *error) const
{
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT position FROM activities WHERE roadmap_id = ? AND number = ?"),
                                   {roadmapId, number})) {
        setError(error, e);
        return -1;
    }
    return q.next() ? q.value(0).toInt() : -1;
}

int RoadmapEditing::departmentVersion(const QString &name, StorageError *error) const
{
    return count(QStringLiteral("SELECT version FROM departments WHERE name = ?"), {name}, error);
}

QList<DepartmentGroup> RoadmapEditing::groups(StorageError *error) const
{
    QList<DepartmentGroup> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT name FROM department_groups ORDER BY name"))) {
        setError(error, e);
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString()});
    return result;
}

StorageError RoadmapEditing::checkNewPartyName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return invalid(tr("the name is empty"));
    if (const QString problem = hiddenCharacterProblem(tr("the name of a department or group"), name); !problem.isEmpty())
        return invalid(problem);
    if (name != name.trimmed())
        return invalid(tr("the name «%1» starts or ends with a space").arg(name));
    StorageError error;
    const int taken = count(QStringLiteral("SELECT (SELECT COUNT(*) FROM departments WHERE name = ?) + "
                                           "(SELECT COUNT(*) FROM department_groups WHERE name = ?)"),
                            {name, name}, &error);
    if (error)
        return error;
    if (taken > 0)
        return invalid(tr("a department or group named «%1» already exists").arg(name));
    return {};
}

StorageError RoadmapEditing::rekey(const Actor &actor, const QDateTime &at, const QString &action, const QString &table,
                                   const QVariantList &oldKey, const QVariantList &newKey, const std::function<StorageError()> &change)
{
    StorageError error;
    const QJsonObject before = m_audit.snapshot(table, oldKey, &error);
    if (error)
        return error;
    if ((error = change()))
        return error;
    if ((error = m_audit.append(actor, at, action, AuditLog::entityId(table, oldKey), before, {})))
        return error;
    const QJsonObject after = m_audit.snapshot(table, newKey, &error);
    if (error)
        return error;
    return m_audit.append(actor, at, action, AuditLog::entityId(table, newKey), {}, after);
}

StorageError RoadmapEditing::renameParty(const Actor &actor, const QDateTime &at, const QString &action, const QString &name,
                                         const QString &newName)
{
    // Collect the keys first: rows are changed while no query is open on them.
    const auto keys = [this](const QString &sql, const QVariantList &values, int columns, StorageError *error) {
        QList<QVariantList> result;
        QSqlQuery q = m_db.query();
        if ((*error = m_db.exec(q, sql, values)))
            return result;
        while (q.next()) {
            QVariantList key;
            for (int i = 0; i < columns; ++i)
                key.append(q.value(i));
            result.append(key);
        }
        return result;
    };
    const auto run = [this](const QString &sql, const QVariantList &values) {
        QSqlQuery q = m_db.query();
        return m_db.exec(q, sql, values);
    };
    StorageError error;

    for (const QVariantList &key : keys(QStringLiteral("SELECT roadmap_id, activity, position FROM assignments WHERE party = ?"), {name}, 3, &error)) {
        if ((error = m_audit.record(actor, at, action, QStringLiteral("assignments"), key, [&] {
                 return run(QStringLiteral("UPDATE assignments SET party = ? WHERE roadmap_id = ? AND activity = ? AND position = ?"),
                            QVariantList{newName} + key);
             })))
            return error;
    }
    if (error)
        return error;
    for (const QVariantList &key : keys(QStringLiteral("SELECT login FROM users WHERE department = ?"), {name}, 1, &error)) {
        if ((error = m_audit.record(actor, at, action, QStringLiteral("users"), key, [&] {
                 return run(QStringLiteral("UPDATE users SET department = ?, version = version + 1 WHERE login = ?"), QVariantList{newName} + key);
             })))
            return error;
    }
    if (error)
        return error;
    for (const QVariantList &key :
         keys(QStringLiteral("SELECT roadmap_id, activity, period FROM execution_reports WHERE department = ?"), {name}, 3, &error)) {
        const QVariantList oldKey{key[0], key[1], name, key[2]};
        const QVariantList newKey{key[0], key[1], newName, key[2]};
        if ((error = rekey(actor, at, action, QStringLiteral("execution_reports"), oldKey, newKey, [&] {
                 return run(QStringLiteral("UPDATE execution_reports SET department = ?, version = version + 1 WHERE roadmap_id = ? "
                                           "AND activity = ? AND department = ? AND period = ?"),
                            QVariantList{newName} + oldKey);
             })))
            return error;
    }
    if (error)
        return error;
    for (const QVariantList &key : keys(QStringLiteral("SELECT id FROM extensions WHERE department = ?"), {name}, 1, &error)) {
        if ((error = m_audit.record(actor, at, action, QStringLiteral("extensions"), key, [&] {
                 return run(QStringLiteral("UPDATE extensions SET department = ? WHERE id = ?"), QVariantList{newName} + key);
             })))
            return error;
    }
    if (error)
        return error;
    for (const QVariantList &key : keys(QStringLiteral("SELECT id FROM extension_requests WHERE department = ?"), {name}, 1, &error)) {
        if ((error = m_audit.record(actor, at, action, QStringLiteral("extension_requests"), key, [&] {
                 return run(QStringLiteral("UPDATE extension_requests SET department = ?, version = version + 1 WHERE id = ?"),
                            QVariantList{newName} + key);
             })))
            return error;
    }
    return error;
}

StorageError RoadmapEditing::renumberActivity(const Actor &actor, const QDateTime &at, qint64 roadmapId, const QString &number,
                                              const QString &newNumber)
{
    const QString action = QStringLiteral("renumber_activity");
    const auto run = [this](const QString &sql, const QVariantList &values) {
        QSqlQuery q = m_db.query();
        return m_db.exec(q, sql, values);
    };
    const auto column = [this](const QString &sql, const QVariantList &values, StorageError *error) {
        QVariantList result;
        QSqlQuery q = m_db.query();
        if ((*error = m_db.exec(q, sql, values)))
            return result;
        while (q.next())
            result.append(q.value(0));
        return result;
    };
    StorageError error;
    // Assignments refer to the activity, so the new row comes first and the old one goes last.
    if ((error = m_audit.record(actor, at, action, QStringLiteral("activities"), {roadmapId, newNumber}, [&] {
             return run(QStringLiteral("INSERT INTO activities (roadmap_id, number, principle, position, text, deadline_text, version, "
                                       "responsible_text, note, rule_wording, rule_set_by, rule_set_at) "
                                       "SELECT roadmap_id, ?, principle, position, text, deadline_text, version, responsible_text, note, "
                                       "rule_wording, rule_set_by, rule_set_at FROM activities WHERE roadmap_id = ? AND number = ?"),
                        {newNumber, roadmapId, number});
         })))
        return error;
    for (const QVariant &position :
         column(QStringLiteral("SELECT position FROM assignments WHERE roadmap_id = ? AND activity = ? ORDER BY position"),
                {roadmapId, number}, &error)) {
        if ((error = rekey(actor, at, action, QStringLiteral("assignments"), {roadmapId, number, position}, {roadmapId, newNumber, position}, [&] {
                 if (StorageError e = run(QStringLiteral("INSERT INTO assignments (roadmap_id, activity, position, party, is_group, role) "
                                                         "SELECT roadmap_id, ?, position, party, is_group, role FROM assignments "
                                                         "WHERE roadmap_id = ? AND activity = ? AND position = ?"),
                                          {newNumber, roadmapId, number, position}))
                     return e;
                 return run(QStringLiteral("DELETE FROM assignments WHERE roadmap_id = ? AND activity = ? AND position = ?"),
                            {roadmapId, number, position});
             })))
            return error;
    }
    if (error)
        return error;
    QList<QVariantList> reportKeys;
    {
        QSqlQuery q = m_db.query();
        if ((error = m_db.exec(q, QStringLiteral("SELECT department, period FROM execution_reports WHERE roadmap_id = ? AND activity = ?"),
                               {roadmapId, number})))
            return error;
        while (q.next())
            reportKeys.append({q.value(0), q.value(1)});
    }
    for (const QVariantList &key : reportKeys) {
        if ((error = rekey(actor, at, action, QStringLiteral("execution_reports"), {roadmapId, number, key[0], key[1]},
                           {roadmapId, newNumber, key[0], key[1]}, [&] {
                               return run(QStringLiteral("UPDATE execution_reports SET activity = ?, version = version + 1 WHERE roadmap_id = ? "
                                                         "AND activity = ? AND department = ? AND period = ?"),
                                          {newNumber, roadmapId, number, key[0], key[1]});
                           })))
            return error;
    }
    for (const QVariant &id : column(QStringLiteral("SELECT id FROM extensions WHERE roadmap_id = ? AND activity = ?"), {roadmapId, number}, &error)) {
        if ((error = m_audit.record(actor, at, action, QStringLiteral("extensions"), {id}, [&] {
                 return run(QStringLiteral("UPDATE extensions SET activity = ? WHERE id = ?"), {newNumber, id});
             })))
            return error;
    }
    if (error)
        return error;
    for (const QVariant &id :
         column(QStringLiteral("SELECT id FROM extension_requests WHERE roadmap_id = ? AND activity = ?"), {roadmapId, number}, &error)) {
        if ((error = m_audit.record(actor, at, action, QStringLiteral("extension_requests"), {id}, [&] {
                 return run(QStringLiteral("UPDATE extension_requests SET activity = ?, version = version + 1 WHERE id = ?"), {newNumber, id});
             })))
            return error;
    }
    if (error)
        return error;
    return m_audit.record(actor, at, action, QStringLiteral("activities"), {roadmapId, number}, [&] {
        return run(QStringLiteral("DELETE FROM activities WHERE roadmap_id = ? AND number = ?"), {roadmapId, number});
    });
}

StorageError RoadmapEditing::addPrinciple(const Actor &actor, qint64 roadmapId, const Principle &principle)
{
    if (principle.number < 1)
        return invalid(tr("a principle number starts at 1"));
    if (principle.title.trimmed().isEmpty())
        return invalid(tr("the principle title is empty"));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if (count(QStringLiteral("SELECT COUNT(*) FROM principles WHERE roadmap_id = ? AND number = ?"), {roadmapId, principle.number}, &error) > 0)
            return invalid(tr("principle %1 already exists").arg(principle.number));
        if (error)
            return error;
        return m_audit.record(actor, m_clock(), QStringLiteral("add_principle"), QStringLiteral("principles"), {roadmapId, principle.number}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("INSERT INTO principles (roadmap_id, number, title) VALUES (?, ?, ?)"),
                             {roadmapId, principle.number, principle.title});
        });
    });
}

StorageError RoadmapEditing::removePrinciple(const Actor &actor, qint64 roadmapId, int number)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if (count(QStringLiteral("SELECT COUNT(*) FROM activities WHERE roadmap_id = ? AND principle = ?"), {roadmapId, number}, &error) > 0)
            return invalid(tr("principle %1 still has activities").arg(number));
        if (error)
            return error;
        if (m_audit.snapshot(QStringLiteral("principles"), {roadmapId, number}).isEmpty())
            return invalid(tr("there is no principle %1").arg(number));
        return m_audit.record(actor, m_clock(), QStringLiteral("remove_principle"), QStringLiteral("principles"), {roadmapId, number}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("DELETE FROM principles WHERE roadmap_id = ? AND number = ?"), {roadmapId, number});
        });
    });
}

StorageError RoadmapEditing::setPrincipleTitle(const Actor &actor, qint64 roadmapId, int number, const QString &title)
{
    if (title.trimmed().isEmpty())
        return invalid(tr("the principle title is empty"));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        if (m_audit.snapshot(QStringLiteral("principles"), {roadmapId, number}).isEmpty())
            return invalid(tr("there is no principle %1").arg(number));
        return m_audit.record(actor, m_clock(), QStringLiteral("edit_principle"), QStringLiteral("principles"), {roadmapId, number}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("UPDATE principles SET title = ? WHERE roadmap_id = ? AND number = ?"),
                             {title, roadmapId, number});
        });
    });
}

StorageError RoadmapEditing::addActivity(const Actor &actor, qint64 roadmapId, const Activity &activity, int position)
{
    if (!isActivityNumber(activity.number))
        return invalid(tr("«%1» is not an activity number such as 1.7").arg(activity.number));
    if (activity.text.trimmed().isEmpty())
        return invalid(tr("the activity text is empty"));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if (activityVersion(roadmapId, activity.number, &error) > 0)
            return invalid(tr("activity %1 already exists").arg(activity.number));
        if (count(QStringLiteral("SELECT COUNT(*) FROM principles WHERE roadmap_id = ? AND number = ?"), {roadmapId, activity.principle}, &error) == 0)
            return error ? error : invalid(tr("there is no principle %1").arg(activity.principle));
        if (position < 0)
            position = count(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM activities WHERE roadmap_id = ?"), {roadmapId}, &error);
        if (error)
            return error;
        const QDateTime at = m_clock();
        if ((error = m_audit.record(actor, at, QStringLiteral("add_activity"), QStringLiteral("activities"), {roadmapId, activity.number}, [&] {
                 QSqlQuery q = m_db.query();
                 return m_db.exec(q, QStringLiteral("INSERT INTO activities (roadmap_id, number, principle, position, text, deadline_text, "
                                                    "responsible_text, note, rule_wording, rule_set_by, rule_set_at) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {roadmapId, activity.number, activity.principle, position, activity.text, activity.deadlineText,
                                   activity.responsibleText, activity.note, activity.manualRule.wording, activity.manualRule.setBy,
                                   storedTimestamp(activity.manualRule.setAt)});
             })))
            return error;
        if (activity.assignments.isEmpty())
            return error;
        return setAssignments(actor, roadmapId, activity.number, activity.assignments, 1);
    });
}

StorageError RoadmapEditing::removeActivity(const Actor &actor, qint64 roadmapId, const QString &number, int expectedVersion)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if ((error = checkVersion(tr("activity %1").arg(number), activityVersion(roadmapId, number, &error), expectedVersion)))
            return error;
        const int history = count(QStringLiteral("SELECT (SELECT COUNT(*) FROM execution_reports WHERE roadmap_id = ? AND activity = ?) + "
                                                 "(SELECT COUNT(*) FROM extensions WHERE roadmap_id = ? AND activity = ?) + "
                                                 "(SELECT COUNT(*) FROM extension_requests WHERE roadmap_id = ? AND activity = ?)"),
                                  {roadmapId, number, roadmapId, number, roadmapId, number}, &error);
        if (error)
            return error;
        if (history > 0)
            return invalid(tr("activity %1 has reports or extensions; it cannot be removed").arg(number));
        const QDateTime at = m_clock();
        const int assignments =
            count(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM assignments WHERE roadmap_id = ? AND activity = ?"),
                  {roadmapId, number}, &error);
        for (int position = 0; position < assignments && !error; ++position) {
            if (m_audit.snapshot(QStringLiteral("assignments"), {roadmapId, number, position}).isEmpty())
                continue;
            error = m_audit.record(actor, at, QStringLiteral("remove_activity"), QStringLiteral("assignments"), {roadmapId, number, position}, [&] {
                QSqlQuery q = m_db.query();
                return m_db.exec(q, QStringLiteral("DELETE FROM assignments WHERE roadmap_id = ? AND activity = ? AND position = ?"),
                                 {roadmapId, number, position});
            });
        }
        if (error)
            return error;
        return m_audit.record(actor, at, QStringLiteral("remove_activity"), QStringLiteral("activities"), {roadmapId, number}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("DELETE FROM activities WHERE roadmap_id = ? AND number = ?"), {roadmapId, number});
        });
    });
}

StorageError RoadmapEditing::updateActivity(const Actor &actor, qint64 roadmapId, const QString &number, const Activity &after,
                                            int expectedVersion, int *newVersion)
{
    if (!isActivityNumber(after.number))
        return invalid(tr("«%1» is not an activity number such as 1.7").arg(after.number));
    if (after.text.trimmed().isEmpty())
        return invalid(tr("the activity text is empty"));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if ((error = checkVersion(tr("activity %1").arg(number), activityVersion(roadmapId, number, &error), expectedVersion)))
            return error;
        if (count(QStringLiteral("SELECT COUNT(*) FROM principles WHERE roadmap_id = ? AND number = ?"), {roadmapId, after.principle}, &error) == 0)
            return error ? error : invalid(tr("there is no principle %1").arg(after.principle));
        const QDateTime at = m_clock();
        if (after.number != number) {
            if (activityVersion(roadmapId, after.number, &error) > 0)
                return invalid(tr("activity %1 already exists").arg(after.number));
            if (error || (error = renumberActivity(actor, at, roadmapId, number, after.number)))
                return error;
        }
        if ((error = m_audit.record(actor, at, QStringLiteral("edit_activity"), QStringLiteral("activities"), {roadmapId, after.number}, [&] {
                 QSqlQuery q = m_db.query();
                 // A rule set by hand answers the wording it was set for: new wording drops it (the
                 // trail keeps it). The CASEs read the row as it was before this update.
                 return m_db.exec(q, QStringLiteral("UPDATE activities SET principle = ?, text = ?, deadline_text = ?, responsible_text = ?, "
                                                    "note = ?, rule_wording = CASE WHEN deadline_text = ? THEN rule_wording ELSE '' END, "
                                                    "rule_set_by = CASE WHEN deadline_text = ? THEN rule_set_by ELSE '' END, "
                                                    "rule_set_at = CASE WHEN deadline_text = ? THEN rule_set_at ELSE '' END, "
                                                    "version = version + 1 WHERE roadmap_id = ? AND number = ?"),
                                  {after.principle, after.text, after.deadlineText, after.responsibleText, after.note,
                                   after.deadlineText, after.deadlineText, after.deadlineText, roadmapId, after.number});
             })))
            return error;
        if (newVersion)
            *newVersion = activityVersion(roadmapId, after.number, &error);
        return error;
    });
}

StorageError RoadmapEditing::setActivityRule(const Actor &actor, qint64 roadmapId, const QString &number, const QString &wording,
                                             int expectedVersion, int *newVersion)
{
    const QString rule = wording.simplified();
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if ((error = checkVersion(tr("activity %1").arg(number), activityVersion(roadmapId, number, &error), expectedVersion)))
            return error;
        if (!rule.isEmpty()) {
            // The rule is read as the roadmap reads it: year-less dates take the roadmap's years.
            QSqlQuery q = m_db.query();
            if ((error = m_db.exec(q, QStringLiteral("SELECT period_start, period_end FROM roadmaps WHERE id = ?"), {roadmapId})))
                return error;
            if (!q.next())
                return invalid(QCoreApplication::translate("core", "there is no roadmap %1 in the database").arg(roadmapId));
            const DeadlineParser parser(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                        QDate::fromString(q.value(1).toString(), Qt::ISODate));
            q.finish();
            if (const QString problem = manualRuleProblem(parser, rule); !problem.isEmpty())
                return invalid(problem);
        }
        const QDateTime at = m_clock();
        if ((error = m_audit.record(actor, at, rule.isEmpty() ? QStringLiteral("clear_rule") : QStringLiteral("set_rule"),
                                    QStringLiteral("activities"), {roadmapId, number}, [&] {
                                        QSqlQuery q = m_db.query();
                                        return m_db.exec(q, QStringLiteral("UPDATE activities SET rule_wording = ?, rule_set_by = ?, "
                                                                           "rule_set_at = ?, version = version + 1 "
                                                                           "WHERE roadmap_id = ? AND number = ?"),
                                                         {rule, rule.isEmpty() ? QString() : actor.effectiveLogin(),
                                                          rule.isEmpty() ? QString() : storedTimestamp(at), roadmapId, number});
                                    })))
            return error;
        if (newVersion)
            *newVersion = activityVersion(roadmapId, number, &error);
        return error;
    });
}

StorageError RoadmapEditing::setAssignments(const Actor &actor, qint64 roadmapId, const QString &number,
                                            const QList<Assignment> &assignments, int expectedVersion, int *newVersion)
{
    if (std::none_of(assignments.cbegin(), assignments.cend(), [](const Assignment &a) { return a.owesObligations(); }))
        return invalid(tr("activity %1 needs a lead department or group").arg(number));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if ((error = checkVersion(tr("activity %1").arg(number), activityVersion(roadmapId, number, &error), expectedVersion)))
            return error;
        QSet<QString> named;
        for (const Assignment &assignment : assignments) {
            if (named.contains(assignment.department))
                return invalid(tr("«%1» is named twice").arg(assignment.department));
            named.insert(assignment.department);
            const QString sql = assignment.isGroup ? QStringLiteral("SELECT COUNT(*) FROM department_groups WHERE name = ?")
                                                   : QStringLiteral("SELECT COUNT(*) FROM departments WHERE name = ?");
            if (count(sql, {assignment.department}, &error) == 0)
                return error ? error
                             : invalid(assignment.isGroup ? tr("there is no department group «%1»").arg(assignment.department)
                                                          : tr("there is no department «%1»").arg(assignment.department));
        }

        QList<Assignment> stored;
        {
            QSqlQuery q = m_db.query();
            if ((error = m_db.exec(q, QStringLiteral("SELECT party, is_group, role FROM assignments WHERE roadmap_id = ? AND activity = ? "
                                                     "ORDER BY position"),
                                   {roadmapId, number})))
                return error;
            while (q.next()) {
                const QString role = q.value(2).toString();
                stored.append({q.value(0).toString(),
                               role == u"co_executor" ? AssignmentRole::CoExecutor
                                                      : role == u"contributor" ? AssignmentRole::Contributor : AssignmentRole::Lead,
                               q.value(1).toInt() != 0});
            }
        }
        // A party that stops owing obligations must not leave its reports behind.
        for (const Assignment &old : stored) {
            if (!old.owesObligations())
                continue;
            const bool stillOwes = std::any_of(assignments.cbegin(), assignments.cend(), [&](const Assignment &a) {
                return a.department == old.department && a.owesObligations();
            });
            if (stillOwes)
                continue;
            if (count(QStringLiteral("SELECT COUNT(*) FROM execution_reports WHERE roadmap_id = ? AND activity = ? AND department = ?"),
                      {roadmapId, number, old.department}, &error) > 0)
                return invalid(tr("«%1» has reported on activity %2; it cannot stop owing it").arg(old.department, number));
            if (error)
                return error;
        }

        const QDateTime at = m_clock();
        const qsizetype rows = std::max(stored.size(), assignments.size());
        for (qsizetype position = 0; position < rows; ++position) {
            if (position < stored.size() && position < assignments.size() && stored[position] == assignments[position])
                continue;
            const QVariantList key{roadmapId, number, int(position)};
            error = m_audit.record(actor, at, QStringLiteral("edit_assignments"), QStringLiteral("assignments"), key, [&] {
                QSqlQuery q = m_db.query();
                if (position >= assignments.size())
                    return m_db.exec(q, QStringLiteral("DELETE FROM assignments WHERE roadmap_id = ? AND activity = ? AND position = ?"), key);
                const Assignment &a = assignments[position];
                return m_db.exec(q, QStringLiteral("INSERT INTO assignments (roadmap_id, activity, position, party, is_group, role) "
                                                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (roadmap_id, activity, position) DO UPDATE "
                                                   "SET party = excluded.party, is_group = excluded.is_group, role = excluded.role"),
                                 key + QVariantList{a.department, int(a.isGroup), assignmentRoleId(a.role)});
            });
            if (error)
                return error;
        }
        // The activity's version covers its assignments, which have none of their own.
        if ((error = m_audit.record(actor, at, QStringLiteral("edit_assignments"), QStringLiteral("activities"), {roadmapId, number}, [&] {
                 QSqlQuery q = m_db.query();
                 return m_db.exec(q, QStringLiteral("UPDATE activities SET version = version + 1 WHERE roadmap_id = ? AND number = ?"),
                                  {roadmapId, number});
             })))
            return error;
        if (newVersion)
            *newVersion = activityVersion(roadmapId, number, &error);
        return error;
    });
}

StorageError RoadmapEditing::addDepartment(const Actor &actor, const Department &department)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        if (StorageError error = checkNewPartyName(department.name))
            return error;
        return m_audit.record(actor, m_clock(), QStringLiteral("add_department"), QStringLiteral("departments"), {department.name}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("INSERT INTO departments (name, short_name, kind, head, active) VALUES (?, ?, ?, ?, ?)"),
                             {department.name, department.shortName, RoadmapRepository::departmentKindId(department.kind), department.head,
                              int(department.active)});
        });
    });
}

StorageError RoadmapEditing::removeDepartment(const Actor &actor, const QString &name, int expectedVersion)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if ((error = checkVersion(tr("department «%1»").arg(name), departmentVersion(name, &error), expectedVersion)))
            return error;
        const int uses = count(QStringLiteral("SELECT (SELECT COUNT(*) FROM assignments WHERE party = ?) + "
                                              "(SELECT COUNT(*) FROM users WHERE department = ?) + "
                                              "(SELECT COUNT(*) FROM execution_reports WHERE department = ?)"),
                               {name, name, name}, &error);
        if (error)
            return error;
        if (uses > 0)
            return invalid(tr("«%1» is named in the roadmap or by users; deactivate it instead").arg(name));
        return m_audit.record(actor, m_clock(), QStringLiteral("remove_department"), QStringLiteral("departments"), {name}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("DELETE FROM departments WHERE name = ?"), {name});
        });
    });
}

StorageError RoadmapEditing::updateDepartment(const Actor &actor, const QString &name, const Department &after, int expectedVersion,
                                              int *newVersion)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if ((error = checkVersion(tr("department «%1»").arg(name), departmentVersion(name, &error), expectedVersion)))
            return error;
        const QDateTime at = m_clock();
        if (after.name != name) {
            if ((error = checkNewPartyName(after.name)))
                return error;
            const QString action = QStringLiteral("rename_department");
            if ((error = rekey(actor, at, action, QStringLiteral("departments"), {name}, {after.name}, [&] {
                     QSqlQuery q = m_db.query();
                     return m_db.exec(q, QStringLiteral("UPDATE departments SET name = ? WHERE name = ?"), {after.name, name});
                 })))
                return error;
            if ((error = renameParty(actor, at, action, name, after.name)))
                return error;
        }
        if ((error = m_audit.record(actor, at, QStringLiteral("edit_department"), QStringLiteral("departments"), {after.name}, [&] {
                 QSqlQuery q = m_db.query();
                 return m_db.exec(q, QStringLiteral("UPDATE departments SET short_name = ?, kind = ?, head = ?, active = ?, "
                                                    "version = version + 1 WHERE name = ?"),
                                  {after.shortName, RoadmapRepository::departmentKindId(after.kind), after.head, int(after.active),
                                   after.name});
             })))
            return error;
        if (newVersion)
            *newVersion = departmentVersion(after.name, &error);
        return error;
    });
}

StorageError RoadmapEditing::addGroup(const Actor &actor, const QString &name)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        if (StorageError error = checkNewPartyName(name))
            return error;
        return m_audit.record(actor, m_clock(), QStringLiteral("add_group"), QStringLiteral("department_groups"), {name}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("INSERT INTO department_groups (name) VALUES (?)"), {name});
        });
    });
}

StorageError RoadmapEditing::removeGroup(const Actor &actor, const QString &name)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if (m_audit.snapshot(QStringLiteral("department_groups"), {name}, &error).isEmpty())
            return error ? error : invalid(tr("there is no department group «%1»").arg(name));
        if (count(QStringLiteral("SELECT COUNT(*) FROM assignments WHERE party = ?"), {name}, &error) > 0)
            return invalid(tr("«%1» is named in the roadmap; it cannot be removed").arg(name));
        if (error)
            return error;
        return m_audit.record(actor, m_clock(), QStringLiteral("remove_group"), QStringLiteral("department_groups"), {name}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("DELETE FROM department_groups WHERE name = ?"), {name});
        });
    });
}

StorageError RoadmapEditing::renameGroup(const Actor &actor, const QString &name, const QString &newName)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor))
            return error;
        StorageError error;
        if (m_audit.snapshot(QStringLiteral("department_groups"), {name}, &error).isEmpty())
            return error ? error : invalid(tr("there is no department group «%1»").arg(name));
        if ((error = checkNewPartyName(newName)))
            return error;
        const QDateTime at = m_clock();
        const QString action = QStringLiteral("rename_group");
        if ((error = rekey(actor, at, action, QStringLiteral("department_groups"), {name}, {newName}, [&] {
                 QSqlQuery q = m_db.query();
                 return m_db.exec(q, QStringLiteral("UPDATE department_groups SET name = ? WHERE name = ?"), {newName, name});
             })))
            return error;
        return renameParty(actor, at, action, name, newName);
    });
}

} // namespace core
