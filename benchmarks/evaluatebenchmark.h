#pragma once

#include <QTextStream>

namespace bench {

/// Times evaluating one roadmap in memory (no database) at growing sizes, to show whether the
/// cost per obligation stays flat: obligations generated, each evaluated, summarised.
class EvaluateBenchmark
{
public:
    /// Roadmaps of about each of these many obligations; returns 0.
    static int run(QTextStream &out, const QList<int> &obligationTargets, int repetitions);
};

} // namespace bench
