#include "barescan.h"

#include <sqlite3.h>

namespace bench {

namespace {
constexpr qsizetype reportsStatement = 6; // index of the execution_reports query below
}

QStringList BareScan::statements()
{
    // The same rows RoadmapRepository::load, RoadmapRepository::calendar and
    // ExecutionRepository read for one roadmap.
    return {
        QStringLiteral("SELECT r.id, r.title, r.act_number, r.act_date, r.approving_body, r.period_start, r.period_end, r.source_name, "
                       "s.quarterly_confirmation_day, s.move_due_to_working_day, s.decree_days_non_working, s.due_soon_days, "
                       "s.verification_required FROM roadmaps r LEFT JOIN roadmap_settings s ON s.roadmap_id = r.id WHERE r.id = ?1"),
        QStringLiteral("SELECT number, title FROM principles WHERE roadmap_id = ?1 ORDER BY number"),
        QStringLiteral("SELECT number, principle, text, deadline_text FROM activities WHERE roadmap_id = ?1 ORDER BY position"),
        QStringLiteral("SELECT activity, party, is_group, role FROM assignments WHERE roadmap_id = ?1 ORDER BY activity, position"),
        QStringLiteral("SELECT name, short_name, kind, head, active FROM departments ORDER BY name"),
        QStringLiteral("SELECT day, kind, note FROM calendar_overrides ORDER BY day"),
        QStringLiteral("SELECT activity, department, period, state, no_events, done_date, evidence_url, document_ref, comment, "
                       "reported_by, reported_at, verified_by, verified_at, verification_comment, version "
                       "FROM execution_reports WHERE roadmap_id = ?1"),
        QStringLiteral("SELECT activity, department, period, new_due, reason, granted_by, granted_at FROM extensions WHERE roadmap_id = ?1"),
    };
}

BareScan::BareScan(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

BareScan::~BareScan()
{
    sqlite3_close(m_db);
}

int BareScan::scan(qint64 roadmapId)
{
    int reportRows = 0;
    qint64 bytes = 0;
    const QStringList all = statements();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QByteArray sql = all[i].toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return -1;
        }
        if (sqlite3_bind_parameter_count(statement) > 0)
            sqlite3_bind_int64(statement, 1, roadmapId);
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(statement);
            for (int c = 0; c < columns; ++c) {
                sqlite3_column_text(statement, c); // converts to text, as a reader of the value would
                bytes += sqlite3_column_bytes(statement, c);
            }
            if (i == reportsStatement)
                ++reportRows;
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return -1;
        }
    }
    return bytes >= 0 ? reportRows : -1;
}

} // namespace bench
