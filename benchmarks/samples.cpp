#include "samples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bench {

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype rank = qBound<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * sorted.size())), sorted.size());
    return sorted[rank - 1];
}

double Samples::min() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.cbegin(), m_values.cend());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

double Samples::sum() const
{
    return std::accumulate(m_values.cbegin(), m_values.cend(), 0.0);
}

} // namespace bench
