#include "registeredreportrepository.h"

#include "accesspolicy.h"
#include "database.h"
#include "statusreportbuilder.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

const QString columns = QStringLiteral(
    "id, roadmap_id, number, registered_on, registered_by, registered_at, parameters_json, content_json, content_hash");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Reads one row; a row whose content does not match its hash, or cannot be read, is damaged.
std::optional<RegisteredReport> reportFrom(const QSqlQuery &q, StorageError *error)
{
    RegisteredReport report;
    report.id = q.value(0).toLongLong();
    report.roadmapId = q.value(1).toLongLong();
    report.number = q.value(2).toString();
    report.registeredOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    report.registeredBy = q.value(4).toString();
    report.registeredAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    const QByteArray content = q.value(7).toString().toUtf8();
    report.contentHash = q.value(8).toString();
    const std::optional<ReportParameters> parameters =
        ReportParameters::fromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
    const std::optional<ReportDocument> document = ReportDocument::fromJson(QJsonDocument::fromJson(content).object());
    if (sha256(content) != report.contentHash || !parameters || !document) {
        if (error) {
            *error = StorageError::make(StorageError::Kind::Damaged,
                                        tr("registered report %1 was altered outside the program: its content does not match "
                                           "the hash recorded when it was registered")
                                            .arg(report.number));
        }
        return std::nullopt;
    }
    report.parameters = *parameters;
    report.content = *document;
    return report;
}

} // namespace

RegisteredReportRepository::RegisteredReportRepository(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_audit(db)
{
}

StorageError RegisteredReportRepository::registerReport(const Actor &actor, qint64 roadmapId, const QString &number,
                                                        const ReportParameters &parameters, ReportDocument *document,
                                                        RegisteredReport *registered)
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return StorageError::make(StorageError::Kind::InvalidInput, tr("the registration number is empty"));
    return m_db.write([&]() -> StorageError {
        StorageError error;
        const std::optional<User> user = UserRepository(m_db).user(actor.effectiveLogin(), &error);
        if (error)
            return error;
        if (!user)
            return StorageError::make(StorageError::Kind::NotPermitted,
                                      tr("%1 is not a user of this database; ask the monitor to add you").arg(actor.effectiveLogin()));
        if (const QString refusal = access::refusal(*user, access::Action::ManageRoadmap); !refusal.isEmpty())
            return StorageError::make(StorageError::Kind::NotPermitted, refusal);

        QSqlQuery q = m_db.query();
        if ((error = m_db.exec(q, QStringLiteral("SELECT registered_on FROM registered_reports WHERE roadmap_id = ? AND number = ?"),
                               {roadmapId, trimmed})))
            return error;
        if (q.next())
            return StorageError::make(StorageError::Kind::Conflict,
                                      tr("a report numbered %1 was already registered on %2")
                                          .arg(trimmed, QDate::fromString(q.value(0).toString(), Qt::ISODate).toString(u"dd.MM.yyyy")));
        q.finish();

        const QDateTime now = m_clock();
        const QDate today = now.toLocalTime().date();
        ReportDocument stamped = *document;
        StatusReportBuilder::markRegistered(&stamped, trimmed, today);
        const QByteArray content = stamped.canonicalJson();
        const QString hash = sha256(content);
        const QString parametersJson = QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact));
        if ((error = m_db.exec(q,
                               QStringLiteral("INSERT INTO registered_reports (roadmap_id, number, registered_on, registered_by, "
                                              "registered_at, parameters_json, content_json, content_hash) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               {roadmapId, trimmed, today.toString(Qt::ISODate), actor.effectiveLogin(),
                                now.toUTC().toString(Qt::ISODateWithMs), parametersJson, QString::fromUtf8(content), hash})))
            return error;
        if (!q.next())
            return m_db.errorFrom(q.lastError(), QStringLiteral("INSERT INTO registered_reports"));
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        if ((error = m_audit.append(actor, now, QStringLiteral("register_report"),
                                    AuditLog::entityId(QStringLiteral("registered_reports"), {id}), {},
                                    m_audit.snapshot(QStringLiteral("registered_reports"), {id}))))
            return error;

        *document = stamped;
        if (registered)
            *registered = {id, roadmapId, trimmed, today, actor.effectiveLogin(), now, parameters, stamped, hash};
        return {};
    });
}

QList<RegisteredReport> RegisteredReportRepository::reports(qint64 roadmapId, StorageError *error) const
{
    QList<RegisteredReport> result;
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT %1 FROM registered_reports WHERE roadmap_id = ? ORDER BY id").arg(columns),
                                   {roadmapId})) {
        if (error)
            *error = e;
        return result;
    }
    while (q.next()) {
        StorageError rowError;
        if (std::optional<RegisteredReport> report = reportFrom(q, &rowError)) {
            result.append(*report);
        } else {
            if (error)
                *error = rowError;
            return {};
        }
    }
    return result;
}

std::optional<RegisteredReport> RegisteredReportRepository::report(qint64 roadmapId, const QString &number, StorageError *error) const
{
    QSqlQuery q = m_db.query();
    if (StorageError e = m_db.exec(q, QStringLiteral("SELECT %1 FROM registered_reports WHERE roadmap_id = ? AND number = ?").arg(columns),
                                   {roadmapId, number.trimmed()})) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = StorageError::make(StorageError::Kind::InvalidInput, tr("no report numbered %1 is registered").arg(number.trimmed()));
        return std::nullopt;
    }
    return reportFrom(q, error);
}

} // namespace core
