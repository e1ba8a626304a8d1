#pragma once

namespace core {

/// Per-roadmap choices that shape deadlines and statuses.
struct RoadmapSettings {
    /// Day of the month after a quarter on which continuous and on-event confirmations fall due.
    int quarterlyConfirmationDay = 10;
    /// Civil Code art. 193: a due date on a non-working day moves to the next working day.
    bool moveDueToWorkingDay = true;
    /// Whether presidential "non-working days with pay kept" count as non-working for deadlines.
    bool decreeDaysAreNonWorking = false;
    /// Obligations due within this many days are "due soon".
    int dueSoonDays = 14;
    /// Whether reports must be accepted by the monitor before they count as done.
    bool verificationRequired = true;

    friend bool operator==(const RoadmapSettings &, const RoadmapSettings &) = default;
};

} // namespace core
