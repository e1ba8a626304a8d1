#pragma once

#include "auditlog.h"
#include "extensionrequest.h"
#include "storageerror.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace core {

class Database;

/// Requests for more time: a department head asks for its own obligations, the monitor grants
/// (creating the extension in the same transaction) or declines. Every change is audited.
class ExtensionRequestWorkflow
{
public:
    using Clock = std::function<QDateTime()>;

    ExtensionRequestWorkflow(Database &db, Clock clock);

    /// Asks for requestedDue (after the obligation's current due date) with a reason; a doubtful
    /// date (see checkNewDueDate) needs confirmed. One pending request per obligation; *id
    /// receives the new request's id.
    StorageError request(const Actor &actor, qint64 roadmapId, const ObligationKey &key, QDate requestedDue,
                         const QString &reason, qint64 *id = nullptr, bool confirmed = false);
    /// Grants the request with newDue (usually the requested date) through ExecutionWorkflow::grantExtension.
    StorageError grant(const Actor &actor, qint64 requestId, int basedOnVersion, QDate newDue, const QString &reason,
                       bool confirmed = false);
    /// Declines the request; the comment says why.
    StorageError decline(const Actor &actor, qint64 requestId, int basedOnVersion, const QString &comment);

    /// Every request of the roadmap, newest first.
    QList<ExtensionRequest> requests(qint64 roadmapId, StorageError *error = nullptr) const;
    std::optional<ExtensionRequest> requestById(qint64 requestId, StorageError *error = nullptr) const;
    /// The pending request for the obligation, if any.
    std::optional<ExtensionRequest> pending(qint64 roadmapId, const ObligationKey &key, StorageError *error = nullptr) const;

    static QString stateId(ExtensionRequest::State state);
    static ExtensionRequest::State stateFromId(QStringView id);

private:
    QList<ExtensionRequest> select(const QString &condition, const QVariantList &values, StorageError *error) const;
    StorageError decide(const Actor &actor, qint64 requestId, int basedOnVersion, ExtensionRequest::State state, QDate newDue,
                        const QString &comment, bool confirmed);

    Database &m_db;
    Clock m_clock;
    AuditLog m_audit;
};

} // namespace core
