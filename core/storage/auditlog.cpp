#include "auditlog.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlField>
#include <QSqlRecord>

namespace core {

namespace {

/// The audited tables and their keys. Every write to them goes through AuditLog::record().
struct AuditedTable {
    const char *table;
    QList<const char *> key;
};

const QList<AuditedTable> &auditedTables()
{
    static const QList<AuditedTable> tables = {
        {"roadmaps", {"id"}},
        {"principles", {"roadmap_id", "number"}},
        {"activities", {"roadmap_id", "number"}},
        {"assignments", {"roadmap_id", "activity", "position"}},
        {"roadmap_settings", {"roadmap_id"}},
        {"departments", {"name"}},
        {"department_groups", {"name"}},
        {"users", {"login"}},
        {"execution_reports", {"roadmap_id", "activity", "department", "period"}},
        {"extensions", {"id"}},
        {"calendar_overrides", {"day"}},
        {"extension_requests", {"id"}},
        {"registered_reports", {"id"}},
    };
    return tables;
}

const AuditedTable *auditedTable(const QString &name)
{
    for (const AuditedTable &table : auditedTables()) {
        if (name == QLatin1String(table.table))
            return &table;
    }
    return nullptr;
}

/// Values as text, so that SQLite's and PostgreSQL's integer types compare equal.
QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    return value.toString();
}

QJsonObject rowObject(const QSqlRecord &record)
{
    QJsonObject object;
    for (int i = 0; i < record.count(); ++i)
        object.insert(record.fieldName(i), jsonValue(record.value(i)));
    return object;
}

QString compactJson(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString eventHash(const QString &previous, const QString &at, const QString &login, const QString &onBehalfOf,
                  const QString &action, const QString &entity, const QString &before, const QString &after)
{
    const QString joined = QStringList{previous, at, login, onBehalfOf, action, entity, before, after}.join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

/// "field: a → b" for each field that differs.
QStringList differences(const QJsonObject &recorded, const QJsonObject &actual)
{
    QStringList fields;
    QStringList keys = recorded.keys();
    for (const QString &key : actual.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : keys) {
        if (recorded.value(key) != actual.value(key)) {
            fields.append(tr("%1 is «%2» in the file, «%3» in the audit trail")
                              .arg(key, actual.value(key).toVariant().toString(), recorded.value(key).toVariant().toString()));
        }
    }
    return fields;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QString AuditLog::entityId(const QString &table, const QVariantList &key)
{
    QJsonArray values;
    for (const QVariant &value : key)
        values.append(value.toString());
    return table + u':' + QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

QJsonObject AuditLog::snapshot(const QString &table, const QVariantList &key, StorageError *error) const
{
    const AuditedTable *audited = auditedTable(table);
    Q_ASSERT(audited && audited->key.size() == key.size());
    QStringList conditions;
    for (const char *column : audited->key)
        conditions.append(QStringLiteral("%1 = ?").arg(QLatin1String(column)));
    // Table and column names come from the fixed list above; values are bound.
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, conditions.join(QStringLiteral(" AND "))), key)) {
        if (error)
            *error = e;
        return {};
    }
    return q.next() ? rowObject(q.record()) : QJsonObject();
}

StorageError AuditLog::append(const Actor &actor, const QDateTime &at, const QString &action, const QString &entity,
                              const QJsonObject &before, const QJsonObject &after)
{
    QSqlQuery q = m_db.query();
    if (StorageError error = m_db.exec(q, QStringLiteral("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1")))
        return error;
    const QString previous = q.next() ? q.value(0).toString() : QString();
    q.finish();

    const QString when = timestamp(at);
    const QString beforeText = compactJson(before);
    const QString afterText = compactJson(after);
    const QString hash = eventHash(previous, when, actor.login, actor.onBehalfOf, action, entity, beforeText, afterText);
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO audit_events (at, login, on_behalf_of, action, entity, before_json, after_json, "
                                    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {when, actor.login, actor.onBehalfOf, action, entity, beforeText, afterText, previous, hash});
}

StorageError AuditLog::record(const Actor &actor, const QDateTime &at, const QString &action, const QString &table,
                              const QVariantList &key, const std::function<StorageError()> &change)
{
    StorageError error;
    const QJsonObject before = snapshot(table, key, &error);
    if (error)
        return error;
    if ((error = change()))
        return error;
    const QJsonObject after = snapshot(table, key, &error);
    if (error)
        return error;
    return append(actor, at, action, entityId(table, key), before, after);
}

QList<AuditEvent> AuditLog::events(StorageError *error) const
{
    QList<AuditEvent> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT id, at, login, on_behalf_of, action, entity, before_json, after_json "
                                                     "FROM audit_events ORDER BY id"))) {
        if (error)
            *error = e;
        return result;
    }
    while (q.next()) {
        result.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                       q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       parseJson(q.value(6).toString()), parseJson(q.value(7).toString())});
    }
    return result;
}

QHash<QString, QJsonObject> AuditLog::latestRecorded(StorageError *error) const
{
    QHash<QString, QJsonObject> recorded;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT entity, after_json FROM audit_events ORDER BY id"))) {
        if (error)
            *error = e;
        return recorded;
    }
    while (q.next())
        recorded.insert(q.value(0).toString(), parseJson(q.value(1).toString()));
    return recorded;
}

StorageError AuditLog::compareRows(const QHash<QString, QJsonObject> &recorded,
                                   const std::function<void(const QString &, const QJsonObject &, const QJsonObject &)> &mismatch) const
{
    QSet<QString> seen;
    QSqlQuery q = m_db.query();
    // During a migration the tables of later schema versions do not exist yet.
    const QStringList existing = m_db.driver().tables(m_db.connection());
    for (const AuditedTable &table : auditedTables()) {
        const QString name = QLatin1String(table.table);
        if (!existing.contains(name))
            continue;
        if (StorageError e = m_db.exec(q, QStringLiteral("SELECT * FROM %1").arg(name)))
            return e;
        while (q.next()) {
            const QSqlRecord record = q.record();
            QVariantList key;
            for (const char *column : table.key)
                key.append(record.value(QLatin1String(column)));
            const QString entity = entityId(name, key);
            seen.insert(entity);
            const QJsonObject actual = rowObject(record);
            const QJsonObject expected = recorded.value(entity);
            if (expected != actual)
                mismatch(entity, expected, actual);
        }
        q.finish();
    }
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (!it->isEmpty() && !seen.contains(it.key()))
            mismatch(it.key(), *it, {});
    }
    return {};
}

QSet<QString> AuditLog::mismatchedEntities(StorageError *error) const
{
    QSet<QString> entities;
    StorageError e;
    const QHash<QString, QJsonObject> recorded = latestRecorded(&e);
    if (!e)
        e = compareRows(recorded, [&](const QString &entity, const QJsonObject &, const QJsonObject &) { entities.insert(entity); });
    if (error)
        *error = e;
    return entities;
}

StorageError AuditLog::reconcile(const Actor &actor, const QDateTime &at, const QString &action, const QSet<QString> &leaveAlone)
{
    StorageError error;
    const QHash<QString, QJsonObject> recorded = latestRecorded(&error);
    if (error)
        return error;
    QList<std::tuple<QString, QJsonObject, QJsonObject>> changes;
    error = compareRows(recorded, [&](const QString &entity, const QJsonObject &before, const QJsonObject &after) {
        if (!leaveAlone.contains(entity))
            changes.append({entity, before, after});
    });
    if (error)
        return error;
    for (const auto &[entity, before, after] : changes) {
        if ((error = append(actor, at, action, entity, before, after)))
            return error;
    }
    return {};
}

QStringList AuditLog::verify(int *eventCount, StorageError *error) const
{
    QStringList problems;
    QHash<QString, QJsonObject> recorded; // entity → its newest "after"
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT id, at, login, on_behalf_of, action, entity, before_json, "
                                                     "after_json, prev_hash, hash FROM audit_events ORDER BY id"))) {
        if (error)
            *error = e;
        return problems;
    }
    QString previous;
    int count = 0;
    while (q.next()) {
        ++count;
        const qint64 id = q.value(0).toLongLong();
        const QString entity = q.value(5).toString();
        const QString after = q.value(7).toString();
        const QString expected = eventHash(previous, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                           q.value(4).toString(), entity, q.value(6).toString(), after);
        if (q.value(8).toString() != previous)
            problems.append(tr("audit event %1 does not follow the one before it: events were removed or inserted").arg(id));
        else if (q.value(9).toString() != expected)
            problems.append(tr("audit event %1 was altered outside the program").arg(id));
        previous = q.value(9).toString();
        recorded.insert(entity, parseJson(after));
    }
    q.finish();
    if (eventCount)
        *eventCount = count;

    // Every audited row must be what the newest event about it says.
    const StorageError e = compareRows(recorded, [&](const QString &entity, const QJsonObject &expected, const QJsonObject &actual) {
        if (expected.isEmpty())
            problems.append(tr("%1 is in the file but not in the audit trail: added outside the program").arg(entity));
        else if (actual.isEmpty())
            problems.append(tr("%1 is in the audit trail but missing from the file: deleted outside the program").arg(entity));
        else
            problems.append(tr("%1 was changed outside the program: %2").arg(entity, differences(expected, actual).join(QStringLiteral("; "))));
    });
    if (e && error)
        *error = e;
    return problems;
}

} // namespace core
