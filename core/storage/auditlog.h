#pragma once

#include "storageerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {

class Database;

/// Who made a change: the person logged in, and the person a monitor acted for (--as).
struct Actor {
    QString login;
    QString onBehalfOf;

    /// The login whose permissions and name the change carries.
    QString effectiveLogin() const { return onBehalfOf.isEmpty() ? login : onBehalfOf; }
};

/// One recorded change.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;
    QString login;
    QString onBehalfOf;
    QString action;
    QString entity;     ///< "execution_reports:[1,\"5.1\",\"Отдел\",\"2019\"]"
    QJsonObject before; ///< the row before; empty when it was created
    QJsonObject after;  ///< the row after; empty when it was deleted
};

/// The append-only, hash-chained record of every write, and the check that the file still
/// agrees with it. Each row of an audited table is an entity "table:[key values]".
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    /// The row as the audit trail stores it; empty when there is none.
    QJsonObject snapshot(const QString &table, const QVariantList &key, StorageError *error = nullptr) const;
    static QString entityId(const QString &table, const QVariantList &key);

    /// Appends an event; must run inside Database::write().
    StorageError append(const Actor &actor, const QDateTime &at, const QString &action, const QString &entity,
                        const QJsonObject &before, const QJsonObject &after);

    /// Captures a row, runs change, captures it again and records the event: the one way writes are audited.
    StorageError record(const Actor &actor, const QDateTime &at, const QString &action, const QString &table,
                        const QVariantList &key, const std::function<StorageError()> &change);

    QList<AuditEvent> events(StorageError *error = nullptr) const;

    /// Verifies the hash chain and that every audited row matches the newest event about it.
    /// Returns the problems found, in words; empty when the file is as the program left it.
    QStringList verify(int *eventCount = nullptr, StorageError *error = nullptr) const;

private:
    Database &m_db;
};

} // namespace core
