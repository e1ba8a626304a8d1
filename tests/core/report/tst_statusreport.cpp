#include "database.h"
#include "demodatabase.h"
#include "executionworkflow.h"
#include "registeredreportrepository.h"
#include "reportvocabulary.h"
#include "snapshotloader.h"
#include "statusreportbuilder.h"
#include "syntheticroadmap.h"
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

/// A roadmap of the benchmark's generator with a history played in memory: done on time, early,
/// late, after an extension, reported and waiting, returned, no events, never reported.
RoadmapSnapshot syntheticSnapshot()
{
    bench::SyntheticShape shape;
    shape.activities = 60;
    shape.firstYear = 2019;
    RoadmapSnapshot snapshot;
    snapshot.roadmap = bench::SyntheticRoadmap::make(shape, 7);
    int n = 0;
    for (const Obligation &obligation : snapshot.obligations()) {
        const QDate due = obligation.legalDue;
        ExecutionReport report;
        report.reportedAt = due.startOfDay(Qt::UTC);
        switch (n++ % 9) {
        case 0: // on time, accepted
        case 1:
            report.state = ExecutionReport::State::Accepted;
            report.doneDate = due.addDays(-3);
            report.reportedAt = due.addDays(-2).startOfDay(Qt::UTC);
            break;
        case 2: // late
            report.state = ExecutionReport::State::Accepted;
            report.doneDate = due.addDays(20);
            report.reportedAt = due.addDays(21).startOfDay(Qt::UTC);
            break;
        case 3: // reported before the due date, not yet verified
            report.state = ExecutionReport::State::Reported;
            report.doneDate = due.addDays(-10);
            report.reportedAt = due.addDays(-9).startOfDay(Qt::UTC);
            break;
        case 4: // returned for rework
            report.state = ExecutionReport::State::Returned;
            report.doneDate = due.addDays(-20);
            report.reportedAt = due.addDays(-20).startOfDay(Qt::UTC);
            break;
        case 5: // no events
            report.state = ExecutionReport::State::Accepted;
            report.noEvents = true;
            report.reportedAt = due.addDays(-1).startOfDay(Qt::UTC);
            break;
        case 6: { // on time after an extension
            snapshot.extensions[obligation.key].append(
                Extension{obligation.key, due.addDays(30), QStringLiteral("test"), monitor, due.addDays(-5).startOfDay(Qt::UTC)});
            report.state = ExecutionReport::State::Accepted;
            report.doneDate = due.addDays(25);
            report.reportedAt = due.addDays(26).startOfDay(Qt::UTC);
            break;
        }
        default: // never reported
            continue;
        }
        snapshot.reports.insert(obligation.key, report);
    }
    return snapshot;
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
    void keyFiguresAddUp_data();
    void keyFiguresAddUp();
    void listsOverdueObligationsMostOverdueFirst();
    void narrowsToOnePrincipleOrDepartment();
    void refusesAnUnknownScope();
    void refusesOrWarnsOfOddParameters();
    void printsWhenALateReportCame();
    void formsAMunicipalDocument();
    void ordersDepartmentsAndHeadsChartsByWhatTheyShow();
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
        StatusReportBuilder::build(snapshot, parameters, *ReportPeople::find(m_users, snapshot.roadmap, monitor), &error);
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
    // The last quarter finished by the as-of date; without one, by yesterday; inside the roadmap.
    const QDate start(2018, 3, 16);
    const QDate end(2020, 12, 31);
    const auto period = [&](std::optional<QDate> asOf, QDate today) {
        return ReportParameters::defaultPeriod(asOf, today, start, end).key();
    };
    QCOMPARE(period(QDate(2019, 7, 31), QDate(2025, 1, 1)), QStringLiteral("2019-Q2"));
    QCOMPARE(period(QDate(2019, 6, 30), QDate(2025, 1, 1)), QStringLiteral("2019-Q2"));
    QCOMPARE(period(QDate(2019, 6, 29), QDate(2025, 1, 1)), QStringLiteral("2019-Q1"));
    QCOMPARE(period(std::nullopt, QDate(2019, 7, 1)), QStringLiteral("2019-Q2"));
    QCOMPARE(period(std::nullopt, QDate(2019, 6, 30)), QStringLiteral("2019-Q1"));
    QCOMPARE(period(std::nullopt, QDate(2020, 1, 10)), QStringLiteral("2019-Q4"));
    // After the roadmap: its last quarter, not an empty one of today.
    QCOMPARE(period(std::nullopt, QDate(2026, 8, 1)), QStringLiteral("2020-Q4"));
    QCOMPARE(period(QDate(2021, 6, 30), QDate(2026, 8, 1)), QStringLiteral("2020-Q4"));
    // Before its first quarter is over: the current one.
    QCOMPARE(period(std::nullopt, QDate(2018, 3, 20)), QStringLiteral("2018-Q1"));
    QCOMPARE(period(std::nullopt, QDate(2018, 4, 2)), QStringLiteral("2018-Q1"));
    // A roadmap that ends mid-quarter: the quarter it ends in.
    QCOMPARE(ReportParameters::defaultPeriod(std::nullopt, QDate(2026, 1, 1), start, QDate(2020, 11, 15)).key(), QStringLiteral("2020-Q4"));
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
    QCOMPARE(report.figures.doneOnTime, totals.doneOnTime);
    QCOMPARE(report.figures.doneOnTimeAfterExtension, totals.doneOnTimeAfterExtension);
    QCOMPARE(report.figures.doneLate, totals.doneLate);
    QCOMPARE(report.figures.overdue, totals.overdue);
    QCOMPARE(report.figures.onTimeRate, totals.onTimeRate());

    QCOMPARE(report.title, QStringLiteral("ОТЧЕТ"));
    QVERIFY(report.subtitle.endsWith(QStringLiteral("за II квартал 2019 года")));
    QCOMPARE(report.asOfLine, QStringLiteral("по состоянию на 31.07.2019"));
    QCOMPARE(report.organisation, QStringLiteral("АДМИНИСТРАЦИЯ КАЧКАНАРСКОГО ГОРОДСКОГО ОКРУГА"));
    // «Утвержден постановлением Администрации … от … № …», the act's kind as the importer kept it.
    QCOMPARE(report.details.value(0).value,
             QStringLiteral("постановлением Администрации Качканарского городского округа от 16.03.2018 № 253"));
    QCOMPARE(report.addressee, QStringList{QStringLiteral("Главе Качканарского городского округа")});
    QVERIFY(report.approval.isEmpty());
    QCOMPARE(report.pageNumberPattern, QStringLiteral("%1"));

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

void TestStatusReport::keyFiguresAddUp_data()
{
    QTest::addColumn<bool>("synthetic");
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("asOfShift"); ///< days after the end of the period; negative: while it runs
    for (int year = 2018; year <= 2021; ++year) {
        for (int quarter = 1; quarter <= 4; ++quarter) {
            const QString key = QStringLiteral("%1-Q%2").arg(year).arg(quarter);
            for (int shift : {-45, 0, 31, 400}) {
                QTest::addRow("demo %s %+d", qPrintable(key), shift) << false << key << shift;
                QTest::addRow("synthetic %s %+d", qPrintable(key), shift) << true << key << shift;
            }
        }
    }
}

void TestStatusReport::keyFiguresAddUp()
{
    QFETCH(bool, synthetic);
    QFETCH(QString, period);
    QFETCH(int, asOfShift);
    static const RoadmapSnapshot syntheticRoadmap = syntheticSnapshot();
    const RoadmapSnapshot &snapshot = synthetic ? syntheticRoadmap : m_snapshot;
    ReportParameters parameters;
    parameters.period = *ReportPeriod::parse(period);
    parameters.asOf = parameters.period.end.addDays(asOfShift);
    const ReportDocument report = build(snapshot, parameters);
    QVERIFY(!report.sections.isEmpty());

    // Every line of the key figures is the sum of the lines one level deeper under it.
    const ReportTable &figures = report.sections.at(0).table;
    QList<QPair<int, int>> lines; // level, count
    for (const ReportRow &row : figures.rows) {
        if (row.kind == ReportRow::Kind::Data && row.level >= 0 && lines.size() < 13)
            lines.append({row.level, row.cells.value(1).toInt()});
    }
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.first().first, 0);
    for (int i = 0; i < lines.size(); ++i) {
        int parts = 0;
        bool hasParts = false;
        for (int j = i + 1; j < lines.size() && lines.at(j).first > lines.at(i).first; ++j) {
            if (lines.at(j).first == lines.at(i).first + 1) {
                parts += lines.at(j).second;
                hasParts = true;
            }
        }
        if (hasParts)
            QVERIFY2(parts == lines.at(i).second, qPrintable(QStringLiteral("line %1: %2 ≠ %3 in its parts")
                                                                  .arg(figures.rows.at(i).cells.value(0))
                                                                  .arg(lines.at(i).second)
                                                                  .arg(parts)));
    }
    // The total is the number of obligation rows listed, and the figures' numbers agree.
    int listed = 0;
    for (const ReportSection &section : report.sections) {
        if (section.level == 2) {
            for (const ReportRow &row : section.table.rows)
                listed += row.kind == ReportRow::Kind::Data ? 1 : 0;
        }
    }
    QCOMPARE(lines.first().second, listed);
    QCOMPARE(report.figures.obligations, listed);
    QCOMPARE(report.figures.due + report.figures.notYetDue + report.figures.notApplicable, report.figures.obligations);
    // No rate of nothing: «—» when nothing is due.
    const QString onTimeRate = figures.rows.at(13).cells.value(1);
    QCOMPARE(onTimeRate == QStringLiteral("—"), report.figures.due == 0);

    // The table by department: due = on time + late + overdue + awaiting or returned; the total is the sum.
    const ReportTable &departments = report.sections.constLast().table;
    QVector<int> sums(5, 0);
    for (const ReportRow &row : departments.rows) {
        const int due = row.cells.value(1).toInt();
        QCOMPARE(row.cells.value(2).toInt() + row.cells.value(3).toInt() + row.cells.value(4).toInt() + row.cells.value(5).toInt(), due);
        if (row.kind == ReportRow::Kind::Total) {
            for (int c = 0; c < 5; ++c)
                QCOMPARE(row.cells.value(c + 1).toInt(), sums.at(c));
            QCOMPARE(due, report.figures.due);
        } else {
            for (int c = 0; c < 5; ++c)
                sums[c] += row.cells.value(c + 1).toInt();
        }
    }
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
    const ReportPeople people = *ReportPeople::find(m_users, m_snapshot.roadmap, monitor);
    QVERIFY(!StatusReportBuilder::build(m_snapshot, parameters, people, &error));
    QVERIFY(error.contains(QStringLiteral("42")));
    parameters.principle = 0;
    parameters.department = QStringLiteral("Отдел, которого нет");
    QVERIFY(!StatusReportBuilder::build(m_snapshot, parameters, people, &error));
    QVERIFY(error.contains(parameters.department));

    // A department and a principle it owes nothing under: an empty scope.
    const QString department = QStringLiteral("МУ «Информационный центр»");
    int empty = 0;
    for (const Principle &principle : m_snapshot.roadmap.principles) {
        bool owes = false;
        for (const Obligation &obligation : m_snapshot.obligations()) {
            const Activity *activity = m_snapshot.roadmap.activity(obligation.key.activity);
            owes = owes || (obligation.key.department == department && activity && activity->principle == principle.number);
        }
        if (!owes)
            empty = principle.number;
    }
    QVERIFY(empty > 0);
    parameters.department = department;
    parameters.principle = empty;
    QVERIFY(!StatusReportBuilder::build(m_snapshot, parameters, people, &error));
    QVERIFY2(error.contains(department) && error.contains(QString::number(empty)), qPrintable(error));
}

void TestStatusReport::refusesOrWarnsOfOddParameters()
{
    const QDate today(2019, 8, 15);
    const auto check = [&](const QString &period, QDate asOf) {
        ReportParameters parameters;
        parameters.period = *ReportPeriod::parse(period);
        parameters.asOf = asOf;
        return parameters.check(m_snapshot, today);
    };
    // A sound report: nothing to say.
    ReportParameterCheck result = check(QStringLiteral("2019-Q2"), QDate(2019, 7, 31));
    QVERIFY(result.refusal.isEmpty());
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'|')));
    // Refused: a period not begun, an as-of date before the period, a period outside the roadmap.
    QVERIFY(check(QStringLiteral("2019-Q4"), QDate(2019, 12, 31)).refusal.contains(QStringLiteral("01.10.2019")));
    QVERIFY(check(QStringLiteral("2019-Q2"), QDate(2019, 3, 31)).refusal.contains(QStringLiteral("31.03.2019")));
    ReportParameters outside;
    outside.period = ReportPeriod::wholeYear(2016);
    outside.asOf = QDate(2016, 12, 31);
    QVERIFY(outside.check(m_snapshot, QDate(2026, 1, 1)).refusal.contains(QStringLiteral("31.12.2016")));
    outside.period = ReportPeriod::wholeYear(2023);
    outside.asOf = QDate(2023, 12, 31);
    QVERIFY(!outside.check(m_snapshot, QDate(2026, 1, 1)).refusal.isEmpty());
    // Made with a warning: the period still running, an as-of date after today, a period past the roadmap.
    result = check(QStringLiteral("2019-Q3"), today);
    QVERIFY(result.refusal.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    result = check(QStringLiteral("2019-Q2"), QDate(2019, 9, 1));
    QVERIFY(result.refusal.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QStringLiteral("01.09.2019")));
    outside.period = ReportPeriod::wholeYear(2021);
    outside.asOf = QDate(2021, 12, 31);
    result = outside.check(m_snapshot, QDate(2026, 1, 1));
    QVERIFY2(result.refusal.isEmpty(), qPrintable(result.refusal));
    QCOMPARE(result.warnings.size(), 1);
    // A month with nothing of the scope due in it.
    ReportParameters quiet;
    quiet.period = *ReportPeriod::parse(QStringLiteral("2019-08-01..2019-08-10"));
    quiet.asOf = QDate(2019, 8, 10);
    quiet.department = QStringLiteral("МУ «Информационный центр»");
    result = quiet.check(m_snapshot, today);
    QVERIFY(result.refusal.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
}

void TestStatusReport::printsWhenALateReportCame()
{
    // A report recorded long after its due date says so beside the date it claims.
    RoadmapSnapshot snapshot = m_snapshot;
    ReportParameters parameters = secondQuarterOf2019();
    parameters.asOf = QDate(2019, 12, 31);
    std::optional<Obligation> late;
    for (const Obligation &obligation : snapshot.obligations()) {
        if (parameters.period.contains(obligation.legalDue) && !snapshot.extensions.contains(obligation.key)) {
            late = obligation;
            break;
        }
    }
    QVERIFY(late);
    ExecutionReport report;
    report.state = ExecutionReport::State::Accepted;
    report.doneDate = late->legalDue;
    report.reportedAt = QDateTime(late->legalDue.addDays(40), QTime(10, 0), Qt::UTC);
    snapshot.reports.insert(late->key, report);
    const QString printed = QStringLiteral("представлено ") + late->legalDue.addDays(40).toString(u"dd.MM.yyyy");
    bool found = false;
    for (const ReportSection &section : build(snapshot, parameters).sections) {
        for (const ReportRow &row : section.table.rows)
            found = found || (row.cells.value(0) == late->key.department && row.cells.value(4).contains(printed));
    }
    QVERIFY2(found, qPrintable(printed));
    // Recorded on time: only the done date.
    snapshot.reports[late->key].reportedAt = QDateTime(late->legalDue, QTime(10, 0), Qt::UTC);
    for (const ReportSection &section : build(snapshot, parameters).sections) {
        for (const ReportRow &row : section.table.rows)
            QVERIFY(!row.cells.value(4).contains(printed));
    }
}

void TestStatusReport::namesPreparerAndSignatory()
{
    const ReportPeople people = *ReportPeople::find(m_users, m_snapshot.roadmap, monitor);
    QCOMPARE(people.preparer, QStringLiteral("Никитина Марина Юрьевна"));
    QCOMPARE(people.preparerDepartment, QStringLiteral("Отдел по организационной работе"));
    QCOMPARE(people.signatory, QStringLiteral("Смирнова Елена Викторовна"));
    QVERIFY(people.signatoryHeadsDepartment);
    // Someone the database does not know signs nothing ("_____ guest").
    QString error;
    QVERIFY(!ReportPeople::find(m_users, m_snapshot.roadmap, QStringLiteral("guest"), &error));
    QVERIFY2(error.contains(QStringLiteral("guest")), qPrintable(error));
    // Nor does a user without a name and without a department head to sign for them.
    QList<User> users = m_users;
    users.append(User{QStringLiteral("nameless"), QStringLiteral("nameless"), User::Role::Monitor, {}, true, 0});
    QVERIFY(!ReportPeople::find(users, m_snapshot.roadmap, QStringLiteral("nameless"), &error));
    QVERIFY2(error.contains(QStringLiteral("nameless")), qPrintable(error));
    // With a named head of their department, the head signs.
    users.last().department = QStringLiteral("Отдел по организационной работе");
    const std::optional<ReportPeople> staff = ReportPeople::find(users, m_snapshot.roadmap, QStringLiteral("nameless"));
    QVERIFY(staff);
    QCOMPARE(staff->signatory, QStringLiteral("Смирнова Елена Викторовна"));

    ReportParameters parameters = secondQuarterOf2019();
    const ReportDocument report = build(m_snapshot, parameters);
    QCOMPARE(report.signature.position, QStringLiteral("Начальник отдела по организационной работе"));
    QCOMPARE(report.signature.name, QStringLiteral("Е.В. Смирнова"));
    QCOMPARE(report.details.value(3).value, QStringLiteral("Никитина Марина Юрьевна (Отдел по организационной работе)"));
}

void TestStatusReport::formsAMunicipalDocument()
{
    ReportPeople people = *ReportPeople::find(m_users, m_snapshot.roadmap, monitor);
    people.executorPhone = QStringLiteral("8 (34341) 6-14-27");
    people.approval = ReportPeople::Approval::Approve;
    people.approverName = QStringLiteral("Иванов Андрей Андреевич");
    const ReportDocument report = *StatusReportBuilder::build(m_snapshot, secondQuarterOf2019(), people);
    // The executor in full, with position and phone.
    QCOMPARE(report.executor, QStringLiteral("Исп.: Никитина Марина Юрьевна\nСпециалист отдела по организационной работе\n"
                                             "тел. 8 (34341) 6-14-27"));
    QCOMPARE(report.approval.heading, QStringLiteral("УТВЕРЖДАЮ"));
    QCOMPARE(report.approval.position, QStringLiteral("Глава Качканарского городского округа"));
    QCOMPARE(report.approval.name, QStringLiteral("А.А. Иванов"));
    QCOMPARE(report.addressee, QStringList{QStringLiteral("Главе Качканарского городского округа")});
    QCOMPARE(ReportDocument::fromJson(report.toJson()), report);
    // Another addressee, or none.
    people.addressee = QStringLiteral("Главе Качканарского городского округа А.А. Иванову");
    QCOMPARE(StatusReportBuilder::build(m_snapshot, secondQuarterOf2019(), people)->addressee, QStringList{*people.addressee});
    people.addressee = QString();
    QVERIFY(StatusReportBuilder::build(m_snapshot, secondQuarterOf2019(), people)->addressee.isEmpty());

    // In English, the act is named, not translated word for word.
    ReportParameters english = secondQuarterOf2019();
    english.language = QStringLiteral("en");
    QCOMPARE(build(m_snapshot, english).details.value(0).value,
             QStringLiteral("resolution of Администрация Качканарского городского округа of 16.03.2018 No. 253"));
    // Other kinds of act, and none known.
    RoadmapSnapshot other = m_snapshot;
    other.roadmap.actKind = QStringLiteral("распоряжение");
    QVERIFY(build(other, secondQuarterOf2019()).details.value(0).value.startsWith(QStringLiteral("распоряжением Администрации ")));
    other.roadmap.actKind.clear();
    QVERIFY(build(other, secondQuarterOf2019()).details.value(0).value.startsWith(QStringLiteral("актом Администрации ")));

    // A report of a few weeks lists only the principles with obligations in it.
    ReportParameters weeks;
    weeks.period = *ReportPeriod::parse(QStringLiteral("2019-05-01..2019-05-31"));
    weeks.asOf = QDate(2019, 6, 30);
    int principles = 0;
    for (const ReportSection &section : build(m_snapshot, weeks).sections) {
        if (section.level == 2) {
            ++principles;
            QVERIFY2(!section.table.isEmpty(), qPrintable(section.heading));
        }
    }
    QVERIFY(principles > 0);
    QVERIFY(principles < m_snapshot.roadmap.principles.size());
}

void TestStatusReport::ordersDepartmentsAndHeadsChartsByWhatTheyShow()
{
    const ReportDocument report = build(m_snapshot, secondQuarterOf2019());
    const ReportTable &departments = report.sections.constLast().table;
    const auto rank = [&](const QString &name) {
        if (const Department *department = m_snapshot.roadmap.department(name))
            return int(department->kind);
        return m_snapshot.roadmap.isGroup(name) ? 4 : 3;
    };
    int last = 0;
    QSet<int> ranks;
    for (const ReportRow &row : departments.rows) {
        if (row.kind != ReportRow::Kind::Data)
            continue;
        const int current = rank(row.cells.value(0));
        QVERIFY2(current >= last, qPrintable(row.cells.value(0)));
        last = current;
        ranks.insert(current);
    }
    QVERIFY(ranks.size() >= 3); // departments, an institution and groups in the demo's quarter
    QVERIFY(report.sections.at(1).heading.contains(QStringLiteral("по принципам")));

    ReportParameters onePrinciple = secondQuarterOf2019();
    onePrinciple.principle = 1;
    const ReportSection chart = build(m_snapshot, onePrinciple).sections.at(1);
    QVERIFY2(chart.heading.contains(QStringLiteral("по ответственным исполнителям")), qPrintable(chart.heading));
    QVERIFY(chart.chart.title.contains(QStringLiteral("по исполнителям")));
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
    QCOMPARE(done, report.figures.doneOnTime + report.figures.doneOnTimeAfterExtension + report.figures.doneLate
                       + report.figures.awaitingVerification + report.figures.returned);
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
