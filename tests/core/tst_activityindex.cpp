// Roadmap::activity() through core::ActivityIndex: the same answers as a linear search, whatever
// is done to the public list of activities between lookups, in copies, and from several threads.

#include "roadmap.h"

#include <QTest>

#include <algorithm>
#include <thread>

using core::Activity;
using core::Roadmap;

namespace {

Roadmap roadmapOf(int count)
{
    Roadmap roadmap;
    for (int i = 1; i <= count; ++i) {
        Activity activity;
        activity.number = QStringLiteral("1.%1").arg(i);
        activity.text = QStringLiteral("Мероприятие %1").arg(i);
        roadmap.activities.append(activity);
    }
    return roadmap;
}

/// Enough lookups for the index to be built.
void warm(const Roadmap &roadmap)
{
    for (int i = 0; i < 20; ++i)
        QVERIFY(roadmap.activity(roadmap.activities.first().number));
}

} // namespace

class TestActivityIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryActivityAndNothingElse()
    {
        const Roadmap roadmap = roadmapOf(500);
        warm(roadmap);
        for (const Activity &activity : roadmap.activities) {
            const Activity *found = roadmap.activity(activity.number);
            QVERIFY(found);
            QCOMPARE(found, &activity); // a pointer into the roadmap's own list
        }
        QVERIFY(!roadmap.activity(QStringLiteral("2.1")));
        QVERIFY(!roadmap.activity(QString()));
    }

    void followsChangesToTheList()
    {
        Roadmap roadmap = roadmapOf(100);
        warm(roadmap);

        std::reverse(roadmap.activities.begin(), roadmap.activities.end());
        QCOMPARE(roadmap.activity(QStringLiteral("1.7"))->text, QStringLiteral("Мероприятие 7"));

        roadmap.activities[0].number = QStringLiteral("9.1"); // "1.100" renamed in place
        QVERIFY(!roadmap.activity(QStringLiteral("1.100")));
        QCOMPARE(roadmap.activity(QStringLiteral("9.1"))->text, QStringLiteral("Мероприятие 100"));

        roadmap.activities.removeIf([](const Activity &a) { return a.number == u"1.50"; });
        QVERIFY(!roadmap.activity(QStringLiteral("1.50")));
        QCOMPARE(roadmap.activity(QStringLiteral("1.49"))->text, QStringLiteral("Мероприятие 49"));

        Activity added;
        added.number = QStringLiteral("3.1");
        roadmap.activities.append(added);
        QVERIFY(roadmap.activity(QStringLiteral("3.1")));

        roadmap.activities.clear();
        QVERIFY(!roadmap.activity(QStringLiteral("1.1")));
    }

    void theFirstOfDuplicateNumbersWins()
    {
        Roadmap roadmap = roadmapOf(30);
        Activity twin = roadmap.activities[4];
        twin.text = QStringLiteral("второй");
        roadmap.activities.append(twin);
        warm(roadmap);
        QCOMPARE(roadmap.activity(QStringLiteral("1.5")), &roadmap.activities[4]);
    }

    void copiesAreIndependent()
    {
        Roadmap original = roadmapOf(50);
        warm(original);
        Roadmap copy = original;
        copy.activities.removeFirst();
        QVERIFY(!copy.activity(QStringLiteral("1.1")));
        QVERIFY(original.activity(QStringLiteral("1.1")));
        QCOMPARE(copy.activity(QStringLiteral("1.2")), &copy.activities[0]);
        QCOMPARE(original.activity(QStringLiteral("1.2")), &original.activities[1]);
        original = copy;
        QVERIFY(!original.activity(QStringLiteral("1.1")));
    }

    void lookupsFromSeveralThreads()
    {
        const Roadmap roadmap = roadmapOf(2000);
        const auto lookAll = [&roadmap] {
            int found = 0;
            for (int round = 0; round < 5; ++round) {
                for (int i = 1; i <= 2000; ++i)
                    found += roadmap.activity(QStringLiteral("1.%1").arg(i)) ? 1 : 0;
            }
            return found;
        };
        int results[4] = {};
        std::thread threads[4];
        for (int t = 0; t < 4; ++t)
            threads[t] = std::thread([&, t] { results[t] = lookAll(); });
        for (std::thread &thread : threads)
            thread.join();
        for (int found : results)
            QCOMPARE(found, 10000);
    }
};

QTEST_GUILESS_MAIN(TestActivityIndex)
#include "tst_activityindex.moc"
