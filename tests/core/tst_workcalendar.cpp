#include <QTest>

class TestWorkcalendar : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestWorkcalendar)
#include "tst_workcalendar.moc"
