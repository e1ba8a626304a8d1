#include <QTest>

class TestRoadmapdocumentimporter : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestRoadmapdocumentimporter)
#include "tst_roadmapdocumentimporter.moc"
