#include "extensionrequestworkflow.h"

#include "authorization.h"
#include "database.h"
#include "executionrepository.h"
#include "executionworkflow.h"
#include "roadmaprepository.h"
#include "storedtime.h"

#include <QCoreApplication>

namespace core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

QString describe(const ObligationKey &key)
{
    return QStringLiteral("%1 / %2 / %3").arg(key.activity, key.department, key.period);
}

const QString selectRequests = QStringLiteral(
    "SELECT id, roadmap_id, activity, department, period, requested_due, reason, requested_by, requested_at, state, "
    "decided_by, decided_at, decision_comment, version FROM extension_requests");

} // namespace

ExtensionRequestWorkflow::ExtensionRequestWorkflow(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_audit(db)
{
}

QString ExtensionRequestWorkflow::stateId(ExtensionRequest::State state)
{
    switch (state) {
    case ExtensionRequest::State::Pending:
        return QStringLiteral("pending");
    case ExtensionRequest::State::Granted:
        return QStringLiteral("granted");
    case ExtensionRequest::State::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

ExtensionRequest::State ExtensionRequestWorkflow::stateFromId(QStringView id)
{
    if (id == u"granted")
        return ExtensionRequest::State::Granted;
    if (id == u"declined")
        return ExtensionRequest::State::Declined;
    return ExtensionRequest::State::Pending;
}

QList<ExtensionRequest> ExtensionRequestWorkflow::select(const QString &condition, const QVariantList &values,
                                                         StorageError *error) const
{
    QList<ExtensionRequest> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, selectRequests + QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY id DESC"),
                                   values)) {
        if (error)
            *error = e;
        return result;
    }
    while (q.next()) {
        ExtensionRequest request;
        request.id = q.value(0).toLongLong();
        request.roadmapId = q.value(1).toLongLong();
        request.key = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        request.requestedDue = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        request.reason = q.value(6).toString();
        request.requestedBy = q.value(7).toString();
        request.requestedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        request.state = stateFromId(q.value(9).toString());
        request.decidedBy = q.value(10).toString();
        request.decidedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        request.decisionComment = q.value(12).toString();
        request.version = q.value(13).toInt();
        result.append(request);
    }
    return result;
}

QList<ExtensionRequest> ExtensionRequestWorkflow::requests(qint64 roadmapId, StorageError *error) const
{
    return select(QStringLiteral("roadmap_id = ?"), {roadmapId}, error);
}

std::optional<ExtensionRequest> ExtensionRequestWorkflow::requestById(qint64 requestId, StorageError *error) const
{
    const QList<ExtensionRequest> found = select(QStringLiteral("id = ?"), {requestId}, error);
    return found.isEmpty() ? std::nullopt : std::optional<ExtensionRequest>(found.first());
}

std::optional<ExtensionRequest> ExtensionRequestWorkflow::pending(qint64 roadmapId, const ObligationKey &key, StorageError *error) const
{
    const QList<ExtensionRequest> found =
        select(QStringLiteral("roadmap_id = ? AND activity = ? AND department = ? AND period = ? AND state = 'pending'"),
               {roadmapId, key.activity, key.department, key.period}, error);
    return found.isEmpty() ? std::nullopt : std::optional<ExtensionRequest>(found.first());
}

StorageError ExtensionRequestWorkflow::request(const Actor &actor, qint64 roadmapId, const ObligationKey &key, QDate requestedDue,
                                               const QString &reason, qint64 *id, bool confirmed)
{
    if (!requestedDue.isValid())
        return StorageError::make(StorageError::Kind::InvalidInput, tr("the requested due date is missing"));
    if (reason.trimmed().isEmpty())
        return StorageError::make(StorageError::Kind::InvalidInput, tr("give the reason for the extension"));
    return m_db.write([&]() -> StorageError {
        StorageError error;
        const RoadmapRepository roadmaps(m_db);
        RoadmapSnapshot snapshot;
        const std::optional<Roadmap> roadmap = roadmaps.load(roadmapId, &error);
        if (!roadmap)
            return error;
        snapshot.roadmap = *roadmap;
        snapshot.calendar = roadmaps.calendar(&error);
        if (error)
            return error;
        const std::optional<Obligation> obligation = snapshot.obligation(key);
        if (!obligation)
            return StorageError::make(StorageError::Kind::InvalidInput,
                                      tr("the roadmap owes nothing for %1").arg(describe(key)));
        if ((error = authorizeActor(m_db, actor, access::Action::ReportExecution, key, roadmap->isGroup(key.department))))
            return error;

        const QList<Extension> earlier = ExecutionRepository(m_db).extensions(roadmapId, key, &error);
        if (error)
            return error;
        const QDate currentDue = dueInForce(*obligation, earlier, snapshot.calendar, roadmap->settings);
        if ((error = dateCheckError(checkNewDueDate(*roadmap, currentDue, requestedDue), confirmed)))
            return error;
        if (const std::optional<ExtensionRequest> open = pending(roadmapId, key, &error))
            return StorageError::make(StorageError::Kind::Conflict,
                                      tr("%1 already has a pending request by %2 for %3")
                                          .arg(describe(key), open->requestedBy, open->requestedDue.toString(Qt::ISODate)));
        if (error)
            return error;

        const QDateTime now = m_clock();
        QSqlQuery q = m_db.query();
        if ((error = m_db.exec(q, QStringLiteral("INSERT INTO extension_requests (roadmap_id, activity, department, period, requested_due, "
                                                 "reason, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               {roadmapId, key.activity, key.department, key.period, requestedDue.toString(Qt::ISODate), reason,
                                actor.effectiveLogin(), storedTimestamp(now)})))
            return error;
        if (!q.next())
            return m_db.errorFrom(q.lastError(), QStringLiteral("INSERT INTO extension_requests"));
        const qint64 newId = q.value(0).toLongLong();
        q.finish();
        if (id)
            *id = newId;
        return m_audit.append(actor, now, QStringLiteral("request_extension"),
                              AuditLog::entityId(QStringLiteral("extension_requests"), {newId}), {},
                              m_audit.snapshot(QStringLiteral("extension_requests"), {newId}));
    });
}

StorageError ExtensionRequestWorkflow::decide(const Actor &actor, qint64 requestId, int basedOnVersion, ExtensionRequest::State state,
                                              QDate newDue, const QString &comment, bool confirmed)
{
    return m_db.write([&]() -> StorageError {
        if (StorageError error = authorizeActor(m_db, actor, access::Action::GrantExtension))
            return error;
        StorageError error;
        const std::optional<ExtensionRequest> request = requestById(requestId, &error);
        if (error)
            return error;
        if (!request)
            return StorageError::make(StorageError::Kind::InvalidInput, tr("there is no extension request %1").arg(requestId));
        if (request->version != basedOnVersion)
            return StorageError::make(StorageError::Kind::Conflict,
                                      tr("the extension request for %1 was changed by someone else (version %2; your decision was "
                                         "based on version %3)")
                                          .arg(describe(request->key))
                                          .arg(request->version)
                                          .arg(basedOnVersion));
        if (request->state != ExtensionRequest::State::Pending)
            return StorageError::make(StorageError::Kind::Conflict,
                                      tr("the extension request for %1 was already decided by %2")
                                          .arg(describe(request->key), request->decidedBy));
        const QDateTime now = m_clock();
        if (state == ExtensionRequest::State::Granted) {
            ExecutionWorkflow workflow(m_db, [now] { return now; });
            if ((error = workflow.grantExtension(actor, request->roadmapId, request->key, newDue, comment, confirmed)))
                return error;
        }
        return m_audit.record(actor, now, state == ExtensionRequest::State::Granted ? QStringLiteral("grant_extension_request")
                                                                                    : QStringLiteral("decline_extension_request"),
                              QStringLiteral("extension_requests"), {requestId}, [&]() -> StorageError {
                                  QSqlQuery q = m_db.query();
                                  if (StorageError e = m_db.exec(q, QStringLiteral("UPDATE extension_requests SET state = ?, decided_by = ?, "
                                                                                   "decided_at = ?, decision_comment = ?, version = version + 1 "
                                                                                   "WHERE id = ? AND version = ?"),
                                                                 {stateId(state), actor.effectiveLogin(), storedTimestamp(now), comment,
                                                                  requestId, basedOnVersion}))
                                      return e;
                                  if (q.numRowsAffected() != 1)
                                      return StorageError::make(StorageError::Kind::Conflict,
                                                                tr("the extension request was changed by someone else meanwhile"));
                                  return StorageError();
                              });
    });
}

StorageError ExtensionRequestWorkflow::grant(const Actor &actor, qint64 requestId, int basedOnVersion, QDate newDue, const QString &reason,
                                             bool confirmed)
{
    if (reason.trimmed().isEmpty())
        return StorageError::make(StorageError::Kind::InvalidInput, tr("give the reason for the extension"));
    return decide(actor, requestId, basedOnVersion, ExtensionRequest::State::Granted, newDue, reason, confirmed);
}

StorageError ExtensionRequestWorkflow::decline(const Actor &actor, qint64 requestId, int basedOnVersion, const QString &comment)
{
    if (comment.trimmed().isEmpty())
        return StorageError::make(StorageError::Kind::InvalidInput, tr("say why the request is declined: the comment is empty"));
    return decide(actor, requestId, basedOnVersion, ExtensionRequest::State::Declined, {}, comment, false);
}

} // namespace core
