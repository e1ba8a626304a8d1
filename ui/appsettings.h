#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ui {

/// What the window remembers between runs (QSettings): the last and recent databases, the
/// window's geometry and layout, and the language chosen in Settings.
namespace appsettings {

QString lastDatabase();
void setLastDatabase(const QString &location);
QStringList recentDatabases();
/// Puts the location first in the recent list (at most eight).
void addRecentDatabase(const QString &location);
void removeRecentDatabase(const QString &location);

/// The roadmap last shown from a database (several may live in one); 0 when none was chosen.
qint64 lastRoadmap(const QString &location);
void setLastRoadmap(const QString &location, qint64 roadmapId);
QByteArray windowGeometry();
QByteArray windowState();
void saveWindow(const QByteArray &geometry, const QByteArray &state);

/// "ru", "en" or empty (follow the system); app::preferredLanguage() reads the same key.
QString language();
void setLanguage(const QString &language);

} // namespace appsettings
} // namespace ui
