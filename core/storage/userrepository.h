#pragma once

#include "auditlog.h"
#include "storageerror.h"
#include "user.h"

#include <QList>

#include <optional>

namespace core {

class Database;

/// The people who use a database and their roles.
class UserRepository
{
public:
    explicit UserRepository(Database &db);

    QList<User> users(StorageError *error = nullptr) const;
    std::optional<User> user(const QString &login, StorageError *error = nullptr) const;
    int count(StorageError *error = nullptr) const;

    /// Adds or changes a user. expectedVersion 0 means "a new user"; otherwise the version the
    /// change was based on, and a newer stored version is a conflict. Must run inside write().
    StorageError save(const Actor &actor, const QDateTime &at, const User &user, int expectedVersion);

private:
    Database &m_db;
    AuditLog m_audit;
};

} // namespace core
