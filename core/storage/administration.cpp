#include "administration.h"

#include "authorization.h"
#include "database.h"
#include "roadmaprepository.h"
#include "userrepository.h"
#include "visibletext.h"

#include <QCoreApplication>

#include <algorithm>

namespace core {

Administration::Administration(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
}

StorageError Administration::authorize(const Actor &actor, access::Action action) const
{
    // As in the workflows: only a monitor acts for someone else, and the change carries that
    // person's permissions, so the audit trail never credits someone with what they may not do.
    return authorizeActor(m_db, actor, action);
}

StorageError Administration::bootstrapCreator(const QString &login, const QString &displayName)
{
    return m_db.write([&]() -> StorageError {
        UserRepository users(m_db);
        StorageError error;
        if (users.count(&error) > 0 || error)
            return error;
        User creator;
        creator.login = login;
        creator.displayName = displayName.isEmpty() ? login : displayName;
        creator.role = User::Role::Monitor;
        return users.save({login, {}}, m_clock(), creator, 0);
    });
}

StorageError Administration::importRoadmap(const Actor &actor, Roadmap *roadmap)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor, access::Action::ManageRoadmap))
            return error;
        return RoadmapRepository(m_db).insert(actor, m_clock(), roadmap);
    });
}

StorageError Administration::saveUser(const Actor &actor, const User &user, int expectedVersion)
{
    if (user.login.trimmed().isEmpty())
        return StorageError::make(StorageError::Kind::InvalidInput, QCoreApplication::translate("core", "the login is empty"));
    for (const auto &[what, text] : {std::pair{QT_TRANSLATE_NOOP("core", "the login"), user.login},
                                     std::pair{QT_TRANSLATE_NOOP("core", "the person's name"), user.displayName},
                                     std::pair{QT_TRANSLATE_NOOP("core", "the department"), user.department}}) {
        if (const QString problem = hiddenCharacterProblem(QCoreApplication::translate("core", what), text); !problem.isEmpty())
            return StorageError::make(StorageError::Kind::InvalidInput, problem);
    }
    if (user.role == User::Role::DepartmentHead && user.department.isEmpty())
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  QCoreApplication::translate("core", "a department head needs a department"));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor, access::Action::ManageUsers))
            return error;
        StorageError error;
        if (user.role == User::Role::DepartmentHead) {
            // A mistyped department would leave the head with nothing they may report.
            const QList<Department> departments = RoadmapRepository(m_db).departments(&error);
            if (error)
                return error;
            if (std::none_of(departments.cbegin(), departments.cend(), [&](const Department &d) { return d.name == user.department; }))
                return StorageError::make(StorageError::Kind::InvalidInput,
                                          QCoreApplication::translate("core", "there is no department «%1» in this database")
                                              .arg(user.department));
        }
        UserRepository users(m_db);
        if (user.role != User::Role::Monitor || !user.active) {
            // Someone must remain who can manage the database.
            const QList<User> everyone = users.users(&error);
            if (error)
                return error;
            const bool otherMonitor = std::any_of(everyone.cbegin(), everyone.cend(), [&](const User &u) {
                return u.login != user.login && u.role == User::Role::Monitor && u.active;
            });
            if (!otherMonitor)
                return StorageError::make(StorageError::Kind::InvalidInput,
                                          QCoreApplication::translate("core", "%1 is the only monitor; add another monitor first")
                                              .arg(user.login));
        }
        return users.save(actor, m_clock(), user, expectedVersion);
    });
}

StorageError Administration::saveSettings(const Actor &actor, qint64 roadmapId, const RoadmapSettings &settings)
{
    if (settings.quarterlyConfirmationDay < 1 || settings.quarterlyConfirmationDay > 28 || settings.dueSoonDays < 0)
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  QCoreApplication::translate("core", "the confirmation day must be 1–28 and the warning window not negative"));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor, access::Action::ManageRoadmap))
            return error;
        return RoadmapRepository(m_db).saveSettings(actor, m_clock(), roadmapId, settings);
    });
}

StorageError Administration::setCalendarDay(const Actor &actor, const WorkCalendar::SpecialDay &day)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor, access::Action::ManageRoadmap))
            return error;
        return RoadmapRepository(m_db).setCalendarDay(actor, m_clock(), day);
    });
}

StorageError Administration::markAsDemo(const Actor &actor)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor, access::Action::ManageRoadmap))
            return error;
        return m_db.setMetaValue(QStringLiteral("demo"), QStringLiteral("1"));
    });
}

} // namespace core
