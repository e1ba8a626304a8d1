#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
