#include "demofixture.h"

#include "auditlog.h"
#include "calendaroverrides.h"
#include "executionrepository.h"
#include "manualrule.h"
#include "roadmapediting.h"
#include "userrepository.h"

#include <QTest>

using namespace core;

namespace {

const Actor monitorActor{demo::monitor(), {}};

int reportsOf(demo::Fixture &fixture, const std::function<bool(const ObligationKey &)> &match)
{
    int count = 0;
    const QHash<ObligationKey, ExecutionReport> reports = ExecutionRepository(fixture.db).reports(fixture.roadmapId);
    for (auto it = reports.cbegin(); it != reports.cend(); ++it)
        count += match(it.key()) ? 1 : 0;
    return count;
}

Roadmap load(demo::Fixture &fixture)
{
    return RoadmapRepository(fixture.db).load(fixture.roadmapId).value_or(Roadmap());
}

} // namespace

class TestRoadmapEditing : public QObject
{
    Q_OBJECT

private slots:
    void principleTitle()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        QVERIFY(!editing.setPrincipleTitle(monitorActor, fixture.roadmapId, 2, QStringLiteral("Новое название")));
        QCOMPARE(load(fixture).principle(2)->title, QStringLiteral("Новое название"));
        QCOMPARE(editing.setPrincipleTitle(monitorActor, fixture.roadmapId, 2, QString()).kind, StorageError::Kind::InvalidInput);
        QCOMPARE(editing.setPrincipleTitle({QStringLiteral("econ.head"), {}}, fixture.roadmapId, 2, QStringLiteral("x")).kind,
                 StorageError::Kind::NotPermitted);

        QVERIFY(!editing.addPrinciple(monitorActor, fixture.roadmapId, {10, QStringLiteral("Десятый")}));
        QCOMPARE(load(fixture).principles.size(), 10);
        QCOMPARE(editing.removePrinciple(monitorActor, fixture.roadmapId, 2).kind, StorageError::Kind::InvalidInput);
        QVERIFY(!editing.removePrinciple(monitorActor, fixture.roadmapId, 10));
        QCOMPARE(load(fixture).principles.size(), 9);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void activityFieldsWithVersions()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        Activity activity = *load(fixture).activity(QStringLiteral("2.1"));
        const int version = editing.activityVersion(fixture.roadmapId, activity.number);
        QCOMPARE(version, 1);

        activity.text = QStringLiteral("Изменённый текст");
        activity.deadlineText = QStringLiteral("ежегодно до 1 марта года, следующего за отчетным");
        int newVersion = 0;
        QVERIFY(!editing.updateActivity(monitorActor, fixture.roadmapId, QStringLiteral("2.1"), activity, version, &newVersion));
        QCOMPARE(newVersion, 2);
        const Activity stored = *load(fixture).activity(QStringLiteral("2.1"));
        QCOMPARE(stored.text, QStringLiteral("Изменённый текст"));
        QCOMPARE(stored.deadlineText, activity.deadlineText);
        QVERIFY(stored.rule.isValid());

        // Someone who read version 1 is refused.
        QCOMPARE(editing.updateActivity(monitorActor, fixture.roadmapId, QStringLiteral("2.1"), activity, version).kind,
                 StorageError::Kind::Conflict);
        activity.principle = 42;
        QCOMPARE(editing.updateActivity(monitorActor, fixture.roadmapId, QStringLiteral("2.1"), activity, newVersion).kind,
                 StorageError::Kind::InvalidInput);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void renumberCarriesTheHistory()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        const QString number = QStringLiteral("1.1");
        const int reports = reportsOf(fixture, [&](const ObligationKey &key) { return key.activity == number; });
        QVERIFY(reports > 0);
        const Activity before = *load(fixture).activity(number);

        Activity after = before;
        after.number = QStringLiteral("1.99");
        QVERIFY(!editing.updateActivity(monitorActor, fixture.roadmapId, number, after, 1));
        const Roadmap roadmap = load(fixture);
        QVERIFY(!roadmap.activity(number));
        QVERIFY(roadmap.activity(QStringLiteral("1.99")));
        QCOMPARE(roadmap.activity(QStringLiteral("1.99"))->assignments, before.assignments);
        QCOMPARE(reportsOf(fixture, [&](const ObligationKey &key) { return key.activity == number; }), 0);
        QCOMPARE(reportsOf(fixture, [](const ObligationKey &key) { return key.activity == u"1.99"; }), reports);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());

        // And back, with the version the first edit left.
        QVERIFY(!editing.updateActivity(monitorActor, fixture.roadmapId, QStringLiteral("1.99"), before,
                                        editing.activityVersion(fixture.roadmapId, QStringLiteral("1.99"))));
        QCOMPARE(reportsOf(fixture, [&](const ObligationKey &key) { return key.activity == number; }), reports);
        QCOMPARE(editing.activityPosition(fixture.roadmapId, number), 0);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void ruleSetByHand()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        const QString number = QStringLiteral("2.1");
        const QString wording = QStringLiteral("ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом");
        const Activity before = *load(fixture).activity(number);
        QVERIFY(!before.manualRule.isSet());

        // Only the monitor sets rules, and only rules that read.
        QCOMPARE(editing.setActivityRule({QStringLiteral("econ.head"), {}}, fixture.roadmapId, number, wording, 1).kind,
                 StorageError::Kind::NotPermitted);
        const StorageError unreadable = editing.setActivityRule(monitorActor, fixture.roadmapId, number, QStringLiteral("когда получится"), 1);
        QCOMPARE(unreadable.kind, StorageError::Kind::InvalidInput);
        QVERIFY2(unreadable.message.contains(QStringLiteral("когда получится")), qPrintable(unreadable.message));

        int version = 0;
        QVERIFY(!editing.setActivityRule(monitorActor, fixture.roadmapId, number, wording, 1, &version));
        QCOMPARE(version, 2);
        Activity stored = *load(fixture).activity(number);
        QCOMPARE(stored.deadlineText, before.deadlineText); // the approved wording stays
        QCOMPARE(stored.manualRule.wording, wording);
        QCOMPARE(stored.manualRule.setBy, demo::monitor());
        QVERIFY(stored.manualRule.setAt.isValid());
        QCOMPARE(stored.rule.components.size(), 1);
        QCOMPARE(stored.rule.components[0].kind, DeadlineComponent::Kind::Periodic);
        QCOMPARE(stored.rule.components[0].unit, PeriodUnit::Quarter);
        QVERIFY(explainActivityRule(stored).contains(QStringLiteral("set by hand")));
        QCOMPARE(AuditLog(fixture.db).events().last().action, QStringLiteral("set_rule"));
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
        // A stale version is a conflict.
        QCOMPARE(editing.setActivityRule(monitorActor, fixture.roadmapId, number, wording, 1).kind, StorageError::Kind::Conflict);

        // Editing the text keeps the rule; renumbering carries it; new wording drops it.
        stored.text = QStringLiteral("Другой текст");
        QVERIFY(!editing.updateActivity(monitorActor, fixture.roadmapId, number, stored, version, &version));
        QCOMPARE(load(fixture).activity(number)->manualRule.wording, wording);
        stored.number = QStringLiteral("2.99");
        QVERIFY(!editing.updateActivity(monitorActor, fixture.roadmapId, number, stored, version, &version));
        QCOMPARE(load(fixture).activity(QStringLiteral("2.99"))->manualRule.wording, wording);
        stored.deadlineText = QStringLiteral("Постоянно");
        QVERIFY(!editing.updateActivity(monitorActor, fixture.roadmapId, QStringLiteral("2.99"), stored, version, &version));
        const Activity reworded = *load(fixture).activity(QStringLiteral("2.99"));
        QVERIFY(!reworded.manualRule.isSet());
        QCOMPARE(reworded.rule.components[0].kind, DeadlineComponent::Kind::Continuous);

        // Set again, then cleared: the wording is read again.
        QVERIFY(!editing.setActivityRule(monitorActor, fixture.roadmapId, QStringLiteral("2.99"), wording, version, &version));
        QVERIFY(!editing.setActivityRule(monitorActor, fixture.roadmapId, QStringLiteral("2.99"), QString(), version, &version));
        const Activity cleared = *load(fixture).activity(QStringLiteral("2.99"));
        QVERIFY(!cleared.manualRule.isSet());
        QVERIFY(cleared.manualRule.setBy.isEmpty());
        QCOMPARE(AuditLog(fixture.db).events().last().action, QStringLiteral("clear_rule"));
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void assignments()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        const Activity activity = *load(fixture).activity(QStringLiteral("1.1"));
        QList<Assignment> changed = activity.assignments;
        const QString finance = QStringLiteral("Финансовое управление");
        QVERIFY(std::none_of(changed.cbegin(), changed.cend(), [&](const Assignment &a) { return a.department == finance; }));
        changed.append({finance, AssignmentRole::CoExecutor, false});
        int version = 0;
        QVERIFY(!editing.setAssignments(monitorActor, fixture.roadmapId, activity.number, changed, 1, &version));
        QCOMPARE(version, 2);
        QCOMPARE(load(fixture).activity(activity.number)->assignments, changed);

        // A department that has reported cannot be dropped; an unknown one cannot be named.
        const QList<Assignment> withoutLead = changed.mid(1);
        QCOMPARE(editing.setAssignments(monitorActor, fixture.roadmapId, activity.number, withoutLead, version).kind,
                 StorageError::Kind::InvalidInput);
        QList<Assignment> unknown = changed;
        unknown.append({QStringLiteral("Нет такого отдела"), AssignmentRole::CoExecutor, false});
        QCOMPARE(editing.setAssignments(monitorActor, fixture.roadmapId, activity.number, unknown, version).kind,
                 StorageError::Kind::InvalidInput);
        QCOMPARE(editing.setAssignments(monitorActor, fixture.roadmapId, activity.number, activity.assignments, 1).kind,
                 StorageError::Kind::Conflict);
        QVERIFY(!editing.setAssignments(monitorActor, fixture.roadmapId, activity.number, activity.assignments, version));
        QCOMPARE(load(fixture).activity(activity.number)->assignments, activity.assignments);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void addAndRemoveActivities()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        Activity activity;
        activity.number = QStringLiteral("3.20");
        activity.principle = 3;
        activity.text = QStringLiteral("Новое мероприятие");
        activity.deadlineText = QStringLiteral("2021 год");
        activity.assignments = {{demo::economy(), AssignmentRole::Lead, false}};
        QVERIFY(!editing.addActivity(monitorActor, fixture.roadmapId, activity));
        const Roadmap roadmap = load(fixture);
        QVERIFY(roadmap.activity(QStringLiteral("3.20")));
        QCOMPARE(roadmap.activity(QStringLiteral("3.20"))->assignments, activity.assignments);
        QCOMPARE(roadmap.activities.last().number, QStringLiteral("3.20"));
        QCOMPARE(editing.addActivity(monitorActor, fixture.roadmapId, activity).kind, StorageError::Kind::InvalidInput);

        const int version = editing.activityVersion(fixture.roadmapId, activity.number);
        QVERIFY(!editing.removeActivity(monitorActor, fixture.roadmapId, activity.number, version));
        QVERIFY(!load(fixture).activity(QStringLiteral("3.20")));
        // An activity with reports stays.
        QCOMPARE(editing.removeActivity(monitorActor, fixture.roadmapId, QStringLiteral("1.1"), 1).kind, StorageError::Kind::InvalidInput);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void renameDepartmentEverywhere()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        const QString old = demo::economy();
        const QString renamed = QStringLiteral("Отдел экономики");
        const int reports = reportsOf(fixture, [&](const ObligationKey &key) { return key.department == old; });
        QVERIFY(reports > 0);
        const Department before = *load(fixture).department(old);

        Department after = before;
        after.name = renamed;
        after.head = QStringLiteral("Кузнецов А. П.");
        int version = 0;
        QVERIFY(!editing.updateDepartment(monitorActor, old, after, 1, &version));
        QCOMPARE(version, 2);
        const Roadmap roadmap = load(fixture);
        QVERIFY(!roadmap.department(old));
        QCOMPARE(roadmap.department(renamed)->head, QStringLiteral("Кузнецов А. П."));
        QCOMPARE(UserRepository(fixture.db).user(QStringLiteral("econ.head"))->department, renamed);
        QCOMPARE(reportsOf(fixture, [&](const ObligationKey &key) { return key.department == renamed; }), reports);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());

        // A name in use is refused; deactivation keeps the department.
        Department clash = after;
        clash.name = QStringLiteral("Финансовое управление");
        QCOMPARE(editing.updateDepartment(monitorActor, renamed, clash, version).kind, StorageError::Kind::InvalidInput);
        after.active = false;
        QVERIFY(!editing.updateDepartment(monitorActor, renamed, after, version, &version));
        QCOMPARE(load(fixture).department(renamed)->active, false);
        QCOMPARE(editing.removeDepartment(monitorActor, renamed, version).kind, StorageError::Kind::InvalidInput);

        Department fresh;
        fresh.name = QStringLiteral("Отдел новых дел");
        QVERIFY(!editing.addDepartment(monitorActor, fresh));
        QCOMPARE(editing.addDepartment(monitorActor, fresh).kind, StorageError::Kind::InvalidInput);
        QVERIFY(!editing.removeDepartment(monitorActor, fresh.name, 1));
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void invisibleCharactersInNamesAreRefused()
    {
        // A BOM once made a nameless-looking department and a false alarm in `check`.
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        const int events = AuditLog(fixture.db).events().size();
        for (const char32_t code : {0xFEFFu, 0x200Bu, 0x202Eu, 0x2067u, 0x0001u, 0x0090u}) {
            const QString hidden{QChar(char16_t(code))};
            Department department;
            department.name = hidden + QStringLiteral("Отдел новых дел");
            StorageError error = editing.addDepartment(monitorActor, department);
            QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
            QVERIFY2(error.message.contains(QStringLiteral("U+")) && !error.message.contains(hidden), qPrintable(error.message));
            QCOMPARE(editing.addGroup(monitorActor, QStringLiteral("Все") + hidden + QStringLiteral(" учреждения")).kind,
                     StorageError::Kind::InvalidInput);
            Department renamed = *load(fixture).department(demo::economy());
            renamed.name = demo::economy() + hidden;
            QCOMPARE(editing.updateDepartment(monitorActor, demo::economy(), renamed, 1).kind, StorageError::Kind::InvalidInput);
        }
        QCOMPARE(AuditLog(fixture.db).events().size(), events);
    }

    void groups()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        RoadmapEditing editing(fixture.db, fixture.clock());
        const QList<DepartmentGroup> groups = editing.groups();
        QVERIFY(!groups.isEmpty());
        const QString used = load(fixture).groups.first().name;

        QVERIFY(!editing.addGroup(monitorActor, QStringLiteral("Все учреждения")));
        QCOMPARE(editing.groups().size(), groups.size() + 1);
        QVERIFY(!editing.removeGroup(monitorActor, QStringLiteral("Все учреждения")));
        QCOMPARE(editing.removeGroup(monitorActor, used).kind, StorageError::Kind::InvalidInput);

        QVERIFY(!editing.renameGroup(monitorActor, used, QStringLiteral("Отделы")));
        QVERIFY(load(fixture).isGroup(QStringLiteral("Отделы")));
        QVERIFY(!load(fixture).isGroup(used));
        QVERIFY(!editing.renameGroup(monitorActor, QStringLiteral("Отделы"), used));
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void calendarOverrides()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        CalendarOverrides overrides(fixture.db, fixture.clock());
        const QDate newYear(2019, 1, 1); // a Tuesday, a federal holiday
        QVERIFY(!RoadmapRepository(fixture.db).calendar().isWorkingDay(newYear));

        QVERIFY(!overrides.setPlain(monitorActor, newYear, QStringLiteral("рабочий")));
        QCOMPARE(overrides.overrides().value(newYear), CalendarOverrides::plainKindId());
        QVERIFY(RoadmapRepository(fixture.db).calendar().isWorkingDay(newYear));
        QCOMPARE(overrides.setPlain({QStringLiteral("econ.head"), {}}, newYear).kind, StorageError::Kind::NotPermitted);

        QVERIFY(!overrides.clear(monitorActor, newYear));
        QVERIFY(!overrides.overrides().contains(newYear));
        QVERIFY(!RoadmapRepository(fixture.db).calendar().isWorkingDay(newYear));
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRoadmapEditing)
#include "tst_roadmapediting.moc"
