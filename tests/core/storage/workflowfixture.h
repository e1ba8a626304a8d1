#pragma once

// Shared by the workflow, administration, audit and concurrency tests: a small roadmap built in
// code, a clock the test sets, and a new database in a temporary folder with a user of every role.

#include "administration.h"
#include "auditlog.h"
#include "database.h"
#include "deadlineparser.h"
#include "roadmap.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

namespace fixture {

/// A temporary folder for test databases, in memory (/dev/shm) where there is one: SQLite's locks
/// and rollback journal work the same there, only fsync is free (a killed process does not need
/// it; a power cut would). ROADMAP_TEST_ON_DISK=1 keeps them on disk, to see the disk's speed.
inline std::unique_ptr<QTemporaryDir> scratchDir()
{
    const QFileInfo memory(QStringLiteral("/dev/shm"));
    if (qEnvironmentVariableIntValue("ROADMAP_TEST_ON_DISK") == 0 && memory.isDir() && memory.isWritable())
        return std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/roadmap-test-XXXXXX"));
    return std::make_unique<QTemporaryDir>();
}

inline QString economy()
{
    return QStringLiteral("Отдел экономики и стратегического развития");
}

inline QString housing()
{
    return QStringLiteral("Отдел городского хозяйства, транспорта и связи");
}

inline QString group()
{
    return QStringLiteral("Отделы Администрации");
}

inline core::Activity makeActivity(const QString &number, const QString &deadline, const QList<core::Assignment> &assignments,
                                   QDate periodStart, QDate periodEnd)
{
    core::Activity activity;
    activity.number = number;
    activity.principle = number.section(u'.', 0, 0).toInt();
    activity.text = QStringLiteral("Мероприятие %1").arg(number);
    activity.deadlineText = deadline;
    activity.rule = core::DeadlineParser(periodStart, periodEnd).parse(deadline);
    activity.assignments = assignments;
    return activity;
}

inline core::Roadmap skeleton(QDate periodStart, QDate periodEnd)
{
    core::Roadmap roadmap;
    roadmap.title = QStringLiteral("План мероприятий («дорожная карта») для проверки");
    roadmap.actNumber = QStringLiteral("1");
    roadmap.actDate = periodStart;
    roadmap.approvingBody = QStringLiteral("Администрация");
    roadmap.periodStart = periodStart;
    roadmap.periodEnd = periodEnd;
    roadmap.principles = {{1, QStringLiteral("Принцип первый")}};
    roadmap.departments = {{economy(), {}, core::Department::Kind::AdministrationDepartment, {}, true},
                           {housing(), {}, core::Department::Kind::AdministrationDepartment, {}, true}};
    return roadmap;
}

/// 1.1 once (2018), economy; 1.2 on event, economy lead and housing co-executor;
/// 1.3 continuous, led by a group; 1.4 annual report, housing.
inline core::Roadmap smallRoadmap()
{
    const QDate start(2018, 3, 16);
    const QDate end(2020, 12, 31);
    core::Roadmap roadmap = skeleton(start, end);
    roadmap.groups = {{group()}};
    roadmap.activities = {
        makeActivity(QStringLiteral("1.1"), QStringLiteral("I полугодие 2018"), {{economy(), core::AssignmentRole::Lead, false}},
                     start, end),
        makeActivity(QStringLiteral("1.2"), QStringLiteral("по мере поступления"),
                     {{economy(), core::AssignmentRole::Lead, false}, {housing(), core::AssignmentRole::CoExecutor, false}}, start, end),
        makeActivity(QStringLiteral("1.3"), QStringLiteral("Постоянно"), {{group(), core::AssignmentRole::Lead, true}}, start, end),
        makeActivity(QStringLiteral("1.4"), QStringLiteral("ежегодно не позднее 15 мая года, следующего за отчетным"),
                     {{housing(), core::AssignmentRole::Lead, false}}, start, end),
    };
    return roadmap;
}

/// activities × «ежемесячно» over 2018–2020 (36 months each), all owed by economy().
inline core::Roadmap monthlyRoadmap(int activities)
{
    const QDate start(2018, 1, 1);
    const QDate end(2020, 12, 31);
    core::Roadmap roadmap = skeleton(start, end);
    for (int i = 1; i <= activities; ++i) {
        roadmap.activities.append(makeActivity(QStringLiteral("1.%1").arg(i), QStringLiteral("ежемесячно"),
                                               {{economy(), core::AssignmentRole::Lead, false}}, start, end));
    }
    return roadmap;
}

inline core::User user(const QString &login, core::User::Role role, const QString &department = {}, bool active = true)
{
    core::User person;
    person.login = login;
    person.displayName = login;
    person.role = role;
    person.department = department;
    person.active = active;
    return person;
}

/// A clock the test moves by hand.
struct Clock {
    QDateTime now = QDateTime(QDate(2018, 7, 2), QTime(9, 0), Qt::UTC);

    std::function<QDateTime()> function()
    {
        return [this] { return now; };
    }
    void setDate(QDate date) { now = QDateTime(date, QTime(9, 0), Qt::UTC); }
};

/// Creates the file with the roadmap and the users: monitor, econ.head and gkh.head (department
/// heads), viewer, and retired (a disabled head of economy()). Returns the roadmap id, 0 on failure.
inline qint64 createDatabase(core::Database &db, const QString &path, core::Roadmap roadmap, const std::function<QDateTime()> &clock)
{
    if (const core::StorageError error = db.open(core::DatabaseLocation::sqlite(path), core::Database::OpenMode::CreateIfMissing)) {
        qWarning() << error.message;
        return 0;
    }
    core::Administration administration(db, clock);
    const core::Actor monitor{QStringLiteral("monitor"), {}};
    core::StorageError error = administration.bootstrapCreator(monitor.login);
    if (!error)
        error = administration.importRoadmap(monitor, &roadmap);
    const QList<core::User> people = {
        user(QStringLiteral("econ.head"), core::User::Role::DepartmentHead, economy()),
        user(QStringLiteral("gkh.head"), core::User::Role::DepartmentHead, housing()),
        user(QStringLiteral("viewer"), core::User::Role::Viewer),
        user(QStringLiteral("retired"), core::User::Role::DepartmentHead, economy(), false),
    };
    for (const core::User &person : people) {
        if (!error)
            error = administration.saveUser(monitor, person, 0);
    }
    if (error) {
        qWarning() << error.message;
        return 0;
    }
    return roadmap.id;
}

/// A second connection straight to the file, as someone with the sqlite3 shell would have.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    /// Runs one statement; empty on success, the error otherwise.
    QString exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            return q.lastError().text();
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec() ? QString() : q.lastError().text();
    }

    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    int count(const QString &table) { return value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(); }

private:
    QString m_name;
};

} // namespace fixture
