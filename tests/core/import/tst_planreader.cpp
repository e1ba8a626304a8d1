#include "planreader.h"
#include "roadmapdocumentimporter.h"

#include <QStringEncoder>
#include <QTest>

using namespace core;
using namespace Qt::StringLiterals;

namespace {

/// A table of one row per line, cells separated by '|'; «<» marks a cell merged from the left,
/// «^» one merged from above (a copy of the cell it continues).
SourceDocument document(const QStringList &paragraphs, const QStringList &rows)
{
    SourceDocument result;
    result.format = u"docx"_s;
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        result.paragraphs.append({paragraphs[i], SourcePlace{0, 0, 0, int(i + 1)}});
    SourceTable table;
    table.paragraphsBefore = result.paragraphs.size();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        SourceRow row;
        row.place = SourcePlace{0, 1, int(r + 1)};
        const QStringList cells = rows[r].split(u'|');
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (cells[c] == u"<"_s)
                row.cells.append({row.cells.value(c - 1).text, SourceCell::Origin::FromLeft});
            else if (cells[c] == u"^"_s)
                row.cells.append({table.rows.last().cells.value(c).text, SourceCell::Origin::FromAbove});
            else
                row.cells.append({cells[c]});
        }
        table.rows.append(row);
    }
    result.tables.append(table);
    return result;
}

QStringList numbers(const Roadmap &roadmap)
{
    QStringList result;
    for (const Activity &activity : roadmap.activities)
        result.append(activity.number);
    return result;
}

QStringList parties(const Activity *activity)
{
    QStringList result;
    if (activity) {
        for (const Assignment &assignment : activity->assignments)
            result.append(assignment.department);
    }
    return result;
}

bool warned(const RoadmapImportResult &result, const QString &text)
{
    return std::any_of(result.warnings.cbegin(), result.warnings.cend(), [&](const ImportWarning &w) { return w.message.contains(text); });
}

const QStringList decree{
    u"АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОВСКА"_s,
    u"РАСПОРЯЖЕНИЕ"_s,
    u"от 12.02.2019 N 118"_s,
    u"Об утверждении плана мероприятий по развитию конкуренции"_s,
    u"ПЛАН"_s,
    u"мероприятий по развитию конкуренции на 2019-2020 годы"_s,
};

} // namespace

class TestPlanReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDecreeHeader();
    void actWordings_data();
    void actWordings();
    void columnsInAnyOrderWithSectionsAndMerges();
    void sectionsWithoutMergesAndRestartingNumbers();
    void noNumberColumnNumbersActivities();
    void noResponsibleColumnIsTheMonitors();
    void oneDeadlineColumnPerYear();
    void startAndEndColumnsAreAWindow();
    void columnRolesSetByAPerson();
    void severalPlanSheetsAsk();
    void invisibleCharactersAreRemoved();
    void numberingThatJumpsAndACutLastRow();
    void csvInWindows1251();
};

void TestPlanReader::readsTheDecreeHeader()
{
    const RoadmapImportResult result = PlanReader().read(document(decree, {
        u"№ п/п|Наименование мероприятия|Ответственный исполнитель|Срок исполнения"_s,
        u"1|Мероприятие|Отдел экономики|Постоянно"_s,
    }));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.approvingBody, u"Администрация города Тестовска"_s);
    QCOMPARE(result.roadmap.actKind, u"распоряжение"_s);
    QCOMPARE(result.roadmap.actNumber, u"118"_s);
    QCOMPARE(result.roadmap.actDate, QDate(2019, 2, 12));
    // «ПЛАН» alone, the rest of the title in the next paragraph.
    QCOMPARE(result.roadmap.title, u"План мероприятий по развитию конкуренции на 2019-2020 годы"_s);
    QCOMPARE(result.roadmap.periodStart, QDate(2019, 2, 12));
    QCOMPARE(result.roadmap.periodEnd, QDate(2020, 12, 31));
    QCOMPARE(result.format, u"docx"_s);
}

void TestPlanReader::actWordings_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("date");

    QTest::newRow("number first, date in words")
        << QStringList{u"ПОСТАНОВЛЕНИЕ"_s, u"№ 57 от 5 марта 2019 года"_s} << u"постановление"_s << u"57"_s << QDate(2019, 3, 5);
    QTest::newRow("date in words, number with a suffix")
        << QStringList{u"ПРИКАЗ"_s, u"от 5 марта 2019 г. № 57-р"_s} << u"приказ"_s << u"57-р"_s << QDate(2019, 3, 5);
    QTest::newRow("appendix to an order")
        << QStringList{u"Приложение N 2 к распоряжению администрации города от 01.04.2020 N 15-ра"_s}
        << u"распоряжение"_s << u"15-ра"_s << QDate(2020, 4, 1);
    QTest::newRow("approval stamp")
        << QStringList{u"УТВЕРЖДЕН"_s, u"решением Думы городского округа от 20.12.2018 № 301"_s}
        << u"решение"_s << u"301"_s << QDate(2018, 12, 20);
}

void TestPlanReader::actWordings()
{
    QFETCH(QStringList, header);
    QFETCH(QString, kind);
    QFETCH(QString, number);
    QFETCH(QDate, date);
    header.append(u"План мероприятий на 2019 год"_s);
    const RoadmapImportResult result = PlanReader().read(document(header, {
        u"№|Мероприятие|Ответственный|Срок"_s,
        u"1|Мероприятие|Отдел экономики|Постоянно"_s,
    }));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.actKind, kind);
    QCOMPARE(result.roadmap.actNumber, number);
    QCOMPARE(result.roadmap.actDate, date);
}

void TestPlanReader::columnsInAnyOrderWithSectionsAndMerges()
{
    const RoadmapImportResult result = PlanReader().read(document(decree, {
        u"Срок исполнения|Ответственный исполнитель|Наименование мероприятия|№ п/п|Ожидаемый результат"_s,
        u"1|2|3|4|5"_s,
        u"1. Организационные мероприятия|<|<|<|<"_s,
        u"I квартал 2019 года|Отдел экономики\nФинансовое управление|Утверждение перечня|1.1.|Перечень утвержден"_s,
        u"^|^|Мониторинг цен|1.2.|"_s,
        u"2. Информирование|<|<|<|<"_s,
        u"Постоянно|1. Отдел по связям с общественностью 2. МКУ «Информцентр»|Публикации на сайте|2.1.|"_s,
        u"Срок исполнения|Ответственный исполнитель|Наименование мероприятия|№ п/п|Ожидаемый результат"_s,
        u"ежегодно до 1 марта года, следующего за отчетным|Отдел экономики|Доклад|2.2.|Доклад опубликован"_s,
    }));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns.size(), 5);
    QCOMPARE(result.columns[0].role, ColumnRole::Deadline);
    QCOMPARE(result.columns[1].role, ColumnRole::Responsible);
    QCOMPARE(result.columns[2].role, ColumnRole::Activity);
    QCOMPARE(result.columns[3].role, ColumnRole::Number);
    QCOMPARE(result.columns[4].role, ColumnRole::Other);

    const Roadmap &roadmap = result.roadmap;
    QCOMPARE(roadmap.principles, (QList<Principle>{{1, u"Организационные мероприятия"_s}, {2, u"Информирование"_s}}));
    QCOMPARE(numbers(roadmap), (QStringList{u"1.1"_s, u"1.2"_s, u"2.1"_s, u"2.2"_s}));
    // The merged responsible and deadline cells belong to both activities.
    QCOMPARE(parties(roadmap.activity(u"1.2"_s)), (QStringList{u"Отдел экономики"_s, u"Финансовое управление"_s}));
    QCOMPARE(roadmap.activity(u"1.2"_s)->deadlineText, u"I квартал 2019 года"_s);
    QVERIFY(roadmap.activity(u"1.2"_s)->rule.isValid());
    QCOMPARE(roadmap.activity(u"1.1"_s)->assignments[1].role, AssignmentRole::CoExecutor);
    QCOMPARE(parties(roadmap.activity(u"2.1"_s)), (QStringList{u"Отдел по связям с общественностью"_s, u"МКУ «Информцентр»"_s}));
    QCOMPARE(roadmap.activity(u"2.1"_s)->responsibleText, u"1. Отдел по связям с общественностью 2. МКУ «Информцентр»"_s);
    QCOMPARE(roadmap.activity(u"1.1"_s)->note, u"Ожидаемый результат: Перечень утвержден"_s);
    // The header repeated on the next page is no activity.
    QCOMPARE(roadmap.activities.size(), 4);
    QVERIFY(roadmap.activity(u"2.2"_s)->rule.isValid());
}

void TestPlanReader::sectionsWithoutMergesAndRestartingNumbers()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"№;Мероприятие;Ответственный;Срок\r\n"
        u"I.;Раздел первый;;\r\n"
        u"1;Первое;Отдел экономики;2019 год\r\n"
        u"2;Второе;Отдел экономики;2019 год\r\n"
        u"II.;Раздел второй;;\r\n"
        u"1;Третье;Отдел экономики;2019 год\r\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, u"csv"_s);
    QCOMPARE(result.roadmap.principles, (QList<Principle>{{1, u"Раздел первый"_s}, {2, u"Раздел второй"_s}}));
    // «1» twice: the numbers start again in every section and are kept apart by it.
    QCOMPARE(numbers(result.roadmap), (QStringList{u"1.1"_s, u"1.2"_s, u"2.1"_s}));
    QCOMPARE(result.roadmap.activity(u"2.1"_s)->principle, 2);
}

void TestPlanReader::noNumberColumnNumbersActivities()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"Мероприятие\tИсполнители\tСроки\nПервое\tОтдел экономики\t2019 год\nВторое\tКомитет по управлению имуществом\t2019 год\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(numbers(result.roadmap), (QStringList{u"1"_s, u"2"_s}));
    QCOMPARE(result.roadmap.principles.size(), 1);
    QCOMPARE(result.roadmap.activities[1].principle, result.roadmap.principles[0].number);
    QCOMPARE(parties(&result.roadmap.activities[1]), QStringList{u"Комитет по управлению имуществом"_s});
}

void TestPlanReader::noResponsibleColumnIsTheMonitors()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"№ п/п,Наименование мероприятия,Срок исполнения\n1,\"Первое, с запятой\",2019 год\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.activities.size(), 1);
    QCOMPARE(result.roadmap.activities[0].text, u"Первое, с запятой"_s);
    QVERIFY(result.roadmap.activities[0].assignments.isEmpty());
    QVERIFY(warned(result, u"no column of responsible departments"_s));
}

void TestPlanReader::oneDeadlineColumnPerYear()
{
    const RoadmapImportResult result = PlanReader().read(document(decree, {
        u"№|Мероприятие|Ответственный|Срок исполнения|<"_s,
        u"^|^|^|2019 год|2020 год"_s,
        u"1|Отчет|Отдел экономики|I квартал|I квартал"_s,
        u"2|Постоянное|Отдел экономики|постоянно|постоянно"_s,
        u"3|Разное|Отдел экономики|I квартал|постоянно"_s,
    }));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns[3].heading, u"Срок исполнения 2019 год"_s);
    QCOMPARE(result.columns[3].year, 2019);
    QCOMPARE(result.columns[4].year, 2020);
    const Activity *report = result.roadmap.activity(u"1"_s);
    QCOMPARE(report->deadlineText, u"2019: I квартал; 2020: I квартал"_s);
    QVERIFY(report->rule.isValid());
    QCOMPARE(report->rule.components.size(), 1);
    QCOMPARE(report->rule.components[0].kind, DeadlineComponent::Kind::FixedDates);
    QCOMPARE(report->rule.components[0].dates, (QList<QDate>{QDate(2019, 3, 31), QDate(2020, 3, 31)}));
    const Activity *continuous = result.roadmap.activity(u"2"_s);
    QVERIFY(continuous->rule.isValid());
    QCOMPARE(continuous->rule.components.size(), 1);
    // Different kinds in different years are for a person to set.
    QVERIFY(result.roadmap.activity(u"3"_s)->rule.needsReview());
}

void TestPlanReader::startAndEndColumnsAreAWindow()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"№;Мероприятие;Ответственный;Срок начала реализации;Срок окончания реализации\n1;Программа;Отдел экономики;2019;2020\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Activity &activity = result.roadmap.activities.value(0);
    QCOMPARE(activity.deadlineText, u"2019 – 2020"_s);
}

void TestPlanReader::columnRolesSetByAPerson()
{
    const QString text = u"Колонка 1;Колонка 2;Колонка 3\nПервое;Отдел экономики;постоянно\n"_s;
    const RoadmapImportResult unread = RoadmapDocumentImporter().importText(text);
    QVERIFY(!unread.ok());
    PlanReadOptions options;
    options.columnRoles = {ColumnRole::Activity, ColumnRole::Responsible, ColumnRole::Deadline};
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(text, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(numbers(result.roadmap), QStringList{u"1"_s});
    QCOMPARE(result.roadmap.activities[0].deadlineText, u"постоянно"_s);
    QCOMPARE(result.columns[1].role, ColumnRole::Responsible);
}

void TestPlanReader::severalPlanSheetsAsk()
{
    SourceDocument workbook = document({}, {u"№|Мероприятие|Срок"_s, u"1|Первое|2019 год"_s});
    workbook.format = u"xlsx"_s;
    workbook.tables[0].name = u"План 2019"_s;
    SourceTable second = workbook.tables[0];
    second.name = u"План 2020"_s;
    workbook.tables.append(second);
    const RoadmapImportResult ask = PlanReader().read(workbook);
    QVERIFY(!ask.ok());
    QVERIFY2(ask.error.contains(u"«План 2019», «План 2020»"_s), qPrintable(ask.error));
    QCOMPARE(ask.sheets, (QStringList{u"План 2019"_s, u"План 2020"_s}));
    PlanReadOptions options;
    options.sheet = u"План 2020"_s;
    const RoadmapImportResult chosen = PlanReader().read(workbook, options);
    QVERIFY2(chosen.ok(), qPrintable(chosen.error));
    QCOMPARE(chosen.sheet, u"План 2020"_s);
    options.sheet = u"Нет такого"_s;
    QVERIFY(PlanReader().read(workbook, options).error.contains(u"Нет такого"_s));
}

void TestPlanReader::invisibleCharactersAreRemoved()
{
    const RoadmapImportResult result = RoadmapDocumentImporter().importText(
        u"\uFEFF№\tМероприятие\tОтветственный\tСрок\n1\t\uFEFFПервое\u200B\tОтдел\u00A0экономики\u200D\u0007\tпостоянно\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.activities[0].text, u"Первое"_s);
    QCOMPARE(parties(&result.roadmap.activities[0]), QStringList{u"Отдел экономики"_s});
}

void TestPlanReader::numberingThatJumpsAndACutLastRow()
{
    const RoadmapImportResult result = PlanReader().read(document(decree, {
        u"№|Мероприятие|Ответственный|Срок"_s,
        u"1|Первое|Отдел экономики|2019 год"_s,
        u"2|Второе|Отдел экономики|2019 год"_s,
        u"6|Шестое|Отдел экономики|2019 год"_s,
        u"7|Седьмое, оборванн||"_s,
    }));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(warned(result, u"The numbering jumps from 2 to 6: activities 3–5 are not in the table."_s));
    QVERIFY(warned(result, u"The table may stop in the middle: its last activity, 7, has neither responsible nor deadline."_s));
    const auto jump = std::find_if(result.warnings.cbegin(), result.warnings.cend(),
                                   [](const ImportWarning &w) { return w.message.contains(u"jumps"_s); });
    QCOMPARE(describePlace(jump->place), u"table 1, row 4"_s);
}

void TestPlanReader::csvInWindows1251()
{
    // «Мероприятие», «Отдел», «Срок» … in windows-1251, semicolons and CRLF, as Russian Excel saves CSV.
    const QString text = u"№;Мероприятие;Ответственный;Срок\r\n1;Первое;Отдел экономики;2019 год\r\n"_s;
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder(text);
    QVERIFY(!encoder.hasError());
    const RoadmapImportResult result = RoadmapDocumentImporter().importData(bytes, u"plan.csv"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roadmap.activities[0].text, u"Первое"_s);
    QCOMPARE(parties(&result.roadmap.activities[0]), QStringList{u"Отдел экономики"_s});
    QCOMPARE(result.roadmap.sourceName, u"plan.csv"_s);
}

QTEST_GUILESS_MAIN(TestPlanReader)
#include "tst_planreader.moc"
