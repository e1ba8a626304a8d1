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
