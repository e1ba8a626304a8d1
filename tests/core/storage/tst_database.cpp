// core::Database on SQLite files: every kind of bad file is refused with its own message and
// left untouched, read-only files and folders, connection settings, online backups.
// The cases shared with PostgreSQL live in tst_databasebackends.cpp.

#include "auditlog.h"
#include "database.h"
#include "demodatabase.h"
#include "userrepository.h"
#include "schema.h"
#include "tst_databasesupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

using core::Database;
using core::DatabaseLocation;
using core::StorageError;
using databasetest::RawConnection;

namespace {

enum class BadFile {
    Missing,
    Folder,
    PlainText,
    Empty,
    HeaderOnly,
    Truncated,
    DamagedPage,
    DamagedSchema,
    EmptySqlite,
    ForeignWal,
};

/// Restores write permission on scope exit, so that QTemporaryDir can clean up.
struct PermissionGuard {
    QString path;
    QFileDevice::Permissions saved;
    explicit PermissionGuard(const QString &p)
        : path(p)
        , saved(QFile::permissions(p))
    {
    }
    ~PermissionGuard() { QFile::setPermissions(path, saved); }
};

int rootPage(const QString &path, const QString &table)
{
    RawConnection raw(DatabaseLocation::sqlite(path));
    return raw.value(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"), {table}).toInt();
}

} // namespace

Q_DECLARE_METATYPE(BadFile)

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_templates;
    QString m_demo; ///< a real database with the demo's data, copied by the cases that need one

private slots:
    void initTestCase()
    {
        QVERIFY(m_templates.isValid());
        m_demo = m_templates.filePath(QStringLiteral("demo.sqlite"));
        Database db;
        const StorageError error = db.open(DatabaseLocation::sqlite(m_demo), Database::OpenMode::CreateIfMissing);
        QVERIFY2(!error, qPrintable(error.message));
        const StorageError populated = core::DemoDatabase::populate(db, QStringLiteral("ivanova"));
        QVERIFY2(!populated, qPrintable(populated.message));
    }

    void badFileIsRefusedAndUntouched_data()
    {
        QTest::addColumn<BadFile>("bad");
        QTest::addColumn<StorageError::Kind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << BadFile::Missing << StorageError::Kind::NotFound << u"does not exist"_qs;
        QTest::newRow("folder") << BadFile::Folder << StorageError::Kind::NotADatabase << u"is a folder"_qs;
        QTest::newRow("plain text") << BadFile::PlainText << StorageError::Kind::NotADatabase << u"not an SQLite file"_qs;
        QTest::newRow("empty file") << BadFile::Empty << StorageError::Kind::NotADatabase << u"empty file"_qs;
        QTest::newRow("header only") << BadFile::HeaderOnly << StorageError::Kind::Damaged << u"cut short"_qs;
        QTest::newRow("truncated") << BadFile::Truncated << StorageError::Kind::Damaged << u"truncated"_qs;
        QTest::newRow("damaged page") << BadFile::DamagedPage << StorageError::Kind::Damaged << u"is damaged"_qs;
        QTest::newRow("damaged schema") << BadFile::DamagedSchema << StorageError::Kind::Damaged << u"is damaged"_qs;
        QTest::newRow("empty sqlite") << BadFile::EmptySqlite << StorageError::Kind::ForeignDatabase << u"holds no tables"_qs;
        QTest::newRow("another program, WAL") << BadFile::ForeignWal << StorageError::Kind::ForeignDatabase << u"orders"_qs;
    }
    void badFileIsRefusedAndUntouched()
    {
        QFETCH(BadFile, bad);
        QFETCH(StorageError::Kind, kind);
        QFETCH(QString, says);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roadmap.sqlite"));
        const QByteArray demo = databasetest::fileBytes(m_demo);
        const qint64 pageSize = qFromBigEndian<quint16>(demo.constData() + 16);
        switch (bad) {
        case BadFile::Missing:
            break;
        case BadFile::Folder:
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("roadmap.sqlite")));
            break;
        case BadFile::PlainText:
            QVERIFY(databasetest::writeFile(path, "Дорожная карта на 2018–2020 годы\n1.1 Размещение информации\n"_qba));
            break;
        case BadFile::Empty:
            QVERIFY(databasetest::writeFile(path, {}));
            break;
        case BadFile::HeaderOnly:
            QVERIFY(databasetest::writeFile(path, demo.left(60)));
            break;
        case BadFile::Truncated:
            QVERIFY(databasetest::writeFile(path, demo.left(demo.size() / 2)));
            break;
        case BadFile::DamagedPage: {
            // The cell pointers and cells in the middle of the audit trail's first page become garbage.
            QByteArray damaged = demo;
            const qint64 page = rootPage(m_demo, QStringLiteral("meta")) - 1;
            QVERIFY(page > 0);
            for (qint64 i = 8; i < pageSize - 8; ++i)
                damaged[page * pageSize + i] = char(0xA5);
            QVERIFY(databasetest::writeFile(path, damaged));
            break;
        }
        case BadFile::DamagedSchema: {
            // The schema does not fit on page 1, which then points to the pages that hold it: scramble
            // the middle of the last of them (its right-most child, bytes 8–11 of the page header).
            QByteArray damaged = demo;
            QCOMPARE(int(uchar(demo.at(100))), 0x05); // an interior table page
            const qint64 page = qFromBigEndian<quint32>(demo.constData() + 108) - 1;
            QVERIFY(page > 0);
            for (qint64 i = 8; i < pageSize - 8; ++i)
                damaged[page * pageSize + i] = char(0x5A);
            QVERIFY(databasetest::writeFile(path, damaged));
            break;
        }
        case BadFile::EmptySqlite: {
            RawConnection raw(DatabaseLocation::sqlite(path));
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 7")), QString());
            break;
        }
        case BadFile::ForeignWal: {
            RawConnection raw(DatabaseLocation::sqlite(path));
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")), QString());
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")), QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO orders VALUES (1, 99.5)")), QString());
            break;
        }
        }
        QVERIFY(databasetest::sqliteLeftovers(path).isEmpty());
        const bool existed = QFileInfo::exists(path);
        const QByteArray before = QFileInfo(path).isFile() ? databasetest::fileBytes(path) : QByteArray();
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

        const QList<Database::OpenMode> modes = bad == BadFile::Missing
            ? QList<Database::OpenMode>{Database::OpenMode::Existing}
            : QList<Database::OpenMode>{Database::OpenMode::Existing, Database::OpenMode::CreateIfMissing};
        for (const Database::OpenMode mode : modes) {
            Database db;
            const StorageError error = db.open(DatabaseLocation::sqlite(path), mode);
            QCOMPARE(error.kind, kind);
            QVERIFY2(error.message.contains(says), qPrintable(error.message));
            QVERIFY2(error.message.contains(path), qPrintable(error.message));
            QVERIFY(!db.isOpen());
            QVERIFY(db.write([] { return StorageError(); }).isError());
        }

        QCOMPARE(QFileInfo::exists(path), existed);
        if (QFileInfo(path).isFile())
            QCOMPARE(databasetest::fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), filesBefore);
    }

    // Opening reads the header, the schema and meta, not every page: a damaged page of a table
    // the open does not read (here the audit trail's) is found by checkIntegrity(), which
    // `roadmap-tracker check` runs, and the file is left untouched.
    void damagedDataPageIsFoundByTheIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roadmap.sqlite"));
        QByteArray damaged = databasetest::fileBytes(m_demo);
        const qint64 pageSize = qFromBigEndian<quint16>(damaged.constData() + 16);
        const qint64 page = rootPage(m_demo, QStringLiteral("audit_events")) - 1;
        QVERIFY(page > 0);
        for (qint64 i = 8; i < pageSize - 8; ++i)
            damaged[page * pageSize + i] = char(0xA5);
        QVERIFY(databasetest::writeFile(path, damaged));

        Database db;
        const StorageError error = db.open(DatabaseLocation::sqlite(path));
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!db.rolledBackOnOpen());
        QStringList problems;
        const StorageError checkError = db.checkIntegrity(&problems);
        QVERIFY2(!checkError, qPrintable(checkError.message));
        QVERIFY(!problems.isEmpty());
        db.close();
        QCOMPARE(databasetest::fileBytes(path), damaged);

        Database sound;
        QVERIFY(!sound.open(DatabaseLocation::sqlite(m_demo)));
        QVERIFY(!sound.checkIntegrity(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A write cut short by a crash leaves a hot journal: the open rolls it back and then checks
    // the whole file (quick_check), so damage that the crash may have caused is refused at once.
    void hotJournalIsRolledBackAndTheFileChecked_data()
    {
        QTest::addColumn<bool>("damageElsewhere");
        QTest::newRow("sound") << false;
        QTest::newRow("damaged") << true;
    }
    void hotJournalIsRolledBackAndTheFileChecked()
    {
        QFETCH(bool, damageElsewhere);
        QTemporaryDir dir;
        const QString writing = dir.filePath(QStringLiteral("writing.sqlite"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
        QVERIFY(QFile::copy(m_demo, writing));
        {
            // A copy of the file and its journal taken mid-transaction is what a crash leaves.
            // Without syncs SQLite writes the journal's magic at once, as a synced journal has it.
            RawConnection raw(DatabaseLocation::sqlite(writing));
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA synchronous = OFF")), QString());
            QCOMPARE(raw.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE meta SET value = value || '-changed' WHERE key = 'application'")), QString());
            QVERIFY(QFileInfo(writing + QStringLiteral("-journal")).size() > 0);
            QVERIFY(QFile::copy(writing, crashed));
            QVERIFY(QFile::copy(writing + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
            QCOMPARE(raw.exec(QStringLiteral("ROLLBACK")), QString());
        }
        if (damageElsewhere) {
            QByteArray bytes = databasetest::fileBytes(crashed);
            const qint64 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
            const qint64 page = rootPage(m_demo, QStringLiteral("audit_events")) - 1;
            for (qint64 i = 8; i < pageSize - 8; ++i)
                bytes[page * pageSize + i] = char(0xA5);
            QVERIFY(databasetest::writeFile(crashed, bytes));
        }

        Database db;
        const StorageError error = db.open(DatabaseLocation::sqlite(crashed));
        QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-journal")));
        if (damageElsewhere) {
            QCOMPARE(error.kind, StorageError::Kind::Damaged);
            QVERIFY2(error.message.contains(u"is damaged"), qPrintable(error.message));
            return;
        }
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(db.rolledBackOnOpen());
        QCOMPARE(db.metaValue(QStringLiteral("application")), QStringLiteral("roadmap-tracker"));

        Database again; // nothing left to roll back: the cheap open
        QVERIFY(!again.open(DatabaseLocation::sqlite(crashed)));
        QVERIFY(!again.rolledBackOnOpen());
    }

    void newDatabaseSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Database db;
        const StorageError error = db.open(DatabaseLocation::sqlite(path), Database::OpenMode::CreateIfMissing);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(db.wasCreated());

        const auto pragma = [&](const char *name) {
            QSqlQuery q = db.query();
            return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(pragma("journal_mode"), QStringLiteral("delete"));
        QCOMPARE(pragma("synchronous"), QStringLiteral("2"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma("quick_check"), QStringLiteral("ok"));
        QCOMPARE(db.metaValue(QStringLiteral("application")), QStringLiteral("roadmap-tracker"));
        QCOMPARE(db.metaValue(QStringLiteral("schema_version")), QString::number(core::schema::currentVersion));
        db.close();

        // The file itself says rollback journal (header bytes 18 and 19 are 1; WAL would be 2).
        const QByteArray bytes = databasetest::fileBytes(path);
        QCOMPARE(int(bytes.at(18)), 1);
        QCOMPARE(int(bytes.at(19)), 1);
        QVERIFY(databasetest::sqliteLeftovers(path).isEmpty());
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roadmap.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        PermissionGuard guard(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = databasetest::fileBytes(path);

        Database db;
        const StorageError error = db.open(DatabaseLocation::sqlite(path));
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(u"read-only"), qPrintable(db.readOnlyReason()));
        QCOMPARE(db.metaValue(QStringLiteral("application")), QStringLiteral("roadmap-tracker"));
        const StorageError refused = db.write([&] { return db.setMetaValue(QStringLiteral("note"), QStringLiteral("x")); });
        QCOMPARE(refused.kind, StorageError::Kind::ReadOnly);
        QVERIFY2(refused.message.contains(u"read-only"), qPrintable(refused.message));
        // Even root, who ignores permission bits, cannot write through the connection.
        QSqlQuery q = db.query();
        QCOMPARE(db.exec(q, QStringLiteral("DELETE FROM meta WHERE key = 'application'")).kind, StorageError::Kind::ReadOnly);
        db.close();

        QCOMPARE(databasetest::fileBytes(path), before);
        QCOMPARE(databasetest::sqliteLeftovers(path), QStringList());
    }

    void readOnlyFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("share")));
        const QString path = folder + QStringLiteral("/roadmap.sqlite");
        QVERIFY(QFile::copy(m_demo, path));
        PermissionGuard guard(folder);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QByteArray before = databasetest::fileBytes(path);

        Database db;
        const StorageError error = db.open(DatabaseLocation::sqlite(path));
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(u"folder"), qPrintable(db.readOnlyReason()));
        const StorageError refused = db.write([&] { return db.setMetaValue(QStringLiteral("note"), QStringLiteral("x")); });
        QCOMPARE(refused.kind, StorageError::Kind::ReadOnly);
        db.close();

        QCOMPARE(databasetest::fileBytes(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("roadmap.sqlite")});
    }

    void readOnlyOlderSchemaIsNotMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            RawConnection raw(DatabaseLocation::sqlite(path));
            QCOMPARE(databasetest::buildSchema(raw, *core::DatabaseDriver::create(DatabaseLocation::Kind::SQLite), 1), QString());
        }
        PermissionGuard guard(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = databasetest::fileBytes(path);

        Database db;
        const StorageError error = db.open(DatabaseLocation::sqlite(path));
        QCOMPARE(error.kind, StorageError::Kind::ReadOnly);
        QVERIFY2(error.message.contains(u"needs upgrading"), qPrintable(error.message));
        QCOMPARE(databasetest::fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("old.sqlite")});
    }

    void backupWhileOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roadmap.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        Database db;
        QVERIFY(!db.open(DatabaseLocation::sqlite(path)));
        Database other; // someone else has the file open too
        QVERIFY(!other.open(DatabaseLocation::sqlite(path)));

        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        const StorageError error = db.backupTo(copy);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));

        const QString tables = QStringLiteral("SELECT name FROM sqlite_master ORDER BY name");
        const QStringList contentQueries = {tables, QStringLiteral("SELECT * FROM meta ORDER BY key"),
                                            QStringLiteral("SELECT * FROM audit_events ORDER BY id"),
                                            QStringLiteral("SELECT * FROM execution_reports ORDER BY 1, 2, 3, 4")};
        Database opened;
        const StorageError openError = opened.open(DatabaseLocation::sqlite(copy));
        QVERIFY2(!openError, qPrintable(openError.message));
        QVERIFY(!opened.isReadOnly());
        opened.close();
        RawConnection original(DatabaseLocation::sqlite(path));
        RawConnection backup(DatabaseLocation::sqlite(copy));
        QCOMPARE(backup.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        QVERIFY(backup.value(QStringLiteral("SELECT COUNT(*) FROM audit_events")).toInt() > 100);
        for (const QString &sql : contentQueries)
            QCOMPARE(backup.rows(sql), original.rows(sql));

        // An existing target is never overwritten.
        const QByteArray copyBytes = databasetest::fileBytes(copy);
        const StorageError again = db.backupTo(copy);
        QCOMPARE(again.kind, StorageError::Kind::InvalidInput);
        QVERIFY2(again.message.contains(u"already exists"), qPrintable(again.message));
        QCOMPARE(databasetest::fileBytes(copy), copyBytes);
    }

    void pollSeesChangesMadeBehindTheProgramsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roadmap.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        Database db;
        QVERIFY(!db.open(DatabaseLocation::sqlite(path)));
        QVERIFY(!db.pollExternalChanges());
        RawConnection sqlite3(DatabaseLocation::sqlite(path));
        QCOMPARE(sqlite3.exec(QStringLiteral("UPDATE execution_reports SET comment = 'edited by hand' WHERE rowid = 1")),
                 QString());
        QVERIFY(db.pollExternalChanges());
        QVERIFY(!db.pollExternalChanges());
    }

    void demoCreatorWorksInTheOrganisationalDepartment()
    {
        // So that the demo's status reports are signed by that department's head, not by a login.
        Database db;
        QVERIFY(!db.open(DatabaseLocation::sqlite(m_demo)));
        const std::optional<core::User> creator = core::UserRepository(db).user(QStringLiteral("ivanova"));
        QVERIFY(creator);
        QCOMPARE(creator->role, core::User::Role::Monitor);
        QCOMPARE(creator->department, QStringLiteral("Отдел по организационной работе"));
        QVERIFY(core::AuditLog(db).verify().isEmpty());
    }

    void demoCreatedByALoginOfTheDemo()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("demo.sqlite"))), Database::OpenMode::CreateIfMissing));
        const StorageError error = core::DemoDatabase::populate(db, QStringLiteral("org.head"));
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(core::AuditLog(db).verify().isEmpty());
    }

    void migrationChangesAreRecordedButOutsideEditsStayReported()
    {
        // A migration is a change by the program: AuditLog::reconcile records the rows it changed,
        // while a row edited by hand before it must still be reported by `check` afterwards.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roadmap.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        {
            RawConnection sqlite3(DatabaseLocation::sqlite(path));
            QCOMPARE(sqlite3.exec(QStringLiteral("UPDATE execution_reports SET comment = 'edited by hand' WHERE rowid = 1")), QString());
        }
        Database db;
        QVERIFY(!db.open(DatabaseLocation::sqlite(path)));
        core::AuditLog audit(db);
        const QSet<QString> before = audit.mismatchedEntities();
        QCOMPARE(before.size(), 1);
        const StorageError error = db.write([&]() -> StorageError {
            QSqlQuery q = db.query();
            if (StorageError e = db.exec(q, QStringLiteral("UPDATE users SET display_name = 'Renamed by a migration' WHERE login = 'glava'")))
                return e;
            return audit.reconcile({QStringLiteral("ivanova"), {}}, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC),
                                   QStringLiteral("migrate_schema_v9"), before);
        });
        QVERIFY2(!error, qPrintable(error.message));
        const QStringList problems = audit.verify();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("edited by hand")), qPrintable(problems.first()));
        const core::AuditEvent last = audit.events().last();
        QCOMPARE(last.action, QStringLiteral("migrate_schema_v9"));
        QCOMPARE(last.entity, core::AuditLog::entityId(QStringLiteral("users"), {QStringLiteral("glava")}));
        QCOMPARE(last.after.value(u"display_name").toString(), QStringLiteral("Renamed by a migration"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
