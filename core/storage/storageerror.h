#pragma once

#include <QString>

namespace core {

/// Why a storage operation did not happen. Each kind has its own exit code on the command line.
struct StorageError {
    enum class Kind {
        None,
        InvalidInput,     ///< bad arguments: unknown activity, period, department, date
        NeedsConfirmation, ///< a doubtful date: the same call, confirmed by the person, records it
        NotPermitted,     ///< the person's role does not allow it
        Conflict,         ///< someone else saved a newer change first
        NotFound,         ///< the database file does not exist
        NotADatabase,     ///< the file is not SQLite at all
        Damaged,          ///< truncated or corrupted, or quick_check failed
        ForeignDatabase,  ///< an SQLite database of another program
        NewerVersion,     ///< written by a newer version of this program
        ReadOnly,         ///< the file or the database cannot be written
        Busy,             ///< still locked by others after every retry
        ConnectionFailed, ///< PostgreSQL server unreachable, or an SQL error
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static StorageError none() { return {}; }
    static StorageError make(Kind kind, const QString &message) { return {kind, message}; }
};

} // namespace core
