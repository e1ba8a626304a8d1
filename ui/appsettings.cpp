#include "appsettings.h"

#include <QSettings>

namespace ui::appsettings {

namespace {

constexpr int maximumRecent = 8;

} // namespace

QString lastDatabase()
{
    return QSettings().value(QStringLiteral("database/last")).toString();
}

void setLastDatabase(const QString &location)
{
    QSettings().setValue(QStringLiteral("database/last"), location);
}

qint64 lastRoadmap(const QString &location)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("database/roadmaps"));
    // Locations hold slashes and colons: keep them as values, not as keys.
    const QStringList locations = settings.value(QStringLiteral("locations")).toStringList();
    const QList<QVariant> ids = settings.value(QStringLiteral("ids")).toList();
    const qsizetype at = locations.indexOf(location);
    return at >= 0 && at < ids.size() ? ids.at(at).toLongLong() : 0;
}

void setLastRoadmap(const QString &location, qint64 roadmapId)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("database/roadmaps"));
    QStringList locations = settings.value(QStringLiteral("locations")).toStringList();
    QList<QVariant> ids = settings.value(QStringLiteral("ids")).toList();
    while (ids.size() < locations.size())
        ids.append(0);
    const qsizetype at = locations.indexOf(location);
    if (at >= 0) {
        locations.removeAt(at);
        ids.removeAt(at);
    }
    locations.prepend(location);
    ids.prepend(roadmapId);
    while (locations.size() > 4 * maximumRecent) {
        locations.removeLast();
        ids.removeLast();
    }
    settings.setValue(QStringLiteral("locations"), locations);
    settings.setValue(QStringLiteral("ids"), ids);
}

QStringList recentDatabases()
{
    return QSettings().value(QStringLiteral("database/recent")).toStringList();
}

void addRecentDatabase(const QString &location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > maximumRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("database/recent"), recent);
}

void removeRecentDatabase(const QString &location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    QSettings().setValue(QStringLiteral("database/recent"), recent);
}

QByteArray windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void saveWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), state);
}

QString language()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

} // namespace ui::appsettings
