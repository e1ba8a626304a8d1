#include "workflowfixture.h"

#include "executionrepository.h"
#include "executionworkflow.h"
#include "snapshotloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using core::StorageError;

namespace {

const QString writerNow = QStringLiteral("2021-02-01T09:00:00Z");

/// One storagewriter process.
class Writer
{
public:
    Writer(const QString &db, const QString &login, int first, int count, const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral(ROADMAP_STORAGE_WRITER_EXE));
        m_process.setArguments(QStringList{QStringLiteral("--db"), db, QStringLiteral("--login"), login, QStringLiteral("--department"),
                                           fixture::economy(), QStringLiteral("--first"), QString::number(first),
                                           QStringLiteral("--count"), QString::number(count), QStringLiteral("--now"), writerNow}
                               + extra);
        m_process.start();
    }
    ~Writer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    /// The next line of its output; empty when it ended or said nothing within the timeout.
    QString readLine(int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || timer.elapsed() > timeoutMs)
                return {};
            m_process.waitForReadyRead(100);
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    bool waitUntilReady() { return readLine() == u"ready"; }

    /// Waits for the end; false when it crashed or hung.
    bool finish(int timeoutMs = 120000)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return false;
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit;
    }

    /// SIGKILL, as a power cut or a killed task would do it; returns the output it left.
    QString kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
        return QString::fromUtf8(m_process.readAllStandardOutput());
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    int exitCode() const { return m_process.exitCode(); }
    QString out() const { return m_out; }
    QString err() const { return m_err; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

QStringList acknowledged(const QString &output)
{
    QStringList keys;
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"ok "))
            keys.append(line.mid(3).trimmed());
    }
    return keys;
}

QString quickCheck(core::Database &db)
{
    QSqlQuery q = db.query();
    if (db.exec(q, QStringLiteral("PRAGMA quick_check")))
        return QStringLiteral("quick_check failed");
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result.join(u' ');
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eightWritersAtOnceLoseNothing();
    void twoChangesOfTheSameReportOneWins();
    void killedWriterLeavesTheFileIntact();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("shared.sqlite")); }
    QString goFile() const { return m_dir->filePath(QStringLiteral("go")); }
    bool startAll(std::vector<std::unique_ptr<Writer>> &writers);

    std::unique_ptr<QTemporaryDir> m_dir;
    fixture::Clock m_clock;
    qint64 m_roadmapId = 0;
    int m_eventsAfterSetup = 0;
    QList<core::Obligation> m_owed;
};

void TestConcurrentWriters::init()
{
    QElapsedTimer timer;
    timer.start();
    m_dir = fixture::scratchDir();
    QVERIFY(m_dir->isValid());
    m_clock.setDate(QDate(2018, 1, 9));
    // 60 monthly activities over 2018–2020: 2,160 obligations, all owed by one department.
    core::Database db;
    m_roadmapId = fixture::createDatabase(db, path(), fixture::monthlyRoadmap(60), m_clock.function());
    QVERIFY(m_roadmapId > 0);
    QVERIFY(!core::Administration(db, m_clock.function())
                 .saveUser({QStringLiteral("monitor"), {}},
                           fixture::user(QStringLiteral("econ.deputy"), core::User::Role::DepartmentHead, fixture::economy()), 0));
    StorageError error;
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, m_roadmapId, &error);
    QVERIFY(snapshot);
    m_owed = snapshot->obligations();
    QCOMPARE(m_owed.size(), 60 * 36);
    m_eventsAfterSetup = int(core::AuditLog(db).events().size());
    qInfo("setup: %lld ms, in %s", timer.elapsed(), qPrintable(m_dir->path()));
}

void TestConcurrentWriters::cleanup()
{
    m_dir.reset();
}

bool TestConcurrentWriters::startAll(std::vector<std::unique_ptr<Writer>> &writers)
{
    for (const std::unique_ptr<Writer> &writer : writers) {
        if (!writer->waitUntilReady())
            return false;
    }
    QFile go(goFile());
    return go.open(QIODevice::WriteOnly);
}

void TestConcurrentWriters::eightWritersAtOnceLoseNothing()
{
    constexpr int processes = 8;
    constexpr int each = 250;
    std::vector<std::unique_ptr<Writer>> writers;
    for (int i = 0; i < processes; ++i) {
        writers.push_back(std::make_unique<Writer>(path(), QStringLiteral("econ.head"), i * each, each,
                                                   QStringList{QStringLiteral("--go"), goFile()}));
    }
    QVERIFY(startAll(writers));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < processes; ++i) {
        Writer &writer = *writers[i];
        QVERIFY2(writer.finish(), qPrintable(writer.err()));
        QVERIFY2(writer.err().isEmpty(), qPrintable(writer.err()));
        QCOMPARE(writer.exitCode(), 0);
        QCOMPARE(acknowledged(writer.out()).size(), each);
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("8 writers x 250 reports: %lld ms, %.0f reports/s", elapsed, processes * each * 1000.0 / qMax<qint64>(elapsed, 1));

    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path())));
    QCOMPARE(quickCheck(db), QStringLiteral("ok"));
    const QHash<core::ObligationKey, core::ExecutionReport> reports = core::ExecutionRepository(db).reports(m_roadmapId);
    QCOMPARE(reports.size(), processes * each);
    for (int i = 0; i < processes * each; ++i) {
        const auto report = reports.constFind(m_owed.at(i).key);
        QVERIFY(report != reports.cend());
        QCOMPARE(report->version, 1);
        QCOMPARE(report->reportedBy, QStringLiteral("econ.head"));
        QCOMPARE(report->evidenceUrl, QStringLiteral("https://kgo66.ru/%1/%2").arg(m_owed.at(i).key.activity, m_owed.at(i).key.period));
    }
    int events = 0;
    const QStringList problems = core::AuditLog(db).verify(&events);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
    QCOMPARE(events, m_eventsAfterSetup + processes * each);
}

void TestConcurrentWriters::twoChangesOfTheSameReportOneWins()
{
    QElapsedTimer timer;
    timer.start();
    constexpr int rounds = 6;
    for (int round = 0; round < rounds; ++round) {
        // Even rounds: both change a pending report based on version 1. Odd rounds: both make the
        // first report of an obligation nobody has reported.
        const bool change = round % 2 == 0;
        const core::ObligationKey key = m_owed.at(round).key;
        if (change) {
            core::Database db;
            QVERIFY(!db.open(core::DatabaseLocation::sqlite(path())));
            m_clock.setDate(QDate(2021, 1, 20));
            QVERIFY(!core::ExecutionWorkflow(db, m_clock.function())
                         .reportExecution({QStringLiteral("econ.head"), {}}, m_roadmapId, key,
                                          {QDate(2021, 1, 20), QStringLiteral("https://kgo66.ru/first"), {}, {}}));
        }
        QFile::remove(goFile());
        const QStringList version = change ? QStringList{QStringLiteral("--version"), QStringLiteral("1")} : QStringList();
        std::vector<std::unique_ptr<Writer>> writers;
        writers.push_back(std::make_unique<Writer>(path(), QStringLiteral("econ.head"), round, 1,
                                                   QStringList{QStringLiteral("--go"), goFile(), QStringLiteral("--evidence"),
                                                               QStringLiteral("https://kgo66.ru/head")}
                                                       + version));
        writers.push_back(std::make_unique<Writer>(path(), QStringLiteral("econ.deputy"), round, 1,
                                                   QStringList{QStringLiteral("--go"), goFile(), QStringLiteral("--evidence"),
                                                               QStringLiteral("https://kgo66.ru/deputy")}
                                                       + version));
        QVERIFY(startAll(writers));
        for (const std::unique_ptr<Writer> &writer : writers)
            QVERIFY2(writer->finish(), qPrintable(writer->err()));

        const bool headWon = writers[0]->exitCode() == 0;
        Writer &winner = *writers[headWon ? 0 : 1];
        Writer &loser = *writers[headWon ? 1 : 0];
        const QString winnerLogin = headWon ? QStringLiteral("econ.head") : QStringLiteral("econ.deputy");
        QCOMPARE(winner.exitCode(), 0);
        QCOMPARE(winner.err(), QString());
        QCOMPARE(acknowledged(winner.out()).size(), 1);
        QCOMPARE(loser.exitCode(), 4);
        QVERIFY(acknowledged(loser.out()).isEmpty());
        QVERIFY2(loser.err().startsWith(u"error 4: "), qPrintable(loser.err()));
        // The refusal names whoever got there first.
        QVERIFY2(loser.err().contains(winnerLogin), qPrintable(loser.err()));
        QVERIFY2(loser.err().contains(change ? QStringLiteral("version 2") : QStringLiteral("version 1")), qPrintable(loser.err()));

        core::Database db;
        QVERIFY(!db.open(core::DatabaseLocation::sqlite(path())));
        const std::optional<core::ExecutionReport> report = core::ExecutionRepository(db).report(m_roadmapId, key);
        QVERIFY(report);
        QCOMPARE(report->version, change ? 2 : 1);
        QCOMPARE(report->reportedBy, winnerLogin);
        QCOMPARE(report->evidenceUrl, headWon ? QStringLiteral("https://kgo66.ru/head") : QStringLiteral("https://kgo66.ru/deputy"));
        // The audit trail holds the winner's change and nothing of the loser's.
        const core::AuditEvent last = core::AuditLog(db).events().constLast();
        QCOMPARE(last.login, winnerLogin);
        QCOMPARE(last.after.value(u"evidence_url").toString(), report->evidenceUrl);
        if (change)
            QCOMPARE(last.before.value(u"evidence_url").toString(), QStringLiteral("https://kgo66.ru/first"));
        QVERIFY(core::AuditLog(db).verify().isEmpty());
    }
    qInfo("%d rounds of two writers on one report: %lld ms", rounds, timer.elapsed());
}

void TestConcurrentWriters::killedWriterLeavesTheFileIntact()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill seed: %u", seed);
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();
    QSet<QString> allAcknowledged;
    int stillRunning = 0;
    constexpr int kills = 50;
    for (int round = 0; round < kills; ++round) {
        Writer writer(path(), QStringLiteral("econ.head"), 0, int(m_owed.size()), {QStringLiteral("--skip-reported")});
        QVERIFY(writer.waitUntilReady());
        const int waitFor = int(random.bounded(1, 6));
        QStringList seen;
        while (seen.size() < waitFor) {
            const QString line = writer.readLine();
            QVERIFY2(line.startsWith(u"ok "), qPrintable(line + writer.err()));
            seen.append(line.mid(3));
        }
        // It has thousands left to report: the kill lands in the middle of its work.
        if (writer.isRunning())
            ++stillRunning;
        seen += acknowledged(writer.kill());
        for (const QString &key : std::as_const(seen))
            allAcknowledged.insert(key);

        // Whoever opens the file next finds it whole, with everything that was acknowledged.
        core::Database db;
        const StorageError openError = db.open(core::DatabaseLocation::sqlite(path()));
        QVERIFY2(!openError, qPrintable(QStringLiteral("after kill %1: %2").arg(round + 1).arg(openError.message)));
        QCOMPARE(quickCheck(db), QStringLiteral("ok"));
        const QHash<core::ObligationKey, core::ExecutionReport> reports = core::ExecutionRepository(db).reports(m_roadmapId);
        QSet<QString> stored;
        for (auto it = reports.cbegin(); it != reports.cend(); ++it)
            stored.insert(it.key().activity + u'\t' + it.key().period);
        for (const QString &key : std::as_const(allAcknowledged))
            QVERIFY2(stored.contains(key), qPrintable(QStringLiteral("after kill %1, %2 is missing").arg(round + 1).arg(key)));
        int events = 0;
        const QStringList problems = core::AuditLog(db).verify(&events);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
        QCOMPARE(events, m_eventsAfterSetup + int(reports.size()));
    }
    QCOMPARE(stillRunning, kills);
    qInfo("%d writers killed, %lld reports acknowledged: %lld ms", kills, qint64(allAcknowledged.size()), timer.elapsed());
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
