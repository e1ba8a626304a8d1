#include "snapshotloader.h"

#include "database.h"
#include "executionrepository.h"
#include "roadmaprepository.h"

namespace core {

std::optional<RoadmapSnapshot> loadSnapshot(Database &db, qint64 roadmapId, StorageError *error)
{
    StorageError e;
    RoadmapSnapshot snapshot;
    const RoadmapRepository roadmaps(db);
    const std::optional<Roadmap> roadmap = roadmaps.load(roadmapId, &e);
    if (!roadmap) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    snapshot.roadmap = *roadmap;
    snapshot.calendar = roadmaps.calendar(&e);
    const ExecutionRepository executions(db);
    if (!e)
        snapshot.reports = executions.reports(roadmapId, &e);
    if (!e)
        snapshot.extensions = executions.extensions(roadmapId, &e);
    if (e) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return snapshot;
}

} // namespace core
