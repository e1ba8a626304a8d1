#include <QTest>

class TestObligationstatus : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestObligationstatus)
#include "tst_obligationstatus.moc"
