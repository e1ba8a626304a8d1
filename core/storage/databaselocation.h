#pragma once

#include <QString>

#include <optional>

namespace core {

/// Where the data lives: an SQLite file path, or postgresql://user[:password]@host[:port]/dbname.
struct DatabaseLocation {
    enum class Kind { SQLite, PostgreSQL };

    Kind kind = Kind::SQLite;
    QString path;     ///< SQLite
    QString host;     ///< PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static std::optional<DatabaseLocation> parse(const QString &text, QString *error = nullptr);
    static DatabaseLocation sqlite(const QString &path);

    /// For messages: the file path, or the URL without the password.
    QString displayName() const;
};

} // namespace core
