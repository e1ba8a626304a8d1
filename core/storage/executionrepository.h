#pragma once

#include "executionreport.h"
#include "extension.h"
#include "storageerror.h"

#include <QHash>
#include <QList>

#include <optional>

namespace core {

class Database;

/// Reads execution reports and extensions. Writes go through ExecutionWorkflow, which checks
/// permissions and versions and audits them.
class ExecutionRepository
{
public:
    explicit ExecutionRepository(Database &db);

    std::optional<ExecutionReport> report(qint64 roadmapId, const ObligationKey &key, StorageError *error = nullptr) const;
    QHash<ObligationKey, ExecutionReport> reports(qint64 roadmapId, StorageError *error = nullptr) const;
    QList<Extension> extensions(qint64 roadmapId, const ObligationKey &key, StorageError *error = nullptr) const;
    QHash<ObligationKey, QList<Extension>> extensions(qint64 roadmapId, StorageError *error = nullptr) const;

    static QString stateId(ExecutionReport::State state);
    static ExecutionReport::State stateFromId(QStringView id);

private:
    Database &m_db;
};

} // namespace core
