// Takes the screenshots of the window for the documentation: run under Xvfb, not a test.
//   windowscreenshots DB OUTDIR LANG [QM...]
#include "mainwindow.h"
#include "registeredreportrepository.h"
#include "reportpeople.h"
#include "statusreportbuilder.h"
#include "userrepository.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QScreen>
#include <QSignalSpy>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

namespace {

const QDateTime now(QDate(2021, 6, 30), QTime(12, 0), Qt::UTC);

void settle(int milliseconds = 600)
{
    QTest::qWait(milliseconds);
}

void shoot(const QString &path)
{
    settle();
    QGuiApplication::primaryScreen()->grabWindow(0).save(path);
    qInfo("%s", qPrintable(path));
}

std::unique_ptr<ui::MainWindow> open(const QString &login, const QString &db)
{
    auto window = std::make_unique<ui::MainWindow>(login);
    window->setClock([] { return now; });
    window->setAsOf(QDate(2021, 6, 30));
    window->setGeometry(0, 0, 1440, 900);
    window->show();
    QSignalSpy shown(window.get(), &ui::MainWindow::roadmapShown);
    window->openDatabase(core::DatabaseLocation::sqlite(db));
    shown.wait(30000);
    return window;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Roadmap Tracker Screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("roadmap-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = QCoreApplication::arguments();
    const QString db = args.value(1);
    const QString out = args.value(2);
    const QString language = args.value(3);
    QDir().mkpath(out);
    if (!QFile::exists(db)) {
        // The demo, with a few reports waiting for the monitor and one of economy's returned.
        if (!uitest::createDemo(db).isEmpty() || !uitest::addPendingReports(db, QDate(2021, 6, 30), 4).isEmpty())
            return 1;
        core::Database database;
        database.open(core::DatabaseLocation::sqlite(db));
        const qint64 roadmapId = core::RoadmapRepository(database).roadmapHeaders().first().id;
        const auto snapshot = core::loadSnapshot(database, roadmapId);
        for (const core::EvaluatedObligation &e : snapshot->evaluate(QDate(2021, 6, 30))) {
            if (e.obligation.key.department != uitest::economy || e.evaluation.status != core::ObligationStatus::Overdue)
                continue;
            core::ExecutionWorkflow headFlow(database, [] { return QDateTime(QDate(2021, 6, 21), QTime(11, 5), Qt::UTC); });
            headFlow.reportExecution({uitest::economyHead, {}}, roadmapId, e.obligation.key,
                                     {QDate(2021, 6, 18), QStringLiteral("https://kachkanar.ru/economy/plan-2021"), {}, {}});
            core::ExecutionWorkflow monitorFlow(database, [] { return QDateTime(QDate(2021, 6, 24), QTime(9, 40), Qt::UTC); });
            monitorFlow.returnForRework({uitest::monitor, {}}, roadmapId, e.obligation.key,
                                        QStringLiteral("Ссылка ведёт на проект, а не на утверждённый документ"));
            break;
        }
        // One registered status report, for the register in the report dialog.
        const auto fresh = core::loadSnapshot(database, roadmapId);
        core::ReportParameters parameters;
        parameters.period = core::ReportPeriod::quarter(2021, 1);
        parameters.asOf = QDate(2021, 4, 15);
        std::optional<core::ReportDocument> report =
            core::StatusReportBuilder::build(*fresh, parameters, *core::ReportPeople::find(core::UserRepository(database).users(), fresh->roadmap, uitest::monitor));
        core::RegisteredReportRepository(database, [] { return QDateTime(QDate(2021, 4, 16), QTime(9, 0), Qt::UTC); })
            .registerReport({uitest::monitor, {}}, roadmapId, QStringLiteral("01-12/7"), parameters, &*report);
    }
    if (language == u"ru")
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    for (const QString &qm : args.mid(4)) {
        auto *translator = new QTranslator(&application);
        if (translator->load(qm))
            QCoreApplication::installTranslator(translator);
    }
    auto *qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    const auto file = [&](const char *name) { return QStringLiteral("%1/%2-%3.png").arg(out, QLatin1String(name), language); };

    {
        ui::MainWindow empty(QStringLiteral("org.monitor"));
        empty.setGeometry(0, 0, 1440, 900);
        empty.show();
        shoot(file("01-welcome"));
    }

    auto monitor = open(QStringLiteral("org.monitor"), db);
    auto *tree = monitor->findChild<QTreeView *>(QStringLiteral("roadmapTree"));
    const QList<core::EvaluatedObligation> &all = monitor->roadmap()->evaluated;
    // An obligation with a history worth reading: an extension or a late report.
    for (const core::EvaluatedObligation &e : all) {
        if (e.evaluation.status == core::ObligationStatus::DoneOnTimeAfterExtension && e.obligation.key.activity.startsWith(u"1.")) {
            monitor->selectObligation(e.obligation.key);
            break;
        }
    }
    tree->scrollTo(tree->currentIndex(), QAbstractItemView::PositionAtCenter);
    settle(1200);
    shoot(file("02-roadmap"));

    auto *status = monitor->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("overdue")));
    settle(800);
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    shoot(file("03-overdue-filter"));
    status->setCurrentIndex(0);

    auto *tabs = monitor->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(monitor->findChild<QWidget *>(QStringLiteral("verificationTab")));
    auto *queue = monitor->findChild<QTreeView *>(QStringLiteral("verificationView"));
    queue->setCurrentIndex(queue->model()->index(0, 0));
    shoot(file("04-verification"));

    if (QWidget *dashboard = monitor->findChild<QWidget *>(QStringLiteral("dashboard"))) {
        tabs->setCurrentWidget(dashboard);
        shoot(file("05-dashboard"));
    }

    // File ▸ Status Report, and its print preview.
    tabs->setCurrentIndex(0);
    monitor->findChild<QAction *>(QStringLiteral("actionStatusReport"))->trigger();
    settle(1500);
    if (auto *dialog = monitor->findChild<QDialog *>(QStringLiteral("reportDialog"))) {
        dialog->move(220, 60);
        shoot(file("09-status-report"));
        QTimer::singleShot(3000, dialog, [&] {
            if (QWidget *preview = QApplication::activeModalWidget(); preview && preview != dialog) {
                preview->setGeometry(0, 0, 1440, 900);
                shoot(file("10-report-preview"));
                preview->close();
            }
        });
        dialog->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
        dialog->close();
    }

    // The share goes away: the banner, and everything stays readable.
    tabs->setCurrentIndex(0);
    QFile::rename(db, db + QStringLiteral(".away"));
    monitor->store()->poll();
    settle(1500);
    shoot(file("08-share-lost"));
    QFile::rename(db + QStringLiteral(".away"), db);
    monitor->store()->poll();
    settle(1500);
    monitor.reset();

    auto head = open(QStringLiteral("econ.head"), db);
    auto *headTabs = head->findChild<QTabWidget *>(QStringLiteral("tabs"));
    headTabs->setCurrentWidget(head->findChild<QWidget *>(QStringLiteral("myObligationsTab")));
    head->findChild<QListWidget *>(QStringLiteral("categoryList"))->setCurrentRow(1);
    auto *mine = head->findChild<QTreeView *>(QStringLiteral("myObligationsView"));
    mine->setCurrentIndex(mine->model()->index(0, 0));
    shoot(file("06-my-obligations"));

    head->findChild<QAction *>(QStringLiteral("actionReport"))->trigger();
    settle(800);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"reportExecutionDialog" && widget->isVisible())
            widget->move(420, 180);
    }
    shoot(file("07-report-dialog"));
    return 0;
}
