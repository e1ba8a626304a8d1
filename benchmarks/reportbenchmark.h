#pragma once

#include <QTextStream>

namespace bench {

/// Times the status report of one big synthetic roadmap (issue 14, item 6): building its content,
/// laying it out on pages, painting the PDF page by page, and writing HTML and CSV beside it.
class ReportBenchmark
{
public:
    struct Options {
        int obligations = 50000; ///< about this many in the roadmap
        int repetitions = 1;
    };

    /// Prints the figures; returns 1 when a report could not be made.
    static int run(QTextStream &out, QTextStream &err, const Options &options);
};

} // namespace bench
