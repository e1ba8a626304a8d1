#pragma once

#include "roadmapsnapshot.h"
#include "storageerror.h"

#include <optional>

namespace core {

class Database;

/// Reads one roadmap with its reports, extensions and the calendar in force.
std::optional<RoadmapSnapshot> loadSnapshot(Database &db, qint64 roadmapId, StorageError *error = nullptr);

} // namespace core
