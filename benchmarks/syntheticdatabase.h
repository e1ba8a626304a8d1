#pragma once

#include "storageerror.h"
#include "syntheticroadmap.h"

#include <functional>

namespace core {
class Database;
}

namespace bench {

/// What the generator wrote.
struct SyntheticCounts {
    int roadmaps = 0;
    int activities = 0;
    int obligations = 0;
    int workflowSteps = 0; ///< report, accept, return and extend calls
    int reports = 0;       ///< execution_reports rows
    int extensions = 0;
    int onTime = 0;
    int late = 0;
    int returnedRedone = 0;
    int extended = 0;
    int returnedOpen = 0;
    int awaitingVerification = 0;
    int neverDone = 0;
    int notYetDue = 0;
};

/// Fills a new database with synthetic roadmaps through the program's own storage layer:
/// each roadmap is imported with core::Administration and its history is played with
/// core::ExecutionWorkflow, every change audited, one Database::write() batch per roadmap.
class SyntheticDatabase
{
public:
    static constexpr const char *monitorLogin = "bench.monitor";

    /// progress is called after each roadmap with the number done so far.
    static core::StorageError populate(core::Database &db, const SyntheticShape &shape, SyntheticCounts *counts,
                                       const std::function<void(int)> &progress = {});

    /// The login of the head of a department of SyntheticRoadmap::departments().
    static QString headLogin(int departmentIndex);
};

} // namespace bench
