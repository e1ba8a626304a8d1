#include "syntheticroadmap.h"

#include "deadlineparser.h"

#include <QRandomGenerator>

#include <algorithm>

namespace bench {

namespace {

constexpr int principleCount = 5;

const char16_t *const principleTitles[principleCount] = {
    u"Принцип информационной открытости",
    u"Принцип понятности",
    u"Принцип вовлеченности гражданского общества",
    u"Принцип подотчетности",
    u"Принцип работы с целевыми группами",
};

} // namespace

QList<core::Department> SyntheticRoadmap::departments()
{
    static const char16_t *const names[] = {
        u"Отдел по организационной работе",
        u"Отдел экономики и стратегического развития",
        u"Отдел городского хозяйства, транспорта и связи",
        u"Отдел по культуре, спорту и молодежной политике",
        u"Финансовое управление",
        u"Отдел по правовой работе и муниципальной службе",
        u"Отдел архитектуры и градостроительства",
        u"Комитет по управлению муниципальным имуществом",
        u"Управление образованием",
        u"Отдел социальной политики",
        u"Отдел по делам гражданской обороны и чрезвычайным ситуациям",
        u"МУ «Информационный центр»",
    };
    QList<core::Department> result;
    for (const char16_t *name : names) {
        core::Department department;
        department.name = QString::fromUtf16(name);
        department.kind = department.name.startsWith(u"МУ") ? core::Department::Kind::MunicipalInstitution
                                                              : core::Department::Kind::AdministrationDepartment;
        result.append(department);
    }
    return result;
}

QList<QPair<QString, int>> SyntheticRoadmap::deadlineMix(int firstYear)
{
    return {
        {QStringLiteral("Постоянно"), 20},
        {QStringLiteral("ежегодно не позднее 15 мая года, следующего за отчетным"), 25},
        {QStringLiteral("ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом"), 25},
        {QStringLiteral("I полугодие %1").arg(firstYear), 10},
        {QStringLiteral("ежемесячно"), 20},
    };
}

core::Roadmap SyntheticRoadmap::make(const SyntheticShape &shape, int number)
{
    QRandomGenerator random(shape.seed * 1000003u + quint32(number));
    core::Roadmap roadmap;
    roadmap.title = QStringLiteral("Синтетическая дорожная карта № %1 по повышению открытости").arg(number);
    roadmap.actNumber = QString::number(100 + number);
    roadmap.actDate = QDate(shape.firstYear, 1, 15);
    roadmap.approvingBody = QStringLiteral("Администрация синтетического городского округа");
    roadmap.periodStart = roadmap.actDate;
    roadmap.periodEnd = QDate(shape.firstYear + shape.years - 1, 12, 31);
    roadmap.sourceName = QStringLiteral("synthetic-%1.txt").arg(number);

    for (int p = 1; p <= principleCount; ++p)
        roadmap.principles.append({p, QString::fromUtf16(principleTitles[p - 1])});

    const QList<core::Department> pool = departments();
    const QList<QPair<QString, int>> mix = deadlineMix(shape.firstYear);
    const core::DeadlineParser parser(roadmap.periodStart, roadmap.periodEnd);
    QList<QString> used;
    int inPrinciple = 0;
    int previousPrinciple = 0;
    for (int i = 0; i < shape.activities; ++i) {
        core::Activity activity;
        activity.principle = i * principleCount / shape.activities + 1;
        inPrinciple = activity.principle == previousPrinciple ? inPrinciple + 1 : 1;
        previousPrinciple = activity.principle;
        activity.number = QStringLiteral("%1.%2").arg(activity.principle).arg(inPrinciple);
        activity.text = QStringLiteral("Размещение на официальном сайте сведений по направлению %1 (мероприятие %2)")
                            .arg(activity.number)
                            .arg(i + 1);
        int pick = int(random.bounded(100));
        for (const auto &[wording, share] : mix) {
            if (pick < share) {
                activity.deadlineText = wording;
                break;
            }
            pick -= share;
        }
        activity.rule = parser.parse(activity.deadlineText);
        Q_ASSERT(activity.rule.isValid());

        // One to three departments: half the activities have one, a fifth three.
        const int draw = int(random.bounded(10));
        const int parties = draw < 5 ? 1 : draw < 8 ? 2 : 3;
        QList<int> chosen;
        while (chosen.size() < parties) {
            const int index = int(random.bounded(int(pool.size())));
            if (!chosen.contains(index))
                chosen.append(index);
        }
        for (int c = 0; c < chosen.size(); ++c) {
            const QString &name = pool[chosen[c]].name;
            activity.assignments.append({name, c == 0 ? core::AssignmentRole::Lead : core::AssignmentRole::CoExecutor, false});
            if (!used.contains(name))
                used.append(name);
        }
        roadmap.activities.append(activity);
    }
    for (const core::Department &department : pool) {
        if (used.contains(department.name))
            roadmap.departments.append(department);
    }
    return roadmap;
}

namespace {

core::RoadmapSnapshot snapshotOf(int activities)
{
    SyntheticShape shape;
    shape.activities = activities;
    core::RoadmapSnapshot snapshot;
    snapshot.roadmap = SyntheticRoadmap::make(shape, 1);
    snapshot.calendar = core::WorkCalendar::russianFederal();
    return snapshot;
}

} // namespace

double SyntheticRoadmap::obligationsPerActivity()
{
    const int sampleActivities = 1000;
    static const double perActivity = double(snapshotOf(sampleActivities).obligations().size()) / sampleActivities;
    return perActivity;
}

core::RoadmapSnapshot SyntheticRoadmap::snapshotOfAbout(int obligations)
{
    return snapshotOf(qMax(5, int(obligations / obligationsPerActivity())));
}

} // namespace bench
