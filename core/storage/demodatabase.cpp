#include "demodatabase.h"

#include "userrepository.h"

#include "administration.h"
#include "database.h"
#include "executionworkflow.h"
#include "roadmapdocumentimporter.h"
#include "roadmaprepository.h"
#include "snapshotloader.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace core {

namespace {

struct DemoPerson {
    const char16_t *department;
    const char *login;
    const char16_t *name;
};

// Heads of the seed's departments; others get generated logins.
constexpr DemoPerson demoHeads[] = {
    {u"Отдел по организационной работе", "org.head", u"Смирнова Елена Викторовна"},
    {u"Отдел экономики и стратегического развития", "econ.head", u"Кузнецов Андрей Петрович"},
    {u"Отдел городского хозяйства, транспорта и связи", "gkh.head", u"Попов Сергей Николаевич"},
    {u"Отдел по культуре, спорту и молодежной политике", "culture.head", u"Васильева Ольга Игоревна"},
    {u"Финансовое управление", "finance.head", u"Морозова Татьяна Александровна"},
    {u"Отдел по правовой работе и муниципальной службе", "legal.head", u"Волков Дмитрий Сергеевич"},
    {u"МУ «Информационный центр»", "infocenter.head", u"Лебедева Анна Михайловна"},
};

const QString verifierLogin = QStringLiteral("org.monitor");

/// A number in [0, 1) that depends only on the text: the history is the same on every run.
double fraction(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(digest[i]);
    return value / 4294967296.0;
}

int spread(const QString &text, int range)
{
    return int(fraction(text + QStringLiteral("#spread")) * range);
}

/// One planned step of the history.
struct Step {
    QDateTime at;
    int order = 0; ///< keeps steps of one obligation in sequence when they share a time
    std::function<StorageError(ExecutionWorkflow &)> run;
};

QDateTime workingHour(QDate date, const QString &salt)
{
    return QDateTime(date, QTime(9 + spread(salt, 8), spread(salt + u'm', 60)), Qt::UTC);
}

} // namespace

StorageError DemoDatabase::populate(Database &db, const QString &creatorLogin, QDate historyEnd)
{
    const RoadmapImportResult imported = RoadmapDocumentImporter().importFile(QStringLiteral(":/seed/kachkanar-openness-roadmap-2018.txt"));
    if (!imported.ok())
        return StorageError::make(StorageError::Kind::InvalidInput, imported.error);
    Roadmap roadmap = imported.roadmap;
    roadmap.sourceName = QStringLiteral("kachkanar-openness-roadmap-2018.txt");

    QDateTime now = QDateTime(roadmap.actDate, QTime(10, 0), Qt::UTC);
    const auto clock = [&now] { return now; };
    const Actor creator{creatorLogin, {}};

    return db.write([&]() -> StorageError {
        Administration administration(db, clock);
        if (StorageError error = administration.bootstrapCreator(creatorLogin))
            return error;
        if (StorageError error = administration.importRoadmap(creator, &roadmap))
            return error;
        if (StorageError error = administration.markAsDemo(creator))
            return error;

        // People: a second monitor who verifies, a head for every department, the head of the district as viewer.
        QList<User> people;
        people.append({verifierLogin, QStringLiteral("Никитина Марина Юрьевна"), User::Role::Monitor,
                       QStringLiteral("Отдел по организационной работе"), true, 0});
        people.append({QStringLiteral("glava"), QStringLiteral("Глава городского округа"), User::Role::Viewer, {}, true, 0});
        QHash<QString, QString> headOf;
        int generated = 0;
        for (const Department &department : roadmap.departments) {
            const auto known = std::find_if(std::begin(demoHeads), std::end(demoHeads), [&](const DemoPerson &p) {
                return department.name == QStringView(p.department);
            });
            User head;
            head.role = User::Role::DepartmentHead;
            head.department = department.name;
            if (known != std::end(demoHeads)) {
                head.login = QString::fromLatin1(known->login);
                head.displayName = QString::fromUtf16(known->name);
            } else {
                head.login = QStringLiteral("head%1").arg(++generated, 2, 10, QChar(u'0'));
                head.displayName = QCoreApplication::translate("core", "Head: %1").arg(department.name);
            }
            headOf.insert(department.name, head.login);
            people.append(head);
        }
        for (const User &person : people) {
            // The creator may carry one of the demo logins: they stay the monitor and report in that place.
            if (person.login == creatorLogin)
                continue;
            if (StorageError error = administration.saveUser(creator, person, 0))
                return error;
        }
        // Whoever creates the demo works in the organisational department, as the people who
        // run roadmaps do: their status reports are signed by its head.
        if (std::optional<User> me = UserRepository(db).user(creatorLogin); me && me->department.isEmpty()) {
            me->department = QStringLiteral("Отдел по организационной работе");
            if (StorageError error = administration.saveUser(creator, *me, me->version))
                return error;
        }

        StorageError error;
        const std::optional<RoadmapSnapshot> snapshot = loadSnapshot(db, roadmap.id, &error);
        if (!snapshot)
            return error;

        // Plan the history obligation by obligation, then play it in time order.
        QList<Step> steps;
        const qint64 id = roadmap.id;
        for (const Obligation &obligation : snapshot->obligations()) {
            const ObligationKey key = obligation.key;
            const QString salt = key.activity + u'|' + key.department + u'|' + key.period;
            const double r = fraction(salt);
            const QDate due = obligation.legalDue;
            if (due > historyEnd.addDays(20))
                continue;
            // Group-led obligations are reported by the head of the first department, or the monitor.
            const QString reporter = headOf.value(key.department, verifierLogin);
            const Actor reporterActor{reporter, {}};
            const Actor verifier{verifierLogin, {}};
            int order = 0;
            const auto plan = [&](QDateTime at, std::function<StorageError(ExecutionWorkflow &)> run) {
                if (at.date() <= historyEnd)
                    steps.append({at, order++, std::move(run)});
            };
            const QDate earliest = std::max(obligation.periodStart, roadmap.periodStart);
            const auto clampDone = [&](QDate done) { return std::max(done, earliest); };
            const ExecutionInput evidence{
                {},
                QStringLiteral("https://kgo66.ru/openness/%1/%2").arg(key.activity, key.period),
                QStringLiteral("служебная записка № %1").arg(100 + spread(salt + u'd', 800)),
                {}};
            const auto report = [&](QDate done, const QString &suffix = {}) {
                ExecutionInput input = evidence;
                input.doneDate = done;
                input.comment = suffix;
                plan(workingHour(done, salt + suffix), [=](ExecutionWorkflow &w) {
                    const std::optional<int> version = std::nullopt;
                    return w.reportExecution(reporterActor, id, key, input, version);
                });
            };
            const auto accept = [&](QDate on) {
                plan(workingHour(on, salt + u'a'), [=](ExecutionWorkflow &w) { return w.accept(verifier, id, key); });
            };

            if (r < 0.60) { // on time
                const QDate done = clampDone(due.addDays(-spread(salt, 9)));
                report(done);
                accept(done.addDays(1 + spread(salt + u'v', 6)));
            } else if (r < 0.70 && obligation.eventDriven) { // nothing happened this quarter
                const QDate on = clampDone(due.addDays(-spread(salt, 6)));
                plan(workingHour(on, salt), [=](ExecutionWorkflow &w) {
                    return w.reportNoEvents(reporterActor, id, key, QStringLiteral("Изменений информации в отчетном квартале не было"));
                });
                accept(on.addDays(1 + spread(salt + u'v', 5)));
            } else if (r < 0.79) { // late
                const QDate done = due.addDays(1 + spread(salt, 45));
                report(done);
                accept(done.addDays(1 + spread(salt + u'v', 6)));
            } else if (r < 0.86) { // returned, then redone
                const QDate done = clampDone(due.addDays(-spread(salt, 5)));
                report(done);
                const QDate returned = done.addDays(2);
                plan(workingHour(returned, salt + u'r'), [=](ExecutionWorkflow &w) {
                    return w.returnForRework(verifier, id, key, QStringLiteral("Нет ссылки на размещённый документ, дополните"));
                });
                const QDate redone = returned.addDays(3 + spread(salt + u'x', 12));
                report(redone, QStringLiteral("Ссылка добавлена"));
                accept(redone.addDays(1 + spread(salt + u'v', 4)));
            } else if (r < 0.91) { // extended, then done within the new date
                const QDate granted = due.addDays(-5);
                const QDate newDue = due.addDays(30);
                plan(workingHour(granted, salt + u'e'), [=](ExecutionWorkflow &w) {
                    return w.grantExtension(verifier, id, key, newDue, QStringLiteral("Ожидается утверждение документа"));
                });
                const QDate done = due.addDays(5 + spread(salt, 20));
                report(done);
                accept(done.addDays(1 + spread(salt + u'v', 4)));
            } else if (r < 0.94) { // returned and not redone yet
                const QDate done = clampDone(due.addDays(-spread(salt, 5)));
                report(done);
                plan(workingHour(done.addDays(3), salt + u'r'), [=](ExecutionWorkflow &w) {
                    return w.returnForRework(verifier, id, key, QStringLiteral("Информация размещена не в полном объёме"));
                });
            }
            // Otherwise never done: it stays overdue.
        }
        std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });

        ExecutionWorkflow workflow(db, clock);
        for (const Step &step : steps) {
            now = step.at;
            if (StorageError stepError = step.run(workflow))
                return stepError;
        }
        return StorageError();
    });
}

} // namespace core
