#include "schema.h"

#include "databasedriver.h"

namespace core::schema {

namespace {

// Dates are ISO text (YYYY-MM-DD), timestamps ISO text in UTC: the same in SQLite and PostgreSQL,
// and readable with sqlite3 or psql. Booleans are integers 0/1.

QStringList version1(const DatabaseDriver &driver)
{
    const QString id = driver.autoIncrementKey();
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE roadmaps (id %1, title TEXT NOT NULL, act_number TEXT NOT NULL, act_date TEXT, "
                       "approving_body TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL, "
                       "version INTEGER NOT NULL DEFAULT 1)")
            .arg(id),
        QStringLiteral("CREATE TABLE principles (roadmap_id INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE, "
                       "number INTEGER NOT NULL, title TEXT NOT NULL, PRIMARY KEY (roadmap_id, number))"),
        QStringLiteral("CREATE TABLE departments (name TEXT PRIMARY KEY, short_name TEXT NOT NULL DEFAULT '', "
                       "kind TEXT NOT NULL, head TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE department_groups (name TEXT PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE activities (roadmap_id INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE, "
                       "number TEXT NOT NULL, principle INTEGER NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, "
                       "deadline_text TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (roadmap_id, number))"),
        QStringLiteral("CREATE TABLE assignments (roadmap_id INTEGER NOT NULL, activity TEXT NOT NULL, "
                       "position INTEGER NOT NULL, party TEXT NOT NULL, is_group INTEGER NOT NULL, role TEXT NOT NULL, "
                       "PRIMARY KEY (roadmap_id, activity, position), FOREIGN KEY (roadmap_id, activity) "
                       "REFERENCES activities (roadmap_id, number) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE users (login TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL, "
                       "department TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE execution_reports (roadmap_id INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE, "
                       "activity TEXT NOT NULL, department TEXT NOT NULL, period TEXT NOT NULL, state TEXT NOT NULL, "
                       "no_events INTEGER NOT NULL DEFAULT 0, done_date TEXT, evidence_url TEXT NOT NULL DEFAULT '', "
                       "document_ref TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '', "
                       "reported_by TEXT NOT NULL, reported_at TEXT NOT NULL, verified_by TEXT NOT NULL DEFAULT '', "
                       "verified_at TEXT NOT NULL DEFAULT '', verification_comment TEXT NOT NULL DEFAULT '', "
                       "version INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (roadmap_id, activity, department, period))"),
        QStringLiteral("CREATE TABLE extensions (id %1, roadmap_id INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE, "
                       "activity TEXT NOT NULL, department TEXT NOT NULL, period TEXT NOT NULL, new_due TEXT NOT NULL, "
                       "reason TEXT NOT NULL, granted_by TEXT NOT NULL, granted_at TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX extensions_obligation ON extensions (roadmap_id, activity, department, period)"),
        QStringLiteral("CREATE TABLE audit_events (id %1, at TEXT NOT NULL, login TEXT NOT NULL, "
                       "on_behalf_of TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, entity TEXT NOT NULL, "
                       "before_json TEXT NOT NULL DEFAULT '', after_json TEXT NOT NULL DEFAULT '', "
                       "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX audit_events_entity ON audit_events (entity)"),
    };
}

QStringList version2(const DatabaseDriver &)
{
    return {
        QStringLiteral("CREATE TABLE roadmap_settings (roadmap_id INTEGER PRIMARY KEY REFERENCES roadmaps(id) ON DELETE CASCADE, "
                       "quarterly_confirmation_day INTEGER NOT NULL DEFAULT 10, "
                       "move_due_to_working_day INTEGER NOT NULL DEFAULT 1, "
                       "decree_days_non_working INTEGER NOT NULL DEFAULT 0, due_soon_days INTEGER NOT NULL DEFAULT 14, "
                       "verification_required INTEGER NOT NULL DEFAULT 1, version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("INSERT INTO roadmap_settings (roadmap_id) SELECT id FROM roadmaps"),
        QStringLiteral("CREATE TABLE calendar_overrides (day TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "note TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)"),
    };
}

QStringList version3(const DatabaseDriver &)
{
    return {
        // The file the roadmap was imported from, for people who wonder where the data came from.
        QStringLiteral("ALTER TABLE roadmaps ADD COLUMN source_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX execution_reports_department ON execution_reports (department)"),
    };
}

QStringList version4(const DatabaseDriver &driver)
{
    const QString id = driver.autoIncrementKey();
    return {
        // A department head asks for more time; the monitor grants (an extension) or declines.
        QStringLiteral("CREATE TABLE extension_requests (id %1, roadmap_id INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE, "
                       "activity TEXT NOT NULL, department TEXT NOT NULL, period TEXT NOT NULL, requested_due TEXT NOT NULL, "
                       "reason TEXT NOT NULL, requested_by TEXT NOT NULL, requested_at TEXT NOT NULL, "
                       "state TEXT NOT NULL DEFAULT 'pending', decided_by TEXT NOT NULL DEFAULT '', "
                       "decided_at TEXT NOT NULL DEFAULT '', decision_comment TEXT NOT NULL DEFAULT '', "
                       "version INTEGER NOT NULL DEFAULT 1)")
            .arg(id),
        // A printed status report, frozen so that it can be reprinted identically after the data changed.
        QStringLiteral("CREATE TABLE registered_reports (id %1, roadmap_id INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE, "
                       "number TEXT NOT NULL, registered_on TEXT NOT NULL, registered_by TEXT NOT NULL, "
                       "registered_at TEXT NOT NULL, parameters_json TEXT NOT NULL, content_json TEXT NOT NULL, "
                       "content_hash TEXT NOT NULL, UNIQUE (roadmap_id, number))")
            .arg(id),
    };
}

QStringList version5(const DatabaseDriver &)
{
    return {
        // Importing the same decree again finds its roadmap by the act: kind, number and date.
        QStringLiteral("ALTER TABLE roadmaps ADD COLUMN act_kind TEXT NOT NULL DEFAULT ''"),
        // The responsible cell as written, and the plan's other columns (result, cost, place …).
        QStringLiteral("ALTER TABLE activities ADD COLUMN responsible_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
    };
}

QStringList version6(const DatabaseDriver &)
{
    return {
        // A rule the monitor set by hand for wording the program cannot read: the rule's own
        // wording (in the words the deadline parser reads), who set it and when.
        QStringLiteral("ALTER TABLE activities ADD COLUMN rule_wording TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN rule_set_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN rule_set_at TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace

QStringList migration(int version, const DatabaseDriver &driver)
{
    switch (version) {
    case 1:
        return version1(driver);
    case 2:
        return version2(driver);
    case 3:
        return version3(driver);
    case 4:
        return version4(driver);
    case 5:
        return version5(driver);
    case 6:
        return version6(driver);
    }
    return {};
}

} // namespace core::schema
