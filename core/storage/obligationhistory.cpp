#include "obligationhistory.h"

#include "database.h"

#include <QJsonDocument>

#include <algorithm>

namespace core {

namespace {

QJsonObject parseJson(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

ObligationHistory::ObligationHistory(Database &db)
    : m_db(db)
{
}

QList<AuditEvent> ObligationHistory::events(qint64 roadmapId, const ObligationKey &key, StorageError *error) const
{
    const auto fail = [error](const StorageError &e) {
        if (error)
            *error = e;
        return QList<AuditEvent>();
    };
    const QVariantList obligation{roadmapId, key.activity, key.department, key.period};

    // The report row is one entity; extensions and requests are rows of their own, found by the key.
    QStringList entities{AuditLog::entityId(QStringLiteral("execution_reports"), obligation)};
    for (const QString &table : {QStringLiteral("extensions"), QStringLiteral("extension_requests")}) {
        QSqlQuery q = m_db.query();
        if (StorageError e = m_db.exec(q, QStringLiteral("SELECT id FROM %1 WHERE roadmap_id = ? AND activity = ? AND department = ? "
                                                         "AND period = ? ORDER BY id").arg(table),
                                       obligation))
            return fail(e);
        while (q.next())
            entities.append(AuditLog::entityId(table, {q.value(0).toLongLong()}));
    }

    QList<AuditEvent> result;
    for (const QString &entity : std::as_const(entities)) {
        QSqlQuery q = m_db.query();
        if (StorageError e = m_db.exec(q, QStringLiteral("SELECT id, at, login, on_behalf_of, action, entity, before_json, after_json "
                                                         "FROM audit_events WHERE entity = ? ORDER BY id"),
                                       {entity}))
            return fail(e);
        while (q.next()) {
            AuditEvent event;
            event.id = q.value(0).toLongLong();
            event.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            event.login = q.value(2).toString();
            event.onBehalfOf = q.value(3).toString();
            event.action = q.value(4).toString();
            event.entity = q.value(5).toString();
            event.before = parseJson(q.value(6).toString());
            event.after = parseJson(q.value(7).toString());
            result.append(event);
        }
    }
    std::sort(result.begin(), result.end(), [](const AuditEvent &a, const AuditEvent &b) {
        return a.at == b.at ? a.id < b.id : a.at < b.at;
    });
    return result;
}

} // namespace core
