#include "deadlineparser.h"
#include "responsiblepartysplitter.h"
#include "roadmapdocumentimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace Qt::StringLiterals;

namespace {

const RoadmapImportResult &seed()
{
    static const RoadmapImportResult result = RoadmapDocumentImporter().importFile(QStringLiteral(ROADMAP_SEED_FILE));
    return result;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(ROADMAP_TEST_DATA_DIR "/import/") + name;
}

/// "lead: Отдел …", "contributor (group): иные отделы Администрации".
QStringList describe(const QList<Assignment> &assignments)
{
    QStringList result;
    for (const Assignment &a : assignments)
        result.append(assignmentRoleId(a.role) + (a.isGroup ? u" (group): "_s : u": "_s) + a.department);
    return result;
}

bool isRuleWarning(const ImportWarning &warning)
{
    return warning.message.contains(u"needs review"_s);
}

/// The warnings other than "rule needs review", which depend on the deadline parser.
QList<ImportWarning> documentWarnings(const RoadmapImportResult &result)
{
    QList<ImportWarning> warnings;
    std::copy_if(result.warnings.cbegin(), result.warnings.cend(), std::back_inserter(warnings),
                 [](const ImportWarning &w) { return !isRuleWarning(w); });
    return warnings;
}

QStringList describe(const QList<ImportWarning> &warnings)
{
    QStringList result;
    for (const ImportWarning &w : warnings)
        result.append(u"%1: %2"_s.arg(w.place.line).arg(w.message));
    return result;
}

} // namespace

class TestRoadmapDocumentImporter : public QObject
{
    Q_OBJECT

private slots:
    void seedHeader();
    void seedPrinciples();
    void seedActivityNumbers();
    void seedActivityTexts_data();
    void seedActivityTexts();
    void seedDeadlineWording_data();
    void seedDeadlineWording();
    void seedRulesComeFromTheParser();
    void seedAssignments_data();
    void seedAssignments();
    void seedDepartments();
    void seedWarnings();

    void splitsResponsibleCells_data();
    void splitsResponsibleCells();

    void missingHeader();
    void malformedTable();
    void headerInconsistencies();
    void severalActivitiesInOneCell();
    void longActivityNumbers();
    void extraCells();
    void principleColumnProblems();
    void unreadableDeadline();
    void unreadableInput_data();
    void unreadableInput();
    void unreadableFile_data();
    void unreadableFile();
};

void TestRoadmapDocumentImporter::seedHeader()
{
    const RoadmapImportResult &result = seed();
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Roadmap &roadmap = result.roadmap;
    QCOMPARE(roadmap.title, u"План мероприятий («дорожная карта») по реализации принципов открытости "
                            u"Администрации Качканарского городского округа на 2018-2020 годы"_s);
    QCOMPARE(roadmap.actNumber, u"253"_s);
    QCOMPARE(roadmap.actDate, QDate(2018, 3, 16));
    QCOMPARE(roadmap.approvingBody, u"Администрация Качканарского городского округа"_s);
    QCOMPARE(roadmap.periodStart, QDate(2018, 3, 16));
    QCOMPARE(roadmap.periodEnd, QDate(2020, 12, 31));
}

void TestRoadmapDocumentImporter::seedPrinciples()
{
    const QList<Principle> expected = {
        {1, u"Реализация принципа информационной открытости"_s},
        {2, u"Обеспечение работы с открытыми данными"_s},
        {3, u"Обеспечение понятности нормативно-правового регулирования, муниципальных программ, "
            u"разрабатываемых (реализуемых) Администрацией"_s},
        {4, u"Вовлечение граждан в общественное обсуждение разрабатываемых решений и документов"_s},
        {5, u"Формирование отчетности"_s},
        {6, u"Информирование о работе с обращениями граждан и организаций"_s},
        {7, u"Независимая антикоррупционная экспертиза и общественный мониторинг правоприменения"_s},
        {8, u"Организация работы с референтными группами"_s},
        {9, u"Организация работы со средствами массовой информации, социальными сетями и форумами в сети «Интернет»"_s},
    };
    const QList<Principle> &principles = seed().roadmap.principles;
    QCOMPARE(principles.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(principles[i].number, expected[i].number);
        QCOMPARE(principles[i].title, expected[i].title);
    }
}

void TestRoadmapDocumentImporter::seedActivityNumbers()
{
    const QStringList expected = {
        u"1.1"_s, u"1.2"_s, u"1.3"_s, u"1.4"_s, u"1.5"_s, u"1.6"_s, u"1.7"_s,
        u"2.1"_s, u"2.2"_s, u"2.3"_s, u"2.4"_s, u"2.5"_s,
        u"3.1"_s, u"3.2"_s,
        u"4.1"_s, u"4.2"_s,
        u"5.1"_s, u"5.2"_s, u"5.3"_s, u"5.4"_s, u"5.5"_s, u"5.6"_s,
        u"6.1"_s, u"6.2"_s, u"6.3"_s, u"6.4"_s, u"6.5"_s, u"6.6"_s, u"6.7"_s,
        u"7.1"_s, u"7.2"_s, u"7.3"_s, u"7.4"_s, u"7.5"_s, u"7.6"_s, u"7.7"_s, u"7.8"_s, u"7.9"_s,
        u"8.1"_s, u"8.2"_s, u"8.3"_s, u"8.4"_s,
        u"9.1"_s, u"9.2"_s, u"9.3"_s, u"9.4"_s, u"9.5"_s,
    };
    QStringList numbers;
    for (const Activity &activity : seed().roadmap.activities) {
        numbers.append(activity.number);
        QCOMPARE(activity.principle, activity.number.section(u'.', 0, 0).toInt());
    }
    QCOMPARE(numbers.size(), 47);
    QCOMPARE(numbers, expected);
    QCOMPARE(seed().roadmap.activity(u"1.7"_s)->principle, 1);
}

void TestRoadmapDocumentImporter::seedActivityTexts_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("text");

    QTest::newRow("1.1 continued in the next row")
        << u"1.1"_s
        << u"Размещение на официальном сайте Администрации Качканарского городского округа (далее-Сайт) порядка "
           u"обеспечения доступа к информации о деятельности Администрации Качканарского городского округа "
           u"(далее – Администрация), органов местного самоуправления Качканарского городского округа (далее – ОМСУ)."_s;
    QTest::newRow("1.2 starts inside a cell, no HTML")
        << u"1.2"_s
        << u"Размещение и актуализация на Сайте информации о подведомственных организациях в соответствии с "
           u"требованиями Федерального закона от 09.02.2009 № 8-ФЗ «Об обеспечении доступа к информации о "
           u"деятельности государственных органов и органов местного самоуправления» (далее – Закон № 8-ФЗ)."_s;
    QTest::newRow("1.7 printed under principle 2")
        << u"1.7"_s << u"Размещение и актуализация на Сайте Бюджет для граждан"_s;
    QTest::newRow("2.3 number with a dot")
        << u"2.3"_s
        << u"Разработка проекта правового акта Администрации Качканарского городского округа об определении "
           u"уполномоченных по открытым данным (должностные лица, ответственные за работу с открытыми данными, по "
           u"вопросам размещения и актуализации (обновления) наборов данных в рамках полномочий Администрации)."_s;
    QTest::newRow("6.2 continued on the next page")
        << u"6.2"_s
        << u"Размещение на Сайте информации о порядке и времени приема граждан (физических лиц), в том числе "
           u"представителей организаций (юридических лиц), общественных объединений, государственных органов, "
           u"органов местного самоуправления."_s;
    QTest::newRow("6.7 continued on the next page")
        << u"6.7"_s << u"Создание общественной приемной Администрации Качканарского городского округа"_s;
    QTest::newRow("7.4 continued on the next page")
        << u"7.4"_s << u"Размещение и актуализация на Сайте Кодекса этики и служебного поведения сотрудников"_s;
    QTest::newRow("8.4 typo fixed")
        << u"8.4"_s
        << u"Взаимодействие на постоянной основе с референтными группами, используя различные каналы "
           u"коммуникации (публичные мероприятия, очные встречи, Сайт)"_s;
    QTest::newRow("9.1 continued with the principle title")
        << u"9.1"_s
        << u"Определение должностного лица, к полномочиям которого отнесены информирование населения города о "
           u"деятельности Администрации и органов местного самоуправления Качканарского городского округа, "
           u"мониторинг информационного поля."_s;
    QTest::newRow("9.3") << u"9.3"_s << u"Проведение с установленной периодичностью мониторинга СМИ"_s;
}

void TestRoadmapDocumentImporter::seedActivityTexts()
{
    QFETCH(QString, number);
    QFETCH(QString, text);
    const Activity *activity = seed().roadmap.activity(number);
    QVERIFY(activity);
    QCOMPARE(activity->text, text);
}

void TestRoadmapDocumentImporter::seedDeadlineWording_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("wording");

    QTest::newRow("1.1") << u"1.1"_s << u"Постоянно, по мере изменения информации"_s;
    QTest::newRow("1.2 in <p>") << u"1.2"_s << u"Постоянно, по мере изменения информации"_s;
    QTest::newRow("1.3") << u"1.3"_s << u"2018-2019г."_s;
    QTest::newRow("1.6") << u"1.6"_s << u"II полугодие 2018"_s;
    QTest::newRow("1.7") << u"1.7"_s << u"I полугодие 2018 и далее постоянно"_s;
    QTest::newRow("2.3") << u"2.3"_s << u"1 полугодие 2018 года"_s;
    QTest::newRow("4.1") << u"4.1"_s << u"постоянно"_s;
    QTest::newRow("5.1") << u"5.1"_s << u"ежегодно не позднее 15 мая года, следующего за отчетным"_s;
    QTest::newRow("5.4") << u"5.4"_s << u"ежегодно до 1 марта года, следующего за отчетным"_s;
    QTest::newRow("6.7 continued") << u"6.7"_s << u"2018 год"_s;
    QTest::newRow("7.1") << u"7.1"_s << u"постоянно по мере подготовки проектов"_s;
    QTest::newRow("7.3")
        << u"7.3"_s << u"1 полугодие 2018 года, далее ежегодно не позднее 1 февраля года, следующего за отчетным"_s;
    QTest::newRow("7.4 continued") << u"7.4"_s << u"постоянно"_s;
    QTest::newRow("7.5") << u"7.5"_s << u"ежегодно не позднее 14.05. года, следующего за отчетным"_s;
    QTest::newRow("9.5") << u"9.5"_s << u"По мере проведения"_s;
}

void TestRoadmapDocumentImporter::seedDeadlineWording()
{
    QFETCH(QString, number);
    QFETCH(QString, wording);
    const Activity *activity = seed().roadmap.activity(number);
    QVERIFY(activity);
    QCOMPARE(activity->deadlineText, wording);
    QCOMPARE(activity->rule.text, wording);
}

void TestRoadmapDocumentImporter::seedRulesComeFromTheParser()
{
    const RoadmapImportResult &result = seed();
    const DeadlineParser parser(QDate(2018, 3, 16), QDate(2020, 12, 31));
    qsizetype needReview = 0;
    for (const Activity &activity : result.roadmap.activities) {
        QCOMPARE(activity.rule, parser.parse(activity.deadlineText));
        if (activity.rule.needsReview()) {
            ++needReview;
            const auto warning = std::find_if(result.warnings.cbegin(), result.warnings.cend(), [&](const ImportWarning &w) {
                return isRuleWarning(w) && w.message.contains(activity.deadlineText)
                    && w.message.contains(activity.rule.reviewReason)
                    && w.message.startsWith(u"Activity %1:"_s.arg(activity.number));
            });
            QVERIFY2(warning != result.warnings.cend(), qPrintable(activity.number));
            QVERIFY(warning->place.line > 44);
        }
    }
    QCOMPARE(std::count_if(result.warnings.cbegin(), result.warnings.cend(), isRuleWarning), needReview);
}

void TestRoadmapDocumentImporter::seedAssignments_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("assignments");

    QTest::newRow("1.1 two names run together")
        << u"1.1"_s
        << QStringList{u"lead: Отдел по организационной работе"_s,
                       u"co_executor: Отдел экономики и стратегического развития"_s};
    QTest::newRow("1.4 lead and group")
        << u"1.4"_s
        << QStringList{u"lead: Отдел по организационной работе"_s, u"contributor (group): иные отделы Администрации"_s};
    QTest::newRow("1.5 four names run together")
        << u"1.5"_s
        << QStringList{u"lead: Отдел по организационной работе"_s,
                       u"co_executor: Отдел экономики и стратегического развития"_s,
                       u"co_executor: Отдел городского хозяйства, транспорта и связи"_s,
                       u"co_executor: Отдел по культуре, спорту и молодежной политике"_s};
    QTest::newRow("1.7 long tail removed") << u"1.7"_s << QStringList{u"lead: Финансовое управление"_s};
    QTest::newRow("2.1 groups only")
        << u"2.1"_s
        << QStringList{u"lead (group): Отделы Администрации"_s,
                       u"contributor (group): органы местного самоуправления Качканарского городского округа"_s};
    QTest::newRow("3.1 lead and two groups")
        << u"3.1"_s
        << QStringList{u"lead: Отдел по организационной работе"_s, u"contributor (group): иные отделы Администрации"_s,
                       u"contributor (group): органы местного самоуправления Качканарского городского округа"_s};
    QTest::newRow("5.6 groups only, other order, other case")
        << u"5.6"_s
        << QStringList{u"lead (group): органы местного самоуправления Качканарского городского округа"_s,
                       u"contributor (group): Отделы Администрации"_s};
    QTest::newRow("6.7 name split across rows") << u"6.7"_s << QStringList{u"lead: Отдел по организационной работе"_s};
    QTest::newRow("7.1 joined by «и»")
        << u"7.1"_s
        << QStringList{u"lead: Отдел по организационной работе"_s, u"contributor (group): другие отделы Администрации"_s,
                       u"contributor (group): органы местного самоуправления Качканарского городского округа"_s};
    QTest::newRow("7.4 name split across rows")
        << u"7.4"_s << QStringList{u"lead: Отдел по правовой работе и муниципальной службе"_s};
    QTest::newRow("8.3 comma inside and between names")
        << u"8.3"_s
        << QStringList{u"lead: Отдел экономики и стратегического развития"_s,
                       u"co_executor: Отдел городского хозяйства, транспорта и связи"_s};
    QTest::newRow("9.1 institution") << u"9.1"_s << QStringList{u"lead: МУ «Информационный центр»"_s};
    QTest::newRow("9.2 department and institution run together")
        << u"9.2"_s
        << QStringList{u"lead: Отдел по организационной работе"_s, u"co_executor: МУ «Информационный центр»"_s};
}

void TestRoadmapDocumentImporter::seedAssignments()
{
    QFETCH(QString, number);
    QFETCH(QStringList, assignments);
    const Activity *activity = seed().roadmap.activity(number);
    QVERIFY(activity);
    QCOMPARE(describe(activity->assignments), assignments);
}

void TestRoadmapDocumentImporter::seedDepartments()
{
    const Roadmap &roadmap = seed().roadmap;
    QStringList names;
    for (const Department &department : roadmap.departments)
        names.append(department.name);
    QCOMPARE(names, (QStringList{u"Отдел по организационной работе"_s,
                                 u"Отдел экономики и стратегического развития"_s,
                                 u"Отдел городского хозяйства, транспорта и связи"_s,
                                 u"Отдел по культуре, спорту и молодежной политике"_s,
                                 u"Финансовое управление"_s,
                                 u"Отдел по правовой работе и муниципальной службе"_s,
                                 u"МУ «Информационный центр»"_s}));
    for (const Department &department : roadmap.departments) {
        const auto kind = department.name.startsWith(u"МУ "_s) ? Department::Kind::MunicipalInstitution
                                                                : Department::Kind::AdministrationDepartment;
        QCOMPARE(department.kind, kind);
        QVERIFY(department.active);
    }

    QCOMPARE(roadmap.groups, (QList<DepartmentGroup>{{u"иные отделы Администрации"_s},
                                                     {u"Отделы Администрации"_s},
                                                     {u"органы местного самоуправления Качканарского городского округа"_s},
                                                     {u"другие отделы Администрации"_s}}));

    // Every assignment names a department or group of the roadmap, as the flag says.
    for (const Activity &activity : roadmap.activities) {
        QVERIFY2(!activity.assignments.isEmpty(), qPrintable(activity.number));
        QCOMPARE(activity.assignments.first().role, AssignmentRole::Lead);
        for (const Assignment &assignment : activity.assignments) {
            QCOMPARE(roadmap.isGroup(assignment.department), assignment.isGroup);
            QCOMPARE(roadmap.department(assignment.department) != nullptr, !assignment.isGroup);
        }
    }
}

void TestRoadmapDocumentImporter::seedWarnings()
{
    const QList<ImportWarning> expected = {
        {{38}, u"The approval stamp gives the years 2018-2019, the title 2018-2020; the title is used."_s},
        {{47}, u"Activity 1.2 begins inside a cell; the text before it is joined to activity 1.1."_s},
        {{54}, u"Activity 1.7 is printed in the row of principle 2; its number puts it under principle 1."_s},
        {{100}, u"\"Сайт0\" read as \"Сайт)\" (a zero typed for the closing parenthesis)."_s},
    };
    QCOMPARE(describe(documentWarnings(seed())), describe(expected));
}

void TestRoadmapDocumentImporter::splitsResponsibleCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("parties"); // groups marked with "*"

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("«и» and comma before groups")
        << u"Отдел по организационной работе Администрации и другие отделы Администрации, органы местного "
           u"самоуправления Качканарского городского округа"_s
        << QStringList{u"Отдел по организационной работе"_s, u"*другие отделы Администрации"_s,
                       u"*органы местного самоуправления Качканарского городского округа"_s};
    QTest::newRow("long tail, then a committee")
        << u"Финансовое управление Администрации Качканарского городского округа Комитет по управлению имуществом"_s
        << QStringList{u"Финансовое управление"_s, u"Комитет по управлению имуществом"_s};
    QTest::newRow("head word inside quotes")
        << u"МКУ «Служба заказчика», Отдел городского хозяйства, транспорта и связи Администрации"_s
        << QStringList{u"МКУ «Служба заказчика»"_s, u"Отдел городского хозяйства, транспорта и связи"_s};
    QTest::newRow("line breaks and spaces")
        << u"  Отдел   по организационной\n работе\tАдминистрации ;"_s << QStringList{u"Отдел по организационной работе"_s};
    QTest::newRow("no head word") << u"Глава городского округа"_s << QStringList{u"Глава городского округа"_s};
}

void TestRoadmapDocumentImporter::splitsResponsibleCells()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, parties);
    QStringList names;
    for (const ResponsibleParty &party : ResponsiblePartySplitter().split(cell)) {
        names.append((party.isGroup ? u"*"_s : QString()) + party.name);
        const bool institution = party.name.startsWith(u"МКУ"_s) || party.name.startsWith(u"МУ"_s);
        QCOMPARE(party.kind, institution ? Department::Kind::MunicipalInstitution : Department::Kind::AdministrationDepartment);
    }
    QCOMPARE(names, parties);
}

void TestRoadmapDocumentImporter::missingHeader()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importFile(dataFile(u"missing-header.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.roadmap.title.isEmpty());
    QVERIFY(result.roadmap.actNumber.isEmpty());
    QVERIFY(result.roadmap.approvingBody.isEmpty());
    // No header at all: the years come from the deadlines, and the warnings say so.
    QCOMPARE(result.roadmap.periodStart, QDate(2018, 1, 1));
    QCOMPARE(result.roadmap.periodEnd, QDate(2019, 12, 31));
    QCOMPARE(result.roadmap.principles.size(), 1);
    QCOMPARE(result.roadmap.activities.size(), 2);
    QCOMPARE(result.roadmap.activities[1].deadlineText, u"2018-2019г."_s);
    QCOMPARE(describe(documentWarnings(result)),
             (QStringList{
                 u"1: No approving body found: the document does not start with a letterhead in capitals."_s,
                 u"1: No act date and number (such as \"16.03.2018 № 253\") found before the table."_s,
                 u"1: No title (a paragraph starting with \"План\") found before the table."_s,
                 u"1: The plan does not name its years; the period 2018-2019 is taken from its deadlines."_s,
                 u"1: The approval date is unknown; the period starts on 01.01.2018."_s,
             }));
}

void TestRoadmapDocumentImporter::malformedTable()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importFile(dataFile(u"malformed-table.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Roadmap &roadmap = result.roadmap;
    QCOMPARE(roadmap.approvingBody, u"Администрация Тестового городского округа"_s);
    QCOMPARE(roadmap.actNumber, u"7"_s);
    QCOMPARE(roadmap.periodStart, QDate(2019, 2, 1));
    QCOMPARE(roadmap.periodEnd, QDate(2019, 12, 31));

    QStringList numbers;
    for (const Activity &activity : roadmap.activities)
        numbers.append(activity.number);
    QCOMPARE(numbers, (QStringList{u"1.1"_s, u"1.2"_s, u"1.3"_s, u"3.1"_s, u"2.1"_s}));
    QCOMPARE(roadmap.activity(u"1.2"_s)->text, u"Обычное мероприятие"_s);
    QCOMPARE(roadmap.activity(u"1.1"_s)->deadlineText, QString());
    QVERIFY(roadmap.activity(u"1.3"_s)->assignments.isEmpty());
    QCOMPARE(describe(roadmap.activity(u"2.1"_s)->assignments),
             (QStringList{u"lead (group): иные отделы Администрации"_s,
                          u"contributor (group): органы местного самоуправления"_s}));

    QStringList departments;
    for (const Department &department : roadmap.departments)
        departments.append(department.name);
    QCOMPARE(departments, (QStringList{u"Отдел по организационной работе"_s, u"Комитет по управлению имуществом"_s,
                                       u"Отдел экономики"_s}));

    QCOMPARE(describe(documentWarnings(result)),
             (QStringList{
                 u"8: Activity 1.1 has no deadline; set its rule by hand."_s,
                 u"10: Activity 1.2 appears again (first at line 9); this one is skipped."_s,
                 u"11: The line is not a table row and is ignored: \"какой-то мусор без табуляции\"."_s,
                 u"12: The row has 3 cells instead of 5; read as activity, responsible, deadline."_s,
                 u"12: Activity 1.3 has no responsible department."_s,
                 u"12: Activity 1.3 has no deadline; set its rule by hand."_s,
                 u"13: The row has 2 cells instead of 5 and no activity number; it is ignored."_s,
                 u"14: Activity 3.1 is printed in the row of principle 1; its number puts it under principle 3."_s,
                 u"14: Activity 3.1 belongs to principle 3, which the table does not have."_s,
                 u"15: Principle 2 has no title."_s,
             }));
}

void TestRoadmapDocumentImporter::longActivityNumbers()
{
    // Regional plans run to thousands of activities under one principle.
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"№ п/п\tНаименование принципа\tСодержание мероприятия\tОтветственный исполнитель\tСрок исполнения\n"
        u"1\tПринцип\t1.999 Мероприятие\tОтдел экономики\tПостоянно\n"
        u"1\tПринцип\t1.1000 Мероприятие\tОтдел экономики\tПостоянно\n"
        u"1\tПринцип\t1.20000 Мероприятие\tОтдел экономики\tПостоянно\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList numbers;
    for (const Activity &activity : result.roadmap.activities)
        numbers.append(activity.number);
    QCOMPARE(numbers, (QStringList{u"1.999"_s, u"1.1000"_s, u"1.20000"_s}));
    QCOMPARE(result.roadmap.activity(u"1.20000"_s)->text, u"Мероприятие"_s);
}

void TestRoadmapDocumentImporter::headerInconsistencies()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"АДМИНИСТРАЦИЯ ГОРОДА\n\n31.02.2019 № 5\n\nУтвержден\nпостановлением\nот 01.03.2019 № 6\n\n"
        u"План мероприятий на 2019-2020 годы\n\n1\tПринцип\t1.1 Мероприятие\tОтдел экономики\tпостоянно\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.approvingBody, u"Администрация города"_s);
    QCOMPARE(result.roadmap.actNumber, u"5"_s);
    QVERIFY(!result.roadmap.actDate.isValid());
    QCOMPARE(result.roadmap.title, u"План мероприятий на 2019-2020 годы"_s);
    QCOMPARE(result.roadmap.periodStart, QDate(2019, 1, 1));
    QCOMPARE(result.roadmap.periodEnd, QDate(2020, 12, 31));
    QCOMPARE(describe(documentWarnings(result)),
             (QStringList{
                 u"3: The approval date \"31.02.2019\" is not a valid date."_s,
                 u"7: The approval stamp names the act \"от 01.03.2019 № 6\", the document \"31.02.2019 № 5\"; the document is used."_s,
                 u"11: The approval date is unknown; the period starts on 01.01.2019."_s,
             }));
}

void TestRoadmapDocumentImporter::severalActivitiesInOneCell()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"1\tПринцип\t1.1 Первое. 1.2. Второе, см. п. 3.2 Положения\tОтдел по организационной работе\tпостоянно\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.activities.size(), 2);
    QCOMPARE(result.roadmap.activities[0].text, u"Первое."_s);
    QCOMPARE(result.roadmap.activities[1].text, u"Второе, см. п. 3.2 Положения"_s);
    for (const Activity &activity : result.roadmap.activities) {
        QCOMPARE(activity.deadlineText, u"постоянно"_s);
        QCOMPARE(describe(activity.assignments), QStringList{u"lead: Отдел по организационной работе"_s});
    }
    const QList<ImportWarning> warnings = documentWarnings(result);
    QVERIFY(warnings.contains(
        ImportWarning{{1}, u"Activities 1.1, 1.2 are printed in one row and share its responsible and deadline."_s}));
}

void TestRoadmapDocumentImporter::extraCells()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"1\tПринцип\t1.1 Мероприятие\tОтдел экономики\tпостоянно\tлишнее\t\t\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.activities.size(), 1);
    QCOMPARE(result.roadmap.activities[0].deadlineText, u"постоянно"_s);
    QVERIFY(documentWarnings(result).contains(
        ImportWarning{{1}, u"The row has 6 cells, the table 5; the cells after the last column are ignored."_s}));
}

void TestRoadmapDocumentImporter::principleColumnProblems()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"1\tПервый\t1.1 Мероприятие\tОтдел экономики\tпостоянно\n"
        u"1.2\tНе номер\t1.2 Мероприятие\tОтдел экономики\tпостоянно\n"
        u"1\tПовтор\t1.3 Мероприятие\tОтдел экономики\tпостоянно\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.principles, (QList<Principle>{{1, u"Первый"_s}}));
    QCOMPARE(result.roadmap.activities.size(), 3);
    QCOMPARE(describe(documentWarnings(result)),
             (QStringList{
                 u"1: No approving body found: the document does not start with a letterhead in capitals."_s,
                 u"1: No act date and number (such as \"16.03.2018 № 253\") found before the table."_s,
                 u"1: No title (a paragraph starting with \"План\") found before the table."_s,
                 u"1: The years of the plan are unknown; set the period by hand."_s,
                 u"2: \"1.2\" in the principle number column is not a principle number; the principle cells of the row are ignored."_s,
                 u"3: Principle 1 appears a second time; its new title is ignored."_s,
             }));
}

void TestRoadmapDocumentImporter::unreadableDeadline()
{
    // The deadline arrives in the continuation row: the warning points there.
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"1\tПринцип\t1.1 Мероприятие\tОтдел экономики\t\n\t\tпродолжение\t\tкогда-нибудь потом\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Activity &activity = result.roadmap.activities.value(0);
    QCOMPARE(activity.text, u"Мероприятие продолжение"_s);
    QCOMPARE(activity.deadlineText, u"когда-нибудь потом"_s);
    QVERIFY(activity.rule.needsReview());
    QVERIFY(result.warnings.contains(ImportWarning{
        {2}, u"Activity 1.1: the deadline \"когда-нибудь потом\" needs review: "_s + activity.rule.reviewReason}));
}

void TestRoadmapDocumentImporter::unreadableInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"The document is empty."_s;
    QTest::newRow("blank lines") << u"\n \n\t\n"_s << u"The document is empty."_s;
    QTest::newRow("prose") << u"АДМИНИСТРАЦИЯ\n\nПОСТАНОВЛЕНИЕ\n16.03.2018 № 253\n"_s
                           << u"No roadmap table found: the document has no table (expected columns such as «№», "
                              "«Наименование мероприятия», «Ответственный исполнитель», «Срок исполнения»)."_s;
    QTest::newRow("tabs but no activity") << u"a\tb\tc\n1\t2\t3\n"_s
                                          << u"No roadmap table found: no table has a header row naming the activity and "
                                             "its responsible or deadline, and no row starts with a numbered activity."_s;
    QTest::newRow("header but no activity") << u"№\tНаименование мероприятия\tСрок исполнения\n1\t2\t3\n"_s
                                            << u"The table has no activities: no row below its header holds an activity."_s;
}

void TestRoadmapDocumentImporter::unreadableInput()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(text);
    QCOMPARE(result.error, error);
    QVERIFY(result.warnings.isEmpty());
    QVERIFY(result.roadmap.activities.isEmpty());
    QVERIFY(result.roadmap.title.isEmpty());
}

void TestRoadmapDocumentImporter::unreadableFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty with "missing": no file at all
    QTest::addColumn<bool>("missing");
    QTest::addColumn<QString>("error");      // after "<path>: " or "<path> "

    QTest::newRow("missing") << QByteArray() << true << u"No such file or directory"_s;
    QTest::newRow("empty") << QByteArray() << false << u"The document is empty."_s;
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\xff\xfe\x10", 13) << false
                            << u"then import that file."_s;
    QTest::newRow("NUL bytes") << QByteArray("1\t\0\0\t1.1", 8) << false << u"then import that file."_s;
}

void TestRoadmapDocumentImporter::unreadableFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, missing);
    QFETCH(QString, error);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"roadmap.txt"_s);
    if (!missing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    const RoadmapImportResult result = RoadmapDocumentImporter().importFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(path) && result.error.endsWith(error), qPrintable(result.error));
    QVERIFY(!result.error.contains(u'\n'));
    QVERIFY(result.warnings.isEmpty());
    QVERIFY(result.roadmap.activities.isEmpty());
}

QTEST_GUILESS_MAIN(TestRoadmapDocumentImporter)
#include "tst_roadmapdocumentimporter.moc"
