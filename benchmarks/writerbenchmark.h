#pragma once

#include <QString>
#include <QTextStream>

namespace bench {

/// Reports per second with several writer processes on one SQLite file: each process is a
/// department head reporting their own obligations, one ExecutionWorkflow transaction per report,
/// all released at the same moment.
class WriterBenchmark
{
public:
    struct Options {
        QString path;          ///< the file to create (replaced when it exists)
        int processes = 8;
        int reportsPerProcess = 250;
        QString selfExecutable; ///< this program, started again as a worker
    };

    struct Result {
        int processes = 0;
        int reports = 0;      ///< rows found in the file afterwards
        int failures = 0;     ///< reports a worker saw refused
        int busyWaits = 0;    ///< times a worker had to wait for the file
        double wallMs = 0;    ///< from the release to the last worker's end
        double p50Ms = 0;
        double p95Ms = 0;
        double maxMs = 0;
        bool intact = false;  ///< integrity_check and the audit chain are clean
        QString problem;

        double reportsPerSecond() const { return wallMs > 0 ? reports * 1000.0 / wallMs : 0; }
    };

    /// Creates the file with one roadmap whose obligations the workers report, then runs them.
    static Result run(const Options &options);
    static void print(QTextStream &out, const Result &result);

    /// The worker: opens the file, says "ready", waits for "go" on stdin, reports, prints its latencies.
    static int runWorker(const QString &path, int department, int reports);
};

} // namespace bench
