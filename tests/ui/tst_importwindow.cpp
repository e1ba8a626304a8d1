#include "administration.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "newroadmapdialog.h"
#include "roadmapeditor.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>

namespace {

const QDateTime now(QDate(2019, 4, 15), QTime(10, 0), Qt::UTC);

QString seedPlan()
{
    return QStringLiteral(ROADMAP_TEST_DATA_DIR "/import/plans/seed-kachkanar.docx");
}

/// A window on a new, empty database created by the test's monitor.
std::unique_ptr<ui::MainWindow> openNewDatabase(const QString &path)
{
    auto window = std::make_unique<ui::MainWindow>(uitest::creator);
    window->setClock([] { return now; });
    window->resize(1280, 800);
    window->show();
    QSignalSpy shown(window.get(), &ui::MainWindow::roadmapShown);
    window->openDatabase(core::DatabaseLocation::sqlite(path), ui::RoadmapStore::OpenKind::New);
    if (!shown.wait(30000))
        return nullptr;
    return window;
}

QWidget *currentPage(ui::MainWindow &window)
{
    return window.findChild<QStackedWidget *>()->currentWidget();
}

/// Opens the import dialog on path and waits until it has read the plan and looked for its act.
ui::ImportDialog *openImport(ui::MainWindow &window, const QString &path)
{
    window.importPlanFile(path);
    ui::ImportDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window.findChild<ui::ImportDialog *>(QStringLiteral("importDialog"))) != nullptr; }))
        return nullptr;
    QSignalSpy found(dialog, &ui::ImportDialog::targetFound);
    if (!found.wait(30000))
        return nullptr;
    return dialog;
}

} // namespace

class TestImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        uitest::pinEnvironment(m_dir);
        QSettings().clear();
    }

    void importIntoANewDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("import.sqlite"));
        auto window = openNewDatabase(path);
        QVERIFY(window);
        QVERIFY(!window->roadmap());
        // The empty database is not a dead end: the page offers import and an empty roadmap.
        QCOMPARE(currentPage(*window)->objectName(), QStringLiteral("emptyRoadmapPage"));
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("importPlanButton"))->isEnabled());
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("startEmptyButton"))->isEnabled());
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionImportRoadmap"))->isEnabled());
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionRoadmapEditor"))->isEnabled());
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionRoadmapEditor"))->statusTip().isEmpty());

        ui::ImportDialog *dialog = openImport(*window, seedPlan());
        QVERIFY(dialog);
        QCOMPARE(dialog->previewModel()->activityCount(), 47);
        QVERIFY(!dialog->result().columns.isEmpty());
        QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("columnRole0")));
        QCOMPARE(dialog->targetRoadmapId(), 0);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("updateNotice"))->isVisible());

        QSignalSpy written(window.get(), &ui::MainWindow::writeFinished);
        QSignalSpy shown(window.get(), &ui::MainWindow::roadmapShown);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QVERIFY(written.wait(30000));
        QVERIFY2(!written.first().first().value<core::StorageError>(), qPrintable(written.first().first().value<core::StorageError>().message));
        QTRY_VERIFY_WITH_TIMEOUT(window->roadmap() && window->roadmap()->snapshot.roadmap.activities.size() == 47, 30000);
        QCOMPARE(window->roadmap()->snapshot.roadmap.actNumber, QStringLiteral("253"));
        QCOMPARE(window->roadmap()->snapshot.roadmap.sourceName, QStringLiteral("seed-kachkanar.docx"));
        QCOMPARE(currentPage(*window)->objectName(), QStringLiteral("contentPage"));
        QTRY_VERIFY(!window->findChild<ui::ImportDialog *>(QStringLiteral("importDialog")));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionRoadmapEditor"))->isEnabled());

        // The same act again: the dialog says so and updates the roadmap instead of adding one.
        dialog = openImport(*window, seedPlan());
        QVERIFY(dialog);
        const qint64 id = window->roadmap()->snapshot.roadmap.id;
        QCOMPARE(dialog->targetRoadmapId(), id);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("updateNotice"))->isVisible());
        QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->text(), QStringLiteral("&Update Roadmap"));
        written.clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QVERIFY(written.wait(30000));
        QVERIFY2(!written.first().first().value<core::StorageError>(), qPrintable(written.first().first().value<core::StorageError>().message));
        QTRY_VERIFY(!window->findChild<ui::ImportDialog *>(QStringLiteral("importDialog")));
        core::Database db;
        QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
        QCOMPARE(core::RoadmapRepository(db).roadmapHeaders().size(), 1);
    }

    void anEmptyRoadmapOpensTheEditor()
    {
        auto window = openNewDatabase(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(window);
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("startEmptyButton")), Qt::LeftButton);
        ui::NewRoadmapDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::NewRoadmapDialog *>(QStringLiteral("newRoadmapDialog"))) != nullptr);

        // No title: refused inside the dialog.
        QSignalSpy written(window.get(), &ui::MainWindow::writeFinished);
        QPushButton *create = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
        QCOMPARE(written.count(), 0);

        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("План мероприятий на 2019 год"));
        dialog->findChild<QLineEdit *>(QStringLiteral("actNumberEdit"))->setText(QStringLiteral("101-р"));
        dialog->findChild<QComboBox *>(QStringLiteral("actKindCombo"))->setCurrentIndex(1);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(written.wait(30000));
        QVERIFY(!written.first().first().value<core::StorageError>());
        QTRY_VERIFY_WITH_TIMEOUT(window->roadmap() != nullptr, 30000);
        const core::Roadmap &roadmap = window->roadmap()->snapshot.roadmap;
        QCOMPARE(roadmap.title, QStringLiteral("План мероприятий на 2019 год"));
        QCOMPARE(roadmap.actKind, QStringLiteral("распоряжение"));
        QCOMPARE(roadmap.actNumber, QStringLiteral("101-р"));
        QVERIFY(roadmap.activities.isEmpty());
        QCOMPARE(currentPage(*window)->objectName(), QStringLiteral("contentPage"));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionRoadmapEditor"))->isEnabled());
        QTRY_VERIFY(window->findChild<ui::RoadmapEditor *>() && window->findChild<ui::RoadmapEditor *>()->isVisible());
    }

    void switchingRoadmaps()
    {
        const QString path = m_dir.filePath(QStringLiteral("two.sqlite"));
        {
            core::Database db;
            QVERIFY(!db.open(core::DatabaseLocation::sqlite(path), core::Database::OpenMode::CreateIfMissing));
            core::Administration administration(db, [] { return now; });
            QVERIFY(!administration.bootstrapCreator(uitest::creator));
            for (const QString &number : {QStringLiteral("1"), QStringLiteral("2")}) {
                core::Roadmap roadmap;
                roadmap.title = QStringLiteral("План %1").arg(number);
                roadmap.actKind = QStringLiteral("постановление");
                roadmap.actNumber = number;
                roadmap.actDate = QDate(2019, 1, number.toInt());
                roadmap.periodStart = roadmap.actDate;
                roadmap.periodEnd = QDate(2019, 12, 31);
                QVERIFY(!db.write([&] { return administration.importRoadmap({uitest::creator, {}}, &roadmap); }));
            }
        }
        qint64 chosen = 0;
        {
            auto window = uitest::openWindow(uitest::creator, path, now);
            QVERIFY(window);
            auto *combo = window->findChild<QComboBox *>(QStringLiteral("roadmapCombo"));
            QCOMPARE(combo->count(), 2);
            QMenu *menu = window->findChild<QMenu *>(QStringLiteral("roadmapMenu"));
            QCOMPARE(menu->actions().size(), 2);
            const QString shownTitle = window->roadmap()->snapshot.roadmap.title;
            QAction *other = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->isChecked())
                    QVERIFY(action->text().startsWith(shownTitle));
                else
                    other = action;
            }
            QVERIFY(other);
            QSignalSpy shown(window.get(), &ui::MainWindow::roadmapShown);
            other->trigger();
            QVERIFY(shown.wait(30000));
            const QString title = window->roadmap()->snapshot.roadmap.title;
            QVERIFY(title != shownTitle);
            // The menu is rebuilt with every load: the new roadmap is the checked one.
            int checked = 0;
            for (QAction *action : menu->actions()) {
                if (action->isChecked()) {
                    ++checked;
                    QVERIFY(action->text().startsWith(title));
                }
            }
            QCOMPARE(checked, 1);
            chosen = window->roadmap()->snapshot.roadmap.id;
        }
        // The choice is remembered for this database.
        auto window = uitest::openWindow(uitest::creator, path, now);
        QVERIFY(window);
        QCOMPARE(window->roadmap()->snapshot.roadmap.id, chosen);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
