#include "demofixture.h"

#include "auditlog.h"
#include "calendareditor.h"
#include "calendaroverrides.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTest>

using namespace core;

namespace {

const Actor monitorActor{demo::monitor(), {}};

bool storedWorking(demo::Fixture &fixture, QDate date)
{
    return RoadmapRepository(fixture.db).calendar().isWorkingDay(date, true);
}

} // namespace

class TestCalendarEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void yearView()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::CalendarEditor editor(fixture.db, monitorActor, fixture.clock(), 2019);
        QCOMPARE(editor.findChildren<ui::MonthGrid *>().size(), 12);
        QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->value(), 2019);
        QCOMPARE(editor.day(QDate(2019, 1, 1)).kind, ui::MonthGrid::DayKind::Holiday);
        QCOMPARE(editor.day(QDate(2019, 3, 16)).kind, ui::MonthGrid::DayKind::Weekend);
        QCOMPARE(editor.day(QDate(2019, 3, 13)).kind, ui::MonthGrid::DayKind::Working);
        QVERIFY(!editor.day(QDate(2019, 1, 1)).edited);

        editor.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2020);
        QCOMPARE(editor.year(), 2020);
        QCOMPARE(editor.day(QDate(2020, 4, 1)).kind, ui::MonthGrid::DayKind::DecreeNonWorking);
    }

    void toggleWeekdaysAndWeekends()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::CalendarEditor editor(fixture.db, monitorActor, fixture.clock(), 2019);
        QSignalSpy changed(&editor, &ui::CalendarEditor::changed);

        const QDate wednesday(2019, 3, 13);
        QVERIFY(editor.toggleDay(wednesday));
        QVERIFY(!storedWorking(fixture, wednesday));
        QCOMPARE(editor.day(wednesday).kind, ui::MonthGrid::DayKind::Holiday);
        QVERIFY(editor.day(wednesday).edited);
        QVERIFY(editor.toggleDay(wednesday)); // back: the federal calendar already says working
        QVERIFY(storedWorking(fixture, wednesday));
        QVERIFY(!CalendarOverrides(fixture.db, fixture.clock()).overrides().contains(wednesday));
        QVERIFY(!editor.day(wednesday).edited);

        const QDate saturday(2019, 3, 16);
        QVERIFY(editor.toggleDay(saturday));
        QVERIFY(storedWorking(fixture, saturday));
        QCOMPARE(editor.day(saturday).kind, ui::MonthGrid::DayKind::WorkingWeekend);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void plainDayOverFederalHoliday()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::CalendarEditor editor(fixture.db, monitorActor, fixture.clock(), 2019);
        const QDate newYear(2019, 1, 1);
        QVERIFY(editor.toggleDay(newYear));
        QCOMPARE(CalendarOverrides(fixture.db, fixture.clock()).overrides().value(newYear), CalendarOverrides::plainKindId());
        QVERIFY(storedWorking(fixture, newYear));
        QCOMPARE(editor.day(newYear).kind, ui::MonthGrid::DayKind::Working);
        QVERIFY(editor.day(newYear).edited);

        QVERIFY(editor.restoreFederal(newYear));
        QVERIFY(!storedWorking(fixture, newYear));
        QVERIFY(!editor.day(newYear).edited);
    }

    void clickingADay()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::CalendarEditor editor(fixture.db, monitorActor, fixture.clock(), 2019);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *march = editor.findChild<ui::MonthGrid *>(QStringLiteral("month3"));
        const QDate wednesday(2019, 3, 13);
        QCOMPARE(march->dayAt(march->dayRect(wednesday).center()), wednesday);
        QTest::mouseClick(march, Qt::LeftButton, {}, march->dayRect(wednesday).center());
        QTRY_VERIFY(!storedWorking(fixture, wednesday));
    }

    void departmentHeadIsRefused()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::CalendarEditor editor(fixture.db, {QStringLiteral("econ.head"), {}}, fixture.clock(), 2019);
        QVERIFY(!editor.toggleDay(QDate(2019, 3, 13)));
        QVERIFY(!editor.message().isEmpty());
        QVERIFY(storedWorking(fixture, QDate(2019, 3, 13)));
    }
};

QTEST_MAIN(TestCalendarEditor)
#include "tst_calendareditor.moc"
