#pragma once

#include <QTextStream>

namespace bench {

/// Times importing generated tab-separated plans of growing size through
/// core::RoadmapDocumentImporter::importText, to show whether the import is linear.
class ImportBenchmark
{
public:
    /// The plan's text: the usual five-column header, then one row per activity 1.1 … 1.n.
    static QString planText(int activities);
    /// Imports plans of each size; returns 0 when every activity was read, 1 otherwise.
    static int run(QTextStream &out, QTextStream &err, const QList<int> &sizes, int repetitions);
};

} // namespace bench
