#include "csv.h"

#include <QTest>

using namespace core;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesQuotedFields();
    void roundTrips();
    void reportsAnOpenQuote();
};

void TestCsv::parsesQuotedFields()
{
    QList<QStringList> records;
    QVERIFY(csv::parse(u"date,kind,note\r\n2020-03-30,decree,\"pay kept, decree \"\"206\"\"\"\n\n2021-01-01,holiday,\n", &records));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1], (QStringList{QStringLiteral("2020-03-30"), QStringLiteral("decree"),
                                      QStringLiteral("pay kept, decree \"206\"")}));
    QCOMPARE(records[2], (QStringList{QStringLiteral("2021-01-01"), QStringLiteral("holiday"), QString()}));
}

void TestCsv::roundTrips()
{
    const QStringList fields = {QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("«кавычки» \"quotes\""),
                                QStringLiteral("two\nlines"), QString()};
    QList<QStringList> records;
    QVERIFY(csv::parse(csv::formatRecord(fields), &records));
    QCOMPARE(records, QList<QStringList>{fields});
}

void TestCsv::reportsAnOpenQuote()
{
    QList<QStringList> records;
    QString error;
    QVERIFY(!csv::parse(u"a,b\n\"open,c\n", &records, &error));
    QVERIFY(error.contains(u'2'));
    QVERIFY(records.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
