#include "workflowfixture.h"

#include "executionrepository.h"
#include "executionworkflow.h"
#include "roadmapdocumentimporter.h"
#include "roadmaprepository.h"
#include "snapshotloader.h"
#include "userrepository.h"

#include <QTemporaryDir>

using core::StorageError;

namespace {

const core::Actor monitor{QStringLiteral("monitor"), {}};

core::ExecutionInput done(QDate date)
{
    return {date, QStringLiteral("https://kgo66.ru/openness"), {}, {}};
}

/// Rows of every table a refused call might have touched.
struct Counts {
    int reports = 0;
    int extensions = 0;
    int events = 0;
    int users = 0;
    int roadmaps = 0;
    int activities = 0;
    QString settings;

    friend bool operator==(const Counts &, const Counts &) = default;
};

char *toString(const Counts &c)
{
    return qstrdup(QStringLiteral("reports %1, extensions %2, events %3, users %4, roadmaps %5, activities %6, settings %7")
                       .arg(c.reports)
                       .arg(c.extensions)
                       .arg(c.events)
                       .arg(c.users)
                       .arg(c.roadmaps)
                       .arg(c.activities)
                       .arg(c.settings)
                       .toUtf8()
                       .constData());
}

} // namespace

class TestAdministration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusals_data();
    void refusals();
    void departmentHeadReportsForOwnDepartment();
    void departmentHeadReportsForAGroupLedObligation();
    void seedGroupLedActivity();
    void actingForSomeoneElseOnlyForAMonitor();
    void administrationOnBehalfOfIsCheckedAsTheOtherPerson();
    void disabledMonitorCannotActForOthers();
    void bootstrapCreatorOnlyWhenThereAreNoUsers();
    void monitorManagesUsers();
    void departmentHeadNeedsAKnownDepartment();
    void theLastMonitorCannotBeRemoved();
    void invisibleCharactersAreRefused_data();
    void invisibleCharactersAreRefused();

private:
    Counts counts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::ExecutionWorkflow> m_workflow;
    std::unique_ptr<core::Administration> m_administration;
    fixture::Clock m_clock;
    qint64 m_roadmapId = 0;
};

void TestAdministration::init()
{
    m_dir = fixture::scratchDir();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<core::Database>();
    m_clock.setDate(QDate(2018, 7, 2));
    m_roadmapId = fixture::createDatabase(*m_db, m_dir->filePath(QStringLiteral("roadmap.sqlite")), fixture::smallRoadmap(),
                                          m_clock.function());
    QVERIFY(m_roadmapId > 0);
    m_workflow = std::make_unique<core::ExecutionWorkflow>(*m_db, m_clock.function());
    m_administration = std::make_unique<core::Administration>(*m_db, m_clock.function());
}

void TestAdministration::cleanup()
{
    m_administration.reset();
    m_workflow.reset();
    m_db.reset();
    m_dir.reset();
}

Counts TestAdministration::counts()
{
    QSqlQuery q = m_db->query();
    const auto count = [&](const QString &sql) {
        if (m_db->exec(q, sql) || !q.next())
            return -1;
        const int n = q.value(0).toInt();
        q.finish();
        return n;
    };
    Counts c;
    c.reports = count(QStringLiteral("SELECT COUNT(*) FROM execution_reports"));
    c.extensions = count(QStringLiteral("SELECT COUNT(*) FROM extensions"));
    c.events = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    c.users = count(QStringLiteral("SELECT COUNT(*) FROM users"));
    c.roadmaps = count(QStringLiteral("SELECT COUNT(*) FROM roadmaps"));
    c.activities = count(QStringLiteral("SELECT COUNT(*) FROM activities"));
    if (!m_db->exec(q, QStringLiteral("SELECT group_concat(quarterly_confirmation_day || '/' || due_soon_days || '/' || version) "
                                      "FROM roadmap_settings"))
        && q.next())
        c.settings = q.value(0).toString();
    q.finish();
    return c;
}

enum class Attempt { Report, ReportNoEvents, Accept, Return, Extend, Import, AddUser, ChangeSettings, EditCalendar, MarkDemo };

void TestAdministration::refusals_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("onBehalfOf");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("reason");

    const QString economy = fixture::economy();
    const QString housing = fixture::housing();
    const QString viewer = QStringLiteral("viewer");
    const QString head = QStringLiteral("econ.head");
    const struct {
        Attempt attempt;
        const char *name;
    } all[] = {{Attempt::Report, "report"},     {Attempt::ReportNoEvents, "no events"}, {Attempt::Accept, "accept"},
               {Attempt::Return, "return"},     {Attempt::Extend, "extend"},            {Attempt::Import, "import"},
               {Attempt::AddUser, "add user"},  {Attempt::ChangeSettings, "settings"},   {Attempt::EditCalendar, "calendar"},
               {Attempt::MarkDemo, "mark demo"}};
    for (const auto &a : all) {
        QTest::addRow("viewer: %s", a.name) << viewer << QString() << int(a.attempt) << economy << QStringLiteral("viewer");
        QTest::addRow("unknown login: %s", a.name) << QStringLiteral("stranger") << QString() << int(a.attempt) << economy
                                                    << QStringLiteral("stranger is not a user");
        QTest::addRow("disabled: %s", a.name) << QStringLiteral("retired") << QString() << int(a.attempt) << economy
                                               << QStringLiteral("disabled");
        if (a.attempt != Attempt::Report && a.attempt != Attempt::ReportNoEvents)
            QTest::addRow("head: %s", a.name) << head << QString() << int(a.attempt) << economy << QStringLiteral("only the monitor");
    }
    QTest::newRow("head: report for another department") << head << QString() << int(Attempt::Report) << housing << housing;
    QTest::newRow("head: no events for another department") << head << QString() << int(Attempt::ReportNoEvents) << housing << housing;
    QTest::newRow("head: --as another head") << head << QStringLiteral("gkh.head") << int(Attempt::Report) << housing
                                             << QStringLiteral("only a monitor can act for someone else");
    QTest::newRow("head: --as the monitor") << head << QStringLiteral("monitor") << int(Attempt::Accept) << economy
                                            << QStringLiteral("only a monitor can act for someone else");
    QTest::newRow("viewer: --as a head") << viewer << QStringLiteral("econ.head") << int(Attempt::Report) << economy
                                         << QStringLiteral("only a monitor can act for someone else");
    QTest::newRow("monitor --as a head: accept") << QStringLiteral("monitor") << QStringLiteral("econ.head") << int(Attempt::Accept)
                                                 << economy << QStringLiteral("only the monitor");
    QTest::newRow("monitor --as a head of economy: report for housing")
        << QStringLiteral("monitor") << QStringLiteral("econ.head") << int(Attempt::Report) << housing << housing;
    QTest::newRow("monitor --as a disabled head") << QStringLiteral("monitor") << QStringLiteral("retired") << int(Attempt::Report)
                                                  << economy << QStringLiteral("disabled");
}

void TestAdministration::refusals()
{
    QFETCH(QString, login);
    QFETCH(QString, onBehalfOf);
    QFETCH(int, attempt);
    QFETCH(QString, department);
    QFETCH(QString, reason);

    // Something pending to accept or return, reported by the department that owes it.
    const core::ObligationKey key{QStringLiteral("1.2"), department, QStringLiteral("2018-Q2")};
    const core::Actor owner{department == fixture::economy() ? QStringLiteral("econ.head") : QStringLiteral("gkh.head"), {}};
    QVERIFY(!m_workflow->reportExecution(owner, m_roadmapId, key, done(QDate(2018, 7, 1))));
    const Counts before = counts();
    const std::optional<core::ExecutionReport> reportBefore = core::ExecutionRepository(*m_db).report(m_roadmapId, key);

    const core::Actor actor{login, onBehalfOf};
    StorageError error;
    switch (Attempt(attempt)) {
    case Attempt::Report:
        error = m_workflow->reportExecution(actor, m_roadmapId, key, done(QDate(2018, 7, 2)), 1);
        break;
    case Attempt::ReportNoEvents:
        error = m_workflow->reportNoEvents(actor, m_roadmapId, key, QStringLiteral("нет"), 1);
        break;
    case Attempt::Accept:
        error = m_workflow->accept(actor, m_roadmapId, key);
        break;
    case Attempt::Return:
        error = m_workflow->returnForRework(actor, m_roadmapId, key, QStringLiteral("доработать"));
        break;
    case Attempt::Extend:
        error = m_workflow->grantExtension(actor, m_roadmapId, key, QDate(2018, 8, 1), QStringLiteral("причина"));
        break;
    case Attempt::Import: {
        core::Roadmap roadmap = fixture::smallRoadmap();
        error = m_administration->importRoadmap(actor, &roadmap);
        break;
    }
    case Attempt::AddUser:
        error = m_administration->saveUser(actor, fixture::user(QStringLiteral("newcomer"), core::User::Role::Monitor), 0);
        break;
    case Attempt::ChangeSettings: {
        core::RoadmapSettings settings;
        settings.dueSoonDays = 3;
        error = m_administration->saveSettings(actor, m_roadmapId, settings);
        break;
    }
    case Attempt::EditCalendar:
        error = m_administration->setCalendarDay(actor, {QDate(2019, 5, 15), core::WorkCalendar::DayKind::Holiday, QStringLiteral("x"), {}});
        break;
    case Attempt::MarkDemo:
        error = m_administration->markAsDemo(actor);
        break;
    }
    QCOMPARE(error.kind, StorageError::Kind::NotPermitted);
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    QCOMPARE(counts(), before);
    QCOMPARE(core::ExecutionRepository(*m_db).report(m_roadmapId, key), reportBefore);
    QVERIFY(m_db->metaValue(QStringLiteral("demo")).isEmpty());
    QVERIFY(!core::UserRepository(*m_db).user(QStringLiteral("newcomer")));
}

void TestAdministration::departmentHeadReportsForOwnDepartment()
{
    const core::ObligationKey own{QStringLiteral("1.2"), fixture::economy(), QStringLiteral("2018-Q2")};
    QVERIFY(!m_workflow->reportExecution({QStringLiteral("econ.head"), {}}, m_roadmapId, own, done(QDate(2018, 7, 1))));
    const core::ObligationKey coExecutor{QStringLiteral("1.2"), fixture::housing(), QStringLiteral("2018-Q2")};
    QVERIFY(!m_workflow->reportNoEvents({QStringLiteral("gkh.head"), {}}, m_roadmapId, coExecutor, QStringLiteral("нет")));
    QCOMPARE(counts().reports, 2);
}

void TestAdministration::departmentHeadReportsForAGroupLedObligation()
{
    // 1.3 names only «Отделы Администрации»: any department head may report for the group.
    const core::ObligationKey key{QStringLiteral("1.3"), fixture::group(), QStringLiteral("2018-Q2")};
    const Counts before = counts();
    QVERIFY(!m_workflow->reportExecution({QStringLiteral("gkh.head"), {}}, m_roadmapId, key, done(QDate(2018, 7, 1))));
    QCOMPARE(counts().reports, before.reports + 1);
    QCOMPARE(core::ExecutionRepository(*m_db).report(m_roadmapId, key)->reportedBy, QStringLiteral("gkh.head"));
    // A viewer still cannot; the monitor verifies as usual.
    QCOMPARE(m_workflow->reportExecution({QStringLiteral("viewer"), {}}, m_roadmapId, key, done(QDate(2018, 7, 1)), 1).kind,
             StorageError::Kind::NotPermitted);
    QCOMPARE(m_workflow->accept({QStringLiteral("econ.head"), {}}, m_roadmapId, key).kind, StorageError::Kind::NotPermitted);
    QVERIFY(!m_workflow->accept(monitor, m_roadmapId, key));
}

void TestAdministration::seedGroupLedActivity()
{
    // In the bundled roadmap, 2.1 and 5.6 name only groups; the first group leads and is the
    // department of their obligations.
    const core::RoadmapImportResult imported = core::RoadmapDocumentImporter().importFile(QStringLiteral(ROADMAP_SEED_FILE));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    core::Database db;
    fixture::Clock clock;
    clock.setDate(QDate(2018, 7, 3));
    const qint64 id = fixture::createDatabase(db, m_dir->filePath(QStringLiteral("seed.sqlite")), imported.roadmap, clock.function());
    QVERIFY(id > 0);
    StorageError error;
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, id, &error);
    QVERIFY2(snapshot, qPrintable(error.message));
    core::ExecutionWorkflow workflow(db, clock.function());
    for (const QString &number : {QStringLiteral("2.1"), QStringLiteral("5.6")}) {
        const core::Activity *activity = snapshot->roadmap.activity(number);
        QVERIFY(activity);
        const QList<core::Assignment> obliged = activity->obligedAssignments();
        QCOMPARE(obliged.size(), 1);
        QVERIFY(obliged.first().isGroup);
        QVERIFY(snapshot->roadmap.isGroup(obliged.first().department));
        const core::ObligationKey key{number, obliged.first().department, QStringLiteral("2018-Q2")};
        QVERIFY(snapshot->obligation(key));
        const StorageError reported = workflow.reportExecution({QStringLiteral("gkh.head"), {}}, id, key, done(QDate(2018, 7, 2)));
        QVERIFY2(!reported, qPrintable(reported.message));
        QCOMPARE(core::ExecutionRepository(db).report(id, key)->reportedBy, QStringLiteral("gkh.head"));
    }
}

void TestAdministration::actingForSomeoneElseOnlyForAMonitor()
{
    const core::ObligationKey key{QStringLiteral("1.2"), fixture::economy(), QStringLiteral("2018-Q2")};
    const core::Actor forHead{QStringLiteral("monitor"), QStringLiteral("econ.head")};
    QVERIFY(!m_workflow->reportExecution(forHead, m_roadmapId, key, done(QDate(2018, 7, 1))));
    const std::optional<core::ExecutionReport> report = core::ExecutionRepository(*m_db).report(m_roadmapId, key);
    QCOMPARE(report->reportedBy, QStringLiteral("econ.head"));
    const core::AuditEvent event = core::AuditLog(*m_db).events().constLast();
    QCOMPARE(event.action, QStringLiteral("report_execution"));
    QCOMPARE(event.login, QStringLiteral("monitor"));
    QCOMPARE(event.onBehalfOf, QStringLiteral("econ.head"));
    QCOMPARE(event.after.value(u"reported_by").toString(), QStringLiteral("econ.head"));

    // Acting for someone unknown is bad input, and writes nothing.
    const Counts before = counts();
    QCOMPARE(m_workflow->reportExecution({QStringLiteral("monitor"), QStringLiteral("nobody")}, m_roadmapId, key, done(QDate(2018, 7, 1)), 1)
                 .kind,
             StorageError::Kind::InvalidInput);
    QCOMPARE(counts(), before);
    QVERIFY(core::AuditLog(*m_db).verify().isEmpty());
}

void TestAdministration::administrationOnBehalfOfIsCheckedAsTheOtherPerson()
{
    // The audit trail would otherwise say a viewer imported a roadmap or added a monitor.
    const Counts before = counts();
    core::Roadmap roadmap = fixture::smallRoadmap();
    QCOMPARE(m_administration->importRoadmap({QStringLiteral("monitor"), QStringLiteral("viewer")}, &roadmap).kind,
             StorageError::Kind::NotPermitted);
    QCOMPARE(m_administration
                 ->saveUser({QStringLiteral("monitor"), QStringLiteral("econ.head")},
                            fixture::user(QStringLiteral("newcomer"), core::User::Role::Monitor), 0)
                 .kind,
             StorageError::Kind::NotPermitted);
    QCOMPARE(m_administration->importRoadmap({QStringLiteral("monitor"), QStringLiteral("nobody")}, &roadmap).kind,
             StorageError::Kind::InvalidInput);
    QCOMPARE(counts(), before);

    // Acting for another monitor is allowed, and the audit trail names both.
    QVERIFY(!m_administration->saveUser(monitor, fixture::user(QStringLiteral("deputy"), core::User::Role::Monitor), 0));
    QVERIFY(!m_administration->saveUser({QStringLiteral("monitor"), QStringLiteral("deputy")},
                                        fixture::user(QStringLiteral("newcomer"), core::User::Role::Viewer), 0));
    const core::AuditEvent event = core::AuditLog(*m_db).events().constLast();
    QCOMPARE(event.login, QStringLiteral("monitor"));
    QCOMPARE(event.onBehalfOf, QStringLiteral("deputy"));
}

void TestAdministration::disabledMonitorCannotActForOthers()
{
    QVERIFY(!m_administration->saveUser(monitor, fixture::user(QStringLiteral("old.monitor"), core::User::Role::Monitor, {}, false), 0));
    const Counts before = counts();
    const core::ObligationKey key{QStringLiteral("1.2"), fixture::economy(), QStringLiteral("2018-Q2")};
    const StorageError error =
        m_workflow->reportExecution({QStringLiteral("old.monitor"), QStringLiteral("econ.head")}, m_roadmapId, key, done(QDate(2018, 7, 1)));
    QCOMPARE(error.kind, StorageError::Kind::NotPermitted);
    QCOMPARE(m_workflow->grantExtension({QStringLiteral("old.monitor"), {}}, m_roadmapId, key, QDate(2018, 8, 1), QStringLiteral("r")).kind,
             StorageError::Kind::NotPermitted);
    QCOMPARE(counts(), before);
}

void TestAdministration::bootstrapCreatorOnlyWhenThereAreNoUsers()
{
    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(m_dir->filePath(QStringLiteral("new.sqlite"))), core::Database::OpenMode::CreateIfMissing));
    core::Administration administration(db, m_clock.function());
    QVERIFY(!administration.bootstrapCreator(QStringLiteral("first"), QStringLiteral("Первый")));
    std::optional<core::User> first = core::UserRepository(db).user(QStringLiteral("first"));
    QVERIFY(first);
    QCOMPARE(first->role, core::User::Role::Monitor);
    QCOMPARE(first->displayName, QStringLiteral("Первый"));
    QVERIFY(first->active);
    QCOMPARE(core::AuditLog(db).events().size(), 1);

    // Once anyone is there, a later "creator" gets nothing.
    QVERIFY(!administration.bootstrapCreator(QStringLiteral("second")));
    QVERIFY(!core::UserRepository(db).user(QStringLiteral("second")));
    QCOMPARE(core::UserRepository(db).count(), 1);
    QCOMPARE(core::AuditLog(db).events().size(), 1);

    // The same on the fixture database, whose users came from the monitor.
    const Counts before = counts();
    QVERIFY(!m_administration->bootstrapCreator(QStringLiteral("viewer")));
    QCOMPARE(core::UserRepository(*m_db).user(QStringLiteral("viewer"))->role, core::User::Role::Viewer);
    QCOMPARE(counts(), before);
}

void TestAdministration::monitorManagesUsers()
{
    QVERIFY(!m_administration->saveUser(monitor, fixture::user(QStringLiteral("new.head"), core::User::Role::DepartmentHead, fixture::housing()), 0));
    std::optional<core::User> added = core::UserRepository(*m_db).user(QStringLiteral("new.head"));
    QCOMPARE(added->version, 1);
    // A change needs the version it was based on.
    core::User changed = *added;
    changed.active = false;
    QCOMPARE(m_administration->saveUser(monitor, changed, 0).kind, StorageError::Kind::Conflict);
    QCOMPARE(m_administration->saveUser(monitor, changed, 7).kind, StorageError::Kind::Conflict);
    QVERIFY(!m_administration->saveUser(monitor, changed, 1));
    QCOMPARE(core::UserRepository(*m_db).user(QStringLiteral("new.head"))->active, false);
    // The disabled head can no longer report.
    const core::ObligationKey key{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    m_clock.setDate(QDate(2019, 5, 1));
    QCOMPARE(m_workflow->reportExecution({QStringLiteral("new.head"), {}}, m_roadmapId, key, done(QDate(2019, 5, 1))).kind,
             StorageError::Kind::NotPermitted);
    QCOMPARE(m_administration->saveUser(monitor, fixture::user(QStringLiteral("  "), core::User::Role::Viewer), 0).kind,
             StorageError::Kind::InvalidInput);
    QCOMPARE(m_administration->saveUser(monitor, fixture::user(QStringLiteral("x"), core::User::Role::DepartmentHead), 0).kind,
             StorageError::Kind::InvalidInput);
    QVERIFY(core::AuditLog(*m_db).verify().isEmpty());
}

void TestAdministration::departmentHeadNeedsAKnownDepartment()
{
    // A mistyped department would leave the head with nothing they may report.
    const Counts before = counts();
    const StorageError error = m_administration->saveUser(
        monitor, fixture::user(QStringLiteral("typo.head"), core::User::Role::DepartmentHead, QStringLiteral("Отдел экономики")), 0);
    QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
    QVERIFY2(error.message.contains(QStringLiteral("Отдел экономики")), qPrintable(error.message));
    QCOMPARE(counts(), before);
}

void TestAdministration::theLastMonitorCannotBeRemoved()
{
    // Demoting or disabling the only monitor would leave nobody who can manage the database.
    const Counts before = counts();
    core::User self = *core::UserRepository(*m_db).user(QStringLiteral("monitor"));
    core::User demoted = self;
    demoted.role = core::User::Role::Viewer;
    QCOMPARE(m_administration->saveUser(monitor, demoted, self.version).kind, StorageError::Kind::InvalidInput);
    core::User disabled = self;
    disabled.active = false;
    QCOMPARE(m_administration->saveUser(monitor, disabled, self.version).kind, StorageError::Kind::InvalidInput);
    QCOMPARE(counts(), before);

    // With a second monitor it is fine.
    QVERIFY(!m_administration->saveUser(monitor, fixture::user(QStringLiteral("deputy"), core::User::Role::Monitor), 0));
    QVERIFY(!m_administration->saveUser(monitor, demoted, self.version));
    QCOMPARE(core::UserRepository(*m_db).user(QStringLiteral("monitor"))->role, core::User::Role::Viewer);
}


void TestAdministration::invisibleCharactersAreRefused_data()
{
    QTest::addColumn<QString>("character");
    const std::pair<char32_t, const char *> characters[] = {
        {0xFEFF, "BOM"},        {0x200B, "zero-width space"}, {0x200C, "ZWNJ"},     {0x200D, "ZWJ"},
        {0x2060, "word joiner"}, {0x202A, "LRE"},              {0x202E, "RLO"},      {0x2066, "LRI"},
        {0x2069, "PDI"},         {0x0000, "NUL"},              {0x0007, "BEL"},      {0x001B, "ESC"},
        {0x0009, "tab"},         {0x000A, "line feed"},        {0x007F, "DEL"},      {0x0085, "NEL"},
        {0x009B, "CSI"}};
    for (const auto &[code, name] : characters)
        QTest::newRow(name) << QString(QChar(char16_t(code))); // not fromUcs4, which drops a leading BOM
}

void TestAdministration::invisibleCharactersAreRefused()
{
    // A login or a name that looks like another, or that rewrites the terminal it is printed on.
    QFETCH(QString, character);
    const Counts before = counts();
    const QList<core::User> people = {
        fixture::user(character + QStringLiteral("org.monitor"), core::User::Role::Monitor),
        fixture::user(QStringLiteral("new") + character + QStringLiteral(".head"), core::User::Role::Viewer),
        [&] {
            core::User named = fixture::user(QStringLiteral("named.viewer"), core::User::Role::Viewer);
            named.displayName = QStringLiteral("Иванов") + character + QStringLiteral(" И. И.");
            return named;
        }()};
    for (const core::User &person : people) {
        const StorageError error = m_administration->saveUser(monitor, person, 0);
        QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
        QVERIFY2(error.message.contains(QStringLiteral("U+")), qPrintable(error.message));
        // The message shows where the character is, and carries none itself.
        QVERIFY2(!error.message.contains(character), qPrintable(error.message));
    }
    QCOMPARE(counts(), before);
}

QTEST_GUILESS_MAIN(TestAdministration)
#include "tst_administration.moc"
