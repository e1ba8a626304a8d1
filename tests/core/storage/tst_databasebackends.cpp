// The cases of core::Database that do not depend on the backend, run on SQLite and, when
// ROADMAP_TEST_POSTGRES names a server, on PostgreSQL: each case in a fresh database.

#include "auditlog.h"
#include "compliance.h"
#include "database.h"
#include "demodatabase.h"
#include "roadmaprepository.h"
#include "schema.h"
#include "snapshotloader.h"
#include "tst_databasesupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using core::Database;
using core::DatabaseLocation;
using core::StorageError;
using databasetest::RawConnection;
using databasetest::Scratch;

namespace {

const QDateTime fixedTime(QDate(2021, 6, 30), QTime(9, 0), Qt::UTC);

/// Everything a case may compare to tell that a database was not written to.
QStringList contentOf(const Scratch &scratch)
{
    RawConnection raw(scratch.location());
    if (!raw.isOpen())
        return {QStringLiteral("cannot open: ") + raw.openError()};
    QStringList tables = raw.db().tables();
    tables.sort();
    QStringList content = {tables.join(u',')};
    for (const QString &table : tables)
        content += raw.rows(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
    return content;
}

StorageError appendEvent(Database &db, const QString &login, const QString &what)
{
    core::AuditLog audit(db);
    return db.write([&] {
        return audit.append({login, {}}, fixedTime, QStringLiteral("test"), QStringLiteral("meta:[\"%1\"]").arg(what), {},
                            {{QStringLiteral("value"), what}});
    });
}

/// The demo's totals as of mid-2021, in the order of the status command's JSON.
QList<int> demoTotals(const databasetest::Scratch &scratch, QString *problem)
{
    Database db;
    if (StorageError error = db.open(scratch.location(), Database::OpenMode::CreateIfMissing)) {
        *problem = error.message;
        return {};
    }
    if (StorageError error = core::DemoDatabase::populate(db, QStringLiteral("ivanova"))) {
        *problem = QStringLiteral("populate: ") + error.message;
        return {};
    }
    int events = 0;
    StorageError error;
    const QStringList problems = core::AuditLog(db).verify(&events, &error);
    if (error || !problems.isEmpty() || events == 0) {
        *problem = QStringLiteral("check: %1 events; %2 %3").arg(events).arg(error.message, problems.mid(0, 3).join(u"; "));
        return {};
    }
    const QList<core::Roadmap> roadmaps = core::RoadmapRepository(db).roadmapHeaders(&error);
    if (roadmaps.size() != 1) {
        *problem = QStringLiteral("%1 roadmaps; %2").arg(roadmaps.size()).arg(error.message);
        return {};
    }
    const auto snapshot = core::loadSnapshot(db, roadmaps.first().id, &error);
    if (!snapshot) {
        *problem = QStringLiteral("loadSnapshot: ") + error.message;
        return {};
    }
    const QDate asOf(2021, 6, 30);
    const core::ComplianceSummary t = core::ComplianceReport::build(snapshot->evaluate(asOf), asOf).totals;
    return {t.obligations, t.due,     t.doneOnTime, t.doneOnTimeAfterExtension, t.doneLate, t.awaitingVerification,
            t.returned,    t.notApplicable, t.overdue, t.dueSoon, t.upcoming};
}

} // namespace

class TestDatabaseBackends : public QObject
{
    Q_OBJECT

private:
    void addBackends()
    {
        QTest::addColumn<DatabaseLocation::Kind>("kind");
        QTest::newRow("sqlite") << DatabaseLocation::Kind::SQLite;
        QTest::newRow("postgresql") << DatabaseLocation::Kind::PostgreSQL;
    }

private slots:
    void createAndReopen_data() { addBackends(); }
    void createAndReopen()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        {
            Database db;
            const StorageError error = db.open(scratch.location(), Database::OpenMode::CreateIfMissing);
            QVERIFY2(!error, qPrintable(error.message));
            QVERIFY(db.wasCreated());
            QVERIFY(!db.isReadOnly());
            QCOMPARE(db.schemaVersion(), core::schema::currentVersion);
            QCOMPARE(db.metaValue(QStringLiteral("application")), QStringLiteral("roadmap-tracker"));
            QCOMPARE(db.metaValue(QStringLiteral("schema_version")), QString::number(core::schema::currentVersion));
            QVERIFY(db.migrationBackupPath().isEmpty());
            const QStringList tables = db.driver().tables(db.connection());
            for (const char *table : {"meta", "roadmaps", "activities", "execution_reports", "extensions", "audit_events",
                                      "users", "roadmap_settings", "calendar_overrides"})
                QVERIFY2(tables.contains(QLatin1String(table)), table);
        }
        Database db;
        const StorageError error = db.open(scratch.location(), Database::OpenMode::Existing);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!db.wasCreated());
        QVERIFY(!db.isReadOnly());
        QCOMPARE(db.schemaVersion(), core::schema::currentVersion);
    }

    void existingModeCreatesNothing_data() { addBackends(); }
    void existingModeCreatesNothing()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        Database db;
        const StorageError error = db.open(scratch.location(), Database::OpenMode::Existing);
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
        QVERIFY2(!error.message.isEmpty(), "the refusal says why");
        QVERIFY(!db.isOpen());
        if (scratch.isSqlite())
            QVERIFY(!QFile::exists(scratch.path()));
        else
            QCOMPARE(contentOf(scratch), QStringList{QString()});
    }

    void writeCommits_data() { addBackends(); }
    void writeCommits()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        Database db;
        QVERIFY(!db.open(scratch.location(), Database::OpenMode::CreateIfMissing));
        const StorageError error = db.write([&] { return db.setMetaValue(QStringLiteral("note"), QStringLiteral("первая")); });
        QVERIFY2(!error, qPrintable(error.message));
        RawConnection raw(scratch.location());
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'note'")).toString(), QStringLiteral("первая"));
    }

    void failingBodyRollsBack_data() { addBackends(); }
    void failingBodyRollsBack()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        Database db;
        QVERIFY(!db.open(scratch.location(), Database::OpenMode::CreateIfMissing));
        const StorageError error = db.write([&] {
            if (StorageError e = db.setMetaValue(QStringLiteral("note"), QStringLiteral("lost")))
                return e;
            return StorageError::make(StorageError::Kind::InvalidInput, QStringLiteral("body refused"));
        });
        QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
        QCOMPARE(error.message, QStringLiteral("body refused"));
        QVERIFY(db.metaValue(QStringLiteral("note")).isEmpty());
        RawConnection raw(scratch.location());
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'note'")).toInt(), 0);

        // A failing SQL statement rolls back too, and the connection stays usable.
        const StorageError sqlError = db.write([&] {
            if (StorageError e = db.setMetaValue(QStringLiteral("note"), QStringLiteral("lost too")))
                return e;
            QSqlQuery q = db.query();
            return db.exec(q, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        });
        QVERIFY(sqlError.isError());
        QVERIFY(db.metaValue(QStringLiteral("note")).isEmpty());
        QVERIFY(!db.write([&] { return db.setMetaValue(QStringLiteral("note"), QStringLiteral("kept")); }));
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'note'")).toString(), QStringLiteral("kept"));
    }

    void nestedWriteJoinsOuter_data() { addBackends(); }
    void nestedWriteJoinsOuter()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        Database db;
        QVERIFY(!db.open(scratch.location(), Database::OpenMode::CreateIfMissing));

        // The inner write succeeds, the outer fails afterwards: both are undone together.
        const StorageError error = db.write([&] {
            if (StorageError e = db.setMetaValue(QStringLiteral("outer"), QStringLiteral("1")))
                return e;
            if (StorageError e = db.write([&] { return db.setMetaValue(QStringLiteral("inner"), QStringLiteral("1")); }))
                return e;
            return StorageError::make(StorageError::Kind::Conflict, QStringLiteral("outer refused"));
        });
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        RawConnection raw(scratch.location());
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key IN ('outer', 'inner')")).toInt(), 0);

        // An inner failure reaches the outer body, which may pass it on: nothing is kept.
        const StorageError inner = db.write([&] {
            if (StorageError e = db.setMetaValue(QStringLiteral("outer"), QStringLiteral("2")))
                return e;
            return db.write([&] { return StorageError::make(StorageError::Kind::InvalidInput, QStringLiteral("inner refused")); });
        });
        QCOMPARE(inner.kind, StorageError::Kind::InvalidInput);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'outer'")).toInt(), 0);

        QVERIFY(!db.write([&] {
            if (StorageError e = db.setMetaValue(QStringLiteral("outer"), QStringLiteral("3")))
                return e;
            return db.write([&] { return db.setMetaValue(QStringLiteral("inner"), QStringLiteral("3")); });
        }));
        QCOMPARE(raw.rows(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('outer', 'inner') ORDER BY key")),
                 (QStringList{QStringLiteral("inner|3"), QStringLiteral("outer|3")}));
    }

    void foreignDatabase_data()
    {
        QTest::addColumn<DatabaseLocation::Kind>("kind");
        QTest::addColumn<bool>("withMeta");
        QTest::newRow("sqlite") << DatabaseLocation::Kind::SQLite << false;
        QTest::newRow("sqlite, own meta table") << DatabaseLocation::Kind::SQLite << true;
        QTest::newRow("postgresql") << DatabaseLocation::Kind::PostgreSQL << false;
        QTest::newRow("postgresql, own meta table") << DatabaseLocation::Kind::PostgreSQL << true;
    }
    void foreignDatabase()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        QFETCH(bool, withMeta);
        ROADMAP_SCRATCH(scratch, kind);
        {
            RawConnection raw(scratch.location());
            QVERIFY2(raw.isOpen(), qPrintable(raw.openError()));
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")), QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'Ромашка')")), QString());
            if (withMeta) {
                QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")), QString());
                QCOMPARE(raw.exec(QStringLiteral("INSERT INTO meta VALUES ('application', 'inventory'), ('schema_version', '1')")),
                         QString());
            }
        }
        const QStringList before = contentOf(scratch);
        const QByteArray bytes = scratch.isSqlite() ? databasetest::fileBytes(scratch.path()) : QByteArray();

        for (const auto mode : {Database::OpenMode::Existing, Database::OpenMode::CreateIfMissing}) {
            Database db;
            const StorageError error = db.open(scratch.location(), mode);
            QCOMPARE(error.kind, StorageError::Kind::ForeignDatabase);
            QVERIFY2(error.message.contains(u"another program"), qPrintable(error.message));
            QVERIFY2(error.message.contains(u"customers"), qPrintable(error.message));
            QVERIFY(!db.isOpen());
        }
        QCOMPARE(contentOf(scratch), before);
        if (scratch.isSqlite()) {
            QCOMPARE(databasetest::fileBytes(scratch.path()), bytes);
            QCOMPARE(databasetest::sqliteLeftovers(scratch.path()), QStringList());
        }
    }

    void newerVersionIsReadOnly_data() { addBackends(); }
    void newerVersionIsReadOnly()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        {
            Database db;
            QVERIFY(!db.open(scratch.location(), Database::OpenMode::CreateIfMissing));
            QVERIFY(!db.write([&] { return db.setMetaValue(QStringLiteral("note"), QStringLiteral("from the future")); }));
        }
        {
            RawConnection raw(scratch.location());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")), QString());
        }
        const QStringList before = contentOf(scratch);
        const QByteArray bytes = scratch.isSqlite() ? databasetest::fileBytes(scratch.path()) : QByteArray();

        for (const auto mode : {Database::OpenMode::Existing, Database::OpenMode::CreateIfMissing}) {
            Database db;
            const StorageError error = db.open(scratch.location(), mode);
            QVERIFY2(!error, qPrintable(error.message));
            QVERIFY(db.isReadOnly());
            QCOMPARE(db.schemaVersion(), 99);
            QVERIFY2(db.readOnlyReason().contains(u"newer version"), qPrintable(db.readOnlyReason()));
            QVERIFY2(db.readOnlyReason().contains(u"99"), qPrintable(db.readOnlyReason()));
            QCOMPARE(db.metaValue(QStringLiteral("note")), QStringLiteral("from the future"));

            bool bodyRan = false;
            const StorageError refused = db.write([&] {
                bodyRan = true;
                return db.setMetaValue(QStringLiteral("note"), QStringLiteral("overwritten"));
            });
            QCOMPARE(refused.kind, StorageError::Kind::ReadOnly);
            QVERIFY2(refused.message.contains(u"newer version"), qPrintable(refused.message));
            QVERIFY(!bodyRan);

            // Even a statement that bypasses write() cannot change it: the connection itself is read-only.
            QSqlQuery q = db.query();
            QCOMPARE(db.exec(q, QStringLiteral("UPDATE meta SET value = 'x' WHERE key = 'note'")).kind,
                     StorageError::Kind::ReadOnly);
        }
        QCOMPARE(contentOf(scratch), before);
        if (scratch.isSqlite()) {
            QCOMPARE(databasetest::fileBytes(scratch.path()), bytes);
            QCOMPARE(databasetest::sqliteLeftovers(scratch.path()), QStringList());
        }
    }

    void migrateFromOlderVersion_data()
    {
        QTest::addColumn<DatabaseLocation::Kind>("kind");
        QTest::addColumn<int>("version");
        for (int version = 1; version < core::schema::currentVersion; ++version) {
            QTest::addRow("sqlite, schema %d", version) << DatabaseLocation::Kind::SQLite << version;
            QTest::addRow("postgresql, schema %d", version) << DatabaseLocation::Kind::PostgreSQL << version;
        }
    }
    void migrateFromOlderVersion()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        QFETCH(int, version);
        ROADMAP_SCRATCH(scratch, kind);

        // Data as an older program wrote it: only tables and columns of that version.
        const QStringList checks = {
            QStringLiteral("SELECT title, act_number, act_date, approving_body, period_start, period_end, version FROM roadmaps"),
            QStringLiteral("SELECT number, title FROM principles"),
            QStringLiteral("SELECT name, kind, active FROM departments"),
            QStringLiteral("SELECT number, principle, position, text, deadline_text FROM activities"),
            QStringLiteral("SELECT activity, position, party, is_group, role FROM assignments"),
            QStringLiteral("SELECT login, display_name, role, department FROM users"),
            QStringLiteral("SELECT activity, department, period, state, no_events, done_date, reported_by, reported_at "
                           "FROM execution_reports"),
            QStringLiteral("SELECT activity, period, new_due, reason FROM extensions"),
        };
        QStringList before;
        qint64 roadmapId = 0;
        {
            RawConnection raw(scratch.location());
            QVERIFY2(raw.isOpen(), qPrintable(raw.openError()));
            QCOMPARE(databasetest::buildSchema(raw, *scratch.driver(), version), QString());
            for (const QString &insert : {
                     QStringLiteral("INSERT INTO roadmaps (title, act_number, act_date, approving_body, period_start, period_end) "
                                    "VALUES ('Дорожная карта', '253', '2018-03-16', 'Администрация', '2018-03-16', '2020-12-31')"),
                     QStringLiteral("INSERT INTO principles SELECT id, 1, 'Принцип информационной открытости' FROM roadmaps"),
                     QStringLiteral("INSERT INTO departments (name, kind) VALUES ('Организационный отдел', 'department')"),
                     QStringLiteral("INSERT INTO activities (roadmap_id, number, principle, position, text, deadline_text) "
                                    "SELECT id, '1.1', 1, 1, 'Размещение информации', 'ежеквартально' FROM roadmaps"),
                     QStringLiteral("INSERT INTO assignments SELECT id, '1.1', 0, 'Организационный отдел', 0, 'lead' FROM roadmaps"),
                     QStringLiteral("INSERT INTO users (login, display_name, role) VALUES ('ivanova', 'Иванова И. И.', 'monitor')"),
                     QStringLiteral("INSERT INTO execution_reports (roadmap_id, activity, department, period, state, done_date, "
                                    "reported_by, reported_at) SELECT id, '1.1', 'Организационный отдел', '2018-Q2', "
                                    "'accepted', '2018-07-05', 'ivanova', '2018-07-05T10:00:00Z' FROM roadmaps"),
                     QStringLiteral("INSERT INTO extensions (roadmap_id, activity, department, period, new_due, reason, "
                                    "granted_by, granted_at) SELECT id, '1.1', 'Организационный отдел', '2018-Q3', "
                                    "'2018-10-31', 'отпуск', 'ivanova', '2018-10-01T08:00:00Z' FROM roadmaps"),
                 })
                QCOMPARE(raw.exec(insert), QString());
            if (version >= 2) {
                // Programs of schema 2 and later save settings with each imported roadmap.
                QCOMPARE(raw.exec(QStringLiteral("INSERT INTO roadmap_settings (roadmap_id, due_soon_days) SELECT id, 21 FROM roadmaps")),
                         QString());
                QCOMPARE(raw.exec(QStringLiteral("INSERT INTO calendar_overrides (day, kind) VALUES ('2018-06-09', 'working')")),
                         QString());
            }
            for (const QString &check : checks)
                before += raw.rows(check);
            roadmapId = raw.value(QStringLiteral("SELECT id FROM roadmaps")).toLongLong();
        }
        QVERIFY(roadmapId > 0);
        const QByteArray oldBytes = scratch.isSqlite() ? databasetest::fileBytes(scratch.path()) : QByteArray();

        {
            Database db;
            const StorageError error = db.open(scratch.location(), Database::OpenMode::Existing);
            QVERIFY2(!error, qPrintable(error.message));
            QCOMPARE(db.schemaVersion(), core::schema::currentVersion);
            QCOMPARE(db.metaValue(QStringLiteral("schema_version")), QString::number(core::schema::currentVersion));
            QVERIFY(!db.isReadOnly());
            if (scratch.isSqlite()) {
                const QString backup = scratch.path() + QStringLiteral(".schema-v%1.bak").arg(version);
                QCOMPARE(db.migrationBackupPath(), backup);
                // The backup is the old file's content, page for page (the SQLite backup API copies pages).
                RawConnection old(DatabaseLocation::sqlite(backup));
                QCOMPARE(old.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
                         QString::number(version));
                QCOMPARE(old.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
                QCOMPARE(databasetest::fileBytes(backup).size(), oldBytes.size());
            } else {
                QVERIFY(db.migrationBackupPath().isEmpty());
            }
            // A written change works on the migrated database.
            QVERIFY(!db.write([&] { return db.setMetaValue(QStringLiteral("note"), QStringLiteral("after")); }));
        }

        RawConnection raw(scratch.location());
        QStringList after;
        for (const QString &check : checks)
            after += raw.rows(check);
        QCOMPARE(after, before);
        QCOMPARE(raw.value(QStringLiteral("SELECT source_name FROM roadmaps")).toString(), QString());
        QCOMPARE(raw.rows(QStringLiteral("SELECT roadmap_id, quarterly_confirmation_day, due_soon_days FROM roadmap_settings")),
                 QStringList{QStringLiteral("%1|10|%2").arg(roadmapId).arg(version >= 2 ? 21 : 14)});
        QCOMPARE(raw.rows(QStringLiteral("SELECT day, kind FROM calendar_overrides")),
                 version >= 2 ? QStringList{QStringLiteral("2018-06-09|working")} : QStringList());
        // Opening again migrates nothing more.
        Database again;
        QVERIFY(!again.open(scratch.location()));
        QVERIFY(again.migrationBackupPath().isEmpty());
    }

    void failedMigrationKeepsPreviousVersion_data() { addBackends(); }
    void failedMigrationKeepsPreviousVersion()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        {
            RawConnection raw(scratch.location());
            QCOMPARE(databasetest::buildSchema(raw, *scratch.driver(), 1), QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO users (login, display_name, role) VALUES ('ivanova', 'Иванова', 'monitor')")),
                     QString());
            // A table in the way: migration 2 creates roadmap_settings and must fail.
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE roadmap_settings (something TEXT)")), QString());
        }
        const QStringList before = contentOf(scratch);

        Database db;
        const StorageError error = db.open(scratch.location(), Database::OpenMode::Existing);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(u"schema 2"), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"roadmap_settings"), qPrintable(error.message));
        QVERIFY(!db.isOpen());

        // Migration 2 was undone as a whole, and later ones never ran.
        QCOMPARE(contentOf(scratch), before);
        RawConnection raw(scratch.location());
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(), QStringLiteral("1"));
        QVERIFY(!raw.db().tables().contains(QStringLiteral("calendar_overrides")));
        if (scratch.isSqlite())
            QVERIFY(QFile::exists(scratch.path() + QStringLiteral(".schema-v1.bak")));
    }

    void busyWriteWaitsForTheLock_data() { addBackends(); }
    void busyWriteWaitsForTheLock()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        Database db;
        QVERIFY(!db.open(scratch.location(), Database::OpenMode::CreateIfMissing));

        // Someone else starts a write the way the program does and keeps it open.
        RawConnection holder(scratch.location());
        for (const QString &statement : scratch.driver()->beginWrite())
            QCOMPARE(holder.exec(statement), QString());
        QCOMPARE(holder.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('holder', '1')")), QString());

        // The other one finishes as soon as the program shows it is waiting.
        bool released = false;
        connect(&db, &Database::busyChanged, this, [&](bool busy) {
            if (busy && !released) {
                released = true;
                QCOMPARE(holder.exec(QStringLiteral("COMMIT")), QString());
            }
        });
        QSignalSpy busySpy(&db, &Database::busyChanged);
        QString seenHolder;
        const StorageError error = db.write([&] {
            seenHolder = db.metaValue(QStringLiteral("holder"));
            return db.setMetaValue(QStringLiteral("writer"), QStringLiteral("1"));
        });
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(released);
        QCOMPARE(busySpy.count(), 2);
        QCOMPARE(busySpy.at(0).at(0).toBool(), true);
        QCOMPARE(busySpy.at(1).at(0).toBool(), false);
        QVERIFY(!db.isBusy());
        // The write ran after the other one had committed.
        QCOMPARE(seenHolder, QStringLiteral("1"));
        QCOMPARE(holder.rows(QStringLiteral("SELECT key FROM meta WHERE key IN ('holder', 'writer') ORDER BY key")),
                 (QStringList{QStringLiteral("holder"), QStringLiteral("writer")}));
    }

    void busyWriteGivesUp_data() { addBackends(); }
    void busyWriteGivesUp()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        Database db;
        QVERIFY(!db.open(scratch.location(), Database::OpenMode::CreateIfMissing));
        db.setBusyRetryLimit(300);

        RawConnection holder(scratch.location());
        for (const QString &statement : scratch.driver()->beginWrite())
            QCOMPARE(holder.exec(statement), QString());

        QSignalSpy busySpy(&db, &Database::busyChanged);
        QElapsedTimer elapsed;
        elapsed.start();
        const StorageError error = db.write([&] { return db.setMetaValue(QStringLiteral("writer"), QStringLiteral("1")); });
        QCOMPARE(error.kind, StorageError::Kind::Busy);
        QVERIFY2(error.message.contains(u"busy") && error.message.contains(u"nothing was saved"), qPrintable(error.message));
        QVERIFY2(elapsed.elapsed() >= 300, "retried for the whole limit");
        QCOMPARE(busySpy.count(), 2);
        QCOMPARE(busySpy.at(0).at(0).toBool(), true);
        QCOMPARE(busySpy.at(1).at(0).toBool(), false);

        // Once the other one is gone the same connection writes normally.
        QCOMPARE(holder.exec(QStringLiteral("ROLLBACK")), QString());
        QVERIFY(db.metaValue(QStringLiteral("writer")).isEmpty());
        const StorageError later = db.write([&] { return db.setMetaValue(QStringLiteral("writer"), QStringLiteral("2")); });
        QVERIFY2(!later, qPrintable(later.message));
        QCOMPARE(holder.value(QStringLiteral("SELECT value FROM meta WHERE key = 'writer'")).toString(), QStringLiteral("2"));
    }

    void pollSeesOthersCommits_data() { addBackends(); }
    void pollSeesOthersCommits()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        Database mine;
        QVERIFY(!mine.open(scratch.location(), Database::OpenMode::CreateIfMissing));
        Database theirs;
        QVERIFY(!theirs.open(scratch.location()));
        QVERIFY(!mine.pollExternalChanges());

        QVERIFY(!appendEvent(theirs, QStringLiteral("petrov"), QStringLiteral("a")));
        QVERIFY(mine.pollExternalChanges());
        QVERIFY(!mine.pollExternalChanges());

        // My own commit is not news to me, but it is to them.
        QVERIFY(!appendEvent(mine, QStringLiteral("ivanova"), QStringLiteral("b")));
        QVERIFY(!mine.pollExternalChanges());
        QVERIFY(theirs.pollExternalChanges());
        QVERIFY(!theirs.pollExternalChanges());

        // A rolled-back write by them changes nothing.
        QVERIFY(theirs.write([] { return StorageError::make(StorageError::Kind::InvalidInput, QStringLiteral("no")); }));
        QVERIFY(!mine.pollExternalChanges());
    }

    void demoDatabase_data() { addBackends(); }
    void demoDatabase()
    {
        QFETCH(DatabaseLocation::Kind, kind);
        ROADMAP_SCRATCH(scratch, kind);
        QString problem;
        const QList<int> totals = demoTotals(scratch, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(totals.size(), 11);
        // A believable picture: most obligations done on time, some of everything else.
        QVERIFY(totals.at(0) > 300);
        QVERIFY(totals.at(2) > totals.at(1) / 2);
        for (int i : {3, 4, 7, 8}) // returned ones were redone by mid-2021
            QVERIFY2(totals.at(i) > 0, qPrintable(QString::number(i)));
        if (!scratch.isSqlite()) {
            // The same history read back from PostgreSQL says exactly what it says from SQLite.
            databasetest::Scratch sqlite(DatabaseLocation::Kind::SQLite);
            QCOMPARE(demoTotals(sqlite, &problem), totals);
        }
    }

    void backupOfPostgresIsRefused()
    {
        ROADMAP_SCRATCH(scratch, DatabaseLocation::Kind::PostgreSQL);
        Database db;
        QVERIFY(!db.open(scratch.location(), Database::OpenMode::CreateIfMissing));
        QTemporaryDir dir;
        const StorageError error = db.backupTo(dir.filePath(QStringLiteral("copy.sqlite")));
        QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
        QVERIFY2(error.message.contains(u"pg_dump"), qPrintable(error.message));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseBackends)
#include "tst_databasebackends.moc"
