#include "database.h"
#include "demodatabase.h"
#include "executionworkflow.h"
#include "registeredreportrepository.h"
#include "reportvocabulary.h"
#include "snapshotloader.h"
#include "statusreportbuilder.h"
#include "userrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {

const QString creator = QStringLiteral("report.creator");
const QString monitor = QStringLiteral("org.monitor");

/// The report most cases make: the second quarter of 2019 as known a month after it.
ReportParameters secondQuarterOf2019()
{
    ReportParameters parameters;
    parameters.period = ReportPeriod::quarter(2019, 2);
    parameters.asOf = QDate(2019, 7, 31);
    return parameters;
}

/// When the cases that register a report do so.
QDateTime registrationTime()
{
    return QDateTime(QDate(2019, 8, 2), QTime(9, 0), Qt::UTC);
}

} // namespace

class TestStatusReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parsesPeriods_data();
    void parsesPeriods();
    void refusesMalformedPeriods();
    void defaultsPeriodAndAsOf();
    void wordsReportsInOfficialRussian();
    void wordsReportsInEnglish();

    void countsTheObligationsDueInThePeriod();
    void listsOverdueObligationsMostOverdueFirst();
    void narrowsToOnePrincipleOrDepartment();
    void refusesAnUnknownScope();
    void namesPreparerAndSignatory();
    void roundTripsThroughJson();
    void listsTheObligationsAsData();

    void registersAndReprintsAfterDataChanged();
    void refusesRegistrationByADepartmentHead();
    void refusesADuplicateNumber();
    void detectsAlteredFrozenContent();

private:
    std::unique_ptr<Database> openDemo(QTemporaryDir &dir) const;
    ReportDocument build(const RoadmapSnapshot &snapshot, const ReportParameters &parameters) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RoadmapSnapshot m_snapshot;
    QList<User> m_users;
};

std::unique_ptr<Database> TestStatusReport::openDemo(QTemporaryDir &dir) const
{
    auto db = std::make_unique<Database>();
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    if (db->open(*DatabaseLocation::parse(path), Database::OpenMode::CreateIfMissing))
        return nullptr;
    if (DemoDatabase::populate(*db, creator))
        return nullptr;
    return db;
}

ReportDocument TestStatusReport::build(const RoadmapSnapshot &snapshot, const ReportParameters &parameters) const
{
    QString error;
    const std::optional<ReportDocument> document =
        StatusReportBuilder::build(snapshot, parameters, ReportPeople::find(m_users, snapshot.roadmap, monitor), &error);
    if (!document)
        qWarning() << error;
    return document.value_or(ReportDocument());
}

void TestStatusReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDemo(m_dir);
    QVERIFY(m_db);
    StorageError error;
    const std::optional<RoadmapSnapshot> snapshot = loadSnapshot(*m_db, 1, &error);
    QVERIFY2(snapshot, qPrintable(error.message));
    m_snapshot = *snapshot;
    m_users = UserRepository(*m_db).users(&error);
    QVERIFY(!error);
}

void TestStatusReport::parsesPeriods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("key");
    QTest::newRow("quarter") << "2019-Q2" << QDate(2019, 4, 1) << QDate(2019, 6, 30) << "2019-Q2";
    QTest::newRow("lower-case quarter") << "2019-q4" << QDate(2019, 10, 1) << QDate(2019, 12, 31) << "2019-Q4";
    QTest::newRow("first half") << "2019-H1" << QDate(2019, 1, 1) << QDate(2019, 6, 30) << "2019-H1";
    QTest::newRow("second half") << "2020-H2" << QDate(2020, 7, 1) << QDate(2020, 12, 31) << "2020-H2";
    QTest::newRow("year") << "2020" << QDate(2020, 1, 1) << QDate(2020, 12, 31) << "2020";
    QTest::newRow("range") << " 2019-05-15..2019-08-01 " << QDate(2019, 5, 15) << QDate(2019, 8, 1) << "2019-05-15..2019-08-01";
    QTest::newRow("one day") << "2019-05-15..2019-05-15" << QDate(2019, 5, 15) << QDate(2019, 5, 15) << "2019-05-15..2019-05-15";
}

void TestStatusReport::parsesPeriods()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, key);
    const std::optional<ReportPeriod> period = ReportPeriod::parse(text);
    QVERIFY(period);
    QCOMPARE(period->start, start);
    QCOMPARE(period->end, end);
    QCOMPARE(period->key(), key);
    QCOMPARE(ReportPeriod::parse(period->key()), period);
}

void TestStatusReport::refusesMalformedPeriods()
{
    for (const char *text : {"2019-Q5", "2019-Q0", "2019-H3", "19-Q2", "2019-06-30..2019-01-01", "2019-02-30..2019-03-01", "Q2", ""}) {
        QString error;
        QVERIFY2(!ReportPeriod::parse(QString::fromLatin1(text), &error), text);
        QVERIFY(!error.isEmpty());
    }
}

void TestStatusReport::defaultsPeriodAndAsOf()
{
    // The last quarter finished by the as-of date; without one, by yesterday.
    QCOMPARE(ReportParameters::defaultPeriod(QDate(2019, 7, 31), QDate(2025, 1, 1)).key(), QStringLiteral("2019-Q2"));
    QCOMPARE(ReportParameters::defaultPeriod(QDate(2019, 6, 30), QDate(2025, 1, 1)).key(), QStringLiteral("2019-Q2"));
    QCOMPARE(ReportParameters::defaultPeriod(QDate(2019, 6, 29), QDate(2025, 1, 1)).key(), QStringLiteral("2019-Q1"));
    QCOMPARE(ReportParameters::defaultPeriod(std::nullopt, QDate(2019, 7, 1)).key(), QStringLiteral("2019-Q2"));
    QCOMPARE(ReportParameters::defaultPeriod(std::nullopt, QDate(2019, 6, 30)).key(), QStringLiteral("2019-Q1"));
    QCOMPARE(ReportParameters::defaultPeriod(std::nullopt, QDate(2020, 1, 10)).key(), QStringLiteral("2019-Q4"));
    // The end of a finished period; today while it runs.
    QCOMPARE(ReportParameters::defaultAsOf(ReportPeriod::quarter(2019, 2), QDate(2025, 1, 1)), QDate(2019, 6, 30));
    QCOMPARE(ReportParameters::defaultAsOf(ReportPeriod::wholeYear(2019), QDate(2019, 8, 14)), QDate(2019, 8, 14));
}

void TestStatusReport::wordsReportsInOfficialRussian()
{
    const ReportVocabulary ru(QStringLiteral("ru"));
    QCOMPARE(ru.periodInWords(ReportPeriod::quarter(2019, 2)), QStringLiteral("II квартал 2019 года"));
    QCOMPARE(ru.periodInWords(ReportPeriod::halfYear(2019, 1)), QStringLiteral("I полугодие 2019 года"));
    QCOMPARE(ru.periodForTitle(ReportPeriod::wholeYear(2020)), QStringLiteral("за 2020 год"));
    QCOMPARE(ru.periodInWords(*ReportPeriod::parse(QStringLiteral("2019-04-01..2019-05-31"))),
             QStringLiteral("период с 01.04.2019 по 31.05.2019"));
    QCOMPARE(ru.date(QDate(2019, 6, 30)), QStringLiteral("30.06.2019"));
    QCOMPARE(ru.percent(0.8461538), QStringLiteral("84,6") + QChar(0x00a0) + u'%');
    QCOMPARE(ru.obligationPeriod(QStringLiteral("2019-Q1")), QStringLiteral("I кв. 2019"));
    QCOMPARE(ru.obligationPeriod(QStringLiteral("2018")), QStringLiteral("2018 г."));
    QCOMPARE(ru.obligationPeriod(QStringLiteral("once")), QStringLiteral("однократно"));
    QCOMPARE(ru.status(ObligationStatus::DoneLate), QStringLiteral("Исполнено с нарушением срока"));
    QCOMPARE(ru.reportSubject(m_snapshot.roadmap),
             QStringLiteral("о ходе реализации плана мероприятий («дорожной карты») по реализации принципов открытости "
                            "Администрации Качканарского городского округа на 2018-2020 годы"));
    QCOMPARE(ru.position(QStringLiteral("Отдел по организационной работе"), true),
             QStringLiteral("Начальник отдела по организационной работе"));
    QCOMPARE(ru.position(QStringLiteral("Финансовое управление"), true), QStringLiteral("Начальник Финансового управления"));
    QCOMPARE(ru.position(QStringLiteral("МУ «Информационный центр»"), true), QStringLiteral("Директор МУ «Информационный центр»"));
    QCOMPARE(ReportVocabulary::initialsAndSurname(QStringLiteral("Смирнова Елена Викторовна")), QStringLiteral("Е.В. Смирнова"));
    QCOMPARE(ReportVocabulary::initialsAndSurname(QStringLiteral("org.monitor")), QStringLiteral("org.monitor"));
}

void TestStatusReport::wordsReportsInEnglish()
{
    const ReportVocabulary en(QStringLiteral("en"));
    QCOMPARE(en.language(), QStringLiteral("en"));
    QCOMPARE(en.periodForTitle(ReportPeriod::quarter(2019, 2)), QStringLiteral("for Q2 2019"));
    QCOMPARE(en.percent(0.5), QStringLiteral("50.0%"));
    QCOMPARE(en.text(ReportVocabulary::Text::Title), QStringLiteral("STATUS REPORT"));
    QCOMPARE(ReportVocabulary(QStringLiteral("de")).language(), QStringLiteral("ru"));
}

void TestStatusReport::countsTheObligationsDueInThePeriod()
{
    ReportParameters parameters = secondQuarterOf2019();
    const ReportDocument report = build(m_snapshot, parameters);

    // The same figures computed here from the snapshot, by legal due date in the quarter.
    QList<EvaluatedObligation> inPeriod;
    for (const EvaluatedObligation &item : m_snapshot.evaluate(parameters.asOf)) {
        if (item.obligation.legalDue >= QDate(2019, 4, 1) && item.obligation.legalDue <= QDate(2019, 6, 30))
            inPeriod.append(item);
    }
    const ComplianceSummary totals = ComplianceReport::build(inPeriod, parameters.asOf).totals;
    QVERIFY(totals.obligations > 20);
    QCOMPARE(report.figures.obligations, totals.obligations);
    QCOMPARE(report.figures.due, totals.due);
    QCOMPARE(report.figures.doneOnTime, totals.doneOnTime + totals.doneOnTimeAfterExtension);
    QCOMPARE(report.figures.doneLate, totals.doneLate);
    QCOMPARE(report.figures.overdue, totals.overdue);
    QCOMPARE(report.figures.onTimeRate, totals.onTimeRate());

    QCOMPARE(report.title, QStringLiteral("ОТЧЕТ"));
    QVERIFY(report.subtitle.endsWith(QStringLiteral("за II квартал 2019 года")));
    QCOMPARE(report.asOfLine, QStringLiteral("по состоянию на 31.07.2019"));
    QCOMPARE(report.organisation, QStringLiteral("АДМИНИСТРАЦИЯ КАЧКАНАРСКОГО ГОРОДСКОГО ОКРУГА"));
    QCOMPARE(report.details.value(0).value, QStringLiteral("Администрация Качканарского городского округа, акт от 16.03.2018 № 253"));

    // Every obligation row of the activity sections is one obligation of the period.
    int rows = 0;
    for (const ReportSection &section : report.sections) {
        if (section.level != 2)
            continue;
        for (const ReportRow &row : section.table.rows)
            rows += row.kind == ReportRow::Kind::Data ? 1 : 0;
    }
    QCOMPARE(rows, totals.obligations);
    // The chart has a bar per principle with obligations in the period.
    const ReportSection &chart = report.sections.at(1);
    QVERIFY(!chart.chart.bars.isEmpty());
    QVERIFY(chart.chart.bars.first().label.startsWith(QStringLiteral("1. Реализация принципа информационной открытости")));
}

void TestStatusReport::listsOverdueObligationsMostOverdueFirst()
{
    ReportParameters parameters;
    parameters.period = ReportPeriod::wholeYear(2020);
    parameters.asOf = QDate(2021, 6, 30);
    const ReportDocument report = build(m_snapshot, parameters);
    const ReportSection &overdue = report.sections.at(report.sections.size() - 2);
    QCOMPARE(overdue.heading, QStringLiteral("4. Перечень обязательств, не исполненных в установленный срок"));
    QVERIFY(overdue.table.rows.size() >= 2);
    QCOMPARE(overdue.table.rows.size(), report.figures.overdue + report.figures.overdueFromEarlierPeriods);
    int previous = std::numeric_limits<int>::max();
    for (const ReportRow &row : overdue.table.rows) {
        const int days = row.cells.at(5).toInt();
        QVERIFY(days > 0);
        QVERIFY(days <= previous);
        previous = days;
    }
}

void TestStatusReport::narrowsToOnePrincipleOrDepartment()
{
    ReportParameters parameters;
    parameters.period = ReportPeriod::wholeYear(2019);
    parameters.asOf = QDate(2020, 6, 30);
    const ReportDocument whole = build(m_snapshot, parameters);

    parameters.principle = 5;
    const ReportDocument principle = build(m_snapshot, parameters);
    QVERIFY(principle.figures.obligations > 0);
    QVERIFY(principle.figures.obligations < whole.figures.obligations);
    QCOMPARE(principle.details.value(2).value,
             QStringLiteral("принцип 5 «%1»").arg(m_snapshot.roadmap.principle(5)->title));
    int principleSections = 0;
    for (const ReportSection &section : principle.sections)
        principleSections += section.level == 2 ? 1 : 0;
    QCOMPARE(principleSections, 1);

    parameters.principle = 0;
    parameters.department = QStringLiteral("Финансовое управление");
    const ReportDocument department = build(m_snapshot, parameters);
    QVERIFY(department.figures.obligations > 0);
    QVERIFY(department.figures.obligations < whole.figures.obligations);
    const ReportTable &byDepartment = department.sections.last().table;
    QCOMPARE(byDepartment.rows.size(), 2); // the department and the total
    QCOMPARE(byDepartment.rows.first().cells.first(), parameters.department);
    // Only the principles the department has obligations in, numbered on from 3.1.
    QStringList headings;
    for (const ReportSection &section : department.sections) {
        if (section.level != 2)
            continue;
        QVERIFY2(!section.table.isEmpty(), qPrintable(section.heading));
        headings.append(section.heading);
    }
    QVERIFY(!headings.isEmpty());
    QVERIFY(headings.size() < m_snapshot.roadmap.principles.size());
    QVERIFY2(headings.first().startsWith(QStringLiteral("3.1. ")), qPrintable(headings.first()));
}

void TestStatusReport::refusesAnUnknownScope()
{
    ReportParameters parameters = secondQuarterOf2019();
    parameters.principle = 42;
    QString error;
    const ReportPeople people = ReportPeople::find(m_users, m_snapshot.roadmap, monitor);
    QVERIFY(!StatusReportBuilder::build(m_snapshot, parameters, people, &error));
    QVERIFY(error.contains(QStringLiteral("42")));
    parameters.principle = 0;
    parameters.department = QStringLiteral("Отдел, которого нет");
    QVERIFY(!StatusReportBuilder::build(m_snapshot, parameters, people, &error));
    QVERIFY(error.contains(parameters.department));
}

void TestStatusReport::namesPreparerAndSignatory()
{
    const ReportPeople people = ReportPeople::find(m_users, m_snapshot.roadmap, monitor);
    QCOMPARE(people.preparer, QStringLiteral("Никитина Марина Юрьевна"));
    QCOMPARE(people.preparerDepartment, QStringLiteral("Отдел по организационной работе"));
    QCOMPARE(people.signatory, QStringLiteral("Смирнова Елена Викторовна"));
    QVERIFY(people.signatoryHeadsDepartment);
    // Someone the database does not know is named by their login and signs themselves.
    const ReportPeople stranger = ReportPeople::find(m_users, m_snapshot.roadmap, QStringLiteral("guest"));
    QCOMPARE(stranger.preparer, QStringLiteral("guest"));
    QCOMPARE(stranger.signatory, QStringLiteral("guest"));
    QVERIFY(!stranger.signatoryHeadsDepartment);

    ReportParameters parameters = secondQuarterOf2019();
    const ReportDocument report = build(m_snapshot, parameters);
    QCOMPARE(report.signature.position, QStringLiteral("Начальник отдела по организационной работе"));
    QCOMPARE(report.signature.name, QStringLiteral("Е.В. Смирнова"));
    QCOMPARE(report.details.value(3).value, QStringLiteral("Никитина Марина Юрьевна (Отдел по организационной работе)"));
}

void TestStatusReport::listsTheObligationsAsData()
{
    // The flat table spreadsheets get: every obligation of the period once, typed, in the order
    // of the activities; the same dates and words as the printed rows.
    const ReportParameters parameters = secondQuarterOf2019();
    const ReportDocument report = build(m_snapshot, parameters);
    QCOMPARE(report.obligationColumns.size(), 12);
    QCOMPARE(report.obligations.size(), report.figures.obligations);
    QSet<QString> roles;
    int extended = 0;
    int done = 0;
    for (qsizetype i = 0; i < report.obligations.size(); ++i) {
        const ReportObligation &o = report.obligations.at(i);
        QVERIFY(parameters.period.contains(o.due));
        QCOMPARE(o.principle, o.activity.section(u'.', 0, 0).toInt());
        if (i > 0)
            QVERIFY(!activityNumberLess(o.activity, report.obligations.at(i - 1).activity));
        roles.insert(o.role);
        extended += o.extendedTo.isValid() ? 1 : 0;
        if (o.doneDate.isValid()) {
            ++done;
            QVERIFY(o.reportedOn.isValid() && o.reportedOn <= parameters.asOf);
        }
    }
    QCOMPARE(roles, (QSet<QString>{QStringLiteral("ответственный исполнитель"), QStringLiteral("соисполнитель")}));
    QVERIFY(extended > 0);
    QCOMPARE(done, report.figures.doneOnTime + report.figures.doneLate + report.figures.awaitingVerification + report.figures.returned);
}

void TestStatusReport::roundTripsThroughJson()
{
    ReportParameters parameters;
    parameters.period = ReportPeriod::halfYear(2020, 1);
    parameters.asOf = QDate(2020, 9, 1);
    parameters.language = QStringLiteral("en");
    parameters.department = QStringLiteral("Отдел по организационной работе");
    const ReportDocument report = build(m_snapshot, parameters);
    QCOMPARE(report.language, QStringLiteral("en"));
    QVERIFY(!report.obligations.isEmpty());
    const std::optional<ReportDocument> copy = ReportDocument::fromJson(QJsonDocument::fromJson(report.canonicalJson()).object());
    QVERIFY(copy);
    QCOMPARE(*copy, report);
    QCOMPARE(copy->contentHash(), report.contentHash());
    QCOMPARE(report.contentHash().size(), 64);
    QCOMPARE(ReportParameters::fromJson(parameters.toJson()), parameters);
    QVERIFY(!ReportDocument::fromJson(QJsonObject{{QStringLiteral("format"), 99}}));
}

void TestStatusReport::registersAndReprintsAfterDataChanged()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = openDemo(dir);
    QVERIFY(db);
    StorageError error;
    RoadmapSnapshot snapshot = *loadSnapshot(*db, 1, &error);
    ReportParameters parameters = secondQuarterOf2019();
    ReportDocument report = build(snapshot, parameters);
    const ReportDocument unregistered = report;

    const QDateTime registeredAt(QDate(2019, 8, 2), QTime(9, 30), Qt::UTC);
    RegisteredReportRepository repository(*db, [&] { return registeredAt; });
    RegisteredReport registered;
    QVERIFY(!repository.registerReport({monitor, {}}, 1, QStringLiteral("17/2019"), parameters, &report, &registered));
    QCOMPARE(report.registration, QStringLiteral("№ 17/2019 от 02.08.2019"));
    QCOMPARE(report.details.last().value, report.registration);
    QVERIFY(report.runningHeader.endsWith(report.registration));
    QVERIFY(report != unregistered);
    QCOMPARE(registered.contentHash, report.contentHash());

    // Someone reports an overdue obligation before the as-of date: a new report differs.
    const QList<EvaluatedObligation> evaluated = snapshot.evaluate(parameters.asOf);
    const auto target = std::find_if(evaluated.cbegin(), evaluated.cend(), [&](const EvaluatedObligation &e) {
        return e.evaluation.status == ObligationStatus::Overdue && parameters.period.contains(e.obligation.legalDue)
            && !snapshot.roadmap.isGroup(e.obligation.key.department);
    });
    QVERIFY(target != evaluated.cend());
    const auto head = std::find_if(m_users.cbegin(), m_users.cend(), [&](const User &u) {
        return u.role == User::Role::DepartmentHead && u.department == target->obligation.key.department;
    });
    QVERIFY(head != m_users.cend());
    ExecutionWorkflow workflow(*db, [] { return QDateTime(QDate(2019, 7, 20), QTime(11, 0), Qt::UTC); });
    const StorageError reported = workflow.reportExecution({head->login, {}}, 1, target->obligation.key,
                                                           {QDate(2019, 7, 19), QStringLiteral("https://kgo66.ru/late"), {}, {}});
    QVERIFY2(!reported, qPrintable(reported.message));
    snapshot = *loadSnapshot(*db, 1, &error);
    QVERIFY(build(snapshot, parameters) != unregistered);

    const std::optional<RegisteredReport> reprinted = repository.report(1, QStringLiteral("17/2019"), &error);
    QVERIFY2(reprinted, qPrintable(error.message));
    QCOMPARE(reprinted->content, report);
    QCOMPARE(reprinted->parameters, parameters);
    QCOMPARE(reprinted->registeredBy, monitor);
    QCOMPARE(reprinted->registeredOn, QDate(2019, 8, 2));
    QCOMPARE(repository.reports(1, &error).size(), 1);

    // The registration is audited like every write.
    QStringList problems = AuditLog(*db).verify(nullptr, &error);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestStatusReport::refusesRegistrationByADepartmentHead()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = openDemo(dir);
    QVERIFY(db);
    ReportParameters parameters = secondQuarterOf2019();
    ReportDocument report = build(m_snapshot, parameters);
    RegisteredReportRepository repository(*db, registrationTime);
    StorageError error = repository.registerReport({QStringLiteral("org.head"), {}}, 1, QStringLiteral("1"), parameters, &report);
    QCOMPARE(error.kind, StorageError::Kind::NotPermitted);
    error = repository.registerReport({QStringLiteral("glava"), {}}, 1, QStringLiteral("1"), parameters, &report);
    QCOMPARE(error.kind, StorageError::Kind::NotPermitted);
    error = repository.registerReport({QStringLiteral("nobody"), {}}, 1, QStringLiteral("1"), parameters, &report);
    QCOMPARE(error.kind, StorageError::Kind::NotPermitted);
    QVERIFY(report.registration.isEmpty());
    QVERIFY(repository.reports(1, &error).isEmpty());
}

void TestStatusReport::refusesADuplicateNumber()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = openDemo(dir);
    QVERIFY(db);
    ReportParameters parameters = secondQuarterOf2019();
    RegisteredReportRepository repository(*db, registrationTime);
    ReportDocument first = build(m_snapshot, parameters);
    QVERIFY(!repository.registerReport({monitor, {}}, 1, QStringLiteral("5"), parameters, &first));
    ReportDocument second = build(m_snapshot, parameters);
    QCOMPARE(repository.registerReport({monitor, {}}, 1, QStringLiteral(" 5 "), parameters, &second).kind, StorageError::Kind::Conflict);
    QCOMPARE(repository.registerReport({monitor, {}}, 1, QStringLiteral("  "), parameters, &second).kind, StorageError::Kind::InvalidInput);
    StorageError error;
    QCOMPARE(repository.reports(1, &error).size(), 1);
    QVERIFY(!repository.report(1, QStringLiteral("6"), &error));
    QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
}

void TestStatusReport::detectsAlteredFrozenContent()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = openDemo(dir);
    QVERIFY(db);
    ReportParameters parameters = secondQuarterOf2019();
    RegisteredReportRepository repository(*db, registrationTime);
    ReportDocument report = build(m_snapshot, parameters);
    QVERIFY(!repository.registerReport({monitor, {}}, 1, QStringLiteral("9"), parameters, &report));
    // Someone edits the stored figures with an SQLite tool.
    QSqlQuery q = db->query();
    QVERIFY(!db->exec(q, QStringLiteral("UPDATE registered_reports SET content_json = replace(content_json, '\"overdue\":', '\"overdue\":1')")));
    StorageError error;
    QVERIFY(!repository.report(1, QStringLiteral("9"), &error));
    QCOMPARE(error.kind, StorageError::Kind::Damaged);
}

QTEST_GUILESS_MAIN(TestStatusReport)
#include "tst_statusreport.moc"
