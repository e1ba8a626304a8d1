#pragma once

#include "storageerror.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

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

    /// Entities whose rows differ from the newest event about them.
    QSet<QString> mismatchedEntities(StorageError *error = nullptr) const;
    /// Records an event for every audited row that differs from the trail, except those in
    /// leaveAlone: how a schema migration, itself a change by the program, stays accountable
    /// without absorbing edits made outside the program before it. Must run inside write().
    StorageError reconcile(const Actor &actor, const QDateTime &at, const QString &action, const QSet<QString> &leaveAlone);

private:
    QHash<QString, QJsonObject> latestRecorded(StorageError *error) const;
    /// Calls mismatch(entity, recorded, actual) for each audited row that differs from the trail;
    /// an empty object stands for "no such row" or "never recorded".
    StorageError compareRows(const QHash<QString, QJsonObject> &recorded,
                             const std::function<void(const QString &, const QJsonObject &, const QJsonObject &)> &mismatch) const;

    Database &m_db;
};

} // namespace core
