#include "calendaroverrides.h"

#include "authorization.h"
#include "database.h"

#include <QCoreApplication>

namespace core {

CalendarOverrides::CalendarOverrides(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_audit(db)
{
}

QMap<QDate, QString> CalendarOverrides::overrides(StorageError *error) const
{
    QMap<QDate, QString> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT day, kind FROM calendar_overrides ORDER BY day"))) {
        if (error)
            *error = e;
        return result;
    }
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (day.isValid())
            result.insert(day, q.value(1).toString());
    }
    return result;
}

StorageError CalendarOverrides::setPlain(const Actor &actor, QDate date, const QString &note)
{
    if (!date.isValid())
        return StorageError::make(StorageError::Kind::InvalidInput, QCoreApplication::translate("core", "the date is missing"));
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorizeActor(m_db, actor, access::Action::ManageRoadmap))
            return error;
        const QString day = date.toString(Qt::ISODate);
        return m_audit.record(actor, m_clock(), QStringLiteral("edit_calendar"), QStringLiteral("calendar_overrides"), {day}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("INSERT INTO calendar_overrides (day, kind, note) VALUES (?, ?, ?) "
                                               "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note, "
                                               "version = calendar_overrides.version + 1"),
                             {day, plainKindId(), note});
        });
    });
}

StorageError CalendarOverrides::clear(const Actor &actor, QDate date)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorizeActor(m_db, actor, access::Action::ManageRoadmap))
            return error;
        const QString day = date.toString(Qt::ISODate);
        if (m_audit.snapshot(QStringLiteral("calendar_overrides"), {day}).isEmpty())
            return StorageError();
        return m_audit.record(actor, m_clock(), QStringLiteral("edit_calendar"), QStringLiteral("calendar_overrides"), {day}, [&] {
            QSqlQuery q = m_db.query();
            return m_db.exec(q, QStringLiteral("DELETE FROM calendar_overrides WHERE day = ?"), {day});
        });
    });
}

} // namespace core
