#pragma once

#include "roadmapimportresult.h"
#include "sourcedocument.h"

namespace core {

/// Reads a roadmap from the tables and paragraphs any format reader produced: finds the plan's
/// table and its header row, gives each column a role from its heading (or takes the roles a
/// person set), reads the decree's header (body, act, title, period), sections, activities,
/// responsible parties and deadline wording, and reports every oddity with its place.
class PlanReader
{
public:
    RoadmapImportResult read(const SourceDocument &document, const PlanReadOptions &options = {}) const;
};

} // namespace core
