#include "executionworkflow.h"

#include "database.h"
#include "executionrepository.h"
#include "roadmaprepository.h"
#include "storedtime.h"
#include "userrepository.h"
#include "weblink.h"

#include <QCoreApplication>

namespace core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

StorageError refuse(StorageError::Kind kind, const QString &message)
{
    return StorageError::make(kind, message);
}

QString describe(const ObligationKey &key)
{
    return QStringLiteral("%1 / %2 / %3").arg(key.activity, key.department, key.period);
}

} // namespace

StorageError dateCheckError(const DateCheck &check, bool confirmed)
{
    switch (check.verdict) {
    case DateCheck::Verdict::Fine:
        return {};
    case DateCheck::Verdict::NeedsConfirmation:
        return confirmed ? StorageError() : refuse(StorageError::Kind::NeedsConfirmation, check.message);
    case DateCheck::Verdict::Refused:
        return refuse(StorageError::Kind::InvalidInput, check.message);
    }
    return {};
}

ExecutionWorkflow::ExecutionWorkflow(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_audit(db)
{
}

const RoadmapSnapshot *ExecutionWorkflow::snapshot(qint64 roadmapId, StorageError *error)
{
    if (!m_snapshots.contains(roadmapId)) {
        RoadmapSnapshot snapshot;
        const RoadmapRepository roadmaps(m_db);
        const std::optional<Roadmap> roadmap = roadmaps.load(roadmapId, error);
        if (!roadmap)
            return nullptr;
        snapshot.roadmap = *roadmap;
        snapshot.calendar = roadmaps.calendar(error);
        if (*error)
            return nullptr;
        m_snapshots.insert(roadmapId, snapshot);
    }
    return &m_snapshots[roadmapId];
}

QString ExecutionWorkflow::dayOffNote(qint64 roadmapId, QDate due, StorageError *error)
{
    StorageError problem;
    const RoadmapSnapshot *cached = snapshot(roadmapId, &problem);
    if (error)
        *error = problem;
    return cached ? core::dayOffNote(cached->calendar, cached->roadmap.settings, due) : QString();
}

StorageError ExecutionWorkflow::prepare(const Actor &actor, qint64 roadmapId, const ObligationKey &key, access::Action action,
                                        Context *context)
{
    StorageError error;
    const UserRepository users(m_db);
    const std::optional<User> person = users.user(actor.login, &error);
    if (error)
        return error;
    if (!person)
        return refuse(StorageError::Kind::NotPermitted,
                      tr("%1 is not a user of this database; ask the monitor to add you").arg(actor.login));
    context->user = *person;
    if (!actor.onBehalfOf.isEmpty()) {
        if (person->role != User::Role::Monitor || !person->active)
            return refuse(StorageError::Kind::NotPermitted,
                          tr("only a monitor can act for someone else; %1 is not one").arg(actor.login));
        const std::optional<User> other = users.user(actor.onBehalfOf, &error);
        if (error)
            return error;
        if (!other)
            return refuse(StorageError::Kind::InvalidInput, tr("%1 is not a user of this database").arg(actor.onBehalfOf));
        context->user = *other;
    }

    const RoadmapSnapshot *cached = this->snapshot(roadmapId, &error);
    if (!cached)
        return error;
    const RoadmapSnapshot &snapshot = *cached;
    const Activity *activity = snapshot.roadmap.activity(key.activity);
    if (!activity)
        return refuse(StorageError::Kind::InvalidInput, tr("there is no activity %1 in the roadmap").arg(key.activity));
    const std::optional<Obligation> obligation = snapshot.obligation(key);
    if (!obligation) {
        QStringList owing;
        for (const Assignment &assignment : activity->obligedAssignments())
            owing.append(assignment.department);
        return refuse(StorageError::Kind::InvalidInput,
                      tr("activity %1 owes nothing for «%2» in period %3 (owed by: %4)")
                          .arg(key.activity, key.department, key.period, owing.join(QStringLiteral("; "))));
    }
    context->obligation = *obligation;
    const bool ledByGroup = snapshot.roadmap.isGroup(key.department);

    const QString refusal = access::refusal(context->user, action, key, ledByGroup);
    if (!refusal.isEmpty())
        return refuse(StorageError::Kind::NotPermitted, refusal);

    context->report = ExecutionRepository(m_db).report(roadmapId, key, &error);
    return error;
}

StorageError ExecutionWorkflow::checkVersion(const Context &context, std::optional<int> basedOnVersion, const Actor &actor) const
{
    const int stored = context.report ? context.report->version : 0;
    if (!basedOnVersion || *basedOnVersion == stored)
        return {};
    if (!context.report) {
        // A version of a report nobody has made: a stale window or a mistyped --expect-version.
        return refuse(StorageError::Kind::Conflict,
                      tr("%1 has no report yet, but %2 based the change on version %3; reload and try again")
                          .arg(describe(context.obligation.key), actor.effectiveLogin())
                          .arg(*basedOnVersion));
    }
    const ExecutionReport &report = *context.report;
    const QString who = report.verifiedAt > report.reportedAt ? report.verifiedBy : report.reportedBy;
    const QDateTime when = report.verifiedAt > report.reportedAt ? report.verifiedAt : report.reportedAt;
    return refuse(StorageError::Kind::Conflict,
                  tr("%1 was changed by %2 at %3 (version %4) after %5 opened it (version %6); reload to see their change")
                      .arg(describe(report.key), who, when.toString(Qt::ISODate))
                      .arg(stored)
                      .arg(actor.effectiveLogin())
                      .arg(*basedOnVersion));
}

StorageError ExecutionWorkflow::saveReport(const Actor &actor, qint64 roadmapId, const ObligationKey &key, const QString &action,
                                           const std::optional<ExecutionReport> &before, const ExecutionReport &after)
{
    const QVariantList keyValues{roadmapId, key.activity, key.department, key.period};
    return m_audit.record(actor, m_clock(), action, QStringLiteral("execution_reports"), keyValues, [&]() -> StorageError {
        QSqlQuery q = m_db.query();
        const QVariantList fields{ExecutionRepository::stateId(after.state), int(after.noEvents),
                                  after.doneDate.isValid() ? after.doneDate.toString(Qt::ISODate) : QVariant(),
                                  after.evidenceUrl, after.documentRef, after.comment, after.reportedBy,
                                  storedTimestamp(after.reportedAt), after.verifiedBy, storedTimestamp(after.verifiedAt),
                                  after.verificationComment};
        if (!before) {
            return m_db.exec(q, QStringLiteral("INSERT INTO execution_reports (state, no_events, done_date, evidence_url, "
                                               "document_ref, comment, reported_by, reported_at, verified_by, verified_at, "
                                               "verification_comment, roadmap_id, activity, department, period) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             fields + keyValues);
        }
        if (StorageError error = m_db.exec(q, QStringLiteral("UPDATE execution_reports SET state = ?, no_events = ?, done_date = ?, "
                                                             "evidence_url = ?, document_ref = ?, comment = ?, reported_by = ?, "
                                                             "reported_at = ?, verified_by = ?, verified_at = ?, "
                                                             "verification_comment = ?, version = version + 1 WHERE roadmap_id = ? "
                                                             "AND activity = ? AND department = ? AND period = ? AND version = ?"),
                                           fields + keyValues + QVariantList{before->version}))
            return error;
        if (q.numRowsAffected() != 1)
            return refuse(StorageError::Kind::Conflict, tr("%1 was changed by someone else meanwhile").arg(describe(key)));
        return {};
    });
}

StorageError ExecutionWorkflow::submit(const Actor &actor, qint64 roadmapId, const ObligationKey &key, bool noEvents,
                                       const ExecutionInput &input, std::optional<int> basedOnVersion)
{
    const QDateTime now = m_clock();
    if (!noEvents && !input.doneDate.isValid())
        return refuse(StorageError::Kind::InvalidInput, tr("the done date is missing"));
    if (!input.evidenceUrl.isEmpty()) {
        if (webLink(input.evidenceUrl).isEmpty())
            return refuse(StorageError::Kind::InvalidInput,
                          tr("the evidence link «%1» is not a web address (http:// or https://)").arg(input.evidenceUrl));
    }

    return m_db.write([&]() -> StorageError {
        Context context;
        if (StorageError error = prepare(actor, roadmapId, key, access::Action::ReportExecution, &context))
            return error;
        if (noEvents && !context.obligation.eventDriven)
            return refuse(StorageError::Kind::InvalidInput,
                          tr("activity %1 is not event-driven: \"no events this period\" does not apply").arg(key.activity));
        // "Today" is the person's own day, not the UTC one of the stored timestamps.
        if (!noEvents) {
            const DateCheck check = checkDoneDate(m_snapshots[roadmapId].roadmap, context.obligation, input.doneDate,
                                                  now.toLocalTime().date());
            if (StorageError error = dateCheckError(check, input.confirmed))
                return error;
        }
        if (StorageError error = checkVersion(context, basedOnVersion, actor))
            return error;
        if (context.report) {
            const ExecutionReport &report = *context.report;
            if (report.state == ExecutionReport::State::Accepted)
                return refuse(StorageError::Kind::InvalidInput,
                              tr("%1 is already accepted by %2; ask the monitor to return it first").arg(describe(key), report.verifiedBy));
            // Replacing a pending report needs proof that its author's version was seen.
            if (report.state == ExecutionReport::State::Reported && !basedOnVersion)
                return refuse(StorageError::Kind::Conflict,
                              tr("%1 was already reported by %2 at %3 (version %4); reload and change that report instead")
                                  .arg(describe(key), report.reportedBy, report.reportedAt.toString(Qt::ISODate))
                                  .arg(report.version));
        }
        ExecutionReport after;
        after.key = key;
        after.state = ExecutionReport::State::Reported;
        after.noEvents = noEvents;
        after.doneDate = noEvents ? QDate() : input.doneDate;
        after.evidenceUrl = input.evidenceUrl;
        after.documentRef = input.documentRef;
        after.comment = input.comment;
        after.reportedBy = actor.effectiveLogin();
        after.reportedAt = now;
        if (context.report)
            after.verificationComment = context.report->verificationComment; // the reason it was returned stays visible
        return saveReport(actor, roadmapId, key, noEvents ? QStringLiteral("report_no_events") : QStringLiteral("report_execution"),
                          context.report, after);
    });
}

StorageError ExecutionWorkflow::reportExecution(const Actor &actor, qint64 roadmapId, const ObligationKey &key,
                                                const ExecutionInput &input, std::optional<int> basedOnVersion)
{
    return submit(actor, roadmapId, key, false, input, basedOnVersion);
}

StorageError ExecutionWorkflow::reportNoEvents(const Actor &actor, qint64 roadmapId, const ObligationKey &key,
                                               const QString &comment, std::optional<int> basedOnVersion)
{
    ExecutionInput input;
    input.comment = comment;
    return submit(actor, roadmapId, key, true, input, basedOnVersion);
}

StorageError ExecutionWorkflow::verify(const Actor &actor, qint64 roadmapId, const ObligationKey &key, ExecutionReport::State state,
                                       const QString &comment, std::optional<int> basedOnVersion)
{
    if (state == ExecutionReport::State::Returned && comment.trimmed().isEmpty())
        return refuse(StorageError::Kind::InvalidInput, tr("say why the report is returned: the comment is empty"));
    return m_db.write([&]() -> StorageError {
        Context context;
        if (StorageError error = prepare(actor, roadmapId, key, access::Action::Verify, &context))
            return error;
        if (!context.report)
            return refuse(StorageError::Kind::InvalidInput, tr("%1 has not been reported yet").arg(describe(key)));
        if (StorageError error = checkVersion(context, basedOnVersion, actor))
            return error;
        const ExecutionReport &before = *context.report;
        if (before.state == state)
            return refuse(StorageError::Kind::InvalidInput,
                          state == ExecutionReport::State::Accepted ? tr("%1 is already accepted").arg(describe(key))
                                                                     : tr("%1 is already returned").arg(describe(key)));
        if (before.state == ExecutionReport::State::Returned)
            return refuse(StorageError::Kind::InvalidInput, tr("%1 was returned and has not been reported again").arg(describe(key)));
        ExecutionReport after = before;
        after.state = state;
        after.verifiedBy = actor.effectiveLogin();
        after.verifiedAt = m_clock();
        after.verificationComment = comment;
        return saveReport(actor, roadmapId, key,
                          state == ExecutionReport::State::Accepted ? QStringLiteral("accept") : QStringLiteral("return"), before, after);
    });
}

StorageError ExecutionWorkflow::accept(const Actor &actor, qint64 roadmapId, const ObligationKey &key, const QString &comment,
                                       std::optional<int> basedOnVersion)
{
    return verify(actor, roadmapId, key, ExecutionReport::State::Accepted, comment, basedOnVersion);
}

StorageError ExecutionWorkflow::returnForRework(const Actor &actor, qint64 roadmapId, const ObligationKey &key,
                                                const QString &comment, std::optional<int> basedOnVersion)
{
    return verify(actor, roadmapId, key, ExecutionReport::State::Returned, comment, basedOnVersion);
}

StorageError ExecutionWorkflow::grantExtension(const Actor &actor, qint64 roadmapId, const ObligationKey &key, QDate newDue,
                                               const QString &reason, bool confirmed)
{
    if (!newDue.isValid())
        return refuse(StorageError::Kind::InvalidInput, tr("the new due date is missing"));
    if (reason.trimmed().isEmpty())
        return refuse(StorageError::Kind::InvalidInput, tr("give the reason for the extension"));
    return m_db.write([&]() -> StorageError {
        Context context;
        if (StorageError error = prepare(actor, roadmapId, key, access::Action::GrantExtension, &context))
            return error;
        StorageError error;
        const QList<Extension> earlier = ExecutionRepository(m_db).extensions(roadmapId, key, &error);
        if (error)
            return error;
        const RoadmapSnapshot &snapshot = m_snapshots[roadmapId];
        const QDate due = dueInForce(context.obligation, earlier, snapshot.calendar, snapshot.roadmap.settings);
        if ((error = dateCheckError(checkNewDueDate(snapshot.roadmap, due, newDue), confirmed)))
            return error;
        const QDateTime now = m_clock();
        QSqlQuery q = m_db.query();
        if ((error = m_db.exec(q, QStringLiteral("INSERT INTO extensions (roadmap_id, activity, department, period, new_due, "
                                                 "reason, granted_by, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               {roadmapId, key.activity, key.department, key.period, newDue.toString(Qt::ISODate), reason,
                                actor.effectiveLogin(), storedTimestamp(now)})))
            return error;
        if (!q.next())
            return m_db.errorFrom(q.lastError(), QStringLiteral("INSERT INTO extensions"));
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return m_audit.append(actor, now, QStringLiteral("grant_extension"), AuditLog::entityId(QStringLiteral("extensions"), {id}), {},
                              m_audit.snapshot(QStringLiteral("extensions"), {id}));
    });
}

} // namespace core
