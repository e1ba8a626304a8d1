#include "userrepository.h"

#include "database.h"

#include <QCoreApplication>

namespace core {

namespace {

const QString selectUsers = QStringLiteral("SELECT login, display_name, role, department, active, version FROM users");

User userFrom(const QSqlQuery &q)
{
    User user;
    user.login = q.value(0).toString();
    user.displayName = q.value(1).toString();
    user.role = userRoleFromId(q.value(2).toString()).value_or(User::Role::Viewer);
    user.department = q.value(3).toString();
    user.active = q.value(4).toInt() != 0;
    user.version = q.value(5).toInt();
    return user;
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
    , m_audit(db)
{
}

QList<User> UserRepository::users(StorageError *error) const
{
    QList<User> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, selectUsers + QStringLiteral(" ORDER BY login"))) {
        if (error)
            *error = e;
        return result;
    }
    while (q.next())
        result.append(userFrom(q));
    return result;
}

std::optional<User> UserRepository::user(const QString &login, StorageError *error) const
{
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, selectUsers + QStringLiteral(" WHERE login = ?"), {login})) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

int UserRepository::count(StorageError *error) const
{
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM users"))) {
        if (error)
            *error = e;
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

StorageError UserRepository::save(const Actor &actor, const QDateTime &at, const User &user, int expectedVersion)
{
    StorageError error;
    const std::optional<User> stored = this->user(user.login, &error);
    if (error)
        return error;
    const int storedVersion = stored ? stored->version : 0;
    if (storedVersion != expectedVersion) {
        return StorageError::make(StorageError::Kind::Conflict,
                                  QCoreApplication::translate("core", "the user %1 was changed by someone else (version %2; your change was based on version %3)")
                                      .arg(user.login)
                                      .arg(storedVersion)
                                      .arg(expectedVersion));
    }
    return m_audit.record(actor, at, stored ? QStringLiteral("change_user") : QStringLiteral("add_user"), QStringLiteral("users"),
                          {user.login}, [&] {
                              QSqlQuery q = m_db.query();
                              if (stored) {
                                  return m_db.exec(q, QStringLiteral("UPDATE users SET display_name = ?, role = ?, department = ?, "
                                                                     "active = ?, version = version + 1 WHERE login = ? AND version = ?"),
                                                   {user.displayName, userRoleId(user.role), user.department, int(user.active),
                                                    user.login, expectedVersion});
                              }
                              return m_db.exec(q, QStringLiteral("INSERT INTO users (login, display_name, role, department, active) "
                                                                 "VALUES (?, ?, ?, ?, ?)"),
                                               {user.login, user.displayName, userRoleId(user.role), user.department, int(user.active)});
                          });
}

} // namespace core
