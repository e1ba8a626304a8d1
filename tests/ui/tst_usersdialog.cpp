#include "demofixture.h"

#include "auditlog.h"
#include "roadmapsettingsdialog.h"
#include "userrepository.h"
#include "usersdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>

using namespace core;

class TestUsersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void addChangeDisable()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::UsersDialog dialog(fixture.db, {demo::monitor(), {}}, fixture.clock());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int users = UserRepository(fixture.db).count();
        QCOMPARE(dialog.model()->rowCount(), users);
        QSignalSpy changed(&dialog, &ui::UsersDialog::changed);
        dialog.show();

        dialog.startNewUser();
        dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(QStringLiteral("ivanova"));
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Иванова И. И."));
        auto *role = dialog.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(userRoleId(User::Role::DepartmentHead)));
        auto *department = dialog.findChild<QComboBox *>(QStringLiteral("departmentCombo"));
        department->setCurrentIndex(department->findData(demo::economy()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveUserButton")), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.model()->rowCount(), users + 1);
        std::optional<User> stored = UserRepository(fixture.db).user(QStringLiteral("ivanova"));
        QVERIFY(stored);
        QCOMPARE(stored->role, User::Role::DepartmentHead);
        QCOMPARE(stored->department, demo::economy());
        QCOMPARE(stored->displayName, QStringLiteral("Иванова И. И."));

        // Change the role, then disable.
        QVERIFY(dialog.selectUser(QStringLiteral("ivanova")));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->isReadOnly());
        role->setCurrentIndex(role->findData(userRoleId(User::Role::Viewer)));
        QVERIFY(!department->isEnabled());
        QVERIFY(dialog.saveForm());
        stored = UserRepository(fixture.db).user(QStringLiteral("ivanova"));
        QCOMPARE(stored->role, User::Role::Viewer);
        QCOMPARE(stored->department, QString());
        dialog.findChild<QCheckBox *>(QStringLiteral("activeCheck"))->setChecked(false);
        QVERIFY(dialog.saveForm());
        QCOMPARE(UserRepository(fixture.db).user(QStringLiteral("ivanova"))->active, false);
        QCOMPARE(stored->version + 1, UserRepository(fixture.db).user(QStringLiteral("ivanova"))->version);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void departmentHeadIsRefused()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::UsersDialog dialog(fixture.db, {QStringLiteral("econ.head"), {}}, fixture.clock());
        dialog.startNewUser();
        dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(QStringLiteral("friend"));
        QVERIFY(!dialog.saveForm());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().isEmpty());
        QVERIFY(!UserRepository(fixture.db).user(QStringLiteral("friend")));
        // What was typed stays.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), QStringLiteral("friend"));
    }

    void settingsDialog()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        ui::RoadmapSettingsDialog dialog(fixture.db, {demo::monitor(), {}}, fixture.clock(), fixture.roadmapId);
        QCOMPARE(dialog.settings(), RoadmapSettings());
        QSignalSpy changed(&dialog, &ui::RoadmapSettingsDialog::changed);
        dialog.show();
        dialog.findChild<QSpinBox *>(QStringLiteral("confirmationDaySpin"))->setValue(15);
        dialog.findChild<QSpinBox *>(QStringLiteral("dueSoonSpin"))->setValue(7);
        dialog.findChild<QCheckBox *>(QStringLiteral("decreeDaysCheck"))->setChecked(true);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(!dialog.isVisible());
        const RoadmapSettings stored = RoadmapRepository(fixture.db).load(fixture.roadmapId)->settings;
        QCOMPARE(stored.quarterlyConfirmationDay, 15);
        QCOMPARE(stored.dueSoonDays, 7);
        QCOMPARE(stored.decreeDaysAreNonWorking, true);
        QCOMPARE(stored.moveDueToWorkingDay, true);

        ui::RoadmapSettingsDialog refused(fixture.db, {QStringLiteral("econ.head"), {}}, fixture.clock(), fixture.roadmapId);
        QCOMPARE(refused.settings().quarterlyConfirmationDay, 15);
        refused.show();
        QTest::mouseClick(refused.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(refused.isVisible());
        QVERIFY(!refused.errorText().isEmpty());
    }
};

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
