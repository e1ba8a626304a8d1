#pragma once

#include "auditlog.h"
#include "registeredreport.h"
#include "storageerror.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace core {

class Database;

/// The register of printed status reports (table registered_reports). Registering is the
/// monitor's; everyone may list and reprint.
class RegisteredReportRepository
{
public:
    using Clock = std::function<QDateTime()>;

    /// clock gives "now" for the registration date; the core never reads the wall clock itself.
    RegisteredReportRepository(Database &db, Clock clock);

    /// Stamps the number and today's date into document, then stores it with its parameters
    /// and hash in one audited transaction. A number already used in the roadmap is a conflict.
    StorageError registerReport(const Actor &actor, qint64 roadmapId, const QString &number, const ReportParameters &parameters,
                                ReportDocument *document, RegisteredReport *registered = nullptr);

    /// The registered reports of a roadmap in the order they were registered, with their content.
    QList<RegisteredReport> reports(qint64 roadmapId, StorageError *error = nullptr) const;
    /// One registered report; Damaged when its content no longer matches its hash.
    std::optional<RegisteredReport> report(qint64 roadmapId, const QString &number, StorageError *error = nullptr) const;

private:
    Database &m_db;
    Clock m_clock;
    AuditLog m_audit;
};

} // namespace core
