#include "workflowfixture.h"

#include "executionworkflow.h"

#include <QTemporaryDir>

using core::StorageError;

namespace {

const core::Actor monitor{QStringLiteral("monitor"), {}};
const core::Actor econHead{QStringLiteral("econ.head"), {}};

// The fixture database: bootstrap (1) + import (roadmap, settings, 2 departments, 1 group,
// 1 principle, 4 activities, 5 assignments = 15) + 4 users.
constexpr int fixtureEvents = 20;

QString joined(const QStringList &problems)
{
    return problems.join(QStringLiteral("\n"));
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cleanDatabaseVerifies();
    void rowEditedBehindTheProgramsBack_data();
    void rowEditedBehindTheProgramsBack();
    void auditTrailEdited_data();
    void auditTrailEdited();
    void eventsRecordBeforeAndAfter();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("roadmap.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
    fixture::Clock m_clock;
    qint64 m_roadmapId = 0;
};

void TestAuditLog::init()
{
    m_dir = fixture::scratchDir();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<core::Database>();
    m_clock.setDate(QDate(2018, 6, 20));
    m_roadmapId = fixture::createDatabase(*m_db, path(), fixture::smallRoadmap(), m_clock.function());
    QVERIFY(m_roadmapId > 0);

    // A little history: a report accepted, one pending, an extension.
    core::ExecutionWorkflow workflow(*m_db, m_clock.function());
    const core::ObligationKey once{QStringLiteral("1.1"), fixture::economy(), QStringLiteral("once")};
    QVERIFY(!workflow.reportExecution(econHead, m_roadmapId, once, {QDate(2018, 6, 19), QStringLiteral("https://kgo66.ru/a"), {}, {}}));
    QVERIFY(!workflow.accept(monitor, m_roadmapId, once));
    const core::ObligationKey quarter{QStringLiteral("1.2"), fixture::economy(), QStringLiteral("2018-Q1")};
    QVERIFY(!workflow.reportNoEvents(econHead, m_roadmapId, quarter, QStringLiteral("нет обращений")));
    const core::ObligationKey annual{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    QVERIFY(!workflow.grantExtension(monitor, m_roadmapId, annual, QDate(2019, 7, 1), QStringLiteral("причина")));
}

void TestAuditLog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAuditLog::cleanDatabaseVerifies()
{
    int events = -1;
    StorageError error;
    const QStringList problems = core::AuditLog(*m_db).verify(&events, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    QCOMPARE(events, fixtureEvents + 4);
    QCOMPARE(fixture::RawConnection(path()).count(QStringLiteral("audit_events")), fixtureEvents + 4);

    // And again from a fresh connection, as 'check' does.
    m_db.reset();
    core::Database reopened;
    QVERIFY(!reopened.open(core::DatabaseLocation::sqlite(path())));
    QVERIFY(core::AuditLog(reopened).verify(&events).isEmpty());
    QCOMPARE(events, fixtureEvents + 4);
}

void TestAuditLog::rowEditedBehindTheProgramsBack_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    const QString onceEntity = QStringLiteral("execution_reports:[\"1\",\"1.1\",\"%1\",\"once\"]").arg(fixture::economy());
    QTest::newRow("done date changed") << QStringLiteral("UPDATE execution_reports SET done_date = '2018-06-01' WHERE activity = '1.1'")
                                       << QStringList{onceEntity, QStringLiteral("changed outside"), QStringLiteral("done_date"),
                                                      QStringLiteral("2018-06-01"), QStringLiteral("2018-06-19")};
    QTest::newRow("state changed") << QStringLiteral("UPDATE execution_reports SET state = 'accepted' WHERE activity = '1.2'")
                                   << QStringList{QStringLiteral("execution_reports:[\"1\",\"1.2\""), QStringLiteral("state"),
                                                  QStringLiteral("accepted"), QStringLiteral("reported")};
    QTest::newRow("report deleted") << QStringLiteral("DELETE FROM execution_reports WHERE activity = '1.1'")
                                    << QStringList{onceEntity, QStringLiteral("deleted outside")};
    QTest::newRow("report inserted")
        << QStringLiteral("INSERT INTO execution_reports (roadmap_id, activity, department, period, state, done_date, reported_by, "
                          "reported_at) VALUES (1, '1.4', '%1', '2019', 'accepted', '2020-05-01', 'gkh.head', '2020-05-01T09:00:00.000Z')")
               .arg(fixture::housing())
        << QStringList{QStringLiteral("execution_reports:[\"1\",\"1.4\",\"%1\",\"2019\"]").arg(fixture::housing()),
                       QStringLiteral("added outside")};
    QTest::newRow("user's role changed") << QStringLiteral("UPDATE users SET role = 'monitor' WHERE login = 'viewer'")
                                         << QStringList{QStringLiteral("users:[\"viewer\"]"), QStringLiteral("role"),
                                                        QStringLiteral("«monitor» in the file"), QStringLiteral("«viewer» in the audit trail")};
    QTest::newRow("user added") << QStringLiteral("INSERT INTO users (login, display_name, role) VALUES ('intruder', 'I', 'monitor')")
                                << QStringList{QStringLiteral("users:[\"intruder\"]"), QStringLiteral("added outside")};
    QTest::newRow("deadline changed")
        << QStringLiteral("UPDATE activities SET deadline_text = '2020 год' WHERE number = '1.1'")
        << QStringList{QStringLiteral("activities:[\"1\",\"1.1\"]"), QStringLiteral("deadline_text"), QStringLiteral("2020 год"),
                       QStringLiteral("I полугодие 2018")};
    QTest::newRow("extension moved") << QStringLiteral("UPDATE extensions SET new_due = '2020-12-31'")
                                     << QStringList{QStringLiteral("extensions:[\"1\"]"), QStringLiteral("new_due"), QStringLiteral("2020-12-31"),
                                                    QStringLiteral("2019-07-01")};
    QTest::newRow("extension deleted") << QStringLiteral("DELETE FROM extensions")
                                       << QStringList{QStringLiteral("extensions:[\"1\"]"), QStringLiteral("deleted outside")};
    QTest::newRow("settings changed") << QStringLiteral("UPDATE roadmap_settings SET verification_required = 0")
                                      << QStringList{QStringLiteral("roadmap_settings:[\"1\"]"), QStringLiteral("verification_required")};
}

void TestAuditLog::rowEditedBehindTheProgramsBack()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    {
        fixture::RawConnection raw(path());
        const QString error = raw.exec(sql);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    int events = 0;
    const QStringList problems = core::AuditLog(*m_db).verify(&events);
    QCOMPARE(problems.size(), 1);
    for (const QString &text : expected)
        QVERIFY2(problems.first().contains(text), qPrintable(problems.first()));
    // The chain itself is intact: only the row disagrees.
    QCOMPARE(events, fixtureEvents + 4);
}

void TestAuditLog::auditTrailEdited_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("expected");

    // Event 22 is the acceptance of 1.1 (events 21–24 are the history made in init()).
    QTest::newRow("after_json edited") << QStringList{QStringLiteral(
        "UPDATE audit_events SET after_json = replace(after_json, '2018-06-19', '2018-06-01') WHERE id = 22")}
                                       << QStringList{QStringLiteral("audit event 22 was altered")};
    QTest::newRow("login edited") << QStringList{QStringLiteral("UPDATE audit_events SET login = 'gkh.head' WHERE id = 5")}
                                  << QStringList{QStringLiteral("audit event 5 was altered")};
    QTest::newRow("event deleted in the middle") << QStringList{QStringLiteral("DELETE FROM audit_events WHERE id = 10")}
                                                 << QStringList{QStringLiteral("audit event 11 does not follow")};
    QTest::newRow("event inserted at the end")
        << QStringList{QStringLiteral("INSERT INTO audit_events (at, login, action, entity, prev_hash, hash) "
                                      "SELECT '2018-07-01T00:00:00.000Z', 'monitor', 'accept', 'x', hash, 'forged' FROM audit_events "
                                      "WHERE id = 24")}
        << QStringList{QStringLiteral("audit event 25 was altered")};
    QTest::newRow("event inserted at the start")
        << QStringList{QStringLiteral("INSERT INTO audit_events (id, at, login, action, entity, prev_hash, hash) "
                                      "VALUES (0, '2018-01-01T00:00:00.000Z', 'monitor', 'accept', 'x', '', 'forged')")}
        << QStringList{QStringLiteral("audit event 0 was altered"), QStringLiteral("audit event 1 does not follow")};
    QTest::newRow("events reordered") << QStringList{QStringLiteral("UPDATE audit_events SET id = 1000 WHERE id = 3"),
                                                     QStringLiteral("UPDATE audit_events SET id = 3 WHERE id = 4"),
                                                     QStringLiteral("UPDATE audit_events SET id = 4 WHERE id = 1000")}
                                      << QStringList{QStringLiteral("audit event 3 does not follow"),
                                                     QStringLiteral("audit event 4 does not follow"),
                                                     QStringLiteral("audit event 5 does not follow")};
    QTest::newRow("newest event deleted") << QStringList{QStringLiteral("DELETE FROM audit_events WHERE id = 24")}
                                          << QStringList{QStringLiteral("extensions:[\"1\"] is in the file but not in the audit trail")};
}

void TestAuditLog::auditTrailEdited()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, expected);
    {
        fixture::RawConnection raw(path());
        QCOMPARE(raw.value(QStringLiteral("SELECT action FROM audit_events WHERE id = 22")).toString(), QStringLiteral("accept"));
        for (const QString &sql : statements) {
            const QString error = raw.exec(sql);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
    const QStringList problems = core::AuditLog(*m_db).verify();
    const QString all = joined(problems);
    for (const QString &text : expected)
        QVERIFY2(all.contains(text), qPrintable(all));
    QVERIFY(problems.size() >= expected.size());
}

void TestAuditLog::eventsRecordBeforeAndAfter()
{
    const QList<core::AuditEvent> events = core::AuditLog(*m_db).events();
    QCOMPARE(events.size(), fixtureEvents + 4);
    const core::AuditEvent &report = events.at(fixtureEvents);
    QCOMPARE(report.action, QStringLiteral("report_execution"));
    QCOMPARE(report.login, QStringLiteral("econ.head"));
    QVERIFY(report.onBehalfOf.isEmpty());
    QCOMPARE(report.at, m_clock.now);
    QVERIFY(report.before.isEmpty());
    QCOMPARE(report.after.value(u"state").toString(), QStringLiteral("reported"));
    const core::AuditEvent &accept = events.at(fixtureEvents + 1);
    QCOMPARE(accept.action, QStringLiteral("accept"));
    QCOMPARE(accept.entity, report.entity);
    QCOMPARE(accept.before, report.after);
    QCOMPARE(accept.after.value(u"state").toString(), QStringLiteral("accepted"));
    QCOMPARE(accept.after.value(u"version").toString(), QStringLiteral("2"));
    QCOMPARE(events.at(fixtureEvents + 3).action, QStringLiteral("grant_extension"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
