#pragma once

#include "activity.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace core {

/// Finds a roadmap's activity by number in constant time: a hash of number to position, built
/// once the list has been searched a few times, and checked on every hit against the list it is
/// asked about. `Roadmap::activities` is a public list that anyone may sort, edit or append to;
/// a position that no longer holds the number, or a number found only by the linear fallback,
/// rebuilds the index, so a stale index costs time but never gives a wrong answer. A copy shares
/// the built index (it is immutable and checked on use); lookups are safe from several threads.
class ActivityIndex
{
public:
    ActivityIndex() = default;
    ActivityIndex(const ActivityIndex &other);
    ActivityIndex &operator=(const ActivityIndex &other);

    /// The activity of `activities` numbered `number`, or nullptr.
    const Activity *find(const QList<Activity> &activities, const QString &number) const;

private:
    using Positions = QHash<QString, qsizetype>;
    /// Building costs about as much as this many linear searches, so a roadmap searched once
    /// (a single write's check) is not indexed; one evaluated obligation by obligation is.
    static constexpr int linearSearchesBeforeIndexing = 8;

    mutable std::atomic<std::shared_ptr<const Positions>> m_positions;
    mutable std::atomic<int> m_linearSearches{0};
};

} // namespace core
