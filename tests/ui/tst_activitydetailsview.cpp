#include "demofixture.h"

#include "activitydetailsview.h"
#include "displayformat.h"

#include <QApplication>
#include <QJsonObject>
#include <QStyleFactory>
#include <QTest>

#include <ctime>

using namespace core;

/// The details pane tells apart what was known on the as-of date from what was entered later
/// (DESIGN §6): both are listed, the later ones say so.
class TestActivityDetailsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<demo::Fixture> m_fixture;
    RoadmapSnapshot m_snapshot;

    static AuditEvent event(qint64 id, const QDateTime &at, const QString &action, const QJsonObject &after)
    {
        AuditEvent e;
        e.id = id;
        e.at = at;
        e.login = QStringLiteral("econ.head");
        e.action = action;
        e.after = after;
        return e;
    }

private slots:
    void initTestCase()
    {
        // Three hours east of UTC: 22:30 UTC is already the next day here.
        qputenv("TZ", "Europe/Moscow");
        tzset();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_fixture = std::make_unique<demo::Fixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error.message));
        m_snapshot = m_fixture->snapshot();
    }

    void eventsAfterTheAsOfDateSaySo()
    {
        const Obligation obligation = m_snapshot.obligations().first();
        const ObligationKey key = obligation.key;
        const QJsonObject oldDone{{QStringLiteral("done_date"), QStringLiteral("2019-03-01")}};
        const QList<AuditEvent> history{
            event(1, QDateTime(QDate(2021, 6, 2), QTime(7, 0), Qt::UTC), QStringLiteral("report_execution"),
                  QJsonObject{{QStringLiteral("done_date"), QStringLiteral("2021-06-01")}}),
            // 20:30 UTC on 30 June is 23:30 in Moscow: still the as-of day.
            event(2, QDateTime(QDate(2021, 6, 30), QTime(20, 30), Qt::UTC), QStringLiteral("return"),
                  QJsonObject{{QStringLiteral("verification_comment"), QStringLiteral("Нет ссылки")}}),
            // 22:30 UTC on 30 June is 01:30 on 1 July in Moscow: after the as-of date.
            event(3, QDateTime(QDate(2021, 6, 30), QTime(22, 30), Qt::UTC), QStringLiteral("report_execution"), oldDone),
            event(4, QDateTime(QDate(2021, 7, 5), QTime(9, 0), Qt::UTC), QStringLiteral("accept"), {}),
        };
        const ui::RoadmapDataPtr data = ui::RoadmapData::evaluate(m_snapshot, QDate(2021, 6, 30));
        ui::ActivityDetailsView view;
        view.showActivity(*data, key.activity, key, {{key, history}});
        const QString text = view.toPlainText();

        const auto day = [](int y, int m, int d) { return ui::display::date(QDate(y, m, d)); };
        QVERIFY2(text.contains(QStringLiteral("reported it done on %1 (reported on %2, after the as-of date %3)")
                                   .arg(day(2019, 3, 1), day(2021, 7, 1), day(2021, 6, 30))),
                 qPrintable(text.right(600)));
        QVERIFY2(text.contains(QStringLiteral("accepted the report (recorded on %1, after the as-of date %2)").arg(day(2021, 7, 5), day(2021, 6, 30))),
                 qPrintable(text.right(600)));
        QCOMPARE(text.count(QStringLiteral("after the as-of date")), 2);
        QVERIFY(text.contains(QStringLiteral("reported it done on %1").arg(day(2021, 6, 1))));

        // As of a later date nothing is later than it.
        const ui::RoadmapDataPtr later = ui::RoadmapData::evaluate(m_snapshot, QDate(2021, 7, 5));
        view.showActivity(*later, key.activity, key, {{key, history}});
        QVERIFY2(!view.toPlainText().contains(QStringLiteral("after the as-of date")), qPrintable(view.toPlainText()));
    }
};

QTEST_MAIN(TestActivityDetailsView)
#include "tst_activitydetailsview.moc"
