#include "uitestsupport.h"

#include "executionrepository.h"
#include "executionworkflow.h"
#include "mainwindow.h"
#include "obligationlistmodel.h"
#include "roadmaprepository.h"
#include "roadmaptreemodel.h"
#include "snapshotloader.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace ui;
using core::ObligationStatus;

namespace {

const QDate demoDate(2021, 6, 30);
// "Now" is on the as-of date: what is recorded later than the as-of date does not count at it.
const QDateTime now(QDate(2021, 6, 30), QTime(14, 0), Qt::UTC);

QWidget *findTopLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible())
            return widget;
    }
    return nullptr;
}

void clickOk(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    ok->click();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutADatabaseOffersTheDemo();
    void opensTheDemoWithCoresStatuses();
    void asOfDateReevaluates();
    void filtersTheTree();
    void departmentHeadReports();
    void departmentHeadCannotWriteForAnotherDepartment();
    void monitorAcceptsAndReturns();
    void monitorGrantsAnExtension();
    void otherPeoplesChangesAppear();
    void conflictShowsBothVersions();
    void shareDisappearsAndComesBack();
    void busyFileShowsTheIndicator();

private:
    /// A fresh copy of the demo database for one test.
    QString copyOfDemo();
    std::unique_ptr<MainWindow> openWindow(const QString &login, const QString &path);
    /// The first obligation of the shown roadmap that matches.
    static std::optional<core::EvaluatedObligation> find(const MainWindow &window,
                                                         const std::function<bool(const core::EvaluatedObligation &)> &match);
    static ObligationStatus statusIn(const MainWindow &window, const core::ObligationKey &key);

    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    uitest::pinEnvironment(m_dir);
    m_demo = m_dir.filePath(QStringLiteral("demo-template.sqlite"));
    QCOMPARE(uitest::createDemo(m_demo), QString());
    QCOMPARE(uitest::addPendingReports(m_demo, demoDate, 3), QString());
}

QString TestMainWindow::copyOfDemo()
{
    const QString path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_demo, path))
        return {};
    return path;
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString &login, const QString &path)
{
    return uitest::openWindow(login, path, now, 150);
}

std::optional<core::EvaluatedObligation> TestMainWindow::find(const MainWindow &window,
                                                              const std::function<bool(const core::EvaluatedObligation &)> &match)
{
    for (const core::EvaluatedObligation &evaluated : window.roadmap()->evaluated) {
        if (match(evaluated))
            return evaluated;
    }
    return std::nullopt;
}

ObligationStatus TestMainWindow::statusIn(const MainWindow &window, const core::ObligationKey &key)
{
    for (const core::EvaluatedObligation &evaluated : window.roadmap()->evaluated) {
        if (evaluated.obligation.key == key)
            return evaluated.evaluation.status;
    }
    return ObligationStatus::Upcoming;
}

void TestMainWindow::withoutADatabaseOffersTheDemo()
{
    MainWindow window(uitest::monitor);
    window.show();
    auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("createDemoButton")));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openButton")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionReport"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionBackup"))->isEnabled());
}

void TestMainWindow::opensTheDemoWithCoresStatuses()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::monitor, path);
    QVERIFY(window);
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("roadmapTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 9);
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("Никитина")));

    // The same statuses as core computes from the file.
    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
    const auto snapshot = core::loadSnapshot(db, core::RoadmapRepository(db).roadmapHeaders().first().id);
    QVERIFY(snapshot);
    const QList<core::EvaluatedObligation> expected = snapshot->evaluate(demoDate);
    QCOMPARE(window->roadmap()->evaluated.size(), expected.size());
    const auto *model = window->findChild<RoadmapTreeModel *>();
    QVERIFY(model);
    for (const core::EvaluatedObligation &evaluated : expected)
        QCOMPARE(model->obligationIndex(evaluated.obligation.key).data(RoadmapTreeModel::StatusRole).toInt(),
                 int(evaluated.evaluation.status));

    // The monitor sees the verification queue with every report waiting.
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *verification = window->findChild<QWidget *>(QStringLiteral("verificationTab"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(verification)));
    auto *queue = window->findChild<QTreeView *>(QStringLiteral("verificationView"));
    QCOMPARE(queue->model()->rowCount(), window->roadmap()->compliance.totals.awaitingVerification);
    // Workflow actions cannot be undone in the database; the window does not pretend they can.
    QCOMPARE(window->undoStack()->count(), 0);
}

void TestMainWindow::asOfDateReevaluates()
{
    auto window = openWindow(uitest::monitor, copyOfDemo());
    QVERIFY(window);
    const core::RoadmapSnapshot snapshot = window->roadmap()->snapshot;
    QSignalSpy shown(window.get(), &MainWindow::roadmapShown);
    window->findChild<QDateEdit *>(QStringLiteral("asOfEdit"))->setDate(QDate(2018, 9, 30));
    QVERIFY(shown.wait(10000));
    QCOMPARE(window->roadmap()->asOf, QDate(2018, 9, 30));
    const core::ComplianceReport expected = core::ComplianceReport::build(snapshot.evaluate(QDate(2018, 9, 30)), QDate(2018, 9, 30));
    QCOMPARE(window->roadmap()->compliance.totals.overdue, expected.totals.overdue);
    QCOMPARE(window->roadmap()->compliance.totals.doneOnTime, expected.totals.doneOnTime);
    QCOMPARE(window->roadmap()->compliance.totals.upcoming, expected.totals.upcoming);

    // A date typed over the field is the date taken: «31.03.2021» over 30.06.2021 (QDateEdit made
    // it 30.03.2021, fixing the day against June while the month was still being typed).
    auto *asOf = window->findChild<QDateEdit *>(QStringLiteral("asOfEdit"));
    asOf->setDate(QDate(2021, 6, 30));
    QVERIFY(shown.wait(10000));
    window->activateWindow();
    asOf->setFocus(Qt::TabFocusReason);
    asOf->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(asOf, QStringLiteral("31.03.2021"));
    QTest::keyClick(asOf, Qt::Key_Tab);
    QCOMPARE(asOf->date(), QDate(2021, 3, 31));
    QTRY_COMPARE_WITH_TIMEOUT(window->roadmap()->asOf, QDate(2021, 3, 31), 10000);
}

void TestMainWindow::filtersTheTree()
{
    auto window = openWindow(uitest::monitor, copyOfDemo());
    QVERIFY(window);
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("roadmapTree"));
    auto *department = window->findChild<QComboBox *>(QStringLiteral("departmentFilter"));
    QVERIFY(department);
    const int index = department->findData(uitest::economy);
    QVERIFY(index > 0);
    department->setCurrentIndex(index);

    const std::function<int(const QModelIndex &, bool *)> countObligations = [&](const QModelIndex &parent, bool *onlyEconomy) {
        int count = 0;
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex child = tree->model()->index(row, 0, parent);
            if (!child.data(RoadmapTreeModel::PeriodRole).toString().isEmpty()) {
                ++count;
                if (child.data(RoadmapTreeModel::DepartmentsRole).toStringList() != QStringList{uitest::economy})
                    *onlyEconomy = false;
            }
            count += countObligations(child, onlyEconomy);
        }
        return count;
    };
    bool onlyEconomy = true;
    const int expected = int(std::count_if(window->roadmap()->evaluated.cbegin(), window->roadmap()->evaluated.cend(),
                                           [](const auto &e) { return e.obligation.key.department == uitest::economy; }));
    QTRY_COMPARE(countObligations({}, &onlyEconomy), expected);
    QVERIFY(onlyEconomy);

    // Free text narrows further; typing is debounced, so wait for it.
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("нет-такого-слова"));
    QTRY_COMPARE(tree->model()->rowCount(), 0);
    window->findChild<QToolButton *>(QStringLiteral("resetFilterButton"))->click();
    QTRY_COMPARE(tree->model()->rowCount(), 9);
}

void TestMainWindow::departmentHeadReports()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::economyHead, path);
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *myTab = window->findChild<QWidget *>(QStringLiteral("myObligationsTab"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(myTab)));
    tabs->setCurrentWidget(myTab);

    // The overdue category of the department's own list.
    auto *categories = window->findChild<QListWidget *>(QStringLiteral("categoryList"));
    categories->setCurrentRow(1);
    auto *view = window->findChild<QTreeView *>(QStringLiteral("myObligationsView"));
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, 0).data(ObligationListModel::StatusRole).toInt(), int(ObligationStatus::Overdue));
    view->setCurrentIndex(view->model()->index(0, 0));
    const core::ObligationKey key = *window->selectedObligation();

    auto *report = window->findChild<QAction *>(QStringLiteral("actionReport"));
    QVERIFY(report->isEnabled());
    report->trigger();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = findTopLevel(QStringLiteral("reportExecutionDialog"))));
    dialog->findChild<QDateEdit *>(QStringLiteral("doneDateEdit"))->setDate(QDate(2021, 6, 29));
    dialog->findChild<QLineEdit *>(QStringLiteral("evidenceUrlEdit"))->setText(QStringLiteral("https://kachkanar.ru/docs/report-1"));
    dialog->findChild<QLineEdit *>(QStringLiteral("documentRefEdit"))->setText(QStringLiteral("№ 12 от 29.06.2021"));
    QSignalSpy written(window.get(), &MainWindow::writeFinished);
    clickOk(dialog);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().first().value<core::StorageError>().message, QString());

    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
    const auto stored = core::ExecutionRepository(db).report(window->roadmap()->snapshot.roadmap.id, key);
    QVERIFY(stored);
    QCOMPARE(stored->state, core::ExecutionReport::State::Reported);
    QCOMPARE(stored->reportedBy, uitest::economyHead);
    QCOMPARE(stored->evidenceUrl, QStringLiteral("https://kachkanar.ru/docs/report-1"));
    QTRY_COMPARE(statusIn(*window, key), ObligationStatus::AwaitingVerification);
}

void TestMainWindow::departmentHeadCannotWriteForAnotherDepartment()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::economyHead, path);
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(window->findChild<QWidget *>(QStringLiteral("verificationTab")))));
    const auto menus = window->menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu->menu() && menu->menu()->actions().contains(window->findChild<QAction *>(QStringLiteral("actionUsers"))))
            QVERIFY(!menu->isVisible());
    }

    // Another department's open obligation, and one waiting for verification.
    const auto others = find(*window, [&](const core::EvaluatedObligation &e) {
        return e.obligation.key.department != uitest::economy && !window->roadmap()->snapshot.roadmap.isGroup(e.obligation.key.department)
            && e.evaluation.status == ObligationStatus::Overdue;
    });
    QVERIFY(others);
    QVERIFY(window->selectObligation(others->obligation.key));
    QCOMPARE(*window->selectedObligation(), others->obligation.key);
    for (const char *name : {"actionReport", "actionNoEvents", "actionRequestExtension", "actionAccept", "actionReturn",
                             "actionGrantExtension", "actionRoadmapEditor", "actionUsers", "actionCalendar", "actionRoadmapSettings"})
        QVERIFY2(!window->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionReport"))->statusTip().isEmpty());

    // Its own obligation of the same kind is reportable: the difference is the department.
    const auto own = find(*window, [](const core::EvaluatedObligation &e) {
        return e.obligation.key.department == uitest::economy && e.evaluation.status == ObligationStatus::Overdue;
    });
    QVERIFY(own);
    QVERIFY(window->selectObligation(own->obligation.key));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionReport"))->isEnabled());

    // And core refuses anyway.
    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
    core::ExecutionWorkflow workflow(db, [] { return now; });
    const qint64 roadmapId = window->roadmap()->snapshot.roadmap.id;
    const core::StorageError refused = workflow.reportExecution({uitest::economyHead, {}}, roadmapId, others->obligation.key,
                                                                {QDate(2021, 6, 1), QStringLiteral("https://example.ru"), {}, {}});
    QCOMPARE(refused.kind, core::StorageError::Kind::NotPermitted);
    QCOMPARE(workflow.grantExtension({uitest::economyHead, {}}, roadmapId, own->obligation.key, QDate(2021, 12, 1), QStringLiteral("x")).kind,
             core::StorageError::Kind::NotPermitted);
}

void TestMainWindow::monitorAcceptsAndReturns()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::monitor, path);
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("verificationTab")));
    auto *queue = window->findChild<QTreeView *>(QStringLiteral("verificationView"));
    const int waiting = queue->model()->rowCount();
    QVERIFY(waiting >= 2);

    queue->setCurrentIndex(queue->model()->index(0, 0));
    const core::ObligationKey accepted = *window->selectedObligation();
    QSignalSpy written(window.get(), &MainWindow::writeFinished);
    window->findChild<QAction *>(QStringLiteral("actionAccept"))->trigger();
    QVERIFY(written.wait(20000));
    QCOMPARE(written.takeFirst().first().value<core::StorageError>().message, QString());
    QTRY_COMPARE(queue->model()->rowCount(), waiting - 1);

    queue->setCurrentIndex(queue->model()->index(0, 0));
    const core::ObligationKey returned = *window->selectedObligation();
    window->findChild<QAction *>(QStringLiteral("actionReturn"))->trigger();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = findTopLevel(QStringLiteral("returnDialog"))));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))->setPlainText(QStringLiteral("Нет ссылки на документ"));
    clickOk(dialog);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.takeFirst().first().value<core::StorageError>().message, QString());
    QTRY_COMPARE(queue->model()->rowCount(), waiting - 2);

    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
    const core::ExecutionRepository repository(db);
    const qint64 roadmapId = window->roadmap()->snapshot.roadmap.id;
    QCOMPARE(repository.report(roadmapId, accepted)->state, core::ExecutionReport::State::Accepted);
    QCOMPARE(repository.report(roadmapId, accepted)->verifiedBy, uitest::monitor);
    QCOMPARE(repository.report(roadmapId, returned)->state, core::ExecutionReport::State::Returned);
    QCOMPARE(repository.report(roadmapId, returned)->verificationComment, QStringLiteral("Нет ссылки на документ"));
    // Returned counts as not done: past its due date it is overdue again.
    QTRY_VERIFY(statusIn(*window, returned) == ObligationStatus::Returned || statusIn(*window, returned) == ObligationStatus::Overdue);
    QVERIFY(statusIn(*window, returned) != ObligationStatus::AwaitingVerification);
}

void TestMainWindow::monitorGrantsAnExtension()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::monitor, path);
    QVERIFY(window);
    const auto overdue = find(*window, [](const core::EvaluatedObligation &e) { return e.evaluation.status == ObligationStatus::Overdue; });
    QVERIFY(overdue);
    QVERIFY(window->selectObligation(overdue->obligation.key));
    auto *grant = window->findChild<QAction *>(QStringLiteral("actionGrantExtension"));
    QVERIFY(grant->isEnabled());
    grant->trigger();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = findTopLevel(QStringLiteral("extensionDialog"))));
    dialog->findChild<QDateEdit *>(QStringLiteral("newDueEdit"))->setDate(QDate(2021, 9, 30));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Смена ответственного"));
    QSignalSpy written(window.get(), &MainWindow::writeFinished);
    clickOk(dialog);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().first().value<core::StorageError>().message, QString());

    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
    const QList<core::Extension> extensions =
        core::ExecutionRepository(db).extensions(window->roadmap()->snapshot.roadmap.id, overdue->obligation.key);
    QVERIFY(!extensions.isEmpty());
    QCOMPARE(extensions.last().newDue, QDate(2021, 9, 30));
    QCOMPARE(extensions.last().grantedBy, uitest::monitor);
    // Extended past the as-of date, the obligation is no longer overdue.
    QTRY_VERIFY(statusIn(*window, overdue->obligation.key) != ObligationStatus::Overdue);
}

void TestMainWindow::otherPeoplesChangesAppear()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::monitor, path);
    QVERIFY(window);
    const auto waiting = find(*window, [](const core::EvaluatedObligation &e) {
        return e.evaluation.status == ObligationStatus::AwaitingVerification;
    });
    QVERIFY(waiting);

    // Someone else, on another connection, accepts it.
    core::Database other;
    QVERIFY(!other.open(core::DatabaseLocation::sqlite(path)));
    QCOMPARE(core::ExecutionWorkflow(other, [] { return now; })
                 .accept({uitest::creator, {}}, window->roadmap()->snapshot.roadmap.id, waiting->obligation.key)
                 .message,
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(core::isDone(statusIn(*window, waiting->obligation.key)), 10000);
}

void TestMainWindow::conflictShowsBothVersions()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::economyHead, path);
    QVERIFY(window);
    const auto overdue = find(*window, [](const core::EvaluatedObligation &e) {
        return e.obligation.key.department == uitest::economy && e.evaluation.status == ObligationStatus::Overdue;
    });
    QVERIFY(overdue);
    QVERIFY(window->selectObligation(overdue->obligation.key));
    // Polling would pick the other change up before OK is pressed; the person is slower than that here.
    window->store()->setPollInterval(0);
    window->findChild<QAction *>(QStringLiteral("actionReport"))->trigger();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = findTopLevel(QStringLiteral("reportExecutionDialog"))));
    dialog->findChild<QDateEdit *>(QStringLiteral("doneDateEdit"))->setDate(QDate(2021, 6, 28));
    dialog->findChild<QLineEdit *>(QStringLiteral("evidenceUrlEdit"))->setText(QStringLiteral("https://kachkanar.ru/mine"));

    // Meanwhile a colleague of the same department reports it from another computer.
    core::Database other;
    QVERIFY(!other.open(core::DatabaseLocation::sqlite(path)));
    QCOMPARE(core::ExecutionWorkflow(other, [] { return now; })
                 .reportExecution({uitest::economyHead, {}}, window->roadmap()->snapshot.roadmap.id, overdue->obligation.key,
                                  {QDate(2021, 6, 25), QStringLiteral("https://kachkanar.ru/theirs"), {}, {}})
                 .message,
             QString());

    clickOk(dialog);
    QWidget *conflict = nullptr;
    QTRY_VERIFY((conflict = dialog->findChild<QWidget *>(QStringLiteral("conflictDialog"))) && conflict->isVisible());
    QVERIFY(conflict->findChild<QTextBrowser *>(QStringLiteral("mineView"))->toPlainText().contains(QStringLiteral("kachkanar.ru/mine")));
    QVERIFY(conflict->findChild<QTextBrowser *>(QStringLiteral("theirsView"))->toPlainText().contains(QStringLiteral("kachkanar.ru/theirs")));
    // What was typed is still in the dialog.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("evidenceUrlEdit"))->text(), QStringLiteral("https://kachkanar.ru/mine"));

    QSignalSpy written(window.get(), &MainWindow::writeFinished);
    conflict->findChild<QPushButton *>(QStringLiteral("keepMineButton"))->click();
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().first().value<core::StorageError>().message, QString());
    const auto stored = core::ExecutionRepository(other).report(window->roadmap()->snapshot.roadmap.id, overdue->obligation.key);
    QCOMPARE(stored->evidenceUrl, QStringLiteral("https://kachkanar.ru/mine"));
}

void TestMainWindow::shareDisappearsAndComesBack()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::monitor, path);
    QVERIFY(window);
    auto *banner = window->findChild<QWidget *>(QStringLiteral("shareBanner"));
    QVERIFY(!banner->isVisible());
    const auto waiting = find(*window, [](const core::EvaluatedObligation &e) {
        return e.evaluation.status == ObligationStatus::AwaitingVerification;
    });
    QVERIFY(waiting);
    QVERIFY(window->selectObligation(waiting->obligation.key));
    auto *accept = window->findChild<QAction *>(QStringLiteral("actionAccept"));
    QVERIFY(accept->isEnabled());

    const QString away = path + QStringLiteral(".away");
    QVERIFY(QFile::rename(path, away));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY(!accept->isEnabled());
    // What was read stays on screen.
    QVERIFY(window->roadmap());
    QCOMPARE(window->findChild<QTreeView *>(QStringLiteral("roadmapTree"))->model()->rowCount(), 9);

    QVERIFY(QFile::rename(away, path));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QTRY_VERIFY(accept->isEnabled());
}

void TestMainWindow::busyFileShowsTheIndicator()
{
    const QString path = copyOfDemo();
    auto window = openWindow(uitest::monitor, path);
    QVERIFY(window);
    window->store()->setPollInterval(0);
    const auto waiting = find(*window, [](const core::EvaluatedObligation &e) {
        return e.evaluation.status == ObligationStatus::AwaitingVerification;
    });
    QVERIFY(waiting);
    QVERIFY(window->selectObligation(waiting->obligation.key));

    // Another program holds the write lock.
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        auto *indicator = window->findChild<QLabel *>(QStringLiteral("busyIndicator"));
        QVERIFY(!indicator->isVisible());
        QSignalSpy written(window.get(), &MainWindow::writeFinished);
        window->findChild<QAction *>(QStringLiteral("actionAccept"))->trigger();
        // The window keeps running its event loop (QTRY needs it) and says why nothing happens yet.
        QTRY_VERIFY_WITH_TIMEOUT(indicator->isVisible(), 15000);
        QCOMPARE(written.count(), 0);

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        locker.close();
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().first().value<core::StorageError>().message, QString());
        QTRY_VERIFY(!indicator->isVisible());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
