#include <QTest>

class TestObligationgenerator : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestObligationgenerator)
#include "tst_obligationgenerator.moc"
