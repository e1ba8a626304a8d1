#include <QTest>

class TestCompliance : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
