#include "database.h"

#include "auditlog.h"
#include "schema.h"
#include "user.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>


namespace core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("roadmap-tracker-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// The permission bits themselves: root may write anyway, but a file or folder made read-only
/// (chmod a-w) means "do not change". WriteUser is left out, as Qt derives it from access(),
/// which is always true for root.
bool hasWriteBits(const QFileInfo &info)
{
    return info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

/// Checks the 100-byte SQLite header without opening the file through SQLite, so that a file
/// that is not a database, or is cut short, is refused before anything could touch it.
StorageError checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError::make(StorageError::Kind::NotFound, tr("cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (size == 0)
        return StorageError::make(StorageError::Kind::NotADatabase,
                                  tr("%1 is an empty file, not a Roadmap Tracker database").arg(path));
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return StorageError::make(StorageError::Kind::NotADatabase,
                                  tr("%1 is not a database: it is not an SQLite file").arg(path));
    if (header.size() < 100)
        return StorageError::make(StorageError::Kind::Damaged, tr("%1 is damaged: the file is cut short").arg(path));

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return StorageError::make(StorageError::Kind::Damaged, tr("%1 is damaged: its header is corrupt").arg(path));
    // The page count in the header is trustworthy when written by SQLite 3.7 or later.
    if (validFor == changeCounter && pageCount > 0 && size < pageSize * qint64(pageCount))
        return StorageError::make(StorageError::Kind::Damaged,
                                  tr("%1 is damaged: it is truncated (%2 bytes of %3)")
                                      .arg(path)
                                      .arg(size)
                                      .arg(pageSize * qint64(pageCount)));
    return {};
}

/// A rollback journal beside the file that SQLite would call hot if no one held a lock: its
/// header begins with the journal magic, which SQLite writes once the journal is synced, just
/// before it changes the file. A committed transaction deletes the journal (DELETE), empties it
/// (TRUNCATE) or zeroes its header (PERSIST); a journal not yet synced has a zero header and the
/// file was not touched.
bool hasLiveJournal(const QString &path)
{
    static constexpr char magic[] = {char(0xd9), char(0xd5), char(0x05), char(0xf9), char(0x20), char(0xa1), char(0x63), char(0xd7)};
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    return journal.read(sizeof magic) == QByteArrayView(magic, sizeof magic);
}

/// The file change counter of the SQLite header (bytes 24–27), which every commit increments.
quint32 fileChangeCounter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(24))
        return 0;
    const QByteArray bytes = file.read(4);
    return bytes.size() == 4 ? qFromBigEndian<quint32>(bytes.constData()) : 0;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StorageError Database::open(const DatabaseLocation &location, OpenMode mode)
{
    close();
    m_location = location;
    m_driver = DatabaseDriver::create(location.kind);
    m_readOnlyReason.clear();
    m_migrationBackup.clear();
    m_schemaVersion = 0;
    m_created = false;
    m_changeToken = -1;
    m_rolledBackOnOpen = false;

    const StorageError error = location.kind == DatabaseLocation::Kind::SQLite ? openSqlite(mode) : openPostgres(mode);
    if (error) {
        close();
        return error;
    }
    m_changeToken = m_driver->changeToken(connection());
    return {};
}

StorageError Database::openConnection(bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(m_driver->qtDriverName(), m_connectionName);
    if (m_location.kind == DatabaseLocation::Kind::SQLite) {
        db.setDatabaseName(m_location.path);
        // A short busy wait inside SQLite; write() adds back-off on top of it.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=250");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        return StorageError::make(m_location.kind == DatabaseLocation::Kind::SQLite ? StorageError::Kind::Damaged
                                                                                    : StorageError::Kind::ConnectionFailed,
                                  tr("cannot open %1: %2").arg(m_location.displayName(), reason));
    }
    return {};
}

StorageError Database::openSqlite(OpenMode mode)
{
    const QString &path = m_location.path;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == OpenMode::Existing)
            return StorageError::make(StorageError::Kind::NotFound, tr("%1 does not exist").arg(path));
        if (!info.dir().exists())
            return StorageError::make(StorageError::Kind::NotFound, tr("the folder of %1 does not exist").arg(path));
        m_created = true;
        if (StorageError error = openConnection(false))
            return error;
        if (StorageError error = migrate())
            return error;
        return applyConnectionSetup();
    }
    if (info.isDir())
        return StorageError::make(StorageError::Kind::NotADatabase, tr("%1 is a folder, not a database").arg(path));
    if (StorageError error = checkSqliteHeader(path))
        return error;

    const QFileInfo folder(info.absolutePath());
    if (!hasWriteBits(info) || !info.isWritable())
        m_readOnlyReason = tr("the file %1 is read-only").arg(path);
    else if (!hasWriteBits(folder) || !folder.isWritable())
        m_readOnlyReason = tr("the folder of %1 is read-only, so changes cannot be saved").arg(path);

    if (StorageError error = openConnection(isReadOnly()))
        return error;

    // A hot journal is rolled back by the first read below: then the file is checked as a
    // whole, once, since a crash mid-write is when damage is likeliest.
    const bool journalBefore = hasLiveJournal(path);
    const quint32 counterBefore = journalBefore ? fileChangeCounter(path) : 0;
    if (StorageError error = checkSqliteStructure())
        return error;
    // Gone, and the file not moved on by a commit (a writer that was busy finishing when we
    // looked): this open rolled it back.
    m_rolledBackOnOpen = journalBefore && !hasLiveJournal(path) && qint32(fileChangeCounter(path) - counterBefore) <= 0;
    if (m_rolledBackOnOpen) {
        QStringList problems;
        if (StorageError error = checkSqliteFile(QStringLiteral("PRAGMA quick_check"), &problems))
            return error;
        if (!problems.isEmpty())
            return StorageError::make(StorageError::Kind::Damaged,
                                      tr("%1 is damaged: %2").arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
    }

    if (StorageError error = checkOwnership(false))
        return error;
    if (StorageError error = migrate())
        return error;
    return applyConnectionSetup();
}

StorageError Database::checkSqliteStructure()
{
    // Reading the schema parses sqlite_master, and reading meta walks its table: a damaged
    // schema, a damaged meta page or a file that is not a database is refused here, in
    // milliseconds whatever the file's size. Damage elsewhere is for `check` to find.
    const QString &path = m_location.path;
    const auto refuse = [&](const QSqlError &sqlError) {
        if (m_driver->isBusy(sqlError))
            return StorageError::make(StorageError::Kind::Busy, tr("%1 is locked by another program").arg(path));
        switch (sqlError.nativeErrorCode().toInt() & 0xff) {
        case SQLITE_NOTADB:
            return StorageError::make(StorageError::Kind::NotADatabase, tr("%1 is not a database: %2").arg(path, sqlError.databaseText()));
        default:
            return StorageError::make(StorageError::Kind::Damaged, tr("%1 is damaged: %2").arg(path, sqlError.databaseText()));
        }
    };
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return refuse(q.lastError());
    bool hasMeta = false;
    while (q.next())
        hasMeta = hasMeta || q.value(0).toString() == u"meta";
    if (q.lastError().isValid())
        return refuse(q.lastError());
    q.finish();
    if (hasMeta) {
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
            return refuse(q.lastError());
        while (q.next()) { }
        if (q.lastError().isValid())
            return refuse(q.lastError());
        q.finish();
    }
    return {};
}

StorageError Database::checkSqliteFile(const QString &pragma, QStringList *problems) const
{
    QSqlQuery check = query();
    if (!check.exec(pragma)) {
        const QSqlError sqlError = check.lastError();
        if (m_driver->isBusy(sqlError))
            return StorageError::make(StorageError::Kind::Busy, tr("%1 is locked by another program").arg(m_location.path));
        if ((sqlError.nativeErrorCode().toInt() & 0xff) == SQLITE_NOTADB)
            return StorageError::make(StorageError::Kind::NotADatabase,
                                      tr("%1 is not a database: %2").arg(m_location.path, sqlError.databaseText()));
        return StorageError::make(StorageError::Kind::Damaged, tr("%1 is damaged: %2").arg(m_location.path, sqlError.databaseText()));
    }
    QStringList found;
    while (check.next())
        found.append(check.value(0).toString());
    check.finish();
    if (found != QStringList{QStringLiteral("ok")})
        *problems = found;
    return {};
}

StorageError Database::checkIntegrity(QStringList *problems) const
{
    problems->clear();
    if (m_location.kind != DatabaseLocation::Kind::SQLite)
        return {}; // the server keeps its own pages; there is no file to check
    return checkSqliteFile(QStringLiteral("PRAGMA integrity_check"), problems);
}

StorageError Database::openPostgres(OpenMode mode)
{
    if (StorageError error = openConnection(false))
        return error;
    const bool empty = m_driver->tables(connection()).isEmpty();
    if (empty && mode == OpenMode::Existing)
        return StorageError::make(StorageError::Kind::NotFound,
                                  tr("%1 holds no Roadmap Tracker data yet; create it with 'import' or 'demo'")
                                      .arg(m_location.displayName()));
    if (empty)
        m_created = true;
    else if (StorageError error = checkOwnership(false))
        return error;
    if (StorageError error = applyConnectionSetup())
        return error;
    return migrate();
}

StorageError Database::checkOwnership(bool allowEmpty)
{
    const QStringList tables = m_driver->tables(connection());
    if (tables.isEmpty() && allowEmpty)
        return {};
    if (!tables.contains(QStringLiteral("meta")) || metaValue(QStringLiteral("application")) != QLatin1String(schema::applicationId)) {
        const QString what = tables.isEmpty() ? tr("it holds no tables")
                                              : tr("its tables are %1").arg(tables.mid(0, 5).join(QStringLiteral(", ")));
        return StorageError::make(StorageError::Kind::ForeignDatabase,
                                  tr("%1 is a database of another program, not of Roadmap Tracker (%2)")
                                      .arg(m_location.displayName(), what));
    }
    m_schemaVersion = metaValue(QStringLiteral("schema_version")).toInt();
    if (m_schemaVersion > schema::currentVersion) {
        m_readOnlyReason = tr("%1 was written by a newer version of Roadmap Tracker (schema %2; this program knows %3), "
                              "so it is opened read-only")
                               .arg(m_location.displayName())
                               .arg(m_schemaVersion)
                               .arg(schema::currentVersion);
        // Reopen without write access, so that nothing can change the newer file.
        if (m_location.kind == DatabaseLocation::Kind::SQLite)
            return openConnection(true);
        // PostgreSQL: the session refuses writes, as a read-only SQLite connection would.
        QSqlQuery q = query();
        return exec(q, QStringLiteral("SET default_transaction_read_only = on"));
    }
    return {};
}

StorageError Database::migrate()
{
    if (m_schemaVersion >= schema::currentVersion)
        return {};
    if (isReadOnly())
        return StorageError::make(StorageError::Kind::ReadOnly,
                                  tr("%1 needs upgrading from schema %2 to %3, but %4")
                                      .arg(m_location.displayName())
                                      .arg(m_schemaVersion)
                                      .arg(schema::currentVersion)
                                      .arg(m_readOnlyReason));

    if (!m_created && m_location.kind == DatabaseLocation::Kind::SQLite) {
        QString backup = QStringLiteral("%1.schema-v%2.bak").arg(m_location.path).arg(m_schemaVersion);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = QStringLiteral("%1.schema-v%2-%3.bak").arg(m_location.path).arg(m_schemaVersion).arg(n);
        if (StorageError error = backupTo(backup))
            return error;
        m_migrationBackup = backup;
    }
    for (int version = m_schemaVersion + 1; version <= schema::currentVersion; ++version) {
        if (StorageError error = runMigration(version))
            return error;
        m_schemaVersion = version;
    }
    return {};
}

StorageError Database::runMigration(int version)
{
    StorageError error = write([&]() -> StorageError {
        // Rows the migration changes are recorded in the audit trail; rows already at odds
        // with it before the migration are left for `check` to report.
        const bool audited = version > 1 && !m_created;
        QSet<QString> alreadyMismatched;
        if (audited) {
            StorageError auditError;
            alreadyMismatched = AuditLog(*this).mismatchedEntities(&auditError);
            if (auditError)
                return auditError;
        }
        QSqlQuery q = query();
        for (const QString &statement : schema::migration(version, *m_driver)) {
            if (StorageError error = exec(q, statement))
                return error;
        }
        if (audited) {
            const Actor program{operatingSystemLogin(), {}};
            if (StorageError auditError = AuditLog(*this).reconcile(program, QDateTime::currentDateTimeUtc(),
                                                                    QStringLiteral("migrate_schema_v%1").arg(version), alreadyMismatched))
                return auditError;
        }
        if (version == 1) {
            if (StorageError error = setMetaValue(QStringLiteral("application"), QLatin1String(schema::applicationId)))
                return error;
        }
        return setMetaValue(QStringLiteral("schema_version"), QString::number(version));
    });
    if (error && !m_created)
        error.message = tr("cannot upgrade %1 to schema %2, so it stays at schema %3: %4")
                            .arg(m_location.displayName())
                            .arg(version)
                            .arg(version - 1)
                            .arg(error.message);
    return error;
}

StorageError Database::applyConnectionSetup()
{
    QSqlQuery q = query();
    for (const QString &statement : m_driver->connectionSetup()) {
        // A read-only file keeps whatever journal mode it has.
        if (isReadOnly() && statement.contains(QStringLiteral("journal_mode")))
            continue;
        if (StorageError error = exec(q, statement))
            return error;
        while (q.next()) { }
        q.finish();
    }
    return {};
}

QSqlQuery Database::query() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    return q;
}

StorageError Database::errorFrom(const QSqlError &error, const QString &context) const
{
    if (m_driver && m_driver->isBusy(error))
        return StorageError::make(StorageError::Kind::Busy, tr("%1 is busy").arg(m_location.displayName()));
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // read_only_sql_transaction: a newer database opened read-only.
    if (m_location.kind == DatabaseLocation::Kind::PostgreSQL && error.nativeErrorCode() == u"25006")
        return StorageError::make(StorageError::Kind::ReadOnly, tr("cannot save to %1: %2").arg(m_location.displayName(), detail));
    if (m_location.kind == DatabaseLocation::Kind::SQLite) {
        switch (error.nativeErrorCode().toInt() & 0xff) {
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
            return StorageError::make(StorageError::Kind::ReadOnly,
                                      tr("cannot save to %1: %2").arg(m_location.displayName(), detail));
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return StorageError::make(StorageError::Kind::Damaged, tr("%1 is damaged: %2").arg(m_location.displayName(), detail));
        case SQLITE_IOERR:
        case SQLITE_FULL:
            return StorageError::make(StorageError::Kind::ReadOnly,
                                      tr("cannot write %1 (is the network share still there?): %2")
                                          .arg(m_location.displayName(), detail));
        default:
            break;
        }
    }
    return StorageError::make(StorageError::Kind::ConnectionFailed, tr("%1: %2").arg(context, detail));
}

StorageError Database::exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    const bool ok = values.isEmpty() ? q.exec(sql) : [&] {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &value : values) {
            // A null QString would be stored as NULL; text columns hold '' for "nothing".
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                q.addBindValue(QStringLiteral(""));
            else
                q.addBindValue(value);
        }
        return q.exec();
    }();
    if (!ok)
        return errorFrom(q.lastError(), sql.section(u' ', 0, 2));
    return {};
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery q = query();
    if (exec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}) || !q.next())
        return {};
    return q.value(0).toString();
}

StorageError Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q = query();
    return exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

void Database::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

StorageError Database::write(const std::function<StorageError()> &body)
{
    if (!isOpen())
        return StorageError::make(StorageError::Kind::ConnectionFailed, tr("no database is open"));
    if (isReadOnly())
        return StorageError::make(StorageError::Kind::ReadOnly, tr("cannot save: %1").arg(m_readOnlyReason));
    if (m_inWrite)
        return body();

    QElapsedTimer elapsed;
    elapsed.start();
    int delay = 5;
    StorageError result;
    for (;;) {
        QSqlQuery q = query();
        result = {};
        for (const QString &statement : m_driver->beginWrite()) {
            if ((result = exec(q, statement)))
                break;
            while (q.next()) { }
        }
        q.finish();
        if (!result) {
            m_inWrite = true;
            result = body();
            m_inWrite = false;
            if (!result) {
                QSqlQuery commit = query();
                result = exec(commit, QStringLiteral("COMMIT"));
                if (!result)
                    break;
            }
        }
        // Also after a failed start: PostgreSQL keeps a transaction whose lock statement failed open
        // and aborted, and would refuse everything on this connection until it is rolled back.
        QSqlQuery rollback = query();
        rollback.exec(QStringLiteral("ROLLBACK"));
        if (result.kind != StorageError::Kind::Busy || elapsed.elapsed() > m_busyRetryLimit)
            break;
        // Someone else holds the file: show it, wait a little longer each time, try again.
        setBusy(true);
        // A short cap keeps a long-waiting writer in the race: SQLite has no queue, so a writer
        // sleeping longer than the others would keep losing to them.
        QThread::msleep(delay + QRandomGenerator::global()->bounded(delay));
        delay = qMin(delay * 2, 80);
    }
    setBusy(false);
    if (!result)
        m_changeToken = m_driver->changeToken(connection());
    if (result.kind == StorageError::Kind::Busy)
        result.message = tr("%1 stayed busy for %2 seconds; nothing was saved")
                             .arg(m_location.displayName())
                             .arg(elapsed.elapsed() / 1000);
    return result;
}

bool Database::pollExternalChanges()
{
    if (!isOpen())
        return false;
    const qint64 token = m_driver->changeToken(connection());
    if (token == m_changeToken)
        return false;
    m_changeToken = token;
    return true;
}

StorageError Database::backupTo(const QString &targetPath) const
{
    if (m_location.kind != DatabaseLocation::Kind::SQLite)
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  tr("backups of a PostgreSQL database are made with pg_dump by its administrator"));
    if (QFileInfo::exists(targetPath))
        return StorageError::make(StorageError::Kind::InvalidInput, tr("%1 already exists; choose another name").arg(targetPath));
    sqlite3 *source = sqliteHandle(connection());
    if (!source)
        return StorageError::make(StorageError::Kind::ConnectionFailed, tr("no database is open"));

    // Copy into a temporary file first, so that an interrupted backup never looks complete.
    const QString partial = targetPath + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            QElapsedTimer elapsed;
            elapsed.start();
            do {
                rc = sqlite3_backup_step(backup, 256);
                if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && elapsed.elapsed() < m_busyRetryLimit)
                    QThread::msleep(20);
            } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && elapsed.elapsed() < m_busyRetryLimit));
            sqlite3_backup_finish(backup);
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    const QString message = target ? QString::fromUtf8(sqlite3_errstr(rc)) : QString();
    sqlite3_close(target);
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        return StorageError::make(rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? StorageError::Kind::Busy : StorageError::Kind::ReadOnly,
                                  tr("cannot back up to %1: %2").arg(targetPath, message));
    }
    if (!QFile::rename(partial, targetPath)) {
        QFile::remove(partial);
        return StorageError::make(StorageError::Kind::ReadOnly, tr("cannot create %1").arg(targetPath));
    }
    return {};
}

} // namespace core
