#pragma once

#include "auditlog.h"
#include "obligationkey.h"
#include "storageerror.h"

#include <QList>

namespace core {

class Database;

/// The history of one obligation, read from the audit trail: its reports, verifications,
/// extension requests and extensions, oldest first.
class ObligationHistory
{
public:
    explicit ObligationHistory(Database &db);

    QList<AuditEvent> events(qint64 roadmapId, const ObligationKey &key, StorageError *error = nullptr) const;

private:
    Database &m_db;
};

} // namespace core
