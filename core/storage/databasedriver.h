#pragma once

#include "databaselocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <memory>

namespace core {

/// Everything that differs between SQLite and PostgreSQL, in one place; the rest of the
/// storage code speaks plain SQL that both understand.
class DatabaseDriver
{
public:
    virtual ~DatabaseDriver() = default;

    static std::unique_ptr<DatabaseDriver> create(DatabaseLocation::Kind kind);

    virtual DatabaseLocation::Kind kind() const = 0;
    /// The Qt SQL driver name: "QSQLITE" or "QPSQL".
    virtual QString qtDriverName() const = 0;
    /// Column definition of an auto-numbered primary key.
    virtual QString autoIncrementKey() const = 0;
    /// Statements that start a write transaction which holds the write lock from its start,
    /// so that concurrent writers queue instead of deadlocking.
    virtual QStringList beginWrite() const = 0;
    /// Connection settings applied once the database is known to be ours.
    virtual QStringList connectionSetup() const = 0;
    /// True when the error means "someone else holds the lock; try again".
    virtual bool isBusy(const QSqlError &error) const = 0;
    /// A number that changes whenever another connection commits.
    virtual qint64 changeToken(const QSqlDatabase &db) const = 0;
    /// Names of the tables in the database.
    virtual QStringList tables(const QSqlDatabase &db) const = 0;
};

} // namespace core
