#include "activityindex.h"

#include <algorithm>

namespace core {

ActivityIndex::ActivityIndex(const ActivityIndex &other)
    : m_positions(other.m_positions.load(std::memory_order_acquire))
    , m_linearSearches(other.m_linearSearches.load(std::memory_order_relaxed))
{
}

ActivityIndex &ActivityIndex::operator=(const ActivityIndex &other)
{
    if (this != &other) {
        m_positions.store(other.m_positions.load(std::memory_order_acquire), std::memory_order_release);
        m_linearSearches.store(other.m_linearSearches.load(std::memory_order_relaxed), std::memory_order_relaxed);
    }
    return *this;
}

const Activity *ActivityIndex::find(const QList<Activity> &activities, const QString &number) const
{
    const std::shared_ptr<const Positions> positions = m_positions.load(std::memory_order_acquire);
    if (positions) {
        const auto hit = positions->constFind(number);
        if (hit != positions->cend() && *hit < activities.size() && activities.at(*hit).number == number)
            return &activities.at(*hit);
    }

    const auto it = std::find_if(activities.cbegin(), activities.cend(),
                                 [&number](const Activity &a) { return a.number == number; });
    // A number missing from the index, or at another place, means the list changed since it was built.
    const bool stale = positions && it != activities.cend();
    const bool worthIndexing = !positions && m_linearSearches.fetch_add(1, std::memory_order_relaxed) + 1 >= linearSearchesBeforeIndexing;
    if (stale || worthIndexing) {
        auto rebuilt = std::make_shared<Positions>();
        rebuilt->reserve(activities.size());
        // Backwards, so that of duplicate numbers the first wins, as in the linear search.
        for (qsizetype i = activities.size() - 1; i >= 0; --i)
            rebuilt->insert(activities.at(i).number, i);
        m_positions.store(std::move(rebuilt), std::memory_order_release);
    }
    return it == activities.cend() ? nullptr : &*it;
}

} // namespace core
