#include "deadlineparser.h"
#include "manualrule.h"
#include "obligationgenerator.h"
#include "workcalendar.h"

#include <QTest>

using namespace core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(core::RuleForm)

namespace {

const QDate roadmapStart(2019, 1, 1);
const QDate roadmapEnd(2020, 12, 31);

RuleForm form(RuleForm::Kind kind)
{
    RuleForm f;
    f.kind = kind;
    return f;
}

} // namespace

/// Every kind of rule the editor's form states becomes wording that the deadline parser reads
/// back into that very rule: the form, `rule --set` and the explanation speak one language.
class TestManualRule : public QObject
{
    Q_OBJECT

private slots:
    void wordingReadsBack_data()
    {
        QTest::addColumn<RuleForm>("form");
        QTest::addColumn<QString>("wording");
        QTest::addColumn<int>("obligations"); // over 2019–2020, one department

        RuleForm once = form(RuleForm::Kind::Once);
        once.date = QDate(2019, 3, 1);
        QTest::newRow("once, no later than") << once << u"не позднее 01.03.2019"_s << 1;
        once.bound = DateBound::Exclusive;
        QTest::newRow("once, before") << once << u"до 01.03.2019"_s << 1;

        RuleForm window = form(RuleForm::Kind::Window);
        window.date = QDate(2019, 3, 1);
        window.endDate = QDate(2019, 6, 30);
        QTest::newRow("window") << window << u"с 01.03.2019 по 30.06.2019"_s << 1;

        RuleForm dates = form(RuleForm::Kind::Dates);
        dates.dates = {QDate(2019, 3, 10), QDate(2019, 9, 10), QDate(2020, 3, 10)};
        QTest::newRow("dates") << dates << u"не позднее 10.03.2019, 10.09.2019, 10.03.2020"_s << 3;

        RuleForm quarterly = form(RuleForm::Kind::Periodic);
        quarterly.due = RuleForm::Due::DayOfNextMonth;
        quarterly.day = 15;
        QTest::newRow("quarterly, day 15 of the next month")
            << quarterly << u"ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом"_s << 8;
        RuleForm monthly = quarterly;
        monthly.unit = PeriodUnit::Month;
        monthly.bound = DateBound::Exclusive;
        monthly.day = 5;
        QTest::newRow("monthly, before day 5") << monthly << u"ежемесячно до 5 числа месяца, следующего за отчетным месяцем"_s << 24;
        RuleForm halfYearly = form(RuleForm::Kind::Periodic);
        halfYearly.unit = PeriodUnit::HalfYear;
        QTest::newRow("every half-year") << halfYearly << u"раз в полугодие"_s << 4;
        RuleForm yearly = form(RuleForm::Kind::Periodic);
        yearly.unit = PeriodUnit::Year;
        yearly.due = RuleForm::Due::DateInNextYear;
        yearly.day = 15;
        yearly.month = 5;
        QTest::newRow("yearly, 15 May of the next year")
            << yearly << u"ежегодно не позднее 15 мая года, следующего за отчетным"_s << 2;
        yearly.due = RuleForm::Due::DateInSameYear;
        yearly.day = 20;
        yearly.month = 12;
        QTest::newRow("yearly, 20 December") << yearly << u"ежегодно не позднее 20 декабря"_s << 2;

        QTest::newRow("continuously") << form(RuleForm::Kind::Continuous) << u"постоянно"_s << 8;
        RuleForm within = form(RuleForm::Kind::OnEvent);
        within.windowStart = QDate(2019, 4, 1);
        within.windowEnd = QDate(2019, 12, 31);
        QTest::newRow("on event within dates") << within << u"по мере поступления с 01.04.2019 по 31.12.2019"_s << 3;

        RuleForm thenContinuous = form(RuleForm::Kind::OnceThenContinuous);
        thenContinuous.date = QDate(2019, 6, 30);
        QTest::newRow("once, then continuously") << thenContinuous << u"не позднее 30.06.2019 и далее постоянно"_s << 7;
        RuleForm thenYearly = form(RuleForm::Kind::OnceThenPeriodic);
        thenYearly.date = QDate(2019, 3, 1);
        thenYearly.unit = PeriodUnit::Year;
        QTest::newRow("once, then yearly") << thenYearly << u"не позднее 01.03.2019, далее ежегодно"_s << 3;
    }

    void wordingReadsBack()
    {
        QFETCH(RuleForm, form);
        QFETCH(QString, wording);
        QFETCH(int, obligations);

        QCOMPARE(ruleWording(form), wording);
        const DeadlineRule rule = DeadlineParser(roadmapStart, roadmapEnd).parse(wording);
        QVERIFY2(rule.isValid(), qPrintable(rule.reviewReason));
        const WorkCalendar calendar;
        const QList<Obligation> schedule = ObligationGenerator(calendar, RoadmapSettings()).schedule(rule, roadmapStart, roadmapEnd);
        QCOMPARE(schedule.size(), obligations);
    }

    void incompleteFormsGiveNoWording()
    {
        QVERIFY(ruleWording(form(RuleForm::Kind::Once)).isEmpty());
        QVERIFY(ruleWording(form(RuleForm::Kind::Dates)).isEmpty());
        RuleForm window = form(RuleForm::Kind::Window);
        window.date = QDate(2019, 1, 1);
        QVERIFY(ruleWording(window).isEmpty());
        RuleForm yearly = form(RuleForm::Kind::Periodic);
        yearly.due = RuleForm::Due::DateInNextYear;
        QVERIFY(ruleWording(yearly).isEmpty()); // no month
    }

    void theActivityReadsItsRuleSetByHand()
    {
        const DeadlineParser parser(roadmapStart, roadmapEnd);
        Activity activity;
        activity.deadlineText = u"по мере необходимости, по согласованию с главой"_s;
        activity.rule = readActivityRule(parser, activity);
        QVERIFY(activity.rule.needsReview());
        QVERIFY(explainActivityRule(activity).startsWith(u"needs review"_s));

        activity.manualRule = {u"ежеквартально"_s, u"org.monitor"_s, QDateTime(QDate(2019, 2, 1), QTime(9, 0), Qt::UTC)};
        activity.rule = readActivityRule(parser, activity);
        QVERIFY(activity.rule.isValid());
        QCOMPARE(activity.rule.text, u"ежеквартально"_s);
        QCOMPARE(explainActivityRule(activity), u"set by hand: every quarter, by the last day of the period"_s);
    }

    void aYearOutsideTheRoadmapNeedsReview()
    {
        const DeadlineParser parser(roadmapStart, roadmapEnd);
        Activity activity;
        activity.deadlineText = u"до 01.03.2012"_s;
        activity.rule = readActivityRule(parser, activity);
        QVERIFY(activity.rule.needsReview());
        QVERIFY2(activity.rule.reviewReason.contains(u"2012"_s) && activity.rule.reviewReason.contains(u"2019-2020"_s),
                 qPrintable(activity.rule.reviewReason));
        activity.deadlineText = u"постоянно в 2019-2021 гг."_s;
        QVERIFY(readActivityRule(parser, activity).reviewReason.contains(u"2021"_s));
        // Inside the period, and the years after a reporting year that a periodic rule reaches into, are fine.
        for (const QString &wording : {u"до 01.03.2020"_s, u"ежегодно не позднее 15 мая года, следующего за отчетным"_s, u"2019-2020 гг."_s}) {
            activity.deadlineText = wording;
            QVERIFY2(readActivityRule(parser, activity).isValid(), qPrintable(wording));
        }
        // The monitor may confirm it by hand.
        activity.deadlineText = u"до 01.03.2012"_s;
        activity.manualRule.wording = u"до 01.03.2012"_s;
        QVERIFY(readActivityRule(parser, activity).isValid());
    }
};

QTEST_GUILESS_MAIN(TestManualRule)
#include "tst_manualrule.moc"
