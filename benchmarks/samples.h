#pragma once

#include <QList>

namespace bench {

/// Repeated measurements of one thing, in milliseconds; summarised by order statistics
/// because a busy machine adds long outliers that would drag a mean.
class Samples
{
public:
    void append(double value) { m_values.append(value); }
    void append(const Samples &other) { m_values.append(other.m_values); }
    qsizetype count() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }

    double median() const { return percentile(50); }
    /// Nearest-rank percentile, p in [0, 100]; 0 when empty.
    double percentile(double p) const;
    double min() const;
    double max() const;
    double sum() const;

private:
    QList<double> m_values;
};

} // namespace bench
