#pragma once

#include "databasedriver.h"
#include "databaselocation.h"
#include "storageerror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace core {

/// One connection to the shared store, with the rules of DESIGN §5: files are checked before
/// anything is written, every write is one short transaction that holds the write lock from its
/// start, a busy file is retried with back-off, other people's changes are noticed by polling.
class Database : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode {
        Existing,        ///< refuse a missing file or an empty PostgreSQL database
        CreateIfMissing, ///< create the file (or the schema) when there is none
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    StorageError open(const DatabaseLocation &location, OpenMode mode = OpenMode::Existing);
    void close();

    bool isOpen() const;
    const DatabaseLocation &location() const { return m_location; }
    const DatabaseDriver &driver() const { return *m_driver; }
    QSqlDatabase connection() const;

    /// True when this open() created the database.
    bool wasCreated() const { return m_created; }
    /// Why writes are refused (newer schema, read-only file); empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    int schemaVersion() const { return m_schemaVersion; }
    /// True when open() found a write left unfinished by a crash (a hot journal), rolled it back,
    /// and so checked the whole file with quick_check before going on.
    bool rolledBackOnOpen() const { return m_rolledBackOnOpen; }
    /// The copy taken before migrating an older file; empty when none was needed.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Runs body inside one write transaction, retrying from the start while the database is
    /// busy. The body returns an error to roll back. Nested calls join the outer transaction.
    StorageError write(const std::function<StorageError()> &body);
    bool isBusy() const { return m_busy; }
    /// How long write() keeps retrying a busy database before giving up, in milliseconds.
    void setBusyRetryLimit(int milliseconds) { m_busyRetryLimit = milliseconds; }

    /// True when someone else committed a change since the previous call.
    bool pollExternalChanges();

    /// SQLite's full `PRAGMA integrity_check` of every page and index (seconds on a big file;
    /// open() checks only the header, schema and meta). problems is empty when the file is
    /// sound; nothing to do on PostgreSQL.
    StorageError checkIntegrity(QStringList *problems) const;

    /// A consistent copy of the database taken while others keep working (SQLite backup API).
    StorageError backupTo(const QString &targetPath) const;

    /// meta table access; setMetaValue must run inside write().
    QString metaValue(const QString &key) const;
    StorageError setMetaValue(const QString &key, const QString &value);

    /// A query on this connection, forward-only.
    QSqlQuery query() const;
    /// Prepares, binds and executes; maps a failure to a StorageError (Busy where the driver says so).
    StorageError exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const;
    StorageError errorFrom(const QSqlError &error, const QString &context) const;

signals:
    void busyChanged(bool busy);

private:
    StorageError openSqlite(OpenMode mode);
    StorageError openPostgres(OpenMode mode);
    StorageError openConnection(bool readOnly);
    StorageError checkOwnership(bool allowEmpty);
    StorageError checkSqliteStructure();
    StorageError checkSqliteFile(const QString &pragma, QStringList *problems) const;
    StorageError migrate();
    StorageError runMigration(int version);
    StorageError applyConnectionSetup();
    void setBusy(bool busy);

    DatabaseLocation m_location;
    std::unique_ptr<DatabaseDriver> m_driver;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_migrationBackup;
    int m_schemaVersion = 0;
    bool m_created = false;
    bool m_rolledBackOnOpen = false;
    bool m_inWrite = false;
    bool m_busy = false;
    int m_busyRetryLimit = 120000;
    qint64 m_changeToken = -1;
};

} // namespace core
