#pragma once

#include "compliance.h"
#include "samples.h"
#include "storageerror.h"

#include <QDate>
#include <QString>
#include <QTextStream>

#include <optional>

namespace core {
class Database;
}

namespace bench {

/// Times `status` on a database beside a bare SQLite scan of the same rows, and prints the figures.
class StatusBenchmark
{
public:
    struct Options {
        QString path;
        QDate asOf;
        int repetitions = 5;
        QString trackerExecutable; ///< roadmap-tracker, for the end-to-end runs; empty to skip them
        int processSample = 10;    ///< roadmaps timed end to end
    };

    /// In-process figures of one roadmap: the real code path of the status command.
    struct RoadmapStatus {
        int obligations = 0;
        int reports = 0; ///< reports loaded into the snapshot
        double loadMs = 0;
        double evaluateMs = 0;
        double buildMs = 0;
    };

    explicit StatusBenchmark(Options options);

    /// What `status` does in process: core::loadSnapshot, RoadmapSnapshot::evaluate and
    /// ComplianceReport::build, each timed.
    static std::optional<core::ComplianceReport> status(core::Database &db, qint64 roadmapId, QDate asOf, RoadmapStatus *figures,
                                                        core::StorageError *error);
    /// Every roadmap id in the database, oldest first.
    static QList<qint64> roadmapIds(core::Database &db, core::StorageError *error);

    /// Returns 0 when everything ran, 1 otherwise (the message printed to err).
    int run(QTextStream &out, QTextStream &err);

private:
    int runInProcess(QTextStream &out, QTextStream &err, const QList<qint64> &roadmapIds);
    int runProcesses(QTextStream &out, QTextStream &err, const QList<qint64> &roadmapIds);

    Options m_options;
};

} // namespace bench
