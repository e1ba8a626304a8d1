#pragma once

#include "storageerror.h"

#include <QDate>
#include <QString>

namespace core {

class Database;

/// Fills a new database with the bundled Kachkanar roadmap, imported through the document
/// importer, demo users for every department and a deterministic execution history up to
/// historyEnd: mostly on time, some late, returned and redone, extended, a few never done,
/// "no events" for some quarters. The database is marked as demo data.
class DemoDatabase
{
public:
    static QDate defaultHistoryEnd() { return QDate(2021, 6, 30); }

    /// creatorLogin becomes the monitor of the new database.
    static StorageError populate(Database &db, const QString &creatorLogin, QDate historyEnd = defaultHistoryEnd());
};

} // namespace core
