#pragma once

#include "database.h"
#include "demodatabase.h"
#include "executionworkflow.h"
#include "mainwindow.h"
#include "roadmaprepository.h"
#include "snapshotloader.h"
#include "userrepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// Shared set-up for the window's tests: Fusion, settings kept in a temporary folder, and one
/// demo database built once and copied for every test that writes.
namespace uitest {

/// The monitor who created the test database, the second demo monitor, and a department head.
inline const QString creator = QStringLiteral("test.creator");
inline const QString monitor = QStringLiteral("org.monitor");
inline const QString economyHead = QStringLiteral("econ.head");
inline const QString economy = QStringLiteral("Отдел экономики и стратегического развития");

inline void pinEnvironment(const QTemporaryDir &dir)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QCoreApplication::setOrganizationName(QStringLiteral("Roadmap Tracker Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("roadmap-tracker-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
}

/// Creates the demo database at path; returns an empty string or what went wrong.
inline QString createDemo(const QString &path)
{
    core::Database db;
    if (const core::StorageError error = db.open(core::DatabaseLocation::sqlite(path), core::Database::OpenMode::CreateIfMissing))
        return error.message;
    if (const core::StorageError error = core::DemoDatabase::populate(db, creator))
        return error.message;
    return {};
}

/// The demo history ends with every report verified: have the heads of other departments than
/// economy report `count` overdue obligations on asOf, so that the monitor has a queue.
inline QString addPendingReports(const QString &path, QDate asOf, int count)
{
    core::Database db;
    if (const core::StorageError error = db.open(core::DatabaseLocation::sqlite(path)))
        return error.message;
    const qint64 roadmapId = core::RoadmapRepository(db).roadmapHeaders().first().id;
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, roadmapId);
    if (!snapshot)
        return QStringLiteral("no snapshot");
    QHash<QString, QString> heads;
    for (const core::User &user : core::UserRepository(db).users()) {
        if (user.role == core::User::Role::DepartmentHead)
            heads.insert(user.department, user.login);
    }
    core::ExecutionWorkflow workflow(db, [asOf] { return QDateTime(asOf, QTime(10, 0), Qt::UTC); });
    for (const core::EvaluatedObligation &evaluated : snapshot->evaluate(asOf)) {
        const QString head = heads.value(evaluated.obligation.key.department);
        if (count == 0)
            break;
        if (evaluated.evaluation.status != core::ObligationStatus::Overdue || head.isEmpty() || head == economyHead)
            continue;
        const core::StorageError error = workflow.reportExecution(
            {head, {}}, roadmapId, evaluated.obligation.key,
            {asOf.addDays(-1), QStringLiteral("https://kachkanar.ru/docs/%1").arg(count), QStringLiteral("№ %1").arg(count), {}});
        if (error)
            return error.message;
        --count;
    }
    return count == 0 ? QString() : QStringLiteral("not enough overdue obligations");
}

/// The main window of login on the database at path, its clock stopped at now and its as-of
/// date that day, shown until the roadmap is on screen; null when that takes over 30 s.
/// pollInterval > 0: how often it looks for other people's changes.
inline std::unique_ptr<ui::MainWindow> openWindow(const QString &login, const QString &path, const QDateTime &now, int pollInterval = 0)
{
    auto window = std::make_unique<ui::MainWindow>(login);
    window->setClock([now] { return now; });
    window->setAsOf(now.date());
    if (pollInterval > 0)
        window->store()->setPollInterval(pollInterval);
    window->resize(1280, 800);
    window->show();
    QSignalSpy shown(window.get(), &ui::MainWindow::roadmapShown);
    window->openDatabase(core::DatabaseLocation::sqlite(path));
    if (!shown.wait(30000))
        return nullptr;
    return window;
}

} // namespace uitest
