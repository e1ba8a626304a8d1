#pragma once

// Helpers shared by the database tests: raw connections that bypass core::Database, scratch
// databases on SQLite and PostgreSQL, and the ROADMAP_TEST_POSTGRES / ROADMAP_REQUIRE_POSTGRES rules.

#include "databasedriver.h"
#include "databaselocation.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace databasetest {

inline QString postgresUrl()
{
    return qEnvironmentVariable("ROADMAP_TEST_POSTGRES");
}

inline bool postgresRequired()
{
    return qEnvironmentVariable("ROADMAP_REQUIRE_POSTGRES") == u"1";
}

/// A QSqlDatabase of its own, closed and removed when it goes out of scope.
class RawConnection
{
public:
    explicit RawConnection(const core::DatabaseLocation &location, const QString &options = {})
        : m_name(QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            location.kind == core::DatabaseLocation::Kind::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_name);
        if (location.kind == core::DatabaseLocation::Kind::SQLite) {
            db.setDatabaseName(location.path);
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            db.setDatabaseName(location.database);
        }
        db.setConnectOptions(options);
        m_opened = db.open();
        if (!m_opened)
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_opened; }
    QString openError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Runs one statement; returns the error text, empty on success.
    QString exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        bool ok = false;
        if (values.isEmpty()) {
            ok = q.exec(sql);
        } else {
            ok = q.prepare(sql);
            for (const QVariant &value : values)
                q.addBindValue(value);
            ok = ok && q.exec();
        }
        while (ok && q.isSelect() && q.next()) { }
        return ok ? QString() : QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql);
    }

    /// The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    /// Every row, columns joined by '|', for comparing whole tables.
    QStringList rows(const QString &sql) const
    {
        QStringList result;
        QSqlQuery q(db());
        if (!q.exec(sql))
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            result.append(columns.join(u'|'));
        }
        return result;
    }

private:
    QString m_name;
    QString m_error;
    bool m_opened = false;
};

/// A fresh, empty store for one test case: a file path in a temporary folder, or a new
/// PostgreSQL database created through the maintenance connection and dropped afterwards.
class Scratch
{
public:
    explicit Scratch(core::DatabaseLocation::Kind kind)
        : m_kind(kind)
    {
        if (kind == core::DatabaseLocation::Kind::SQLite) {
            m_dir = std::make_unique<QTemporaryDir>();
            m_location = core::DatabaseLocation::sqlite(m_dir->filePath(QStringLiteral("roadmap.sqlite")));
            m_ready = m_dir->isValid();
            if (!m_ready)
                m_error = QStringLiteral("cannot create a temporary folder");
            return;
        }
        const auto maintenance = core::DatabaseLocation::parse(postgresUrl(), &m_error);
        if (!maintenance)
            return;
        m_maintenance = *maintenance;
        m_name = QStringLiteral("t_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        RawConnection raw(m_maintenance);
        if (!raw.isOpen()) {
            m_error = raw.openError();
            return;
        }
        m_error = raw.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        m_ready = m_error.isEmpty();
        m_location = m_maintenance;
        m_location.database = m_name;
    }
    ~Scratch()
    {
        if (m_kind == core::DatabaseLocation::Kind::PostgreSQL && m_ready) {
            RawConnection raw(m_maintenance);
            // FORCE: a test that failed half-way may still hold a connection.
            raw.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    core::DatabaseLocation::Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == core::DatabaseLocation::Kind::SQLite; }
    const core::DatabaseLocation &location() const { return m_location; }
    QString path() const { return m_location.path; }
    QString folder() const { return m_dir ? m_dir->path() : QString(); }
    std::unique_ptr<core::DatabaseDriver> driver() const { return core::DatabaseDriver::create(m_kind); }

private:
    core::DatabaseLocation::Kind m_kind;
    core::DatabaseLocation m_location;
    core::DatabaseLocation m_maintenance;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name;
    QString m_error;
    bool m_ready = false;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<cannot read>");
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// Files beside the database that SQLite leaves when it wrote something (journal, WAL).
inline QStringList sqliteLeftovers(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found.append(path + QLatin1String(suffix));
    }
    return found;
}

/// Builds the schema up to version `version` with migration statements run directly, as an
/// older program would have left it.
inline QString buildSchema(const RawConnection &raw, const core::DatabaseDriver &driver, int version)
{
    for (int v = 1; v <= version; ++v) {
        for (const QString &statement : core::schema::migration(v, driver)) {
            if (QString error = raw.exec(statement); !error.isEmpty())
                return error;
        }
    }
    if (QString error = raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', ?)"),
                                 {QLatin1String(core::schema::applicationId)});
        !error.isEmpty())
        return error;
    return raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"), {QString::number(version)});
}

} // namespace databasetest

Q_DECLARE_METATYPE(core::DatabaseLocation::Kind)

/// Inside a data-driven test: the PostgreSQL row skips (or fails, when CI demands it) without a server.
#define ROADMAP_SCRATCH(variable, kind)                                                                                   \
    if ((kind) == core::DatabaseLocation::Kind::PostgreSQL && databasetest::postgresUrl().isEmpty()) {                   \
        if (databasetest::postgresRequired())                                                                             \
            QFAIL("ROADMAP_REQUIRE_POSTGRES=1 but ROADMAP_TEST_POSTGRES is not set; run under scripts/with-postgres.sh"); \
        QSKIP("PostgreSQL cases need ROADMAP_TEST_POSTGRES=postgresql://user@host:port/db (scripts/with-postgres.sh)");  \
    }                                                                                                                     \
    databasetest::Scratch variable(kind);                                                                                 \
    if (!variable.isReady())                                                                                              \
        QFAIL(qPrintable(QStringLiteral("cannot prepare a scratch database: ") + variable.error()));
