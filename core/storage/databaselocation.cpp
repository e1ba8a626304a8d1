#include "databaselocation.h"

#include <QCoreApplication>
#include <QUrl>

namespace core {

DatabaseLocation DatabaseLocation::sqlite(const QString &path)
{
    DatabaseLocation location;
    location.kind = Kind::SQLite;
    location.path = path;
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<DatabaseLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("core", "no database given"));

    if (!text.startsWith(u"postgresql://") && !text.startsWith(u"postgres://"))
        return sqlite(text);

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("core", "cannot read the database URL \"%1\"; expected postgresql://user@host:port/dbname")
                        .arg(text));
    DatabaseLocation location;
    location.kind = Kind::PostgreSQL;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return fail(QCoreApplication::translate("core", "the database URL \"%1\" names no database").arg(url.toDisplayString(QUrl::RemovePassword)));
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    return url.toString();
}

} // namespace core
