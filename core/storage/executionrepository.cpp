#include "executionrepository.h"

#include "database.h"
#include "storedtime.h"

namespace core {

namespace {

const QString selectReports = QStringLiteral(
    "SELECT activity, department, period, state, no_events, done_date, evidence_url, document_ref, comment, reported_by, "
    "reported_at, verified_by, verified_at, verification_comment, version FROM execution_reports WHERE roadmap_id = ?");
const QString selectExtensions = QStringLiteral(
    "SELECT activity, department, period, new_due, reason, granted_by, granted_at FROM extensions WHERE roadmap_id = ?");

ExecutionReport reportFrom(const QSqlQuery &q)
{
    ExecutionReport report;
    report.key = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    report.state = ExecutionRepository::stateFromId(q.value(3).toString());
    report.noEvents = q.value(4).toInt() != 0;
    report.doneDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    report.evidenceUrl = q.value(6).toString();
    report.documentRef = q.value(7).toString();
    report.comment = q.value(8).toString();
    report.reportedBy = q.value(9).toString();
    report.reportedAt = timestampFromStored(q.value(10).toString());
    report.verifiedBy = q.value(11).toString();
    report.verifiedAt = timestampFromStored(q.value(12).toString());
    report.verificationComment = q.value(13).toString();
    report.version = q.value(14).toInt();
    return report;
}

Extension extensionFrom(const QSqlQuery &q)
{
    return {{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()},
            QDate::fromString(q.value(3).toString(), Qt::ISODate),
            q.value(4).toString(),
            q.value(5).toString(),
            timestampFromStored(q.value(6).toString())};
}

} // namespace

ExecutionRepository::ExecutionRepository(Database &db)
    : m_db(db)
{
}

QString ExecutionRepository::stateId(ExecutionReport::State state)
{
    switch (state) {
    case ExecutionReport::State::Reported:
        return QStringLiteral("reported");
    case ExecutionReport::State::Accepted:
        return QStringLiteral("accepted");
    case ExecutionReport::State::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

ExecutionReport::State ExecutionRepository::stateFromId(QStringView id)
{
    if (id == u"accepted")
        return ExecutionReport::State::Accepted;
    if (id == u"returned")
        return ExecutionReport::State::Returned;
    return ExecutionReport::State::Reported;
}

std::optional<ExecutionReport> ExecutionRepository::report(qint64 roadmapId, const ObligationKey &key, StorageError *error) const
{
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, selectReports + QStringLiteral(" AND activity = ? AND department = ? AND period = ?"),
                                   {roadmapId, key.activity, key.department, key.period})) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return reportFrom(q);
}

QHash<ObligationKey, ExecutionReport> ExecutionRepository::reports(qint64 roadmapId, StorageError *error) const
{
    QHash<ObligationKey, ExecutionReport> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, selectReports, {roadmapId})) {
        if (error)
            *error = e;
        return result;
    }
    while (q.next()) {
        const ExecutionReport report = reportFrom(q);
        result.insert(report.key, report);
    }
    return result;
}

QList<Extension> ExecutionRepository::extensions(qint64 roadmapId, const ObligationKey &key, StorageError *error) const
{
    QList<Extension> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, selectExtensions + QStringLiteral(" AND activity = ? AND department = ? AND period = ? ORDER BY id"),
                                   {roadmapId, key.activity, key.department, key.period})) {
        if (error)
            *error = e;
        return result;
    }
    while (q.next())
        result.append(extensionFrom(q));
    return result;
}

QHash<ObligationKey, QList<Extension>> ExecutionRepository::extensions(qint64 roadmapId, StorageError *error) const
{
    QHash<ObligationKey, QList<Extension>> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, selectExtensions + QStringLiteral(" ORDER BY id"), {roadmapId})) {
        if (error)
            *error = e;
        return result;
    }
    while (q.next()) {
        const Extension extension = extensionFrom(q);
        result[extension.key].append(extension);
    }
    return result;
}

} // namespace core
