#include "demofixture.h"

#include "auditlog.h"
#include "editdepartmentcommand.h"
#include "editprinciplecommand.h"
#include "manualrule.h"
#include "roadmapeditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace core;

namespace {

const Actor monitorActor{demo::monitor(), {}};

Roadmap load(demo::Fixture &fixture)
{
    return RoadmapRepository(fixture.db).load(fixture.roadmapId).value_or(Roadmap());
}

/// The tree item text of an activity.
QString treeText(const QStandardItemModel *model, const QString &number)
{
    for (int p = 0; p < model->rowCount(); ++p) {
        const QModelIndex principle = model->index(p, 0);
        for (int a = 0; a < model->rowCount(principle); ++a) {
            const QModelIndex activity = model->index(a, 0, principle);
            if (activity.data(ui::RoadmapEditor::KeyRole).toString() == number)
                return activity.data().toString();
        }
    }
    return {};
}

} // namespace

class TestRoadmapEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void modelsAndReviewList()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::RoadmapEditor editor(fixture.db, monitorActor, fixture.clock(), fixture.roadmapId);
        QAbstractItemModelTester treeTester(editor.activityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester departmentTester(editor.departmentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const Roadmap roadmap = load(fixture);
        QCOMPARE(editor.activityModel()->rowCount(), roadmap.principles.size());
        int activities = 0;
        for (int p = 0; p < editor.activityModel()->rowCount(); ++p)
            activities += editor.activityModel()->rowCount(editor.activityModel()->index(p, 0));
        QCOMPARE(activities, roadmap.activities.size());
        QCOMPARE(editor.departmentModel()->rowCount(), RoadmapRepository(fixture.db).departments().size());

        QStringList review;
        for (const Activity &activity : roadmap.activities) {
            if (activity.rule.needsReview())
                review.append(activity.number);
        }
        QCOMPARE(editor.activitiesNeedingReview(), review);
        QCOMPARE(editor.findChild<QListWidget *>(QStringLiteral("reviewList"))->count(), review.size());
    }

    void livePreview()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::RoadmapEditor editor(fixture.db, monitorActor, fixture.clock(), fixture.roadmapId);
        editor.show();
        editor.selectActivity(QStringLiteral("2.1"));
        QCOMPARE(editor.selectedActivity(), QStringLiteral("2.1"));
        auto *deadline = editor.findChild<QLineEdit *>(QStringLiteral("deadlineEdit"));
        QCOMPARE(deadline->text(), load(fixture).activity(QStringLiteral("2.1"))->deadlineText);

        deadline->setText(QStringLiteral("ежегодно до 1 марта года, следующего за отчетным"));
        QTRY_COMPARE(editor.previewObligations().size(), 3);
        const QList<Obligation> preview = editor.previewObligations();
        QCOMPARE(preview[0].key.period, QStringLiteral("2018"));
        QCOMPARE(preview[1].nominalDue, QDate(2020, 2, 29));
        QCOMPARE(preview[1].legalDue, QDate(2020, 3, 2)); // Saturday → Monday (art. 193)
        auto *table = editor.findChild<QTableWidget *>(QStringLiteral("obligationPreview"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("02.03.2020"));
        QVERIFY(!editor.previewRuleText().startsWith(QStringLiteral("Needs review")));
        QVERIFY(!editor.previewRuleText().isEmpty());

        deadline->setText(QStringLiteral("когда получится"));
        QCOMPARE(editor.previewObligations().size(), 0);
        QVERIFY(editor.previewRuleText().startsWith(QStringLiteral("Needs review")));
        QCOMPARE(table->rowCount(), 0);
        // Nothing is written until Apply.
        QVERIFY(load(fixture).activity(QStringLiteral("2.1"))->deadlineText != QStringLiteral("когда получится"));
        QCOMPARE(editor.undoStack()->count(), 0);
    }

    void applyUndoRedo()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        QUndoStack stack;
        ui::RoadmapEditor editor(fixture.db, monitorActor, fixture.clock(), fixture.roadmapId, &stack);
        QCOMPARE(editor.undoStack(), &stack);
        editor.show();
        editor.selectActivity(QStringLiteral("2.1"));
        const Activity before = *load(fixture).activity(QStringLiteral("2.1"));
        int changes = 0;
        connect(&editor, &ui::RoadmapEditor::changed, this, [&] { ++changes; });

        editor.findChild<QLineEdit *>(QStringLiteral("deadlineEdit"))->setText(QStringLiteral("2021 год"));
        editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(QStringLiteral("Новый текст"));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(changes, 1);
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->deadlineText, QStringLiteral("2021 год"));
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->text, QStringLiteral("Новый текст"));
        QVERIFY(treeText(editor.activityModel(), QStringLiteral("2.1")).contains(QStringLiteral("Новый текст")));

        stack.undo();
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->deadlineText, before.deadlineText);
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->text, before.text);
        QVERIFY(!treeText(editor.activityModel(), QStringLiteral("2.1")).contains(QStringLiteral("Новый текст")));
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("deadlineEdit"))->text(), before.deadlineText);
        stack.redo();
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->deadlineText, QStringLiteral("2021 год"));
        QCOMPARE(changes, 3);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void ruleSetByHandThroughTheForm()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        QUndoStack stack;
        ui::RoadmapEditor editor(fixture.db, monitorActor, fixture.clock(), fixture.roadmapId, &stack);
        editor.show();
        editor.selectActivity(QStringLiteral("2.1"));
        const Activity before = *load(fixture).activity(QStringLiteral("2.1"));
        auto *deadline = editor.findChild<QLineEdit *>(QStringLiteral("deadlineEdit"));
        deadline->setText(QStringLiteral("по мере необходимости, по согласованию"));
        QVERIFY(editor.previewRuleText().startsWith(QStringLiteral("Needs review")));

        // The form states "every quarter, no later than day 15 of the next month"; the preview follows.
        auto *group = editor.findChild<QGroupBox *>(QStringLiteral("manualRuleGroup"));
        QVERIFY(group && !group->isChecked());
        group->setChecked(true);
        auto *kind = editor.findChild<QComboBox *>(QStringLiteral("ruleKindCombo"));
        kind->setCurrentIndex(kind->findData(int(RuleForm::Kind::Periodic)));
        auto *due = editor.findChild<QComboBox *>(QStringLiteral("ruleDueCombo"));
        due->setCurrentIndex(due->findData(int(RuleForm::Due::DayOfNextMonth)));
        editor.findChild<QSpinBox *>(QStringLiteral("ruleDaySpin"))->setValue(15);
        const QString wording = QStringLiteral("ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом");
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("ruleWordingEdit"))->text(), wording);
        QCOMPARE(editor.formRuleWording(), wording);
        QVERIFY2(editor.previewRuleText().startsWith(QStringLiteral("Set by hand")), qPrintable(editor.previewRuleText()));
        QCOMPARE(editor.previewObligations().size(), 12); // 2018-Q1 (from 16.03) … 2020-Q4
        QCOMPARE(editor.previewObligations().first().nominalDue, QDate(2018, 4, 15));

        // Apply writes the wording and the rule, in one undoable step.
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QVERIFY2(editor.message().isEmpty(), qPrintable(editor.message()));
        QCOMPARE(stack.count(), 1);
        Activity stored = *load(fixture).activity(QStringLiteral("2.1"));
        QCOMPARE(stored.deadlineText, QStringLiteral("по мере необходимости, по согласованию"));
        QCOMPARE(stored.manualRule.wording, wording);
        QCOMPARE(stored.manualRule.setBy, demo::monitor());
        QVERIFY(stored.rule.isValid());
        QVERIFY(!editor.activitiesNeedingReview().contains(QStringLiteral("2.1")));
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("ruleSetByLabel"))->text().contains(demo::monitor()));

        // Unchecking the group clears the rule; undo brings it back, and undo again the wording.
        group->setChecked(false);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QVERIFY(!load(fixture).activity(QStringLiteral("2.1"))->manualRule.isSet());
        stack.undo();
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->manualRule.wording, wording);
        QVERIFY(group->isChecked());
        stack.undo();
        stored = *load(fixture).activity(QStringLiteral("2.1"));
        QCOMPARE(stored.deadlineText, before.deadlineText);
        QVERIFY(!stored.manualRule.isSet());
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());

        // A rule that does not read is refused with the reason, and what was typed stays.
        editor.selectActivity(QStringLiteral("2.1"));
        group->setChecked(true);
        editor.findChild<QLineEdit *>(QStringLiteral("ruleWordingEdit"))->setText(QStringLiteral("когда получится"));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QVERIFY2(editor.message().contains(QStringLiteral("когда получится")), qPrintable(editor.message()));
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("ruleWordingEdit"))->text(), QStringLiteral("когда получится"));
        QVERIFY(!load(fixture).activity(QStringLiteral("2.1"))->manualRule.isSet());
    }

    void fieldsAndDepartmentsUndoAsOne()
    {
        // Text and departments changed in one Apply: undo brings both back (it used to stop at a
        // version conflict with itself, the second step having moved the activity's version on).
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        QUndoStack stack;
        ui::RoadmapEditor editor(fixture.db, monitorActor, fixture.clock(), fixture.roadmapId, &stack);
        editor.show();
        editor.selectActivity(QStringLiteral("2.1"));
        const Activity before = *load(fixture).activity(QStringLiteral("2.1"));
        editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(QStringLiteral("Новый текст"));
        auto *party = editor.findChild<QComboBox *>(QStringLiteral("partyCombo"));
        for (int i = 0; i < party->count(); ++i) {
            const QString name = party->itemData(i).toStringList().value(0);
            if (!name.isEmpty() && std::none_of(before.assignments.cbegin(), before.assignments.cend(),
                                                [&](const Assignment &a) { return a.department == name; })) {
                party->setCurrentIndex(i);
                break;
            }
        }
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addPartyButton")), Qt::LeftButton);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QVERIFY2(editor.message().isEmpty(), qPrintable(editor.message()));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->assignments.size(), before.assignments.size() + 1);

        stack.undo();
        QVERIFY2(editor.message().isEmpty(), qPrintable(editor.message()));
        const Activity undone = *load(fixture).activity(QStringLiteral("2.1"));
        QCOMPARE(undone.text, before.text);
        QCOMPARE(undone.assignments, before.assignments);
        stack.redo();
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->text, QStringLiteral("Новый текст"));
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void stackOutlivesTheEditor()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        QUndoStack stack;
        const QString title = load(fixture).principle(4)->title;
        {
            ui::RoadmapEditor editor(fixture.db, monitorActor, fixture.clock(), fixture.roadmapId, &stack);
            editor.selectPrinciple(4);
            editor.findChild<QLineEdit *>(QStringLiteral("principleTitleEdit"))->setText(QStringLiteral("Четвёртый"));
            QVERIFY(editor.applyForm());
        }
        QCOMPARE(load(fixture).principle(4)->title, QStringLiteral("Четвёртый"));
        stack.undo(); // the editor is gone; the command still writes
        QCOMPARE(load(fixture).principle(4)->title, title);
    }

    void commandsAgainstTheDatabase()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        const RoadmapEditing editing(fixture.db, fixture.clock());
        const QString title = load(fixture).principle(3)->title;

        ui::EditPrincipleCommand rename(editing, monitorActor, fixture.roadmapId, 3, title, QStringLiteral("Принцип три"));
        rename.redo();
        QVERIFY(!rename.lastError());
        QCOMPARE(load(fixture).principle(3)->title, QStringLiteral("Принцип три"));
        rename.undo();
        QCOMPARE(load(fixture).principle(3)->title, title);

        const Department economy = *load(fixture).department(demo::economy());
        Department renamed = economy;
        renamed.name = QStringLiteral("Отдел экономики");
        ui::EditDepartmentCommand department(editing, monitorActor, fixture.roadmapId, economy, renamed, 1);
        department.redo();
        QVERIFY2(!department.lastError(), qPrintable(department.lastError().message));
        QVERIFY(load(fixture).department(QStringLiteral("Отдел экономики")));
        department.undo();
        QVERIFY(!department.lastError());
        QVERIFY(load(fixture).department(demo::economy()));
        QVERIFY(!department.isObsolete());

        // A refused command becomes obsolete, so the stack drops it.
        ui::EditPrincipleCommand refused(editing, {QStringLiteral("econ.head"), {}}, fixture.roadmapId, 3, title, QStringLiteral("x"));
        refused.redo();
        QCOMPARE(refused.lastError().kind, StorageError::Kind::NotPermitted);
        QVERIFY(refused.isObsolete());
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void addAndRemoveActivity()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::RoadmapEditor editor(fixture.db, monitorActor, fixture.clock(), fixture.roadmapId);
        editor.show();
        const int activities = int(load(fixture).activities.size());
        editor.selectActivity(QStringLiteral("4.1"));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addActivityButton")), Qt::LeftButton);
        QCOMPARE(load(fixture).activities.size(), activities + 1);
        const QString added = editor.selectedActivity();
        QVERIFY(added.startsWith(QStringLiteral("4.")));
        QVERIFY(!treeText(editor.activityModel(), added).isEmpty());

        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("removeActivityButton")), Qt::LeftButton);
        QCOMPARE(load(fixture).activities.size(), activities);
        QVERIFY(treeText(editor.activityModel(), added).isEmpty());
        QCOMPARE(editor.undoStack()->count(), 2);
        editor.undoStack()->undo();
        QVERIFY(load(fixture).activity(added));
        editor.undoStack()->undo();
        QVERIFY(!load(fixture).activity(added));

        // An activity with reports is not removed; the stack stays as it was.
        editor.selectActivity(QStringLiteral("1.1"));
        const int index = editor.undoStack()->index();
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("removeActivityButton")), Qt::LeftButton);
        QVERIFY(load(fixture).activity(QStringLiteral("1.1")));
        QVERIFY(!editor.message().isEmpty());
        QCOMPARE(editor.undoStack()->index(), index);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void assignmentsThroughTheForm()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::RoadmapEditor editor(fixture.db, monitorActor, fixture.clock(), fixture.roadmapId);
        editor.show();
        editor.selectActivity(QStringLiteral("2.1"));
        const QList<Assignment> before = load(fixture).activity(QStringLiteral("2.1"))->assignments;
        auto *party = editor.findChild<QComboBox *>(QStringLiteral("partyCombo"));
        const int finance = party->findText(QStringLiteral("Финансовое управление"));
        QVERIFY(finance >= 0);
        party->setCurrentIndex(finance);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addPartyButton")), Qt::LeftButton);
        QVERIFY(editor.applyForm());
        const QList<Assignment> after = load(fixture).activity(QStringLiteral("2.1"))->assignments;
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.last().department, QStringLiteral("Финансовое управление"));
        editor.undoStack()->undo();
        QCOMPARE(load(fixture).activity(QStringLiteral("2.1"))->assignments, before);
    }
};

QTEST_MAIN(TestRoadmapEditor)
#include "tst_roadmapeditor.moc"
