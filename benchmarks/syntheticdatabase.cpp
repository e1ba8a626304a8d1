#include "syntheticdatabase.h"

#include "administration.h"
#include "database.h"
#include "executionworkflow.h"
#include "snapshotloader.h"

#include <QRandomGenerator>

#include <algorithm>

namespace bench {

namespace {

/// One planned step of a roadmap's history, played in time order.
struct Step {
    QDateTime at;
    std::function<core::StorageError(core::ExecutionWorkflow &)> run;
};

QDateTime workingHour(QDate date, QRandomGenerator &random)
{
    return QDateTime(date, QTime(9 + int(random.bounded(8)), int(random.bounded(60))), Qt::UTC);
}

} // namespace

QString SyntheticDatabase::headLogin(int departmentIndex)
{
    return QStringLiteral("head%1").arg(departmentIndex + 1, 2, 10, QChar(u'0'));
}

core::StorageError SyntheticDatabase::populate(core::Database &db, const SyntheticShape &shape, SyntheticCounts *counts,
                                               const std::function<void(int)> &progress)
{
    const QString monitor = QString::fromLatin1(monitorLogin);
    const core::Actor monitorActor{monitor, {}};
    QDateTime now = QDateTime(QDate(shape.firstYear, 1, 15), QTime(10, 0), Qt::UTC);
    const auto clock = [&now] { return now; };
    core::Administration administration(db, clock);
    core::ExecutionWorkflow workflow(db, clock);

    // The monitor now; a head for each department once a roadmap has brought it into the database.
    const QList<core::Department> departments = SyntheticRoadmap::departments();
    QHash<QString, QString> headOf;
    core::StorageError error = administration.bootstrapCreator(monitor, QStringLiteral("Контролёр синтетических данных"));
    if (error)
        return error;
    const auto addHeads = [&](const core::Roadmap &roadmap) -> core::StorageError {
        for (int i = 0; i < departments.size(); ++i) {
            if (headOf.contains(departments[i].name) || !roadmap.department(departments[i].name))
                continue;
            core::User head;
            head.login = headLogin(i);
            head.displayName = QStringLiteral("Руководитель: %1").arg(departments[i].name);
            head.role = core::User::Role::DepartmentHead;
            head.department = departments[i].name;
            headOf.insert(head.department, head.login);
            if (core::StorageError e = administration.saveUser(monitorActor, head, 0))
                return e;
        }
        return {};
    };

    const QDate historyEnd = shape.historyEnd();
    for (int number = 1; number <= shape.roadmaps; ++number) {
        core::Roadmap roadmap = SyntheticRoadmap::make(shape, number);
        for (const core::Activity &activity : std::as_const(roadmap.activities)) {
            if (!activity.rule.isValid())
                return core::StorageError::make(core::StorageError::Kind::InvalidInput,
                                                QStringLiteral("the parser does not read «%1»: %2")
                                                    .arg(activity.deadlineText, activity.rule.reviewReason));
        }
        QRandomGenerator random(shape.seed * 7919u + quint32(number));
        error = db.write([&]() -> core::StorageError {
            now = QDateTime(roadmap.actDate, QTime(10, 0), Qt::UTC);
            if (core::StorageError e = administration.importRoadmap(monitorActor, &roadmap))
                return e;
            if (core::StorageError e = addHeads(roadmap))
                return e;
            core::StorageError e;
            const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, roadmap.id, &e);
            if (!snapshot)
                return e;

            // The same shares as a real year of reporting: most on time, some late, returned,
            // extended, a few waiting for the monitor and a few never done.
            QList<Step> steps;
            const qint64 id = roadmap.id;
            for (const core::Obligation &obligation : snapshot->obligations()) {
                ++counts->obligations;
                const core::ObligationKey key = obligation.key;
                const QDate due = obligation.legalDue;
                if (due > historyEnd.addDays(20)) {
                    ++counts->notYetDue;
                    continue;
                }
                const core::Actor reporter{headOf.value(key.department, monitor), {}};
                const QDate earliest = std::max(obligation.periodStart, roadmap.periodStart);
                const auto clampDone = [&](QDate done) { return std::max(done, earliest); };
                const int evidence = int(random.bounded(900));
                const auto plan = [&](QDate on, std::function<core::StorageError(core::ExecutionWorkflow &)> run) {
                    if (on <= historyEnd)
                        steps.append({workingHour(on, random), std::move(run)});
                };
                const auto report = [&](QDate done, const QString &comment = {}) {
                    const core::ExecutionInput input{done, QStringLiteral("https://synthetic.example/%1/%2/%3").arg(id).arg(key.activity, key.period),
                                                     QStringLiteral("служебная записка № %1").arg(100 + evidence), comment};
                    plan(done, [=](core::ExecutionWorkflow &w) {
                        return w.reportExecution(reporter, id, key, input, std::nullopt);
                    });
                };
                const auto accept = [&](QDate on) {
                    plan(on, [=](core::ExecutionWorkflow &w) { return w.accept(monitorActor, id, key); });
                };
                const auto returnIt = [&](QDate on, const QString &why) {
                    plan(on, [=](core::ExecutionWorkflow &w) { return w.returnForRework(monitorActor, id, key, why); });
                };

                const int r = int(random.bounded(100));
                if (r < 62) {
                    const QDate done = clampDone(due.addDays(-int(random.bounded(9))));
                    report(done);
                    accept(done.addDays(1 + int(random.bounded(6))));
                    ++counts->onTime;
                } else if (r < 74) {
                    const QDate done = due.addDays(1 + int(random.bounded(45)));
                    report(done);
                    accept(done.addDays(1 + int(random.bounded(6))));
                    ++counts->late;
                } else if (r < 81) {
                    const QDate done = clampDone(due.addDays(-int(random.bounded(5))));
                    report(done);
                    returnIt(done.addDays(2), QStringLiteral("Нет ссылки на размещённый документ, дополните"));
                    const QDate redone = done.addDays(5 + int(random.bounded(12)));
                    report(redone, QStringLiteral("Ссылка добавлена"));
                    accept(redone.addDays(1 + int(random.bounded(4))));
                    ++counts->returnedRedone;
                } else if (r < 87) {
                    const QDate newDue = due.addDays(30);
                    plan(due.addDays(-5), [=](core::ExecutionWorkflow &w) {
                        return w.grantExtension(monitorActor, id, key, newDue, QStringLiteral("Ожидается утверждение документа"));
                    });
                    const QDate done = due.addDays(5 + int(random.bounded(20)));
                    report(done);
                    accept(done.addDays(1 + int(random.bounded(4))));
                    ++counts->extended;
                } else if (r < 90) {
                    const QDate done = clampDone(due.addDays(-int(random.bounded(5))));
                    report(done);
                    returnIt(done.addDays(3), QStringLiteral("Информация размещена не в полном объёме"));
                    ++counts->returnedOpen;
                } else if (r < 94) {
                    report(clampDone(due.addDays(-int(random.bounded(5)))));
                    ++counts->awaitingVerification;
                } else {
                    ++counts->neverDone;
                }
            }
            std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });
            for (const Step &step : std::as_const(steps)) {
                now = step.at;
                if (core::StorageError stepError = step.run(workflow))
                    return stepError;
            }
            counts->workflowSteps += int(steps.size());
            return {};
        });
        if (error)
            return error;
        ++counts->roadmaps;
        counts->activities += int(roadmap.activities.size());
        if (progress)
            progress(number);
    }

    // Rows as stored, not as planned: steps after historyEnd were left out.
    QSqlQuery q = db.query();
    if ((error = db.exec(q, QStringLiteral("SELECT (SELECT COUNT(*) FROM execution_reports), (SELECT COUNT(*) FROM extensions)"))))
        return error;
    if (q.next()) {
        counts->reports = q.value(0).toInt();
        counts->extensions = q.value(1).toInt();
    }
    return {};
}

} // namespace bench
