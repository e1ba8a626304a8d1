#include "roadmaptrackerrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using testrun::Run;

Run run(const QStringList &arguments)
{
    return testrun::run(arguments, QProcessEnvironment::systemEnvironment(), 60000);
}

QJsonObject activity(const QJsonObject &roadmap, const QString &number)
{
    for (const QJsonValue &value : roadmap.value(u"activities").toArray()) {
        if (value.toObject().value(u"number").toString() == number)
            return value.toObject();
    }
    return {};
}

/// The due date of one period key in an obligations array, or an empty string.
QString dueOf(const QJsonObject &object, const QString &period)
{
    for (const QJsonValue &value : object.value(u"obligations").toArray()) {
        if (value.toObject().value(u"period").toString() == period)
            return value.toObject().value(u"due").toString();
    }
    return {};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void phraseAsJson();
    void phraseBeforeExcludesTheDate();
    void unreadablePhraseNeedsReview();
    void phraseAsTable();
    void badArguments_data();
    void badArguments();
    void seedRoadmapAsJson();
    void seedRoadmapAsTable();
    void helpListsTheCommands();
    void version();
};

void TestCommandLine::phraseAsJson()
{
    const Run result = run({QStringLiteral("deadlines"), QStringLiteral("--phrase"), QStringLiteral("2018 год"),
                            QStringLiteral("--from"), QStringLiteral("2018-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2018-12-31"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"phrase").toString(), QStringLiteral("2018 год"));
    QCOMPARE(json.value(u"parsed").toBool(), true);
    QVERIFY(!json.value(u"rule").toString().isEmpty());
    QVERIFY(!json.contains(u"review_reason"));
    const QJsonArray obligations = json.value(u"obligations").toArray();
    QCOMPARE(obligations.size(), 1);
    const QJsonObject once = obligations.first().toObject();
    QCOMPARE(once.value(u"period").toString(), QStringLiteral("once"));
    QCOMPARE(once.value(u"nominal_due").toString(), QStringLiteral("2018-12-31"));
    QCOMPARE(once.value(u"due").toString(), QStringLiteral("2019-01-09"));
}

void TestCommandLine::phraseBeforeExcludesTheDate()
{
    const Run result = run({QStringLiteral("deadlines"), QStringLiteral("--phrase"),
                            QStringLiteral("ежегодно до 1 марта года, следующего за отчетным"), QStringLiteral("--from"),
                            QStringLiteral("2018-03-16"), QStringLiteral("--to"), QStringLiteral("2020-12-31"),
                            QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"obligations").toArray().size(), 3);
    QCOMPARE(dueOf(json, QStringLiteral("2018")), QStringLiteral("2019-02-28"));
    QCOMPARE(dueOf(json, QStringLiteral("2019")), QStringLiteral("2020-03-02"));
    QCOMPARE(dueOf(json, QStringLiteral("2020")), QStringLiteral("2021-03-01"));
}

void TestCommandLine::unreadablePhraseNeedsReview()
{
    const Run result = run({QStringLiteral("deadlines"), QStringLiteral("--phrase"), QStringLiteral("по согласованию с Главой"),
                            QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"parsed").toBool(), false);
    QVERIFY(!json.value(u"review_reason").toString().isEmpty());
    QVERIFY(json.value(u"obligations").toArray().isEmpty());
}

void TestCommandLine::phraseAsTable()
{
    const Run result = run({QStringLiteral("deadlines"), QStringLiteral("--phrase"), QStringLiteral("Постоянно"),
                            QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2019-12-31")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("2019-Q4")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2020-01-10")));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("neither phrase nor roadmap") << QStringList{QStringLiteral("deadlines")};
    QTest::newRow("both phrase and roadmap")
        << QStringList{QStringLiteral("deadlines"), QStringLiteral("--phrase"), QStringLiteral("2018 год"),
                       QStringLiteral("--roadmap"), QStringLiteral(ROADMAP_SEED_FILE)};
    QTest::newRow("bad date") << QStringList{QStringLiteral("deadlines"), QStringLiteral("--phrase"), QStringLiteral("2018 год"),
                                             QStringLiteral("--from"), QStringLiteral("16.03.2018")};
    QTest::newRow("reversed period") << QStringList{QStringLiteral("deadlines"), QStringLiteral("--phrase"), QStringLiteral("2018 год"),
                                                    QStringLiteral("--from"), QStringLiteral("2019-01-01"),
                                                    QStringLiteral("--to"), QStringLiteral("2018-01-01")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("deadlines"), QStringLiteral("--frobnicate")};
    QTest::newRow("missing file") << QStringList{QStringLiteral("deadlines"), QStringLiteral("--roadmap"),
                                                 QStringLiteral("/nonexistent/roadmap.txt")};
    QTest::newRow("period with a roadmap") << QStringList{QStringLiteral("deadlines"), QStringLiteral("--roadmap"),
                                                          QStringLiteral(ROADMAP_SEED_FILE), QStringLiteral("--from"),
                                                          QStringLiteral("2018-01-01")};
}

void TestCommandLine::badArguments()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QByteArray message = result.err.trimmed();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains('\n'), message.constData());
}

void TestCommandLine::seedRoadmapAsJson()
{
    const Run result = run({QStringLiteral("deadlines"), QStringLiteral("--roadmap"), QStringLiteral(ROADMAP_SEED_FILE),
                            QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    const QJsonObject header = json.value(u"roadmap").toObject();
    QCOMPARE(header.value(u"act_number").toString(), QStringLiteral("253"));
    QCOMPARE(header.value(u"act_date").toString(), QStringLiteral("2018-03-16"));
    QCOMPARE(header.value(u"period_start").toString(), QStringLiteral("2018-03-16"));
    QCOMPARE(header.value(u"period_end").toString(), QStringLiteral("2020-12-31"));
    QVERIFY(header.value(u"title").toString().contains(QStringLiteral("2018-2020")));
    QVERIFY(!json.value(u"warnings").toArray().isEmpty());

    const QJsonArray activities = json.value(u"activities").toArray();
    QCOMPARE(activities.size(), 47);
    for (const QJsonValue &value : activities) {
        const QJsonObject a = value.toObject();
        QVERIFY2(a.value(u"parsed").toBool(), qPrintable(a.value(u"number").toString() + u' ' + a.value(u"deadline_text").toString()));
        QVERIFY(!a.value(u"obligations").toArray().isEmpty());
        QVERIFY(!a.value(u"departments").toArray().isEmpty());
    }

    QCOMPARE(activity(json, QStringLiteral("1.7")).value(u"principle").toInt(), 1);
    QCOMPARE(dueOf(activity(json, QStringLiteral("1.6")), QStringLiteral("once")), QStringLiteral("2019-01-09"));
    QCOMPARE(dueOf(activity(json, QStringLiteral("5.4")), QStringLiteral("2019")), QStringLiteral("2020-03-02"));
    QCOMPARE(dueOf(activity(json, QStringLiteral("5.1")), QStringLiteral("2020")), QStringLiteral("2021-05-17"));
    QCOMPARE(dueOf(activity(json, QStringLiteral("7.5")), QStringLiteral("2018")), QStringLiteral("2019-05-14"));
    QCOMPARE(dueOf(activity(json, QStringLiteral("6.7")), QStringLiteral("once")), QStringLiteral("2019-01-09"));
    QCOMPARE(dueOf(activity(json, QStringLiteral("2.3")), QStringLiteral("once")), QStringLiteral("2018-07-02"));

    // 1.1 has two departments; its obligations are listed once: a quarter each, 2018-Q1 … 2020-Q4.
    const QJsonObject first = activity(json, QStringLiteral("1.1"));
    QCOMPARE(first.value(u"departments").toArray().size(), 2);
    QCOMPARE(first.value(u"obligations").toArray().size(), 12);
    QCOMPARE(dueOf(first, QStringLiteral("2018-Q1")), QStringLiteral("2018-04-10"));

    // 1.3 runs in the window 2018–2019; 1.7 is once, then every quarter from 2018-Q3; 7.3 is once, then yearly.
    QCOMPARE(activity(json, QStringLiteral("1.3")).value(u"obligations").toArray().size(), 8);
    QCOMPARE(activity(json, QStringLiteral("1.7")).value(u"obligations").toArray().size(), 11);
    const QJsonObject anticorruption = activity(json, QStringLiteral("7.3"));
    QCOMPARE(anticorruption.value(u"obligations").toArray().size(), 4);
    QCOMPARE(dueOf(anticorruption, QStringLiteral("2019")), QStringLiteral("2020-02-03"));
}

void TestCommandLine::seedRoadmapAsTable()
{
    const Run result = run({QStringLiteral("deadlines"), QStringLiteral("--roadmap"), QStringLiteral(ROADMAP_SEED_FILE)});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY(text.contains(QStringLiteral("9.5")));
    QVERIFY(text.contains(QStringLiteral("2019-01-09")));
}

void TestCommandLine::helpListsTheCommands()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    for (const QString &command : {QStringLiteral("deadlines"), QStringLiteral("status"), QStringLiteral("mark"),
                                   QStringLiteral("demo"), QStringLiteral("check")})
        QVERIFY2(text.contains(QStringLiteral("  ") + command + u' '), qPrintable(command));
    QVERIFY(text.contains(QStringLiteral("Exit codes")));
}

void TestCommandLine::version()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("roadmap-tracker "));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
