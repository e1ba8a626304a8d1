#pragma once

// Shared by the dialog, editor and dashboard tests: the demo database (the Kachkanar roadmap with
// its history up to 30.06.2021) in a temporary folder, its monitor and a clock the test sets.

#include "database.h"
#include "demodatabase.h"
#include "roadmaprepository.h"
#include "snapshotloader.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace demo {

inline QString monitor()
{
    return QStringLiteral("monitor");
}

inline QString economy()
{
    return QStringLiteral("Отдел экономики и стратегического развития");
}

/// A fresh demo database; check ok() before using it.
struct Fixture {
    QTemporaryDir dir;
    core::Database db;
    qint64 roadmapId = 0;
    QDateTime now = QDateTime(QDate(2021, 6, 30), QTime(12, 0), Qt::UTC);
    core::StorageError error;

    Fixture()
    {
        if (!dir.isValid())
            return;
        if ((error = db.open(core::DatabaseLocation::sqlite(dir.filePath(QStringLiteral("demo.sqlite"))),
                             core::Database::OpenMode::CreateIfMissing)))
            return;
        if ((error = core::DemoDatabase::populate(db, monitor())))
            return;
        const QList<core::Roadmap> headers = core::RoadmapRepository(db).roadmapHeaders(&error);
        if (!headers.isEmpty())
            roadmapId = headers.first().id;
    }

    bool ok() const { return !error && roadmapId > 0; }
    std::function<QDateTime()> clock()
    {
        return [this] { return now; };
    }
    core::RoadmapSnapshot snapshot()
    {
        return core::loadSnapshot(db, roadmapId).value_or(core::RoadmapSnapshot());
    }
};

} // namespace demo
