// The database commands of roadmap-tracker, run as a person would run them: the login comes from
// $USER, results from the exit code, stdout and stderr.

#include "auditlog.h"
#include "database.h"
#include "executionrepository.h"
#include "roadmaptrackerrun.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString economy = QStringLiteral("Отдел экономики и стратегического развития");
const QString housing = QStringLiteral("Отдел городского хозяйства, транспорта и связи");
// The command line stamps each change with the real clock and status shows only what was known at
// its as-of date: a date later than any run of these tests sees every change they make.
const QString laterThanAnyChange = QStringLiteral("2100-01-01");

using testrun::Run;

Run run(const QString &login, const QStringList &arguments)
{
    return testrun::run(arguments, testrun::environmentOf(login));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QStringList summaryFields = {
    QStringLiteral("obligations"), QStringLiteral("due"), QStringLiteral("done_on_time"), QStringLiteral("done_on_time_after_extension"),
    QStringLiteral("done_late"), QStringLiteral("awaiting_verification"), QStringLiteral("returned"), QStringLiteral("not_applicable"),
    QStringLiteral("overdue"), QStringLiteral("due_soon"), QStringLiteral("upcoming"), QStringLiteral("on_time_rate"),
    QStringLiteral("execution_rate")};

const QStringList statusFields = {
    QStringLiteral("done_on_time"), QStringLiteral("done_on_time_after_extension"), QStringLiteral("done_late"),
    QStringLiteral("awaiting_verification"), QStringLiteral("returned"), QStringLiteral("not_applicable"),
    QStringLiteral("overdue"), QStringLiteral("due_soon"), QStringLiteral("upcoming")};

/// Checks one summary object: every documented field, statuses that add up, rates that follow from the counts.
QString summaryProblem(const QJsonObject &summary)
{
    for (const QString &field : summaryFields) {
        if (!summary.value(field).isDouble())
            return QStringLiteral("%1 is missing").arg(field);
    }
    int sum = 0;
    for (const QString &field : statusFields)
        sum += summary.value(field).toInt();
    const int obligations = summary.value(u"obligations").toInt();
    if (sum != obligations)
        return QStringLiteral("statuses add up to %1, not %2").arg(sum).arg(obligations);
    const int due = summary.value(u"due").toInt();
    const int onTime = summary.value(u"done_on_time").toInt() + summary.value(u"done_on_time_after_extension").toInt();
    const int done = onTime + summary.value(u"done_late").toInt();
    if (due > obligations || done > due)
        return QStringLiteral("due %1 of %2 obligations, %3 done").arg(due).arg(obligations).arg(done);
    const double onTimeRate = summary.value(u"on_time_rate").toDouble();
    const double executionRate = summary.value(u"execution_rate").toDouble();
    if (onTimeRate < 0 || onTimeRate > 1 || executionRate < 0 || executionRate > 1 || onTimeRate > executionRate)
        return QStringLiteral("rates %1 and %2").arg(onTimeRate).arg(executionRate);
    if (due > 0 && (!qFuzzyCompare(1 + onTimeRate, 1 + double(onTime) / due) || !qFuzzyCompare(1 + executionRate, 1 + double(done) / due)))
        return QStringLiteral("rates %1 and %2 do not follow from %3 and %4 of %5").arg(onTimeRate).arg(executionRate).arg(onTime).arg(done).arg(due);
    return {};
}

/// Runs sql on the file directly, as someone with the sqlite3 shell would.
QString rawExec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(sql))
            error = q.lastError().text();
        else if (q.numRowsAffected() < 1)
            error = QStringLiteral("nothing changed");
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

int rawNumber(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw");
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            value = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestDatabaseCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void demoStatusAsJson();
    void statusForOneDepartment();
    void demoRefusesAnExistingFile();
    void importMakesTheCreatorTheMonitor();
    void importingTheSameActAgainUpdates();
    void userAddsADepartmentHead();
    void ruleSetByHand();
    void markAcceptReturnExtend();
    void noEventsAndActingForSomeone();
    void doubtfulDatesNeedForce();
    void extendingToADayOffSaysWhenItFallsDue();
    void badInput_data();
    void badInput();
    void notPermitted_data();
    void notPermitted();
    void conflicts();
    void verifyingNeedsTheVersionSeen();
    void missingOrDamagedDatabase();
    void checkFindsATamperedRow();
    void namesArePrintedWithoutControlCharacters();
    void backupIsAccepted();

private:
    /// A fresh copy of the seed imported by "alice", with econ.head, gkh.head and viewer.
    QString seedDatabase(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
    QString m_seed;
};

void TestDatabaseCommands::initTestCase()
{
    // In memory where there is one: many small transactions, each waiting for fsync on a disk.
    const QFileInfo memory(QStringLiteral("/dev/shm"));
    m_dir = memory.isDir() && memory.isWritable() && qEnvironmentVariableIntValue("ROADMAP_TEST_ON_DISK") == 0
        ? std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/roadmap-test-XXXXXX"))
        : std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_demo = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const Run demo = run(QStringLiteral("demo.creator"), {QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    qInfo("demo: %lld ms", timer.elapsed());

    // One imported database with people; each test works on its own copy.
    m_seed = m_dir->filePath(QStringLiteral("seed.sqlite"));
    const Run import = run(QStringLiteral("alice"), {QStringLiteral("import"), QStringLiteral("--db"), m_seed, QStringLiteral(ROADMAP_SEED_FILE)});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const QList<QStringList> people = {
        {QStringLiteral("econ.head"), QStringLiteral("department_head"), economy},
        {QStringLiteral("gkh.head"), QStringLiteral("department_head"), housing},
        {QStringLiteral("viewer"), QStringLiteral("viewer"), QString()},
    };
    for (const QStringList &person : people) {
        QStringList arguments{QStringLiteral("user"), QStringLiteral("--db"), m_seed, QStringLiteral("--login"), person[0],
                              QStringLiteral("--role"), person[1]};
        if (!person[2].isEmpty())
            arguments << QStringLiteral("--department") << person[2];
        const Run added = run(QStringLiteral("alice"), arguments);
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
}

QString TestDatabaseCommands::seedDatabase(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_seed, path))
        return {};
    return path;
}

void TestDatabaseCommands::demoStatusAsJson()
{
    const Run status = run(QStringLiteral("demo.creator"), {QStringLiteral("status"), QStringLiteral("--db"), m_demo, QStringLiteral("--as-of"),
                                                        QStringLiteral("2021-06-30"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.err.isEmpty());
    const QJsonObject json = status.json();
    QCOMPARE(json.value(u"as_of").toString(), QStringLiteral("2021-06-30"));
    QCOMPARE(json.value(u"demo").toBool(), true);

    const QJsonObject totals = json.value(u"totals").toObject();
    QCOMPARE(summaryProblem(totals), QString());
    // A believable history: most done on time, some of every other kind. (Returned reports whose
    // due date has passed count as overdue, so by mid-2021 none is merely "returned".)
    const int obligations = totals.value(u"obligations").toInt();
    QVERIFY(obligations > 300);
    QVERIFY(totals.value(u"on_time_rate").toDouble() > 0.5);
    QVERIFY(totals.value(u"on_time_rate").toDouble() < 1.0);
    for (const QString &field : {QStringLiteral("done_late"), QStringLiteral("done_on_time_after_extension"),
                                 QStringLiteral("not_applicable"), QStringLiteral("overdue")})
        QVERIFY2(totals.value(field).toInt() > 0, qPrintable(field));

    // By principle and by department, each obligation is counted once.
    for (const QString &grouping : {QStringLiteral("by_principle"), QStringLiteral("by_department")}) {
        const QJsonArray groups = json.value(grouping).toArray();
        QVERIFY(!groups.isEmpty());
        QMap<QString, int> sums;
        for (const QJsonValue &value : groups) {
            const QJsonObject group = value.toObject();
            QCOMPARE(summaryProblem(group), QString());
            for (const QString &field : statusFields + QStringList{QStringLiteral("obligations"), QStringLiteral("due")})
                sums[field] += group.value(field).toInt();
        }
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            QVERIFY2(it.value() == totals.value(it.key()).toInt(), qPrintable(grouping + u' ' + it.key()));
    }
    QCOMPARE(json.value(u"by_principle").toArray().size(), 9);

    const QJsonArray overdue = json.value(u"overdue").toArray();
    QCOMPARE(overdue.size(), totals.value(u"overdue").toInt());
    int previousDays = INT_MAX;
    for (const QJsonValue &value : overdue) {
        const QJsonObject item = value.toObject();
        for (const QString &field : {QStringLiteral("activity"), QStringLiteral("department"), QStringLiteral("period"), QStringLiteral("due")})
            QVERIFY2(!item.value(field).toString().isEmpty(), qPrintable(field));
        const QDate due = QDate::fromString(item.value(u"due").toString(), Qt::ISODate);
        QVERIFY(due.isValid());
        QCOMPARE(item.value(u"days_overdue").toInt(), int(due.daysTo(QDate(2021, 6, 30))));
        QVERIFY(item.value(u"days_overdue").toInt() > 0);
        QVERIFY(item.value(u"days_overdue").toInt() <= previousDays); // most days overdue first
        previousDays = item.value(u"days_overdue").toInt();
    }

    // The same as a table, for people.
    const Run table = run(QStringLiteral("demo.creator"), {QStringLiteral("status"), QStringLiteral("--db"), m_demo, QStringLiteral("--as-of"),
                                                       QStringLiteral("2021-06-30")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.text().contains(QStringLiteral("DEMO")));
}

void TestDatabaseCommands::statusForOneDepartment()
{
    const QStringList base{QStringLiteral("status"), QStringLiteral("--db"), m_demo, QStringLiteral("--as-of"), QStringLiteral("2021-06-30"),
                           QStringLiteral("--json")};
    const QJsonObject all = run(QStringLiteral("demo.creator"), base).json();
    QJsonObject expected;
    for (const QJsonValue &value : all.value(u"by_department").toArray()) {
        if (value.toObject().value(u"department").toString() == economy)
            expected = value.toObject();
    }
    QVERIFY(!expected.isEmpty());

    const Run filtered = run(QStringLiteral("demo.creator"), base + QStringList{QStringLiteral("--department"), economy});
    QCOMPARE(filtered.exitCode, 0);
    const QJsonObject json = filtered.json();
    const QJsonObject totals = json.value(u"totals").toObject();
    QCOMPARE(summaryProblem(totals), QString());
    for (const QString &field : statusFields + QStringList{QStringLiteral("obligations"), QStringLiteral("due")})
        QCOMPARE(totals.value(field).toInt(), expected.value(field).toInt());
    const QJsonArray departments = json.value(u"by_department").toArray();
    QCOMPARE(departments.size(), 1);
    QCOMPARE(departments.first().toObject().value(u"department").toString(), economy);
    for (const QJsonValue &value : json.value(u"overdue").toArray())
        QCOMPARE(value.toObject().value(u"department").toString(), economy);

    const Run unknown = run(QStringLiteral("demo.creator"), base + QStringList{QStringLiteral("--department"), QStringLiteral("Отдел кадров")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(QString::fromUtf8(unknown.err).contains(QStringLiteral("Отдел кадров")), unknown.err.constData());
    QVERIFY(unknown.out.isEmpty());
}

void TestDatabaseCommands::demoRefusesAnExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my notes, not a database\n");
    }
    for (const QString &existing : {path, m_demo}) {
        const QByteArray before = fileHash(existing);
        const Run demo = run(QStringLiteral("demo.creator"), {QStringLiteral("demo"), QStringLiteral("--db"), existing});
        QCOMPARE(demo.exitCode, 2);
        QVERIFY2(QString::fromUtf8(demo.err).contains(existing), demo.err.constData());
        QCOMPARE(fileHash(existing), before);
    }
}

void TestDatabaseCommands::importMakesTheCreatorTheMonitor()
{
    const QString path = m_dir->filePath(QStringLiteral("imported.sqlite"));
    const Run import = run(QStringLiteral("bob"), {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral(ROADMAP_SEED_FILE)});
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.text().contains(QStringLiteral("bob")), import.out.constData());
    const Run users = run(QStringLiteral("bob"), {QStringLiteral("user"), QStringLiteral("--db"), path});
    QCOMPARE(users.exitCode, 0);
    const QStringList lines = QString::fromUtf8(users.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"bob") && lines.first().contains(u"monitor"), qPrintable(lines.first()));

    // Someone who is not a user of the file cannot import into it.
    const Run stranger = run(QStringLiteral("carol"), {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral(ROADMAP_SEED_FILE)});
    QCOMPARE(stranger.exitCode, 3);
    QVERIFY2(QString::fromUtf8(stranger.err).contains(QStringLiteral("carol")), stranger.err.constData());
    const Run check = run(QStringLiteral("bob"), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(check.exitCode, 0);
}

void TestDatabaseCommands::importingTheSameActAgainUpdates()
{
    const QString path = m_dir->filePath(QStringLiteral("again.sqlite"));
    const QString word = QStringLiteral(ROADMAP_TEST_DATA_DIR "/import/plans/seed-kachkanar.docx");
    const Run first = run(QStringLiteral("bob"), {QStringLiteral("import"), QStringLiteral("--db"), path, word});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.output().contains(QStringLiteral("9 principles, 47 activities")), first.out.constData());

    // The same decree as text: refused, never a silent duplicate.
    const Run duplicate = run(QStringLiteral("bob"), {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral(ROADMAP_SEED_FILE)});
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY2(duplicate.errors().contains(QStringLiteral("already imported as roadmap 1")) && duplicate.errors().contains(QStringLiteral("--update")),
             duplicate.err.constData());
    const Run update = run(QStringLiteral("bob"), {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--update"),
                                                   QStringLiteral(ROADMAP_SEED_FILE)});
    QCOMPARE(update.exitCode, 0);
    QVERIFY2(update.output().contains(QStringLiteral("Updated roadmap 1")), update.out.constData());
    const Run status = run(QStringLiteral("bob"), {QStringLiteral("status"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const Run roadmaps = run(QStringLiteral("bob"), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(roadmaps.exitCode, 0);

    // A different plan is a new roadmap.
    const Run other = run(QStringLiteral("bob"), {QStringLiteral("import"), QStringLiteral("--db"), path,
                                                  QStringLiteral(ROADMAP_TEST_DATA_DIR "/import/plans/orel-2011-1864.docx")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(other.output().contains(QStringLiteral("Imported roadmap 2")), other.out.constData());

    // Choices the document leaves open are checked.
    const Run badColumns = run(QStringLiteral("bob"), {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--columns"),
                                                       QStringLiteral("number,what"), word});
    QCOMPARE(badColumns.exitCode, 2);
    const Run noSheet = run(QStringLiteral("bob"), {QStringLiteral("deadlines"), QStringLiteral("--roadmap"),
                                                    QStringLiteral(ROADMAP_TEST_DATA_DIR "/import/plans/vladimir-2014-18-agro.xlsx"),
                                                    QStringLiteral("--sheet"), QStringLiteral("Нет такого")});
    QCOMPARE(noSheet.exitCode, 2);
    QVERIFY2(noSheet.errors().contains(QStringLiteral("Нет такого")), noSheet.err.constData());
    const Run deadlines = run(QStringLiteral("bob"), {QStringLiteral("deadlines"), QStringLiteral("--roadmap"), word, QStringLiteral("--json")});
    QCOMPARE(deadlines.exitCode, 0);
    QCOMPARE(deadlines.json().value(QStringLiteral("activities")).toArray().size(), 47);
}

void TestDatabaseCommands::ruleSetByHand()
{
    const QString path = seedDatabase(QStringLiteral("rules.sqlite"));
    const QStringList base{QStringLiteral("rule"), QStringLiteral("--db"), path};
    const Run none = run(QStringLiteral("alice"), base);
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.output().contains(QStringLiteral("no rule is set by hand")), none.out.constData());

    const QString wording = QStringLiteral("ежегодно не позднее 15 мая года, следующего за отчетным");
    const QStringList setRule = base + QStringList{QStringLiteral("--activity"), QStringLiteral("1.3"), QStringLiteral("--set"), wording};
    // Only the monitor, only wording that reads, only on the version seen.
    QCOMPARE(run(QStringLiteral("stranger"), setRule).exitCode, 3);
    const Run unreadable = run(QStringLiteral("alice"), base + QStringList{QStringLiteral("--activity"), QStringLiteral("1.3"),
                                                                          QStringLiteral("--set"), QStringLiteral("когда получится")});
    QCOMPARE(unreadable.exitCode, 2);
    QVERIFY2(unreadable.errors().contains(QStringLiteral("когда получится")), unreadable.err.constData());
    QCOMPARE(run(QStringLiteral("alice"), base + QStringList{QStringLiteral("--activity"), QStringLiteral("99.9"), QStringLiteral("--clear")}).exitCode,
             2);

    const Run set = run(QStringLiteral("alice"), setRule);
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.output().contains(QStringLiteral("set by hand by alice")) && set.output().contains(QStringLiteral("every year")),
             set.out.constData());
    QCOMPARE(run(QStringLiteral("alice"), setRule + QStringList{QStringLiteral("--expect-version"), QStringLiteral("1")}).exitCode, 4);

    const Run listed = run(QStringLiteral("alice"), base + QStringList{QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray activities = listed.json().value(QStringLiteral("activities")).toArray();
    QCOMPARE(activities.size(), 1);
    const QJsonObject activity = activities.first().toObject();
    QCOMPARE(activity.value(QStringLiteral("activity")).toString(), QStringLiteral("1.3"));
    QCOMPARE(activity.value(QStringLiteral("deadline")).toString(), QStringLiteral("2018-2019г.")); // as approved
    QCOMPARE(activity.value(QStringLiteral("rule_wording")).toString(), wording);
    QCOMPARE(activity.value(QStringLiteral("rule_set_by")).toString(), QStringLiteral("alice"));
    QVERIFY(activity.value(QStringLiteral("set_by_hand")).toBool());
    QCOMPARE(activity.value(QStringLiteral("obligations")).toInt(), 3); // 2018, 2019, 2020

    const Run cleared = run(QStringLiteral("alice"), base + QStringList{QStringLiteral("--activity"), QStringLiteral("1.3"), QStringLiteral("--clear")});
    QCOMPARE(cleared.exitCode, 0);
    QVERIFY2(cleared.output().contains(QStringLiteral("continuously")), cleared.out.constData());
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("check"), QStringLiteral("--db"), path}).exitCode, 0);
}

void TestDatabaseCommands::userAddsADepartmentHead()
{
    const QString path = seedDatabase(QStringLiteral("users.sqlite"));
    const Run added = run(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("--db"), path, QStringLiteral("--login"),
                                                    QStringLiteral("culture.head"), QStringLiteral("--role"), QStringLiteral("department_head"),
                                                    QStringLiteral("--department"), QStringLiteral("Отдел по культуре, спорту и молодежной политике"),
                                                    QStringLiteral("--name"), QStringLiteral("Васильева О. И.")});
    QCOMPARE(added.exitCode, 0);
    const Run users = run(QStringLiteral("culture.head"), {QStringLiteral("user"), QStringLiteral("--db"), path});
    QCOMPARE(users.exitCode, 0);
    const QString list = QString::fromUtf8(users.out);
    QVERIFY2(list.contains(QStringLiteral("culture.head")) && list.contains(QStringLiteral("department_head"))
                 && list.contains(QStringLiteral("Отдел по культуре")) && list.contains(QStringLiteral("Васильева")),
             qPrintable(list));
    // A department head cannot add people.
    const Run refused = run(QStringLiteral("culture.head"), {QStringLiteral("user"), QStringLiteral("--db"), path, QStringLiteral("--login"),
                                                             QStringLiteral("friend"), QStringLiteral("--role"), QStringLiteral("monitor")});
    QCOMPARE(refused.exitCode, 3);
    // A department head needs a department, and a role must be one of the three.
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("--db"), path, QStringLiteral("--login"), QStringLiteral("x"),
                                           QStringLiteral("--role"), QStringLiteral("department_head")})
                 .exitCode,
             2);
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("--db"), path, QStringLiteral("--login"), QStringLiteral("x"),
                                           QStringLiteral("--role"), QStringLiteral("boss")})
                 .exitCode,
             2);
}

void TestDatabaseCommands::markAcceptReturnExtend()
{
    const QString path = seedDatabase(QStringLiteral("workflow.sqlite"));
    // 5.3: «ежегодно не позднее 1 апреля года, следующего за отчетным», economy; 2018 is due 01.04.2019.
    const QStringList obligation{QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("5.3"), QStringLiteral("--period"),
                                 QStringLiteral("2018"), QStringLiteral("--department"), economy};
    Run mark = run(QStringLiteral("econ.head"), QStringList{QStringLiteral("mark")} + obligation
                                                    + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-25"), QStringLiteral("--evidence"),
                                                                  QStringLiteral("https://kgo66.ru/programs/2018"), QStringLiteral("--document"),
                                                                  QStringLiteral("№ 12 от 25.03.2019")});
    QVERIFY2(mark.exitCode == 0, mark.err.constData());
    Run returned = run(QStringLiteral("alice"), QStringList{QStringLiteral("return")} + obligation
                                                    + QStringList{QStringLiteral("--comment"), QStringLiteral("Нет отчёта по программе № 3"),
                                                                  QStringLiteral("--expect-version"), QStringLiteral("1")});
    QVERIFY2(returned.exitCode == 0, returned.err.constData());
    {
        core::Database db;
        QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
        const std::optional<core::ExecutionReport> report =
            core::ExecutionRepository(db).report(1, {QStringLiteral("5.3"), economy, QStringLiteral("2018")});
        QVERIFY(report);
        QCOMPARE(report->state, core::ExecutionReport::State::Returned);
        QCOMPARE(report->verifiedBy, QStringLiteral("alice"));
        QCOMPARE(report->verificationComment, QStringLiteral("Нет отчёта по программе № 3"));
        QCOMPARE(report->documentRef, QStringLiteral("№ 12 от 25.03.2019"));
    }

    mark = run(QStringLiteral("econ.head"), QStringList{QStringLiteral("mark")} + obligation
                                                + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-28"), QStringLiteral("--evidence"),
                                                              QStringLiteral("https://kgo66.ru/programs/2018-full")});
    QVERIFY2(mark.exitCode == 0, mark.err.constData());
    const Run accepted = run(QStringLiteral("alice"), QStringList{QStringLiteral("accept")} + obligation
                                                          + QStringList{QStringLiteral("--expect-version"), QStringLiteral("3")});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QJsonObject totals = run(QStringLiteral("alice"), {QStringLiteral("status"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                                                       laterThanAnyChange, QStringLiteral("--department"), economy,
                                                       QStringLiteral("--json")})
                             .json()
                             .value(u"totals")
                             .toObject();
    QCOMPARE(totals.value(u"done_on_time").toInt(), 1);
    QCOMPARE(totals.value(u"returned").toInt(), 0);

    // 5.4 for 2019 («до 1 марта»): due 02.03.2020; extended to 31.03.2020 and done on 20.03.2020.
    const QStringList extended{QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("5.4"), QStringLiteral("--period"),
                               QStringLiteral("2019"), QStringLiteral("--department"), economy};
    const Run extend = run(QStringLiteral("alice"), QStringList{QStringLiteral("extend")} + extended
                                                        + QStringList{QStringLiteral("--to"), QStringLiteral("2020-03-31"), QStringLiteral("--reason"),
                                                                      QStringLiteral("Декларация на согласовании")});
    QVERIFY2(extend.exitCode == 0, extend.err.constData());
    QVERIFY(extend.text().contains(QStringLiteral("2020-03-31")));
    QCOMPARE(run(QStringLiteral("econ.head"), QStringList{QStringLiteral("mark")} + extended
                                                  + QStringList{QStringLiteral("--done"), QStringLiteral("2020-03-20")})
                 .exitCode,
             0);
    QCOMPARE(run(QStringLiteral("alice"), QStringList{QStringLiteral("accept")} + extended + QStringList{QStringLiteral("--force")}).exitCode, 0);
    totals = run(QStringLiteral("alice"), {QStringLiteral("status"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                                           laterThanAnyChange, QStringLiteral("--department"), economy, QStringLiteral("--json")})
                 .json()
                 .value(u"totals")
                 .toObject();
    QCOMPARE(totals.value(u"done_on_time").toInt(), 1);
    QCOMPARE(totals.value(u"done_on_time_after_extension").toInt(), 1);
    QCOMPARE(summaryProblem(totals), QString());

    const Run check = run(QStringLiteral("alice"), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestDatabaseCommands::noEventsAndActingForSomeone()
{
    const QString path = seedDatabase(QStringLiteral("noevents.sqlite"));
    // 2.1 «Постоянно, по мере изменения информации» names only groups; its first group leads.
    const QString group = QStringLiteral("Отделы Администрации");
    const QStringList quarter{QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("2.1"), QStringLiteral("--period"),
                              QStringLiteral("2018-Q2"), QStringLiteral("--department"), group};
    const Run noEvents = run(QStringLiteral("gkh.head"), QStringList{QStringLiteral("no-events")} + quarter
                                                            + QStringList{QStringLiteral("--comment"), QStringLiteral("Изменений не было")});
    QVERIFY2(noEvents.exitCode == 0, noEvents.err.constData());
    QCOMPARE(run(QStringLiteral("alice"), QStringList{QStringLiteral("accept")} + quarter + QStringList{QStringLiteral("--force")}).exitCode, 0);

    // "No events" does not apply to an activity that is not event-driven.
    const Run notEventDriven = run(QStringLiteral("econ.head"), {QStringLiteral("no-events"), QStringLiteral("--db"), path, QStringLiteral("--activity"),
                                                                 QStringLiteral("5.3"), QStringLiteral("--period"), QStringLiteral("2018"),
                                                                 QStringLiteral("--department"), economy});
    QCOMPARE(notEventDriven.exitCode, 2);

    // The monitor records a report for the head who phoned it in; the audit trail names both.
    const Run forHead = run(QStringLiteral("alice"), {QStringLiteral("mark"), QStringLiteral("--db"), path, QStringLiteral("--activity"),
                                                      QStringLiteral("5.3"), QStringLiteral("--period"), QStringLiteral("2019"),
                                                      QStringLiteral("--department"), economy, QStringLiteral("--done"), QStringLiteral("2020-03-30"),
                                                      QStringLiteral("--as"), QStringLiteral("econ.head")});
    QVERIFY2(forHead.exitCode == 0, forHead.err.constData());
    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
    const core::AuditEvent last = core::AuditLog(db).events().constLast();
    QCOMPARE(last.login, QStringLiteral("alice"));
    QCOMPARE(last.onBehalfOf, QStringLiteral("econ.head"));
    QCOMPARE(last.after.value(u"reported_by").toString(), QStringLiteral("econ.head"));
    db.close();

    const QJsonObject totals = run(QStringLiteral("alice"), {QStringLiteral("status"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                                                             laterThanAnyChange, QStringLiteral("--json")})
                                   .json()
                                   .value(u"totals")
                                   .toObject();
    QCOMPARE(totals.value(u"not_applicable").toInt(), 1);
    QCOMPARE(totals.value(u"awaiting_verification").toInt(), 1);
}

void TestDatabaseCommands::doubtfulDatesNeedForce()
{
    const QString path = seedDatabase(QStringLiteral("doubtful.sqlite"));
    // 5.3 for 2019 reports on the year 2019: done in December 2018 is doubtful, recorded only with --force.
    const QStringList obligation{QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("5.3"), QStringLiteral("--period"),
                                 QStringLiteral("2019"), QStringLiteral("--department"), economy};
    const QStringList mark = QStringList{QStringLiteral("mark")} + obligation + QStringList{QStringLiteral("--done"), QStringLiteral("2018-12-20")};
    const QByteArray before = fileHash(path);
    const Run doubtful = run(QStringLiteral("econ.head"), mark);
    QCOMPARE(doubtful.exitCode, 2);
    QVERIFY2(doubtful.text().contains(QStringLiteral("2019-01-01")) && doubtful.text().contains(QStringLiteral("--force")), doubtful.err.constData());
    QCOMPARE(fileHash(path), before);
    const Run forced = run(QStringLiteral("econ.head"), mark + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());

    // The roadmap ends on 31.12.2020: an extension to 2030 is doubtful.
    const QStringList extend = QStringList{QStringLiteral("extend")} + obligation
        + QStringList{QStringLiteral("--to"), QStringLiteral("2030-03-29"), QStringLiteral("--reason"), QStringLiteral("Новый срок")};
    const Run far = run(QStringLiteral("alice"), extend);
    QCOMPARE(far.exitCode, 2);
    QVERIFY2(far.text().contains(QStringLiteral("2020-12-31")) && far.text().contains(QStringLiteral("--force")), far.err.constData());
    const Run farForced = run(QStringLiteral("alice"), extend + QStringList{QStringLiteral("--force")});
    QVERIFY2(farForced.exitCode == 0, farForced.err.constData());
}

void TestDatabaseCommands::extendingToADayOffSaysWhenItFallsDue()
{
    const QString path = seedDatabase(QStringLiteral("dayoff.sqlite"));
    // 5.4 for 2019 («до 1 марта»): due 02.03.2020. Saturday 07.03.2020 is followed by 8 March on a
    // Sunday, whose day off moves to Monday 09.03: the extension falls due on Tuesday 10.03.2020.
    const QStringList obligation{QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("5.4"), QStringLiteral("--period"),
                                 QStringLiteral("2019"), QStringLiteral("--department"), economy};
    const Run extend = run(QStringLiteral("alice"), QStringList{QStringLiteral("extend")} + obligation
                                                        + QStringList{QStringLiteral("--to"), QStringLiteral("2020-03-07"), QStringLiteral("--reason"),
                                                                      QStringLiteral("Декларация на согласовании")});
    QVERIFY2(extend.exitCode == 0, extend.err.constData());
    QVERIFY2(extend.text().contains(QStringLiteral("2020-03-07 is a day off: the deadline falls on 2020-03-10")), extend.out.constData());
    // A working day gets no warning.
    const Run working = run(QStringLiteral("alice"), QStringList{QStringLiteral("extend")} + obligation
                                                         + QStringList{QStringLiteral("--to"), QStringLiteral("2020-03-31"), QStringLiteral("--reason"),
                                                                       QStringLiteral("Ещё месяц")});
    QVERIFY2(working.exitCode == 0, working.err.constData());
    QVERIFY(!working.text().contains(QStringLiteral("day off")));
}

void TestDatabaseCommands::badInput_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");

    const QString db = QStringLiteral("@DB@");
    const QStringList obligation{QStringLiteral("--db"), db, QStringLiteral("--activity"), QStringLiteral("5.3"), QStringLiteral("--period"),
                                 QStringLiteral("2018"), QStringLiteral("--department"), economy};
    const QString head = QStringLiteral("econ.head");
    QTest::newRow("bad done date") << head << QStringList{QStringLiteral("mark")} + obligation + QStringList{QStringLiteral("--done"), QStringLiteral("2019-02-30")}
                                   << QStringLiteral("2019-02-30");
    QTest::newRow("done date in words") << head << QStringList{QStringLiteral("mark")} + obligation + QStringList{QStringLiteral("--done"), QStringLiteral("вчера")}
                                        << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("done date with a time") << head
                                           << QStringList{QStringLiteral("mark")} + obligation
                                                  + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-31T10:00")}
                                           << QStringLiteral("2019-03-31T10:00");
    QTest::newRow("year 0000") << head << QStringList{QStringLiteral("mark")} + obligation + QStringList{QStringLiteral("--done"), QStringLiteral("0000-03-31")}
                               << QStringLiteral("0000");
    QTest::newRow("done date in the future") << head
                                             << QStringList{QStringLiteral("mark")} + obligation
                                                    + QStringList{QStringLiteral("--done"), QStringLiteral("2099-03-31"), QStringLiteral("--force")}
                                             << QStringLiteral("2099-03-31");
    QTest::newRow("extension with a time") << QStringLiteral("alice")
                                           << QStringList{QStringLiteral("extend")} + obligation
                                                  + QStringList{QStringLiteral("--to"), QStringLiteral("2019-05-01 10:00"), QStringLiteral("--reason"),
                                                                QStringLiteral("r")}
                                           << QStringLiteral("2019-05-01 10:00");
    QTest::newRow("done date missing") << head << QStringList{QStringLiteral("mark")} + obligation << QStringLiteral("--done");
    QTest::newRow("unknown activity") << head
                                      << QStringList{QStringLiteral("mark"), QStringLiteral("--db"), db, QStringLiteral("--activity"), QStringLiteral("99.9"),
                                                     QStringLiteral("--period"), QStringLiteral("2018"), QStringLiteral("--department"), economy,
                                                     QStringLiteral("--done"), QStringLiteral("2019-03-01")}
                                      << QStringLiteral("99.9");
    QTest::newRow("unknown period") << head
                                    << QStringList{QStringLiteral("mark"), QStringLiteral("--db"), db, QStringLiteral("--activity"), QStringLiteral("5.3"),
                                                   QStringLiteral("--period"), QStringLiteral("2017"), QStringLiteral("--department"), economy,
                                                   QStringLiteral("--done"), QStringLiteral("2019-03-01")}
                                    << QStringLiteral("2017");
    QTest::newRow("missing period") << head
                                    << QStringList{QStringLiteral("mark"), QStringLiteral("--db"), db, QStringLiteral("--activity"), QStringLiteral("5.3"),
                                                   QStringLiteral("--department"), economy, QStringLiteral("--done"), QStringLiteral("2019-03-01")}
                                    << QStringLiteral("--period");
    QTest::newRow("missing db") << head << QStringList{QStringLiteral("status")} << QStringLiteral("--db");
    QTest::newRow("bad evidence") << head << QStringList{QStringLiteral("mark")} + obligation
                                                 + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-01"), QStringLiteral("--evidence"),
                                                               QStringLiteral("kgo66.ru")}
                                  << QStringLiteral("kgo66.ru");
    QTest::newRow("return without comment") << QStringLiteral("alice") << QStringList{QStringLiteral("return")} + obligation << QStringLiteral("--comment");
    QTest::newRow("extend without reason") << QStringLiteral("alice")
                                           << QStringList{QStringLiteral("extend")} + obligation + QStringList{QStringLiteral("--to"), QStringLiteral("2019-05-01")}
                                           << QStringLiteral("--reason");
    QTest::newRow("extend before the due date") << QStringLiteral("alice")
                                                << QStringList{QStringLiteral("extend")} + obligation
                                                       + QStringList{QStringLiteral("--to"), QStringLiteral("2019-03-01"), QStringLiteral("--reason"),
                                                                     QStringLiteral("r")}
                                                << QStringLiteral("2019-04-01");
    QTest::newRow("bad as-of") << head << QStringList{QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("30.06.2021")}
                               << QStringLiteral("30.06.2021");
    QTest::newRow("unknown option") << head << QStringList{QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
    QTest::newRow("bad expect-version") << head << QStringList{QStringLiteral("mark")} + obligation
                                                       + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-01"),
                                                                     QStringLiteral("--expect-version"), QStringLiteral("latest")}
                                        << QStringLiteral("--expect-version");
}

void TestDatabaseCommands::badInput()
{
    QFETCH(QString, login);
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const QString path = seedDatabase(QStringLiteral("bad-input.sqlite"));
    arguments.replaceInStrings(QStringLiteral("@DB@"), path);
    const QByteArray before = fileHash(path);
    const Run result = run(login, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(mentioned), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(fileHash(path), before);
}

void TestDatabaseCommands::notPermitted_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");

    const QString db = QStringLiteral("@DB@");
    const QStringList economyObligation{QStringLiteral("--db"), db, QStringLiteral("--activity"), QStringLiteral("5.3"), QStringLiteral("--period"),
                                        QStringLiteral("2018"), QStringLiteral("--department"), economy};
    const QStringList done{QStringLiteral("--done"), QStringLiteral("2019-03-01")};
    QTest::newRow("viewer marks") << QStringLiteral("viewer") << QStringList{QStringLiteral("mark")} + economyObligation + done << QStringLiteral("viewer");
    QTest::newRow("stranger marks") << QStringLiteral("mallory") << QStringList{QStringLiteral("mark")} + economyObligation + done
                                    << QStringLiteral("mallory");
    QTest::newRow("head marks for another department") << QStringLiteral("gkh.head") << QStringList{QStringLiteral("mark")} + economyObligation + done
                                                       << economy;
    QTest::newRow("head accepts") << QStringLiteral("econ.head")
                                  << QStringList{QStringLiteral("accept")} + economyObligation + QStringList{QStringLiteral("--expect-version"), QStringLiteral("1")}
                                  << QStringLiteral("econ.head");
    QTest::newRow("head extends") << QStringLiteral("econ.head")
                                  << QStringList{QStringLiteral("extend")} + economyObligation
                                         + QStringList{QStringLiteral("--to"), QStringLiteral("2019-05-01"), QStringLiteral("--reason"), QStringLiteral("r")}
                                  << QStringLiteral("econ.head");
    QTest::newRow("head uses --as") << QStringLiteral("gkh.head")
                                    << QStringList{QStringLiteral("mark")} + economyObligation + done + QStringList{QStringLiteral("--as"), QStringLiteral("econ.head")}
                                    << QStringLiteral("gkh.head");
    QTest::newRow("viewer adds a user") << QStringLiteral("viewer")
                                        << QStringList{QStringLiteral("user"), QStringLiteral("--db"), db, QStringLiteral("--login"), QStringLiteral("v2"),
                                                       QStringLiteral("--role"), QStringLiteral("viewer")}
                                        << QStringLiteral("viewer");
    QTest::newRow("head imports") << QStringLiteral("econ.head")
                                  << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(ROADMAP_SEED_FILE)}
                                  << QStringLiteral("econ.head");
}

void TestDatabaseCommands::notPermitted()
{
    QFETCH(QString, login);
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const QString path = seedDatabase(QStringLiteral("not-permitted.sqlite"));
    // Something to accept.
    QCOMPARE(run(QStringLiteral("econ.head"), {QStringLiteral("mark"), QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("5.3"),
                                               QStringLiteral("--period"), QStringLiteral("2018"), QStringLiteral("--department"), economy,
                                               QStringLiteral("--done"), QStringLiteral("2019-03-01")})
                 .exitCode,
             0);
    arguments.replaceInStrings(QStringLiteral("@DB@"), path);
    const QByteArray before = fileHash(path);
    const Run result = run(login, arguments);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(QString::fromUtf8(result.err).contains(mentioned), result.err.constData());
    QCOMPARE(fileHash(path), before);
}

void TestDatabaseCommands::conflicts()
{
    const QString path = seedDatabase(QStringLiteral("conflicts.sqlite"));
    const QStringList mark{QStringLiteral("mark"), QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("5.3"),
                           QStringLiteral("--period"), QStringLiteral("2018"), QStringLiteral("--department"), economy};
    QCOMPARE(run(QStringLiteral("econ.head"), mark + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-01")}).exitCode, 0);
    // The monitor, unaware of it, reports over it.
    Run conflict = run(QStringLiteral("alice"), mark + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-02")});
    QCOMPARE(conflict.exitCode, 4);
    QVERIFY2(QString::fromUtf8(conflict.err).contains(QStringLiteral("econ.head")), conflict.err.constData());
    // Based on a version that is not the newest.
    conflict = run(QStringLiteral("econ.head"), mark + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-02"),
                                                                   QStringLiteral("--expect-version"), QStringLiteral("7")});
    QCOMPARE(conflict.exitCode, 4);
    QVERIFY2(QString::fromUtf8(conflict.err).contains(QStringLiteral("version 7")), conflict.err.constData());
    // With the version seen, the change goes through; the same version again is stale.
    const QStringList replace = mark + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-03"), QStringLiteral("--expect-version"),
                                                   QStringLiteral("1")};
    QCOMPARE(run(QStringLiteral("econ.head"), replace).exitCode, 0);
    conflict = run(QStringLiteral("alice"), replace + QStringList{QStringLiteral("--as"), QStringLiteral("econ.head")});
    QCOMPARE(conflict.exitCode, 4);
    QVERIFY2(QString::fromUtf8(conflict.err).contains(QStringLiteral("version 2")), conflict.err.constData());
    // Accepting on the stale version too.
    const Run accept = run(QStringLiteral("alice"), {QStringLiteral("accept"), QStringLiteral("--db"), path, QStringLiteral("--activity"),
                                                     QStringLiteral("5.3"), QStringLiteral("--period"), QStringLiteral("2018"),
                                                     QStringLiteral("--department"), economy, QStringLiteral("--expect-version"), QStringLiteral("1")});
    QCOMPARE(accept.exitCode, 4);
    // A version of a report nobody has made.
    const Run none = run(QStringLiteral("econ.head"), {QStringLiteral("mark"), QStringLiteral("--db"), path, QStringLiteral("--activity"),
                                                       QStringLiteral("5.3"), QStringLiteral("--period"), QStringLiteral("2019"),
                                                       QStringLiteral("--department"), economy, QStringLiteral("--done"), QStringLiteral("2020-03-01"),
                                                       QStringLiteral("--expect-version"), QStringLiteral("2")});
    QCOMPARE(none.exitCode, 4);
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("check"), QStringLiteral("--db"), path}).exitCode, 0);
}

void TestDatabaseCommands::verifyingNeedsTheVersionSeen()
{
    // The monitor accepts or returns what they read: without --expect-version the command would
    // verify whatever version is there by then, perhaps one changed a second ago.
    const QString path = seedDatabase(QStringLiteral("verify-version.sqlite"));
    const QStringList obligation{QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("5.3"), QStringLiteral("--period"),
                                 QStringLiteral("2018"), QStringLiteral("--department"), economy};
    QCOMPARE(run(QStringLiteral("econ.head"), QStringList{QStringLiteral("mark")} + obligation
                                                  + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-01")})
                 .exitCode,
             0);
    const QByteArray before = fileHash(path);
    for (const QStringList &verify : {QStringList{QStringLiteral("accept")} + obligation,
                                      QStringList{QStringLiteral("return")} + obligation
                                          + QStringList{QStringLiteral("--comment"), QStringLiteral("Нет ссылки")}}) {
        const Run refused = run(QStringLiteral("alice"), verify);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.errors().contains(QStringLiteral("--expect-version")) && refused.errors().contains(QStringLiteral("--force")),
                 refused.err.constData());
        QCOMPARE(fileHash(path), before);
    }
    const Run forced = run(QStringLiteral("alice"), QStringList{QStringLiteral("return")} + obligation
                                                        + QStringList{QStringLiteral("--comment"), QStringLiteral("Нет ссылки"), QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QCOMPARE(run(QStringLiteral("econ.head"), QStringList{QStringLiteral("mark")} + obligation
                                                  + QStringList{QStringLiteral("--done"), QStringLiteral("2019-03-02"), QStringLiteral("--expect-version"),
                                                                QStringLiteral("2")})
                 .exitCode,
             0);
    const Run seen = run(QStringLiteral("alice"), QStringList{QStringLiteral("accept")} + obligation
                                                      + QStringList{QStringLiteral("--expect-version"), QStringLiteral("3")});
    QVERIFY2(seen.exitCode == 0, seen.err.constData());
}

void TestDatabaseCommands::missingOrDamagedDatabase()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    for (const QStringList &arguments : {QStringList{QStringLiteral("status"), QStringLiteral("--db"), missing},
                                         QStringList{QStringLiteral("check"), QStringLiteral("--db"), missing},
                                         QStringList{QStringLiteral("mark"), QStringLiteral("--db"), missing, QStringLiteral("--activity"),
                                                     QStringLiteral("5.3"), QStringLiteral("--period"), QStringLiteral("2018"),
                                                     QStringLiteral("--department"), economy, QStringLiteral("--done"), QStringLiteral("2019-03-01")}}) {
        const Run result = run(QStringLiteral("alice"), arguments);
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(QString::fromUtf8(result.err).contains(missing), result.err.constData());
        QVERIFY(!QFile::exists(missing));
    }

    // Cut short in the middle: refused and left as it is.
    const QString truncated = seedDatabase(QStringLiteral("truncated.sqlite"));
    {
        QFile file(truncated);
        QVERIFY(file.resize(file.size() / 2));
    }
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    for (const QString &path : {truncated, garbage}) {
        const QByteArray before = fileHash(path);
        for (const QString &command : {QStringLiteral("status"), QStringLiteral("check")}) {
            const Run result = run(QStringLiteral("alice"), {command, QStringLiteral("--db"), path});
            QCOMPARE(result.exitCode, 5);
            QVERIFY2(QString::fromUtf8(result.err).contains(path), result.err.constData());
        }
        QCOMPARE(fileHash(path), before);
    }

    // A damaged page the open does not read (the audit trail's): opening stays cheap and status
    // works; `check` runs the full integrity_check, finds it, and changes nothing.
    const QString damaged = seedDatabase(QStringLiteral("damaged-page.sqlite"));
    const int pageSize = rawNumber(damaged, QStringLiteral("PRAGMA page_size"));
    const int page = rawNumber(damaged, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit_events'")) - 1;
    QVERIFY(pageSize > 0 && page > 0);
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(page) * pageSize + 8));
        file.write(QByteArray(pageSize - 16, char(0xA5)));
    }
    const QByteArray before = fileHash(damaged);
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("status"), QStringLiteral("--db"), damaged}).exitCode, 0);
    const Run check = run(QStringLiteral("alice"), {QStringLiteral("check"), QStringLiteral("--db"), damaged});
    QCOMPARE(check.exitCode, 5);
    QVERIFY2(check.text().contains(QStringLiteral("integrity_check")), qPrintable(check.text()));
    QCOMPARE(fileHash(damaged), before);
}

void TestDatabaseCommands::namesArePrintedWithoutControlCharacters()
{
    const QString path = seedDatabase(QStringLiteral("control-characters.sqlite"));
    // Written with the sqlite3 shell: an escape sequence that would clear the terminal, and a
    // right-to-left override that would turn the rest of the line around.
    QCOMPARE(rawExec(path, QStringLiteral("UPDATE users SET display_name = 'Mallory' || char(27) || '[2J' || char(8238) || 'txt.exe' "
                                          "WHERE login = 'viewer'")),
             QString());
    const Run users = run(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("--db"), path});
    QCOMPARE(users.exitCode, 0);
    QVERIFY2(!users.output().contains(QChar(0x1B)) && !users.output().contains(QChar(0x202E)), users.out.constData());
    QVERIFY2(users.output().contains(QStringLiteral("Mallory<U+001B>[2J<U+202E>txt.exe")), users.out.constData());
    // Saving such a name is refused, and the message carries none of it either.
    const Run saved = run(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("--db"), path, QStringLiteral("--login"),
                                                    QStringLiteral("eve") + QChar(0x200B), QStringLiteral("--role"), QStringLiteral("viewer")});
    QCOMPARE(saved.exitCode, 2);
    QVERIFY2(saved.errors().contains(QStringLiteral("U+200B")) && !saved.errors().contains(QChar(0x200B)), saved.err.constData());
}

void TestDatabaseCommands::checkFindsATamperedRow()
{
    const QString path = seedDatabase(QStringLiteral("tampered.sqlite"));
    QCOMPARE(run(QStringLiteral("econ.head"), {QStringLiteral("mark"), QStringLiteral("--db"), path, QStringLiteral("--activity"), QStringLiteral("5.3"),
                                               QStringLiteral("--period"), QStringLiteral("2018"), QStringLiteral("--department"), economy,
                                               QStringLiteral("--done"), QStringLiteral("2019-04-10")})
                 .exitCode,
             0);
    Run check = run(QStringLiteral("alice"), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(check.exitCode, 0);
    // Someone makes the late report look on time with the sqlite3 shell.
    QCOMPARE(rawExec(path, QStringLiteral("UPDATE execution_reports SET done_date = '2019-03-29'")), QString());
    check = run(QStringLiteral("alice"), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(check.exitCode, 5);
    const QString text = check.text();
    for (const QString &expected : {QStringLiteral("done_date"), QStringLiteral("2019-03-29"), QStringLiteral("2019-04-10"), QStringLiteral("5.3")})
        QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestDatabaseCommands::backupIsAccepted()
{
    const QString copy = m_dir->filePath(QStringLiteral("demo-backup.sqlite"));
    const QByteArray before = fileHash(m_demo);
    const Run backup = run(QStringLiteral("demo.creator"), {QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), copy});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QCOMPARE(fileHash(m_demo), before);
    const Run check = run(QStringLiteral("demo.creator"), {QStringLiteral("check"), QStringLiteral("--db"), copy});
    QVERIFY2(check.exitCode == 0, check.text().toUtf8().constData());
    QVERIFY(check.text().contains(QStringLiteral("intact")));
    // The copy tells the same story as the original.
    const QStringList status{QStringLiteral("status"), QStringLiteral("--as-of"), QStringLiteral("2021-06-30"), QStringLiteral("--json"),
                             QStringLiteral("--db")};
    QCOMPARE(run(QStringLiteral("demo.creator"), status + QStringList{copy}).out, run(QStringLiteral("demo.creator"), status + QStringList{m_demo}).out);
    // An existing file is never overwritten.
    const QByteArray copyHash = fileHash(copy);
    QCOMPARE(run(QStringLiteral("demo.creator"), {QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), copy}).exitCode, 2);
    QCOMPARE(fileHash(copy), copyHash);
}

QTEST_GUILESS_MAIN(TestDatabaseCommands)
#include "tst_databasecommands.moc"
