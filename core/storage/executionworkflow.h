#pragma once

#include "accesspolicy.h"
#include "auditlog.h"
#include "datechecks.h"
#include "executionreport.h"
#include "roadmapsnapshot.h"
#include "storageerror.h"
#include "user.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace core {

class Database;

/// What a department reports (DESIGN §2): the done date and the evidence.
struct ExecutionInput {
    QDate doneDate;
    QString evidenceUrl;
    QString documentRef;
    QString comment;
    bool confirmed = false; ///< the person confirmed a doubtful done date (see checkDoneDate)
};

/// The workflows' answer to a date check: refused (InvalidInput), or doubtful and not confirmed
/// (NeedsConfirmation), or none.
StorageError dateCheckError(const DateCheck &check, bool confirmed);

/// The execution workflows of DESIGN §4–§6: report, "no events", accept, return, extend.
/// Each checks the person's permission, the obligation and the version it was based on, and
/// writes one audited transaction.
class ExecutionWorkflow
{
public:
    using Clock = std::function<QDateTime()>;

    /// clock gives "now" for timestamps; the core never reads the wall clock itself.
    ExecutionWorkflow(Database &db, Clock clock);

    /// basedOnVersion: the report version the person saw; none means "there was no pending report".
    StorageError reportExecution(const Actor &actor, qint64 roadmapId, const ObligationKey &key, const ExecutionInput &input,
                                 std::optional<int> basedOnVersion = std::nullopt);
    StorageError reportNoEvents(const Actor &actor, qint64 roadmapId, const ObligationKey &key, const QString &comment,
                                std::optional<int> basedOnVersion = std::nullopt);
    StorageError accept(const Actor &actor, qint64 roadmapId, const ObligationKey &key, const QString &comment = {},
                        std::optional<int> basedOnVersion = std::nullopt);
    StorageError returnForRework(const Actor &actor, qint64 roadmapId, const ObligationKey &key, const QString &comment,
                                 std::optional<int> basedOnVersion = std::nullopt);
    /// newDue is stored as granted; a day off falls due on the next working day (art. 193).
    /// confirmed: the person confirmed a doubtful date (see checkNewDueDate).
    StorageError grantExtension(const Actor &actor, qint64 roadmapId, const ObligationKey &key, QDate newDue, const QString &reason,
                                bool confirmed = false);

    /// «12.05.2019 is a day off: the deadline falls on 13.05.2019 (…)» for a due date of the roadmap
    /// that art. 193 moves (see core::dayOffNote); empty on a working day.
    QString dayOffNote(qint64 roadmapId, QDate due, StorageError *error = nullptr);

    /// Forgets cached roadmaps, after someone changed one.
    void invalidate() { m_snapshots.clear(); }

private:
    struct Context {
        User user;
        Obligation obligation;
        std::optional<ExecutionReport> report;
    };

    /// The roadmap and calendar, read once and cached.
    const RoadmapSnapshot *snapshot(qint64 roadmapId, StorageError *error);
    StorageError prepare(const Actor &actor, qint64 roadmapId, const ObligationKey &key, access::Action action, Context *context);
    StorageError saveReport(const Actor &actor, qint64 roadmapId, const ObligationKey &key, const QString &action,
                            const std::optional<ExecutionReport> &before, const ExecutionReport &after);
    StorageError checkVersion(const Context &context, std::optional<int> basedOnVersion, const Actor &actor) const;
    StorageError submit(const Actor &actor, qint64 roadmapId, const ObligationKey &key, bool noEvents,
                        const ExecutionInput &input, std::optional<int> basedOnVersion);
    StorageError verify(const Actor &actor, qint64 roadmapId, const ObligationKey &key, ExecutionReport::State state,
                        const QString &comment, std::optional<int> basedOnVersion);

    Database &m_db;
    Clock m_clock;
    AuditLog m_audit;
    QHash<qint64, RoadmapSnapshot> m_snapshots; ///< roadmap and calendar, without reports
};

} // namespace core
