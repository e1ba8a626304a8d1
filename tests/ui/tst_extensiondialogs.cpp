#include "demofixture.h"

#include "executionrepository.h"
#include "extensiondialog.h"
#include "extensionrequestdialog.h"
#include "extensionrequestworkflow.h"
#include "returndialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>

using namespace core;

class TestExtensionDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<demo::Fixture> m_fixture;
    RoadmapSnapshot m_snapshot;
    Obligation m_obligation;

    static void pressOk(QDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_fixture = std::make_unique<demo::Fixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error.message));
        m_snapshot = m_fixture->snapshot();
        for (const Obligation &obligation : m_snapshot.obligations()) {
            if (obligation.key.department == demo::economy() && !m_snapshot.extensions.contains(obligation.key)) {
                m_obligation = obligation;
                break;
            }
        }
        QVERIFY(!m_obligation.key.activity.isEmpty());
    }

    void requestDialog()
    {
        const QDate due = m_obligation.legalDue;
        ui::ExtensionRequestDialog dialog(m_snapshot.roadmap, m_obligation, due, QDate(2021, 6, 30));
        dialog.show();
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("requestedDueEdit"));
        QCOMPARE(date->minimumDate(), due.addDays(1));
        QVERIFY(dialog.requestedDue() > due);

        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);
        pressOk(dialog);
        QCOMPARE(submitted.count(), 0); // the reason is missing
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("  Нет данных  "));
        pressOk(dialog);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(dialog.reason(), QStringLiteral("Нет данных"));
    }

    void grantAPendingRequest()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ExtensionRequestWorkflow requests(fixture.db, fixture.clock());
        const QDate wanted = m_obligation.legalDue.addDays(45);
        QVERIFY(!requests.request({QStringLiteral("econ.head"), {}}, fixture.roadmapId, m_obligation.key, wanted, QStringLiteral("Ждём смету")));
        const ExtensionRequest request = *requests.pending(fixture.roadmapId, m_obligation.key);

        ui::ExtensionDialog dialog(m_snapshot.roadmap, m_obligation, m_obligation.legalDue);
        QVERIFY(!dialog.hasPendingRequest());
        dialog.setPendingRequest(request);
        dialog.show();
        QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("requestBox"))->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("requestText"))->text().contains(QStringLiteral("Ждём смету")));
        QCOMPARE(dialog.newDue(), wanted);
        QCOMPARE(dialog.reason(), QStringLiteral("Ждём смету"));
        QCOMPARE(dialog.decision(), ui::ExtensionDialog::Decision::Grant);

        // Declining needs its own comment, not the department's reason.
        dialog.findChild<QRadioButton *>(QStringLiteral("declineRadio"))->setChecked(true);
        QCOMPARE(dialog.reason(), QString());
        QVERIFY(!dialog.findChild<QDateEdit *>(QStringLiteral("newDueEdit"))->isEnabled());
        dialog.findChild<QRadioButton *>(QStringLiteral("grantRadio"))->setChecked(true);
        QCOMPARE(dialog.reason(), QStringLiteral("Ждём смету"));

        connect(&dialog, &ui::FormDialog::submitRequested, &dialog, [&] {
            const StorageError error = dialog.decision() == ui::ExtensionDialog::Decision::Grant
                ? requests.grant({demo::monitor(), {}}, request.id, request.version, dialog.newDue(), dialog.reason())
                : requests.decline({demo::monitor(), {}}, request.id, request.version, dialog.reason());
            if (error)
                dialog.showError(error.message);
            else
                dialog.accept();
        });
        pressOk(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        const QList<Extension> extensions = ExecutionRepository(fixture.db).extensions(fixture.roadmapId, m_obligation.key);
        QCOMPARE(extensions.size(), 1);
        QCOMPARE(extensions.first().newDue, wanted);
        QCOMPARE(requests.requestById(request.id)->state, ExtensionRequest::State::Granted);
    }

    void extendWithoutRequest()
    {
        ui::ExtensionDialog dialog(m_snapshot.roadmap, m_obligation, m_obligation.legalDue);
        dialog.show();
        QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("requestBox"))->isVisible());
        QCOMPARE(dialog.decision(), ui::ExtensionDialog::Decision::Grant);
        QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("newDueEdit"))->minimumDate(), m_obligation.legalDue.addDays(1));
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);
        pressOk(dialog);
        QCOMPARE(submitted.count(), 0);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Распоряжение главы"));
        pressOk(dialog);
        QCOMPARE(submitted.count(), 1);
    }

    void returnNeedsAComment()
    {
        ExecutionReport report;
        report.key = m_obligation.key;
        report.doneDate = QDate(2021, 6, 1);
        report.evidenceUrl = QStringLiteral("https://kachkanar.ru/x");
        report.documentRef = QStringLiteral("№ 5");
        report.reportedBy = QStringLiteral("econ.head");
        report.reportedAt = QDateTime(QDate(2021, 6, 2), QTime(10, 0), Qt::UTC);
        ui::ReturnDialog dialog(m_snapshot.roadmap, m_obligation, report);
        dialog.show();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("evidenceLink"))->text().contains(QStringLiteral("https://kachkanar.ru/x")));
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);
        pressOk(dialog);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(dialog.isVisible());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))->setPlainText(QStringLiteral("Нет приказа"));
        pressOk(dialog);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(dialog.comment(), QStringLiteral("Нет приказа"));
    }
};

QTEST_MAIN(TestExtensionDialogs)
#include "tst_extensiondialogs.moc"
