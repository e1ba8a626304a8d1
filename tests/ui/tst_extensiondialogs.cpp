#include "demofixture.h"

#include "executionrepository.h"
#include "extensiondialog.h"
#include "extensionrequestdialog.h"
#include "extensionrequestworkflow.h"
#include "questionanswer.h"
#include "returndialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
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
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);
        pressOk(dialog);
        QCOMPARE(submitted.count(), 0);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Распоряжение главы"));
        pressOk(dialog);
        QCOMPARE(submitted.count(), 1);
    }

    void dayOffNoteWithTheDemosExtensions()
    {
        // The demo extends by 30 days, which lands on weekends and on the May holidays: the dialogs say
        // where art. 193 moves such a date, with the calendar the window passes them.
        int weekends = 0;
        int holidays = 0;
        for (auto it = m_snapshot.extensions.cbegin(); it != m_snapshot.extensions.cend(); ++it) {
            const Obligation obligation = *m_snapshot.obligation(it.key());
            for (const Extension &extension : it.value()) {
                const QDate legal = m_snapshot.calendar.legalDueDate(extension.newDue, m_snapshot.roadmap.settings);
                ui::ExtensionDialog dialog(m_snapshot.roadmap, obligation, obligation.legalDue);
                dialog.setCalendar(m_snapshot.calendar);
                ui::ExtensionRequestDialog request(m_snapshot.roadmap, obligation, obligation.legalDue, QDate(2021, 6, 30));
                request.setCalendar(m_snapshot.calendar);
                dialog.findChild<QDateEdit *>(QStringLiteral("newDueEdit"))->setDate(extension.newDue);
                request.findChild<QDateEdit *>(QStringLiteral("requestedDueEdit"))->setDate(extension.newDue);
                for (QDialog *shown : {static_cast<QDialog *>(&dialog), static_cast<QDialog *>(&request)}) {
                    const QLabel *note = shown->findChild<QLabel *>(QStringLiteral("dueNote"));
                    if (legal == extension.newDue) {
                        QVERIFY(note->text().isEmpty());
                        continue;
                    }
                    QCOMPARE(note->text(), QStringLiteral("%1 is a day off: the deadline falls on %2 (Civil Code art. 193).")
                                               .arg(extension.newDue.toString(QStringLiteral("dd.MM.yyyy")),
                                                    legal.toString(QStringLiteral("dd.MM.yyyy"))));
                }
                if (legal != extension.newDue)
                    ++(m_snapshot.calendar.specialDayKind(extension.newDue) ? holidays : weekends);
            }
        }
        QVERIFY2(weekends > 0 && holidays > 0, qPrintable(QStringLiteral("%1 weekends, %2 holidays").arg(weekends).arg(holidays)));
    }

    void datesThatMakeNoSense()
    {
        ui::ExtensionDialog dialog(m_snapshot.roadmap, m_obligation, m_obligation.legalDue);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Распоряжение главы"));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("newDueEdit"));
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);

        // Not after the due date in force: refused with it, and the date stays as chosen.
        date->setDate(m_obligation.legalDue.addDays(-3));
        pressOk(dialog);
        QCOMPARE(submitted.count(), 0);
        QCOMPARE(dialog.newDue(), m_obligation.legalDue.addDays(-3));
        QVERIFY2(dialog.errorText().contains(m_obligation.legalDue.toString(Qt::ISODate)), qPrintable(dialog.errorText()));

        // Years after the roadmap (it ends on 31.12.2020): asked, and recorded only when confirmed.
        date->setDate(QDate(2031, 3, 31));
        QString asked;
        uitest::answerQuestion(QStringLiteral("Record It Anyway"), &asked);
        pressOk(dialog);
        QVERIFY2(asked.contains(QStringLiteral("2020-12-31")), qPrintable(asked));
        QCOMPARE(submitted.count(), 1);
        QVERIFY(dialog.isConfirmed());
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
