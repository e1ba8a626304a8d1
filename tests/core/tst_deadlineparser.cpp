#include <QTest>

class TestDeadlineparser : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestDeadlineparser)
#include "tst_deadlineparser.moc"
