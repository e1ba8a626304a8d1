#include "demofixture.h"

#include "executionrepository.h"
#include "executionworkflow.h"
#include "questionanswer.h"
#include "reportexecutiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>

using namespace core;

class TestReportExecutionDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<demo::Fixture> m_fixture;
    RoadmapSnapshot m_snapshot;
    const QDate m_asOf{2021, 6, 30};

    /// The first obligation of the economy department with this status at the as-of date.
    EvaluatedObligation find(const std::function<bool(const EvaluatedObligation &)> &match) const
    {
        for (const EvaluatedObligation &item : m_snapshot.evaluate(m_asOf)) {
            if (match(item))
                return item;
        }
        return {};
    }

    static void pressOk(QDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_fixture = std::make_unique<demo::Fixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error.message));
        m_snapshot = m_fixture->snapshot();
    }

    void showsTheObligation()
    {
        const EvaluatedObligation item = find([](const EvaluatedObligation &e) { return e.obligation.key.period == u"2019-Q2"; });
        QVERIFY(!item.obligation.key.activity.isEmpty());
        ui::ReportExecutionDialog dialog(m_snapshot.roadmap, item.obligation, m_asOf);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("activityTitle"))->text(), QStringLiteral("Activity %1").arg(item.obligation.key.activity));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("departmentValue"))->text(), item.obligation.key.department);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("periodValue"))->text(), QStringLiteral("2nd quarter 2019"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("dueValue"))->text().contains(item.obligation.legalDue.toString(QStringLiteral("dd.MM.yyyy"))));

        auto *doneDate = dialog.findChild<QDateEdit *>(QStringLiteral("doneDateEdit"));
        QCOMPARE(doneDate->date(), m_asOf);
        // A future date stays as chosen and is refused with the reason, never clamped silently.
        doneDate->setDate(m_asOf.addDays(5));
        QCOMPARE(dialog.input().doneDate, m_asOf.addDays(5));
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);
        pressOk(dialog);
        QCOMPARE(submitted.count(), 0);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("in the future")), qPrintable(dialog.errorText()));
    }

    void typedDateIsKept_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QDate>("expected");
        // How a person reaches the field: Tab selects the day, a click puts the cursor before it.
        QTest::newRow("tab, 31.03.2021") << 0 << QStringLiteral("31.03.2021") << QDate(2021, 3, 31);
        QTest::newRow("click, 31.03.2021") << 1 << QStringLiteral("31.03.2021") << QDate(2021, 3, 31);
        QTest::newRow("select all, 31.03.2021") << 2 << QStringLiteral("31.03.2021") << QDate(2021, 3, 31);
        QTest::newRow("digits only") << 1 << QStringLiteral("31032021") << QDate(2021, 3, 31);
        QTest::newRow("tab, 15.03.2021") << 0 << QStringLiteral("15.03.2021") << QDate(2021, 3, 15);
        QTest::newRow("29.02.2020") << 0 << QStringLiteral("29.02.2020") << QDate(2020, 2, 29);
    }

    void typedDateIsKept()
    {
        // QDateEdit recorded «31.03.2021» typed over 30.06.2021 as 30.03.2021: June has no 31st.
        QFETCH(int, start);
        QFETCH(QString, keys);
        QFETCH(QDate, expected);
        const EvaluatedObligation item = find([](const EvaluatedObligation &e) { return !e.obligation.eventDriven; });
        ui::ReportExecutionDialog dialog(m_snapshot.roadmap, item.obligation, m_asOf);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("doneDateEdit"));
        auto *text = date->findChild<QLineEdit *>();
        QCOMPARE(date->date(), QDate(2021, 6, 30));
        if (start == 0) {
            date->setFocus(Qt::TabFocusReason);
            date->setSelectedSection(QDateTimeEdit::DaySection);
        } else if (start == 1) {
            date->setFocus(Qt::MouseFocusReason);
            text->deselect();
            text->setCursorPosition(0);
        } else {
            date->setFocus(Qt::ShortcutFocusReason);
            date->selectAll();
        }
        QTest::keyClicks(date, keys);
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(date->date(), expected);
        QCOMPARE(dialog.input().doneDate, expected);
    }

    void typedTextThatIsNoDateIsRefused()
    {
        const EvaluatedObligation item = find([](const EvaluatedObligation &e) { return !e.obligation.eventDriven; });
        ui::ReportExecutionDialog dialog(m_snapshot.roadmap, item.obligation, m_asOf);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("doneDateEdit"));
        date->setFocus(Qt::TabFocusReason);
        date->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("31.06.2021"));
        QTest::keyClick(date, Qt::Key_Tab);
        // Left as typed, not turned into 30.06.2021; OK says why.
        QCOMPARE(date->findChild<QLineEdit *>()->text(), QStringLiteral("31.06.2021"));
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);
        pressOk(dialog);
        QCOMPARE(submitted.count(), 0);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("31.06.2021")), qPrintable(dialog.errorText()));
    }

    void doubtfulDoneDateIsConfirmed()
    {
        // The confirmation of 2019-Q2 reports on April–June 2019: done in March is doubtful.
        const EvaluatedObligation item = find([](const EvaluatedObligation &e) { return e.obligation.key.period == u"2019-Q2"; });
        ui::ReportExecutionDialog dialog(m_snapshot.roadmap, item.obligation, m_asOf);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QDateEdit *>(QStringLiteral("doneDateEdit"))->setDate(QDate(2019, 3, 15));
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);

        QString asked;
        uitest::answerQuestion(QStringLiteral("Correct It"), &asked);
        pressOk(dialog);
        QVERIFY2(asked.contains(QStringLiteral("2019-04-01")), qPrintable(asked));
        QCOMPARE(submitted.count(), 0);
        QVERIFY(!dialog.isConfirmed());

        uitest::answerQuestion(QStringLiteral("Record It Anyway"), &asked);
        pressOk(dialog);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(dialog.input().confirmed);
        QCOMPARE(dialog.input().doneDate, QDate(2019, 3, 15));
    }

    void validatesTheEvidenceLink()
    {
        const EvaluatedObligation item = find([](const EvaluatedObligation &e) { return !e.obligation.eventDriven; });
        ui::ReportExecutionDialog dialog(m_snapshot.roadmap, item.obligation, m_asOf);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("evidenceUrlEdit"));
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openEvidenceButton"));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("evidenceHint"));
        QVERIFY(!open->isEnabled());

        QTest::keyClicks(url, QStringLiteral("kachkanar.ru/docs"));
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(!open->isEnabled());
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);
        pressOk(dialog);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(dialog.errorText().contains(QStringLiteral("http")));

        url->setText(QStringLiteral("https://kachkanar.ru/docs/253"));
        QVERIFY(!hint->isVisible());
        QVERIFY(open->isEnabled());
        pressOk(dialog);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(dialog.input().evidenceUrl, QStringLiteral("https://kachkanar.ru/docs/253"));
    }

    void keepsTheInputWhenSavingFails()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        const RoadmapSnapshot snapshot = fixture.snapshot();
        EvaluatedObligation item;
        for (const EvaluatedObligation &e : snapshot.evaluate(m_asOf)) {
            if (e.obligation.key.department == demo::economy() && e.evaluation.status == ObligationStatus::Overdue) {
                item = e;
                break;
            }
        }
        QVERIFY2(!item.obligation.key.activity.isEmpty(), "the demo has an overdue obligation of the economy department");

        ExecutionWorkflow workflow(fixture.db, fixture.clock());
        Actor actor{QStringLiteral("finance.head"), {}}; // the wrong department first
        ui::ReportExecutionDialog dialog(snapshot.roadmap, item.obligation, m_asOf);
        connect(&dialog, &ui::FormDialog::submitRequested, &dialog, [&] {
            const StorageError error = workflow.reportExecution(actor, fixture.roadmapId, item.obligation.key, dialog.input());
            if (error)
                dialog.showError(error.message);
            else
                dialog.accept();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QDateEdit *>(QStringLiteral("doneDateEdit"))->setDate(QDate(2021, 6, 28));
        dialog.findChild<QLineEdit *>(QStringLiteral("evidenceUrlEdit"))->setText(QStringLiteral("https://kachkanar.ru/a"));
        dialog.findChild<QLineEdit *>(QStringLiteral("documentRefEdit"))->setText(QStringLiteral("№ 12 от 28.06.2021"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))->setPlainText(QStringLiteral("Опубликовано"));

        pressOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("finance.head")));
        QCOMPARE(dialog.input().documentRef, QStringLiteral("№ 12 от 28.06.2021"));
        QVERIFY(!ExecutionRepository(fixture.db).report(fixture.roadmapId, item.obligation.key));

        actor.login = QStringLiteral("econ.head");
        pressOk(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<ExecutionReport> stored = ExecutionRepository(fixture.db).report(fixture.roadmapId, item.obligation.key);
        QVERIFY(stored);
        QCOMPARE(stored->doneDate, QDate(2021, 6, 28));
        QCOMPARE(stored->evidenceUrl, QStringLiteral("https://kachkanar.ru/a"));
        QCOMPARE(stored->documentRef, QStringLiteral("№ 12 от 28.06.2021"));
        QCOMPARE(stored->comment, QStringLiteral("Опубликовано"));
        QCOMPARE(stored->reportedBy, QStringLiteral("econ.head"));
    }

    void noEventsOnlyForEventDrivenObligations()
    {
        const EvaluatedObligation onEvent = find([](const EvaluatedObligation &e) { return e.obligation.eventDriven; });
        const EvaluatedObligation plain = find([](const EvaluatedObligation &e) { return !e.obligation.eventDriven; });
        QVERIFY(onEvent.obligation.eventDriven);

        ui::ReportExecutionDialog dialog(m_snapshot.roadmap, onEvent.obligation, m_asOf);
        dialog.show();
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("noEventsCheck"));
        QVERIFY(check->isVisible());
        check->setChecked(true);
        QVERIFY(dialog.isNoEvents());
        QVERIFY(!dialog.findChild<QDateEdit *>(QStringLiteral("doneDateEdit"))->isEnabled());
        QVERIFY(!dialog.input().doneDate.isValid());

        ui::ReportExecutionDialog other(m_snapshot.roadmap, plain.obligation, m_asOf);
        other.show();
        QVERIFY(!other.findChild<QCheckBox *>(QStringLiteral("noEventsCheck"))->isVisible());
        other.setNoEvents(true);
        QVERIFY(!other.isNoEvents());
    }

    void previousReturnedReport()
    {
        const EvaluatedObligation item = find([](const EvaluatedObligation &e) { return !e.obligation.eventDriven; });
        ExecutionReport report;
        report.key = item.obligation.key;
        report.state = ExecutionReport::State::Returned;
        report.doneDate = QDate(2021, 5, 3);
        report.evidenceUrl = QStringLiteral("https://kachkanar.ru/old");
        report.comment = QStringLiteral("было");
        report.verifiedBy = QStringLiteral("org.monitor");
        report.verifiedAt = QDateTime(QDate(2021, 5, 10), QTime(9, 0), Qt::UTC);
        report.verificationComment = QStringLiteral("Нет ссылки на приказ");
        ui::ReportExecutionDialog dialog(m_snapshot.roadmap, item.obligation, m_asOf);
        dialog.setPreviousReport(report);
        dialog.show();
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("returnNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("Нет ссылки на приказ")));
        QVERIFY(note->text().contains(QStringLiteral("10.05.2021")));
        QCOMPARE(dialog.input().doneDate, QDate(2021, 5, 3));
        QCOMPARE(dialog.input().evidenceUrl, QStringLiteral("https://kachkanar.ru/old"));
    }
};

QTEST_MAIN(TestReportExecutionDialog)
#include "tst_reportexecutiondialog.moc"
