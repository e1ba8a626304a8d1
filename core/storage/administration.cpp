#include "administration.h"

#include "database.h"
#include "roadmaprepository.h"
#include "userrepository.h"

#include <QCoreApplication>

namespace core {

Administration::Administration(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
}

StorageError Administration::authorize(const Actor &actor, access::Action action) const
{
    StorageError error;
    const std::optional<User> user = UserRepository(m_db).user(actor.login, &error);
    if (error)
        return error;
    if (!user)
        return StorageError::make(StorageError::Kind::NotPermitted,
                                  QCoreApplication::translate("core", "%1 is not a user of this database; ask the monitor to add you")
                                      .arg(actor.login));
    const QString refusal = access::refusal(*user, action);
    if (!refusal.isEmpty())
        return StorageError::make(StorageError::Kind::NotPermitted, refusal);
    return {};
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
    if (user.role == User::Role::DepartmentHead && user.department.isEmpty())
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  QCoreApplication::translate("core", "a department head needs a department"));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorize(actor, access::Action::ManageUsers))
            return error;
        return UserRepository(m_db).save(actor, m_clock(), user, expectedVersion);
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
