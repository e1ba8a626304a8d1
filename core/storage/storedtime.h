#pragma once

#include <QDateTime>
#include <QString>

namespace core {

/// A moment as the database stores it: UTC, ISO 8601 with milliseconds; empty for none.
inline QString storedTimestamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// The moment a stored timestamp names, in UTC; invalid for an empty or unreadable one.
inline QDateTime timestampFromStored(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() != Qt::UTC)
        at = at.toUTC();
    return at;
}

} // namespace core
